"""`kense documents …` (the register) and `kense print register` (the printable register)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.atomic import write_atomic
from app.cli.context import CliContext
from app.cli.parsing import add_command as _add
from app.cli.parsing import command_group
from app.documents import attachments, correspondents, events, queries
from app.documents import register as register_service
from app.documents.model import Kind, Status, parse_date, parse_kind, parse_series
from app.documents.words import people_date, word
from app.errors import InvalidInput, KenseError
from app.i18n import translate


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    docs = _add(subparsers, common, "documents", "the document register: letters in and out, orders")
    sub = docs.add_subparsers(dest="documents_command", metavar="ACTION", required=True)

    p = _add(sub, common, "register", "register a document; prints its id and number")
    p.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    p.add_argument("--series", help="orders: main, staff or pupils")
    p.add_argument("--subject", required=True)
    p.add_argument("--summary", default="")
    p.add_argument("--correspondent", help="a name from the correspondents list, or free text")
    p.add_argument("--their-number")
    p.add_argument("--their-date", help="YYYY-MM-DD")
    p.add_argument("--file", action="append", default=[], type=Path, help="attach a file (repeatable)")
    p.add_argument("--executor", help="login of the person responsible")
    p.add_argument("--due", help="due date YYYY-MM-DD")
    p.add_argument("--access", choices=["normal", "restricted"], default="normal")
    p.add_argument("--date", help="registration date (default today)")
    p.add_argument("--index", help="file index from the nomenclature, e.g. 02-15")
    p.add_argument("--reply-to", help="id of the letter this one answers")
    p.set_defaults(handler=cmd_register)

    p = _add(sub, common, "reserve", "reserve the next order number before the order is signed")
    p.add_argument("--series", required=True, help="main, staff or pupils")
    p.add_argument("--date", help="registration date (default today)")
    p.set_defaults(handler=cmd_reserve)

    p = _add(sub, common, "sign", "register a signed order under a reserved number")
    p.add_argument("id")
    p.add_argument("--series", required=True)
    p.add_argument("--subject", required=True)
    p.add_argument("--summary", default="")
    p.add_argument("--file", action="append", default=[], type=Path)
    p.add_argument("--link", action="append", default=[], help="TYPE:ID of a record the order decides")
    p.set_defaults(handler=cmd_sign)

    p = _add(sub, common, "reply", "register the outgoing letter answering an incoming one")
    p.add_argument("id", help="the incoming letter")
    p.add_argument("--subject", required=True)
    p.add_argument("--summary", default="")
    p.add_argument("--file", action="append", default=[], type=Path)
    p.add_argument("--executor")
    p.add_argument("--due")
    p.add_argument("--index")
    p.set_defaults(handler=cmd_reply)

    p = _add(sub, common, "assign", "make someone responsible for a document")
    p.add_argument("id")
    p.add_argument("--to", required=True, help="login")
    p.add_argument("--due")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_assign)

    for name, help_text, handler in (("execute", "mark a document executed", cmd_execute),
                                     ("send", "mark an outgoing letter sent", cmd_send),
                                     ("archive", "archive a document", cmd_archive),
                                     ("comment", "add a note to the timeline", cmd_comment)):
        p = _add(sub, common, name, help_text)
        p.add_argument("id")
        p.add_argument("--note", default="", required=name == "comment")
        p.set_defaults(handler=handler)

    p = _add(sub, common, "correct", "correct registered fields (a new version; the number stays)")
    p.add_argument("id")
    p.add_argument("--subject")
    p.add_argument("--summary")
    p.add_argument("--correspondent")
    p.add_argument("--their-number")
    p.add_argument("--their-date")
    p.add_argument("--access", choices=["normal", "restricted"])
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_correct)

    p = _add(sub, common, "attach", "add files to a registered document")
    p.add_argument("id")
    p.add_argument("--file", action="append", required=True, type=Path)
    p.set_defaults(handler=cmd_attach)

    p = _add(sub, common, "show", "a document card: fields, movement, files")
    p.add_argument("id")
    p.set_defaults(handler=cmd_show)

    p = _add(sub, common, "list", "the register, newest first")
    p.add_argument("--search", help="words of the subject, summary or correspondent")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--mine", action="store_true", help="my open tasks")
    p.add_argument("--kind", choices=[k.value for k in Kind])
    p.add_argument("--series")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--responsible", help="login")
    p.add_argument("--correspondent", help="words of the correspondent's name")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--limit", type=int, default=500)
    p.set_defaults(handler=cmd_list)

    p = _add(sub, common, "files", "write a document's files into a folder, byte-identical")
    p.add_argument("id")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_files)

    p = _add(sub, common, "correspondents", "the reference list of correspondents")
    p.add_argument("--add", metavar="NAME", help="add a correspondent")
    p.add_argument("--type", dest="corr_kind", default="other",
                   choices=["district", "ministry", "school", "parent", "other"])
    p.set_defaults(handler=cmd_correspondents)

    print_sub = command_group(subparsers, common, "print", "printable registers, lists and forms (PDF)")
    p = _add(print_sub, common, "register", "the register of a kind (and series) for a period")
    p.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    p.add_argument("--series")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_print_register)


# ----------------------------------------------------------------------------- helpers
def _warn(ctx: CliContext, warnings: list[dict[str, str]]) -> None:
    for warning in warnings:
        ctx.note(ctx.t("documents.file_type_mismatch", **warning))


def _registered(ctx: CliContext, result: register_service.Registered) -> int:
    _warn(ctx, result.warnings)
    ctx.emit(result.to_json(), ctx.t("documents.registered", number=result.number, id=result.id))
    return 0


def _done(ctx: CliContext, head: queries.Head) -> int:
    data = {"id": head.id, "number": head.number, "status": head.status.value}
    ctx.emit(data, ctx.t("documents.done", number=head.number))
    return 0


def _links(values: list[str]) -> list[tuple[str, str]]:
    links = []
    for value in values:
        kind, sep, object_id = value.partition(":")
        if not sep or not kind or not object_id:
            raise InvalidInput("input.bad_value", name="--link")
        links.append((kind, object_id))
    return links


# ----------------------------------------------------------------------------- commands
def cmd_register(ctx: CliContext) -> int:
    a = ctx.args
    result = register_service.register(
        ctx.session(), kind=a.kind, series=a.series, subject=a.subject, summary=a.summary,
        correspondent=a.correspondent, their_number=a.their_number, their_date=a.their_date, files=a.file,
        executor=a.executor, due=a.due, access_level=a.access, reg_date=a.date, index_prefix=a.index,
        reply_to=a.reply_to)
    return _registered(ctx, result)


def cmd_reserve(ctx: CliContext) -> int:
    doc_id, number = register_service.reserve_order_number(ctx.session(), ctx.args.series, reg_date=ctx.args.date)
    ctx.emit({"id": doc_id, "number": number}, ctx.t("documents.registered", number=number, id=doc_id))
    return 0


def cmd_sign(ctx: CliContext) -> int:
    a = ctx.args
    result = register_service.register_order(ctx.session(), a.series, subject=a.subject, summary=a.summary,
                                             reserved_id=a.id, files=a.file, links=_links(a.link))
    return _registered(ctx, result)


def cmd_reply(ctx: CliContext) -> int:
    a = ctx.args
    result = register_service.reply(ctx.session(), a.id, subject=a.subject, summary=a.summary, files=a.file,
                                    executor=a.executor, due=a.due, index_prefix=a.index)
    return _registered(ctx, result)


def cmd_assign(ctx: CliContext) -> int:
    a = ctx.args
    return _done(ctx, events.assign(ctx.session(), a.id, a.to, due=a.due, note=a.note))


def cmd_execute(ctx: CliContext) -> int:
    return _done(ctx, events.execute(ctx.session(), ctx.args.id, note=ctx.args.note))


def cmd_send(ctx: CliContext) -> int:
    return _done(ctx, events.send(ctx.session(), ctx.args.id, note=ctx.args.note))


def cmd_archive(ctx: CliContext) -> int:
    return _done(ctx, events.archive(ctx.session(), ctx.args.id, note=ctx.args.note))


def cmd_comment(ctx: CliContext) -> int:
    return _done(ctx, events.comment(ctx.session(), ctx.args.id, ctx.args.note))


def cmd_correct(ctx: CliContext) -> int:
    a = ctx.args
    changes = {name: value for name, value in (
        ("subject", a.subject), ("summary", a.summary), ("correspondent", a.correspondent),
        ("their_number", a.their_number), ("their_date", a.their_date), ("access_level", a.access),
    ) if value is not None}
    return _done(ctx, register_service.correct(ctx.session(), a.id, changes, reason=a.reason))


def cmd_attach(ctx: CliContext) -> int:
    prepared = attachments.attach(ctx.session(), ctx.args.id, ctx.args.file)
    _warn(ctx, [w for w in (p.warning() for p in prepared) if w])
    data = [{"filename": p.filename, "size": p.size, "sha256": p.sha256, "media_type": p.media_type,
             "type_mismatch": p.mismatch} for p in prepared]
    ctx.emit(data, "\n".join(f"{p.sha256[:12]}  {p.size:>10}  {p.filename}" for p in prepared))
    return 0


def _show_text(doc: dict[str, Any], lang: str, names: dict[str, str]) -> str:
    """One document as people read it: words in the chosen language, dates as written, names."""
    lines = [f"№ {doc['number']}  {people_date(doc['reg_date'])}  {word('kind', doc['kind'], lang)}  ·  "
             f"{word('status', doc['status'], lang)}", f"{doc['subject']}"]
    if doc["correspondent"]:
        their = f"  № {doc['their_number']} {people_date(doc['their_date'])}" if doc["their_number"] else ""
        lines.append(f"  {doc['correspondent']}{their}")
    due = translate("documents.word.due", lang, day=people_date(doc["due_date"])) if doc["due_date"] else ""
    overdue = "  " + word("", "overdue", lang).upper() if doc["overdue"] else ""
    lines.append(f"  → {doc['responsible'] or word('', 'nobody', lang)}  {due}{overdue}")
    for e in doc["events"]:
        target = f" → {names.get(e['assignee'], e['assignee'])}" if e["assignee"] else ""
        lines.append(f"    {people_date(e['at'])}  {word('event', e['kind'], lang):14} "
                     f"{names.get(e['actor'], e['actor'])}{target}  {e['note']}")
    for f in doc["files"]:
        flag = "  !" if f["type_mismatch"] else ""
        lines.append(f"    {f['sha256'][:12]}  {f['size']:>10}  {f['filename']}{flag}")
    return "\n".join(lines)


def cmd_show(ctx: CliContext) -> int:
    found = queries.get_document(ctx.session(), ctx.args.id)
    doc = found.to_json()
    names = {e.actor_login: e.actor_name for e in found.events}
    names.update({e.assignee_login: e.assignee_name or e.assignee_login for e in found.events if e.assignee_login})
    ctx.emit(doc, _show_text(doc, ctx.lang, names))
    return 0


def cmd_list(ctx: CliContext) -> int:
    a = ctx.args
    if a.limit <= 0:
        raise InvalidInput("input.number", name="--limit")
    kind = parse_kind(a.kind) if a.kind else None
    filters = queries.Filters(
        kind=kind, series=parse_series(kind or Kind.ORDER, a.series) if a.series else None, search=a.search,
        correspondent=a.correspondent, status=Status(a.status) if a.status else None,
        responsible_login=a.responsible, overdue=a.overdue, mine=a.mine,
        date_from=parse_date(a.date_from, "--from", bounded=False),
        date_to=parse_date(a.date_to, "--to", bounded=False), limit=a.limit)
    session = ctx.session()
    rows = queries.my_tasks(session) if a.mine and not (a.search or a.overdue) else \
        queries.list_documents(session, filters)
    lang = ctx.lang
    text = "\n".join(
        f"{r.number:>10}  {people_date(r.reg_date)}  {word('kind', r.kind.value, lang):18}  "
        f"{word('status', r.status.value, lang):18} {(r.responsible_name or r.responsible_login or '-'):24}"
        f" {'!' if r.overdue else ' '} {r.subject[:60]}  ({r.id})" for r in rows)
    ctx.emit([r.to_json() for r in rows], text)
    return 0


def cmd_files(ctx: CliContext) -> int:
    written = attachments.export_files(ctx.session(), ctx.args.id, ctx.args.out)
    ctx.emit([{"path": str(p), "filename": p.name} for p in written],
             ctx.t("documents.files_written", count=len(written), path=str(ctx.args.out)))
    return 0


def cmd_correspondents(ctx: CliContext) -> int:
    session = ctx.session()
    if ctx.args.add:
        added = correspondents.add(session, ctx.args.add, ctx.args.corr_kind)
        ctx.emit(added.to_json(), f"{added.name} ({added.kind})")
        return 0
    found = correspondents.list_all(session)
    ctx.emit([c.to_json() for c in found], "\n".join(f"{c.kind:9} {c.name}" for c in found))
    return 0


def cmd_print_register(ctx: CliContext) -> int:
    from app.documents import register_pdf
    a = ctx.args
    kind = parse_kind(a.kind)
    series = parse_series(kind, a.series)
    start, end = parse_date(a.date_from, "--from", bounded=False), parse_date(a.date_to, "--to", bounded=False)
    assert start is not None and end is not None  # required arguments
    pdf = register_pdf.print_register(ctx.session(), series, start, end, lang=ctx.lang)
    try:
        write_atomic(a.out, pdf)
    except OSError:
        raise KenseError("error.file_unwritable", path=str(a.out)) from None
    ctx.emit({"path": str(a.out), "bytes": len(pdf)}, ctx.t("documents.printed", path=str(a.out)))
    return 0
