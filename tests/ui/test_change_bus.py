"""Changes reach every screen, once (real shell, real SQLCipher, pytest-qt): an action in one section
refreshes the other built sections that show what it changed — visible or not — with one list query
per change, none for sections it does not touch, and several commits in one event-loop turn make one
refresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.certificates import register
from ui.changes import bus

PASSWORD = "Tuura-Syrsoz-2026"
PUPIL_LIST = ("SELECT p.id FROM pupil p", "LIMIT")
DOCUMENT_LIST = ("SELECT d.id ", " OFFSET ")
CERTIFICATE_LIST = ("FROM certificate c LEFT JOIN app_user",)


class Queries:
    """Every statement the GUI session's connection runs, to count the list queries a change causes."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.seen: list[str] = []
        conn.set_trace_callback(self.seen.append)

    def count(self, parts: tuple[str, ...]) -> int:
        return sum(all(p in sql for p in parts) for sql in self.seen)

    def stop(self) -> None:
        self.conn.set_trace_callback(None)


@pytest.fixture
def shell(demo_shell):
    shell = demo_shell(40)
    yield shell
    if shell.session is not None and shell.session.state.value == "active":
        shell.session.conn.set_trace_callback(None)


def _enrolled_pupil(section) -> str:
    for row in range(section.model.rowCount()):
        data = section.model.row_data(row)
        if data.get("class"):
            return data["id"]
    raise AssertionError("no enrolled pupil")


def test_a_certificate_issued_from_a_pupils_record_shows_in_the_hidden_certificates_list(qtbot, shell, tmp_path):
    from ui.certificates.issue_dialog import IssueCertificateDialog

    workspace = shell.workspace
    certificates = workspace.open_section("certificates")
    assert certificates.model.rowCount() == 0
    pupils = workspace.open_section("pupils")                 # the Certificates list is hidden now
    form = pupils.open_record(_enrolled_pupil(pupils))
    queries = Queries(shell.session.conn)
    outcome: list[bool] = []

    def operate_the_dialog() -> None:                        # inside the record action's exec()
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IssueCertificateDialog)
        dialog.ask_save_path = lambda *_: tmp_path / "certificate.pdf"
        outcome.append(dialog.issue_and_save())
        dialog.done(0)

    QTimer.singleShot(0, operate_the_dialog)
    form.action_buttons["certificate"].click()
    assert outcome == [True]
    qtbot.waitUntil(lambda: certificates.model.rowCount() == 1, timeout=5000)
    assert not certificates.isVisible()
    bus().flush()
    assert queries.count(CERTIFICATE_LIST) == 1                # one change, one query
    assert queries.count(PUPIL_LIST) == 0                      # the pupils list shows no certificate
    queries.stop()


def test_a_movement_with_a_new_order_shows_in_the_documents_list(qtbot, shell):
    from ui.people.tabs import MovementsTab

    workspace = shell.workspace
    documents = workspace.open_section("documents")
    before = documents.model.total()
    pupils = workspace.open_section("pupils")
    form = pupils.open_record(_enrolled_pupil(pupils))
    tab = form.findChild(MovementsTab)
    dialog = tab.open_add()
    dialog.kind.setCurrentIndex(dialog.kind.findData("transfer_out"))
    dialog.school.setText("Нарын шаарындагы № 2 мектеп")
    dialog.order.setText("new")                               # "register the director's order now"
    queries = Queries(shell.session.conn)
    assert dialog.submit()
    qtbot.waitUntil(lambda: documents.model.total() == before + 1, timeout=5000)
    assert not documents.isVisible()
    bus().flush()
    assert queries.count(DOCUMENT_LIST) == 1
    assert queries.count(PUPIL_LIST) == 1                      # the pupil left: the pupils list, once
    queries.stop()


def test_an_own_save_refreshes_its_list_once(qtbot, shell):
    pupils = shell.workspace.open_section("pupils")
    form = pupils.open_record(_enrolled_pupil(pupils))
    form.set_values({"given_name": "Айзада"})
    queries = Queries(shell.session.conn)
    assert form.submit()
    qtbot.waitUntil(lambda: queries.count(PUPIL_LIST) >= 1, timeout=5000)
    bus().flush()
    assert queries.count(PUPIL_LIST) == 1
    queries.stop()


def test_commits_in_one_turn_are_one_refresh(qtbot, shell):
    workspace = shell.workspace
    certificates = workspace.open_section("certificates")
    pupils = workspace.open_section("pupils")
    person = _enrolled_pupil(pupils)
    delivered = bus().deliveries
    queries = Queries(shell.session.conn)
    for _ in range(3):                                         # three commits before the loop turns
        register.issue(shell.session, "study", person, "ky")
    assert certificates.model.rowCount() == 0                  # nothing refreshed inside the burst
    qtbot.waitUntil(lambda: certificates.model.rowCount() == 3, timeout=5000)
    assert bus().deliveries == delivered + 1
    assert queries.count(CERTIFICATE_LIST) == 1
    queries.stop()


def test_a_database_worker_commit_reaches_a_hidden_section(qtbot, shell):
    from ui import tasks

    workspace = shell.workspace
    certificates = workspace.open_section("certificates")
    pupils = workspace.open_section("pupils")
    person = _enrolled_pupil(pupils)
    queries = Queries(shell.session.conn)
    task = tasks.manager().run_db(shell.session, lambda db, progress, cancelled: register.issue(db, "study", person,
                                                                                               "ru").number)
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    qtbot.waitUntil(lambda: certificates.model.rowCount() == 1, timeout=5000)
    assert not certificates.isVisible()
    bus().flush()
    assert queries.count(CERTIFICATE_LIST) == 1 and queries.count(PUPIL_LIST) == 0
    queries.stop()
