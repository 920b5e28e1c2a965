"""`kense audit list` and `kense audit export`: the audit viewer's filtered view, on screen or as the
signed-off PDF extract (app/audit/viewer.py, app/desk/audit_extract.py).

After these commands ``--user LOGIN`` is the person filter (the issue's name; ``--by`` too); the
sign-in login is then ``--user`` given before the command, or KENSE_USER — as a printing command's
``--lang`` after it is the document's language.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.audit import viewer
from app.cli.context import CliContext
from app.cli.parsing import add_document_lang, document_lang, without_options
from app.errors import InvalidInput
from app.forms.dates import format_moment


def _add(audit_sub: Any, common: argparse.ArgumentParser, name: str, help_text: str, *,
         drop: tuple[str, ...]) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = audit_sub.add_parser(name, parents=[without_options(common, *drop)],
                                                           help=help_text, description=help_text)
    parser.add_argument("--user", "--by", dest="by", metavar="LOGIN",
                        help="only what this login did (sign in with --user before the command or KENSE_USER)")
    parser.add_argument("--record", help="only entries about this record id (pupil, staff, document, user)")
    parser.add_argument("--action", help="only actions starting with this, e.g. session. or print")
    parser.add_argument("--from", dest="date_from", help="from this day (01.09.2025 or 2025-09-01)")
    parser.add_argument("--to", dest="date_to", help="up to and including this day")
    return parser


def register(audit_sub: Any, common: argparse.ArgumentParser) -> None:
    p = _add(audit_sub, common, "list", "the audit log in plain words, newest first, chain state on top",
             drop=("--user",))
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_audit_list)
    p = _add(audit_sub, common, "export", "the filtered view as a PDF extract signed off by the responsible person",
             drop=("--user", "--lang"))
    add_document_lang(p)
    p.add_argument("--limit", type=int, default=viewer.MAX_ROWS)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_audit_export)


def _filter(ctx: CliContext) -> viewer.AuditFilter:
    a = ctx.args
    if not 0 < a.limit <= viewer.MAX_ROWS:
        raise InvalidInput("input.number", name="--limit")
    return viewer.AuditFilter(user_login=a.by, record_id=a.record, action_prefix=a.action,
                              date_from=viewer.parse_day(a.date_from, "--from"),
                              date_to=viewer.parse_day(a.date_to, "--to"), limit=a.limit)


def cmd_audit_list(ctx: CliContext) -> int:
    flt = _filter(ctx)
    session = ctx.session()
    rows = viewer.entries(session, flt, ctx.lang)
    if ctx.as_json:
        ctx.emit([e.to_json() for e in rows])
        return 0
    head = viewer.chain_text(viewer.chain_state(session), ctx.lang)
    # the login, not the name, as "who": it is what --user takes, and the sentence names the person
    lines = [f"{format_moment(e.at)}  {e.user or '—'}  {e.sentence}" for e in rows]
    ctx.emit(None, "\n".join([head, ""] + (lines or [ctx.t("audit.view.none")])))
    return 0


def cmd_audit_export(ctx: CliContext) -> int:
    from app.desk import audit_extract
    flt = _filter(ctx)
    lang = document_lang(ctx.args)
    count = audit_extract.save(ctx.session(), ctx.args.out, flt, lang)
    ctx.emit({"out": str(ctx.args.out), "rows": count}, str(ctx.args.out))
    return 0
