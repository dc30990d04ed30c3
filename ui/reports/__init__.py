"""The Berichte page: a report for a period, its figures, charts and Sachbericht texts."""
