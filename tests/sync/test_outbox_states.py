"""The outbox state machine against a district server process: revisions, per-record results,
stops, locked sending, receipts at the next sign-in, restore of an older database, unenrol."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.documents import register
from app.documents.outbox import enqueue
from app.security.session import Session
from app.sync import outbox, sealing, service
from app.sync.spool import DONE, Spool
from db.transaction import write_transaction
from tests.conftest import ProfileFixture
from tests.sync.conftest import District


def _row_for(session: Session, record_id: str) -> outbox.OutboxRow:
    rows = [r for r in outbox.rows(session.conn) if r.record_id == record_id]
    assert len(rows) == 1
    return rows[0]


def test_sealed_right_after_commit_and_synced_only_on_confirmation(enrolled: Session) -> None:
    reg = register.register(enrolled, kind="internal", subject="Мугалимдердин кеңешмеси")
    row = _row_for(enrolled, reg.id)
    assert row.state == outbox.UPLOADING and row.sealed_revision == row.revision and row.synced_at is None
    service.run_now(enrolled)
    row = _row_for(enrolled, reg.id)
    assert row.state == outbox.SYNCED and row.synced_at is not None


def test_an_edit_while_uploading_goes_back_to_pending_and_the_old_reply_does_not_land(enrolled: Session) -> None:
    reg = register.register(enrolled, kind="internal", subject="Педкеңеш")
    first = _row_for(enrolled, reg.id)
    with Spool.for_profile(enrolled.profile.root) as spool:
        spool.mark_sending([first.client_id])
        # queued again while its first revision is on the way (an edit, a re-seal) ...
        with write_transaction(enrolled.conn):
            enqueue(enrolled.conn, "document", reg.id, 1)
        row = _row_for(enrolled, reg.id)
        assert row.state == outbox.PENDING and row.revision == first.revision + 1
        # ... then the server's answer to the first revision comes in
        spool.record_results([(first.client_id, "ok", "")])
        sealing.reconcile(enrolled.conn, spool)
    row = _row_for(enrolled, reg.id)
    assert row.state != outbox.SYNCED and row.revision == first.revision + 1
    service.run_now(enrolled)
    assert _row_for(enrolled, reg.id).state == outbox.SYNCED


def test_one_bad_record_does_not_block_the_queue_and_keeps_the_servers_message(enrolled: Session,
                                                                              district: District) -> None:
    good = [register.register(enrolled, kind="internal", subject=f"Буйрук {i}").id for i in range(5)]
    bad = register.register(enrolled, kind="internal", subject="Бузулган").id
    bad_row = _row_for(enrolled, bad)
    with Spool.for_profile(enrolled.profile.root) as spool, spool.transaction() as db:
        sealed = bytearray(db.execute("SELECT sealed FROM item WHERE client_id = ?",
                                      (bad_row.client_id,)).fetchone()[0])
        sealed[-1] ^= 1   # damaged: the server cannot open it
        db.execute("UPDATE item SET sealed = ? WHERE client_id = ?", (bytes(sealed), bad_row.client_id))
    report = service.run_now(enrolled)
    assert report.failed == 1 and report.pending == 0
    for rid in good:
        assert _row_for(enrolled, rid).state == outbox.SYNCED
    failed = _row_for(enrolled, bad)
    assert failed.state == outbox.ERROR and failed.result == "invalid" and "open" in (failed.last_error or "")
    # not retried by itself ...
    service.run_now(enrolled)
    assert _row_for(enrolled, bad).state == outbox.ERROR
    # ... but by a person: sealed anew and accepted
    assert service.retry(enrolled, failed.id) == 1
    service.run_now(enrolled)
    assert _row_for(enrolled, bad).state == outbox.SYNCED
    assert district.report()["duplicates"] == 0


def test_revoked_device_stops_the_run_and_deletes_nothing(enrolled: Session, district: District) -> None:
    reg = register.register(enrolled, kind="internal", subject="Буйрук")
    district.revoke()
    report = service.run_now(enrolled)
    assert report.reason == "device_revoked" and report.stopped
    assert _row_for(enrolled, reg.id).state == outbox.UPLOADING
    st = service.status(enrolled.profile.root, enrolled)
    assert st.stopped == "device_revoked" and st.to_json()["pending"] >= 1
    # re-enrolment with a fresh code: everything unsynced goes
    service.enrol(enrolled, district.url, district.code())
    assert service.run_now(enrolled).reason is None
    assert _row_for(enrolled, reg.id).state == outbox.SYNCED


def test_wrong_server_at_the_enrolled_address_stops_and_sends_nothing(enrolled: Session, district: District,
                                                                      tmp_path: Path) -> None:
    register.register(enrolled, kind="internal", subject="Буйрук")
    district.stop()
    # it even knows this device's token (a copy of the district's state), but not the district's key
    shutil.copytree(district.state, tmp_path / "impostor")
    (tmp_path / "impostor" / "server.key").unlink()
    impostor = District(tmp_path / "impostor")
    impostor.port = district.port
    impostor.start()
    try:
        report = service.run_now(enrolled)
        assert report.reason == "wrong_server" and report.stopped
        assert impostor.report()["received"] == 0
    finally:
        impostor.stop()


def test_sending_works_while_locked_and_answers_land_at_the_next_sign_in(school: ProfileFixture,
                                                                        enrolled: Session) -> None:
    reg = register.register(enrolled, kind="outgoing", subject="Отчёт", correspondent="Район")
    enrolled.lock()
    profile = school.profile
    report = service.send_locked(profile.root, profile.db_id, profile.secrets)
    assert report.reason is None and report.sent >= 1 and report.pending == 0
    with Spool.for_profile(profile.root) as spool:
        assert any(i.record_id == reg.id and i.result == "ok" for i in spool.items(DONE))
    enrolled.unlock(school.admin_password)
    assert _row_for(enrolled, reg.id).state == outbox.SYNCED
    with Spool.for_profile(profile.root) as spool:
        assert not spool.items(DONE)


def test_spool_holds_nothing_readable(enrolled: Session, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    marker = "ЖАШЫРУУН-МАЗМУН-7731"
    scan.write_bytes(("%PDF " + marker * 2000).encode())
    register.register(enrolled, kind="incoming", subject=marker, correspondent=marker, files=[scan])
    folder = enrolled.profile.root / "sync"
    for f in folder.iterdir():
        raw = f.read_bytes()
        assert marker.encode() not in raw and marker.encode("utf-16-le") not in raw, f.name


def test_restore_of_an_older_database_is_reconciled_with_the_server(school: ProfileFixture, enrolled: Session,
                                                                     district: District, tmp_path: Path) -> None:
    early = register.register(enrolled, kind="internal", subject="Эрте").id
    service.run_now(enrolled)
    enrolled.close()
    old_copy = tmp_path / "older.db"
    shutil.copy2(school.profile.db_path, old_copy)   # the older backup: "early" synced
    session = school.sign_in()
    later = register.register(session, kind="internal", subject="Кечки").id
    unsent = register.register(session, kind="internal", subject="Жөнөтүлбөгөн").id
    service.run_now(session)
    session.close()
    # restored after "later" was sent: the copy knows nothing of it; then one more entry that waits
    shutil.copy2(old_copy, school.profile.db_path)
    session = school.sign_in()
    try:
        again = register.register(session, kind="internal", subject="Калыбына келгенден кийин").id
        report = service.run_now(session)
        assert report.reason is None and report.pending == 0
        states = {r.record_id: r.state for r in outbox.rows(session.conn)}
        assert states[early] == outbox.SYNCED and states[again] == outbox.SYNCED
        assert later not in states and unsent not in states   # the copy never had them: not sync's to lose
        got = district.report()
        assert got["duplicates"] == 0
        for rid in (early, later, unsent, again):
            assert f"document_version:{rid}:1" in got["record_ids"]
    finally:
        session.close()


def test_unenrol_keeps_every_unsynced_row_for_the_next_server(enrolled: Session, tmp_path: Path) -> None:
    ids = [register.register(enrolled, kind="internal", subject=f"Буйрук {i}").id for i in range(3)]
    result = service.unenrol(enrolled)
    assert result["kept_unsynced"] >= 3
    for rid in ids:
        assert _row_for(enrolled, rid).state == outbox.PENDING
    with pytest.raises(Exception, match="never deleted"), write_transaction(enrolled.conn):
        enrolled.conn.execute("DELETE FROM sync_outbox")
    other = District(tmp_path / "other-district").start()
    try:
        service.enrol(enrolled, other.url, other.code())
        assert service.run_now(enrolled).reason is None
        got = other.report()
        for rid in ids:
            assert f"document_version:{rid}:1" in got["record_ids"]
    finally:
        other.stop()


def test_token_rotation_asked_by_the_server(enrolled: Session, district: District) -> None:
    from app.sync import credentials

    before = credentials.read(enrolled.profile.secrets, enrolled.db_id)
    district.ask_rotation()
    register.register(enrolled, kind="internal", subject="Буйрук")
    assert service.run_now(enrolled).reason is None
    after = credentials.read(enrolled.profile.secrets, enrolled.db_id)
    assert before and after and after.token != before.token
    register.register(enrolled, kind="internal", subject="Дагы")
    assert service.run_now(enrolled).reason is None


def test_a_damaged_spool_is_set_aside_and_nothing_is_lost(enrolled: Session, district: District) -> None:
    ids = [register.register(enrolled, kind="internal", subject=f"Буйрук {i}").id for i in range(3)]
    spool_file = enrolled.profile.root / "sync" / "spool.sqlite"
    for part in spool_file.parent.glob("spool.sqlite*"):
        part.unlink()
    spool_file.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)   # garbage where the spool was
    report = service.run_now(enrolled)
    assert report.reason is None and report.pending == 0
    for rid in ids:
        assert _row_for(enrolled, rid).state == outbox.SYNCED
    assert list(spool_file.parent.glob("spool.damaged-*"))
    assert district.report()["duplicates"] == 0


def test_an_edited_spool_cannot_send_the_token_elsewhere(enrolled: Session, district: District,
                                                         tmp_path: Path) -> None:
    register.register(enrolled, kind="internal", subject="Буйрук")
    elsewhere = District(tmp_path / "elsewhere").start()
    try:
        with Spool.for_profile(enrolled.profile.root) as spool:
            spool.set(server_url=elsewhere.url, server_id="kds1-" + "0" * 32)
        assert service.run_now(enrolled).reason is None
        assert elsewhere.report()["received"] == 0
        assert district.report()["records"] >= 1
    finally:
        elsewhere.stop()
