"""The wire contract: canonical hashes, record validation, sealing round trips, tampering and bounds."""

from __future__ import annotations

import hashlib
import os

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync import protocol as p

DOC_ID = "0190a0b0-c0d0-7e00-8000-000000000001"


def _doc(version: int = 1, subject: str = "Об учебном плане") -> p.Record:
    return p.Record(p.RecordType.DOCUMENT_VERSION, DOC_ID, version, {
        "kind": "incoming", "number": "02-15/7", "reg_date": "2026-11-30", "subject": subject, "summary": "",
        "correspondent": "Райондук билим берүү бөлүмү", "their_number": "14", "their_date": "2026-11-28",
        "access_level": "normal", "corrects": None, "reason": "", "files": []})


@pytest.fixture(scope="module")
def server_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def test_canonical_json_is_order_free_and_refuses_floats() -> None:
    assert p.canonical_json({"b": 1, "a": "ү"}) == '{"a":"ү","b":1}'.encode()
    assert p.content_hash({"a": 1, "b": 2}) == p.content_hash({"b": 2, "a": 1})
    with pytest.raises(p.ProtocolError):
        p.canonical_json({"a": [1.5]})


def test_record_hash_changes_with_content() -> None:
    assert _doc().content_hash() == _doc().content_hash()
    assert _doc().content_hash() != _doc(subject="Башка").content_hash()
    assert p.Record.from_json(_doc().to_json()) == _doc()


@pytest.mark.parametrize("change", [
    {"pupil_pin": "20607201410000"},          # an unknown field: no register can ride along
    {"kind": "register"},
    {"reg_date": "2026-13-01"},
    {"files": [{"sha256": "ab", "size": 1, "name": "x"}]},
    {"number": " "},
])
def test_record_validation_refuses(change: dict[str, object]) -> None:
    obj = _doc().to_json()
    obj["data"].update(change)
    with pytest.raises(p.ProtocolError) as err:
        p.Record.from_json(obj)
    assert err.value.code == p.Result.INVALID


def test_missing_field_and_bad_identity_refused() -> None:
    obj = _doc().to_json()
    del obj["data"]["subject"]
    with pytest.raises(p.ProtocolError):
        p.Record.from_json(obj)
    for ident in ({"id": "NOT-A-UUID"}, {"version": 0}, {"version": True}, {"type": "pupil"}):
        with pytest.raises(p.ProtocolError):
            p.Record.from_json({**_doc().to_json(), **ident})


def test_statistics_carry_counts_only() -> None:
    ok = {"period": "2026-11", "metrics": {"pupils.total": 812, "grade.1": 90}}
    assert p.validate_data(p.RecordType.STATISTICS, ok)
    for bad in ({"pupils.total": "Асанов"}, {"Асанов Бакыт": 1}, {"n": -1}):
        with pytest.raises(p.ProtocolError):
            p.validate_data(p.RecordType.STATISTICS, {"period": "2026-11", "metrics": bad})


def test_record_too_large() -> None:
    obj = _doc().to_json()
    obj["data"]["files"] = [{"sha256": "a" * 64, "size": 1, "name": "ф" * 255}] * 100
    obj["data"]["summary"] = "ф" * 4000
    with pytest.raises(p.ProtocolError) as err:
        p.Record.from_json(obj)
    assert err.value.code == p.Result.TOO_LARGE


def test_seal_record_round_trip(server_key: X25519PrivateKey) -> None:
    pub = p.raw_public_key(server_key)
    sealed = p.seal_record(_doc(), pub)
    assert sealed != p.seal_record(_doc(), pub)  # fresh ephemeral key per item
    assert b"02-15/7" not in sealed
    assert p.open_record(sealed, server_key, "document_version", DOC_ID, 1) == _doc()


def test_sealed_record_tampering_and_swapped_identity(server_key: X25519PrivateKey) -> None:
    sealed = p.seal_record(_doc(), p.raw_public_key(server_key))
    for i in (5, 20, 60, len(sealed) - 1):
        bad = bytearray(sealed)
        bad[i] ^= 1
        with pytest.raises(p.ProtocolError) as err:
            p.open_record(bytes(bad), server_key, "document_version", DOC_ID, 1)
        assert err.value.code in (p.Result.INVALID, p.Fatal.WRONG_SERVER)
    with pytest.raises(p.ProtocolError):  # the clear identity is bound to the seal
        p.open_record(sealed, server_key, "document_version", DOC_ID, 2)
    with pytest.raises(p.ProtocolError):
        p.open_record(sealed[:40], server_key, "document_version", DOC_ID, 1)


