"""The audit viewer against a school with a known history: exact rows for each filter, names resolved
at display, a destroyed person never shown by name, and the CLI's human and JSON output."""

from __future__ import annotations

from datetime import date

import pytest

from app.admin import users
from app.audit import chain, viewer
from app.audit.viewer import AuditFilter
from app.errors import InvalidInput, PermissionDenied
from app.people import pd_operations, pupils
from tests.cli.test_cli import cli  # noqa: F401 — the real `kense` process fixture

PAST = "2026-03-02T09:15:00Z"


@pytest.fixture
def history(admin_session, make_user):
    """admin adds two pupils; Зарина (secretary) reveals one twice and prints its personal file; on
    2 March an older print is on record; the second pupil is then destroyed."""
    s = admin_session
    aibek = pupils.create_pupil(s, {"surname": "Садыков", "given_name": "Айбек", "sex": "M",
                                    "birth_date": "2014-05-03"}).id
    gone = pupils.create_pupil(s, {"surname": "Жолдошева", "given_name": "Бермет", "sex": "F",
                                   "birth_date": "2014-01-09"}).id
    users.add_user(s, "zarina", "Зарина Токтогулова", "secretary", "Baska-Syrsoz-2026")
    zarina = s.profile.sign_in("zarina", "Baska-Syrsoz-2026")
    pupils.get_pupil(zarina, aibek, reveal=True)
    pupils.get_pupil(zarina, gone, reveal=True)
    zarina.audit_now("print", "pupil", aibek, {"form": "personal_file"})
    with s.write() as w:
        chain.append(w, s.db_id, user_id=zarina.user.id, action="print", object_type="pupil", object_id=aibek,
                     detail={"form": "consent"}, at=PAST)
    zarina.close()
    pd_operations.destroy(s, gone, "срок хранения истёк")
    return {"aibek": aibek, "gone": gone}


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


def test_cli_audit_list_human_and_json(cli) -> None:  # noqa: F811 — the imported fixture
    added = cli.json("students", "add", "--surname", "Садыков", "--given-name", "Айбек", "--sex", "M",
                     "--birth-date", "2014-05-03")
    pupil = added["id"]
    cli.json("user", "add", "zarina", "--role", "secretary", "--name", "Зарина Токтогулова",
             new_password="Baska-Syrsoz-2026")
    assert cli("students", "show", pupil, user="zarina", password="Baska-Syrsoz-2026").returncode == 0
    out = cli("audit", "list", "--lang", "ru", "--by", "zarina", "--action", "person.")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("Журнал цел")
    assert [line.strip().split("  ", 2)[2] for line in lines[2:]] == [
        "Зарина Токтогулова открыл(а) запись «Садыков Айбек» и показал(а) скрытые поля"]
    rows = cli.json("audit", "list", "--record", pupil)
    assert [(e["user"], e["action"]) for e in rows] == [("zarina", "person.reveal"), ("admin", "person.create")]
    today = date.today().isoformat()
    assert cli.json("audit", "list", "--from", "2000-01-01", "--to", "2000-12-31") == []
    assert len(cli.json("audit", "list", "--from", today, "--to", today, "--by", "zarina")) >= 2
    assert cli("audit", "list", "--from", "2026-13-01").returncode == 2
    refused = cli("audit", "list", "--by", "nobody")
    assert refused.returncode == 4 and refused.stderr.strip()
