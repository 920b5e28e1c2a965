-- Schema 20: incident reports (regulation 6.10). Each report is a document of the register (series
-- 'incident', kind internal) with this row beside it for what the form asks and the register has no
-- column for. The outcome is the document's "executed" event; this row never changes.
CREATE TABLE incident (
    document_id    TEXT PRIMARY KEY REFERENCES document (id),
    id             TEXT NOT NULL UNIQUE,       -- UUIDv7 of the district's incident record (the district
                                               -- keys records by id alone: not the document's id)
    occurred_at    TEXT NOT NULL,              -- YYYY-MM-DD, or YYYY-MM-DDTHH:MM local time, as reported
    data_concerned TEXT NOT NULL DEFAULT '',   -- what data the incident touched, in the reporter's words
    action_taken   TEXT NOT NULL DEFAULT '',   -- what was done at once
    severity       TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    reported_by    TEXT NOT NULL REFERENCES app_user (id),
    reported_at    TEXT NOT NULL
);
CREATE INDEX incident_reporter ON incident (reported_by);

CREATE TRIGGER incident_no_update BEFORE UPDATE ON incident
BEGIN SELECT RAISE(ABORT, 'an incident report is never changed'); END;
CREATE TRIGGER incident_no_delete BEFORE DELETE ON incident
BEGIN SELECT RAISE(ABORT, 'an incident report is never deleted'); END;
