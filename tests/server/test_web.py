"""The district's pages in headless Chromium (Playwright, Debian's chromium): sign in, find a document,
download its file, revoke a device, issue a code, verify certificates; screenshots kept for a look."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sync import protocol as p
from server import orgs

from .conftest import School, certificate, doc, enrol

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(os.environ.get("KENSE_SCREENSHOTS", Path(__file__).parent / "_screenshots"))
PASSWORD = "Alamudun-2026-test"


@pytest.fixture(scope="module")
def server_url(dsn: str, state) -> Iterator[str]:
    with state.db.owner() as cur:
        cur.execute("SELECT 1 FROM admin_user WHERE login = 'da.admin'")
        if cur.fetchone() is None:
            orgs.add_admin(cur, "da.admin", "district-admin", "DA", PASSWORD)
            orgs.add_admin(cur, "da.auditor", "auditor", "DA", PASSWORD)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "server.cli", "serve", "--dsn", dsn, "--port", str(port),
                             "--pool", "4"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/login", timeout=2).close()  # noqa: S310 - our own http URL
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    yield pg
    context.close()


def _sign_in(page, url: str, login: str = "da.admin", password: str = PASSWORD) -> None:
    page.goto(url + "/login")
    page.fill("#login", login)
    page.fill("#password", password)
    page.click("button[type=submit]")


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_sign_in_find_a_document_and_download_its_file(client, state, server_url, page) -> None:
    school: School = enrol(client, state, "A1", "Канцелярия-ПК")
    data = os.urandom(3000)
    sha, chunks = p.seal_file(data, school.server_public)
    school.post("/files/missing", {"files": [{"sha256": sha, "size": len(data)}]})
    assert school.put_chunk(sha, 0, chunks[0]).json()["complete"] is True
    marker = f"Жылуулук {os.urandom(3).hex()}"
    school.send(doc("77-к", subject=f"{marker} боюнча кат",
                    files=[{"sha256": sha, "size": len(data), "name": "буйрук.pdf"}]), doc("78", subject="Башка"))

    _sign_in(page, server_url, password="wrong password")
    assert "туура эмес" in page.inner_text("[role=alert]")
    _sign_in(page, server_url)
    page.wait_for_url(server_url + "/")
    assert "Unit A1" in page.inner_text("main") and "Unit B1" not in page.inner_text("main")
    _shot(page, "schools")
    page.click("text=Unit A1")
    page.fill("input[name=q]", marker.lower())
    page.select_option("select[name=kind]", "incoming")
    page.click("button:has-text('Табуу')")
    rows = page.locator("table tr")
    assert rows.count() == 2 and marker in rows.nth(1).inner_text()
    _shot(page, "documents")
    page.click("text=77-к")
    assert "буйрук.pdf" in page.inner_text("main")
    _shot(page, "document")
    with page.expect_download() as info:
        page.click("text=буйрук.pdf")
    assert Path(info.value.path()).read_bytes() == data and info.value.suggested_filename == "буйрук.pdf"
    page.click(f"a[href='{page.url.split('/documents')[0].replace(server_url, '')}']")
    page.goto(page.url + "&lang=ru" if "?" in page.url else page.url + "?lang=ru")
    assert "Документы" in page.inner_text("nav")


def test_revoke_a_device_and_issue_a_code(client, state, server_url, page) -> None:
    school = enrol(client, state, "A2", "Мугалимдер бөлмөсү")
    assert school.get("/health").status_code == 200
    _sign_in(page, server_url)
    page.goto(server_url + "/schools/A2?tab=devices")
    row = page.locator("tr", has_text=school.device_id)
    row.locator("button:has-text('Токтотуу')").click()
    page.wait_for_url(re.compile(r".*/schools/A2\?tab=devices"))
    assert "токтотулган" in page.locator("tr", has_text=school.device_id).inner_text()
    assert school.get("/health").json()["error"] == "device_revoked"
    page.click("button:has-text('Жаңы каттоо коду')")
    code = page.inner_text("#enrol-code")
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", code)
    _shot(page, "devices")
    key = p.b64encode(b"k" * 32)
    resp = client.post(p.API_PREFIX + "/enrol", headers={p.HEADER_PROTOCOL: "1"},
                       json={"code": code, "device_name": "Жаңы ПК", "device_public_key": key})
    assert resp.json()["school"]["code"] == "A2"


def test_another_districts_school_and_forged_forms_are_refused(server_url, page, state) -> None:
    _sign_in(page, server_url)
    page.wait_for_url(server_url + "/")
    resp = page.goto(server_url + "/schools/B1")
    assert resp.status == 404
    # A form without the session's CSRF token (as another site would post it) changes nothing.
    resp = page.request.post(server_url + "/schools/A1/enrol-code", form={"csrf": "forged"})
    assert resp.status == 403
    _sign_in(page, server_url, "da.auditor")
    page.goto(server_url + "/schools/A1?tab=devices")
    assert page.locator("button:has-text('Токтотуу')").count() == 0      # an auditor only reads


def test_verify_a_certificate_genuine_void_and_unknown(client, state, server_url, page) -> None:
    school = enrol(client, state, "B1")
    number = f"01-07/{os.urandom(2).hex()}"
    school.send(certificate(number, "QWERTYZ234"), certificate(number + "v", "ABCDEFGHJK", state="void"))
    page.goto(server_url + "/verify")
    page.fill("#number", number)
    page.fill("#check", "qwert yz234")
    page.locator("button:has-text('Текшерүү')").first.click()
    outcome = page.inner_text("#outcome")
    assert "Чыныгы" in outcome and "Асанова Айгүл" in outcome and "Unit B1" in outcome
    _shot(page, "verify-genuine")
    page.goto(server_url + f"/verify?qr=KENSE1|x|S|{number}v|2026-11-30|ABCDEFGHJK&lang=ru")
    assert "Аннулирована" in page.inner_text("#outcome")
    page.goto(server_url + f"/verify?number={number}&check=ABCDEFGHJM&lang=ky")
    assert "табылган жок" in page.inner_text("#outcome") and "Асанова" not in page.content()
    _shot(page, "verify-unknown")
