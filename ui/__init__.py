"""The PySide6 screens of Showroom: windows, dialogs, list models and widgets.

No SQL and no business rules live here: every read and write goes through showroom.services.
"""
