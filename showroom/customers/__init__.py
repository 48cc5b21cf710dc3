"""Customers: the card and its rules, walk-ins, follow-ups, the timeline, erase, import and export."""
