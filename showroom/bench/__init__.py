"""`showroom bench`: Showroom's performance benchmark.

Builds its own databases, measures each figure as the median of repeated runs, measures the
named baseline of a figure in the same run (so the ratio holds on a noisy machine), prints a
table and writes JSON. Never a timing assertion in a test: CI runs only ``--quick`` to show
the benchmark works.
"""
