"""Registration numbers: per series and calendar year, no gap and no repeat, also under concurrency."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from app.documents import register as reg
from app.documents.model import Series
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _numbers(session, series: str, year: int) -> list[int]:
    return [r[0] for r in session.conn.execute(
        "SELECT seq FROM document WHERE series = ? AND year = ? ORDER BY seq", (series, year))]


def test_running_number_per_series_and_year(secretary) -> None:
    a = reg.register(secretary, kind="incoming", subject="Биринчи кат", reg_date="2025-12-30")
    b = reg.register(secretary, kind="incoming", subject="Экинчи кат", reg_date="2025-12-31", index_prefix="02-15")
    c = reg.register(secretary, kind="incoming", subject="Жаңы жылдагы кат", reg_date="2026-01-02")
    out = reg.register(secretary, kind="outgoing", subject="Жооп", reg_date="2025-12-31")
    order = reg.register(secretary, kind="order", series="pupils", subject="Кабыл алуу жөнүндө", reg_date="2025-12-31")
    staff = reg.register(secretary, kind="order", series="staff", subject="Кабыл алуу", reg_date="2025-12-31")
    assert (a.number, b.number, c.number) == ("1", "02-15/2", "1")
    assert (out.number, order.number, staff.number) == ("1", "1", "1")
    assert order.series == Series.ORDER_PUPILS.value


def _spawn(root: Path, keyring: Path, tag: str, n: int) -> subprocess.Popen:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tests.conftest import make_file_keyring\n"
        "from app.security.profile import Profile\n"
        "from app.documents import register as reg\n"
        "p = Profile(Path(sys.argv[1]), make_file_keyring(Path(sys.argv[2])))\n"
        "s = p.sign_in('admin', sys.argv[3])\n"
        "for i in range(int(sys.argv[5])):\n"
        "    reg.register(s, kind='incoming', subject=f'{sys.argv[4]} {i}')\n"
        "s.close()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("KENSE_")}
    return subprocess.Popen([sys.executable, "-c", script, str(root), str(keyring), ADMIN_PASSWORD, tag, str(n)],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)


def test_two_processes_registering_at_once_get_distinct_consecutive_numbers(school, tmp_path) -> None:
    keyring = tmp_path / "keyring-account-1"
    procs = [_spawn(school.profile.root, keyring, tag, 40) for tag in ("A", "B")]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    session = school.sign_in()
    try:
        year = int(session.conn.execute("SELECT year FROM document LIMIT 1").fetchone()[0])
        assert _numbers(session, "incoming", year) == list(range(1, 81))
        subjects = [r[0] for r in session.conn.execute("SELECT subject FROM document")]
        assert sum(s.startswith("A ") for s in subjects) == 40 and sum(s.startswith("B ") for s in subjects) == 40
    finally:
        session.close()


def test_threads_with_their_own_sessions_never_repeat_a_number(school) -> None:
    sessions = [school.sign_in() for _ in range(3)]
    errors: list[BaseException] = []

    def work(session, tag: str) -> None:
        try:
            for i in range(15):
                reg.register(session, kind="order", series="main", subject=f"{tag}-{i}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s, str(n))) for n, s in enumerate(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert not errors
        year = int(sessions[0].conn.execute("SELECT year FROM document LIMIT 1").fetchone()[0])
        assert _numbers(sessions[0], "order_main", year) == list(range(1, 46))
    finally:
        for s in sessions:
            s.close()

