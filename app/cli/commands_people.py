"""People commands: students, staff, classes, movement, year rollover, person (PD operations)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.context import CliContext
from app.cli.parsing import add_command as _add
from app.errors import InvalidInput
from app.i18n import has_message
from app.i18n import register as register_messages
from app.people import classes as classes_service
from app.people import movements as movement_service
from app.people import pd_operations, pupils, rollover, staff
from app.people.export import export_table
from app.people.fields import label
from app.people.importing.run import ImportRefused, ImportReport, run_import
from app.people.record_text import record_text


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    students = _add(subparsers, common, "students", "the pupil register")
    sub = students.add_subparsers(dest="students_command", metavar="ACTION", required=True)
    p = _add(sub, common, "import", "import pupils from xlsx, xls, ods or csv (all or nothing)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check and report, import nothing")
    p.add_argument("--map", help='column mapping, e.g. "Окуучу=full_name,Туулган=birth_date,Эскертүү=ignore"')
    p.add_argument("--order", default="", help="order number for the admissions")
    p.add_argument("--progress", action="store_true", help="print progress lines to stderr")
    p.set_defaults(handler=cmd_students_import, kind="pupil")
    p = _add(sub, common, "list", "list pupils (sensitive columns masked)")
    p.add_argument("--class", dest="class_name", help="e.g. 5-А")
    p.add_argument("--search", default="", help="surname, name, PIN or book number (Ө/7)")
    p.add_argument("--all", action="store_true", help="also pupils who left or graduated")
    p.set_defaults(handler=cmd_students_list)
    p = _add(sub, common, "show", "the full record of a pupil (an audited reveal)")
    p.add_argument("id")
    p.set_defaults(handler=cmd_students_show)
    p = _add(sub, common, "add", "add a pupil")
    p.add_argument("--surname", required=True)
    p.add_argument("--given-name", required=True)
    p.add_argument("--patronymic", default="")
    p.add_argument("--sex", required=True)
    p.add_argument("--birth-date")
    p.add_argument("--pin")
    p.add_argument("--class", dest="class_name")
    p.add_argument("--order", default="")
    p.add_argument("--confirm-duplicate", action="store_true", help="same name and birth date, another person")
    p.set_defaults(handler=cmd_students_add)
    p = _add(sub, common, "export", "export the list to xlsx or csv (audited; not to removable drives)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--class", dest="class_name")
    p.add_argument("--search", default="")
    p.set_defaults(handler=cmd_students_export)

    staff_p = _add(subparsers, common, "staff", "the staff register")
    sub = staff_p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    p = _add(sub, common, "import", "import staff from xlsx, xls, ods or csv (all or nothing)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--map")
    p.add_argument("--progress", action="store_true")
    p.set_defaults(handler=cmd_students_import, kind="staff", order="")
    p = _add(sub, common, "list", "list staff (sensitive columns masked)")
    p.add_argument("--search", default="")
    p.add_argument("--all", action="store_true", help="also dismissed staff")
    p.set_defaults(handler=cmd_staff_list)
    p = _add(sub, common, "show", "the full record of an employee (an audited reveal)")
    p.add_argument("id")
    p.set_defaults(handler=cmd_staff_show)

    cls = _add(subparsers, common, "classes", "classes of an academic year")
    sub = cls.add_subparsers(dest="classes_command", metavar="ACTION", required=True)
    p = _add(sub, common, "list", "classes with pupil counts by sex")
    p.add_argument("--year", help="e.g. 2025/2026 (default: the current year)")
    p.set_defaults(handler=cmd_classes_list)
    p = _add(sub, common, "add", "create a class")
    p.add_argument("name", help="e.g. 5-А")
    p.add_argument("--year")
    p.add_argument("--language", default="ky")
    p.add_argument("--teacher", help="login of the class teacher")
    p.set_defaults(handler=cmd_classes_add)

    mv = _add(subparsers, common, "movement", "pupil movements (admission, transfer, promotion, graduation…)")
    sub = mv.add_subparsers(dest="movement_command", metavar="ACTION", required=True)
    p = _add(sub, common, "add", "record a movement")
    p.add_argument("pupil_id")
    p.add_argument("--type", required=True, choices=movement_service.KINDS)
    p.add_argument("--date", required=True)
    p.add_argument("--order", required=True)
    p.add_argument("--to", default="", help="destination (or origin) school")
    p.add_argument("--class", dest="class_name", help="target class, e.g. 6-А")
    p.add_argument("--reason", help="reason code (withdrawal), e.g. family_moved")
    p.set_defaults(handler=cmd_movement_add)

    year = _add(subparsers, common, "year", "the academic year")
    sub = year.add_subparsers(dest="year_command", metavar="ACTION", required=True)
    p = _add(sub, common, "rollover", "promote, repeat, graduate, apply grade jumps (preview with --dry-run)")
    p.add_argument("--to", required=True, help="the new academic year, e.g. 2026/2027")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--order", default="", help="the order number (required unless --dry-run)")
    p.add_argument("--repeat", default="", help="ids of pupils who repeat the grade, comma-separated")
    p.add_argument("--leave", default="", help="ids of pupils who graduate after grade 9")
    p.add_argument("--jump", default="", help='grade jumps, e.g. "3:5,6:8"')
    p.set_defaults(handler=cmd_year_rollover)

    person = _add(subparsers, common, "person", "personal-data operations (regulation 2.3)")
    sub = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    p = _add(sub, common, "export-own-data", "PDF of everything held about a person (subject-access request)")
    p.add_argument("id")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_person_export)
    p = _add(sub, common, "block", "freeze a record: hidden from lists, read-only, still auditable")
    p.add_argument("id")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_person_block)
    p = _add(sub, common, "unblock", "lift a block")
    p.add_argument("id")
    p.set_defaults(handler=cmd_person_unblock)
    p = _add(sub, common, "depersonalise", "remove what identifies the person (irreversible)")
    p.add_argument("id")
    p.set_defaults(handler=cmd_person_depersonalise)
    p = _add(sub, common, "destroy", "destroy a record irrecoverably and record a destruction act")
    p.add_argument("id")
    p.add_argument("--reason", required=True)
    p.add_argument("--act", type=Path, help="also write the destruction act PDF here")
    p.set_defaults(handler=cmd_person_destroy)


# ----------------------------------------------------------------------------- students / staff
register_messages({
    "import.report_head": (
        "{file} ({format}): файлда {rows} сап, импорттоого {to_import}, импорттолду {imported}",
        "{file} ({format}): строк в файле {rows}, к импорту {to_import}, импортировано {imported}",
        "{file} ({format}): {rows} rows in the file, {to_import} to import, {imported} imported",
    ),
    "import.dry_run": ("(сыноо: эч нерсе жазылган жок)", "(проверка: ничего не записано)",
                       "(dry run: nothing written)"),
    "import.columns": ("мамычалар", "столбцы", "columns"),
    "import.new_classes": ("жаңы класстар", "новые классы", "new classes"),
    "import.existing": (
        "{row}-сап: реестрде мурунтан бар ({reason}): {name}",
        "строка {row}: уже есть в реестре ({reason}): {name}",
        "row {row}: already in the register ({reason}): {name}",
    ),
    "import.row_error": ("{row}-сап: {text}", "строка {row}: {text}", "row {row}: {text}"),
    "import.row_warning": ("{row}-сап (эскертүү): {text}", "строка {row} (предупреждение): {text}",
                           "row {row} (warning): {text}"),
    "import.reason.pin": ("ПИН", "ПИН", "PIN"),
    "import.reason.name_birth": ("аты-жөнү жана туулган күнү", "ФИО и дата рождения", "name and birth date"),
})


def _report_text(ctx: CliContext, report: ImportReport) -> str:
    head = ctx.t("import.report_head", file=report.file, format=report.format, rows=report.data_rows,
                 to_import=report.to_import, imported=report.imported)
    lines = [f"{head} {ctx.t('import.dry_run')}" if report.dry_run else head]
    lines.append(f"  {ctx.t('import.columns')}: " + ", ".join(f"{k} → {v}" for k, v in report.columns.items()))
    if report.new_classes:
        lines.append(f"  {ctx.t('import.new_classes')}: " + ", ".join(report.new_classes))
    for item in report.existing:
        reason_key = f"import.reason.{item['reason']}"
        reason = ctx.t(reason_key) if has_message(reason_key) else str(item["reason"])
        lines.append("  " + ctx.t("import.existing", row=item["row"], reason=reason, name=item["name"]))
    for error in report.errors:
        lines.append("  " + ctx.t("import.row_error", row=error.row, text=error.issue.message(ctx.lang)))
    for warning in report.warnings:
        lines.append("  " + ctx.t("import.row_warning", row=warning.row, text=warning.issue.message(ctx.lang)))
    return "\n".join(lines)


def cmd_students_import(ctx: CliContext) -> int:
    session = ctx.session()
    args = ctx.args

    def progress(done: int, total: int, phase: str) -> None:
        if args.progress:
            print(f"{phase} {done}/{total}", file=ctx.stderr, flush=True)

    try:
        report = run_import(session, args.file, kind=args.kind, mapping=args.map, dry_run=args.dry_run,
                            order_number=args.order, progress=progress)
    except ImportRefused as refused:
        ctx.emit(refused.report.to_json(ctx.lang), _report_text(ctx, refused.report))
        print(refused.message(ctx.lang), file=ctx.stderr)
        return refused.exit_code
    ctx.emit(report.to_json(ctx.lang), _report_text(ctx, report))
    return 0


def _row_text(row: dict[str, Any]) -> str:
    return (f"{row['id']}  {row.get('book', ''):8} {row.get('class', ''):6} {row['surname']} {row['given_name']}"
            f" {row['patronymic']}  {row['pin']}")


def cmd_students_list(ctx: CliContext) -> int:
    rows = pupils.list_pupils(ctx.session(), class_ref=ctx.args.class_name, query=ctx.args.search,
                              include_inactive=ctx.args.all)
    ctx.emit(rows, "\n".join(_row_text(r) for r in rows))
    return 0


def cmd_students_show(ctx: CliContext) -> int:
    record = pupils.get_pupil(ctx.session(), ctx.args.id, lang=ctx.lang)
    ctx.emit(record, record_text(record, ctx.lang))
    return 0


def cmd_students_add(ctx: CliContext) -> int:
    a = ctx.args
    saved = pupils.create_pupil(ctx.session(), {
        "surname": a.surname, "given_name": a.given_name, "patronymic": a.patronymic, "sex": a.sex,
        "birth_date": a.birth_date, "pin": a.pin}, class_ref=a.class_name, order_number=a.order,
        confirm_duplicate=a.confirm_duplicate)
    warnings = [w.message(ctx.lang) for w in saved.warnings]
    for text in warnings:
        ctx.note(text)
    ctx.emit({"id": saved.id, "book": saved.book, "warnings": [w.key for w in saved.warnings]},
             f"{saved.id} {saved.book}")
    return 0


def cmd_students_export(ctx: CliContext) -> int:
    session = ctx.session()
    rows = pupils.list_pupils(session, class_ref=ctx.args.class_name, query=ctx.args.search)
    columns = ["book", "class", "surname", "given_name", "patronymic", "sex"]
    headers = ["№" if c == "book" else label(c, ctx.lang) for c in columns]
    export_table(session, ctx.args.out, headers, [[r[c] for c in columns] for r in rows], what="pupil_list",
                 columns=columns)
    ctx.emit({"file": str(ctx.args.out), "rows": len(rows)}, f"{ctx.args.out}: {len(rows)}")
    return 0


def cmd_staff_list(ctx: CliContext) -> int:
    rows = staff.list_staff(ctx.session(), query=ctx.args.search, include_dismissed=ctx.args.all, lang=ctx.lang)
    ctx.emit(rows, "\n".join(f"{r['id']}  {r['surname']} {r['given_name']} {r['patronymic']}  {r['position']}"
                             for r in rows))
    return 0


def cmd_staff_show(ctx: CliContext) -> int:
    record = staff.get_staff(ctx.session(), ctx.args.id)
    ctx.emit(record, record_text(record, ctx.lang))
    return 0


# ----------------------------------------------------------------------------- classes, movement, year
def cmd_classes_list(ctx: CliContext) -> int:
    items = classes_service.list_classes(ctx.session(), ctx.args.year)
    ctx.emit([c.to_json() for c in items], "\n".join(
        f"{c.name:6} {c.academic_year} {c.language}  {c.pupils:3} ({c.girls} F, {c.boys} M)" for c in items))
    return 0


def cmd_classes_add(ctx: CliContext) -> int:
    c = classes_service.create_class(ctx.session(), ctx.args.name, year=ctx.args.year, language=ctx.args.language,
                                     teacher_login=ctx.args.teacher)
    ctx.emit(c.to_json(), f"{c.id} {c.name} {c.academic_year}")
    return 0


def cmd_movement_add(ctx: CliContext) -> int:
    a = ctx.args
    moved = movement_service.add_movement(ctx.session(), a.pupil_id, a.type, a.date, a.order, to_class=a.class_name,
                                          other_school=a.to, reason=a.reason)
    ctx.emit(moved.to_json(), f"{moved.id} {moved.kind} {moved.date}")
    return 0


def _ids(text: str) -> set[str]:
    return {part.strip() for part in text.split(",") if part.strip()}


def _jumps(text: str) -> dict[int, int]:
    jumps: dict[int, int] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        try:
            source, target = (int(x) for x in part.split(":"))
        except ValueError:
            raise InvalidInput("input.bad_value", name="--jump") from None
        jumps[source] = target
    return jumps


def cmd_year_rollover(ctx: CliContext) -> int:
    a = ctx.args
    session = ctx.session()
    repeaters, leavers, jumps = _ids(a.repeat), _ids(a.leave), _jumps(a.jump)
    if a.dry_run:
        result = rollover.plan(session, a.to, repeaters=repeaters, leavers=leavers, jumps=jumps)
    else:
        result = rollover.commit(session, a.to, a.order, repeaters=repeaters, leavers=leavers, jumps=jumps)
    data = {**result.to_json(), "dry_run": bool(a.dry_run)}
    text = "\n".join([f"{result.from_year} → {result.to_year}{' (dry run)' if a.dry_run else ''}",
                      "  " + ", ".join(f"{k}: {v}" for k, v in result.counts().items()),
                      "  new classes: " + (", ".join(result.new_classes) or "-")])
    ctx.emit(data, text)
    return 0


# ----------------------------------------------------------------------------- person
def cmd_person_export(ctx: CliContext) -> int:
    path = pd_operations.export_own_data(ctx.session(), ctx.args.id, ctx.args.out, ctx.lang)
    ctx.emit({"id": ctx.args.id, "file": str(path)}, str(path))
    return 0


def cmd_person_block(ctx: CliContext) -> int:
    kind = pd_operations.block(ctx.session(), ctx.args.id, ctx.args.reason)
    ctx.emit({"id": ctx.args.id, "kind": kind, "blocked": True}, f"{ctx.args.id}: blocked")
    return 0


def cmd_person_unblock(ctx: CliContext) -> int:
    kind = pd_operations.unblock(ctx.session(), ctx.args.id)
    ctx.emit({"id": ctx.args.id, "kind": kind, "blocked": False}, f"{ctx.args.id}: unblocked")
    return 0


def cmd_person_depersonalise(ctx: CliContext) -> int:
    kind = pd_operations.depersonalise(ctx.session(), ctx.args.id)
    ctx.emit({"id": ctx.args.id, "kind": kind, "depersonalised": True}, f"{ctx.args.id}: depersonalised")
    return 0


def cmd_person_destroy(ctx: CliContext) -> int:
    session = ctx.session()
    act = pd_operations.destroy(session, ctx.args.id, ctx.args.reason)
    if ctx.args.act:
        pd_operations.write_destruction_act(session, act, ctx.args.act, ctx.lang)
    ctx.emit(act.to_json(), f"{ctx.args.id}: destroyed, act No. {act.number}")
    return 0

