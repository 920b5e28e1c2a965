-- Schema 14: the sync outbox grows the states and facts the sync client needs (DESIGN §7).
--
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt and every row copied:
-- an upgrade never loses an unsynced row. New:
--   warning   the server stored the record but said something the user should see (deleted, a
--             checkpoint that does not extend the last one)
--   revision  bumped each time the row's content must be sent again (a re-queue while uploading, a
--             re-seal for a new server key); a server reply carries the revision it answered and
--             only lands when the row still has it, so a reply never overwrites a newer state
--   sealed_revision  the revision already sealed into the spool (NULL: not sealed yet)
--   result / last_error  the server's result code and message, kept and shown
--   synced_at  when the server confirmed (only ever set from a server reply)
CREATE TABLE sync_outbox_new (
    id              TEXT PRIMARY KEY,           -- UUIDv7
    record_type     TEXT NOT NULL,              -- document, document_event, attachment, certificate,
                                                -- incident, audit_checkpoint
    record_id       TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'uploading', 'synced', 'error', 'warning')),
    revision        INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
    sealed_revision INTEGER,
    attempts        INTEGER NOT NULL DEFAULT 0,
    result          TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    synced_at       TEXT,
    UNIQUE (record_type, record_id, version),
    CHECK (state <> 'synced' OR synced_at IS NOT NULL)
);
INSERT INTO sync_outbox_new (id, record_type, record_id, version, state, revision, sealed_revision, attempts,
                             result, last_error, created_at, updated_at, synced_at)
SELECT id, record_type, record_id, version,
       -- 'uploading' from an older client had no receipt: it is pending again (the server's
       -- idempotency makes the re-send harmless)
       CASE state WHEN 'uploading' THEN 'pending' ELSE state END,
       1, NULL, attempts, NULL, last_error, created_at, updated_at,
       CASE state WHEN 'synced' THEN updated_at END
FROM sync_outbox;
DROP TABLE sync_outbox;
ALTER TABLE sync_outbox_new RENAME TO sync_outbox;
CREATE INDEX sync_outbox_state ON sync_outbox (state, created_at);

-- A synced row stays synced: nothing but a new revision (a deliberate re-send) reopens it, and a row
-- is never deleted while it is not synced.
CREATE TRIGGER sync_outbox_keep_unsynced BEFORE DELETE ON sync_outbox
WHEN OLD.state <> 'synced'
BEGIN SELECT RAISE(ABORT, 'an unsynced outbox row is never deleted'); END;

-- The audit checkpoints already queued for the district (one row per checkpoint made).
CREATE TABLE sync_checkpoint (
    seq        INTEGER PRIMARY KEY,
    head       TEXT NOT NULL CHECK (length(head) = 64),
    record_id  TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- The enrolment with the district server, kept inside the encrypted database: the sealer takes the
-- server's public key from here only (never from the plain spool beside the database, which anyone
-- with the disk could edit to make the school seal to another key).
CREATE TABLE sync_enrolment (
    one               INTEGER PRIMARY KEY CHECK (one = 1),
    server_url        TEXT NOT NULL,
    server_id         TEXT NOT NULL,
    server_public_key BLOB NOT NULL CHECK (length(server_public_key) = 32),
    device_id         TEXT NOT NULL,
    school_code       TEXT NOT NULL,
    school_name       TEXT NOT NULL,
    enrolled_at       TEXT NOT NULL
);