def test_sealed_to_another_server(server_key: X25519PrivateKey) -> None:
    sealed = p.seal_record(_doc(), p.raw_public_key(X25519PrivateKey.generate()))
    with pytest.raises(p.ProtocolError) as err:
        p.open_record(sealed, server_key, "document_version", DOC_ID, 1)
    assert err.value.code == p.Fatal.WRONG_SERVER


def test_file_chunks_round_trip_and_bounds(server_key: X25519PrivateKey) -> None:
    data = os.urandom(p.CHUNK_SIZE * 2 + 1000)
    sha, chunks = p.seal_file(data, p.raw_public_key(server_key))
    assert sha == hashlib.sha256(data).hexdigest()
    assert [len(c) - p.CHUNK_OVERHEAD for c in chunks] == [p.CHUNK_SIZE, p.CHUNK_SIZE, 1000]
    opened = b"".join(p.open_chunk(c, server_key, sha, len(data), i) for i, c in enumerate(chunks))
    assert opened == data
    assert p.chunk_count(1) == 1 and p.chunk_count(p.CHUNK_SIZE) == 1 and p.chunk_count(p.CHUNK_SIZE + 1) == 2
    for size in (0, p.MAX_FILE + 1):
        with pytest.raises(p.ProtocolError):
            p.chunk_count(size)
    with pytest.raises(p.ProtocolError):
        p.chunk_length(len(data), 3)


def test_chunk_tampered_swapped_or_misplaced(server_key: X25519PrivateKey) -> None:
    data = os.urandom(p.CHUNK_SIZE * 2)
    sha, chunks = p.seal_file(data, p.raw_public_key(server_key))
    bad = bytearray(chunks[0])
    bad[-3] ^= 0x80
    cases = [(bytes(bad), sha, 0), (chunks[1], sha, 0), (chunks[0], "f" * 64, 0)]
    for sealed, h, index in cases:
        with pytest.raises(p.ProtocolError) as err:
            p.open_chunk(sealed, server_key, h, len(data), index)
        assert err.value.code == p.Fatal.CHUNK_INVALID
    with pytest.raises(p.ProtocolError):  # a chunk of the wrong plaintext length is never sealed
        p.FileSealer(p.raw_public_key(server_key), sha, len(data)).seal_chunk(0, b"short")


def test_sealed_item_and_batch_bounds() -> None:
    item = p.SealedItem("ob-1", p.RecordType.DOCUMENT_VERSION, DOC_ID, 1, b"\x01\x02")
    assert p.SealedItem.from_json(item.to_json()) == item
    with pytest.raises(p.ProtocolError):
        p.SealedItem.from_json({**item.to_json(), "extra": 1})
    with pytest.raises(p.ProtocolError):
        p.SealedItem.from_json({**item.to_json(), "sealed": "***"})
    assert p.item_client_id({"client_id": "ob-1"}) == "ob-1"
    assert p.item_client_id({"client_id": "bad id"}) is None
    with pytest.raises(p.ProtocolError) as err:
        p.batch_items({"items": [item.to_json()] * (p.MAX_BATCH + 1)})
    assert err.value.code == p.Fatal.BODY_TOO_LARGE
    for body in ({}, {"items": []}, {"items": {}}, []):
        with pytest.raises(p.ProtocolError):
            p.batch_items(body)


def test_missing_request_and_checkpoint_validation() -> None:
    assert p.missing_request({"files": [{"sha256": "a" * 64, "size": 5}]}) == [p.FileWant("a" * 64, 5)]
    for body in ({"files": [{"sha256": "A" * 64, "size": 5}]}, {"files": [{"sha256": "a" * 64, "size": 0}]},
                 {"files": "x"}):
        with pytest.raises(p.ProtocolError):
            p.missing_request(body)
    with pytest.raises(p.ProtocolError) as err:
        p.missing_request({"files": [{"sha256": "a" * 64, "size": p.MAX_FILE + 1}]})
    assert err.value.code == p.Fatal.BODY_TOO_LARGE
    assert p.Checkpoint.from_json({"seq": 5, "head": "b" * 64}) == p.Checkpoint(5, "b" * 64)
    for bad in ({"seq": -1, "head": "b" * 64}, {"seq": 5, "head": "b" * 64, "prev_seq": 5, "prev_head": "c" * 64},
                {"seq": 5, "head": "b" * 64, "prev_seq": 3}, {"seq": 5}):
        with pytest.raises(p.ProtocolError):
            p.Checkpoint.from_json(bad)


