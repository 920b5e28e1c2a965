"""The access rights page: each role's permissions exactly as ROLE_PERMISSIONS holds them (not a copy),
every permission in plain words in three languages, role-since dates from the audit log, disabled
users, and the CLI's human and JSON output (`kense user rights`, also `kense users rights`)."""

from __future__ import annotations

import json

import pytest

from app.admin import users
from app.audit import chain
from app.desk import access_rights, rights_texts
from app.errors import PermissionDenied
from app.i18n import LANGUAGES
from app.security import roles
from app.security.roles import ROLE_PERMISSIONS, Permission, Role
from tests.cli.test_cli import cli  # noqa: F401 — the real `kense` process fixture

PW = "Baska-Syrsoz-2026"


def test_every_permission_and_role_has_plain_words_in_every_language() -> None:
    assert set(rights_texts.PERMISSION_NAMES) == set(Permission)
    assert set(rights_texts.ROLE_NAMES) == set(Role)
    for permission in Permission:
        words = [rights_texts.permission_name(permission, lang) for lang in LANGUAGES]
        assert all(words) and len(set(words)) == 3, permission
        assert all(w != f"permission.{permission.value}" for w in words)


def test_each_role_lists_exactly_its_permissions(admin_session) -> None:
    data = access_rights.rights(admin_session, "ru")
    assert [r.role for r in data.roles] == [r.value for r in Role]
    for r in data.roles:
        assert set(r.permissions) == {p.value for p in ROLE_PERMISSIONS[Role(r.role)]}
        assert list(r.permissions) == [p.value for p in Permission if p in ROLE_PERMISSIONS[Role(r.role)]]
    assert [p for p, _ in data.permissions] == [p.value for p in Permission]
    assert data.allowed("director", "audit.view") and not data.allowed("director", "users.manage")
    assert data.allowed("teacher", "people.view") and not data.allowed("teacher", "people.reveal")


def test_the_page_follows_the_table_in_code_not_a_copy(admin_session, monkeypatch) -> None:
    changed = dict(ROLE_PERMISSIONS)
    changed[Role.TEACHER] = frozenset({Permission.VIEW_PEOPLE, Permission.VIEW_SETTINGS, Permission.VIEW_DOCUMENTS})
    monkeypatch.setattr(roles, "ROLE_PERMISSIONS", changed)
    monkeypatch.setattr(access_rights, "ROLE_PERMISSIONS", changed)
    teacher = next(r for r in access_rights.rights(admin_session, "en").roles if r.role == "teacher")
    assert teacher.permissions == ("settings.view", "people.view", "documents.view")


def _at(session, action: str, object_id: str) -> str:
    return str(session.conn.execute("SELECT max(at) FROM audit_log WHERE action = ? AND object_id = ?",
                                    (action, object_id)).fetchone()[0])


def test_who_has_which_role_since_when_and_who_is_disabled(admin_session) -> None:
    s = admin_session
    zarina = users.add_user(s, "zarina", "Зарина Токтогулова", "secretary", PW)
    ketti = users.add_user(s, "ketti", "Кеткен Мугалим", "teacher", PW)
    with s.write() as w:   # a role change recorded earlier this year (the log's own time)
        chain.append(w, s.db_id, user_id=s.user.id, action="user.role_change", object_type="app_user",
                     object_id=zarina.id, detail={"from": "teacher", "to": "secretary"}, at="2026-02-01T08:00:00Z")
    users.set_role(s, "ketti", "director")
    users.disable_user(s, "ketti")
    data = access_rights.rights(s, "ky")
    by_login = {u.login: u for u in data.users}
    assert list(by_login) == ["admin", "ketti", "zarina"]
    admin_created = s.conn.execute("SELECT created_at FROM app_user WHERE login = 'admin'").fetchone()[0]
    assert by_login["admin"].role_since == admin_created            # no entry about her: the account's creation
    assert by_login["zarina"].role_since == _at(s, "user.add", zarina.id)   # the newest of add / role change
    assert (by_login["ketti"].role, by_login["ketti"].role_name) == ("director", "директор")
    assert by_login["ketti"].role_since == _at(s, "user.role_change", ketti.id)
    assert not by_login["ketti"].active and by_login["ketti"].disabled_since == _at(s, "user.disable", ketti.id)
    assert by_login["zarina"].active and by_login["zarina"].disabled_since is None
    assert json.loads(json.dumps(data.to_json()))["users"][1]["login"] == "ketti"


def test_secretaries_and_teachers_cannot_read_it(make_user) -> None:
    for role in ("secretary", "teacher"):
        with pytest.raises(PermissionDenied):
            access_rights.rights(make_user(f"u{role}", role), "ru")


def test_cli_rights_in_words_and_json(cli) -> None:  # noqa: F811
    assert cli("user", "add", "zarina", "--role", "secretary", "--name", "Зарина Токтогулова",
               new_password=PW).returncode == 0
    data = cli.json("users", "rights")
    assert [(u["login"], u["role"], u["active"]) for u in data["users"]] == [
        ("admin", "admin", True), ("zarina", "secretary", True)]
    roles_json = {r["role"]: r["permissions"] for r in data["roles"]}
    assert roles_json == {r.value: [p.value for p in Permission if p in ROLE_PERMISSIONS[r]] for r in Role}
    human = cli("user", "rights", "--lang", "ru")
    assert human.returncode == 0, human.stderr
    lines = human.stdout.splitlines()
    assert lines[0] == "Пользователи и роли"
    assert lines[2].split()[:4] == ["zarina", "секретарь", "с", lines[2].split()[3]]
    assert "  администратор | директор | секретарь | учитель" in lines
    manage = next(line for line in lines if line.endswith("Добавлять пользователей, менять роли, отключать"))
    assert manage.split()[:7] == ["+", "|", "-", "|", "-", "|", "-"]
    assert cli("user", "rights", user="zarina", password=PW).returncode == 3
