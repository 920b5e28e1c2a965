"""Year-end rollover: promote every pupil of the current year, keep the marked repeaters in their grade,
graduate the final grades (and the marked leavers after grade 9), apply grade jumps (3→5, 6→8), create
next year's classes. ``plan`` is the preview; ``commit`` writes the whole plan in one transaction."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.admin import settings as settings_service
from app.admin.settings import SettingSpec
from app.clock import now_iso
from app.errors import InvalidInput
from app.people import classes as classes_service
from app.people import movements
from app.people.names import clean_text
from app.people.values import class_name, next_academic_year, parse_academic_year
from app.security.roles import Permission
from app.security.session import Session


def _grades(value: Any) -> str:
    items = sorted({int(x) for x in str(value).replace(" ", "").split(",") if x})
    if not items or any(not 1 <= g <= 12 for g in items):
        raise ValueError
    return ",".join(str(g) for g in items)


settings_service.declare(SettingSpec("final_grades", "11,12", _grades, "grades 1–12, comma-separated"))


@dataclass(frozen=True)
class Step:
    pupil_id: str
    kind: str                 # promotion, grade_jump, repeat, graduation
    from_class: str           # "5-А"
    to_class: str | None      # "6-А" in the new year, None for graduation


@dataclass
class Plan:
    from_year: str
    to_year: str
    steps: list[Step] = field(default_factory=list)
    new_classes: list[str] = field(default_factory=list)
    skipped_blocked: int = 0

    def counts(self) -> dict[str, int]:
        return dict(Counter(s.kind for s in self.steps))

    def to_json(self) -> dict[str, Any]:
        by_class: dict[str, Counter[str]] = {}
        for s in self.steps:
            by_class.setdefault(s.from_class, Counter())[s.kind] += 1
        return {"from_year": self.from_year, "to_year": self.to_year, "counts": self.counts(),
                "new_classes": self.new_classes, "skipped_blocked": self.skipped_blocked,
                "classes": [{"class": name, **dict(c)} for name, c in by_class.items()]}


def plan(session: Session, to_year: str, *, repeaters: set[str] | None = None, leavers: set[str] | None = None,
         jumps: dict[int, int] | None = None) -> Plan:
    session.require(Permission.EDIT_PEOPLE)
    conn = session.conn
    current = classes_service.current_year(conn)
    to_year = parse_academic_year(to_year)
    if to_year != next_academic_year(current):
        raise InvalidInput("rollover.same_year", current=current)
    if conn.execute("SELECT 1 FROM enrolment e JOIN class c ON c.id = e.class_id"
                    " WHERE c.academic_year = ? AND e.end_date IS NULL LIMIT 1", (to_year,)).fetchone():
        raise InvalidInput("rollover.target_not_empty", year=to_year)
    repeaters, leavers = repeaters or set(), leavers or set()
    jumps = jumps or {}
    for source, target in jumps.items():
        if movements.GRADE_JUMPS.get(source) != target:
            raise InvalidInput("movement.bad_jump", from_grade=source, to_grade=target)
    final = {int(g) for g in str(settings_service.get(session, "final_grades")).split(",")}
    result = Plan(current, to_year)
    existing = {(r[0], r[1]) for r in conn.execute("SELECT grade, letter FROM class WHERE academic_year = ?",
                                                  (to_year,))}
    rows = conn.execute(
        "SELECT p.id, p.blocked_at, c.grade, c.letter FROM enrolment e JOIN class c ON c.id = e.class_id"
        " JOIN pupil p ON p.id = e.pupil_id WHERE c.academic_year = ? AND e.end_date IS NULL"
        " ORDER BY c.grade, c.letter, p.sort_key", (current,)).fetchall()
    needed: list[tuple[int, str]] = []
    for pupil_id, blocked, grade, letter in rows:
        if blocked:
            result.skipped_blocked += 1
            continue
        origin_name = class_name(grade, letter)
        if pupil_id in repeaters:
            kind, target = "repeat", grade
        elif grade in final or (pupil_id in leavers and grade in movements.GRADUATION_GRADES):
            result.steps.append(Step(pupil_id, "graduation", origin_name, None))
            continue
        elif grade in jumps:
            kind, target = "grade_jump", jumps[grade]
        elif grade >= 12:
            result.steps.append(Step(pupil_id, "graduation", origin_name, None))
            continue
        else:
            kind, target = "promotion", grade + 1
        result.steps.append(Step(pupil_id, kind, origin_name, class_name(target, letter)))
        if (target, letter) not in existing and (target, letter) not in needed:
            needed.append((target, letter))
    result.new_classes = [class_name(g, letter) for g, letter in sorted(needed)]
    return result


def commit(session: Session, to_year: str, order_number: str, *, repeaters: set[str] | None = None,
           leavers: set[str] | None = None, jumps: dict[int, int] | None = None,
           start_date: date | None = None) -> Plan:
    """Carry out the plan: all of it, or (on any error) nothing."""
    order_number = clean_text(order_number)
    if not order_number:
        raise InvalidInput("movement.order_required")
    the_plan = plan(session, to_year, repeaters=repeaters, leavers=leavers, jumps=jumps)
    conn = session.conn
    start = start_date or date(int(the_plan.to_year[:4]), 9, 1)
    graduation_day = date(int(the_plan.from_year[5:]), 6, 30)
    languages = {(r[0], r[1]): (r[2], r[3]) for r in conn.execute(
        "SELECT grade, letter, language, teacher_user_id FROM class WHERE academic_year = ?", (the_plan.from_year,))}
    with session.write() as w:
        class_ids = {class_name(r[1], r[2]): r[0] for r in w.execute(
            "SELECT id, grade, letter FROM class WHERE academic_year = ?", (the_plan.to_year,))}
        for name in the_plan.new_classes:
            grade_text, letter = name.split("-", 1)
            grade = int(grade_text)
            # The new class keeps the language and class teacher of the class its pupils come from.
            origin = languages.get((grade - 1, letter)) or languages.get((grade - 2, letter)) or \
                languages.get((grade, letter)) or ("ky", None)
            class_ids[name] = classes_service.insert_class(w, the_plan.to_year, grade, letter, origin[0], origin[1])
        for step in the_plan.steps:
            day = graduation_day if step.kind == "graduation" else start
            movements.apply(w, session.user.id, step.pupil_id, step.kind, day, order_number,
                            to_class_id=class_ids[step.to_class] if step.to_class else None)
        w.execute("INSERT INTO setting (key, value, updated_at, updated_by) VALUES ('current_academic_year', ?, ?, ?)"
                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,"
                  " updated_by = excluded.updated_by", (json.dumps(the_plan.to_year), now_iso(), session.user.id))
        session.audit(w, "year.rollover", "academic_year", the_plan.to_year,
                      {**the_plan.counts(), "new_classes": len(the_plan.new_classes),
                       "skipped_blocked": the_plan.skipped_blocked})
    return the_plan
