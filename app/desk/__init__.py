"""The responsible person's desk (REGULATION 4.2, 5.1–5.9, 6.10): audit viewer, alerts, incidents,
the inspector's protection report and the access-rights page."""
