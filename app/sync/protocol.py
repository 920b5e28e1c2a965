"""The sync wire contract between a school's Kense and the district server (DESIGN §7, §9).

Pure data, validation and the sealing format — no Qt, no network, no database. The client (app/sync)
and the server (server/) import only this module from each other's world; docs/sync-protocol.md
describes the same contract as neutral JSON for anyone fronting the server (X-Road / Tunduk).

Sealing: each outbox item is sealed on the school PC right after its commit, to the district server's
long-term X25519 public key (pinned at enrolment), so the sender can work while the session is locked
and holds no data key. Hybrid encryption: an ephemeral X25519 key per item, HKDF-SHA256, AES-256-GCM.
Files are sealed in chunks of fixed 256 KiB plaintext pieces, each chunk its own AEAD message bound to
the file's hash, size and the chunk's index, so a broken upload resumes at any chunk.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"

# Headers. Authorization: Bearer <device token> on every call except enrol.
HEADER_PROTOCOL = "Kense-Protocol"          # the client's PROTOCOL_VERSION, on every call
HEADER_SERVER_ID = "Kense-Server-Id"        # the server id the client pinned; a mismatch → wrong_server
HEADER_CHUNK_SHA256 = "Kense-Chunk-SHA256"  # SHA-256 (hex) of the sealed chunk bytes as sent

# Limits (the server reports its own in health; these are the defaults and the client's ceilings).
CHUNK_SIZE = 256 * 1024                 # plaintext bytes per file chunk (the last one may be shorter)
MAX_BODY = 4 * 1024 * 1024              # bytes of a request body, after gzip decoding
MAX_BATCH = 250                         # items per records batch
MAX_RECORD = 64 * 1024                  # bytes of one record's canonical JSON
MAX_FILE = 64 * 1024 * 1024             # bytes of one attachment
MAX_FILES_QUERY = 500                   # files per files/missing call
RATE_REQUESTS = 600                     # requests per device ...
RATE_SECONDS = 60                       # ... per this many seconds

SEAL_MAGIC = b"KS1"
_RECORD_KIND = b"R"
_ZRECORD_KIND = b"Z"    # a record whose canonical JSON was DEFLATE-compressed before sealing (additive, v1)
_CHUNK_KIND = b"F"
_KEY_ID_LEN = 8
_PUB_LEN = 32
_NONCE_LEN = 12
_TAG_LEN = 16
CHUNK_OVERHEAD = len(SEAL_MAGIC) + 1 + _KEY_ID_LEN + _PUB_LEN + _TAG_LEN  # sealed chunk = plaintext + this


class RecordType(StrEnum):
    DOCUMENT_VERSION = "document_version"
    DOCUMENT_EVENT = "document_event"
    CERTIFICATE = "certificate"
    INCIDENT = "incident"
    STATISTICS = "statistics"               # depersonalised counts only
    AUDIT_CHECKPOINT = "audit_checkpoint"


class Result(StrEnum):
    """Per-record result in a batch: one bad record never blocks the others."""
    OK = "ok"                       # stored, or an identical repeat of what is stored
    CONFLICT = "conflict"           # same id + version already stored with other content
    DELETED = "deleted"             # the record was deleted on the server; do not resend
    INVALID = "invalid"             # fails validation or cannot be opened; not retried automatically
    TOO_LARGE = "too_large"         # the record exceeds MAX_RECORD
    NOT_EXTENDING = "not_extending"  # audit checkpoint stored but does not extend the last: alert raised


class Fatal(StrEnum):
    """Errors that refuse the whole request: {"error": code, "detail": "..."} with the HTTP status."""
    UNAUTHORIZED = "unauthorized"                   # 401: no / unknown / superseded token, bad enrol code
    DEVICE_REVOKED = "device_revoked"               # 403: the district revoked this device
    WRONG_SERVER = "wrong_server"                   # 421: not the server this device enrolled with
    RATE_LIMITED = "rate_limited"                   # 429: slow down; Retry-After says when
    BODY_TOO_LARGE = "body_too_large"               # 413: body (or batch) over the limit
    UNSUPPORTED_PROTOCOL = "unsupported_protocol"   # 400: Kense-Protocol missing or not spoken here
    BAD_REQUEST = "bad_request"                     # 400/422: malformed JSON or fields
    NOT_FOUND = "not_found"                         # 404: unknown file (ask files/missing first)
    CHUNK_HASH_MISMATCH = "chunk_hash_mismatch"     # 422: the chunk's bytes do not hash to the header
    CHUNK_INVALID = "chunk_invalid"                 # 422: the chunk does not open (tampered or misplaced)
    FILE_MISMATCH = "file_mismatch"                 # 422: all chunks in but size/hash wrong: file dropped


FATAL_STATUS: dict[Fatal, int] = {
    Fatal.UNAUTHORIZED: 401, Fatal.DEVICE_REVOKED: 403, Fatal.WRONG_SERVER: 421, Fatal.RATE_LIMITED: 429,
    Fatal.BODY_TOO_LARGE: 413, Fatal.UNSUPPORTED_PROTOCOL: 400, Fatal.BAD_REQUEST: 400,
    Fatal.NOT_FOUND: 404, Fatal.CHUNK_HASH_MISMATCH: 422, Fatal.CHUNK_INVALID: 422, Fatal.FILE_MISMATCH: 422,
}
# The ones that stop a sync run until a person acts (DESIGN §7): never retried automatically.
STOPS_THE_RUN = frozenset({Fatal.UNAUTHORIZED, Fatal.DEVICE_REVOKED, Fatal.WRONG_SERVER,
                           Fatal.UNSUPPORTED_PROTOCOL})


class ProtocolError(ValueError):
    """A message or record that does not follow this contract. `code` is a Result or Fatal value."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


