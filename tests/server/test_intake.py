"""The intake API against a real PostgreSQL: health, records, replay, conflicts, limits, bad bodies."""

from __future__ import annotations

import gzip
import json

from app.sync import protocol as p

from .conftest import PROTO, School, doc, fresh_windows, new_id


def test_health_reports_identity_time_and_limits(school_a1: School) -> None:
    resp = school_a1.get("/health")
    assert resp.status_code == 200
    health = p.Health.from_json(resp.json(), school_a1.server_id)
    assert health.max_batch == p.MAX_BATCH and health.chunk_size == p.CHUNK_SIZE
    assert resp.json()["device"] == {"id": school_a1.device_id, "school": "A1"}
    assert health.server_time.endswith("Z")


def test_a_record_is_stored_once_and_a_repeat_is_success(school_a1: School, state) -> None:
    record = doc("101")
    assert school_a1.send(record) == ["ok"]
    assert school_a1.send(record) == ["ok"]          # the replayed batch (another seal, same content)
    with state.db.owner() as cur:
        cur.execute("SELECT count(*) AS n, min(data->>'number') AS number FROM record WHERE school = 'A1' AND id = %s",
                    (record.id,))
        row = cur.fetchone()
    assert row["n"] == 1 and row["number"] == "101"


def test_same_id_and_version_with_other_content_is_a_conflict(school_a1: School) -> None:
    rid = new_id()
    assert school_a1.send(doc("1", rid=rid)) == ["ok"]
    assert school_a1.send(doc("1", rid=rid, subject="changed")) == ["conflict"]
    assert school_a1.send(doc("1", rid=rid, version=2, subject="changed")) == ["ok"]


def test_each_item_gets_its_own_result_in_order(school_a1: School) -> None:
    good, rid = doc("5"), new_id()
    school_a1.send(doc("6", rid=rid))
    broken = school_a1.item(doc("7"))
    broken["sealed"] = broken["sealed"][:-4] + "AAAA"                  # tampered ciphertext
    unknown_field = p.Record(p.RecordType.INCIDENT, new_id(), 1, {"occurred_at": "2026-11-30T10:00:00Z",
                                                                   "kind": "fire", "severity": "low", "summary": "x"})
    items = [school_a1.item(good, "a"), broken, {"client_id": "c", "type": "pupil_register"},
             school_a1.item(doc("6", rid=rid, subject="other"), "d"), school_a1.item(unknown_field, "e")]
    resp = school_a1.post("/records", {"items": items})
    assert resp.status_code == 200
    results = resp.json()["results"]
    assert [r["result"] for r in results] == ["ok", "invalid", "invalid", "conflict", "ok"]
    assert next(r["client_id"] for r in results) == "a" and results[2]["client_id"] == "c"


def test_a_pupil_register_cannot_ride_along(school_a1: School) -> None:
    # Data minimisation: extra fields are refused by the shared schema, so no register reaches the server.
    record = p.Record(p.RecordType.STATISTICS, new_id(), 1, {"period": "2026", "metrics": {"pupils": 412}})
    item = school_a1.item(record)
    assert school_a1.post("/records", {"items": [item]}).json()["results"][0]["result"] == "ok"
    raw = {"type": "statistics", "id": new_id(), "version": 1,
           "data": {"period": "2026", "metrics": {"pupils": 1}, "pupils": [{"name": "Асанов Бакыт"}]}}
    sealed = _seal_raw(raw, school_a1)
    resp = school_a1.post("/records", {"items": [{"client_id": "x", "type": "statistics", "id": raw["id"],
                                                  "version": 1, "sealed": sealed}]})
    assert resp.json()["results"][0]["result"] == "invalid"


def _seal_raw(obj: dict, school: School) -> str:
    # seal_record validates nothing itself: a Record made without from_json carries any data.
    record = p.Record(p.RecordType(obj["type"]), obj["id"], obj["version"], obj["data"])
    return p.b64encode(p.seal_record(record, school.server_public))


