"""Deliveries: the ceremony planner, the bays, readiness, completion and the satisfaction calls."""
