"""The pupil register against a real encrypted profile: records, history, duplicates, search, scope."""

from __future__ import annotations

import json

import pytest

from app.audit import chain
from app.errors import Conflict, InvalidInput, PermissionDenied, RecordRefused
from app.people import classes, pupils, staff
from app.people.fields import FieldError


def _audit(session, action):
    return [e for e in chain.entries(session.conn, limit=1000) if e.action == action]


def test_create_correct_and_history_names_fields_only(admin_session, add_pupil) -> None:
    pid = add_pupil("асанов", "бакыт", pin="20607201410000")
    record = pupils.get_pupil(admin_session, pid)
    assert record["surname"] == "Асанов" and record["book"] == "А/1" and record["class"] == "5-А"
    assert record["movements"][0]["kind"] == "admission"
    pupils.update_pupil(admin_session, pid, {"given_name": "Бакытбек", "reg_address": "Ленин көч., 5"})
    history = pupils.get_pupil(admin_session, pid)["history"]
    assert history[-1]["fields"] == ["given_name", "reg_address"] and history[-1]["user"] == "admin"
    updates = _audit(admin_session, "person.update")
    assert updates and updates[-1].detail == {"fields": ["given_name", "reg_address"]}
    # the audit never holds values
    everything = json.dumps([e.detail for e in chain.entries(admin_session.conn, limit=1000)], ensure_ascii=False)
    assert "Бакытбек" not in everything and "20607201410000" not in everything and "Ленин" not in everything
    assert len(_audit(admin_session, "person.reveal")) == 2


def test_pin_rules_and_duplicates(admin_session, add_pupil) -> None:
    pid = add_pupil("Асанов", "Бакыт", pin="20607201410000")
    with pytest.raises(Conflict) as info:
        add_pupil("Башка", "Бала", pin="20607201410000")
    assert info.value.key == "pin.duplicate"
    with pytest.raises(Conflict) as info:
        add_pupil("АСАНОВ", "Бакыт")                 # same name + birth date, different spelling
    assert info.value.key == "person.possible_duplicate"
    saved = pupils.create_pupil(admin_session, {"surname": "Асанов", "given_name": "Бакыт", "sex": "M",
                                                "birth_date": "2014-07-06"}, confirm_duplicate=True)
    assert saved.id != pid
    # PIN disagreeing with birth date and sex: saved, with warnings
    warned = pupils.create_pupil(admin_session, {"surname": "Осмонова", "given_name": "Айгүл", "sex": "F",
                                                 "birth_date": "2014-07-07", "pin": "20607201410001"})
    assert [w.key for w in warned.warnings] == ["pin.warn_birth_date", "pin.warn_sex"]
    with pytest.raises(FieldError) as bad:
        pupils.create_pupil(admin_session, {"surname": "Осмонов", "given_name": "Улан", "sex": "M",
                                            "birth_date": "2099-01-01"})
    assert bad.value.field == "birth_date" and "Дата рождения" in bad.value.message("ru")


def test_search_folds_cyrillic_case_and_keeps_kyrgyz_letters_apart(admin_session, add_pupil) -> None:
    a = add_pupil("Асанов", "Бакыт", pin="20607201410000")
    o = add_pupil("Өмүрова", "Айгүл", sex="F", birth="2014-01-01")
    om = add_pupil("Омурова", "Айнура", sex="F", birth="2014-01-02")
    e = add_pupil("Ёлкина", "Мария", sex="F", birth="2014-01-03")
    ids = lambda q: pupils.pupil_ids(admin_session, query=q)  # noqa: E731
    assert ids("ас") == [a] and ids("АС") == [a]
    assert ids("өм") == [o] and ids("ом") == [om]
    assert ids("елк") == [e] and ids("ёлк") == [e]
    assert ids("ай") == [om, o]                       # О before Ө: Kyrgyz alphabet order
    assert ids("2060720") == [a]
    assert ids("Ө/1") == [o]
    assert ids("'; DROP TABLE pupil; --") == [] and ids('"') == [] and ids("*") == []
    assert pupils.pupil_ids(admin_session) == [a, e, om, o]


