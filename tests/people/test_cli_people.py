"""The people commands through the real CLI entry point (argparse, JSON, exit codes)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.cli.main import main
from tests.conftest import create_profile

DATA = Path(__file__).parent.parent / "data" / "people"


@pytest.fixture
def kense(tmp_path, file_keyring, monkeypatch):
    # Password-only profile: the CLI opens it the way a user's shell would, with no test keyring.
    school = create_profile(tmp_path / "profile", file_keyring, bind_device=False)
    monkeypatch.setenv("KENSE_PASSWORD", school.admin_password)
    monkeypatch.setenv("KENSE_USER", "admin")
    root = str(school.profile.root)

    def run(*args: str) -> tuple[int, object, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--data-dir", root, "--json", "--lang", "en", *args])
        text = out.getvalue()
        return code, json.loads(text) if text.strip() else None, err.getvalue()
    return run


def test_students_workflow_in_json(kense, tmp_path) -> None:
    code, report, _ = kense("students", "import", str(DATA / "pupils_ru.xlsx"), "--dry-run")
    assert code == 0 and report["dry_run"] and report["to_import"] == 4 and report["imported"] == 0
    code, report, _ = kense("students", "import", str(DATA / "pupils_ru.xlsx"), "--order", "7-к")
    assert code == 0 and report["imported"] == 4
    code, rows, _ = kense("students", "list", "--class", "5-А")
    assert code == 0 and [r["surname"] for r in rows] == ["Асанов", "Токтогулов"] and all("id" in r for r in rows)
    assert rows[0]["pin"].startswith("2•")
    code, found, _ = kense("students", "list", "--search", "өмүр")
    assert code == 0 and len(found) == 1
    code, record, _ = kense("students", "show", rows[0]["id"])
    assert code == 0 and record["pin"] == "20607201410000" and record["birth_date"] == "2014-07-06"
    code, classes, _ = kense("classes", "list")
    assert code == 0 and {c["name"]: c["pupils"] for c in classes} == {"4-Б": 1, "5-А": 2, "6-А": 1}
    code, moved, _ = kense("movement", "add", rows[0]["id"], "--type", "transfer_out", "--date",
                           record["movements"][0]["date"], "--order", "9-к", "--to", "№5 мектеп")
    assert code == 0 and moved["kind"] == "transfer_out"
    code, out, _ = kense("person", "export-own-data", rows[1]["id"], "--out", str(tmp_path / "own.pdf"))
    assert code == 0 and (tmp_path / "own.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = kense("students", "export", "--out", str(tmp_path / "list.csv"))
    assert code == 0 and out["rows"] == 3
    assert "Токтогулов" in (tmp_path / "list.csv").read_text(encoding="utf-8-sig")
    code, blocked, _ = kense("person", "block", rows[1]["id"])
    assert code == 0 and blocked["blocked"]
    code, act, _ = kense("person", "destroy", rows[1]["id"], "--reason", "test", "--act", str(tmp_path / "a.pdf"))
    assert code == 0 and act["number"] == 1 and (tmp_path / "a.pdf").exists()
    code, audit, _ = kense("audit", "list", "--limit", "200")
    actions = {e["action"] for e in audit}
    assert {"import.run", "person.reveal", "movement.add", "person.export_own_data", "export.list",
            "person.block", "person.destroy"} <= actions


def test_refused_import_exits_4_with_the_report(kense) -> None:
    code, report, err = kense("students", "import", str(DATA / "pupils_bad.xlsx"))
    assert code == 4 and {e["row"] for e in report["errors"]} == {3, 4, 5, 6}
    assert "Nothing was changed" in err
    code, rows, _ = kense("students", "list")
    assert code == 0 and rows == []


def test_rollover_and_staff_commands(kense) -> None:
    kense("students", "import", str(DATA / "pupils_ru.xlsx"))
    code, plan, _ = kense("classes", "list")
    year = plan[0]["academic_year"]
    nxt = f"{int(year[:4]) + 1}/{int(year[:4]) + 2}"
    code, preview, _ = kense("year", "rollover", "--to", nxt, "--dry-run")
    assert code == 0 and preview["dry_run"] and preview["counts"] == {"promotion": 4}
    code, _, err = kense("year", "rollover", "--to", nxt)
    assert code == 4 and "order" in err
    code, done, _ = kense("year", "rollover", "--to", nxt, "--order", "50-к")
    assert code == 0 and sorted(done["new_classes"]) == ["5-Б", "6-А", "7-А"]
    code, staff_rows, _ = kense("staff", "list")
    assert code == 0 and staff_rows == []
    code, _, err = kense("movement", "add", "nope", "--type", "promotion", "--date", "2025-09-01", "--order", "1")
    assert code == 4


def test_demo_fills_people(tmp_path, monkeypatch) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["--json", "demo", "--pupils", "60"])
    assert code == 0
    data = json.loads(out.getvalue())
    monkeypatch.setenv("KENSE_PASSWORD", data["password"])
    monkeypatch.setenv("KENSE_USER", "teacher")
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["--json", "--data-dir", data["data_dir"], "students", "list"]) == 0
    rows = json.loads(out.getvalue())
    assert rows and {r["class"] for r in rows} == {"5-А"}    # the demo teacher sees own class only
