-- Integrity findings (app/audit/findings.py): a rollback, a broken audit chain, a missing or forged
-- checkpoint, a damaged page. Each stays open until an administrator acknowledges it with a reason.
-- The same list is kept, MAC'd under the data key, in the key envelope, so restoring an older copy of
-- this file cannot erase a finding (and an edited envelope cannot erase one kept here).
CREATE TABLE audit_finding (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,          -- rollback | chain_broken | checkpoint_missing | ...
    problem         TEXT NOT NULL DEFAULT '',
    seq             INTEGER NOT NULL DEFAULT 0,
    found_at        TEXT NOT NULL,
    acknowledged_at TEXT,
    acknowledged_by TEXT,
    reason          TEXT                    -- the administrator's words; kept only inside the database
);
CREATE INDEX audit_finding_open ON audit_finding (acknowledged_at, kind, seq);
