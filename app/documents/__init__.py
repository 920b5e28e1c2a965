"""The document register (regulation 2.3): letters in and out, internal documents, the director's
orders, their files, movement and the person responsible for each."""

from app.documents import messages as _messages  # noqa: F401 — registers the subsystem's messages
