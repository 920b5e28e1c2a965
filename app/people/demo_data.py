"""The demo school's people: classes 1–11, pupils with guardians and consents, staff — generated from
the name lists in resources/demo, never real people. One write transaction, so 20,000 pupils take
seconds, not minutes."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from importlib import resources
from typing import Any

from app.clock import now_iso
from app.demo import DemoOptions, register_filler
from app.ids import uuid7
from app.people import classes as classes_service
from app.people import movements, search
from app.people.pupils import Allocator, insert_pupils
from app.people.staff import insert_staff
from app.security.session import Session
from db import bulk
from db.connection import Connection

_LETTERS = "АБВГДЕЖЗИКЛМНҢОӨПРСТУҮФХЦЧШЭЮЯ"
_REGIONS = ("issyk_kul.ak_suu", "issyk_kul.jeti_oguz", "issyk_kul.tup", "issyk_kul.issyk_kul")
_POSITIONS = ("teacher", "teacher", "teacher", "primary_teacher", "librarian", "psychologist", "secretary",
              "deputy_study")
_SUBJECTS = ("kyrgyz", "russian", "english", "math", "physics", "chemistry", "biology", "history", "geography",
             "informatics", "pe", "music", "art", "primary")


def _names(filename: str) -> list[str]:
    text = (resources.files("resources") / "demo" / filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


class _People:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ky_m, self.ky_f = _names("names_ky_male.txt"), _names("names_ky_female.txt")
        self.ru_m, self.ru_f = _names("names_ru_male.txt"), _names("names_ru_female.txt")
        self.ru_surnames = _names("surnames_ru.txt")
        self.serial = rng.randrange(10000, 40000)

    def person(self, sex: str, kyrgyz: bool) -> tuple[str, str, str]:
        rng = self.rng
        if kyrgyz:
            stem = rng.choice(self.ky_m)
            ending = "ов" if stem[-1] not in "аеиоуыэюяөү" else "в"
            surname = stem + ending + ("а" if sex == "F" else "")
            given = rng.choice(self.ky_f if sex == "F" else self.ky_m)
            father = rng.choice(self.ky_m)
            if rng.random() < 0.3:
                patronymic = f"{father} {'кызы' if sex == 'F' else 'уулу'}"
            else:
                patronymic = father + ("овна" if sex == "F" else "ович")
        else:
            stem = rng.choice(self.ru_surnames)
            surname = stem + ("а" if sex == "F" else "")
            given = rng.choice(self.ru_f if sex == "F" else self.ru_m)
            patronymic = rng.choice(self.ru_m).rstrip("й") + ("овна" if sex == "F" else "ович")
        return surname, given, patronymic

    def pin(self, sex: str, born: date) -> str:
        self.serial += 1
        return f"{1 if sex == 'F' else 2}{born:%d%m%Y}{self.serial % 100000:05d}"


_BATCH = 250


def _write_pupils(w: Connection, user_id: str | None, allocator: Allocator,
                  batch: list[tuple[dict[str, Any], str, date, str, tuple[str, str, str], str, str]],
                  start_year: int) -> None:
    """A batch of demo pupils with their admission, mother and consent: one statement per table."""
    saved = insert_pupils(w, user_id, [item[0] for item in batch], allocator)
    movements.admit_new(w, user_id, [(s.id, item[1], item[2], item[3]) for s, item in zip(saved, batch, strict=True)])
    now = now_iso()
    guardians = [(uuid7(), s.id, "mother", *item[4], None, item[5], now) for s, item in zip(saved, batch, strict=True)]
    signers = [item[6] for item in batch]
    bulk.insert_rows(w, "guardian", ("id", "pupil_id", "relation", "surname", "given_name", "patronymic", "pin",
                                     "phone", "created_at"), guardians)
    bulk.insert_rows(w, "consent", ("id", "pupil_id", "guardian_id", "signer_name", "signed_on", "text_version",
                                    "scope", "created_at", "created_by"),
                     [(uuid7(), g[1], g[0], signer, f"{start_year}-09-01", "v1-2025", "processing",
                       f"{start_year}-09-01T00:00:00Z", user_id) for g, signer in zip(guardians, signers, strict=True)])


def fill(session: Session, options: DemoOptions) -> None:
    rng = random.Random(20250901)  # reproducible demo  # noqa: S311
    people = _People(rng)
    conn = session.conn
    year = classes_service.current_year(conn)
    start_year = int(year[:4])
    total = max(options.pupils, 0)
    per_grade = max(1, min(math.ceil(total / 11 / 28), len(_LETTERS))) if total else 1
    teacher = conn.execute("SELECT id FROM app_user WHERE login = 'teacher'").fetchone()
    report = options.progress or (lambda done, all_, what: None)
    with session.write() as w:
        class_ids = []
        for grade in range(1, 12):
            for k in range(per_grade):
                language = "ru" if k == 1 else "ky"
                owner = teacher[0] if teacher and grade == 5 and k == 0 else None
                class_ids.append((grade, classes_service.insert_class(w, year, grade, _LETTERS[k], language, owner)))
        allocator = Allocator(w)
        batch: list[tuple[dict[str, Any], str, date, str, tuple[str, str, str], str, str]] = []
        for i in range(total):
            if i % 25 == 0:
                options.check()   # a lock or Cancel stops the fill; its transaction rolls back
            grade, class_id = class_ids[i % len(class_ids)]
            sex = rng.choice("FM")
            kyrgyz = rng.random() < 0.8
            surname, given, patronymic = people.person(sex, kyrgyz)
            born = date(start_year - grade - 6, 1, 1) + timedelta(days=rng.randrange(365))
            region = rng.choice(_REGIONS)
            values = {
                "surname": surname, "given_name": given, "patronymic": patronymic, "sex": sex,
                "birth_date": born.isoformat(), "birth_place": "Ысык-Көл облусу", "citizenship": "KG",
                "pin": people.pin(sex, born) if rng.random() < 0.85 else None,
                "reg_region": region, "reg_address": f"{rng.choice(('Ленин', 'Манас', 'Токтогул'))} көч., "
                                                     f"{rng.randrange(1, 120)}",
                "act_region": region, "act_address": "", "language": "ky" if kyrgyz else "ru",
            }
            order = f"{rng.randrange(1, 90)}-к"
            mother = people.person("F", kyrgyz)
            phone = f"+996 7{rng.randrange(0, 99):02d} {rng.randrange(100000, 999999)}"
            batch.append((values, class_id, date(start_year - grade + 1, 9, 1), order,
                          (surname if not kyrgyz else mother[0], mother[1], mother[2]), phone,
                          f"{mother[0]} {mother[1]}"))
            if len(batch) == _BATCH or i == total - 1:
                _write_pupils(w, session.user.id, allocator, batch, start_year)
                batch.clear()
            if i % 500 == 0:
                report(i, total, "pupils")
        report(total, total, "pupils")
        staff_count = max(8, min(total // 15, 120))
        rowid = search.next_rowid(w, "staff")
        for _ in range(staff_count):
            sex = "F" if rng.random() < 0.75 else "M"
            surname, given, patronymic = people.person(sex, rng.random() < 0.8)
            born = date(rng.randrange(1960, 2000), 1, 1) + timedelta(days=rng.randrange(365))
            hired = date(rng.randrange(max(born.year + 22, 1985), start_year + 1), 8, rng.randrange(15, 31))
            insert_staff(w, session.user.id, {
                "surname": surname, "given_name": given, "patronymic": patronymic, "sex": sex,
                "birth_date": born.isoformat(), "pin": people.pin(sex, born), "phone": f"+996 55{rng.randrange(0, 9)}"
                f" {rng.randrange(100000, 999999)}", "education": "higher", "qualification": rng.choice(
                    ("none", "second", "first", "highest")), "position": rng.choice(_POSITIONS),
                "workload_hours": float(rng.choice((18, 18, 24, 27))), "hire_date": hired.isoformat(),
                "hire_order": f"{rng.randrange(1, 80)}-ж", "reg_region": rng.choice(_REGIONS),
                "address": "Теплоключенка айылы", "prior_service_months": rng.randrange(0, 60),
            }, rowid, [rng.choice(_SUBJECTS)])
            rowid += 1
        session.audit(w, "demo.people", "", "", {"pupils": total, "staff": staff_count})


register_filler(fill)
