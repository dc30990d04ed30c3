"""Documents people hand out and print: Excel lists, PDF lists and certificates, calendars.

One module per document; none imports Qt. Every export takes an optional
``progress(done, total) -> bool`` callback, writes to a temporary file and renames it only
when complete, and records exports of personal data in the disclosure log.
"""