# ---------------------------------------------------------------- encoding helpers

def b64encode(data: bytes) -> str:
    """base64url without padding: the binary encoding of every JSON field of this protocol."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str, what: str = "value") -> bytes:
    if not isinstance(text, str) or not re.fullmatch(r"[A-Za-z0-9_-]*", text) or len(text) % 4 == 1:
        raise ProtocolError(Fatal.BAD_REQUEST, f"{what}: not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ProtocolError(Fatal.BAD_REQUEST, f"{what}: not base64url") from exc


def canonical_json(obj: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8, no floats (their text form is not canonical)."""
    _no_floats(obj)
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def content_hash(obj: Any) -> str:
    """SHA-256 (hex) of the canonical JSON: what makes a repeat a repeat and a conflict a conflict."""
    return hashlib.sha256(canonical_json(obj)).hexdigest()


def _no_floats(obj: Any) -> None:
    if isinstance(obj, float):
        raise ProtocolError(Result.INVALID, "floats are not allowed")
    if isinstance(obj, Mapping):
        for value in obj.values():
            _no_floats(value)
    elif isinstance(obj, list):
        for value in obj:
            _no_floats(value)


def server_id_for(public_key: bytes) -> str:
    """The server's identity: a fingerprint of its long-term public key (the client pins the key)."""
    return "kds1-" + hashlib.sha256(public_key).hexdigest()[:32]


def raw_public_key(key: X25519PrivateKey | X25519PublicKey) -> bytes:
    pub = key.public_key() if isinstance(key, X25519PrivateKey) else key
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


_SERVER_PUBLIC: dict[int, tuple[X25519PrivateKey, bytes]] = {}


def _server_public(key: X25519PrivateKey) -> bytes:
    """The server's public key, derived once per key object: deriving it is a scalar multiplication,
    as dear as the exchange itself, and opening a batch would otherwise pay it for every item."""
    held = _SERVER_PUBLIC.get(id(key))
    if held is None or held[0] is not key:
        if len(_SERVER_PUBLIC) > 8:
            _SERVER_PUBLIC.clear()
        held = _SERVER_PUBLIC[id(key)] = (key, raw_public_key(key))   # the key kept: its id is not reused
    return held[1]


# ---------------------------------------------------------------- field validation

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CLIENT_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_METRIC = re.compile(r"[a-z0-9_.]{1,64}")
_CHECK = re.compile(r"[A-Z2-7]{10}")
_INT_MAX = 2**53


def is_sha256(value: object) -> bool:
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None


