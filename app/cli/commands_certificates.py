"""Certificates and printed forms: `kense certificate …` (the register) and `kense print …` (lists and
forms). PDFs are written atomically and never onto a removable drive unless the admin allows it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.certificates import legal_texts
from app.certificates.kinds import CERTIFICATE_KINDS, CLASS_LIST_COLUMNS
from app.cli.context import CliContext
from app.cli.parsing import add_document_lang, command_group, document_lang, without_options
from app.errors import InvalidInput

_TEMPLATES = CERTIFICATE_KINDS


def _add(subparsers: Any, common: argparse.ArgumentParser, name: str, help_text: str, *,
         doc_lang: bool = False) -> argparse.ArgumentParser:
    parent = without_options(common, "--lang") if doc_lang else common
    parser: argparse.ArgumentParser = subparsers.add_parser(name, parents=[parent], help=help_text,
                                                            description=help_text)
    if doc_lang:
        add_document_lang(parser)
    return parser


def _doc_lang(ctx: CliContext) -> str:
    return document_lang(ctx.args)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cert = _add(subparsers, common, "certificate", "the issued-certificates register")
    sub = cert.add_subparsers(dest="certificate_command", metavar="ACTION", required=True)
    p = _add(sub, common, "issue", "issue a numbered certificate with a QR code and write its PDF", doc_lang=True)
    p.add_argument("--template", required=True, choices=_TEMPLATES)
    p.add_argument("--person", required=True, help="pupil or staff id")
    p.add_argument("--purpose", default="", help="where it is to be presented (default: to whom it may concern)")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_issue)
    p = _add(sub, common, "verify", "check a certificate's QR text: exit 0 valid, 4 forged or void")
    p.add_argument("text", metavar="QRTEXT")
    p.set_defaults(handler=cmd_verify)
    p = _add(sub, common, "list", "the register, newest first")
    p.add_argument("--year", type=int)
    p.add_argument("--template", choices=_TEMPLATES)
    p.add_argument("--person", help="only this person's certificates")
    p.add_argument("--search", default="", help="part of a name or number")
    p.add_argument("--valid-only", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = _add(sub, common, "reprint", "the identical document again (same number and date)")
    p.add_argument("number")
    p.add_argument("--template", choices=_TEMPLATES)
    p.add_argument("--year", type=int)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_reprint)
    p = _add(sub, common, "void", "mark a certificate void (its number is never reused)")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--template", choices=_TEMPLATES)
    p.add_argument("--year", type=int)
    p.set_defaults(handler=cmd_void)

    sub = command_group(subparsers, common, "print", "printable registers, lists and forms (PDF)")
    p = _add(sub, common, "class-list", "the list of one class", doc_lang=True)
    p.add_argument("--class", dest="class_ref", required=True, help='e.g. "5-А"')
    p.add_argument("--columns", default="", help="comma-separated: " + ", ".join(CLASS_LIST_COLUMNS))
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_class_list)
    p = _add(sub, common, "class-lists", "the lists of every class of the year in one PDF", doc_lang=True)
    p.add_argument("--columns", default="")
    p.add_argument("--year", help="academic year, e.g. 2025/2026 (default: the current one)")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_class_lists)
    p = _add(sub, common, "movement-report", "pupil movement for a period, for the district", doc_lang=True)
    p.add_argument("--from", dest="start", required=True)
    p.add_argument("--to", dest="end", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_movement_report)
    p = _add(sub, common, "consent-form", "parent consent with the transfer notice", doc_lang=True)
    p.add_argument("--pupil", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_consent)
    p = _add(sub, common, "personal-file", "personal-file cover and movement sheet", doc_lang=True)
    p.add_argument("--pupil", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_personal_file)
    p = _add(sub, common, "book-page", "the alphabetical-book page of one letter", doc_lang=True)
    p.add_argument("--letter", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_book_page)
    p = _add(sub, common, "batch", "a certificate for every pupil of a class, all in one PDF", doc_lang=True)
    p.add_argument("--template", required=True, choices=("study", "transfer"))
    p.add_argument("--class", dest="class_ref", required=True)
    p.add_argument("--purpose", default="")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_batch)

    legal = _add(subparsers, common, "legal-text", "the consent wording and transfer notice printed on forms")
    sub = legal.add_subparsers(dest="legal_command", metavar="ACTION", required=True)
    p = _add(sub, common, "show", "the text in force (and its version)", doc_lang=True)
    p.add_argument("key", choices=legal_texts.KEYS)
    p.set_defaults(handler=cmd_legal_show)
    p = _add(sub, common, "set", "a new version of the text from a UTF-8 file (admin)", doc_lang=True)
    p.add_argument("key", choices=legal_texts.KEYS)
    p.add_argument("--file", type=Path, required=True)
    p.set_defaults(handler=cmd_legal_set)



def _save(ctx: CliContext, path: Path, data: bytes, object_type: str, object_id: str = "", **detail: Any) -> None:
    from app.certificates.output import save_pdf

    save_pdf(ctx.session(), path, data, object_type=object_type, object_id=object_id, detail=detail)


# ----------------------------------------------------------------------------- certificate
def cmd_issue(ctx: CliContext) -> int:
    from app.certificates import register as registry

    a = ctx.args
    issued = registry.issue(ctx.session(), a.template, a.person, _doc_lang(ctx), a.purpose)
    _save(ctx, a.out, issued.pdf, "certificate", issued.id, form=issued.template)
    ctx.emit({"id": issued.id, "number": issued.number, "issued_on": issued.issued_on,
              "verification": issued.verification}, f"№ {issued.number} ({issued.issued_on}) -> {a.out}")
    return 0


def cmd_verify(ctx: CliContext) -> int:
    from app.certificates import verification as qr

    verdict = qr.verify(ctx.session(), ctx.args.text)
    if verdict.status == "valid":
        text = ctx.t("certificate.verify_valid", **verdict.to_json())
    elif verdict.status == "void":
        text = ctx.t("certificate.verify_void", **verdict.to_json())
    else:
        text = ctx.t(f"certificate.verify_forged.{verdict.reason}", **verdict.to_json())
    ctx.emit(verdict.to_json(), text)
    return 0 if verdict.valid else InvalidInput.exit_code


def cmd_list(ctx: CliContext) -> int:
    from app.certificates import register as registry

    a = ctx.args
    rows = registry.list_certificates(ctx.session(), year=a.year, template=a.template, person_id=a.person,
                                      query=a.search, include_void=not a.valid_only)
    text = "\n".join(f"{r['issued_on']}  {r['template']:10} № {r['number']:12} {r['lang']}  {r['status']:5}"
                     f"  {r['person_name']}" for r in rows)
    ctx.emit(rows, text)
    return 0


def cmd_reprint(ctx: CliContext) -> int:
    from app.certificates import register as registry

    a = ctx.args
    pdf = registry.reprint(ctx.session(), a.number, template=a.template, year=a.year)
    found = registry.find(ctx.session(), a.number, template=a.template, year=a.year)
    _save(ctx, a.out, pdf, "certificate", found["id"], form=found["template"], reprint=True)
    ctx.emit({"id": found["id"], "number": found["number"], "out": str(a.out)}, f"№ {found['number']} -> {a.out}")
    return 0


def cmd_void(ctx: CliContext) -> int:
    from app.certificates import register as registry

    a = ctx.args
    row = registry.void(ctx.session(), a.number, a.reason, template=a.template, year=a.year)
    ctx.emit(row, f"№ {row['number']}: {row['status']}")
    return 0


# ----------------------------------------------------------------------------- print
def _print_out(ctx: CliContext, pdf: bytes, object_type: str, object_id: str = "", **detail: Any) -> int:
    """Write a printed form to --out (atomically, the removable-drive rule, audited) and say where."""
    _save(ctx, ctx.args.out, pdf, object_type, object_id, **detail)
    ctx.emit({"out": str(ctx.args.out)}, str(ctx.args.out))
    return 0


def cmd_class_list(ctx: CliContext) -> int:
    from app.certificates import printing

    a = ctx.args
    pdf = printing.class_list_pdf(ctx.session(), a.class_ref, _doc_lang(ctx), a.columns)
    return _print_out(ctx, pdf, "class", form="class_list")


def cmd_class_lists(ctx: CliContext) -> int:
    from app.certificates import printing

    a = ctx.args
    pdf = printing.all_class_lists_pdf(ctx.session(), _doc_lang(ctx), a.columns, year=a.year)
    return _print_out(ctx, pdf, "class", form="class_lists")


def cmd_movement_report(ctx: CliContext) -> int:
    from app.certificates import printing

    a = ctx.args
    pdf = printing.movement_report_pdf(ctx.session(), a.start, a.end, _doc_lang(ctx))
    return _print_out(ctx, pdf, "movement", form="movement_report")


def cmd_consent(ctx: CliContext) -> int:
    from app.certificates import printing

    a = ctx.args
    pdf = printing.consent_form_pdf(ctx.session(), a.pupil, _doc_lang(ctx))
    return _print_out(ctx, pdf, "pupil", a.pupil, form="consent")


def cmd_personal_file(ctx: CliContext) -> int:
    from app.certificates import printing

    a = ctx.args
    pdf = printing.personal_file_pdf(ctx.session(), a.pupil, _doc_lang(ctx))
    return _print_out(ctx, pdf, "pupil", a.pupil, form="personal_file")


def cmd_book_page(ctx: CliContext) -> int:
    from app.certificates import printing

    a = ctx.args
    pdf = printing.book_page_pdf(ctx.session(), a.letter, _doc_lang(ctx))
    return _print_out(ctx, pdf, "pupil", form="alphabetical_book")


def cmd_batch(ctx: CliContext) -> int:
    from app.certificates import register as registry

    a = ctx.args
    issued, pdf = registry.issue_for_class(ctx.session(), a.template, a.class_ref, _doc_lang(ctx), a.purpose)
    _save(ctx, a.out, pdf, "certificate", form=a.template, batch=len(issued))
    ctx.emit({"out": str(a.out), "certificates": [i.to_json() for i in issued]},
             f"{len(issued)}: № {issued[0].number} … № {issued[-1].number} -> {a.out}")
    return 0


# ----------------------------------------------------------------------------- legal texts
def cmd_legal_show(ctx: CliContext) -> int:
    text = legal_texts.current(ctx.session(), ctx.args.key, _doc_lang(ctx))
    ctx.emit({"id": text.label, "key": text.key, "lang": text.lang, "version": text.version, "body": text.body},
             f"[{text.label}]\n{text.body}")
    return 0


def cmd_legal_set(ctx: CliContext) -> int:
    try:
        body = ctx.args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InvalidInput("legal.empty") from None
    text = legal_texts.set_text(ctx.session(), ctx.args.key, _doc_lang(ctx), body)
    ctx.emit({"id": text.label, "version": text.version}, text.label)
    return 0
