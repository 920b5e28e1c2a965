-- Unsaved form state kept when the session locks, offered back only to the same user after unlock.
-- The whole database is SQLCipher-encrypted, so a draft is never plaintext on disk.

CREATE TABLE ui_draft (
    user_id  TEXT NOT NULL REFERENCES app_user (id),
    section  TEXT NOT NULL CHECK (length(section) BETWEEN 1 AND 64),
    data     TEXT NOT NULL,          -- JSON of the form's fields
    saved_at TEXT NOT NULL,
    PRIMARY KEY (user_id, section)
);
