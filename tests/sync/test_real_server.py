"""End to end against the real district server (server/ on a real PostgreSQL), through the fault
proxy: what the school registers arrives once, whole and byte-identical, whatever the link does."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.documents import register
from app.security.session import Session
from app.sync import outbox, service
from app.sync.protocol import CHUNK_SIZE
from bench.fault_proxy import FaultProxy
from tests.sync.helpers import all_arrived, letters, until_done
from tests.sync.real_server import RealDistrict, new_database


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    from server.throwaway import Cluster

    with Cluster() as c:
        yield c


@pytest.fixture
def real(cluster: object) -> Iterator[RealDistrict]:
    d = RealDistrict(new_database(cluster)).start()
    yield d
    d.stop()


@pytest.fixture
def proxy(real: RealDistrict) -> Iterator[FaultProxy]:
    with FaultProxy(real.port) as p:
        yield p


@pytest.fixture
def school(admin_session: Session, real: RealDistrict, proxy: FaultProxy) -> Session:
    service.enrol(admin_session, proxy.url, real.code(), device_name="Канцелярия-ПК")
    return admin_session


def _all_there(session: Session, real: RealDistrict, folder: Path, ids: list[str]) -> dict:
    got = real.report()
    all_arrived(session, got, folder, ids)
    assert got["documents"]["count"] == len(ids)
    assert got["events"]["count"] >= 2 * len(ids)       # registered + executed
    assert got["files"]["incomplete"] == 0
    return got


def test_letters_with_files_reach_the_real_server_through_cuts(school: Session, real: RealDistrict,
                                                              proxy: FaultProxy, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    ids = letters(school, folder, 30, file_every=10, file_size=4 * CHUNK_SIZE + 99, executed=True)
    proxy.configure(cut_every=600_000, rtt=0.05)
    until_done(school, stall_seconds=10)
    assert proxy.stats.cuts >= 2
    got = _all_there(school, real, folder, ids)
    assert got["last_checkpoint"] is not None and got["open_alerts"] == 0
    # a quiet re-run: the health call only
    before = proxy.stats.up + proxy.stats.down
    quiet = service.send_locked(school.profile.root, school.db_id, school.profile.secrets)
    assert quiet.requests == 1 and quiet.pending == 0
    assert proxy.stats.up + proxy.stats.down - before <= 2048


def test_real_server_killed_and_restarted_mid_run(school: Session, real: RealDistrict, proxy: FaultProxy,
                                                   tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    ids = letters(school, folder, 10, file_every=5, file_size=10 * CHUNK_SIZE, executed=True)
    proxy.configure(bandwidth=1_500_000)
    result: list[service.RunReport] = []
    t = threading.Thread(target=lambda: result.append(
        service.send_locked(school.profile.root, school.db_id, school.profile.secrets, stall_seconds=5)))
    t.start()
    deadline = time.monotonic() + 60
    while proxy.stats.up < 1_500_000 and time.monotonic() < deadline:
        time.sleep(0.02)
    real.stop()
    t.join(90)
    assert result and result[0].reason in ("offline", "stalled", "server_unavailable") and result[0].pending > 0
    real.start()
    proxy.configure(bandwidth=None)
    until_done(school, stall_seconds=10)
    _all_there(school, real, folder, ids)


def test_captive_portal_and_revocation_against_the_real_server(school: Session, real: RealDistrict,
                                                               proxy: FaultProxy) -> None:
    reg = register.register(school, kind="internal", subject="Буйрук")
    proxy.configure(portal=True)
    assert service.run_now(school).reason == "captive_portal"
    assert real.report()["documents"]["count"] == 0
    proxy.configure(portal=False)
    real.revoke()
    report = service.run_now(school)
    assert report.reason == "device_revoked" and report.stopped
    assert [r.state for r in outbox.rows(school.conn) if r.record_id == reg.id] == [outbox.UPLOADING]
    service.enrol(school, proxy.url, real.code())
    until_done(school, stall_seconds=10)
    assert f"document_version:{reg.id}:1" in real.report()["record_ids"]
