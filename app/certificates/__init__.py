"""The issued-certificates register: numbering, issuing (study, employment, transfer), reprint, void,
QR verification with a per-school key, and the printed lists and forms built from the records."""

from app.certificates import messages as _messages  # noqa: F401 — registers the subsystem's messages
