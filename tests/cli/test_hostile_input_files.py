"""Links, folders, pipes and missing files given as an attachment or as a spreadsheet to import: each is
refused with its own message and exit 4, the same in every command, and nothing is stored."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import ADMIN_PW, Cli


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    cli = Cli(tmp_path_factory.mktemp("hostile"))
    cli.json("init", "--school-name", "Талас шаарындагы №1 мектеп", "--admin", "admin", new_password=ADMIN_PW)
    return cli


def _targets(folder: Path) -> dict[str, tuple[Path, str]]:
    secret = folder / "secret.txt"
    secret.write_text("not for the register\n", encoding="utf-8")
    link = folder / "letter.pdf"
    if not link.exists():
        link.symlink_to(secret)
    targets = {"link": (link, "шилтеме"), "folder": (folder, "кадимки файл эмес"),
               "missing": (folder / "nothing-here.pdf", "файл жок")}
    if sys.platform != "win32":
        fifo = folder / "pipe.csv"
        if not fifo.exists():
            os.mkfifo(fifo)
        targets["fifo"] = (fifo, "кадимки файл эмес")
    return targets


def _target(folder: Path, kind: str) -> tuple[Path, str]:
    targets = _targets(folder)
    if kind not in targets:
        pytest.skip("no FIFOs on this OS")
    return targets[kind]


@pytest.mark.parametrize("kind", ["link", "folder", "missing", "fifo"])
def test_attachment_refused(cli: Cli, tmp_path: Path, kind: str) -> None:
    path, words = _target(tmp_path, kind)
    result = cli("documents", "register", "--kind", "incoming", "--subject", "Кат", "--file", str(path))
    assert result.returncode == 4, result.stderr
    assert words in result.stderr
    assert "Кат" not in json.dumps(cli.json("documents", "list"), ensure_ascii=False)  # nothing registered


@pytest.mark.parametrize("kind", ["link", "folder", "missing", "fifo"])
def test_import_refused(cli: Cli, tmp_path: Path, kind: str) -> None:
    path, words = _target(tmp_path, kind)
    result = cli("students", "import", str(path))
    assert result.returncode == 4, result.stderr
    assert words in result.stderr
