"""Foundation commands: init, status, users, passwords, recovery, rekey, audit, settings, demo, gui."""

from __future__ import annotations

import argparse
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app import demo as demo_module
from app.admin import settings as settings_service
from app.admin import status as status_service
from app.admin import users as users_service
from app.admin.school import get_school
from app.atomic import write_atomic
from app.audit import service as audit_service
from app.cli import commands_audit, commands_findings
from app.cli.commands_findings import finding_lines
from app.cli.context import CliContext
from app.cli.parsing import add_command as _add
from app.cli.parsing import command_group
from app.desk import responsible as _declares_privacy_officer  # noqa: F401 — the setting exists once imported
from app.errors import InvalidInput, KenseError
from app.security.roles import Permission, Role


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = _add(subparsers, common, "init", "create a new school profile (refuses to touch an existing one)")
    p.add_argument("--school-name", required=True)
    p.add_argument("--admin", required=True, help="the administrator's login")
    p.add_argument("--admin-name", default="", help="the administrator's full name")
    p.add_argument("--recovery-sheet", type=Path, help="write the recovery sheet PDF here")
    p.add_argument("--no-device-binding", action="store_true",
                   help="password-only: do not bind the database to this OS account's credential store")
    p.set_defaults(handler=cmd_init)

    p = _add(subparsers, common, "status", "security status of the profile")
    p.set_defaults(handler=cmd_status)

    user_sub = command_group(subparsers, common, "user", "user accounts", aliases=("users",))
    p = _add(user_sub, common, "add", "add a user (new password from KENSE_NEW_PASSWORD or stdin)")
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--name", required=True, help="full name")
    p.set_defaults(handler=cmd_user_add)
    p = _add(user_sub, common, "list", "list users")
    p.set_defaults(handler=cmd_user_list)
    p = _add(user_sub, common, "disable", "disable a user and delete their key slot")
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_disable)
    p = _add(user_sub, common, "reset-password", "give a user a new password (admin)")
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_reset)
    p = _add(user_sub, common, "set-role", "change a user's role (admin)")
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.set_defaults(handler=cmd_user_role)

    p = _add(subparsers, common, "passwd", "change your own password (one key slot; no re-encryption)")
    p.set_defaults(handler=cmd_passwd)

    p = _add(subparsers, common, "recover", "sign in with the recovery code, set a new password, re-bind this PC")
    p.add_argument("--recovery-code", required=True)
    p.set_defaults(handler=cmd_recover)

    p = _add(subparsers, common, "recovery-sheet", "replace the recovery code and print a new sheet (admin)")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=cmd_new_recovery)

    p = _add(subparsers, common, "rekey", "new data key: re-encrypt the database, re-seal every slot (admin)")
    p.set_defaults(handler=cmd_rekey)

    audit = _add(subparsers, common, "audit", "the audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    commands_audit.register(audit_sub, common)
    p = _add(audit_sub, common, "verify", "check the hash chain and the outside checkpoint")
    p.set_defaults(handler=cmd_audit_verify)
    commands_findings.register(audit_sub, common)

    settings = _add(subparsers, common, "settings", "read and change settings")
    settings_sub = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    p = _add(settings_sub, common, "get", "show one setting, or all")
    p.add_argument("key", nargs="?")
    p.set_defaults(handler=cmd_settings_get)
    p = _add(settings_sub, common, "set", "change a setting (admin)")
    p.add_argument("key")
    p.add_argument("value")
    p.set_defaults(handler=cmd_settings_set)

    p = _add(subparsers, common, "demo", "create a demo school (in --data-dir, or a fresh throwaway profile)")
    p.add_argument("--pupils", type=int, default=300, help="how many synthetic pupils")
    p.add_argument("--open", action="store_true", help="then open it in the desktop application")
    p.set_defaults(handler=cmd_demo)

    p = _add(subparsers, common, "gui", "start the desktop application (the default)")
    p.set_defaults(handler=run_gui, demo=False)


# ----------------------------------------------------------------------------- commands
def cmd_init(ctx: CliContext) -> int:
    args = ctx.args
    profile = ctx.profile()
    password = ctx.new_password("Administrator password: ")
    result = profile.create(school_name=args.school_name, admin_login=args.admin, admin_name=args.admin_name,
                            admin_password=password, bind_device=not args.no_device_binding)
    if args.recovery_sheet:
        _write_sheet(args.recovery_sheet, args.school_name, result.db_id, result.recovery_code)
    data = {
        "recovery_code": result.recovery_code,
        "data_dir": str(profile.root),
        "db_id": result.db_id,
        "device_binding": result.binding.value,
        "kdf": {"time_cost": result.calibration.time_cost, "memory_kib": result.calibration.memory_kib,
                "parallelism": result.calibration.parallelism, "seconds": round(result.calibration.seconds, 3)},
        "recovery_sheet": str(args.recovery_sheet) if args.recovery_sheet else None,
    }
    ctx.emit(data, _init_text(ctx, data))
    return 0


def _init_text(ctx: CliContext, data: dict[str, Any]) -> str:
    lines = {
        "ky": ["Профиль түзүлдү: {data_dir}", "Калыбына келтирүү коду (бир гана жолу көрсөтүлөт, кагазга"
               " жазып, сейфте сактаңыз):", "    {recovery_code}", "Түзмөккө байлоо: {device_binding}"],
        "ru": ["Профиль создан: {data_dir}", "Код восстановления (показывается один раз — запишите и"
               " храните в сейфе):", "    {recovery_code}", "Привязка к устройству: {device_binding}"],
        "en": ["Profile created: {data_dir}", "Recovery code (shown once — write it down and keep it in the"
               " safe):", "    {recovery_code}", "Device binding: {device_binding}"],
    }[ctx.lang]
    text = "\n".join(lines).format(**data)
    if data["device_binding"] != "bound":
        text += "\n" + {
            "ky": "Эскертүү: бул компьютерде ачкыч сактагыч жок, профиль сырсөз менен гана корголот.",
            "ru": "Внимание: на этом компьютере нет хранилища ключей, профиль защищён только паролем.",
            "en": "Note: no credential store on this computer; the profile is protected by passwords only.",
        }[ctx.lang]
    return text


def _write_sheet(path: Path, school_name: str, db_id: str, code: str) -> None:
    from app.forms.recovery_sheet import RecoverySheet
    from app.forms.recovery_sheet import render as render_recovery_sheet

    pdf = render_recovery_sheet(RecoverySheet(school_name, db_id, code, date.today()))
    try:
        write_atomic(Path(path), pdf)
    except OSError:
        raise KenseError("error.file_unwritable", path=str(path)) from None


def cmd_status(ctx: CliContext) -> int:
    status = status_service.security_status(ctx.session())
    ctx.emit(status)
    if status["findings"] and not ctx.as_json:
        ctx.note(ctx.t("finding.open_count", count=len(status["findings"])))
    return 0


def cmd_user_add(ctx: CliContext) -> int:
    session = ctx.session()
    session.require(Permission.MANAGE_USERS)   # refused before anyone is asked for a new password
    user = users_service.add_user(session, ctx.args.login, ctx.args.name, ctx.args.role, ctx.new_password())
    ctx.emit(user.to_json(), f"{user.login} ({user.role})")
    return 0


def cmd_user_list(ctx: CliContext) -> int:
    users = users_service.list_users(ctx.session())
    text = "\n".join(f"{u.login:16} {u.role:10} {'active' if u.active else 'disabled':9} {u.full_name}" for u in users)
    ctx.emit([u.to_json() for u in users], text)
    return 0


def cmd_user_disable(ctx: CliContext) -> int:
    users_service.disable_user(ctx.session(), ctx.args.login)
    ctx.emit({"login": ctx.args.login, "active": False}, ctx.args.login)
    return 0


def cmd_user_reset(ctx: CliContext) -> int:
    session = ctx.session()
    session.require(Permission.MANAGE_USERS)
    users_service.reset_password(session, ctx.args.login, ctx.new_password())
    ctx.emit({"login": ctx.args.login, "password_reset": True}, ctx.args.login)
    return 0


def cmd_user_role(ctx: CliContext) -> int:
    users_service.set_role(ctx.session(), ctx.args.login, ctx.args.role)
    ctx.emit({"login": ctx.args.login, "role": ctx.args.role}, f"{ctx.args.login}: {ctx.args.role}")
    return 0


def cmd_passwd(ctx: CliContext) -> int:
    session = ctx.session()
    old = ctx.password()  # already given for sign-in; proving it again is what the service asks
    users_service.change_own_password(session, old, ctx.new_password())
    ctx.emit({"login": session.user.login, "password_changed": True}, session.user.login)
    return 0


def cmd_recover(ctx: CliContext) -> int:
    session = ctx.profile().recover(ctx.args.recovery_code, ctx.login(), ctx.new_password())
    try:
        data = {"login": session.user.login, "device_binding": session.profile.device_binding().value}
    finally:
        session.close()
    ctx.emit(data, f"{data['login']}: OK ({data['device_binding']})")
    return 0


def cmd_new_recovery(ctx: CliContext) -> int:
    from app.security import keys

    session = ctx.session()
    code = keys.replace_recovery_code(session)
    _write_sheet(ctx.args.out, get_school(session).name, session.db_id, code)
    ctx.emit({"recovery_code": code, "recovery_sheet": str(ctx.args.out)}, code)
    return 0


def cmd_rekey(ctx: CliContext) -> int:
    from app.security import keys

    session = ctx.session()
    generation = keys.rekey(session)
    ctx.emit({"rekeyed": True, "key_generation": generation}, f"OK: key generation {generation}")
    return 0


def cmd_audit_verify(ctx: CliContext) -> int:
    result = audit_service.verify(ctx.session())
    v = result.verification
    data = {"ok": result.ok, "entries": v.entries, "head": v.head,
            "problem": v.problem or None, "seq": v.seq or None,
            "findings": [f.to_json() for f in result.findings]}
    if result.ok:
        ctx.emit(data, ctx.t("audit.chain_ok", entries=v.entries, head=v.head[:16]))
        return 0
    lines = [] if v.ok else [ctx.t("audit.chain_broken", problem=v.problem, seq=v.seq)]
    ctx.emit(data, "\n".join(lines + finding_lines(ctx, result.findings)))
    return 1


def cmd_settings_get(ctx: CliContext) -> int:
    session = ctx.session()
    if ctx.args.key:
        value = settings_service.get(session, ctx.args.key)
        ctx.emit({ctx.args.key: value}, str(value))
    else:
        ctx.emit(settings_service.all_settings(session))
    return 0


def cmd_settings_set(ctx: CliContext) -> int:
    value = settings_service.set_value(ctx.session(), ctx.args.key, ctx.args.value)
    ctx.emit({ctx.args.key: value}, f"{ctx.args.key} = {value}")
    return 0


def cmd_demo(ctx: CliContext) -> int:
    if ctx.args.pupils < 0:
        raise InvalidInput("input.number", name="--pupils")
    root = ctx.data_dir if ctx.data_dir_given else None
    if ctx.args.open:   # the window opens on the school at once; the year fills in behind it
        result = demo_module.create_demo_profile(root)
    else:
        result = demo_module.create_demo(root, pupils=ctx.args.pupils,
                                         progress=None if ctx.as_json else _progress_printer(ctx))
    data = result.to_json()
    text = "\n".join([f"{ctx.t('demo.created')}: {result.data_dir}",
                      *(f"  {u['login']:10} {u['role']:10} {u['password']}" for u in data["users"])])
    ctx.emit(data, text)
    if ctx.args.open:
        try:
            return ctx.launch_gui(data_dir=result.data_dir, login="admin", password=result.password,
                                  demo_pupils=ctx.args.pupils)
        finally:
            if result.throwaway:  # the newcomer's demo leaves nothing behind once the window closes
                shutil.rmtree(result.data_dir.parent, ignore_errors=True)
    return 0


def _progress_printer(ctx: CliContext) -> Any:
    def report(done: int, total: int, what: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{what}: {done}/{total}", end="" if done < total else "\n", file=ctx.stderr)
    return report


def run_gui(ctx: CliContext) -> int:
    return ctx.launch_gui(data_dir=ctx.data_dir)
