"""Printing by kind: the registry of printable forms (what `showroom print` offers) and day batches."""
