-- The document each certificate was issued as, kept for as long as the register lives: a reprint
-- returns these bytes, so an update of Kense (fonts, reportlab, layout, wording) can never make a
-- reprint impossible or different. zlib-compressed PDF inside the encrypted database, with the SHA-256
-- and size of the PDF itself so damage is found before anything is printed. Certificates issued by
-- earlier builds get theirs when first reprinted, or by the keeping step after sign-in while the
-- renderer still draws them byte for byte (their render digest matches).
CREATE TABLE certificate_pdf (
    certificate_id TEXT PRIMARY KEY REFERENCES certificate (id),
    codec          TEXT NOT NULL CHECK (codec IN ('zlib')),
    content        BLOB NOT NULL,
    size           INTEGER NOT NULL CHECK (size > 0),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    kept_at        TEXT NOT NULL
);

-- What was issued never changes.
CREATE TRIGGER certificate_pdf_no_update BEFORE UPDATE ON certificate_pdf
BEGIN
    SELECT RAISE(ABORT, 'certificate_pdf is append-only');
END;
