"""A batch of sealed records: opened, validated, upserted by (school, id, version) with a content hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync.protocol import (
    Checkpoint,
    Fatal,
    ItemResult,
    ProtocolError,
    Record,
    RecordType,
    Result,
    SealedItem,
    item_client_id,
    open_record,
)

from . import checkpoints
from .db import Cur
from .errors import ApiError


@dataclass
class _Opened:
    pos: int
    client_id: str
    record: Record
    canonical: bytes
    digest: bytes


def open_items(raw_items: list[object], key: X25519PrivateKey) -> tuple[list[ItemResult | None], list[_Opened]]:
    """Per-item results for what does not open or validate, and the records that do (CPU only, no DB)."""
    results: list[ItemResult | None] = [None] * len(raw_items)
    opened: list[_Opened] = []
    for pos, raw in enumerate(raw_items):
        cid = item_client_id(raw) or ""
        try:
            item = SealedItem.from_json(raw)
            record = open_record(item.sealed, key, str(item.type), item.id, item.version)
        except ProtocolError as exc:
            if exc.code == Fatal.WRONG_SERVER:
                raise ApiError(Fatal.WRONG_SERVER, f"item {pos} is sealed to another server's key") from exc
            results[pos] = ItemResult(cid, Result(exc.code) if exc.code in Result.__members__.values()
                                      else Result.INVALID, exc.detail)
            continue
        canonical = record.canonical()
        opened.append(_Opened(pos, item.client_id, record, canonical, hashlib.sha256(canonical).digest()))
    return results, opened


def store(cur: Cur, school: str, device_id: str, results: list[ItemResult | None],
          opened: list[_Opened]) -> list[ItemResult]:
    """Upsert the opened records in one statement, then judge each against what is stored.

    The whole canonical record goes over once; PostgreSQL keeps its `data` part."""
    stored: dict[tuple[str, int], dict] = {}
    if opened:
        # %b: the arrays go over in binary, not escaped element by element into array text.
        cur.execute(
            """INSERT INTO record (school, id, version, type, content_hash, data, size, device_id)
               SELECT %s, u.id, u.version, u.type, u.hash, u.record::jsonb -> 'data', u.size, %s
               FROM unnest(%b::uuid[], %b::int[], %b::text[], %b::bytea[], %b::text[], %b::int[])
                    AS u(id, version, type, hash, record, size)
               ON CONFLICT (school, id, version) DO NOTHING""",
            (school, device_id, [o.record.id for o in opened], [o.record.version for o in opened],
             [str(o.record.type) for o in opened], [o.digest for o in opened],
             [o.canonical.decode("utf-8") for o in opened], [len(o.canonical) for o in opened]))
        cur.execute(
            """SELECT r.id::text AS id, r.version, r.content_hash, r.deleted_at IS NOT NULL AS deleted
               FROM record r JOIN unnest(%b::uuid[], %b::int[]) AS u(id, version)
                 ON r.id = u.id AND r.version = u.version
               WHERE r.school = %s""",
            ([o.record.id for o in opened], [o.record.version for o in opened], school))
        stored = {(row["id"], row["version"]): row for row in cur.fetchall()}
    for o in opened:
        row = stored[(o.record.id, o.record.version)]
        if row["deleted"]:
            results[o.pos] = ItemResult(o.client_id, Result.DELETED, "deleted on the server")
        elif bytes(row["content_hash"]) != o.digest:
            results[o.pos] = ItemResult(o.client_id, Result.CONFLICT,
                                        "this id and version are stored with other content")
        elif o.record.type == RecordType.AUDIT_CHECKPOINT:
            results[o.pos] = _checkpoint(cur, school, device_id, o)
        else:
            results[o.pos] = ItemResult(o.client_id, Result.OK)
    assert all(r is not None for r in results)
    return [r for r in results if r is not None]


def _checkpoint(cur: Cur, school: str, device_id: str, o: _Opened) -> ItemResult:
    data = dict(o.record.data)
    try:
        cp = Checkpoint.from_json(data)
    except ProtocolError as exc:
        return ItemResult(o.client_id, Result.INVALID, exc.detail)
    outcome = checkpoints.accept(cur, school, device_id, cp)
    if outcome.extends:
        return ItemResult(o.client_id, Result.OK)
    return ItemResult(o.client_id, Result.NOT_EXTENDING, "does not extend the last checkpoint held: alert raised")
