"""The desktop side of backups: the Backups page, automatic backups, the restore dialog."""
