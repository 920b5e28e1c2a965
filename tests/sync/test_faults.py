"""Faults of a rural link (bench/fault_proxy.py between client and district server) and of the
server itself. Across all: nothing lost, nothing doubled, files byte-identical, resumed where it broke."""

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
from app.sync.spool import Spool
from bench.fault_proxy import FaultProxy
from tests.sync.conftest import District
from tests.sync.helpers import all_arrived, letters, until_done


@pytest.fixture
def proxy(district: District) -> Iterator[FaultProxy]:
    with FaultProxy(district.port or 0) as p:
        yield p


@pytest.fixture
def via_proxy(admin_session: Session, district: District, proxy: FaultProxy) -> Session:
    service.enrol(admin_session, proxy.url, district.code())
    return admin_session


def test_cut_every_few_hundred_kilobytes_resumes_mid_file(via_proxy: Session, district: District,
                                                         proxy: FaultProxy, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    ids = letters(via_proxy, folder, 60, file_every=20, file_size=5 * CHUNK_SIZE + 1234)
    with Spool.for_profile(via_proxy.profile.root) as spool:
        total_chunks = sum(spool.chunk_count(sha) for sha, _ in spool.files_to_send())
    assert total_chunks == 18
    proxy.configure(cut_every=700_000)
    reports = until_done(via_proxy)
    assert proxy.stats.cuts >= 3
    all_arrived(via_proxy, district.report(), folder, ids)
    # resumed, not restarted: each cut costs at most the chunk that was on the wire
    assert sum(r.chunks_sent for r in reports) == total_chunks
    assert sum(r.chunk_attempts for r in reports) <= total_chunks + proxy.stats.cuts


def test_server_killed_and_restarted_mid_run(via_proxy: Session, district: District, proxy: FaultProxy,
                                             tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    ids = letters(via_proxy, folder, 20, file_every=10, file_size=12 * CHUNK_SIZE)
    proxy.configure(bandwidth=2_000_000)   # slow enough to kill it in the middle
    result: list[service.RunReport] = []
    runner = threading.Thread(target=lambda: result.append(
        service.send_locked(via_proxy.profile.root, via_proxy.db_id, via_proxy.profile.secrets, stall_seconds=5)))
    runner.start()
    deadline = time.monotonic() + 60
    while proxy.stats.up < 1_000_000 and time.monotonic() < deadline:
        time.sleep(0.02)
    district.stop()
    runner.join(60)
    assert result and result[0].reason in ("offline", "stalled", "server_unavailable")
    assert result[0].pending > 0
    district.start()
    proxy.configure(bandwidth=None)
    until_done(via_proxy)
    all_arrived(via_proxy, district.report(), folder, ids)


def test_server_dies_after_storing_a_chunk_before_the_receipt(via_proxy: Session, district: District,
                                                              tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    ids = letters(via_proxy, folder, 3, file_every=1, file_size=3 * CHUNK_SIZE + 7)
    district.stop()
    district.start("--die-after-chunks", "4")
    first = service.run_now(via_proxy, stall_seconds=5)
    assert first.reason in ("offline", "stalled", "server_unavailable")
    assert district.wait_exit() == 17
    district.start()
    until_done(via_proxy)
    all_arrived(via_proxy, district.report(), folder, ids)


def test_captive_portal_is_not_success(via_proxy: Session, district: District, proxy: FaultProxy) -> None:
    register.register(via_proxy, kind="internal", subject="Буйрук")
    proxy.configure(portal=True)
    report = service.run_now(via_proxy)
    assert report.reason == "captive_portal"
    assert report.pending > 0 and report.sent == 0
    assert outbox.counts(via_proxy.conn)[outbox.SYNCED] == 0
    assert district.report()["records"] == 0
    proxy.configure(portal=False)
    assert until_done(via_proxy)[-1].reason is None
    assert outbox.counts(via_proxy.conn)[outbox.UPLOADING] == 0


def test_a_stalled_link_is_given_up_by_the_stall_timeout(via_proxy: Session, proxy: FaultProxy) -> None:
    register.register(via_proxy, kind="internal", subject="Буйрук")
    proxy.configure(stall_chance=1.0, stall_seconds=30)
    started = time.monotonic()
    report = service.run_now(via_proxy, stall_seconds=1.5)
    assert report.reason == "stalled"
    assert time.monotonic() - started < 20
    proxy.configure(stall_chance=0.0)
    assert until_done(via_proxy)[-1].reason is None


def test_slow_link_with_latency_still_delivers(via_proxy: Session, district: District, proxy: FaultProxy,
                                               tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    ids = letters(via_proxy, folder, 5, file_every=5, file_size=CHUNK_SIZE // 2)
    proxy.configure(bandwidth=200_000, rtt=0.2)
    until_done(via_proxy)
    all_arrived(via_proxy, district.report(), folder, ids)