def test_base64url_and_server_id() -> None:
    for data in (b"", b"\xff", b"abc", os.urandom(33)):
        assert p.b64decode(p.b64encode(data)) == data
    with pytest.raises(p.ProtocolError):
        p.b64decode("a")
    key = p.raw_public_key(X25519PrivateKey.generate())
    assert p.server_id_for(key).startswith("kds1-") and len(p.server_id_for(key)) == 37
    assert p.normalise_enrol_code("abcd-e fgh") == "ABCDEFGH"


def test_enrolment_and_health_replies() -> None:
    key = p.raw_public_key(X25519PrivateKey.generate())
    sid = p.server_id_for(key)
    enrol = p.Enrolment("dev-1", "kd1_x", "41711000001", "Мектеп №1", sid, key)
    assert p.Enrolment.from_json(enrol.to_json()) == enrol
    with pytest.raises(p.ProtocolError) as err:
        p.Enrolment.from_json({**enrol.to_json(), "server_id": "kds1-" + "0" * 32})
    assert err.value.code == p.Fatal.WRONG_SERVER
    health = p.Health("2026-12-02T10:00:00Z", sid, p.PROTOCOL_VERSION)
    assert p.Health.from_json(health.to_json(), sid) == health
    with pytest.raises(p.ProtocolError) as err:
        p.Health.from_json(health.to_json(), "kds1-other")
    assert err.value.code == p.Fatal.WRONG_SERVER
    for portal in ("<html>login</html>", {}, {"server_time": 1}):
        with pytest.raises(p.ProtocolError):
            p.Health.from_json(portal, sid)


def _seal_raw(kind: bytes, plain: bytes, server_key: X25519PrivateKey) -> bytes:
    """A sealed item with any plaintext, built like seal_record does (to send what no client would)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    server_pub = p.raw_public_key(server_key)
    eph = X25519PrivateKey.generate()
    eph_pub = p.raw_public_key(eph)
    key = p._derive(eph.exchange(server_key.public_key()), eph_pub, server_pub, b"kense-seal-v1/record")
    nonce = os.urandom(12)
    header = p.SEAL_MAGIC + kind + p._key_id(server_pub) + eph_pub + nonce
    return header + AESGCM(key).encrypt(nonce, plain, p._record_aad(header, "document_version", DOC_ID, 1))


def test_compressed_record_round_trip_and_smaller(server_key: X25519PrivateKey) -> None:
    pub = p.raw_public_key(server_key)
    doc = _doc(subject="Окуу планы жөнүндө " * 40)
    packed = p.seal_record(doc, pub, compress=True)
    assert packed[3:4] == b"Z"
    assert len(packed) < len(p.seal_record(doc, pub)) / 3
    assert p.open_record(packed, server_key, "document_version", DOC_ID, 1) == doc


def test_compressed_record_bomb_and_garbage_refused(server_key: X25519PrivateKey) -> None:
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = packer.compress(b" " * (10 * p.MAX_RECORD)) + packer.flush()
    assert len(bomb) < 2000
    with pytest.raises(p.ProtocolError) as err:
        p.open_record(_seal_raw(b"Z", bomb, server_key), server_key, "document_version", DOC_ID, 1)
    assert err.value.code == p.Result.TOO_LARGE
    with pytest.raises(p.ProtocolError) as err:
        p.open_record(_seal_raw(b"Z", b"\xff\x00not deflate", server_key), server_key, "document_version", DOC_ID, 1)
    assert err.value.code == p.Result.INVALID
    truncated = zlib.compressobj(9, zlib.DEFLATED, -15)
    half = truncated.compress(_doc().canonical())   # no flush: the stream never ends
    with pytest.raises(p.ProtocolError):
        p.open_record(_seal_raw(b"Z", half, server_key), server_key, "document_version", DOC_ID, 1)


def test_kind_byte_is_bound_to_the_seal(server_key: X25519PrivateKey) -> None:
    packed = bytearray(p.seal_record(_doc(), p.raw_public_key(server_key), compress=True))
    packed[3:4] = b"R"
    with pytest.raises(p.ProtocolError):
        p.open_record(bytes(packed), server_key, "document_version", DOC_ID, 1)
