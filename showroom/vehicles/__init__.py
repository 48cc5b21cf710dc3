"""Vehicles: the showroom's stock for sale, the test-drive fleet and the boutique catalogue."""
