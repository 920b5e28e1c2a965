"""`kense incident report|list|outcome`: incident reports (regulation 6.10, app/desk/incidents.py)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import CliContext
from app.cli.parsing import add_command
from app.desk import incidents
from app.desk.incidents import Incident


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = add_command(subparsers, common, "incident", "incident reports to the person responsible for personal data")
    sub = group.add_subparsers(dest="incident_command", metavar="ACTION", required=True)
    p = add_command(sub, common, "report", "report an incident (anyone signed in); prints its register number")
    p.add_argument("--summary", required=True, help="what happened")
    p.add_argument("--when", help="when it happened: YYYY-MM-DD or 'YYYY-MM-DD HH:MM' (default today)")
    p.add_argument("--data", default="", help="what data it concerns")
    p.add_argument("--done", default="", help="what was done at once")
    p.add_argument("--severity", choices=incidents.SEVERITIES, default="medium")
    p.set_defaults(handler=cmd_report)
    p = add_command(sub, common, "list", "incident reports, newest first (yours, or all for the responsible person)")
    p.add_argument("--year", type=int)
    p.set_defaults(handler=cmd_list)
    p = add_command(sub, common, "outcome", "record the outcome of a report (the responsible person; audited)")
    p.add_argument("ref", metavar="NUMBER|ID")
    p.add_argument("--text", required=True)
    p.set_defaults(handler=cmd_outcome)


def cmd_report(ctx: CliContext) -> int:
    a = ctx.args
    filed = incidents.report_incident(ctx.session(), summary=a.summary, when=a.when, data=a.data, done=a.done,
                                      severity=a.severity, lang=ctx.lang)
    ctx.emit(filed.to_json(), ctx.t("incident.reported", number=filed.number,
                                    responsible=filed.responsible or ctx.t("incident.nobody")))
    return 0


def incident_lines(ctx: CliContext, item: Incident) -> list[str]:
    status = ctx.t("incident.status.closed" if item.closed else "incident.status.open")
    lines = [ctx.t("incident.line", number=item.number, when=incidents.people_when(item.occurred_at),
                   severity=ctx.t(f"incident.severity.{item.severity}"), status=status),
             f"  {item.summary}",
             "  " + ctx.t("incident.line.people", reporter=item.reporter,
                          responsible=item.responsible or ctx.t("incident.nobody"))]
    if item.outcome:
        lines.append(f"  {ctx.t('incident.field.outcome')}: {item.outcome}")
    return lines


def cmd_list(ctx: CliContext) -> int:
    items = incidents.list_incidents(ctx.session(), ctx.args.year)
    text = "\n".join(line for item in items for line in incident_lines(ctx, item)) or ctx.t("incident.none")
    ctx.emit([i.to_json() for i in items], text)
    return 0


def cmd_outcome(ctx: CliContext) -> int:
    done = incidents.record_outcome(ctx.session(), ctx.args.ref, ctx.args.text, lang=ctx.lang)
    ctx.emit(done.to_json(), ctx.t("incident.outcome_recorded", number=done.number))
    return 0
