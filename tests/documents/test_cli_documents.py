"""`kense documents …` and `kense print register` as scripts run them: real processes, exit codes, JSON."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_cli import ADMIN_PW, Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    cli = Cli(tmp_path)
    cli.json("init", "--school-name", "Талас шаарындагы №1 мектеп", "--admin", "admin", new_password=ADMIN_PW)
    cli("user", "add", "sec", "--role", "secretary", "--name", "Катчы", new_password="Katchy-Syrsoz-2026")
    cli("user", "add", "mugalim", "--role", "teacher", "--name", "Мугалим", new_password="Mugalim-Syrsoz-2026")
    return cli


def test_register_assign_execute_show_files_list_print(cli: Cli, tmp_path: Path) -> None:
    scan = tmp_path / "кат.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 50)
    sec = {"user": "sec", "password": "Katchy-Syrsoz-2026"}
    made = cli.json("documents", "register", "--kind", "incoming", "--subject", "Олимпиада жөнүндө",
                    "--correspondent", "Билим берүү бөлүмү", "--their-number", "02-15/9", "--their-date",
                    "2025-09-01", "--file", str(scan), "--executor", "mugalim", "--due", "2035-01-01", **sec)
    assert set(made) >= {"id", "number"} and made["number"] == "1"
    dup = cli("documents", "register", "--kind", "incoming", "--subject", "Кайра", "--correspondent",
              "билим берүү бөлүмү", "--their-number", "02-15/9", "--their-date", "2025-09-01", "--lang", "ru", **sec)
    assert dup.returncode == 5 and "№ 1" in dup.stderr and made["id"] in dup.stderr
    dup_file = cli("documents", "register", "--kind", "incoming", "--subject", "Ошол файл", "--file", str(scan), **sec)
    assert dup_file.returncode == 5 and made["id"] in dup_file.stderr
    cli.json("documents", "assign", made["id"], "--to", "admin", "--note", "Кол коюңуз", **sec)
    cli.json("documents", "execute", made["id"], "--note", "Даяр")
    card = cli.json("documents", "show", made["id"])
    assert [e["kind"] for e in card["events"]] == ["registered", "assigned", "assigned", "executed"]
    assert card["responsible"] == "admin" and card["status"] == "executed"
    assert card["files"][0]["sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()
    out = tmp_path / "out"
    out.mkdir()
    cli.json("documents", "files", made["id"], "--out", str(out))
    assert (out / "кат.pdf").read_bytes() == scan.read_bytes()
    found = cli.json("documents", "list", "--search", "билим")
    assert [d["id"] for d in found] == [made["id"]]
    assert cli.json("documents", "list", "--mine", user="mugalim", password="Mugalim-Syrsoz-2026") == []
    pdf = tmp_path / "reg.pdf"
    cli.json("print", "register", "--kind", "incoming", "--from", "2000-01-01", "--to", "2100-12-31", "--out",
             str(pdf))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Олимпиада жөнүндө" in text


def test_bad_input_exit_codes(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = cli("documents", "register", "--kind", "incoming", "--subject", "x", "--file", str(empty))
    assert result.returncode == 4 and "empty.pdf" in result.stderr
    result = cli("documents", "register", "--kind", "order", "--subject", "x")
    assert result.returncode == 4
    result = cli("documents", "register", "--kind", "incoming", "--subject", "x", "--due", "31.12.2025")
    assert result.returncode == 4
    teacher = cli("documents", "register", "--kind", "incoming", "--subject", "x", user="mugalim",
                  password="Mugalim-Syrsoz-2026")
    assert teacher.returncode == 3
    reserved = cli.json("documents", "reserve", "--series", "main")
    assert reserved["number"] == "1"
