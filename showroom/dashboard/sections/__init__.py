"""The sections of the Today dashboard, one module per area of the app.

Every module in this package is imported by :func:`showroom.dashboard.service.discover_sections`
and registers its section (and the lists its figures open) with the decorators of
:mod:`showroom.dashboard.service`. An area that lands later (test drives, deals,
deliveries) adds its module here and touches nothing else.
"""
