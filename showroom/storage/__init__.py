"""Engine, sessions, SQLite/PostgreSQL differences, migrations and backup."""
