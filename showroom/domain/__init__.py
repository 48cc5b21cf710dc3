"""Aggregates, their states and rules, and validation. Pure Python: no Qt, no SQL."""
