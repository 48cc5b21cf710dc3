"""The Today dashboard: sections registered per area, each figure with the list behind it."""
