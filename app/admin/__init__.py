"""Administration services: users, settings, the school's details and the security status."""
