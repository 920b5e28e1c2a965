"""The whole path against a district server process: commit -> seal -> send -> answers -> outbox."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.documents import register
from app.security.session import Session
from app.sync import outbox, service
from tests.sync.conftest import District


def _states(session: Session) -> dict[str, int]:
    return {k: v for k, v in outbox.counts(session.conn).items() if v}


def test_registered_letter_with_file_reaches_the_district(enrolled: Session, district: District,
                                                         tmp_path: Path) -> None:
    scan = tmp_path / "хат.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 3000)   # 768 KiB: three chunks
    reg = register.register(enrolled, kind="incoming", subject="Окуу жылынын башталышы жөнүндө",
                            correspondent="Нарын районунун билим берүү бөлүмү", their_number="12-3/45",
                            their_date="2026-11-30", files=[scan])
    # sealed right after its commit: nothing pending, all on the way
    assert _states(enrolled).get(outbox.PENDING, 0) == 0
    report = service.run_now(enrolled)
    assert report.reason is None, report
    assert report.pending == 0
    assert set(_states(enrolled)) == {outbox.SYNCED}
    got = district.report()
    assert got["duplicates"] == 0
    key = f"document_version:{reg.id}:1"
    assert key in got["record_ids"]
    data = got["data"][key]
    assert data["subject"] == "Окуу жылынын башталышы жөнүндө"
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert data["files"] == [{"sha256": sha, "size": scan.stat().st_size, "name": "хат.pdf"}]
    assert got["files"][sha]["complete"] and got["files"][sha]["stored_sha256"] == sha


def test_quiet_rerun_is_one_round_trip(enrolled: Session, district: District) -> None:
    register.register(enrolled, kind="internal", subject="Педкеңеш")
    service.run_now(enrolled)
    again = service.run_now(enrolled)
    assert again.reason is None and again.pending == 0
    assert again.requests <= 2 and again.bytes_sent <= 2048
