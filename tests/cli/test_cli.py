"""`kense` end to end, as scripts run it: real processes, real files, exit codes, JSON."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

KENSE = [sys.executable, "-m", "ui.entry"]
ROOT = Path(__file__).resolve().parents[2]
ADMIN_PW = "Tuura-Syrsoz-2026"


class Cli:
    def __init__(self, tmp: Path, account: str = "acc1") -> None:
        self.data = tmp / "profile"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("KENSE_", "PYTHON_KEYRING"))}
        self.env.update({
            "KENSE_DATA_DIR": str(self.data),
            "KENSE_KDF_TARGET_MS": "20",
            # an explicit, isolated file keyring for this "OS account"
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(tmp / account),
            "XDG_STATE_HOME": str(tmp / account / "state"),
        })

    def __call__(self, *args: str, password: str | None = ADMIN_PW, user: str = "admin", stdin: str | None = None,
                 new_password: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        full_env = dict(self.env)
        if password is not None:
            full_env["KENSE_PASSWORD"] = password
        if new_password is not None:
            full_env["KENSE_NEW_PASSWORD"] = new_password
        full_env["KENSE_USER"] = user
        full_env.update(env or {})
        result = subprocess.run([*KENSE, *args], cwd=ROOT, env=full_env, input=stdin or "", capture_output=True,
                                text=True, timeout=120)
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def json(self, *args: str, **kwargs) -> object:
        result = self(*args, "--json", **kwargs)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    cli = Cli(tmp_path)
    data = cli.json("init", "--school-name", "Талас шаарындагы №1 мектеп", "--admin", "admin",
                    "--admin-name", "Сарыгулова Бермет", "--recovery-sheet", str(tmp_path / "sheet.pdf"),
                    new_password=ADMIN_PW)
    cli.recovery_code = data["recovery_code"]
    cli.tmp = tmp_path
    assert data["device_binding"] == "bound"
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    return cli


def test_init_refuses_an_existing_profile(cli: Cli) -> None:
    before = (cli.data / "kense.keys").read_bytes()
    result = cli("init", "--school-name", "X", "--admin", "admin", new_password="Baska-Syrsoz-2026")
    assert result.returncode == 1
    assert "мурунтан" in result.stderr  # Kyrgyz is the default language
    assert (cli.data / "kense.keys").read_bytes() == before


def test_status_reports_what_scripts_need(cli: Cli) -> None:
    status = cli.json("status")
    for key in ("school", "schema_version", "cipher_version", "device_binding", "users", "audit"):
        assert key in status
    assert status["school"] == "Талас шаарындагы №1 мектеп"
    assert status["device_binding"] == "bound"
    assert status["cipher_version"].startswith("4.")
    assert status["audit"]["entries"] >= 4 and len(status["audit"]["head"]) == 64


def test_wrong_password_exits_3_and_is_reported_at_next_sign_in(cli: Cli) -> None:
    result = cli("status", password="wrong-password", env={"KENSE_LANG": "ru"})
    assert result.returncode == 3
    assert "Неверный логин или пароль" in result.stderr
    ok = cli("status", "--lang", "en")
    assert ok.returncode == 0
    assert "Failed sign-in attempts under your name since your last sign-in: 1" in ok.stderr


def test_no_password_and_no_terminal_is_refused_not_hung(cli: Cli) -> None:
    result = cli("status", password=None)
    assert result.returncode == 3


def test_password_from_stdin(cli: Cli) -> None:
    result = cli("status", "--password-stdin", "--json", password=None, stdin=ADMIN_PW + "\n")
    assert result.returncode == 0, result.stderr


def test_users_add_list_disable(cli: Cli) -> None:
    added = cli.json("user", "add", "aigerim", "--role", "secretary", "--name", "Осмонова Айгерим",
                     new_password="Ak-Terek-2026-kz")
    assert added["login"] == "aigerim" and added["role"] == "secretary"
    listed = cli.json("user", "list")
    assert {u["login"] for u in listed} == {"admin", "aigerim"}
    assert all("id" in u for u in listed)
    assert cli("status", user="aigerim", password="Ak-Terek-2026-kz").returncode == 3  # not allowed
    assert cli("user", "list", user="aigerim", password="Ak-Terek-2026-kz").returncode == 0
    assert cli("user", "add", "aigerim", "--role", "teacher", "--name", "X",
               new_password="Ak-Terek-2026-kz").returncode == 5
    assert cli("user", "add", "weak", "--role", "teacher", "--name", "X", new_password="123").returncode == 4
    # a secretary is refused before being asked for anyone's new password (no new password given here)
    for args in (("user", "add", "x", "--role", "admin", "--name", "X"), ("user", "reset-password", "admin")):
        refused = cli(*args, user="aigerim", password="Ak-Terek-2026-kz", env={"KENSE_NEW_PASSWORD": ""})
        assert refused.returncode == 3, refused.stderr
    assert cli("user", "disable", "aigerim").returncode == 0
    assert cli("user", "list", user="aigerim", password="Ak-Terek-2026-kz").returncode == 3
    assert cli("user", "disable", "admin").returncode == 5  # the last admin stays


def test_passwd_changes_only_the_own_slot(cli: Cli) -> None:
    assert cli("passwd", new_password="Jangy-Syrsoz-2027").returncode == 0
    assert cli("status").returncode == 3
    assert cli("status", password="Jangy-Syrsoz-2027").returncode == 0


def test_recover_on_a_copy_with_an_empty_keyring(cli: Cli, tmp_path: Path) -> None:
    copy_root = tmp_path / "other-pc"
    moved = Cli(copy_root, account="fresh-account")
    shutil.copytree(cli.data, moved.data)
    refused = moved("status", env={"KENSE_LANG": "ru"})
    assert refused.returncode == 3
    assert "восстановления" in refused.stderr and "Неверный" not in refused.stderr
    result = moved("recover", "--recovery-code", cli.recovery_code.replace("-", " "), "--json",
                   new_password="Jangy-Kompyuter-1")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["device_binding"] == "bound"
    assert moved("status", password="Jangy-Kompyuter-1").returncode == 0


def test_rekey_and_audit(cli: Cli) -> None:
    assert cli.json("rekey")["key_generation"] == 2
    assert cli.json("audit", "verify")["ok"] is True
    entries = cli.json("audit", "list", "--limit", "500")
    actions = {e["action"] for e in entries}
    assert {"profile.create", "session.sign_in", "key.rekey", "session.sign_out"} <= actions
    assert entries[0]["seq"] > entries[-1]["seq"]
    assert cli("audit", "list", "--limit", "0").returncode == 4


def test_settings(cli: Cli) -> None:
    assert cli.json("settings", "get", "idle_lock_minutes") == {"idle_lock_minutes": 5}
    assert cli.json("settings", "set", "idle_lock_minutes", "10") == {"idle_lock_minutes": 10}
    bad = cli("settings", "set", "idle_lock_minutes", "90", "--lang", "en")
    assert bad.returncode == 4 and "1–30" in bad.stderr
    assert cli("settings", "set", "no_such_setting", "1").returncode == 4
    assert cli.json("settings", "get")["idle_lock_minutes"] == 10


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli("user", "add").returncode == 2
    assert cli("no-such-command").returncode == 2


def test_missing_profile_is_explained(tmp_path: Path) -> None:
    empty = Cli(tmp_path / "nothing")
    result = empty("status", env={"KENSE_LANG": "en"})
    assert result.returncode == 1 and "kense init" in result.stderr


def test_demo_in_a_given_folder(tmp_path: Path) -> None:
    demo = Cli(tmp_path)
    data = demo.json("demo", "--pupils", "0", password=None)
    logins = {u["login"] for u in data["users"]}
    assert {"admin", "director", "secretary", "teacher"} <= logins
    assert demo("status", password=data["password"]).returncode == 0


def test_demo_without_a_folder_makes_a_throwaway_profile(tmp_path: Path) -> None:
    demo = Cli(tmp_path)
    env = dict(demo.env)
    env.pop("KENSE_DATA_DIR")
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    result = subprocess.run([*KENSE, "demo", "--pupils", "0", "--json"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["throwaway"] is True and data["data_dir"].startswith(str(tmp_path / "tmp"))


def test_an_unexpected_error_leaves_a_report_without_personal_data(cli: Cli, tmp_path: Path) -> None:
    """Break the key file on purpose so code deep inside fails; the user sees a calm message."""
    (cli.data / "kense.keys").write_text('{"format": "kense-envelope/1", "db_id": 5, "slots": "x"}')
    result = cli("status", env={"KENSE_LANG": "en"})
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_a_rollback_stays_until_an_admin_acknowledges_it(cli) -> None:
    """Real processes: verify exits 1 after a rollback, however many writes follow; status says so;
    a teacher cannot acknowledge (exit 3); the admin can, with a reason; then verify is clean."""
    db = cli.data / "kense.db"
    old = cli.tmp / "old.db"
    shutil.copy(db, old)
    for p in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        if p.exists():
            shutil.copy(p, Path(f"{old}{p.name[len(db.name):]}"))
    cli("settings", "set", "idle_lock_minutes", "7")
    cli("settings", "set", "idle_lock_minutes", "8")
    for p in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    shutil.copy(old, db)
    for p in cli.tmp.glob("old.db-*"):
        shutil.copy(p, Path(f"{db}{p.name[len('old.db'):]}"))
    for value in ("9", "10", "11"):
        cli("settings", "set", "idle_lock_minutes", value)
    verify = cli("audit", "verify", "--lang", "en")
    assert verify.returncode == 1 and "older copy" in verify.stdout
    status = cli.json("status")
    assert status["audit"]["verified"] is False and status["findings"][0]["kind"] == "rollback"
    assert cli("user", "add", "mugalim", "--role", "teacher", "--name", "Мугалим",
               new_password="Baska-Syrsoz-2026").returncode == 0
    refused = cli("audit", "acknowledge", "--reason", "it was me", user="mugalim", password="Baska-Syrsoz-2026")
    assert refused.returncode == 3
    assert cli("audit", "acknowledge", "--reason", "Restored from backup after disk failure").returncode == 0
    assert cli("audit", "verify").returncode == 0
