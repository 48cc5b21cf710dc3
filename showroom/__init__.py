"""Showroom: the domain, services, storage and documents of the showroom app (no Qt)."""

__version__ = "0.1.0"
