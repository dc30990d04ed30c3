"""The Veranstaltungen screen: event list, calendar, detail, participants and attendance."""
