-- Schema v4: the issued-certificates register, the per-school verification key, and the versioned
-- legal texts (consent wording, transfer notice) the admin may change when the law does.

-- One row per issued certificate. Numbers run per series (the template) and calendar year, never
-- reused: a voided certificate keeps its number. `snapshot` is the JSON of exactly what was printed,
-- so a reprint renders the same document (checked against pdf_sha256) even after the record changed.
CREATE TABLE certificate (
    id           TEXT PRIMARY KEY,
    series       TEXT NOT NULL CHECK (series IN ('study', 'employment', 'transfer')),
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq > 0),
    number       TEXT NOT NULL,               -- as printed: optional prefix + seq, "01-07/12"
    template     TEXT NOT NULL,
    lang         TEXT NOT NULL CHECK (lang IN ('ky', 'ru')),
    person_kind  TEXT NOT NULL CHECK (person_kind IN ('pupil', 'staff')),
    person_id    TEXT NOT NULL,
    person_name  TEXT NOT NULL,               -- the name as printed (what the district may verify)
    purpose      TEXT NOT NULL DEFAULT '',
    issued_on    TEXT NOT NULL,               -- the certificate's date (YYYY-MM-DD)
    issued_at    TEXT NOT NULL,
    issued_by    TEXT REFERENCES app_user (id),
    snapshot     TEXT NOT NULL,
    pdf_sha256   TEXT NOT NULL CHECK (length(pdf_sha256) = 64),
    checksum     TEXT NOT NULL,               -- the keyed checksum printed in the QR
    voided_at    TEXT,
    voided_by    TEXT REFERENCES app_user (id),
    void_reason  TEXT,
    UNIQUE (series, year, seq),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);
CREATE INDEX certificate_person ON certificate (person_kind, person_id);
CREATE INDEX certificate_number ON certificate (number);
CREATE INDEX certificate_issued ON certificate (issued_on);

-- The HMAC key for the QR checksums, one per school, created on first use. It stays inside the
-- encrypted database (and so inside every backup).
CREATE TABLE certificate_key (
    school_id  TEXT PRIMARY KEY REFERENCES school (id),
    key        BLOB NOT NULL CHECK (length(key) = 32),
    created_at TEXT NOT NULL
);

-- Admin overrides of the legal texts shipped in resources/forms; every change is a new version, a
-- printed form names the version it carries.
CREATE TABLE legal_text (
    key        TEXT NOT NULL,
    lang       TEXT NOT NULL CHECK (lang IN ('ky', 'ru')),
    version    INTEGER NOT NULL CHECK (version > 0),
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
    created_at TEXT NOT NULL,
    created_by TEXT REFERENCES app_user (id),
    PRIMARY KEY (key, lang, version)
);
