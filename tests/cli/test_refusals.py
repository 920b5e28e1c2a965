"""Refusals follow the README: a permission refusal exits 3 (also for a record outside a teacher's
classes), messages come in the language asked for, and --password-stdin gives passwd the old and the
new password on two lines."""

from __future__ import annotations

from tests.cli.test_cli import ADMIN_PW, Cli, cli  # noqa: F401 — the fixture

TEACHER_PW = "Mugalim-Syrsoz-2026"


def _school_with_two_classes(cli: Cli) -> str:  # noqa: F811
    assert cli("user", "add", "mugalim", "--role", "teacher", "--name", "Токтогулова Нуриза",
               new_password=TEACHER_PW).returncode == 0
    assert cli("classes", "add", "5-А", "--teacher", "mugalim").returncode == 0, "own class"
    assert cli("classes", "add", "6-Б").returncode == 0
    added = cli.json("students", "add", "--surname", "Асанов", "--given-name", "Бакыт", "--sex", "m",
                     "--birth-date", "2014-03-02", "--class", "6-Б")
    return str(added["id"])


def test_a_teacher_is_refused_another_class_with_exit_3(cli: Cli) -> None:  # noqa: F811
    other_pupil = _school_with_two_classes(cli)
    shown = cli("students", "show", other_pupil, "--lang", "en", user="mugalim", password=TEACHER_PW)
    assert shown.returncode == 3 and "not in your class" in shown.stderr, shown.stderr
    printed = cli("print", "class-list", "--class", "6-Б", "--out", str(cli.tmp / "6b.pdf"), "--lang", "ru",
                  user="mugalim", password=TEACHER_PW)
    assert printed.returncode == 3, printed.stderr
    assert "Это не ваш класс" in printed.stderr
    assert not (cli.tmp / "6b.pdf").exists()
    own = cli("print", "class-list", "--class", "5-А", "--out", str(cli.tmp / "5a.pdf"),
              user="mugalim", password=TEACHER_PW)
    assert own.returncode == 0, own.stderr
    assert (cli.tmp / "5a.pdf").read_bytes().startswith(b"%PDF")


def test_a_printing_command_refuses_in_the_language_asked_for(cli: Cli) -> None:  # noqa: F811
    refused = cli("--lang", "en", "certificate", "issue", "--template", "study", "--person", "nope",
                  "--lang", "ky", "--out", str(cli.tmp / "c.pdf"))
    assert refused.returncode == 4
    assert refused.stderr.strip() == "Record not found."
    # without a message --lang, messages follow the document's language, as before
    ru = cli("certificate", "issue", "--template", "study", "--person", "nope", "--lang", "ru",
             "--out", str(cli.tmp / "c.pdf"))
    assert ru.returncode == 4 and ru.stderr.strip() == "Запись не найдена."


def test_passwd_reads_old_and_new_password_from_stdin(cli: Cli) -> None:  # noqa: F811
    new = "Jangy-Syrsoz-Stdin-2027"
    changed = cli("passwd", "--password-stdin", password=None, stdin=f"{ADMIN_PW}\n{new}\n")
    assert changed.returncode == 0, changed.stderr
    assert cli("status", password=new).returncode == 0
    assert cli("status", password=ADMIN_PW).returncode == 3
    # a wrong first line is a wrong password (exit 3), and nothing changes
    wrong = cli("passwd", "--password-stdin", password=None, stdin=f"not-it\n{ADMIN_PW}\n")
    assert wrong.returncode == 3
    assert cli("status", password=new).returncode == 0


def test_output_is_utf8_even_where_the_code_page_has_no_kyrgyz_letters(cli: Cli) -> None:  # noqa: F811
    """Windows writes redirected output in the ANSI code page; cp1252 has no Ң Ө Ү, as there."""
    status = cli("status", "--json", env={"PYTHONIOENCODING": "cp1252"})
    assert status.returncode == 0, status.stderr
    assert "Талас шаарындагы №1 мектеп" in status.stdout
    refused = cli("status", "--lang", "ky", password="wrong-password-1", env={"PYTHONIOENCODING": "cp1252"})
    assert refused.returncode == 3 and "сырсөз" in refused.stderr.lower()