def test_teacher_sees_only_own_class_and_cannot_edit(admin_session, add_pupil, make_user) -> None:
    mine = add_pupil("Асанов", "Бакыт", class_name="5-А")
    other = add_pupil("Беков", "Улан", class_name="6-Б", birth="2013-01-01")
    teacher = make_user("mugalim", "teacher")
    classes.set_class_teacher(admin_session, classes.find_class(admin_session.conn, "5-А").id, "mugalim")
    assert pupils.pupil_ids(teacher) == [mine]
    assert [c.name for c in classes.list_classes(teacher)] == ["5-А"]
    assert [c.name for c in classes.list_classes_without_counts(teacher)] == ["5-А"]
    assert [c.name for c in classes.list_classes_without_counts(admin_session)] == ["5-А", "6-Б"]
    masked = pupils.get_pupil(teacher, mine, reveal=False)
    assert masked["birth_date"] == "•••"
    with pytest.raises(RecordRefused) as refused:     # a permission refusal: exit 3
        pupils.get_pupil(teacher, other, reveal=False)
    assert refused.value.exit_code == 3
    with pytest.raises(PermissionDenied):
        pupils.get_pupil(teacher, mine)               # a reveal needs the right
    with pytest.raises(PermissionDenied):
        pupils.update_pupil(teacher, mine, {"given_name": "X"})
    with pytest.raises(PermissionDenied):
        staff.list_staff(teacher)


def test_lists_are_masked_and_classes_count_by_sex(admin_session, add_pupil) -> None:
    add_pupil("Асанов", "Бакыт", pin="20607201410000")
    add_pupil("Асанова", "Айжан", sex="F", birth="2014-02-02")
    row = pupils.list_pupils(admin_session, class_ref="5-А")[0]
    assert row["pin"] == "2•••••••••0000" and row["birth_date"] == "••.••.••••"
    (five,) = classes.list_classes(admin_session)
    assert (five.name, five.pupils, five.girls, five.boys) == ("5-А", 2, 1, 1)


def test_guardians_consent_and_sensitive_flags(admin_session, add_pupil) -> None:
    pid = add_pupil("Асанов", "Бакыт")
    gid = pupils.add_guardian(admin_session, pid, relation="энеси", surname="Асанова", given_name="Гүлнара",
                              phone="+996 700 123456")
    cid = pupils.add_consent(admin_session, pid, signer_name="Асанова Гүлнара", signed_on="2025-09-01",
                             text_version="v1-2025", scope="processing", guardian_id=gid)
    pupils.withdraw_consent(admin_session, cid, "2025-10-01")
    with pytest.raises(InvalidInput) as info:
        pupils.set_flag(admin_session, pid, "health_limits", "  ")
    assert info.value.key == "person.purpose_required"
    pupils.set_flag(admin_session, pid, "health_limits", "дене тарбия сабагынан бошотуу")
    record = pupils.get_pupil(admin_session, pid)
    assert record["guardians"][0]["relation"] == "mother"
    assert record["consents"][0]["withdrawn_on"] == "2025-10-01"
    assert record["flags"][0]["flag"] == "health_limits"


def test_staff_subjects_are_replaced_with_history_and_audit(admin_session) -> None:
    saved = staff.create_staff(admin_session, {"surname": "Бейшеналиева", "given_name": "Чолпон", "sex": "F"},
                               subjects="математика")
    first = staff.get_staff(admin_session, saved.id, reveal=False)["subjects"]
    assert first == ["math"]
    codes = ["physics", "chemistry"]
    staff.update_staff(admin_session, saved.id, {}, subjects=["физика", "chemistry"])   # names or codes
    record = staff.get_staff(admin_session, saved.id, reveal=False)
    assert record["subjects"] == sorted(codes)
    assert record["history"][-1]["fields"] == ["subjects"]        # oldest first: create, then this
    assert _audit(admin_session, "person.update")[-1].detail == {"fields": ["subjects"]}
    with pytest.raises(FieldError):
        staff.update_staff(admin_session, saved.id, {}, subjects=["no-such-subject"])
    assert staff.get_staff(admin_session, saved.id, reveal=False)["subjects"] == sorted(codes)