def test_batch_over_the_limit_is_refused_whole(school_a1: School) -> None:
    items = [{"client_id": f"c{i}", "type": "incident", "id": new_id(), "version": 1, "sealed": ""}
             for i in range(p.MAX_BATCH + 1)]
    resp = school_a1.post("/records", {"items": items})
    assert resp.status_code == 413 and resp.json()["error"] == "body_too_large"


def test_oversized_body_is_refused_before_it_is_read_whole(school_a1: School) -> None:
    body = b'{"items": ["' + b"A" * (p.MAX_BODY + 10) + b'"]}'
    resp = school_a1.client.post(p.API_PREFIX + "/records", content=body,
                                 headers={**school_a1.headers, "Content-Type": "application/json"})
    assert resp.status_code == 413 and resp.json()["error"] == "body_too_large"


def test_gzip_body_is_accepted_and_a_gzip_bomb_is_not(school_a1: School) -> None:
    body = json.dumps({"items": [school_a1.item(doc("9"))]}).encode()
    resp = school_a1.client.post(p.API_PREFIX + "/records", content=gzip.compress(body),
                                 headers={**school_a1.headers, "Content-Encoding": "gzip",
                                          "Content-Type": "application/json"})
    assert resp.status_code == 200 and resp.json()["results"][0]["result"] == "ok"
    bomb = gzip.compress(b" " * (p.MAX_BODY + 1))
    assert len(bomb) < 10_000
    resp = school_a1.client.post(p.API_PREFIX + "/records", content=bomb,
                                 headers={**school_a1.headers, "Content-Encoding": "gzip"})
    assert resp.status_code == 413 and resp.json()["error"] == "body_too_large"
    resp = school_a1.client.post(p.API_PREFIX + "/records", content=gzip.compress(body)[:-8],
                                 headers={**school_a1.headers, "Content-Encoding": "gzip"})
    assert resp.status_code == 400 and resp.json()["error"] == "bad_request"
    resp = school_a1.client.post(p.API_PREFIX + "/records", content=body,
                                 headers={**school_a1.headers, "Content-Encoding": "br"})
    assert resp.status_code == 400


def test_malformed_bodies_are_bad_requests(school_a1: School) -> None:
    for content in (b"", b"{", b"[]", b'{"items": []}', b'{"items": {}}', b'{"items": [], "x": 1}',
                    b"\xff\xfe", b'{"items": [NaN]}', b"[" * 100_000):
        resp = school_a1.client.post(p.API_PREFIX + "/records", content=content, headers=school_a1.headers)
        assert resp.status_code == 400, content[:20]
        assert resp.json()["error"] == "bad_request"


def test_protocol_header_token_and_server_id_are_checked(school_a1: School) -> None:
    h = school_a1.headers
    assert school_a1.client.get(p.API_PREFIX + "/health", headers={**h, p.HEADER_PROTOCOL: "2"}).json()["error"] \
        == "unsupported_protocol"
    no_token = {k: v for k, v in h.items() if k != "Authorization"}
    resp = school_a1.client.get(p.API_PREFIX + "/health", headers=no_token)
    assert resp.status_code == 401 and resp.json()["error"] == "unauthorized"
    resp = school_a1.client.get(p.API_PREFIX + "/health", headers={**h, "Authorization": "Bearer kdt1_forged"})
    assert resp.status_code == 401
    resp = school_a1.client.get(p.API_PREFIX + "/health", headers={**h, p.HEADER_SERVER_ID: "kds1-" + "0" * 32})
    assert resp.status_code == 421 and resp.json()["error"] == "wrong_server"


def test_a_revoked_device_is_refused_with_its_own_code(school_a1: School, state) -> None:
    from server import devices
    with state.db.owner() as cur:
        assert devices.revoke(cur, school_a1.device_id)
    for resp in (school_a1.get("/health"), school_a1.post("/records", {"items": [school_a1.item(doc())]}),
                 school_a1.post("/device/rotate")):
        assert resp.status_code == 403 and resp.json()["error"] == "device_revoked"


