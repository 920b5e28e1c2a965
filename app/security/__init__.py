"""Keys, sign-in, roles and sessions."""
