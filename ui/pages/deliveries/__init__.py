"""The Deliveries page: the bay calendar and the delivery planner."""
