"""The device's sync credential in the OS credential store (small values only): the bearer token and
the facts it is bound to — which server (address and pinned id) and which device. The sender takes
the address from here, never from the plain spool, so editing the spool cannot send the token to
another host."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass

from app.security.device_secret import SERVICE, DeviceSecretStore


@dataclass(frozen=True)
class Credential:
    token: str
    server_url: str
    server_id: str
    device_id: str

    def dumps(self) -> str:
        return json.dumps({"token": self.token, "url": self.server_url, "server_id": self.server_id,
                           "device_id": self.device_id}, separators=(",", ":"))


class CredentialUnavailable(RuntimeError):
    """No usable OS credential store on this account."""


def _entry(db_id: str) -> str:
    return f"sync-token:{db_id}"


def read(store: DeviceSecretStore, db_id: str) -> Credential | None:
    if not store.available():
        raise CredentialUnavailable()
    try:
        value = store.backend.get_password(SERVICE, _entry(db_id))
    except Exception:  # a locked collection, D-Bus gone: unavailable, never "not enrolled"
        raise CredentialUnavailable() from None
    if not value:
        return None
    try:
        obj = json.loads(value)
        return Credential(str(obj["token"]), str(obj["url"]), str(obj["server_id"]), str(obj["device_id"]))
    except (ValueError, KeyError, TypeError):
        return None


def write(store: DeviceSecretStore, db_id: str, credential: Credential) -> None:
    if not store.available():
        raise CredentialUnavailable()
    try:
        store.backend.set_password(SERVICE, _entry(db_id), credential.dumps())
    except Exception:
        raise CredentialUnavailable() from None
    if read(store, db_id) != credential:
        raise CredentialUnavailable()


def delete(store: DeviceSecretStore, db_id: str) -> None:
    with contextlib.suppress(Exception):
        store.backend.delete_password(SERVICE, _entry(db_id))
