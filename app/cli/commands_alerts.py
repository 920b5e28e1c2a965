"""`kense alerts list` and `kense alerts acknowledge`: the responsible person's alerts (app/desk/alerts.py).

`list` evaluates the detectors first (as the window does), so what it prints is the state now."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import CliContext
from app.cli.parsing import add_command
from app.desk import alerts
from app.desk.alert_messages import Names, acknowledgement, describe, moment


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = add_command(subparsers, common, "alerts", "alerts for the person responsible for personal data")
    sub = group.add_subparsers(dest="alerts_command", metavar="ACTION", required=True)
    p = add_command(sub, common, "list", "open alerts (admin, director; --all for acknowledged too)")
    p.add_argument("--all", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = add_command(sub, common, "acknowledge", "acknowledge one alert with a note (admin, director; audited)")
    p.add_argument("id", help="the alert's id (see alerts list)")
    p.add_argument("--note", required=True, help="what happened and what was done about it")
    p.set_defaults(handler=cmd_acknowledge)


def cmd_list(ctx: CliContext) -> int:
    session = ctx.session()
    alerts.refresh(session)
    items = alerts.list_alerts(session, include_acknowledged=ctx.args.all)
    names = Names(session.conn)
    lines, data = [], []
    for a in items:
        text = describe(a, ctx.lang, names)
        data.append(a.to_json() | {"message": text})
        lines.append(f"{moment(a.first_seen)} {a.id} {text}")
        if not a.open:
            lines.append(f"    {acknowledgement(a, ctx.lang, names)}")
    still_open = sum(1 for a in items if a.open)
    lines.append(ctx.t("alert.open_count", count=still_open) if still_open else ctx.t("alert.none"))
    ctx.emit(data, "\n".join(lines))
    return 0


def cmd_acknowledge(ctx: CliContext) -> int:
    done = alerts.acknowledge(ctx.session(), ctx.args.id, ctx.args.note)
    ctx.emit(done.to_json(), ctx.t("alert.acknowledged", id=done.id))
    return 0
