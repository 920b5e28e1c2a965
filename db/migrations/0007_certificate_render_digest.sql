-- The register's hash column holds the render digest (SHA-256 over the printed snapshot and the
-- renderer's fingerprint, app/certificates/digest.py, ADR 005), not the hash of a stand-alone PDF file:
-- name it for what it is.
ALTER TABLE certificate RENAME COLUMN pdf_sha256 TO render_digest;
