"""`kense backup` and `kense restore` as scripts run them: real processes, exit codes, JSON."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import Cli, cli  # noqa: F401 — the fixture


def test_backup_now_list_verify_damage_and_restore_elsewhere(cli: Cli, tmp_path: Path):  # noqa: F811
    made = cli.json("backup", "now", "--to", str(tmp_path / "b"))
    assert made["verified"] and set(made) == {"path", "verified", "bytes", "seconds", "audit_head"}
    listed = cli.json("backup", "list", "--to", str(tmp_path / "b"))
    assert [g["path"] for g in listed] == [made["path"]] and listed[0]["verified"]
    assert cli("backup", "verify", made["path"]).returncode == 0
    other = Cli(tmp_path / "pc2", account="acc2")
    other.data = tmp_path / "pc2" / "profile"
    other.env["KENSE_DATA_DIR"] = str(other.data)
    assert other("backup", "verify", made["path"], "--recovery-code", cli.recovery_code).returncode == 0
    restored = other("restore", made["path"], "--recovery-code", cli.recovery_code, "--data-dir", str(other.data))
    assert restored.returncode == 0, restored.stderr
    assert other("status").returncode == 0
    db = Path(made["path"]) / "kense.db"
    data = bytearray(db.read_bytes())
    data[5000] ^= 0x40
    db.write_bytes(bytes(data))
    assert cli("backup", "verify", made["path"]).returncode == 4
    wrong = other("restore", made["path"], "--recovery-code", cli.recovery_code, "--data-dir",
                  str(tmp_path / "pc2" / "again"))
    assert wrong.returncode == 1 and not (tmp_path / "pc2" / "again").exists()


def test_backup_dir_setting_is_used(cli: Cli, tmp_path: Path):  # noqa: F811
    folder = tmp_path / "second-disk"
    assert cli("settings", "set", "backup_dir", str(folder)).returncode == 0
    assert cli("settings", "set", "backup_dir", "relative/path").returncode == 4
    made = cli.json("backup", "now")
    assert Path(made["path"]).parent == folder
    assert cli("backup", "register-drive", str(tmp_path / "usb")).returncode == 0
    assert (tmp_path / "usb" / ".kense-backup-drive").is_file()
    assert Path(cli.json("backup", "now")["path"]).parent == tmp_path / "usb"


def test_restore_over_a_newer_profile_asks_for_yes_and_password_restore(cli: Cli, tmp_path: Path):  # noqa: F811
    made = cli.json("backup", "now", "--to", str(tmp_path / "b"))
    assert cli("settings", "set", "idle_lock_minutes", "9").returncode == 0      # the profile moves on
    refused = cli("restore", made["path"], "--recovery-code", cli.recovery_code, "--data-dir", str(cli.data),
                  "--replace")
    assert refused.returncode == 5 and "--yes" in refused.stderr and "Traceback" not in refused.stderr
    assert cli.json("settings", "get", "idle_lock_minutes") in (9, {"idle_lock_minutes": 9})
    # a password valid at backup time, on this computer (its keyring still holds the device secret)
    done = cli("restore", made["path"], "--data-dir", str(cli.data), "--replace", "--yes")
    assert done.returncode == 0, done.stderr
    assert cli.json("settings", "get", "idle_lock_minutes") in (5, {"idle_lock_minutes": 5})
    assert list(tmp_path.glob("profile.replaced-*"))


def test_restore_without_a_way_in_is_refused_in_words(cli: Cli, tmp_path: Path):  # noqa: F811
    made = cli.json("backup", "now", "--to", str(tmp_path / "b"))
    refused = cli("restore", made["path"], "--data-dir", str(tmp_path / "new"), user="")
    assert refused.returncode == 4 and "Traceback" not in refused.stderr and refused.stderr.strip()
    assert not (tmp_path / "new").exists()
