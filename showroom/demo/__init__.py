"""Demo data: a believable showroom, the same for the same seed."""
