"""The audit viewer against a school with a known history: exact rows for each filter, names resolved
at display, a destroyed person never shown by name, and the CLI's human and JSON output."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from app.audit import viewer
from app.audit.viewer import AuditFilter
from app.errors import InvalidInput, PermissionDenied
from app.forms.dates import format_moment
from tests.cli.test_cli import cli  # noqa: F401 — the real `kense` process fixture
from tests.desk.conftest import extract_rows, signed_by


def _rows(session, **kw):
    return [(e.user, e.action, e.object_id) for e in viewer.entries(session, AuditFilter(**kw), "ru")]


def test_filters_by_person_record_action_and_period(admin_session, history) -> None:
    s, aibek, gone = admin_session, history["aibek"], history["gone"]
    assert _rows(s, user_login="zarina") == [
        ("zarina", "session.sign_out", ""), ("zarina", "print", aibek), ("zarina", "print", aibek),
        ("zarina", "person.reveal", gone),
        ("zarina", "person.reveal", aibek), ("zarina", "session.sign_in", _uid(s, "zarina")),
    ]
    assert _rows(s, record_id=aibek) == [
        ("zarina", "print", aibek), ("zarina", "print", aibek), ("zarina", "person.reveal", aibek),
        ("admin", "person.create", aibek),
    ]
    assert _rows(s, user_login="zarina", action_prefix="person.") == [
        ("zarina", "person.reveal", gone), ("zarina", "person.reveal", aibek)]
    assert _rows(s, date_from=date(2026, 3, 1), date_to=date(2026, 3, 2)) == [("zarina", "print", aibek)]
    assert _rows(s, date_from=date(2026, 3, 3), date_to=date(2026, 3, 3)) == []
    assert len(_rows(s, record_id=aibek, limit=2)) == 2


def _uid(session, login: str) -> str:
    return str(session.conn.execute("SELECT id FROM app_user WHERE login = ?", (login,)).fetchone()[0])


def test_plain_words_resolve_names_and_never_bring_back_a_destroyed_one(admin_session, history) -> None:
    s = admin_session
    ru = viewer.entries(s, AuditFilter(user_login="zarina", action_prefix="person.reveal"), "ru")
    assert ru[1].sentence.startswith("Зарина Токтогулова открыл(а) запись «Садыков Айбек»")
    assert ru[0].what == "уничтоженная запись"
    ky = viewer.entries(s, AuditFilter(record_id=history["gone"]), "ky")
    assert all("Жолдошева" not in e.sentence and "Бермет" not in e.sentence for e in ky)
    assert any("жок кылынган жазуу" in e.sentence for e in ky)
    printed = viewer.entries(s, AuditFilter(action_prefix="print", limit=1), "ru")[0]
    assert printed.sentence == "Зарина Токтогулова напечатал(а): Садыков Айбек (форма согласия)"  # newest by seq
    # the log itself still holds ids and field names only
    for (detail,) in s.conn.execute("SELECT detail FROM audit_log"):
        assert "Садыков" not in detail and "Жолдошева" not in detail and "Токтогулова" not in detail


def test_bad_filters_and_roles_are_refused(admin_session, history, make_user) -> None:
    with pytest.raises(InvalidInput):
        viewer.entries(admin_session, AuditFilter(user_login="nobody"))
    with pytest.raises(InvalidInput):
        viewer.entries(admin_session, AuditFilter(date_from=date(2026, 3, 5), date_to=date(2026, 3, 1)))
    with pytest.raises(InvalidInput):
        viewer.entries(admin_session, AuditFilter(limit=0))
    hostile = viewer.entries(admin_session, AuditFilter(record_id="' OR 1=1 --", action_prefix="%"))
    assert hostile == []
    teacher = make_user("mugalim", "teacher")
    with pytest.raises(PermissionDenied):
        viewer.entries(teacher, AuditFilter())


def test_chain_state_on_top(admin_session, history) -> None:
    state = viewer.chain_state(admin_session)
    assert state.ok and state.entries >= 10 and state.open_findings == 0


def test_cli_audit_list_filters_human_and_json(cli, tmp_path) -> None:  # noqa: F811 — the imported fixture
    added = cli.json("students", "add", "--surname", "Садыков", "--given-name", "Айбек", "--sex", "M",
                     "--birth-date", "2014-05-03")
    pupil = added["id"]
    cli.json("user", "add", "zarina", "--role", "secretary", "--name", "Зарина Токтогулова",
             new_password="Baska-Syrsoz-2026")
    assert cli("students", "show", pupil, user="zarina", password="Baska-Syrsoz-2026").returncode == 0
    # --user after the command is the person filter; the sign-in login comes from KENSE_USER
    mine = cli.json("audit", "list", "--user", "zarina")
    assert [(e["user"], e["action"]) for e in mine] == [
        ("zarina", "session.sign_out"), ("zarina", "person.reveal"), ("zarina", "session.sign_in")]
    assert cli.json("audit", "list", "--by", "zarina") == mine
    out = cli("audit", "list", "--lang", "ru", "--user", "zarina")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("Журнал цел: проверено записей —") and lines[1] == ""
    assert lines[2:] == [f"{format_moment(e['at'])}  zarina  {sentence}" for e, sentence in zip(mine, [
        "Зарина Токтогулова вышел(-ла) из системы",
        "Зарина Токтогулова открыл(а) запись «Садыков Айбек» и показал(а) скрытые поля",
        "Зарина Токтогулова вошёл(-ла) в систему"], strict=True)]
    reveal = cli("audit", "list", "--lang", "ru", "--user", "zarina", "--action", "person.")
    assert [line.split("  ", 2)[2] for line in reveal.stdout.splitlines()[2:]] == [
        "Зарина Токтогулова открыл(а) запись «Садыков Айбек» и показал(а) скрытые поля"]
    rows = cli.json("audit", "list", "--record", pupil)
    assert [(e["user"], e["action"]) for e in rows] == [("zarina", "person.reveal"), ("admin", "person.create")]
    today = date.today()
    assert cli.json("audit", "list", "--from", "2000-01-01", "--to", "31.12.2000") == []
    assert cli.json("audit", "list", "--from", today.strftime("%d.%m.%Y"), "--to", today.isoformat(),
                    "--user", "zarina") == mine
    for bad in (("--from", "2026-13-01"), ("--to", "32.01.2026"), ("--user", "nobody"),
                ("--from", "2026-03-05", "--to", "2026-03-01")):
        refused = cli("audit", "list", "--lang", "ru", *bad)
        assert refused.returncode == 4 and refused.stderr.strip() and "Traceback" not in refused.stderr, bad
    assert "не дата" in cli("audit", "list", "--lang", "ru", "--from", "2026-13-01").stderr

    # the same filter as a signed-off PDF, audited as an export by ids
    pdf = tmp_path / "extract.pdf"
    done = cli.json("audit", "export", "--out", str(pdf), "--user", "zarina", "--lang", "ru")
    assert done == {"out": str(pdf), "rows": 3}
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert [(r[1], r[2]) for r in extract_rows(text)] == [
        ("Зарина Токтогулова", "Зарина Токтогулова вышел(-ла) из системы"),
        ("Зарина Токтогулова", "Зарина Токтогулова открыл(а) запись «Садыков Айбек» и показал(а) скрытые поля"),
        ("Зарина Токтогулова", "Зарина Токтогулова вошёл(-ла) в систему")]
    assert signed_by(text) == "Сарыгулова Бермет"
    (export,) = cli.json("audit", "list", "--action", "export")
    zarina_id = mine[2]["object_id"]   # her sign-in names her account
    assert export["detail"] == {"form": "audit_extract", "format": "pdf", "lang": "ru", "removable": False,
                                "rows": 3, "user": zarina_id}
