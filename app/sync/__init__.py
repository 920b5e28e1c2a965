"""Sync with the district server (DESIGN §7): protocol, outbox state machine, sealing, sender."""

from app.sync import messages as _messages  # noqa: F401 — registers the subsystem's messages
