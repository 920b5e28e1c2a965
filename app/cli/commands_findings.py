"""`kense audit findings` and `kense audit acknowledge`: the integrity findings (app/audit/findings.py)."""

from __future__ import annotations

import argparse
from typing import Any

from app.audit import findings
from app.audit.findings import Finding
from app.cli.context import CliContext
from app.cli.parsing import add_command


def register(audit_sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(audit_sub, common, "findings", "integrity findings (open ones; --all for acknowledged too)")
    p.add_argument("--all", action="store_true")
    p.set_defaults(handler=cmd_findings)
    p = add_command(audit_sub, common, "acknowledge",
                    "acknowledge open integrity findings with a reason (admin; audited)")
    p.add_argument("--reason", required=True)
    p.add_argument("--finding", help="only this finding's id (default: every open one)")
    p.set_defaults(handler=cmd_acknowledge)


def finding_lines(ctx: CliContext, items: list[Finding]) -> list[str]:
    lines = [f"{f.found_at} {f.id} {ctx.t(findings.message_key(f), seq=f.seq)}"
             + ("" if f.open else f" [{f.acknowledged_at}: {f.reason or ''}]") for f in items]
    if any(f.open for f in items):
        lines.append(ctx.t("finding.open_count", count=sum(1 for f in items if f.open)))
    return lines


def cmd_findings(ctx: CliContext) -> int:
    session = ctx.session()
    items = findings.all_findings(session) if ctx.args.all else findings.open_findings(session)
    ctx.emit([f.to_json() for f in items], "\n".join(finding_lines(ctx, items)) or "-")
    return 1 if any(f.open for f in items) else 0


def cmd_acknowledge(ctx: CliContext) -> int:
    done = findings.acknowledge(ctx.session(), ctx.args.reason, ctx.args.finding)
    ctx.emit([f.to_json() for f in done], ctx.t("finding.acknowledged", count=len(done)))
    return 0
