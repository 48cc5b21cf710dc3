"""The manager's day: the daily showroom checklist, its template, sign-off and the day's tasks."""
