"""`kense demo --open`: the window opens on a demo profile without its year, and the year fills in on the
database worker behind a status-bar progress bar; a lock stops the fill and loses nothing committed."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QProgressBar

from app import demo


@pytest.fixture
def demo_profile():
    result = demo.create_demo_profile(None)        # the throwaway profile `kense demo --open` makes
    yield result
    shutil.rmtree(result.data_dir.parent, ignore_errors=True)


def _count(shell, table: str) -> int:
    return shell.session.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


def test_the_window_opens_first_and_the_year_fills_in_behind_a_progress_bar(qtbot, make_shell, demo_profile):
    shell = make_shell(demo_profile.data_dir, start=False)
    shell.start(login="admin", password=demo_profile.password, demo_pupils=30)
    assert shell.screen_name == "workspace"            # signed in before a single pupil exists
    assert _count(shell, "pupil") == 0
    bar = shell.workspace.status.findChild(QProgressBar, "demoFillBar")
    assert bar is not None and bar.isVisibleTo(shell.workspace)
    pupils = shell.workspace.open_section("pupils")
    qtbot.waitUntil(lambda: shell.demo_task.done, timeout=120_000)
    qtbot.waitUntil(lambda: shell.workspace.status.findChild(QProgressBar, "demoFillBar") is None, timeout=5000)
    assert _count(shell, "pupil") == 30
    assert _count(shell, "document") > 100
    qtbot.waitUntil(lambda: pupils.model.rowCount() == 30, timeout=5000)   # the open list was told


def test_a_lock_stops_the_fill_and_keeps_what_was_committed(qtbot, make_shell, demo_profile):
    shell = make_shell(demo_profile.data_dir, start=False)
    shell.start(login="admin", password=demo_profile.password, demo_pupils=300)
    task = shell.demo_task
    shell.request_lock("manual")
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    from app.security.profile import Profile

    session = Profile(demo_profile.data_dir).sign_in("admin", demo_profile.password)
    try:
        pupils = session.conn.execute("SELECT count(*) FROM pupil").fetchone()[0]
        documents = session.conn.execute("SELECT count(*) FROM document").fetchone()[0]
        # locked before the pupils' one transaction could commit: it rolled back whole, no letter began
        assert (pupils, documents) == (0, 0)
    finally:
        session.close()
