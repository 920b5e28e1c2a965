"""A lock in the middle of every background operation, in the real shell (pytest-qt, real SQLCipher,
real keyring): the work is held at a point inside it (``tests.ui.background.Hold``), the session locks,
and then — no task left running, no connection open, no copy of the data key reachable, nothing half
written, nothing committed before the lock lost (an audited reveal), the open form's draft offered back
after unlock — and the same operation, run again after unlock, completes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo import DemoOptions
from app.people import classes, demo_data, pupils
from app.security.session import SessionState
from tests.ui.background import Hold, assert_nothing_left, key_fingerprint, wait_idle
from tests.ui.conftest import sign_in
from tests.ui.people.test_import_rollover import write_book
from ui.tasks import Place

PASSWORD = "Tuura-Syrsoz-2026"
DRAFT = "Черновиков-жазылбаган"


@pytest.fixture
def shell(demo_shell):
    return demo_shell(60)


def pupil_count(shell) -> int:
    return shell.session.conn.execute("SELECT count(*) FROM pupil").fetchone()[0]


def reveals(shell) -> int:
    return shell.session.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'person.reveal'").fetchone()[0]


def prepare(shell) -> int:
    """Before the work starts: a half-typed record form (a draft to keep) and an audited reveal (a commit
    that must survive). Returns the number of reveals recorded."""
    section = shell.workspace.open_section("pupils")
    form = section.open_new({"surname": DRAFT})
    assert form.isVisible() and form.has_input()
    row = section.model.row_data(0)
    shell.session.audit_now("person.reveal", "pupil", row["id"], {"field": "pin"})
    return reveals(shell)


def lock_midway(qtbot, shell, hold: Hold, where: str, *, on_worker_connection: bool = True) -> int:
    """Lock while the work is held; returns the reveals committed at that moment (all must survive)."""
    try:
        qtbot.waitUntil(hold.reached.is_set, timeout=60000)
        assert hold.where.startswith(where), hold.where
        fingerprint = key_fingerprint(shell.session)
        if on_worker_connection:                           # the worker's connection is open right now
            assert shell.session.open_connections() == 2
        committed = reveals(shell)
        shell.request_lock("manual")
        assert shell.session.state is SessionState.LOCKED
        assert shell.session.open_connections() == 0       # all stopped by the lock; each worker closes its own
    finally:
        hold.release()                                     # the worker resumes on a closed connection
    assert_nothing_left(qtbot, shell.session, fingerprint)
    return committed


def unlock_and_restore(qtbot, shell, kept: int, committed: int) -> None:
    sign_in(qtbot, shell, "admin", PASSWORD)
    assert shell.session.state is SessionState.ACTIVE
    assert reveals(shell) == committed >= kept             # every reveal committed before the lock: kept
    workspace = shell.workspace
    assert workspace.draft_frame.isVisibleTo(shell.window)
    workspace.restore_button.click()
    forms = workspace.sections["pupils"].forms()
    assert [f.values()["surname"] for f in forms] == [DRAFT]


# ------------------------------------------------------------------------------ import
def _checked_import(qtbot, shell, book: Path):
    section = shell.workspace.open_section("pupils")
    dialog = section.open_import()
    dialog.choose_file(book)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done and bool(dialog.combos), timeout=30000)
    dialog.start_check()
    qtbot.waitUntil(lambda: dialog.task.done and dialog.report is not None, timeout=60000)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    return dialog


def test_lock_during_import_writes_nothing_and_the_import_runs_again(qtbot, shell, monkeypatch, tmp_path):
    rows = [[f"Токтосунов{chr(0x430 + i % 32)}", f"Азамат{i}", "", "э", "01.03.2014", "7-В", ""] for i in range(600)]
    book = write_book(tmp_path / "big.xlsx", rows)
    kept = prepare(shell)
    before = pupil_count(shell)
    dialog = _checked_import(qtbot, shell, book)
    with monkeypatch.context() as patch:
        hold = Hold().at_progress(patch, place=Place.DB, when=lambda done, total, text: text == "write" and done > 0)
        dialog.start_import()                              # 250 pupils inserted when it holds
        committed = lock_midway(qtbot, shell, hold, "progress write")
    unlock_and_restore(qtbot, shell, kept, committed)
    assert pupil_count(shell) == before                    # nothing of the interrupted import
    assert classes.find_class(shell.session.conn, "7-В") is None

    dialog = _checked_import(qtbot, shell, book)
    with qtbot.waitSignal(dialog.imported, timeout=120000):
        dialog.start_import()
    assert pupil_count(shell) == before + 600
    wait_idle(qtbot)


# ------------------------------------------------------------------------------ rollover
def _wizard(shell):
    wizard = shell.workspace.open_section("pupils").open_rollover()
    current = classes.current_year(shell.session.conn)
    wizard.year.setText(f"{int(current[:4]) + 1}/{int(current[:4]) + 2}")
    return wizard, current


def test_lock_during_rollover_preview_and_then_the_preview_runs(qtbot, shell, monkeypatch):
    kept = prepare(shell)
    wizard, _ = _wizard(shell)
    with monkeypatch.context() as patch:
        hold = Hold().at_statement(patch, after=50)        # inside a query of the plan
        wizard.preview()
        committed = lock_midway(qtbot, shell, hold, "statement")
    unlock_and_restore(qtbot, shell, kept, committed)
    wizard, _ = _wizard(shell)
    with qtbot.waitSignal(wizard.previewed, timeout=60000) as shown:
        wizard.preview()
    assert shown.args[0] is not None and wizard.commit_button.isEnabled()


def test_lock_during_rollover_commit_changes_no_year_and_it_commits_after(qtbot, shell, monkeypatch):
    kept = prepare(shell)
    wizard, current = _wizard(shell)
    with qtbot.waitSignal(wizard.previewed, timeout=60000):
        wizard.preview()
    wizard.order.setText("112-к")
    enrolled = pupils.pupil_ids(shell.session)
    with monkeypatch.context() as patch:
        hold = Hold().at_audit(patch, "year.rollover")     # every pupil moved, not yet committed
        wizard.commit()
        committed = lock_midway(qtbot, shell, hold, "audit year.rollover")
    unlock_and_restore(qtbot, shell, kept, committed)
    assert classes.current_year(shell.session.conn) == current
    assert pupils.pupil_ids(shell.session) == enrolled
    moved = shell.session.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'year.rollover'").fetchone()[0]
    assert moved == 0

    wizard, current = _wizard(shell)
    with qtbot.waitSignal(wizard.previewed, timeout=60000):
        wizard.preview()
    wizard.order.setText("112-к")
    with qtbot.waitSignal(wizard.committed, timeout=60000):
        wizard.commit()
    assert classes.current_year(shell.session.conn) != current


# ------------------------------------------------------------------------------ the day's whole-file check
def test_lock_interrupts_the_whole_file_check_which_stays_due(qtbot, school, make_shell, monkeypatch):
    session = school.sign_in()
    demo_data.fill(session, DemoOptions(pupils=200))
    session.close()
    with school.profile.locked_envelope() as envelope:
        envelope.set_integrity_checked_at(None)            # due
    with monkeypatch.context() as patch:
        hold = Hold().at_statement(patch, after=200)       # inside PRAGMA quick_check
        shell = make_shell(school.profile.root)
        sign_in(qtbot, shell, "admin", PASSWORD)
        kept = prepare(shell)
        task = shell.full_check_task
        assert task is not None
        committed = lock_midway(qtbot, shell, hold, "statement")
    assert task.done and task.discarded
    assert school.profile.load_envelope().integrity_checked_at() is None   # interrupted: still due, no finding
    unlock_and_restore(qtbot, shell, kept, committed)
    assert "database" not in shell.session.notices.integrity_problems
    shell._start_full_check(shell.session)                 # what the next sign-in does
    qtbot.waitUntil(lambda: shell.full_check_task.done, timeout=60000)
    assert school.profile.load_envelope().integrity_checked_at() is not None
    assert "database" not in shell.session.notices.integrity_problems


# ------------------------------------------------------------------------------ the checks themselves
def test_the_checks_see_a_key_copy_and_an_open_connection(qtbot, shell):
    """The detectors above can fail: a copy of the key, as bytes or as a PRAGMA text, and a connection
    someone kept, are all found."""
    from db.connection import open_database
    from tests.ui.background import key_copies, open_database_connections

    session = shell.session
    fingerprint = key_fingerprint(session)
    kept = [bytes(bytearray(session.dek))]                     # a fresh copy, not the session's own object
    assert "list" in key_copies(fingerprint)
    kept = [f"PRAGMA key = \"x'{session.dek.hex()}'\""]
    assert "list" in key_copies(fingerprint)
    kept.clear()
    before = open_database_connections()
    held = [open_database(session.profile.db_path, session.dek)]
    assert open_database_connections() == before + 1
    held[0].close()
    assert open_database_connections() == before


# ------------------------------------------------------------------------------ certificate batch, class lists
def _batch(shell, kind: str, target: Path):
    from ui.certificates.batch_dialog import CLASS_CERTIFICATES

    dialog = shell.workspace.open_section("certificates").open_batch(kind)
    if kind == CLASS_CERTIFICATES:
        dialog.klass.setCurrentIndex(next(i for i in range(dialog.klass.count())
                                          if not dialog.klass.itemText(i).endswith("(0)")))
    dialog.ask_save_path = lambda *_: target
    results: list[bool] = []
    dialog.finishedWork.connect(results.append)
    return dialog, results


def certificates(shell) -> int:
    return shell.session.conn.execute("SELECT count(*) FROM certificate").fetchone()[0]


def prints(shell) -> int:
    return shell.session.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'print'").fetchone()[0]


@pytest.mark.parametrize("phase", ["render", "write"])
def test_lock_during_a_class_batch_issues_nothing_and_the_batch_runs_again(qtbot, shell, monkeypatch, tmp_path,
                                                                           phase):
    from ui.certificates.batch_dialog import CLASS_CERTIFICATES

    kept = prepare(shell)
    target = tmp_path / "class.pdf"
    dialog, _ = _batch(shell, CLASS_CERTIFICATES, target)
    with monkeypatch.context() as patch:
        if phase == "render":    # numbered, rendering on the pool, nothing written
            hold = Hold().at_progress(patch, place=Place.POOL)
        else:                    # inside the register's write transaction, every row inserted
            hold = Hold().at_audit(patch, "certificate.issue")
        assert dialog.start()
        committed = lock_midway(qtbot, shell, hold, "progress" if phase == "render" else "audit certificate.issue",
                    on_worker_connection=phase == "write")
    unlock_and_restore(qtbot, shell, kept, committed)
    assert certificates(shell) == 0 and not target.exists()

    dialog, results = _batch(shell, CLASS_CERTIFICATES, target)
    assert dialog.start()
    qtbot.waitUntil(lambda: bool(results), timeout=120000)
    assert results == [True], dialog.error.text()
    assert certificates(shell) > 0 and target.read_bytes()[:5] == b"%PDF-"
    wait_idle(qtbot)


def test_lock_during_the_class_lists_batch_and_then_they_print(qtbot, shell, monkeypatch, tmp_path):
    from ui.certificates.batch_dialog import CLASS_LISTS

    kept = prepare(shell)
    printed = prints(shell)
    target = tmp_path / "lists.pdf"
    dialog, _ = _batch(shell, CLASS_LISTS, target)
    with monkeypatch.context() as patch:
        hold = Hold().at_progress(patch, place=Place.DB, after=3)    # three classes read
        assert dialog.start()
        committed = lock_midway(qtbot, shell, hold, "progress")
    unlock_and_restore(qtbot, shell, kept, committed)
    assert prints(shell) == printed and not target.exists()
    dialog, results = _batch(shell, CLASS_LISTS, target)
    assert dialog.start()
    qtbot.waitUntil(lambda: bool(results), timeout=120000)
    assert results == [True] and prints(shell) == printed + 1 and target.exists()
    wait_idle(qtbot)


# ------------------------------------------------------------------------------ attachments
def _document(school) -> str:
    from app.documents import register as reg

    session = school.sign_in()
    try:
        return reg.register(session, kind="incoming", subject="Окуу жылы боюнча маалымат",
                            correspondent="Ак-Суу райондук билим берүү бөлүмү", their_number="A-1",
                            their_date="2025-09-01").id
    finally:
        session.close()


def _card(shell, doc_id: str):
    section = shell.workspace.open_section("documents")
    section.open_document(doc_id)
    return section.card


def attachments(shell) -> int:
    return shell.session.conn.execute("SELECT count(*) FROM attachment").fetchone()[0]


def test_lock_during_an_upload_rolls_it_back_and_it_uploads_after(qtbot, school, make_shell, monkeypatch, tmp_path):
    import os

    doc_id = _document(school)
    session = school.sign_in()
    demo_data.fill(session, DemoOptions(pupils=20))
    session.close()
    shell = make_shell(school.profile.root)
    sign_in(qtbot, shell, "admin", PASSWORD)
    kept = prepare(shell)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4 * 1024 * 1024))
    card = _card(shell, doc_id)
    with monkeypatch.context() as patch:
        # the second pass (storing, inside the write transaction) is half done
        hold = Hold().at_progress(patch, place=Place.DB, when=lambda done, total, _t: done > total * 3 // 4)
        assert card.attach_files([scan]) is not None
        committed = lock_midway(qtbot, shell, hold, "progress")
    unlock_and_restore(qtbot, shell, kept, committed)
    assert attachments(shell) == 0
    assert shell.session.conn.execute("SELECT count(*) FROM blob_chunk").fetchone()[0] == 0
    card = _card(shell, doc_id)
    task = card.attach_files([scan])
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    qtbot.waitUntil(lambda: card.files.count() == 1, timeout=10000)
    assert attachments(shell) == 1


def test_lock_while_saving_copies_of_the_files_leaves_no_copy_and_they_save_after(qtbot, school, make_shell,
                                                                                 monkeypatch, tmp_path):
    import os

    scan = tmp_path / "scan.tiff"
    scan.write_bytes(b"II*\x00" + os.urandom(3 * 1024 * 1024))
    letter = tmp_path / "кат.pdf"
    letter.write_bytes(b"%PDF-1.4\n" + os.urandom(4000))
    session = school.sign_in()
    from app.documents import register as reg

    doc_id = reg.register(session, kind="incoming", subject="Эки файл", files=[letter, scan]).id
    demo_data.fill(session, DemoOptions(pupils=20))
    session.close()
    shell = make_shell(school.profile.root)
    sign_in(qtbot, shell, "admin", PASSWORD)
    kept = prepare(shell)
    out = tmp_path / "copies"
    out.mkdir()
    card = _card(shell, doc_id)
    with monkeypatch.context() as patch:
        # the letter is saved whole, the scan is on its way
        hold = Hold().at_progress(patch, place=Place.DB, when=lambda done, total, _t: done > letter.stat().st_size)
        assert card.export_files(out) is not None
        committed = lock_midway(qtbot, shell, hold, "progress")
    unlock_and_restore(qtbot, shell, kept, committed)
    assert list(out.iterdir()) == []                     # no copy the audit log does not name
    exports = "SELECT count(*) FROM audit_log WHERE action = 'document.files_export'"
    assert shell.session.conn.execute(exports).fetchone()[0] == 0
    card = _card(shell, doc_id)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    task = card.export_files(out)
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    assert sorted(p.read_bytes() for p in out.iterdir()) == sorted([scan.read_bytes(), letter.read_bytes()])
    assert shell.session.conn.execute(exports).fetchone()[0] == 1


# ------------------------------------------------------------------------------ a lock racing a busy worker
def test_a_lock_while_a_worker_runs_statements_flat_out_stops_it_cleanly(qtbot, admin_session):
    """No hold: the worker is inside SQLite when the lock comes. The lock stops the connection (interrupt,
    then every call refused) and the worker's own thread closes it — closing it from the GUI thread under
    a running statement freed statements in use ("Incorrect number of bindings", then crashes)."""
    from ui import tasks

    session = admin_session
    session.conn.execute("CREATE TABLE IF NOT EXISTS bench_rows (n INTEGER, text TEXT)")
    for _round in range(5):
        seen: list[str] = []
        locked: list[bool] = []

        def work(db, progress, cancelled, seen=seen):  # type: ignore[no-untyped-def]
            try:
                with db.write() as w:
                    for n in range(200_000):
                        w.execute("INSERT INTO bench_rows VALUES (?, ?)", (n, "х" * 40))
                        if n % 500 == 0:
                            progress(n, 200_000, "")
            except BaseException as exc:
                seen.append(f"{type(exc).__name__}: {exc}")
                raise

        def progressed(done, total, text, locked=locked):  # type: ignore[no-untyped-def]
            if done >= 1000 and not locked:            # on the GUI thread while the worker is writing
                locked.append(True)
                session.lock()

        task = tasks.manager().run_db(session, work, on_progress=progressed)
        wait_idle(qtbot, timeout=120000)
        assert locked and task.discarded
        clean = ("stopped: the session locked", "interrupted", "SessionLocked", "Cannot operate on a closed database")
        assert len(seen) == 1 and any(word in seen[0] for word in clean), seen
        from tests.ui.background import open_database_connections

        assert open_database_connections() == 0
        session.unlock(PASSWORD)
        assert session.conn.execute("SELECT count(*) FROM bench_rows").fetchone()[0] == 0
