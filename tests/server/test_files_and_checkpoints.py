"""Chunked attachments (resume, receipts, hash checks) and audit checkpoints (extend or alert)."""

from __future__ import annotations

import hashlib
import os

from app.sync import protocol as p

from .conftest import School, head, new_id


def _file(school: School, size: int) -> tuple[bytes, str, list[bytes]]:
    data = os.urandom(size)
    sha, chunks = p.seal_file(data, school.server_public)
    return data, sha, chunks


def test_upload_resumes_where_it_broke_and_the_file_counts_when_whole(school_a1: School, state) -> None:
    data, sha, chunks = _file(school_a1, 2 * p.CHUNK_SIZE + 1000)
    ask = {"files": [{"sha256": sha, "size": len(data)}]}
    first = school_a1.post("/files/missing", ask).json()["files"][0]
    assert first == {"sha256": sha, "size": len(data), "complete": False, "chunk_count": 3,
                     "missing_chunks": [0, 1, 2]}
    receipt = school_a1.put_chunk(sha, 1, chunks[1]).json()
    assert receipt == {"sha256": sha, "index": 1, "chunk_sha256": hashlib.sha256(chunks[1]).hexdigest(),
                       "received": True, "complete": False}
    assert school_a1.put_chunk(sha, 1, chunks[1]).json() == receipt          # a repeat: same receipt
    assert school_a1.post("/files/missing", ask).json()["files"][0]["missing_chunks"] == [0, 2]
    school_a1.put_chunk(sha, 0, chunks[0])
    assert school_a1.put_chunk(sha, 2, chunks[2]).json()["complete"] is True
    assert school_a1.post("/files/missing", ask).json()["files"][0]["complete"] is True
    with state.db.owner() as cur:
        cur.execute("SELECT string_agg(data, ''::bytea ORDER BY idx) AS whole FROM file_chunk WHERE school='A1'"
                    " AND sha256 = %s", (bytes.fromhex(sha),))
        assert bytes(cur.fetchone()["whole"]) == data


def test_chunk_with_the_wrong_hash_is_refused(school_a1: School) -> None:
    _, sha, chunks = _file(school_a1, 1000)
    school_a1.post("/files/missing", {"files": [{"sha256": sha, "size": 1000}]})
    resp = school_a1.put_chunk(sha, 0, chunks[0], chunk_sha="0" * 64)
    assert resp.status_code == 422 and resp.json()["error"] == "chunk_hash_mismatch"
    flipped = chunks[0][:-1] + bytes([chunks[0][-1] ^ 1])
    resp = school_a1.put_chunk(sha, 0, flipped)                 # hashes right, does not open
    assert resp.status_code == 422 and resp.json()["error"] == "chunk_invalid"
    _other_sha, other_chunks = p.seal_file(os.urandom(1000), school_a1.server_public)
    resp = school_a1.put_chunk(sha, 0, other_chunks[0])         # another file's chunk: misplaced
    assert resp.json()["error"] == "chunk_invalid"


def test_chunk_of_an_unannounced_file_and_bad_indexes(school_a1: School) -> None:
    _, sha, chunks = _file(school_a1, 1000)
    assert school_a1.put_chunk(sha, 0, chunks[0]).status_code == 404
    school_a1.post("/files/missing", {"files": [{"sha256": sha, "size": 1000}]})
    assert school_a1.put_chunk(sha, 1, chunks[0]).json()["error"] == "bad_request"
    assert school_a1.put_chunk("ab" * 31, 0, chunks[0]).status_code == 400
    assert school_a1.put_chunk(sha, -1, chunks[0]).status_code == 400
    big = b"x" * (p.CHUNK_SIZE + p.CHUNK_OVERHEAD + 1)
    assert school_a1.put_chunk(sha, 0, big).status_code == 413


