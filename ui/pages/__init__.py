"""One package per area of the sidebar."""
