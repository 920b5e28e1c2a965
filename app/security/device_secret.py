"""The device secret: 32 random bytes in the OS credential store (Windows Credential Manager, macOS
Keychain, Secret Service on Linux), mixed into every user slot's key.

It makes a copied database + key file + password useless off this computer account. The store is
never the only way in: the recovery slot holds a copy, so the recovery sheet re-binds an install.
"""

from __future__ import annotations

import base64
import contextlib
import os
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import keyring.backend

SERVICE = "Kense"
SECRET_BYTES = 32


class Binding(StrEnum):
    BOUND = "bound"              # the secret is in the store and readable
    UNAVAILABLE = "unavailable"  # no usable credential store on this account
    MISSING = "missing"          # the store works but has no secret for this database


def _is_placeholder(backend: keyring.backend.KeyringBackend, explicit: bool = False) -> bool:
    """True for backends that do not protect anything: keyring's 'fail' and 'null' backends, and
    keyrings.alt's plaintext file unless someone chose it explicitly (tests do, users should not)."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return True
    if module.startswith("keyrings.alt") and not (explicit or os.environ.get("PYTHON_KEYRING_BACKEND")):
        return True
    if module.startswith("keyring.backends.chainer"):
        return not getattr(backend, "backends", [])
    return False


class DeviceSecretStore:
    """Reads and writes the device secret of one database in one credential store."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        # A backend handed in by the caller was chosen on purpose (tests use an isolated file store);
        # only the automatically detected one is checked for being a mere placeholder.
        self._backend = backend
        self._explicit = backend is not None

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            # Imported on first use: keyring and its backends cost ~0.3 s, which the sign-in screen
            # of a password-only install never needs to pay.
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def backend_name(self) -> str:
        backend: Any = self.backend
        return f"{type(backend).__module__}.{type(backend).__qualname__}"

    def available(self) -> bool:
        try:
            return not _is_placeholder(self.backend, self._explicit)
        except Exception:
            return False

    @staticmethod
    def _entry(db_id: str) -> str:
        return f"device-secret:{db_id}"

    def read(self, db_id: str) -> tuple[Binding, bytes | None]:
        if not self.available():
            return Binding.UNAVAILABLE, None
        try:
            value = self.backend.get_password(SERVICE, self._entry(db_id))
        except Exception:  # KeyringError, D-Bus errors, a locked collection: all mean "unavailable"
            return Binding.UNAVAILABLE, None
        if not value:
            return Binding.MISSING, None
        try:
            secret = base64.b64decode(value, validate=True)
        except ValueError:
            return Binding.MISSING, None
        if len(secret) != SECRET_BYTES:
            return Binding.MISSING, None
        return Binding.BOUND, secret

    def store(self, db_id: str, secret: bytes) -> bool:
        """Write the secret; return False when no usable store exists."""
        if not self.available():
            return False
        try:
            self.backend.set_password(SERVICE, self._entry(db_id), base64.b64encode(secret).decode("ascii"))
        except Exception:
            return False
        return self.read(db_id) == (Binding.BOUND, secret)

    def delete(self, db_id: str) -> None:
        with contextlib.suppress(Exception):
            self.backend.delete_password(SERVICE, self._entry(db_id))


def new_secret() -> bytes:
    return os.urandom(SECRET_BYTES)