def _text(limit: int) -> Any:
    def check(v: object) -> bool:
        return isinstance(v, str) and len(v) <= limit and "\x00" not in v
    return check


def _required_text(limit: int) -> Any:
    base = _text(limit)
    return lambda v: base(v) and v.strip() != ""


def _one_of(*values: str) -> Any:
    return lambda v: v in values


def _int(low: int = 0) -> Any:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v < _INT_MAX


def _nullable(check: Any) -> Any:
    return lambda v: v is None or check(v)


def _is_date(v: object) -> bool:
    if not isinstance(v, str) or len(v) != 10:
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _is_datetime(v: object) -> bool:
    if not isinstance(v, str) or not 10 < len(v) <= 40:
        return False
    try:
        datetime.fromisoformat(v)
    except ValueError:
        return False
    return True


def _is_files(v: object) -> bool:
    if not isinstance(v, list) or len(v) > 100:
        return False
    for f in v:
        if not (isinstance(f, dict) and set(f) == {"sha256", "size", "name"} and is_sha256(f["sha256"])
                and _int(1)(f["size"]) and f["size"] <= MAX_FILE and _required_text(255)(f["name"])):
            return False
    return True


def _is_metrics(v: object) -> bool:
    # Depersonalised by shape: names are short identifiers, values are counts — no text can ride along.
    return (isinstance(v, dict) and 0 < len(v) <= 500
            and all(isinstance(k, str) and _METRIC.fullmatch(k) and _int(0)(n) for k, n in v.items()))


_DOC_KINDS = ("incoming", "outgoing", "internal", "order")
_EVENT_KINDS = ("registered", "assigned", "forwarded", "commented", "executed", "sent", "archived", "corrected")

# Every field of every record type. Unknown fields are refused: the server stores exactly what
# DESIGN §7 lists and no route can carry a pupil or staff register (regulation 6.6).
SCHEMAS: dict[RecordType, dict[str, Any]] = {
    RecordType.DOCUMENT_VERSION: {
        "kind": _one_of(*_DOC_KINDS), "number": _required_text(64), "reg_date": _is_date,
        "subject": _text(1000), "summary": _text(4000), "correspondent": _text(300),
        "their_number": _text(64), "their_date": _nullable(_is_date),
        "access_level": _one_of("normal", "restricted"), "corrects": _nullable(_int(1)),
        "reason": _text(1000), "files": _is_files,
    },
    RecordType.DOCUMENT_EVENT: {
        "document_id": lambda v: isinstance(v, str) and _UUID.fullmatch(v) is not None,
        "kind": _one_of(*_EVENT_KINDS), "at": _is_datetime, "note": _text(2000),
        "due_date": _nullable(_is_date), "version": _nullable(_int(1)),
    },
    RecordType.CERTIFICATE: {
        "series": _one_of("study", "employment", "transfer"), "number": _required_text(64),
        "issued_on": _is_date, "person_name": _required_text(200), "template": _required_text(64),
        "state": _one_of("valid", "void"), "void_reason": _text(500),
        # The checksum printed on the certificate and in its QR (docs/adr/005): the server verifies
        # by comparing with it, so the school's key never leaves the school.
        "check": lambda v: isinstance(v, str) and _CHECK.fullmatch(v) is not None,
    },
    RecordType.INCIDENT: {
        # A report may know the day only ("2026-12-03") or the minute ("2026-12-03T09:30").
        "occurred_at": lambda v: _is_date(v) or _is_datetime(v), "kind": _required_text(64),
        "severity": _one_of("low", "medium", "high"), "summary": _required_text(4000),
    },
    RecordType.STATISTICS: {
        "period": lambda v: isinstance(v, str) and re.fullmatch(r"\d{4}(-\d{2}){0,2}|\d{4}-\d{4}", v) is not None,
        "metrics": _is_metrics,
    },
    RecordType.AUDIT_CHECKPOINT: {
        "seq": _int(0), "head": is_sha256, "prev_seq": _nullable(_int(0)), "prev_head": _nullable(is_sha256),
    },
}


