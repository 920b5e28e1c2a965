"""`--help` and argparse's own errors speak the language asked for (--lang or KENSE_LANG), with exit 2
for usage errors as before; English stays available."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import Cli


def test_help_and_usage_errors_in_kyrgyz_russian_and_english(tmp_path: Path) -> None:
    cli = Cli(tmp_path)
    ky = cli("--lang", "ky", "--help", password=None)
    assert ky.returncode == 0 and ky.stdout.startswith("колдонуу: kense")
    assert "Кеңсе — мектептин кеңсеси" in ky.stdout and "билдирүүлөрдүн тили" in ky.stdout
    assert "show this help message" not in ky.stdout and "usage:" not in ky.stdout
    wrong = cli("--lang", "ky", "studnts", password=None)
    assert wrong.returncode == 2 and "ката:" in wrong.stderr and "мындай маани жок: 'studnts'" in wrong.stderr
    ru = cli("documents", "list", "--kind", "xx", password=None, env={"KENSE_LANG": "ru"})
    assert ru.returncode == 2 and "ошибка: аргумент --kind: недопустимое значение: 'xx'" in ru.stderr
    missing = cli("--lang=ru", "user", "add", password=None)
    assert missing.returncode == 2 and "нужны аргументы" in missing.stderr
    en = cli("--lang", "en", "--help", password=None)
    assert en.stdout.startswith("usage: kense") and "message language" in en.stdout
