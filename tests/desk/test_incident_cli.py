"""`kense incident report|list|outcome` as scripts run it: real processes, exact output."""

from __future__ import annotations

from tests.cli.test_cli import cli  # noqa: F401 — the real `kense` process fixture

TEACHER_PW = "Ak-Terek-2026-kz"


def test_report_list_and_outcome(cli) -> None:  # noqa: F811
    assert cli("user", "add", "nurlan", "--role", "teacher", "--name", "Исаков Нурлан",
               new_password=TEACHER_PW).returncode == 0
    filed = cli("incident", "report", "--summary", "Журнал мугалимдер бөлмөсүндө ачык калды",
                "--when", "2026-11-30 08:40", "--data", "5-А классынын баалары", "--done", "Сейфке салдым",
                user="nurlan", password=TEACHER_PW)
    assert filed.returncode == 0, filed.stderr
    assert filed.stdout == ("Инцидент жөнүндө билдирүү катталды: № И-1."
                            " Жеке маалыматтар үчүн жооптуу: Сарыгулова Бермет.\n")

    future = cli("incident", "report", "--summary", "x", "--when", "2099-01-01", "--lang", "ru",
                 user="nurlan", password=TEACHER_PW)
    assert (future.returncode, future.stdout) == (4, "")
    assert future.stderr == "01.01.2099 — это ещё не наступило. Укажите, когда это произошло.\n"
    empty = cli("incident", "report", "--summary", " ", "--lang", "en", user="nurlan", password=TEACHER_PW)
    assert (empty.returncode, empty.stderr) == (4, "Say what happened.\n")

    listed = cli("incident", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == ("№ И-1 · 30.11.2026 08:40 · орточо · каралууда\n"
                             "  Журнал мугалимдер бөлмөсүндө ачык калды\n"
                             "  Билдирди: Исаков Нурлан. Жооптуу: Сарыгулова Бермет.\n")

    refused = cli("incident", "outcome", "И-1", "--text", "Өзүм чечтим", user="nurlan", password=TEACHER_PW)
    assert refused.returncode == 3
    done = cli("incident", "outcome", "1", "--text", "Журнал сакталды, мугалим менен сүйлөшүлдү", "--lang", "ru")
    assert (done.returncode, done.stdout) == (0, "Итог по инциденту № И-1 записан.\n")

    mine = cli.json("incident", "list", user="nurlan", password=TEACHER_PW)
    assert [(i["number"], i["status"], i["occurred_at"], i["outcome"], i["severity"]) for i in mine] == [
        ("И-1", "executed", "2026-11-30T08:40", "Журнал сакталды, мугалим менен сүйлөшүлдү", "medium")]
    shown = cli.json("documents", "list", "--kind", "internal")
    assert [(d["number"], d["series"], d["access_level"], d["status"]) for d in shown] == [
        ("И-1", "incident", "restricted", "executed")]
