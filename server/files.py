"""Content-addressed attachments in sealed chunks: announce, ask what is missing, upload, verify."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync.protocol import FileWant, chunk_count, chunk_length, open_chunk

from .db import Cur


def missing(cur: Cur, school: str, wants: list[FileWant]) -> list[dict[str, Any]]:
    """Announce the files and say, for each, which chunk indexes the server still lacks."""
    out = []
    for want in wants:
        sha = bytes.fromhex(want.sha256)
        count = chunk_count(want.size)
        cur.execute("INSERT INTO file (school, sha256, size, chunk_count) VALUES (%s, %s, %s, %s)"
                    " ON CONFLICT (school, sha256) DO NOTHING", (school, sha, want.size, count))
        cur.execute("SELECT size, chunk_count, complete FROM file WHERE school = %s AND sha256 = %s FOR UPDATE",
                    (school, sha))
        row = cur.fetchone()
        assert row is not None
        if not row["complete"] and row["size"] != want.size:
            # Announced before with another size (which cannot hash the same): start over at this one.
            cur.execute("DELETE FROM file_chunk WHERE school = %s AND sha256 = %s", (school, sha))
            cur.execute("UPDATE file SET size = %s, chunk_count = %s WHERE school = %s AND sha256 = %s",
                        (want.size, count, school, sha))
            row = {"size": want.size, "chunk_count": count, "complete": False}
        held: set[int] = set()
        if not row["complete"]:
            cur.execute("SELECT idx FROM file_chunk WHERE school = %s AND sha256 = %s", (school, sha))
            held = {r["idx"] for r in cur.fetchall()}
        out.append({"sha256": want.sha256, "size": row["size"], "complete": row["complete"],
                    "chunk_count": row["chunk_count"],
                    "missing_chunks": [] if row["complete"] else
                    [i for i in range(row["chunk_count"]) if i not in held]})
    return out


@dataclass(frozen=True)
class ChunkOutcome:
    known: bool             # the file was announced
    complete: bool
    mismatch: bool = False  # all chunks were in but the whole did not verify: they were dropped


def put_chunk(cur: Cur, school: str, key: X25519PrivateKey, sha256: str, index: int,
              sealed: bytes) -> ChunkOutcome:
    """Open and keep one chunk; the last one to arrive makes the file count once the whole verifies."""
    sha = bytes.fromhex(sha256)
    cur.execute("SELECT size, chunk_count, complete FROM file WHERE school = %s AND sha256 = %s FOR UPDATE",
                (school, sha))
    row = cur.fetchone()
    if row is None:
        return ChunkOutcome(known=False, complete=False)
    chunk_length(row["size"], index)                      # index in range, else bad_request
    plain = open_chunk(sealed, key, sha256, row["size"], index)
    if row["complete"]:
        return ChunkOutcome(known=True, complete=True)
    cur.execute("INSERT INTO file_chunk (school, sha256, idx, data, sealed_sha256) VALUES (%s, %s, %s, %s, %s)"
                " ON CONFLICT (school, sha256, idx) DO NOTHING",
                (school, sha, index, plain, hashlib.sha256(sealed).digest()))
    cur.execute("SELECT count(*) AS n FROM file_chunk WHERE school = %s AND sha256 = %s", (school, sha))
    held = cur.fetchone()
    assert held is not None
    if held["n"] < row["chunk_count"]:
        return ChunkOutcome(known=True, complete=False)
    whole, size = hashlib.sha256(), 0
    for piece in cur.stream("SELECT data FROM file_chunk WHERE school = %s AND sha256 = %s ORDER BY idx",
                            (school, sha)):
        whole.update(piece["data"])
        size += len(piece["data"])
    if whole.digest() != sha or size != row["size"]:
        cur.execute("DELETE FROM file_chunk WHERE school = %s AND sha256 = %s", (school, sha))
        return ChunkOutcome(known=True, complete=False, mismatch=True)
    cur.execute("UPDATE file SET complete = true, completed_at = now() WHERE school = %s AND sha256 = %s",
                (school, sha))
    return ChunkOutcome(known=True, complete=True)
