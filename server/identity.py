"""The server's long-term X25519 key: made once by init-db, kept in the database (server_identity)."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync.protocol import raw_public_key, server_id_for

from .db import Cur


@dataclass(frozen=True)
class Identity:
    private: X25519PrivateKey
    public: bytes
    server_id: str


def ensure(cur: Cur) -> bool:
    """Make the key unless there is one; True when it was made now."""
    cur.execute("SELECT 1 FROM server_identity")
    if cur.fetchone():
        return False
    key = X25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    cur.execute("INSERT INTO server_identity (private_key, public_key) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (private, raw_public_key(key)))
    return True


def load(cur: Cur) -> Identity:
    cur.execute("SELECT private_key FROM server_identity")
    row = cur.fetchone()
    if row is None:
        raise LookupError("the database has no server identity: run kense-server init-db first")
    private_bytes = row["private_key"] if isinstance(row, dict) else row[0]
    key = X25519PrivateKey.from_private_bytes(bytes(private_bytes))
    public = raw_public_key(key)
    return Identity(key, public, server_id_for(public))
