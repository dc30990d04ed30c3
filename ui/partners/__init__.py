"""The Partner screen: list of organisations, their detail form, offers and contacts."""
