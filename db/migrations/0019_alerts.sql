-- Alerts for the person responsible for personal data (app/desk/alerts.py): repeated failed sign-ins,
-- a reveal count far above a user's usual, an export to a removable drive, an open integrity finding,
-- no verified backup for a week, this computer revoked by the district. Each is stored once under its
-- key (kind, subject, period) and stays until acknowledged with a note. Subjects are ids; params hold
-- counts and dates, never a personal value.
CREATE TABLE alert (
    id              TEXT PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,   -- kind ':' subject ':' period
    kind            TEXT NOT NULL,
    subject         TEXT NOT NULL DEFAULT '',  -- a user id, finding id or device id ('' = none)
    period          TEXT NOT NULL DEFAULT '',  -- a local day, a week of staleness, ...
    first_seen      TEXT NOT NULL,          -- when the condition was first seen holding (UTC)
    last_seen       TEXT NOT NULL,          -- the last evidence of it
    count           INTEGER NOT NULL DEFAULT 1,
    params          TEXT NOT NULL DEFAULT '{}',
    acknowledged_at TEXT,
    acknowledged_by TEXT,                   -- user id
    note            TEXT                    -- the acknowledger's words; kept only inside the database
);
CREATE INDEX alert_open ON alert (acknowledged_at, last_seen);

-- The detectors read one action over a window of days: without this they would scan the whole log
-- (user_id in it: the reveal count reads no table row).
CREATE INDEX audit_log_action_at ON audit_log (action, at, user_id);