def test_rotation_keeps_the_old_token_until_the_new_one_is_used(school_a1: School, state) -> None:
    from server import devices
    with state.db.owner() as cur:
        devices.request_rotation(cur, school_a1.device_id)
    assert school_a1.get("/health").json()["rotate_token"] is True
    old = school_a1.token
    lost = school_a1.post("/device/rotate").json()["token"]        # the reply "lost": old still works
    assert school_a1.get("/health").status_code == 200
    assert school_a1.get("/health").json()["rotate_token"] is True  # superseded token: rotate again
    school_a1.token = school_a1.post("/device/rotate").json()["token"]
    assert school_a1.token not in (old, lost)
    assert school_a1.get("/health").json()["rotate_token"] is False
    school_a1.token = old
    assert school_a1.get("/health").status_code == 401            # the first use retired the old one
    school_a1.token = lost
    assert school_a1.get("/health").status_code == 401


def test_rate_limit_answers_429_with_retry_after(state, school_a1: School) -> None:
    from fastapi.testclient import TestClient

    from server.app import create_app
    with TestClient(create_app(state=fresh_windows(state, rate_requests=3))) as limited:
        school_a1.client = limited
        codes = [school_a1.get("/health").status_code for _ in range(5)]
        assert codes == [200, 200, 200, 429, 429]
        resp = school_a1.get("/health")
        assert resp.json()["error"] == "rate_limited" and 1 <= int(resp.headers["Retry-After"]) <= 60


def test_processes_share_the_rate_limit(dsn, state, school_a1: School) -> None:
    """Two servers on their own pools (as `serve --workers 2` runs them) count one device together."""
    import dataclasses
    import uuid

    from fastapi.testclient import TestClient

    from server.app import create_app
    from server.config import Settings
    from server.ratelimit import SharedWindow
    from server.state import ServerState

    name = f"device-{uuid.uuid4().hex[:12]}"
    other = ServerState.open(Settings(dsn, pool_min=1, pool_max=2))
    try:
        first = dataclasses.replace(state, device_rate=SharedWindow(state.db, name, 4, 60))
        second = dataclasses.replace(other, device_rate=SharedWindow(other.db, name, 4, 60))
        with TestClient(create_app(state=first)) as one, TestClient(create_app(state=second)) as two:
            codes = []
            for client in (one, two, one, two, one, two):
                school_a1.client = client
                codes.append(school_a1.get("/health").status_code)
        assert codes == [200, 200, 200, 200, 429, 429]
    finally:
        other.db.close()


def test_a_window_opens_again_when_its_time_is_over(state) -> None:
    import uuid

    from server.ratelimit import SharedWindow

    window = SharedWindow(state.db, f"t-{uuid.uuid4().hex[:12]}", 2, 1)
    assert [window.hit("k"), window.hit("k")] == [0, 0]
    assert window.hit("k") == 1 and window.blocked("k") == 1 and window.blocked("other") == 0
    with state.db.owner() as cur:   # the window started two seconds ago
        cur.execute("UPDATE rate_window SET started_at = started_at - interval '2 seconds' WHERE key = %s",
                    (f"{window.name}:k",))
    assert window.blocked("k") == 0 and window.hit("k") == 0


def test_tokens_never_reach_the_log_and_x_road_headers_do(school_a1: School, caplog) -> None:
    import logging
    caplog.set_level(logging.INFO, logger="kense.server.access")
    school_a1.get("/health", headers={"X-Road-Client": "KG/GOV/70000001/kense", "X-Road-Id": "req-1"})
    school_a1.post("/device/rotate")
    text = caplog.text
    assert "x-road-client='KG/GOV/70000001/kense'" in text and "/api/v1/health 200" in text
    assert school_a1.token not in text and "kdt1_" not in text


def test_unknown_protocol_on_enrol(client) -> None:
    resp = client.post(p.API_PREFIX + "/enrol", json={})
    assert resp.status_code == 400 and resp.json()["error"] == "unsupported_protocol"
    resp = client.post(p.API_PREFIX + "/enrol", headers=PROTO, content=b"{nope")
    assert resp.status_code == 400 and resp.json()["error"] == "bad_request"
