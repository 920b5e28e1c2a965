"""Cryptographic primitives of the key envelope.

Each slot owns an X25519 key pair. Its private key is sealed (AES-256-GCM) under the slot's KEK; the
data key (DEK) is sealed to its public key (ephemeral X25519 + HKDF + AES-256-GCM). That lets an
admin rekey the database and re-seal the new DEK to every slot without knowing anyone's password,
while opening a slot still needs that slot's password (and this PC's device secret).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = ["InvalidTag"]

NONCE_BYTES = 12


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical(value: Any) -> bytes:
    """Deterministic JSON used as associated data and as MAC input."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def hkdf(ikm: bytes, info: str, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info.encode("ascii")).derive(ikm)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(NONCE_BYTES)
    return {"nonce": b64(nonce), "ct": b64(AESGCM(key).encrypt(nonce, plaintext, aad))}


def open_sealed(key: bytes, box: dict[str, str], aad: bytes) -> bytes:
    """Raises InvalidTag when the key is wrong or anything sealed or bound was altered."""
    return AESGCM(key).decrypt(unb64(box["nonce"]), unb64(box["ct"]), aad)


def new_key_pair() -> tuple[bytes, bytes]:
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw_private, raw_public


def seal_to_public(public_key: bytes, plaintext: bytes, aad: bytes, info: str) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    key = hkdf(shared, info, salt=eph_public + public_key)
    box = seal(key, plaintext, aad)
    box["ephemeral"] = b64(eph_public)
    return box


def open_with_private(private_key: bytes, public_key: bytes, box: dict[str, str], aad: bytes, info: str) -> bytes:
    eph_public = unb64(box["ephemeral"])
    shared = X25519PrivateKey.from_private_bytes(private_key).exchange(X25519PublicKey.from_public_bytes(eph_public))
    key = hkdf(shared, info, salt=eph_public + public_key)
    return open_sealed(key, box, aad)


def mac(key: bytes, value: Any) -> str:
    return hmac.new(key, canonical(value), hashlib.sha256).hexdigest()


def mac_ok(key: bytes, value: Any, tag: str) -> bool:
    return hmac.compare_digest(mac(key, value), tag)
