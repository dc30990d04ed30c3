"""Storage: the peewee models, the one database proxy and the numbered migrations."""
