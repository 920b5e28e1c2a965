"""A damaged page found by the day's whole-file check: the command line still works (the check runs
on its own connection), the damage is reported once in the user's language and recorded as a finding,
SQLCipher's own log lines never reach the terminal, and when the sign-in itself cannot write, the
readable data stays usable read-only."""

from __future__ import annotations

import json
from pathlib import Path

from keyrings.alt.file import PlaintextKeyring

from app.security.device_secret import DeviceSecretStore
from app.security.profile import Profile
from tests.cli.test_cli import ADMIN_PW, Cli, cli  # noqa: F401 — the fixture


def _damage_table(cli: Cli, table: str) -> None:  # noqa: F811
    """Flip bytes in the root page of ``table`` (found with the real key, then closed)."""
    backend = PlaintextKeyring()
    backend.file_path = str(Path(cli.env["XDG_DATA_HOME"]) / "python_keyring" / "keyring_pass.cfg")
    session = Profile(cli.data, DeviceSecretStore(backend)).sign_in("admin", ADMIN_PW)
    root = session.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    session.close()
    with open(cli.data / "kense.db", "r+b") as handle:
        handle.seek((root - 1) * 4096 + 1000)
        handle.write(b"\x00\xff" * 8)
    # the next morning: the day's whole-file check is due again
    keys = cli.data / "kense.keys"
    data = json.loads(keys.read_text())
    data["integrity_checked_at"] = "2026-01-01T07:00:00Z"
    keys.write_text(json.dumps(data))


def _clean(stderr: str) -> None:
    assert "ERROR CORE" not in stderr and "sqlcipher" not in stderr.lower() and "Traceback" not in stderr


def test_one_damaged_page_leaves_the_command_line_usable(cli: Cli) -> None:  # noqa: F811
    cli("user", "add", "aigerim", "--role", "secretary", "--name", "Осмонова Айгерим",
        new_password="Katchy-Syrsoz-2026")
    _damage_table(cli, "pupil")
    status = cli("status", "--json", "--lang", "en")
    _clean(status.stderr)
    assert status.returncode == 0, status.stderr
    assert "WARNING: the database or audit log check failed" in status.stderr
    assert status.stderr.count("WARNING") == 1
    assert '"database_damaged"' in status.stdout
    # every user still gets in; the finding stays until acknowledged; verify says so with exit 1
    listed = cli("user", "list", "--lang", "en")
    assert listed.returncode == 0 and "aigerim" in listed.stdout
    _clean(listed.stderr)
    verify = cli("audit", "verify", "--lang", "en")
    assert verify.returncode == 1
    _clean(verify.stderr)
    # reading the damaged page itself: one clear line in the language asked for, no crash report
    pupils = cli("students", "add", "--surname", "Асанов", "--given-name", "Бакыт", "--sex", "m", "--lang", "ru")
    assert pupils.returncode == 1 and "База данных повреждена" in pupils.stderr, pupils.stderr
    _clean(pupils.stderr)


def test_damage_where_sign_in_writes_opens_read_only(cli: Cli) -> None:  # noqa: F811
    _damage_table(cli, "audit_log")
    users = cli("user", "list", "--lang", "en")
    _clean(users.stderr)
    assert users.returncode == 0, users.stderr
    assert "admin" in users.stdout
    assert "open for reading only" in users.stderr and "kense restore" in users.stderr
    refused = cli("settings", "set", "idle_lock_minutes", "7", "--lang", "en")
    _clean(refused.stderr)
    assert refused.returncode == 1 and "open for reading only" in refused.stderr
    added = cli("user", "add", "weak2", "--role", "teacher", "--name", "X", new_password="Katchy-Syrsoz-2026",
                env={"KENSE_LANG": "en"})
    assert added.returncode == 1
    # nothing was written: no slot for a user the database could not record
    assert Profile(cli.data).load_envelope().user_slot_count() == 1