@dataclass(frozen=True)
class Record:
    """One record as the school holds it: (type, id, version) is its identity, data its content."""
    type: RecordType
    id: str
    version: int
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"type": str(self.type), "id": self.id, "version": self.version, "data": dict(self.data)}

    def canonical(self) -> bytes:
        return self._canonical

    @cached_property
    def _canonical(self) -> bytes:
        # Computed once: the size check, the content hash and storing all need it. A record is not
        # changed after it is made (frozen; its data is never mutated in place by either side).
        return canonical_json(self.to_json())

    def content_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()

    @classmethod
    def from_json(cls, obj: object) -> Record:
        if not isinstance(obj, dict) or set(obj) != {"type", "id", "version", "data"}:
            raise ProtocolError(Result.INVALID, "a record has exactly type, id, version and data")
        rtype, rid, version = check_identity(obj["type"], obj["id"], obj["version"], Result.INVALID)
        record = cls(rtype, rid, version, validate_data(rtype, obj["data"]))
        if len(record.canonical()) > MAX_RECORD:
            raise ProtocolError(Result.TOO_LARGE, f"record over {MAX_RECORD} bytes")
        return record


def check_identity(rtype: object, rid: object, version: object, code: str) -> tuple[RecordType, str, int]:
    if not isinstance(rtype, str) or rtype not in RecordType.__members__.values():
        raise ProtocolError(code, "unknown record type")
    if not isinstance(rid, str) or _UUID.fullmatch(rid) is None:
        raise ProtocolError(code, "record id must be a lower-case UUID")
    if not _int(1)(version):
        raise ProtocolError(code, "version must be a positive integer")
    assert isinstance(version, int)
    return RecordType(rtype), rid, version


def validate_data(rtype: RecordType, data: object) -> dict[str, Any]:
    schema = SCHEMAS[rtype]
    if not isinstance(data, dict):
        raise ProtocolError(Result.INVALID, "data must be an object")
    unknown = set(data) - set(schema)
    if unknown:
        raise ProtocolError(Result.INVALID, f"fields not accepted for {rtype}: {', '.join(sorted(unknown))}")
    missing = set(schema) - set(data)
    if missing:
        raise ProtocolError(Result.INVALID, f"fields missing for {rtype}: {', '.join(sorted(missing))}")
    for name, check in schema.items():
        if not check(data[name]):
            raise ProtocolError(Result.INVALID, f"{rtype}.{name}: not valid")
    return dict(data)


# ---------------------------------------------------------------- sealing

def _key_id(server_public: bytes) -> bytes:
    return hashlib.sha256(server_public).digest()[:_KEY_ID_LEN]


def _derive(shared: bytes, eph_pub: bytes, server_pub: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + server_pub, info=info).derive(shared)


def _public(server_public: bytes) -> X25519PublicKey:
    if len(server_public) != _PUB_LEN:
        raise ProtocolError(Fatal.BAD_REQUEST, "server public key must be 32 bytes")
    return X25519PublicKey.from_public_bytes(server_public)


def _record_aad(header: bytes, rtype: str, rid: str, version: int) -> bytes:
    return header + f"|{rtype}|{rid}|{version}".encode("ascii")


def seal_record(record: Record, server_public: bytes, *, compress: bool = False) -> bytes:
    """KS1 'R' | key id (8) | ephemeral public key (32) | nonce (12) | AES-256-GCM(canonical record).

    With ``compress`` the kind is 'Z' and the plaintext is the raw DEFLATE (zlib, wbits -15) of the
    canonical JSON: ciphertext does not compress, so a slow link only gains when compression comes
    before sealing. The header and the record's identity are the associated data, so the clear
    type/id/version beside the sealed bytes cannot be swapped onto another record's content."""
    pub = _public(server_public)
    eph = X25519PrivateKey.generate()
    eph_pub = raw_public_key(eph)
    key = _derive(eph.exchange(pub), eph_pub, server_public, b"kense-seal-v1/record")
    nonce = os.urandom(_NONCE_LEN)
    kind = _ZRECORD_KIND if compress else _RECORD_KIND
    header = SEAL_MAGIC + kind + _key_id(server_public) + eph_pub + nonce
    aad = _record_aad(header, str(record.type), record.id, record.version)
    plain = record.canonical()
    if compress:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        plain = packer.compress(plain) + packer.flush()
    return header + AESGCM(key).encrypt(nonce, plain, aad)


