"""Import of pupils or staff from a spreadsheet: all or nothing.

read -> header -> every row checked (all problems collected) -> if any row is bad, nothing is written
and the report lists each bad row and why -> otherwise ONE write transaction creates the missing
classes, the new people and their admissions, and the audit entry. A kill -9 in the middle leaves the
database as it was (SQLite rolls the unfinished transaction back). People already in the register
(same PIN, or same name + birth date) are never doubled: the report names them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.errors import InvalidInput, KenseError
from app.people import classes as classes_service
from app.people import movements, search
from app.people.classifiers import Classifiers
from app.people.fields import PUPIL_FIELDS, STAFF_FIELDS, Issue, check_record
from app.people.importing.headers import find_header, parse_map
from app.people.importing.readers import read_table
from app.people.names import clean_text, collation_key, full_name, normalise_name
from app.people.pupils import Allocator, insert_pupils
from app.people.staff import insert_staff, resolve_subjects
from app.people.values import class_name, parse_class_name
from app.security.roles import Permission
from app.security.session import Session

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

_EXTRA_PUPIL = {"full_name", "class", "class_letter"}
_EXTRA_STAFF = {"full_name", "subjects"}
_WRITE_CHUNK = 500        # rows per statement batch; Cancel and the progress bar are checked between batches
_FEMALE_ENDINGS = ("кызы", "овна", "евна", "ична", "инична")
_MALE_ENDINGS = ("уулу", "ович", "евич", "ич", "оглы")


class ImportRefused(InvalidInput):
    """Some rows are invalid: nothing was imported. ``report`` says which and why."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("import.refused", count=len({e.row for e in report.errors}))
        self.report = report


class ImportCancelled(KenseError):
    def __init__(self) -> None:
        super().__init__("import.cancelled")


@dataclass(frozen=True)
class RowError:
    row: int          # 1-based row number as the spreadsheet shows it
    issue: Issue


@dataclass
class ImportReport:
    kind: str
    file: str
    format: str
    columns: dict[str, str]
    data_rows: int = 0
    to_import: int = 0
    imported: int = 0
    dry_run: bool = False
    existing: list[dict[str, Any]] = field(default_factory=list)
    new_classes: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "kind": self.kind, "file": self.file, "format": self.format, "columns": self.columns,
            "data_rows": self.data_rows, "to_import": self.to_import, "imported": self.imported,
            "dry_run": self.dry_run, "existing": self.existing, "new_classes": self.new_classes,
            "errors": [{"row": e.row, **e.issue.to_json(lang)} for e in self.errors],
            "warnings": [{"row": w.row, **w.issue.to_json(lang)} for w in self.warnings],
        }


def _split_full_name(text: str) -> tuple[str, str, str]:
    parts = normalise_name(text).split(" ")
    if len(parts) >= 3 and parts[-1] in ("уулу", "кызы"):
        return parts[0], " ".join(parts[1:-2]) or parts[1], " ".join(parts[-2:])
    if len(parts) == 1:
        return parts[0], "", ""
    return parts[0], parts[1], " ".join(parts[2:])


def _infer_sex(data: dict[str, Any]) -> str | None:
    pin = clean_text(data.get("pin")).split(".")[0]
    if pin[:1] in ("1", "2") and len(pin) == 14:
        return "F" if pin[0] == "1" else "M"
    patronymic = clean_text(data.get("patronymic")).lower()
    if patronymic.endswith(_FEMALE_ENDINGS):
        return "F"
    if patronymic.endswith(_MALE_ENDINGS):
        return "M"
    return None


@dataclass
class _Row:
    number: int
    values: dict[str, Any]
    class_key: tuple[int, str] | None = None
    subjects: list[str] = field(default_factory=list)


