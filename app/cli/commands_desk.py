"""The responsible person's desk on the command line: `kense print protection-report` (the inspector's
report, registered and numbered) and `kense user rights` (also `kense users rights`: who has which role
since when, and what each role may do)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.certificates import output
from app.cli.commands_certificates import _add as add_printing
from app.cli.commands_certificates import _doc_lang
from app.cli.context import CliContext
from app.cli.parsing import add_command, command_group
from app.desk import access_rights
from app.desk import report_messages as _messages  # noqa: F401 — registers the texts
from app.desk.protection_state import local_day
from app.forms.dates import format_short_date


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    sub = command_group(subparsers, common, "print", "printable registers, lists and forms (PDF)")
    p = add_printing(sub, common, "protection-report",
                     "how this school protects personal data: the inspector's report, registered", doc_lang=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_protection_report)

    users = command_group(subparsers, common, "user", "user accounts", aliases=("users",))
    p = add_command(users, common, "rights", "who has which role since when, and what each role may do")
    p.set_defaults(handler=cmd_rights)


def _day(iso: str | None) -> str:
    return format_short_date(local_day(iso)) if iso else "—"


def cmd_protection_report(ctx: CliContext) -> int:
    from app.desk import protection_report
    session, out = ctx.session(), ctx.args.out
    # A refused destination is refused before anything is numbered: no registered report left unsaved.
    output.check_destination(session, out, object_type="document", detail={"form": protection_report.FORM})
    issued = protection_report.make(session, _doc_lang(ctx))
    output.save_pdf(session, out, issued.pdf, object_type="document", object_id=issued.document_id,
                    detail={"form": protection_report.FORM})
    ctx.emit(issued.to_json() | {"out": str(out)},
             ctx.t("report.made", number=issued.number,
                   date=format_short_date(date.fromisoformat(issued.reg_date)), out=str(out)))
    return 0


def cmd_rights(ctx: CliContext) -> int:
    data = access_rights.rights(ctx.session(), ctx.lang)
    ctx.emit(data.to_json(), "\n".join(access_rights.text_lines(data, ctx.lang, _day)))
    return 0
