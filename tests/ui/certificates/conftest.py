"""The certificates tests' small school (class, pupils with Kyrgyz names, a staff member)."""

from tests.certificates.conftest import office  # noqa: F401 — the fixture, shared
