-- Schema v1: the school, its users, settings and the hash-chained audit log.
-- Ids that may ever leave the machine are UUIDv7 text; timestamps are UTC ISO 8601 text.

CREATE TABLE school (
    id            TEXT PRIMARY KEY,
    singleton     INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),  -- one school per file
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    address       TEXT NOT NULL DEFAULT '',
    region        TEXT NOT NULL DEFAULT '',
    district      TEXT NOT NULL DEFAULT '',
    director_name TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

CREATE TABLE app_user (
    id                  TEXT PRIMARY KEY,
    login               TEXT NOT NULL UNIQUE CHECK (login = lower(login) AND length(login) BETWEEN 2 AND 32),
    full_name           TEXT NOT NULL DEFAULT '',
    role                TEXT NOT NULL CHECK (role IN ('admin', 'director', 'secretary', 'teacher')),
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at          TEXT NOT NULL,
    created_by          TEXT REFERENCES app_user (id),
    last_sign_in_at     TEXT,
    password_changed_at TEXT
);

CREATE TABLE setting (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,          -- JSON
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES app_user (id)
);

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,   -- 1, 2, 3 … with no gaps
    at          TEXT NOT NULL,
    user_id     TEXT,                  -- NULL for events before anyone signed in
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '{}',  -- JSON naming fields, never their values
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE INDEX audit_log_user ON audit_log (user_id, seq);

-- Append-only: the application never updates or deletes audit rows. Someone holding the key could
-- drop these triggers, which is why the chain and the out-of-database checkpoint exist as well.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
