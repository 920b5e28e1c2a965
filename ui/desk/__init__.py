"""The responsible person's desk: one section whose tabs (audit, alerts, incidents, access rights,
the inspector's report) are registered by their own modules (``ui.desk.section.register_tab``)."""