def _inflate_record(data: bytes) -> bytes:
    # Bounded: a small sealed item cannot unpack into more than a record may hold.
    unpacker = zlib.decompressobj(-15)
    try:
        plain = unpacker.decompress(data, MAX_RECORD + 1)
    except zlib.error as exc:
        raise ProtocolError(Result.INVALID, "sealed record does not decompress") from exc
    if len(plain) > MAX_RECORD or unpacker.unconsumed_tail:
        raise ProtocolError(Result.TOO_LARGE, f"record over {MAX_RECORD} bytes")
    if not unpacker.eof:
        raise ProtocolError(Result.INVALID, "sealed record does not decompress")
    return plain


def _open_header(sealed: bytes, kind: bytes, server_private: X25519PrivateKey, extra: int) -> tuple[bytes, bytes]:
    head_len = len(SEAL_MAGIC) + 1 + _KEY_ID_LEN + _PUB_LEN + extra
    if len(sealed) < head_len + _TAG_LEN or sealed[:3] != SEAL_MAGIC or sealed[3:4] != kind:
        raise ProtocolError(Result.INVALID, "not a sealed item of this protocol")
    server_pub = _server_public(server_private)
    if sealed[4:4 + _KEY_ID_LEN] != _key_id(server_pub):
        raise ProtocolError(Fatal.WRONG_SERVER, "sealed to another server's key")
    return sealed[:head_len], server_pub


def open_record(sealed: bytes, server_private: X25519PrivateKey, rtype: str, rid: str, version: int) -> Record:
    """Open and validate a sealed record; its identity must be the one it was sent under."""
    if len(sealed) > MAX_RECORD + 256:
        raise ProtocolError(Result.TOO_LARGE, f"record over {MAX_RECORD} bytes")
    kind = sealed[3:4] if sealed[3:4] in (_RECORD_KIND, _ZRECORD_KIND) else _RECORD_KIND
    header, server_pub = _open_header(sealed, kind, server_private, _NONCE_LEN)
    eph_pub = header[4 + _KEY_ID_LEN:4 + _KEY_ID_LEN + _PUB_LEN]
    nonce = header[-_NONCE_LEN:]
    try:
        shared = server_private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        key = _derive(shared, eph_pub, server_pub, b"kense-seal-v1/record")
        plain = AESGCM(key).decrypt(nonce, sealed[len(header):], _record_aad(header, rtype, rid, version))
    except (InvalidTag, ValueError) as exc:
        raise ProtocolError(Result.INVALID, "sealed record does not open (tampered or misdirected)") from exc
    if kind == _ZRECORD_KIND:
        plain = _inflate_record(plain)
    try:
        obj = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProtocolError(Result.INVALID, "sealed record is not JSON") from exc
    record = Record.from_json(obj)
    if (str(record.type), record.id, record.version) != (rtype, rid, version):
        raise ProtocolError(Result.INVALID, "sealed record's identity differs from the item's")
    return record


def chunk_count(size: int) -> int:
    if not 0 < size <= MAX_FILE:
        raise ProtocolError(Fatal.BAD_REQUEST, "file size out of bounds")
    return (size + CHUNK_SIZE - 1) // CHUNK_SIZE


def chunk_length(size: int, index: int) -> int:
    """The plaintext length chunk `index` must have: CHUNK_SIZE except for the last."""
    count = chunk_count(size)
    if not 0 <= index < count:
        raise ProtocolError(Fatal.BAD_REQUEST, "chunk index out of range")
    return CHUNK_SIZE if index < count - 1 else size - CHUNK_SIZE * (count - 1)


def _chunk_aad(header: bytes, sha256: str, size: int, index: int) -> bytes:
    return header + bytes.fromhex(sha256) + size.to_bytes(8, "big") + index.to_bytes(4, "big")


def _chunk_nonce(index: int) -> bytes:
    # Deterministic by index: safe because each file has its own ephemeral key.
    return b"\x00\x00\x00\x00" + index.to_bytes(8, "big")