def run_import(session: Session, path: Path, *, kind: str = "pupil", mapping: str | None = None,
               dry_run: bool = False, order_number: str = "", admission_date: date | None = None,
               progress: Progress | None = None, cancel: Cancel | None = None) -> ImportReport:
    session.require(Permission.IMPORT_PEOPLE)
    session.require(Permission.EDIT_PEOPLE)
    fields_spec = PUPIL_FIELDS if kind == "pupil" else STAFF_FIELDS
    allowed = set(fields_spec) | (_EXTRA_PUPIL if kind == "pupil" else _EXTRA_STAFF)
    user_map = parse_map(mapping, allowed)
    report_progress = progress or (lambda done, total, phase: None)
    is_cancelled = cancel or (lambda: False)

    report_progress(0, 1, "read")
    table = read_table(Path(path))
    header_row, columns = find_header(table.rows, allowed, user_map)
    header = table.rows[header_row]
    report = ImportReport(kind, Path(path).name, table.format,
                          {clean_text(header[c]): f for c, f in columns.items()}, dry_run=dry_run)
    present = set(columns.values())
    if not ({"surname", "given_name"} <= present or "full_name" in present):
        raise InvalidInput("import.missing_columns", columns="surname, given_name")

    conn = session.conn
    refs = Classifiers(conn)
    current_year = classes_service.current_year(conn)
    body = table.rows[header_row + 1:]
    report.data_rows = sum(1 for r in body if any(v not in (None, "") for v in r))
    if report.data_rows == 0:
        raise InvalidInput("import.empty")
    if report.data_rows > 100_000:
        raise InvalidInput("import.too_many_rows", limit=100_000)
    rows: list[_Row] = []
    seen_pins: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    db_table = "pupil" if kind == "pupil" else "staff"
    known_pins = {r[0]: r[1] for r in conn.execute(f"SELECT pin, id FROM {db_table} WHERE pin IS NOT NULL")}  # noqa: S608
    known_names = {(r[0], r[1]): r[2] for r in conn.execute(
        f"SELECT sort_key, birth_date, id FROM {db_table} WHERE birth_date IS NOT NULL")}  # noqa: S608
    for offset, raw_row in enumerate(body):
        if is_cancelled():
            raise ImportCancelled()
        number = header_row + offset + 2
        if not any(v not in (None, "") for v in raw_row):
            continue
        if offset % 500 == 0:
            report_progress(offset, len(body), "check")
        data: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for col, name in columns.items():
            value = raw_row[col] if col < len(raw_row) else None
            (data if name in fields_spec else extra)[name] = value
        if "full_name" in extra:
            surname, given, patronymic = _split_full_name(clean_text(extra["full_name"]))
            data.setdefault("surname", surname)
            data.setdefault("given_name", given)
            data.setdefault("patronymic", patronymic)
        if not clean_text(data.get("sex")):
            data["sex"] = _infer_sex(data)
        checked = check_record(fields_spec, data, refs)
        row = _Row(number, checked.values)
        for issue in checked.errors:
            report.errors.append(RowError(number, issue))
        if kind == "pupil" and clean_text(extra.get("class")):
            try:
                text = clean_text(extra["class"])
                if extra.get("class_letter") and text.isdigit():
                    text = f"{text}-{clean_text(extra['class_letter'])}"
                row.class_key = parse_class_name(text)
            except KenseError as exc:
                report.errors.append(RowError(number, Issue("class", exc.key, exc.params)))
        if kind == "staff" and clean_text(extra.get("subjects")):
            try:
                row.subjects = resolve_subjects(refs, extra["subjects"])
            except KenseError as exc:
                report.errors.append(RowError(number, Issue("subjects", exc.key, exc.params)))
        if checked.errors:
            continue
        values = checked.values
        for issue in _pin_disagreements(values):
            report.warnings.append(RowError(number, issue))
        name_key = (collation_key(full_name(values["surname"], values["given_name"], values.get("patronymic") or "")),
                    values.get("birth_date") or "")
        existing_id = known_pins.get(values.get("pin") or "") or (known_names.get(name_key) if name_key[1] else None)
        if existing_id:
            report.existing.append({"row": number, "id": existing_id, "name": full_name(
                values["surname"], values["given_name"], values.get("patronymic") or ""),
                "reason": "pin" if values.get("pin") in known_pins else "name_birth"})
            continue
        if values.get("pin") and values["pin"] in seen_pins:
            report.errors.append(RowError(number, Issue("pin", "import.duplicate_in_file",
                                                         {"other": seen_pins[values["pin"]]})))
            continue
        if name_key[1] and name_key in seen_names:
            report.errors.append(RowError(number, Issue("surname", "import.duplicate_in_file",
                                                        {"other": seen_names[name_key]})))
            continue
        if values.get("pin"):
            seen_pins[values["pin"]] = number
        if name_key[1]:
            seen_names[name_key] = number
        rows.append(row)

    existing_classes = {(r[0], r[1]) for r in conn.execute(
        "SELECT grade, letter FROM class WHERE academic_year = ?", (current_year,))}
    wanted = sorted({r.class_key for r in rows if r.class_key})
    report.new_classes = [class_name(g, letter) for g, letter in wanted if (g, letter) not in existing_classes]
    report.to_import = len(rows)
    if report.errors:
        raise ImportRefused(report)
    if dry_run:
        return report
    _write(session, report, rows, kind, current_year, order_number, admission_date or date.today(),
           report_progress, is_cancelled)
    return report


def _pin_disagreements(values: dict[str, Any]) -> list[Issue]:
    from app.people.fields import pin_warnings

    return pin_warnings(values)


def _write(session: Session, report: ImportReport, rows: list[_Row], kind: str, year: str, order_number: str,
           day: date, progress: Progress, cancel: Cancel) -> None:
    with session.write() as w:
        class_ids = {(r[1], r[2]): r[0] for r in w.execute(
            "SELECT id, grade, letter FROM class WHERE academic_year = ?", (year,))}
        for name in report.new_classes:
            grade, letter = parse_class_name(name)
            class_ids[(grade, letter)] = classes_service.insert_class(w, year, grade, letter)
        allocator = Allocator(w) if kind == "pupil" else None
        staff_rowid = search.next_rowid(w, "staff")
        order = clean_text(order_number)
        for start in range(0, len(rows), _WRITE_CHUNK):
            progress(start, len(rows), "write")
            if cancel():
                raise ImportCancelled()
            part = rows[start:start + _WRITE_CHUNK]
            if allocator is not None:
                saved = insert_pupils(w, session.user.id, [row.values for row in part], allocator)
                movements.admit_new(w, session.user.id, [(s.id, class_ids[row.class_key], day, order)
                                                         for s, row in zip(saved, part, strict=True)
                                                         if row.class_key])
                continue
            for row in part:
                insert_staff(w, session.user.id, row.values, staff_rowid, row.subjects)
                staff_rowid += 1
        report.imported = len(rows)
        session.audit(w, "import.run", kind, "", {
            "format": report.format, "imported": report.imported, "existing": len(report.existing),
            "new_classes": len(report.new_classes), "columns": sorted(set(report.columns.values()))})
    progress(len(rows), len(rows), "done")
