"""Printable forms: pure functions from data to PDF bytes (reportlab), fonts bundled in resources/."""
