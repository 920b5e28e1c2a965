"""The web pages against hostile input, without a browser: escaping, sign-in limits, scope, sessions."""

from __future__ import annotations

import os
import re

import pytest
from fastapi.testclient import TestClient

from app.sync import protocol as p
from server import orgs
from server.app import create_app
from server.web import sessions

from .conftest import certificate, doc, enrol, fresh_windows

PASSWORD = "Hostile-pages-2026"


@pytest.fixture(scope="module", autouse=True)
def admins(state) -> None:
    with state.db.owner() as cur:
        cur.execute("SELECT 1 FROM admin_user WHERE login = 'h.admin'")
        if cur.fetchone() is None:
            orgs.add_admin(cur, "h.admin", "district-admin", "DA", PASSWORD)


def _signed_in(state) -> TestClient:
    c = TestClient(create_app(state=fresh_windows(state)))
    resp = c.post("/login", data={"login": "h.admin", "password": PASSWORD}, follow_redirects=False)
    assert resp.status_code == 303
    return c


def test_pages_need_a_session(client) -> None:
    for path in ("/", "/schools/A1", "/schools/A1/documents/0193f1c2-0000-7000-8000-000000000001",
                 "/schools/A1/files/" + "a" * 64):
        resp = client.get(path, follow_redirects=False)
        assert resp.status_code == 303 and resp.headers["location"] == "/login"
    assert client.post("/schools/A1/enrol-code", data={"csrf": "x"}, follow_redirects=False).status_code == 303


def test_school_text_is_escaped_and_pages_forbid_scripts(client, state) -> None:
    school = enrol(client, state, "A1")
    evil = f"<script>alert('{os.urandom(3).hex()}')</script>"
    school.send(doc("<b>1</b>", subject=evil))
    c = _signed_in(state)
    page = c.get("/schools/A1?q=" + evil[8:20])
    assert evil not in page.text and "&lt;script&gt;" in page.text
    assert "script-src" not in page.headers["content-security-policy"]      # default-src 'self' only
    assert page.headers["x-frame-options"] == "DENY"


def test_wrong_passwords_are_limited(state) -> None:
    c = TestClient(create_app(state=fresh_windows(state, enrol_failures=3)))
    codes = [c.post("/login", data={"login": "h.admin", "password": "nope"}).status_code for _ in range(3)]
    assert codes == [401, 401, 401]
    assert c.post("/login", data={"login": "h.admin", "password": PASSWORD}).status_code == 429
    assert c.post("/login", content=b"\xff" * 20_000,
                  headers={"Content-Type": "application/x-www-form-urlencoded"}).status_code == 429


def test_sessions_are_stored_hashed_and_end_at_logout(state) -> None:
    c = _signed_in(state)
    value = c.cookies.get(sessions.COOKIE)
    with state.db.owner() as cur:
        cur.execute("SELECT string_agg(t::text, ' ') AS dump FROM admin_session t")
        assert value not in cur.fetchone()["dump"]
    assert c.get("/", follow_redirects=False).status_code == 200
    c.post("/logout", follow_redirects=False)
    c.cookies.set(sessions.COOKIE, value)
    assert c.get("/", follow_redirects=False).status_code == 303


def test_nothing_of_another_district_through_the_pages(client, state) -> None:
    other = enrol(client, state, "B1")
    data = os.urandom(100)
    sha, chunks = p.seal_file(data, other.server_public)
    other.post("/files/missing", {"files": [{"sha256": sha, "size": 100}]})
    other.put_chunk(sha, 0, chunks[0])
    record = doc("b-1", files=[{"sha256": sha, "size": 100, "name": "b.pdf"}])
    other.send(record)
    c = _signed_in(state)
    assert c.get("/schools/B1").status_code == 404
    assert c.get(f"/schools/B1/documents/{record.id}").status_code == 404
    assert c.get(f"/schools/B1/files/{sha}").status_code == 404
    assert c.get(f"/schools/A1/files/{sha}").status_code == 404          # not A1's file either
    csrf = re.search(r'name="csrf" value="([^"]+)"', c.get("/schools/A1?tab=devices").text).group(1)
    resp = c.post(f"/schools/B1/devices/{other.device_id}/revoke", data={"csrf": csrf})
    assert resp.status_code == 404
    assert other.get("/health").status_code == 200
    assert c.post("/schools/B1/enrol-code", data={"csrf": csrf}).status_code == 404
    assert c.get("/schools/..%2F..%2Fetc").status_code == 404
    assert c.get("/schools/A1/files/zz").status_code == 404


def test_a_file_of_several_chunks_downloads_whole_and_streamed(client, state) -> None:
    school = enrol(client, state, "A1")
    data = os.urandom(2 * p.CHUNK_SIZE + 1234)
    sha, chunks = p.seal_file(data, school.server_public)
    school.post("/files/missing", {"files": [{"sha256": sha, "size": len(data)}]})
    for index, sealed in enumerate(chunks):
        assert school.put_chunk(sha, index, sealed).status_code == 200
    school.send(doc("a-big", files=[{"sha256": sha, "size": len(data), "name": "Буйрук №5.pdf"}]))
    c = _signed_in(state)
    with c.stream("GET", f"/schools/A1/files/{sha}") as resp:
        assert resp.status_code == 200
        assert resp.headers["content-length"] == str(len(data))
        assert "filename*=UTF-8''%D0%91" in resp.headers["content-disposition"]
        pieces = list(resp.iter_raw())
    assert b"".join(pieces) == data and len(chunks) == 3


def test_verify_refuses_malformed_input_and_shows_no_other_data(client, state) -> None:
    school = enrol(client, state, "A2")
    number = f"V-{os.urandom(2).hex()}"
    school.send(certificate(number, "MNBVCXZ234"))
    for query in ("qr=KENSE1|x", "number=" + "9" * 65 + "&check=MNBVCXZ234", "number=1&check=short",
                  "qr=" + "A" * 400):
        resp = client.get("/verify?" + query)
        assert resp.status_code == 400 and "Асанова" not in resp.text
    found = client.get(f"/verify?number={number}&check=MNBVCXZ234")
    assert found.status_code == 200 and "Асанова Айгүл" in found.text
    assert "study-v1" not in found.text                               # the template is not on the paper
    assert "Асанова" not in client.get(f"/verify?number={number}&check=MNBVCXZ235").text