class FileSealer:
    """Seals one file's chunks with one ephemeral key: KS1 'F' | key id | ephemeral public | ciphertext.

    Each chunk carries the header, so the server opens any chunk on its own (resume in any order)."""

    def __init__(self, server_public: bytes, sha256: str, size: int) -> None:
        if not is_sha256(sha256):
            raise ProtocolError(Fatal.BAD_REQUEST, "file hash must be SHA-256 hex")
        self.sha256, self.size, self.count = sha256, size, chunk_count(size)
        eph = X25519PrivateKey.generate()
        eph_pub = raw_public_key(eph)
        self._key = AESGCM(_derive(eph.exchange(_public(server_public)), eph_pub, server_public,
                                   b"kense-seal-v1/file"))
        self._header = SEAL_MAGIC + _CHUNK_KIND + _key_id(server_public) + eph_pub

    def seal_chunk(self, index: int, plaintext: bytes) -> bytes:
        if len(plaintext) != chunk_length(self.size, index):
            raise ProtocolError(Fatal.BAD_REQUEST, "chunk has the wrong plaintext length")
        aad = _chunk_aad(self._header, self.sha256, self.size, index)
        return self._header + self._key.encrypt(_chunk_nonce(index), plaintext, aad)


def seal_file(data: bytes, server_public: bytes) -> tuple[str, list[bytes]]:
    """The file's SHA-256 and its sealed chunks (for files held in memory; large ones: FileSealer)."""
    sha = hashlib.sha256(data).hexdigest()
    sealer = FileSealer(server_public, sha, len(data))
    return sha, [sealer.seal_chunk(i, data[i * CHUNK_SIZE:(i + 1) * CHUNK_SIZE]) for i in range(sealer.count)]


def open_chunk(sealed: bytes, server_private: X25519PrivateKey, sha256: str, size: int, index: int) -> bytes:
    """The chunk's plaintext, or ProtocolError(CHUNK_INVALID) when it was altered or belongs elsewhere."""
    expected = chunk_length(size, index)
    if len(sealed) != expected + CHUNK_OVERHEAD:
        raise ProtocolError(Fatal.CHUNK_INVALID, "sealed chunk has the wrong length")
    try:
        header, server_pub = _open_header(sealed, _CHUNK_KIND, server_private, 0)
    except ProtocolError as exc:
        raise ProtocolError(Fatal.CHUNK_INVALID if exc.code == Result.INVALID else exc.code, exc.detail) from exc
    eph_pub = header[-_PUB_LEN:]
    try:
        shared = server_private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        key = _derive(shared, eph_pub, server_pub, b"kense-seal-v1/file")
        return AESGCM(key).decrypt(_chunk_nonce(index), sealed[len(header):],
                                   _chunk_aad(header, sha256, size, index))
    except (InvalidTag, ValueError) as exc:
        raise ProtocolError(Fatal.CHUNK_INVALID, "sealed chunk does not open (tampered or misplaced)") from exc


def iter_plain_chunks(data: bytes) -> Iterator[bytes]:
    for i in range(0, len(data), CHUNK_SIZE):
        yield data[i:i + CHUNK_SIZE]


# ---------------------------------------------------------------- messages on the wire

@dataclass(frozen=True)
class SealedItem:
    """One item of a records batch: identity in clear (bound to the seal), content sealed."""
    client_id: str          # the outbox row's id: the idempotency key the result is reported under
    type: RecordType
    id: str
    version: int
    sealed: bytes

    def to_json(self) -> dict[str, Any]:
        return {"client_id": self.client_id, "type": str(self.type), "id": self.id, "version": self.version,
                "sealed": b64encode(self.sealed)}

    @classmethod
    def from_json(cls, obj: object) -> SealedItem:
        """Raises ProtocolError(INVALID) with the client id readable where possible (see item_client_id)."""
        if not isinstance(obj, dict) or set(obj) != {"client_id", "type", "id", "version", "sealed"}:
            raise ProtocolError(Result.INVALID, "an item has exactly client_id, type, id, version, sealed")
        cid = obj["client_id"]
        if not isinstance(cid, str) or _CLIENT_ID.fullmatch(cid) is None:
            raise ProtocolError(Result.INVALID, "client_id: 1-64 characters of [A-Za-z0-9_.:-]")
        rtype, rid, version = check_identity(obj["type"], obj["id"], obj["version"], Result.INVALID)
        sealed_text = obj["sealed"]
        if not isinstance(sealed_text, str) or len(sealed_text) > (MAX_RECORD + 256) * 4 // 3 + 4:
            raise ProtocolError(Result.TOO_LARGE, f"record over {MAX_RECORD} bytes")
        try:
            sealed = b64decode(sealed_text, "sealed")
        except ProtocolError as exc:
            raise ProtocolError(Result.INVALID, exc.detail) from exc
        return cls(cid, rtype, rid, version, sealed)


