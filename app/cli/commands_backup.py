"""Backup commands: backup now / list / verify, restore."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.admin import settings as settings_service
from app.backup import engine, restore
from app.backup import service as backup_service
from app.backup import settings as _backup_settings  # noqa: F401 — declares backup_dir, backup_drive
from app.backup.restore import Credentials
from app.cli.context import CliContext
from app.cli.parsing import add_command as _add
from app.errors import InvalidInput, KenseError
from app.security.device_secret import DeviceSecretStore
from app.security.roles import Permission


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    backup = _add(subparsers, common, "backup", "verified encrypted backups")
    sub = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    p = _add(sub, common, "now", "make a backup now, verify it, rotate old generations (admin)")
    p.add_argument("--to", type=Path, help="backup folder (default: beside the profile, <data dir>-backups)")
    p.set_defaults(handler=cmd_backup_now)
    p = _add(sub, common, "register-drive", "register this removable drive as the school's backup drive (admin)")
    p.add_argument("folder", type=Path)
    p.set_defaults(handler=cmd_register_drive)
    p = _add(sub, common, "list", "the generations in the backup folder")
    p.add_argument("--to", type=Path, help="backup folder")
    p.set_defaults(handler=cmd_backup_list)
    p = _add(sub, common, "verify", "re-check one generation (exit 0 sound, 4 damaged)")
    p.add_argument("path", type=Path)
    p.add_argument("--recovery-code", help="check with the recovery code instead of signing in")
    p.set_defaults(handler=cmd_backup_verify)
    p = _add(subparsers, common, "restore", "restore a backup into a new folder (--data-dir)")
    p.add_argument("path", type=Path)
    p.add_argument("--recovery-code", help="the code on the recovery sheet (else --user and a password valid "
                   "at backup time, on the computer the backup was made on)")
    p.add_argument("--replace", action="store_true", help="replace the live profile, keeping it aside")
    p.add_argument("--yes", action="store_true", help="confirm replacing a profile newer than the backup")
    p.set_defaults(handler=cmd_restore)


def _folder(ctx: CliContext, configured: str = "") -> Path:
    given = getattr(ctx.args, "to", None) or configured
    return Path(given) if given else ctx.data_dir.parent / f"{ctx.data_dir.name}-backups"


def cmd_backup_now(ctx: CliContext) -> int:
    session = ctx.session()
    session.require(Permission.MANAGE_BACKUPS)
    folder = _folder(ctx, str(settings_service.get(session, "backup_dir") or ""))
    engine.check_folder(folder, str(settings_service.get(session, "backup_drive") or "") or None)
    result = backup_service.back_up(session, folder, automatic=False)
    if not result.verified:
        ctx.note(ctx.t("backup.rejected", path=str(result.path)))
        for problem in result.problems:
            ctx.note(ctx.t(f"backup.problem.{problem.split(':')[0]}"))
        return 1
    ctx.emit({"path": str(result.path), "verified": result.verified, "bytes": result.bytes,
              "seconds": round(result.seconds, 3), "audit_head": result.audit_head},
             ctx.t("backup.done", path=str(result.path)))
    return 0


def cmd_register_drive(ctx: CliContext) -> int:
    session = ctx.session()
    session.require(Permission.MANAGE_BACKUPS)
    token = engine.register_drive(ctx.args.folder)
    settings_service.set_value(session, "backup_drive", token)
    settings_service.set_value(session, "backup_dir", str(Path(ctx.args.folder).resolve()))
    ctx.emit({"folder": str(ctx.args.folder), "registered": True}, str(ctx.args.folder))
    return 0


def cmd_backup_list(ctx: CliContext) -> int:
    generations = engine.list_backups(_folder(ctx))
    rows = [{**asdict(g), "path": str(g.path)} for g in generations]
    text = "\n".join(f"{g.created_at}  {g.bytes:>12}  {g.audit_seq:>6}  {'ok' if g.verified else '--'}  {g.path}"
                     for g in generations)
    ctx.emit(rows, text)
    return 0


def cmd_backup_verify(ctx: CliContext) -> int:
    code = getattr(ctx.args, "recovery_code", None)
    dek = None if code else ctx.session().dek
    problems = engine.verify_backup(ctx.args.path, dek=dek, code=code)
    text = ctx.t("backup.sound") if not problems else "\n".join(
        ctx.t(f"backup.problem.{p.split(':')[0]}") for p in dict.fromkeys(x.split(":")[0] for x in problems))
    ctx.emit({"path": str(ctx.args.path), "sound": not problems, "problems": problems}, text)
    return 0 if not problems else 4


def cmd_restore(ctx: CliContext) -> int:
    if not ctx.data_dir_given:
        raise KenseError("backup.target_exists", path="--data-dir")
    code = ctx.args.recovery_code
    if not code and not ctx.has_login() and sys.stdin.isatty():
        code = getpass.getpass(ctx.t("backup.ask_code"))
    if not code and not ctx.has_login():
        raise InvalidInput("backup.credentials_needed")
    credentials = Credentials(code=code) if code else Credentials(login=ctx.login(), password=ctx.password())
    target = restore.restore(ctx.args.path, ctx.data_dir, DeviceSecretStore(), credentials,
                             replace=bool(ctx.args.replace), newer_ok=bool(ctx.args.yes))
    ctx.emit({"path": str(target)}, ctx.t("backup.restored", path=str(target)))
    return 0
