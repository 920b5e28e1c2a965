"""Sync commands: enrol, status, now, retry, unenrol (DESIGN §7, docs/sync-protocol.md).

`sync now` and `sync status` work without signing in (no --user): they use the sealed spool only,
as the sender does while the session is locked; signed in they also seal what is new and carry the
server's answers into the outbox."""

from __future__ import annotations

import argparse
import os
from typing import Any

from app.cli.context import CliContext
from app.cli.parsing import add_command as _add
from app.sync import service
from app.sync.sender import AlreadyRunning, RunReport


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    sync = _add(subparsers, common, "sync", "send the register to the district server")
    sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    p = _add(sub, common, "enrol", "enrol this computer with the district's one-time code (admin)")
    p.add_argument("--server", required=True, help="the district server, https://…")
    p.add_argument("--code", required=True, help="the one-time code, e.g. ABCDE-FGHJK")
    p.add_argument("--device-name", help="how the district sees this computer (default: its name)")
    p.set_defaults(handler=cmd_enrol)
    p = _add(sub, common, "status", "server, last contact, queue, failed records, clock skew")
    p.set_defaults(handler=cmd_status)
    p = _add(sub, common, "now", "one sync run; exit 0 when nothing is left pending")
    p.add_argument("--stall-seconds", type=float, default=30.0, help="give up when no byte moves this long")
    p.set_defaults(handler=cmd_now)
    p = _add(sub, common, "retry", "send failed records again")
    p.add_argument("id", nargs="?", help="the outbox id (see sync status)")
    p.add_argument("--all", action="store_true", help="every failed record")
    p.set_defaults(handler=cmd_retry)
    p = _add(sub, common, "unenrol", "forget the server; unsynced records are kept (admin)")
    p.set_defaults(handler=cmd_unenrol)


def _signed_in(ctx: CliContext) -> bool:
    return bool(getattr(ctx.args, "user", None) or os.environ.get("KENSE_USER"))


def cmd_enrol(ctx: CliContext) -> int:
    result = service.enrol(ctx.session(), ctx.args.server, ctx.args.code, device_name=ctx.args.device_name)
    ctx.emit(result, ctx.t("sync.enrolled", school=result["school"]["name"], server=result["server"]))
    return 0


def cmd_status(ctx: CliContext) -> int:
    st = service.status(ctx.data_dir, ctx.session() if _signed_in(ctx) else None)
    data = st.to_json()
    lines = [f"server: {st.server or '-'}", f"school: {st.school or '-'}",
             f"last contact: {st.last_contact or '-'}", f"last success: {st.last_success or '-'}",
             f"pending: {data['pending']}  uploading: {data['uploading']}  failed: {data['failed']}"]
    if st.last_error:
        lines.append(ctx.t(f"sync.reason.{st.last_error}") if st.last_error else "")
    if st.skew_warning and st.skew_seconds is not None:
        lines.append(ctx.t("sync.skew_warning", minutes=round(abs(st.skew_seconds) / 60)))
    for row in st.failed:
        lines.append(f"  {row['id']}  {row['record_type']}  {row['state']}  {row['result']}: {row['message'] or ''}")
    ctx.emit(data, "\n".join(lines))
    return 0


def cmd_now(ctx: CliContext) -> int:
    try:
        if _signed_in(ctx):
            report = service.run_now(ctx.session(), stall_seconds=ctx.args.stall_seconds)
        else:
            profile = ctx.profile()
            report = service.send_locked(profile.root, profile.db_id, profile.secrets,
                                         stall_seconds=ctx.args.stall_seconds)
    except AlreadyRunning:
        report = RunReport(reason="already_running")
    data: dict[str, Any] = {"sent": report.sent, "failed": report.failed, "pending": report.pending,
            "bytes_sent": report.bytes_sent, "seconds": round(report.seconds, 2)}
    if report.reason:
        data["reason"] = report.reason
        data["message"] = ctx.t(f"sync.reason.{report.reason}")
    if report.skew_seconds is not None and abs(report.skew_seconds) > 300:
        data["clock_skew_seconds"] = report.skew_seconds
        ctx.note(ctx.t("sync.skew_warning", minutes=round(abs(report.skew_seconds) / 60)))
    text = ctx.t("sync.run_done", sent=report.sent, failed=report.failed, pending=report.pending)
    if report.reason:
        text += "\n" + str(data["message"])
    ctx.emit(data, text)
    return 0 if report.pending == 0 and report.reason is None else 1


def cmd_retry(ctx: CliContext) -> int:
    if not ctx.args.all and not ctx.args.id:
        from app.errors import UsageError

        raise UsageError("sync.retry_what")
    n = service.retry(ctx.session(), None if ctx.args.all else ctx.args.id)
    ctx.emit({"queued": n}, ctx.t("sync.retried", count=n))
    return 0


def cmd_unenrol(ctx: CliContext) -> int:
    result = service.unenrol(ctx.session())
    ctx.emit(result, ctx.t("sync.unenrolled", count=result["kept_unsynced"]))
    return 0
