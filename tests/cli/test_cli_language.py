"""`--help` and argparse's own errors speak the language asked for (--lang or KENSE_LANG), with exit 2
for usage errors as before; English stays available."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.test_cli import Cli, cli  # noqa: F401 — the initialised profile fixture


def test_help_and_usage_errors_in_kyrgyz_russian_and_english(tmp_path: Path) -> None:
    fresh = Cli(tmp_path)
    ky = fresh("--lang", "ky", "--help", password=None)
    assert ky.returncode == 0 and ky.stdout.startswith("колдонуу: kense")
    assert "Кеңсе — мектептин кеңсеси" in ky.stdout and "билдирүүлөрдүн тили" in ky.stdout
    assert "show this help message" not in ky.stdout and "usage:" not in ky.stdout
    wrong = fresh("--lang", "ky", "studnts", password=None)
    assert wrong.returncode == 2 and "ката:" in wrong.stderr and "мындай маани жок: 'studnts'" in wrong.stderr
    ru = fresh("documents", "list", "--kind", "xx", password=None, env={"KENSE_LANG": "ru"})
    assert ru.returncode == 2 and "ошибка: аргумент --kind: недопустимое значение: 'xx'" in ru.stderr
    missing = fresh("--lang=ru", "user", "add", password=None)
    assert missing.returncode == 2 and "нужны аргументы" in missing.stderr
    en = fresh("--lang", "en", "--help", password=None)
    assert en.stdout.startswith("usage: kense") and "message language" in en.stdout


def test_documents_read_as_people_write_them(cli) -> None:  # noqa: F811 — the initialised profile
    made = cli.json("documents", "register", "--kind", "incoming", "--subject", "Окуу китептери жөнүндө",
                    "--correspondent", "Талас райондук билим берүү бөлүмү", "--their-number", "7/12",
                    "--their-date", "2026-11-20", "--executor", "admin", "--due", "2030-01-15")
    listed = cli("documents", "list", env={"KENSE_LANG": "ky"})
    assert listed.returncode == 0, listed.stderr
    line = next(x for x in listed.stdout.splitlines() if "Окуу китептери" in x)
    assert "Кирүүчү кат" in line and ("аткарылууда" in line or "катталды" in line)
    assert "Сарыгулова Бермет" in line and "in_progress" not in line and "incoming" not in line
    shown = cli("documents", "show", made["id"], env={"KENSE_LANG": "ru"})
    assert shown.returncode == 0, shown.stderr
    assert "Входящее письмо" in shown.stdout and "20.11.2026" in shown.stdout and "15.01.2030" in shown.stdout
    assert "Сарыгулова Бермет" in shown.stdout and "2026-11-20" not in shown.stdout and "OVERDUE" not in shown.stdout
    data = cli.json("documents", "show", made["id"])             # --json keeps the codes
    assert data["kind"] == "incoming" and data["their_date"] == "2026-11-20"


def test_a_pupil_shown_as_people_read_it(cli) -> None:  # noqa: F811 — the initialised profile
    made = cli.json("students", "add", "--surname", "Өмүрбеков", "--given-name", "Үмүтбек", "--sex", "M",
                    "--birth-date", "2014-03-05")
    shown = cli("students", "show", made["id"], env={"KENSE_LANG": "ky"})
    assert shown.returncode == 0, shown.stderr
    assert "Фамилиясы: Өмүрбеков" in shown.stdout and "Туулган күнү: 05.03.2014" in shown.stdout
    assert "Жынысы: эркек" in shown.stdout
    assert "None" not in shown.stdout and not re.search(r"\d{4}-\d{2}-\d{2}", shown.stdout)   # no ISO dates
    assert made["id"] not in shown.stdout and "birth_cert_date" not in shown.stdout
    assert cli.json("students", "show", made["id"])["birth_date"] == "2014-03-05"     # --json unchanged
