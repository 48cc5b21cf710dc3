"""Administration: users and sign-in, backups and restore."""
