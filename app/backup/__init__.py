"""Verified, encrypted backups of the whole profile and their restore (DESIGN §5a, docs/adr/007)."""

from app.backup import messages as _messages  # noqa: F401 — registers the subsystem's messages
