"""Use cases. Each takes a Session first, validates, writes, and never commits."""
