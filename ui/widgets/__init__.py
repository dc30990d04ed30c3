"""Shared form widgets: legal-area tags, form helpers, German message boxes, inline errors."""