def item_client_id(obj: object) -> str | None:
    cid = obj.get("client_id") if isinstance(obj, dict) else None
    return cid if isinstance(cid, str) and _CLIENT_ID.fullmatch(cid) else None


def batch_items(body: object) -> list[object]:
    """The raw items of a records body {"items": [...]}: the list itself, its size checked."""
    if not isinstance(body, dict) or set(body) != {"items"} or not isinstance(body["items"], list):
        raise ProtocolError(Fatal.BAD_REQUEST, 'body must be {"items": [...]}')
    if not body["items"]:
        raise ProtocolError(Fatal.BAD_REQUEST, "empty batch")
    if len(body["items"]) > MAX_BATCH:
        raise ProtocolError(Fatal.BODY_TOO_LARGE, f"batch over {MAX_BATCH} items")
    return list(body["items"])


@dataclass(frozen=True)
class ItemResult:
    client_id: str
    result: Result
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"client_id": self.client_id, "result": str(self.result), "detail": self.detail}


@dataclass(frozen=True)
class FileWant:
    sha256: str
    size: int


def missing_request(body: object) -> list[FileWant]:
    if not isinstance(body, dict) or set(body) != {"files"} or not isinstance(body["files"], list):
        raise ProtocolError(Fatal.BAD_REQUEST, 'body must be {"files": [{"sha256", "size"}]}')
    if len(body["files"]) > MAX_FILES_QUERY:
        raise ProtocolError(Fatal.BODY_TOO_LARGE, f"over {MAX_FILES_QUERY} files")
    wants = []
    for f in body["files"]:
        if not (isinstance(f, dict) and set(f) == {"sha256", "size"} and is_sha256(f["sha256"])
                and _int(1)(f["size"])):
            raise ProtocolError(Fatal.BAD_REQUEST, "each file is {sha256: hex, size: positive integer}")
        if f["size"] > MAX_FILE:
            raise ProtocolError(Fatal.BODY_TOO_LARGE, f"file over {MAX_FILE} bytes")
        wants.append(FileWant(f["sha256"], f["size"]))
    return wants


@dataclass(frozen=True)
class Checkpoint:
    """An audit checkpoint: the school chain's sequence and head, and the previous checkpoint it made."""
    seq: int
    head: str
    prev_seq: int | None = None
    prev_head: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "head": self.head, "prev_seq": self.prev_seq, "prev_head": self.prev_head}

    @classmethod
    def from_json(cls, obj: object) -> Checkpoint:
        if not isinstance(obj, dict) or not {"seq", "head"} <= set(obj) <= {"seq", "head", "prev_seq", "prev_head"}:
            raise ProtocolError(Fatal.BAD_REQUEST, "a checkpoint has seq, head and optionally prev_seq, prev_head")
        full = {"prev_seq": None, "prev_head": None, **obj}
        try:
            data = validate_data(RecordType.AUDIT_CHECKPOINT, full)
        except ProtocolError as exc:
            raise ProtocolError(Fatal.BAD_REQUEST, exc.detail) from exc
        if (data["prev_seq"] is None) != (data["prev_head"] is None):
            raise ProtocolError(Fatal.BAD_REQUEST, "prev_seq and prev_head come together")
        if data["prev_seq"] is not None and data["prev_seq"] >= data["seq"]:
            raise ProtocolError(Fatal.BAD_REQUEST, "prev_seq must be below seq")
        return cls(data["seq"], data["head"], data["prev_seq"], data["prev_head"])


