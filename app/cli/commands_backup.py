"""Backup commands: backup now / list / verify, restore."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.admin import settings as settings_service
from app.backup import engine
from app.backup import settings as _backup_settings  # noqa: F401 — declares backup_dir, backup_drive
from app.cli.context import CliContext
from app.cli.parsing import add_command as _add
from app.errors import KenseError
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
    p.add_argument("--recovery-code", required=True)
    p.add_argument("--replace", action="store_true", help="replace the live profile, keeping it aside")
    p.set_defaults(handler=cmd_restore)


def _folder(ctx: CliContext, configured: str = "") -> Path:
    given = getattr(ctx.args, "to", None) or configured
    return Path(given) if given else ctx.data_dir.parent / f"{ctx.data_dir.name}-backups"


def cmd_backup_now(ctx: CliContext) -> int:
    session = ctx.session()
    session.require(Permission.MANAGE_BACKUPS)
    folder = _folder(ctx, str(settings_service.get(session, "backup_dir") or ""))
    engine.check_folder(folder, str(settings_service.get(session, "backup_drive") or "") or None)
    result = engine.make_backup(session.profile, session.dek, folder)
    session.audit_now("backup.made", detail={"verified": result.verified, "audit_seq": result.audit_seq})
    if not result.verified:
        ctx.note(ctx.t("backup.rejected", path=str(result.path)))
        return 1
    engine.prune(folder)
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
    ctx.emit({"path": str(ctx.args.path), "sound": not problems, "problems": problems},
             ctx.t("backup.sound") if not problems else ctx.t("backup.damaged"))
    return 0 if not problems else 4


def cmd_restore(ctx: CliContext) -> int:
    if not ctx.data_dir_given:
        raise KenseError("backup.target_exists", path="--data-dir")
    target = engine.restore(ctx.args.path, ctx.data_dir, ctx.args.recovery_code, DeviceSecretStore(),
                            replace=bool(ctx.args.replace))
    ctx.emit({"path": str(target)}, ctx.t("backup.restored", path=str(target)))
    return 0