def test_a_whole_that_is_not_the_announced_file_is_dropped(school_a1: School) -> None:
    data = os.urandom(3000)
    claimed = hashlib.sha256(b"another file").hexdigest()
    sealer = p.FileSealer(school_a1.server_public, claimed, len(data))   # seals honestly, claims wrongly
    school_a1.post("/files/missing", {"files": [{"sha256": claimed, "size": len(data)}]})
    resp = school_a1.put_chunk(claimed, 0, sealer.seal_chunk(0, data))
    assert resp.status_code == 422 and resp.json()["error"] == "file_mismatch"
    left = school_a1.post("/files/missing", {"files": [{"sha256": claimed, "size": len(data)}]}).json()["files"][0]
    assert left["complete"] is False and left["missing_chunks"] == [0]


def test_files_query_limits(school_a1: School) -> None:
    many = [{"sha256": hashlib.sha256(str(i).encode()).hexdigest(), "size": 1} for i in range(p.MAX_FILES_QUERY + 1)]
    assert school_a1.post("/files/missing", {"files": many}).status_code == 413
    huge = [{"sha256": "a" * 64, "size": p.MAX_FILE + 1}]
    assert school_a1.post("/files/missing", {"files": huge}).json()["error"] == "body_too_large"
    assert school_a1.post("/files/missing", {"files": [{"sha256": "A" * 64, "size": 1}]}).status_code == 400


def _cp(school: School, seq: int, h: str, prev: tuple[int, str] | None = None) -> dict:
    body = {"seq": seq, "head": h} if prev is None else {"seq": seq, "head": h, "prev_seq": prev[0],
                                                         "prev_head": prev[1]}
    resp = school.post("/checkpoints", body)
    assert resp.status_code == 200, resp.text
    return resp.json()


def _alerts(state, school: str) -> list[str]:
    with state.db.owner() as cur:
        cur.execute("SELECT detail FROM alert WHERE school = %s ORDER BY raised_at", (school,))
        return [r["detail"] for r in cur.fetchall()]


def test_checkpoints_must_extend_the_last_one_held(state, client) -> None:
    from .conftest import enrol
    s = enrol(client, state, "A3")          # a school whose chain no other test touches
    before = len(_alerts(state, "A3"))
    h1, h2, h5 = head(1), head(2), head(5)
    assert _cp(s, 1, h1) == {"result": "ok", "last_seq": 1}
    assert _cp(s, 1, h1)["result"] == "ok"                               # a repeat
    assert _cp(s, 2, h2, (1, h1))["result"] == "ok"
    assert _cp(s, 5, h5, (4, head(4)))["result"] == "ok"                 # 3 and 4 were lost on the way
    fork = _cp(s, 5, head(5))
    assert fork == {"result": "not_extending", "last_seq": 5}
    assert _cp(s, 3, head(3), (2, h2))["result"] == "not_extending"     # restored from an old copy
    assert _cp(s, 6, head(6), (5, head(5)))["result"] == "not_extending"  # continues another chain
    assert _cp(s, 7, head(7))["result"] == "not_extending"               # a new chain from scratch
    assert _cp(s, 6, head(6), (5, h5))["result"] == "ok"
    alerts = _alerts(state, "A3")[before:]
    assert len(alerts) == 4 and "forked" in alerts[0] and "old copy" in alerts[1]


def test_checkpoint_in_a_records_batch_and_malformed_checkpoints(school_a1: School) -> None:
    h = head(1)
    rec = p.Record(p.RecordType.AUDIT_CHECKPOINT, new_id(), 1, {"seq": 10, "head": h, "prev_seq": None,
                                                                 "prev_head": None})
    fork = p.Record(p.RecordType.AUDIT_CHECKPOINT, new_id(), 1, {"seq": 10, "head": head(2), "prev_seq": None,
                                                                  "prev_head": None})
    assert school_a1.send(rec, fork) == ["ok", "not_extending"]
    assert school_a1.send(rec) == ["ok"]
    for body in ({"seq": -1, "head": h}, {"seq": 1}, {"seq": 2, "head": h, "prev_seq": 1},
                 {"seq": 2, "head": h, "prev_seq": 3, "prev_head": h}, {"seq": 1, "head": h, "x": 1}, [1]):
        resp = school_a1.post("/checkpoints", body)
        assert resp.status_code == 400 and resp.json()["error"] == "bad_request", body