ENROL_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: readable over the phone


def normalise_enrol_code(text: str) -> str:
    """Upper case, spaces and dashes removed: the code may be typed as it was read out."""
    return re.sub(r"[\s-]", "", text).upper()


@dataclass(frozen=True)
class Enrolment:
    """The reply to POST enrol. The client keeps the token in the OS credential store and pins
    server_public_key; server_id must equal server_id_for(server_public_key)."""
    device_id: str
    token: str
    school: str             # the school's code in the org tree
    school_name: str
    server_id: str
    server_public_key: bytes

    def to_json(self) -> dict[str, Any]:
        return {"device_id": self.device_id, "token": self.token,
                "school": {"code": self.school, "name": self.school_name},
                "server_id": self.server_id, "server_public_key": b64encode(self.server_public_key)}

    @classmethod
    def from_json(cls, obj: object) -> Enrolment:
        try:
            assert isinstance(obj, dict)
            school = obj["school"]
            assert isinstance(school, dict)
            key = b64decode(obj["server_public_key"], "server_public_key")
            made = cls(str(obj["device_id"]), str(obj["token"]), str(school["code"]), str(school["name"]),
                       str(obj["server_id"]), key)
        except (AssertionError, KeyError, TypeError) as exc:
            raise ProtocolError(Fatal.BAD_REQUEST, "not an enrolment reply") from exc
        if len(key) != _PUB_LEN or made.server_id != server_id_for(key):
            raise ProtocolError(Fatal.WRONG_SERVER, "server id does not match its public key")
        return made


@dataclass(frozen=True)
class Health:
    """The reply to GET health: a real round trip (a captive portal cannot forge server_id)."""
    server_time: str
    server_id: str
    protocol: int
    max_body: int = MAX_BODY
    max_batch: int = MAX_BATCH
    max_record: int = MAX_RECORD
    max_file: int = MAX_FILE
    chunk_size: int = CHUNK_SIZE
    rate_requests: int = RATE_REQUESTS
    rate_seconds: int = RATE_SECONDS
    rotate_token: bool = False      # the district asked this device to rotate its token (POST device/rotate)

    def to_json(self) -> dict[str, Any]:
        return {"server_time": self.server_time, "server_id": self.server_id, "protocol": self.protocol,
                "limits": {"max_body": self.max_body, "max_batch": self.max_batch, "max_record": self.max_record,
                           "max_file": self.max_file, "chunk_size": self.chunk_size,
                           "rate": {"requests": self.rate_requests, "seconds": self.rate_seconds}},
                "rotate_token": self.rotate_token}

    @classmethod
    def from_json(cls, obj: object, pinned_server_id: str) -> Health:
        try:
            assert isinstance(obj, dict)
            limits, rate = obj["limits"], obj["limits"]["rate"]
            made = cls(str(obj["server_time"]), str(obj["server_id"]), int(obj["protocol"]),
                       int(limits["max_body"]), int(limits["max_batch"]), int(limits["max_record"]),
                       int(limits["max_file"]), int(limits["chunk_size"]), int(rate["requests"]),
                       int(rate["seconds"]), bool(obj.get("rotate_token", False)))
        except (AssertionError, KeyError, TypeError, ValueError) as exc:
            raise ProtocolError(Fatal.BAD_REQUEST, "not a health reply (a captive portal?)") from exc
        if made.server_id != pinned_server_id:
            raise ProtocolError(Fatal.WRONG_SERVER, "not the server this device enrolled with")
        if made.protocol != PROTOCOL_VERSION:
            raise ProtocolError(Fatal.UNSUPPORTED_PROTOCOL, "the server speaks another protocol version")
        if made.chunk_size != CHUNK_SIZE:
            raise ProtocolError(Fatal.UNSUPPORTED_PROTOCOL, "the server uses another chunk size")
        if not _is_datetime(made.server_time):
            raise ProtocolError(Fatal.BAD_REQUEST, "server_time is not ISO 8601")
        return made


def error_body(code: Fatal, detail: str) -> dict[str, str]:
    return {"error": str(code), "detail": detail}
