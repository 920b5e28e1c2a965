-- Schema 3: the document register (incoming, outgoing, internal letters and the director's orders),
-- its movement history, content-addressed attachments, and the transactional sync outbox.
--
-- Facts are append-only: document_version (every change to a document is a new version that points
-- to the one it corrects), document_event (movement), attachment. The `document` row is the current
-- head of each document, kept in step with its facts inside the same transaction, so that lists,
-- filters and numbering read one narrow table.

CREATE TABLE correspondent (
    id         TEXT PRIMARY KEY,                 -- UUIDv7
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key   TEXT NOT NULL UNIQUE,             -- case-folded, spaces collapsed
    kind       TEXT NOT NULL CHECK (kind IN ('district', 'ministry', 'school', 'parent', 'other')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE document (
    rid                INTEGER PRIMARY KEY,      -- local row number (the full-text index's rowid)
    id                 TEXT NOT NULL UNIQUE,     -- UUIDv7, stable across versions
    kind               TEXT NOT NULL CHECK (kind IN ('incoming', 'outgoing', 'internal', 'order')),
    series             TEXT NOT NULL,            -- numbering series: incoming, outgoing, internal,
                                                 -- order_main, order_staff, order_pupils
    year               INTEGER NOT NULL,
    seq                INTEGER NOT NULL CHECK (seq > 0),
    index_prefix       TEXT NOT NULL DEFAULT '', -- file index from the nomenclature, e.g. 02-15
    number             TEXT NOT NULL,            -- as printed: "02-15/123" or "123"
    reg_date           TEXT NOT NULL,            -- YYYY-MM-DD
    version            INTEGER NOT NULL,
    subject            TEXT NOT NULL DEFAULT '',
    summary            TEXT NOT NULL DEFAULT '',
    correspondent_id   TEXT REFERENCES correspondent (id),
    correspondent_text TEXT NOT NULL DEFAULT '', -- the name as registered (reference or free text)
    their_number       TEXT NOT NULL DEFAULT '',
    their_date         TEXT,
    access_level       TEXT NOT NULL DEFAULT 'normal' CHECK (access_level IN ('normal', 'restricted')),
    reply_to           TEXT REFERENCES document (id),
    reserved           INTEGER NOT NULL DEFAULT 0 CHECK (reserved IN (0, 1)),  -- order number held, not signed
    dup_key            TEXT UNIQUE,              -- correspondent + their number + their date, normalised
    -- derived from document_event, updated in the same transaction as each event:
    status             TEXT NOT NULL,
    responsible_id     TEXT REFERENCES app_user (id),
    due_date           TEXT,
    executed_at        TEXT,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL REFERENCES app_user (id),
    UNIQUE (series, year, seq)                   -- never two documents with one number
);
CREATE INDEX document_reg ON document (kind, series, reg_date);
-- The register's order (newest first): walked in order, a LIMIT stops early, no sorter.
CREATE INDEX document_order ON document (reg_date DESC, seq DESC);
CREATE INDEX document_responsible ON document (responsible_id, status);
CREATE INDEX document_due ON document (status, due_date);
CREATE INDEX document_reply ON document (reply_to);

CREATE TABLE document_version (
    document_id TEXT NOT NULL REFERENCES document (id),
    version     INTEGER NOT NULL CHECK (version > 0),
    corrects    INTEGER,                        -- the version this one replaces (NULL for the first)
    data        TEXT NOT NULL,                  -- JSON snapshot of the registered fields
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (document_id, version),
    CHECK (corrects IS NULL OR corrects = version - 1)
);

CREATE TABLE document_event (
    n           INTEGER PRIMARY KEY,            -- local order of events
    id          TEXT NOT NULL UNIQUE,           -- UUIDv7
    document_id TEXT NOT NULL REFERENCES document (id),
    kind        TEXT NOT NULL CHECK (kind IN ('registered', 'assigned', 'forwarded', 'commented', 'executed',
                                              'sent', 'archived', 'corrected')),
    at          TEXT NOT NULL,
    actor_id    TEXT NOT NULL REFERENCES app_user (id),
    assignee_id TEXT REFERENCES app_user (id),  -- assigned / forwarded: the new responsible person
    due_date    TEXT,
    note        TEXT NOT NULL DEFAULT '',
    version     INTEGER                         -- corrected: the document version it produced
);
CREATE INDEX document_event_doc ON document_event (document_id, n);
CREATE INDEX document_event_assignee ON document_event (assignee_id, document_id);

CREATE TABLE document_link (
    document_id TEXT NOT NULL REFERENCES document (id),
    object_type TEXT NOT NULL,                  -- e.g. pupil_movement
    object_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (document_id, object_type, object_id)
);
CREATE INDEX document_link_object ON document_link (object_type, object_id);

-- Content-addressed file storage, inside the encrypted database. A blob is written in chunks so a
-- 25 MB file never needs one giant row and can be streamed back out.
CREATE TABLE blob (
    sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL CHECK (size > 0),
    chunks     INTEGER NOT NULL CHECK (chunks > 0),
    created_at TEXT NOT NULL
);
CREATE TABLE blob_chunk (
    sha256 TEXT NOT NULL REFERENCES blob (sha256),
    n      INTEGER NOT NULL CHECK (n >= 0),
    data   BLOB NOT NULL,
    PRIMARY KEY (sha256, n)
) WITHOUT ROWID;

CREATE TABLE attachment (
    id            TEXT PRIMARY KEY,             -- UUIDv7
    document_id   TEXT NOT NULL REFERENCES document (id),
    sha256        TEXT NOT NULL UNIQUE REFERENCES blob (sha256),  -- the same content is registered once
    filename      TEXT NOT NULL,
    size          INTEGER NOT NULL,
    media_type    TEXT NOT NULL,                -- sniffed from the content, not taken from the name
    type_mismatch INTEGER NOT NULL DEFAULT 0 CHECK (type_mismatch IN (0, 1)),
    added_at      TEXT NOT NULL,
    added_by      TEXT NOT NULL REFERENCES app_user (id)
);
CREATE INDEX attachment_doc ON attachment (document_id);

-- Full-text search over subject, summary and correspondent. The text is normalised before it goes in
-- (ё -> е, look-alike Latin letters); unicode61 folds Cyrillic case incl. Ң Ө Ү. remove_diacritics 0:
-- й and ё are letters of their own, not и and е with marks.
CREATE VIRTUAL TABLE document_fts USING fts5 (
    subject, summary, correspondent,
    tokenize = "unicode61 remove_diacritics 0"
);

-- Transactional outbox (DESIGN §7): a change to a syncable record writes its row here in the same
-- transaction. The sync client (a later subsystem) moves rows pending -> uploading -> synced | error.
CREATE TABLE sync_outbox (
    id          TEXT PRIMARY KEY,               -- UUIDv7
    record_type TEXT NOT NULL,                  -- document, document_event, attachment
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'uploading', 'synced', 'error')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (record_type, record_id, version)
);
CREATE INDEX sync_outbox_state ON sync_outbox (state, created_at);

-- The facts are append-only.
CREATE TRIGGER document_version_no_update BEFORE UPDATE ON document_version
BEGIN SELECT RAISE(ABORT, 'document_version is append-only'); END;
CREATE TRIGGER document_version_no_delete BEFORE DELETE ON document_version
BEGIN SELECT RAISE(ABORT, 'document_version is append-only'); END;
CREATE TRIGGER document_event_no_update BEFORE UPDATE ON document_event
BEGIN SELECT RAISE(ABORT, 'document_event is append-only'); END;
CREATE TRIGGER document_event_no_delete BEFORE DELETE ON document_event
BEGIN SELECT RAISE(ABORT, 'document_event is append-only'); END;
CREATE TRIGGER attachment_no_update BEFORE UPDATE ON attachment
BEGIN SELECT RAISE(ABORT, 'attachment is append-only'); END;
CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment
BEGIN SELECT RAISE(ABORT, 'attachment is append-only'); END;
CREATE TRIGGER document_no_delete BEFORE DELETE ON document
BEGIN SELECT RAISE(ABORT, 'documents are never deleted'); END;
CREATE TRIGGER document_number_fixed BEFORE UPDATE OF id, kind, series, year, seq, number ON document
BEGIN SELECT RAISE(ABORT, 'a registration number never changes'); END;
