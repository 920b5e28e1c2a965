-- What schools send (DESIGN §7): records, content-addressed files in chunks, audit checkpoints, and the
-- alerts the server raises. No table has room for a pupil or staff register (regulation 6.6): records
-- are only the types app/sync/protocol.py validates.

CREATE TABLE record (
    school        text NOT NULL REFERENCES org (code),
    id            uuid NOT NULL,
    version       integer NOT NULL CHECK (version >= 1),
    type          text NOT NULL CHECK (type IN ('document_version', 'document_event', 'certificate',
                                                'incident', 'statistics', 'audit_checkpoint')),
    content_hash  bytea NOT NULL CHECK (length(content_hash) = 32),
    data          jsonb NOT NULL,
    size          integer NOT NULL,             -- bytes of the canonical JSON
    device_id     uuid NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    deleted_at    timestamptz,                  -- removed on the server (e.g. a data-protection order)
    PRIMARY KEY (school, id, version)
);
CREATE INDEX record_type ON record (school, type, received_at);
-- /verify looks a certificate up by its printed number.
CREATE INDEX record_certificate ON record ((data ->> 'number')) WHERE type = 'certificate';

CREATE TABLE file (
    school        text NOT NULL REFERENCES org (code),
    sha256        bytea NOT NULL CHECK (length(sha256) = 32),
    size          bigint NOT NULL CHECK (size > 0),
    chunk_count   integer NOT NULL CHECK (chunk_count > 0),
    complete      boolean NOT NULL DEFAULT false,
    announced_at  timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz,
    PRIMARY KEY (school, sha256)
);

-- Plaintext pieces, opened and verified on arrival; a file counts only when all are in and the whole
-- hashes to its sha256.
CREATE TABLE file_chunk (
    school         text NOT NULL,
    sha256         bytea NOT NULL,
    idx            integer NOT NULL CHECK (idx >= 0),
    data           bytea NOT NULL,
    sealed_sha256  bytea NOT NULL,             -- what the receipt names
    received_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school, sha256, idx),
    FOREIGN KEY (school, sha256) REFERENCES file (school, sha256) ON DELETE CASCADE
);

CREATE TABLE checkpoint (
    school       text NOT NULL REFERENCES org (code),
    seq          bigint NOT NULL CHECK (seq >= 0),
    head         bytea NOT NULL CHECK (length(head) = 32),
    prev_seq     bigint,
    prev_head    bytea,
    extends      boolean NOT NULL,              -- false: a fork or a rollback, an alert was raised
    device_id    uuid NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (school, seq, head)
);

CREATE TABLE alert (
    school       text NOT NULL REFERENCES org (code),
    id           uuid NOT NULL DEFAULT gen_random_uuid(),
    kind         text NOT NULL CHECK (kind IN ('checkpoint_not_extending')),
    detail       text NOT NULL,
    raised_at    timestamptz NOT NULL DEFAULT now(),
    cleared_at   timestamptz,
    cleared_by   text,
    PRIMARY KEY (school, id)
);

GRANT SELECT, INSERT ON record TO kense_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON file TO kense_app;
GRANT SELECT, INSERT, DELETE ON file_chunk TO kense_app;
GRANT SELECT, INSERT ON checkpoint TO kense_app;
GRANT SELECT, INSERT, UPDATE ON alert TO kense_app;

-- A device reads and writes its own school; an administrator reads everything below her org unit and
-- writes nothing a school sent (alerts she may clear).
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['record', 'file', 'file_chunk', 'checkpoint', 'alert'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY %I ON %I
            USING (school = current_setting('kense.device_school', true))$p$, t || '_device', t);
        EXECUTE format($p$CREATE POLICY %I ON %I FOR SELECT
            USING (school = ANY (kense_admin_schools()))$p$, t || '_admin_read', t);
    END LOOP;
END $$;
CREATE POLICY alert_admin_clear ON alert FOR UPDATE
    USING (school = ANY (kense_admin_schools()));
