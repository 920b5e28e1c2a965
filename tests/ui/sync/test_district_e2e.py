"""What the secretary and the district would do: register letters with scans in the window, the
network goes, she signs out, the network comes back, and the district's web page lists the letters."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.sync import service
from bench.fault_proxy import FaultProxy
from tests.conftest import ADMIN_PASSWORD, create_profile
from tests.sync.real_server import SCHOOL, RealDistrict, new_database
from tests.ui.conftest import sign_in

WEB_PASSWORD = "Naryn-District-2026"


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    from server.throwaway import Cluster

    with Cluster() as c:
        yield c


@pytest.fixture
def real(cluster: object) -> Iterator[RealDistrict]:
    d = RealDistrict(new_database(cluster))
    d.add_admin("naryn.admin", WEB_PASSWORD)
    d.start()
    yield d
    d.stop()


def _register_in_the_dialog(qtbot, shell, subject: str, scan: Path) -> str:
    section = shell.workspace.open_section("documents")
    dialog = section.open_register_dialog(modal=False)
    dialog.series.setCurrentIndex(dialog.series.findData("incoming"))
    dialog.correspondent.setEditText("Нарын районунун билим берүү бөлүмү")
    dialog.their_number.setText(subject[-6:])
    dialog.their_date.setText("01.12.2026")
    dialog.subject.setText(subject)
    dialog.files = [scan]
    dialog.submit()
    assert dialog.result_id, dialog.general_error.text()
    return dialog.result_id


def test_letters_reach_the_districts_web_page_after_the_network_comes_back(qtbot, make_shell, tmp_path: Path,
                                                                          file_keyring, real: RealDistrict) -> None:
    with FaultProxy(real.port) as proxy:
        school = create_profile(tmp_path / "profile", file_keyring)
        admin = school.sign_in()
        service.enrol(admin, proxy.url, real.code())
        admin.close()
        shell = make_shell(tmp_path / "profile", lang="ky")
        sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
        qtbot.waitUntil(lambda: not shell.sync.running and shell.sync.last_report is not None, timeout=30_000)
        proxy.configure(offline=True)   # the network goes
        subjects = [f"Кышкы каникул жөнүндө №{i} 02-{i:03d}" for i in range(3)]
        for i, subject in enumerate(subjects):
            scan = tmp_path / f"скан-{i}.pdf"
            scan.write_bytes(b"%PDF-1.4\n" + os.urandom(400_000))
            _register_in_the_dialog(qtbot, shell, subject, scan)
        shell.sync.kick("now")
        qtbot.waitUntil(lambda: not shell.sync.running, timeout=30_000)
        assert shell.sync.last_report.reason in ("offline", "stalled") and shell.sync.last_report.pending > 0
        shell.switch_user()              # she signs out: the sign-in screen, nobody's key in memory
        assert shell.session is None or shell.session.state.value != "active"
        proxy.configure(offline=False)   # the network comes back
        assert shell.sync.kick("network")
        qtbot.waitUntil(lambda: not shell.sync.running, timeout=60_000)
        assert shell.sync.last_report.reason is None and shell.sync.last_report.pending == 0
        # the district's page, as its administrator sees it
        with httpx.Client(base_url=real.url, follow_redirects=True, timeout=30) as web:
            page = web.post("/login", data={"login": "naryn.admin", "password": WEB_PASSWORD})
            assert page.status_code == 200
            listing = web.get(f"/schools/{SCHOOL}", params={"tab": "documents"}).text
            for subject in subjects:
                assert subject in listing
            doc_link = re.search(rf'/schools/{SCHOOL}/documents/[0-9a-f-]+', listing)
            assert doc_link is not None
            card = web.get(doc_link.group(0)).text
            file_link = re.search(rf"/schools/{SCHOOL}/files/[0-9a-f]{{64}}", card)
            assert file_link is not None
            downloaded = web.get(file_link.group(0)).content
            assert downloaded in [(tmp_path / f"скан-{i}.pdf").read_bytes() for i in range(3)]   # byte-identical
