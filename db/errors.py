"""Errors raised by the storage layer. They carry no personal data and no key material."""


class StorageError(Exception):
    """Base class of storage failures."""


class DatabaseDamaged(StorageError):
    """The file failed its page authentication or integrity check (tampered, truncated or damaged)."""


class DatabaseEmpty(StorageError):
    """The file is there but empty (0 bytes, or a keyed file with no tables): never taken for a new one."""


class SchemaTooNew(StorageError):
    """The database was written by a newer Kense than this one."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema version {found} is newer than supported {supported}")
        self.found = found
        self.supported = supported


class MigrationFailed(StorageError):
    """A migration step failed; the transaction was rolled back and the file is unchanged."""


class DatabaseBusy(StorageError):
    """Another connection (another window or process) holds the database where exclusive use is needed."""
