"""Printable forms, one small module per template. Each is a pure function of its data: ``render(data,
lang) -> PDF bytes`` (and ``story(...)`` for several documents in one PDF). Shared look: style.py."""
