"""Dialogs opened from menus and pages; each opens through a classmethod (``ask``)."""
