"""Kense without Qt: domain types, services, security, audit, forms and the CLI."""

__version__ = "0.1.0"
