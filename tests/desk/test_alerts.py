"""Alerts fire on synthetic histories made through the real services under a controlled clock, and not
on ordinary ones; acknowledging takes a note, is audited and hides the alert; a new period fires again."""

from __future__ import annotations

import functools
import json
from datetime import date, timedelta

import pytest

from app.admin import settings, users
from app.backup import engine
from app.desk import alerts
from app.desk.alert_messages import Names, describe
from app.errors import InvalidInput, PermissionDenied, WrongCredentials
from app.people import export
from tests.desk.alert_history import START, Clock, add_pupils, remove_checkpoint, reveal

PW = "Baska-Syrsoz-2026"
MONDAY = START.date()                      # 2 November 2026


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


def _fired(found: list[alerts.Alert]) -> list[tuple]:
    return [(a.kind, a.subject, a.period, a.count, a.params) for a in found]


def _uid(session, login: str) -> str:
    return str(session.conn.execute("SELECT id FROM app_user WHERE login = ?", (login,)).fetchone()[0])


def _audit(session, action: str) -> list[tuple[str, dict]]:
    return [(r[0], json.loads(r[1])) for r in session.conn.execute(
        "SELECT object_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,))]


def _fail(profile, login: str, times: int, clock: Clock, minutes: float) -> None:
    for _ in range(times):
        with pytest.raises(WrongCredentials):
            profile.sign_in(login, "Tuura-emes-2026")
        clock.tick(minutes=minutes)


# ----------------------------------------------------------------------------- failed sign-ins
def test_failed_sign_ins_fire_per_login_and_day_not_for_a_few_typos(clock, school) -> None:
    admin = school.sign_in()
    users.add_user(admin, "zarina", "Зарина Токтогулова", "secretary", PW)
    admin.close()
    profile = school.profile
    clock.at(MONDAY, 3)
    _fail(profile, "zarina", 3, clock, 5)           # three typos on Monday: ordinary
    profile.sign_in("zarina", PW).close()
    clock.at(MONDAY + timedelta(days=1), 3)
    _fail(profile, "zarina", 5, clock, 9)           # Tuesday: five within 36 minutes
    clock.at(MONDAY + timedelta(days=2), 2)
    _fail(profile, "admin", 10, clock, 61)          # Wednesday: ten, never two within the hour
    clock.at(MONDAY + timedelta(days=3), 3)
    _fail(profile, "nobody", 4, clock, 1)           # Thursday: four for a login that does not exist
    clock.at(MONDAY + timedelta(days=3), 13)
    session = school.sign_in()                      # the key file's events enter the audit log now
    raised = alerts.refresh(session)
    assert _fired(raised) == [
        ("failed_sign_ins", _uid(session, "admin"), "2026-11-04", 10, {"in_hour": 1}),
        ("failed_sign_ins", _uid(session, "zarina"), "2026-11-03", 5, {"in_hour": 5}),
    ]
    zarina = raised[1]
    assert (zarina.first_seen, zarina.last_seen) == ("2026-11-03T03:00:00Z", "2026-11-03T03:36:00Z")
    names = Names(session.conn)
    assert describe(zarina, "ru", names) == ("Зарина Токтогулова: неудачных попыток входа 03.11.2026 — 5"
                                             " (за один час — до 5).")
    assert describe(zarina, "ky", names) == ("Зарина Токтогулова: 03.11.2026 күнү кирүүгө 5 ийгиликсиз аракет"
                                             " (бир саат ичинде эң көп: 5).")
    # one more for the login that does not exist makes five within the hour
    clock.at(MONDAY + timedelta(days=3), 3, 10)
    _fail(profile, "nobody", 1, clock, 1)
    clock.at(MONDAY + timedelta(days=3), 14)
    session.close()
    session = school.sign_in()
    (unknown,) = alerts.refresh(session)
    assert _fired([unknown]) == [("failed_sign_ins", "", "2026-11-05", 5, {"in_hour": 5})]
    assert describe(unknown, "en", Names(session.conn)).startswith("a login that does not exist: 5 failed")
    # stored once: the next refresh raises nothing and writes nothing
    head = session.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    assert alerts.refresh(session) == []
    assert session.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0] == head
    assert [a.key for a in alerts.list_alerts(session)] == [
        "failed_sign_ins::2026-11-05", f"failed_sign_ins:{_uid(session, 'admin')}:2026-11-04",
        f"failed_sign_ins:{_uid(session, 'zarina')}:2026-11-03"]
    assert [d["kind"] for _, d in _audit(session, "alert.raised")] == ["failed_sign_ins"] * 3
    session.close()


# ----------------------------------------------------------------------------- reveals
def test_a_reveal_count_far_above_the_usual_fires_an_ordinary_busy_day_does_not(clock, school) -> None:
    clock.at(MONDAY - timedelta(days=21), 3)
    admin = school.sign_in()
    class_of_35 = add_pupils(admin, 35)
    users.add_user(admin, "zarina", "Зарина Токтогулова", "secretary", PW)
    zarina = school.profile.sign_in("zarina", PW)
    # three weeks of her ordinary working days: 5, 6 or 7 records a day (usual: 6)
    day = MONDAY - timedelta(days=21)
    for n in range(15):
        while day.weekday() >= 5:
            day += timedelta(days=1)
        clock.at(day, 3)
        reveal(zarina, class_of_35[: 5 + n % 3], clock)
        day += timedelta(days=1)
    clock.at(MONDAY, 3)
    reveal(zarina, class_of_35[:25], clock)       # a busy Monday: above 20, within five usual days
    assert alerts.refresh(admin) == []
    clock.at(MONDAY + timedelta(days=1), 3)
    reveal(zarina, class_of_35, clock)             # Tuesday: a whole class of 35
    clock.at(MONDAY + timedelta(days=1), 5)
    reveal(admin, class_of_35[:20], clock)         # the admin, no history: 20 is not above the floor
    raised = alerts.refresh(admin)
    assert _fired(raised) == [("reveal_spike", _uid(admin, "zarina"), "2026-11-03", 35, {"usual": 6})]
    assert describe(raised[0], "ru", Names(admin.conn)) == (
        "Зарина Токтогулова: 03.11.2026 показаны скрытые поля записей — 35 (обычно 6 в день).")
    reveal(admin, class_of_35[:1], clock)          # the 21st: above the floor of 20
    (second,) = alerts.refresh(admin)
    assert _fired([second]) == [("reveal_spike", _uid(admin, "admin"), "2026-11-03", 21, {"usual": 0})]
    zarina.close()
    admin.close()


def test_an_ordinary_week_of_the_office_raises_nothing(clock, school) -> None:
    clock.at(MONDAY, 3)
    admin = school.sign_in()
    pupils_ = add_pupils(admin, 15)
    users.add_user(admin, "zarina", "Зарина Токтогулова", "secretary", PW)
    for k in range(5):
        clock.at(MONDAY + timedelta(days=k), 3)
        zarina = school.profile.sign_in("zarina", PW)
        reveal(zarina, pupils_[: 8 + k], clock)       # a certificate here, a parent's call there
        export.export_table(zarina, school.profile.root.parent / f"list{k}.csv", ["A"], [["x"]],
                            what="pupils", columns=["surname"])
        zarina.close()
    with pytest.raises(WrongCredentials):
        school.profile.sign_in("zarina", "typo")     # one typo
    clock.at(MONDAY + timedelta(days=5), 3)
    admin.close()
    admin = school.sign_in()
    assert alerts.refresh(admin) == [] and alerts.list_alerts(admin, include_acknowledged=True) == []
    admin.close()


# ----------------------------------------------------------------------------- removable drives
def test_an_export_to_a_removable_drive_fires_refused_or_written(clock, admin_session, make_user, monkeypatch,
                                                                 tmp_path) -> None:
    clock.at(MONDAY, 5)
    zarina = make_user("zarina", "secretary")
    monkeypatch.setattr(export, "is_removable", lambda p: True)
    with pytest.raises(export.RemovableRefused):
        export.export_table(zarina, tmp_path / "stick.xlsx", ["A"], [["x"]], what="pupils", columns=["surname"])
    assert not (tmp_path / "stick.xlsx").exists()
    (refused,) = alerts.refresh(admin_session)
    assert _fired([refused]) == [("removable_export", zarina.user.id, "2026-11-02", 1, {"refused": 1, "written": 0})]
    settings.set_value(admin_session, "allow_removable_export", "true")
    clock.tick(hours=1)
    export.export_table(zarina, tmp_path / "stick.csv", ["A"], [["x"]], what="pupils", columns=["surname"])
    assert alerts.refresh(admin_session) == []      # the same day's alert, grown
    (grown,) = alerts.list_alerts(admin_session)
    assert (grown.id, grown.count, grown.params) == (refused.id, 2, {"refused": 1, "written": 1})
    assert describe(grown, "ky", Names(admin_session.conn)) == (
        "Тестов zarina: 02.11.2026 күнү алмашма дискке 1 файл жазылды, 1 жолу четке кагылды.")


# ----------------------------------------------------------------------------- state alerts
def test_an_open_integrity_finding_is_an_alert_until_acknowledged(clock, school) -> None:
    clock.at(MONDAY, 5)
    remove_checkpoint(school)
    session = school.sign_in()
    (finding,) = alerts.refresh(session)
    assert (finding.kind, finding.params, finding.first_seen) == (
        "integrity_finding", {"finding": "checkpoint_missing", "seq": 0}, "2026-11-02T05:00:00Z")
    assert describe(finding, "ru", Names(session.conn)).startswith(
        "С 02.11.2026 ") and "нет контрольной точки" in describe(finding, "ru", Names(session.conn))
    alerts.acknowledge(session, finding.id, "Файл ключей восстановлен администратором")
    clock.tick(days=1)
    assert alerts.refresh(session) == [] and alerts.list_alerts(session) == []   # the same finding: not again
    session.close()


def test_no_verified_backup_for_a_week_fires_and_again_a_week_later(clock, school, monkeypatch) -> None:
    from app.backup import service as backup_service

    # the backup's own stamp (its default clock is bound when the engine is imported)
    monkeypatch.setattr(engine, "make_backup", functools.partial(engine.make_backup, now=lambda: clock.now))
    session = school.sign_in()                    # set up at START (Monday 04:00 UTC)
    clock.set(START + timedelta(days=7))
    assert alerts.refresh(session) == []           # seven days: not yet
    clock.set(START + timedelta(days=8, hours=1))
    (none_yet,) = alerts.refresh(session)
    assert _fired([none_yet]) == [("backup_stale", "", "none/1", 8, {"last": None})]
    assert describe(none_yet, "en", Names(session.conn)) == (
        "Not one verified backup has been made since the school was set up 8 days ago.")
    made = backup_service.back_up(session, automatic=False)
    assert made.verified
    alerts.acknowledge(session, none_yet.id, "The first backup is made now")
    clock.set(START + timedelta(days=15))
    assert alerts.refresh(session) == []
    clock.set(START + timedelta(days=16, hours=2))
    (stale,) = alerts.refresh(session)
    created = "2026-11-10T05:00:00Z"
    assert _fired([stale]) == [("backup_stale", "", f"{created}/1", 8, {"last": created})]
    alerts.acknowledge(session, stale.id, "The backup disk is at the repair shop")
    clock.set(START + timedelta(days=20))
    assert alerts.refresh(session) == []           # acknowledged for this week of staleness
    clock.set(START + timedelta(days=23))
    (week_later,) = alerts.refresh(session)
    assert (week_later.period, week_later.count) == (f"{created}/2", 14)
    session.close()


# ----------------------------------------------------------------------------- acknowledging
def test_acknowledge_needs_a_note_the_right_is_audited_and_a_new_day_fires_again(clock, school, make_user) -> None:
    clock.at(MONDAY, 3)
    admin = school.sign_in()
    director = make_user("direktor", "director")
    secretary = make_user("zarina", "secretary")
    _fail(school.profile, "zarina", 5, clock, 2)
    clock.at(MONDAY, 6)
    admin.close()
    admin = school.sign_in()
    (first,) = alerts.refresh(admin)
    with pytest.raises(PermissionDenied):
        alerts.list_alerts(secretary)
    with pytest.raises(PermissionDenied):
        alerts.acknowledge(secretary, first.id, "Мен өзүм жаздым")
    with pytest.raises(InvalidInput) as short:
        alerts.acknowledge(director, first.id, "  ok ")
    assert short.value.key == "alert.note_length"
    with pytest.raises(InvalidInput) as missing:
        alerts.acknowledge(director, "no-such-alert", "Текшерилди, баары жайында")
    assert missing.value.key == "alert.not_found"
    done = alerts.acknowledge(director, first.id, "Зарина сырсөзүн унутуп калган, жаңысы берилди")
    assert (done.acknowledged_by, done.acknowledged_at, done.open) == (director.user.id, "2026-11-02T06:00:00Z", False)
    assert _audit(admin, "alert.acknowledge") == [(first.id, {"kind": "failed_sign_ins"})]
    assert alerts.list_alerts(admin) == []
    (kept,) = alerts.list_alerts(admin, include_acknowledged=True)
    assert kept.note == "Зарина сырсөзүн унутуп калган, жаңысы берилди"
    with pytest.raises(InvalidInput) as again:
        alerts.acknowledge(admin, first.id, "Дагы бир жолу тастыктайм")
    assert again.value.key == "alert.already_acknowledged"
    # more failures the same day stay acknowledged; the next day's are a new alert
    clock.at(MONDAY, 7)
    _fail(school.profile, "zarina", 2, clock, 2)
    clock.at(MONDAY + timedelta(days=1), 3)
    _fail(school.profile, "zarina", 5, clock, 10)   # ten minutes apart: the throttle's wait has passed
    admin.close()
    admin = school.sign_in()
    (second,) = alerts.refresh(admin)
    assert (second.kind, second.period, second.count) == ("failed_sign_ins", "2026-11-03", 5)
    assert [a.id for a in alerts.list_alerts(admin)] == [second.id]
    admin.close()


def test_the_alerts_table_holds_ids_and_counts_never_a_name(clock, school, make_user, monkeypatch, tmp_path) -> None:
    clock.at(MONDAY, 3)
    admin = school.sign_in()
    zarina = make_user("zarina", "secretary")
    monkeypatch.setattr(export, "is_removable", lambda p: True)
    with pytest.raises(export.RemovableRefused):
        export.export_table(zarina, tmp_path / "x.csv", ["A"], [["x"]], what="pupils", columns=["surname"])
    alerts.refresh(admin)
    rows = admin.conn.execute("SELECT * FROM alert").fetchall()
    assert len(rows) == 1
    assert "zarina" not in repr(rows) and "Тестов" not in repr(rows)
    admin.close()


def test_the_window_of_days_keeps_old_history_out(clock, admin_session, make_user, monkeypatch, tmp_path) -> None:
    zarina = make_user("zarina", "secretary")
    monkeypatch.setattr(export, "is_removable", lambda p: True)
    clock.at(MONDAY - timedelta(days=alerts.WINDOW_DAYS), 5)
    with pytest.raises(export.RemovableRefused):
        export.export_table(zarina, tmp_path / "x.csv", ["A"], [["x"]], what="pupils", columns=["surname"])
    clock.at(MONDAY, 5)
    assert alerts.refresh(admin_session) == []
    assert date.fromisoformat(alerts.Window.at(clock.now).since(alerts.WINDOW_DAYS)[:10]) > \
        MONDAY - timedelta(days=alerts.WINDOW_DAYS)


@pytest.mark.parametrize("hours", [0, 6, -5, 5.75])
def test_the_local_day_of_a_stamp_east_and_west_of_utc(hours: float) -> None:
    from datetime import datetime

    offset = timedelta(hours=hours)
    w = alerts.Window(START, offset)
    for at in ("2026-11-02T00:00:00Z", "2026-11-02T04:59:59Z", "2026-11-02T05:00:00Z", "2026-11-02T17:59:59Z",
               "2026-11-02T18:00:00Z", "2026-11-02T18:15:00Z", "2026-12-31T23:30:00Z", "2026-03-01T02:00:00Z"):
        expected = (datetime.fromisoformat(at.replace("Z", "+00:00")) + offset).date().isoformat()
        assert w.day(at) == expected, at
