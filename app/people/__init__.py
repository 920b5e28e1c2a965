"""Pupils and staff: personal records, classes, movements, year-end rollover, search, import/export and
the personal-data operations of the regulation (correct, block, depersonalise, destroy, own-data export)."""

from app.people import messages as _messages  # noqa: F401 — registers the subsystem's messages
