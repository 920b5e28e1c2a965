"""The inspector's report "How this school protects personal data": a school with a known state (users
and roles, a disabled user, two failed sign-ins, a backup, an incident, the auto-lock setting), the PDF
read back with pdftotext in Kyrgyz and Russian, its fonts embedded, its number the register's."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.admin import settings, users
from app.audit import chain, viewer
from app.backup import service as backup_service
from app.desk import protection_report, protection_state
from app.documents import numbering
from app.documents import register as documents
from app.errors import PermissionDenied, WrongCredentials
from app.forms.dates import format_long_date, format_short_date
from app.ids import uuid7
from tests.cli.test_cli import cli  # noqa: F401 — the real `kense` process fixture

PW = "Baska-Syrsoz-2026"


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    # -raw: in drawing order, so a table cell's lines stay together
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def _fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.fixture
def known_school(admin_session):
    """admin + a director, a secretary, a teacher; a second teacher added then disabled; the secretary
    mistypes her password twice, then signs in; auto-lock 7 minutes; one verified backup; one incident."""
    s = admin_session
    users.add_user(s, "direktor", "Осмонов Бакыт", "director", PW)
    users.add_user(s, "zarina", "Зарина Токтогулова", "secretary", PW)
    users.add_user(s, "ainura", "Айнура Садыкова", "teacher", PW)
    users.add_user(s, "ketti", "Кеткен Мугалим", "teacher", PW)
    users.disable_user(s, "ketti")
    for _ in range(2):
        with pytest.raises(WrongCredentials):
            s.profile.sign_in("zarina", "not-her-password")
    s.profile.sign_in("zarina", PW).close()        # the failures enter the audit log at this sign-in
    settings.set_value(s, "idle_lock_minutes", 7)
    backup = backup_service.back_up(s, automatic=False)
    assert backup.verified
    with s.write() as w:   # an incident report (its own series, which another part of the desk registers)
        w.execute("INSERT INTO document (id, kind, series, year, seq, number, reg_date, version, subject, status,"
                  " created_at, created_by) VALUES (?, 'internal', 'incident', ?, 1, '1', ?, 1, '', 'registered',"
                  " ?, ?)", (uuid7(), date.today().year, date.today().isoformat(), "2026-01-01T00:00:00Z",
                             s.user.id))
        s.audit(w, "document.register", "document", "", {"kind": "internal", "series": "incident"})
    return s


def test_state_gathers_the_live_figures(known_school) -> None:
    s = known_school
    head = chain.head(s.conn, s.db_id)[0]
    state = protection_state.gather(s)
    assert state.encryption.on and state.encryption.cipher == "AES-256-CBC"
    assert state.encryption.page_hmac == "HMAC_SHA512" and state.encryption.version.startswith("4.")
    assert state.device.state == "bound" and state.device.user_slots == 4 and state.device.recovery_slot
    assert state.users_by_role == {"admin": 1, "director": 1, "secretary": 1, "teacher": 1}
    assert state.active_users == 4 and state.disabled_users == 1
    assert state.idle_lock_minutes == 7 and not state.lock_on_minimize and not state.removable_export_allowed
    assert state.failed_sign_ins_month == 2
    assert state.audit.verified and state.audit.up_to_seq == head and state.audit.open_findings == 0
    assert state.backup.last_verified_at is not None and not state.backup.stale
    assert state.sync.enrolled is False
    assert state.incidents_year == 1 and state.year == date.today().year
    assert json.loads(json.dumps(state.to_json()))["users_by_role"]["teacher"] == 1


def test_the_file_really_is_encrypted(known_school) -> None:
    head = known_school.profile.db_path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    assert protection_state.gather(known_school).encryption.on


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_report_shows_the_live_figures_and_is_registered(known_school, tmp_path, lang) -> None:
    s = known_school
    head = chain.head(s.conn, s.db_id)[0]
    last = backup_service.state(s).last
    backup_day, backup_seq = format_short_date(protection_state.local_day(last.created_at)), last.audit_seq
    today = format_short_date(date.today())
    issued = protection_report.make(s, lang)
    text = _text(issued.pdf, tmp_path, f"{lang}.pdf")

    row = s.conn.execute("SELECT number, kind, series, reg_date, subject FROM document WHERE id = ?",
                         (issued.document_id,)).fetchone()
    assert tuple(row) == (issued.number, "internal", "internal", date.today().isoformat(),
                          protection_report.title(lang))
    # the page's number (beside the date, and in the footer) is the register's
    assert re.search(rf"№\s*(\S+) {re.escape(format_long_date(date.today(), lang))}", text).group(1) == row[0]
    assert re.search(r"№\s*(\S+?)\s*—\s*1\b", text).group(1) == row[0]
    attached = s.conn.execute("SELECT sha256, media_type FROM attachment WHERE document_id = ?",
                              (issued.document_id,)).fetchall()
    assert [tuple(a) for a in attached] == [(hashlib.sha256(issued.pdf).hexdigest(), "application/pdf")]
    printed = s.conn.execute("SELECT detail FROM audit_log WHERE action = 'print' AND object_id = ?",
                             (issued.document_id,)).fetchall()
    assert [json.loads(p[0]) for p in printed] == [{"form": "protection_report", "lang": lang}]
    said = viewer.entries(s, viewer.AuditFilter(record_id=issued.document_id, action_prefix="print"), "ru")
    assert [e.sentence for e in said] == [f"Асанова Айгүл Бакытовна напечатал(а): документ № {issued.number} от"
                                          f" {date.today():%d.%m.%Y} (отчёт о защите персональных данных)"]

    if lang == "ru":
        expected = [
            "Как эта школа защищает персональные данные",
            "Вся база зашифрована: AES-256-CBC, каждая страница проверяется HMAC-SHA512",
            "Активных пользователей: 4 (администратор: 1, директор: 1, секретарь: 1, учитель: 1); отключённых: 1.",
            f"Журнал аудита проверен {today} с записи № 1 по № {head}: цел.",
            "Неудачных попыток входа в этом месяце: 2.",
            f"Последняя проверенная резервная копия: {backup_day} (до записи аудита № {backup_seq}).",
            "Kense блокируется сам через 7 мин бездействия",
            "База привязана к учётной записи этого компьютера",
            "Синхронизация с районом не подключена",
            "Инцидентов зарегистрировано в этом году: 1.",
            "Ответственный: Асанова Айгүл Бакытовна.",
        ]
    else:
        expected = [
            "Бул мектеп жеке маалыматтарды кантип коргойт",
            "Бүт база шифрленген: AES-256-CBC, ар бир барак HMAC-SHA512 менен текшерилет",
            "Иштеген колдонуучулар: 4 (администратор: 1, директор: 1, катчы: 1, мугалим: 1); өчүрүлгөндөр: 1.",
            f"Аудит журналы {today} күнү №1ден №{head} жазууга чейин текшерилди: бүтүн.",
            "Ушул айда ийгиликсиз кирүү аракеттери: 2.",
            f"Акыркы текшерилген камдык көчүрмө: {backup_day} (аудиттин №{backup_seq} жазуусуна чейин).",
            "Kense 7 мүнөт аракетсиздиктен кийин",
            "База ушул компьютердин колдонуучу эсебине байланган",
            "Район менен синхрондоо туташтырылган эмес",
            "Быйыл катталган окуялар (инциденттер): 1.",
            "Жооптуу: Асанова Айгүл Бакытовна.",
        ]
    for phrase in expected:
        assert phrase in text, phrase
    for clause in ("1.5", "2.2", "3.2", "4.2, 5.1–5.9", "6.3", "6.4, 6.8", "6.5", "6.6", "6.7", "6.10"):
        assert clause in text
    fonts = _fonts(issued.pdf, tmp_path)
    assert fonts and all(f[-5] == "yes" for f in fonts)              # every font embedded
    assert all("DejaVu" in f[0] for f in fonts)


def test_two_reports_take_consecutive_numbers_and_a_taken_number_writes_nothing(known_school) -> None:
    s = known_school
    first = protection_report.make(s, "ru")
    prepared = protection_report.prepare(s, "ky")
    pdf = protection_report.render(prepared)
    documents.register(s, kind="internal", subject="Служебная записка")   # someone registers meanwhile
    before = s.conn.execute("SELECT count(*) FROM document").fetchone()[0]
    with pytest.raises(numbering.NumberTaken):
        protection_report.commit(s, prepared, pdf)
    assert s.conn.execute("SELECT count(*) FROM document").fetchone()[0] == before
    second = protection_report.make(s, "ky")
    assert int(second.number) == int(first.number) + 2


def test_only_admin_and_director_make_it(known_school) -> None:
    zarina = known_school.profile.sign_in("zarina", PW)
    try:
        with pytest.raises(PermissionDenied):
            protection_report.make(zarina, "ru")
    finally:
        zarina.close()
    director = known_school.profile.sign_in("direktor", PW)
    try:
        assert protection_report.make(director, "ru").number
    finally:
        director.close()


def test_cli_prints_registers_and_writes_the_report(cli, tmp_path) -> None:  # noqa: F811
    assert cli("user", "add", "zarina", "--role", "secretary", "--name", "Зарина Токтогулова",
               new_password=PW).returncode == 0
    assert cli("status", user="zarina", password="not-her-password").returncode == 3   # one failed sign-in
    assert cli("backup", "now").returncode == 0
    out = tmp_path / "report-ru.pdf"
    data = cli.json("print", "protection-report", "--lang", "ru", "--out", str(out))
    assert data["out"] == str(out) and data["lang"] == "ru" and data["state"]["failed_sign_ins_month"] == 1
    text = _text(out.read_bytes(), tmp_path, "copy.pdf")
    assert "Неудачных попыток входа в этом месяце: 1." in text
    assert "Активных пользователей: 2 (администратор: 1, секретарь: 1); отключённых: 0." in text
    assert re.search(rf"№\s*(\S+) {re.escape(format_long_date(date.today(), 'ru'))}", text).group(1) == data["number"]
    listed = cli.json("documents", "show", data["id"])
    assert listed["number"] == data["number"]
    human = cli("print", "protection-report", "--lang", "ky", "--out", str(tmp_path / "report-ky.pdf"))
    assert human.returncode == 0, human.stderr
    second = int(data["number"]) + 1
    assert human.stdout.startswith(f"«Бул мектеп жеке маалыматтарды кантип коргойт» катталды: № {second},")
    assert "Ушул айда ийгиликсиз кирүү аракеттери: 1." in _text((tmp_path / "report-ky.pdf").read_bytes(), tmp_path,
                                                               "ky.pdf")
    refused = cli("print", "protection-report", "--lang", "ru", "--out", str(tmp_path / "x.pdf"), user="zarina",
                  password=PW)
    assert refused.returncode == 3 and not (tmp_path / "x.pdf").exists()
