"""kense-server: set up the database, serve, and administer the org tree, admins and devices.

The operator's tool: it works with the DSN's own rights (the owner of the tables), not through RLS.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.rows import dict_row

from . import db as dbmod
from . import demo, devices, identity, orgs, report
from .db import Cur

EXIT_USAGE, EXIT_NOT_FOUND, EXIT_REFUSED, EXIT_DB = 2, 3, 4, 5


def _dsn(args: argparse.Namespace) -> str:
    dsn = args.dsn or os.environ.get("KENSE_SERVER_DSN", "")
    if not dsn:
        raise SystemExit("kense-server: give --dsn or set KENSE_SERVER_DSN")
    return str(dsn)


def cmd_init_db(args: argparse.Namespace) -> int:
    applied = dbmod.migrate(_dsn(args))
    with _scoped_owner(args) as cur:
        made = identity.ensure(cur)
        ident = identity.load(cur)
    for name in applied:
        print(f"applied {name}")
    print(("made" if made else "kept") + f" server identity {ident.server_id}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app
    from .config import Settings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    # uvicorn's own access log prints query strings; ours (kense.server.access) does not.
    options: dict[str, Any] = {"host": args.host, "port": args.port, "access_log": False, "log_level": "info",
                               "proxy_headers": False, "server_header": False,
                               # a school on a slow link may take a while to send its next request
                               "timeout_keep_alive": 30}
    if args.workers > 1:
        # Each worker opens the app from the environment (a DSN in the environment, not on a command line).
        os.environ["KENSE_SERVER_DSN"], os.environ["KENSE_SERVER_POOL"] = _dsn(args), str(args.pool)
        uvicorn.run("server.app:from_environment", factory=True, workers=args.workers, **options)
    else:
        uvicorn.run(create_app(Settings(_dsn(args), pool_max=args.pool)), **options)
    return 0


def cmd_org_add(args: argparse.Namespace) -> int:
    with _scoped_owner(args) as cur:
        orgs.add_org(cur, args.code, args.level, args.name, args.parent, args.name_ru or "")
    print(f"added {args.level} {args.code}")
    return 0


def cmd_org_list(args: argparse.Namespace) -> int:
    with _scoped_owner(args) as cur:
        cur.execute("SELECT code, level, name, array_length(path, 1) AS depth FROM org ORDER BY path")
        for row in cur.fetchall():
            print(f"{'  ' * (row['depth'] - 1)}{row['code']}  {row['level']}  {row['name']}")
    return 0


def cmd_admin_add(args: argparse.Namespace) -> int:
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    elif sys.stdin.isatty() and not args.generate:
        password = getpass.getpass("Password (empty: make one): ") or None
    with _scoped_owner(args) as cur:
        made = orgs.add_admin(cur, args.login, args.role, args.org, password)
    print(f"added {args.role} {args.login} for {args.org}")
    if password is None:
        print(f"password: {made}")
    return 0


def cmd_enrol_code(args: argparse.Namespace) -> int:
    with _scoped_owner(args) as cur:
        code = devices.issue_enrol_code(cur, args.school, by=args.by, hours=args.hours)
    print(code)
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    with _scoped_owner(args) as cur:
        rows = devices.list_devices(cur, args.school)
    if args.json:
        print(json.dumps(rows, default=str, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        seen = r["last_seen_at"].strftime("%Y-%m-%d %H:%M") if r["last_seen_at"] else "never"
        print(f"{r['device_id']}  {r['school']}  {r['state']:<8} last contact {seen}  {r['name']}")
    return 0


def cmd_device_revoke(args: argparse.Namespace) -> int:
    with _scoped_owner(args) as cur:
        done = devices.revoke(cur, args.device_id)
    print("revoked" if done else "no active device with that id", file=sys.stdout if done else sys.stderr)
    return 0 if done else EXIT_NOT_FOUND


def cmd_device_rotate(args: argparse.Namespace) -> int:
    with _scoped_owner(args) as cur:
        done = devices.request_rotation(cur, args.device_id)
    print("the device will get a new token at its next contact" if done else "no active device with that id",
          file=sys.stdout if done else sys.stderr)
    return 0 if done else EXIT_NOT_FOUND


def cmd_report(args: argparse.Namespace) -> int:
    with _scoped_owner(args) as cur:
        rep = report.school_report(cur, args.school)
    print(json.dumps(rep, ensure_ascii=False, indent=2) if args.json else report.format_report(rep))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    dbmod.migrate(_dsn(args))
    with _scoped_owner(args) as cur:
        identity.ensure(cur)
        made = demo.build(cur)
    if args.json:
        print(json.dumps(made, ensure_ascii=False))
    else:
        print(f"district admin: {made['admin']}\npassword:       {made['password']}\n"
              f"school:         {made['school']}\nenrolment code: {made['enrol_code']}")
    return 0


@contextmanager
def _scoped_owner(args: argparse.Namespace) -> Iterator[Cur]:
    """One owner transaction for a CLI command, on a connection of its own (no pool to wait for)."""
    with psycopg.connect(_dsn(args), connect_timeout=10, row_factory=dict_row) as conn, conn.cursor() as cur:
        yield cur


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kense-server", description="The Kense district server")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--dsn", help="PostgreSQL DSN (or KENSE_SERVER_DSN)")
    sub = ap.add_subparsers(dest="command", required=True)

    sub.add_parser("init-db", parents=[common], help="apply migrations, make the server key").set_defaults(
        func=cmd_init_db)
    s = sub.add_parser("serve", parents=[common], help="serve the API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8470)
    s.add_argument("--pool", type=int, default=10, help="database connections (per worker)")
    s.add_argument("--workers", type=int, default=1,
                   help="processes (they share the rate limits: counted in the database)")
    s.set_defaults(func=cmd_serve)

    org = sub.add_parser("org", help="the org tree").add_subparsers(dest="org_command", required=True)
    o = org.add_parser("add", parents=[common], help="add a unit")
    o.add_argument("code", help="national territorial code (SOATE) or the school's code")
    o.add_argument("--level", required=True, choices=orgs.LEVELS)
    o.add_argument("--name", required=True, help="name in Kyrgyz")
    o.add_argument("--name-ru", help="name in Russian")
    o.add_argument("--parent", help="the unit one level up")
    o.set_defaults(func=cmd_org_add)
    org.add_parser("list", parents=[common], help="the tree").set_defaults(func=cmd_org_list)

    admin = sub.add_parser("admin", help="administrators").add_subparsers(dest="admin_command", required=True)
    a = admin.add_parser("add", parents=[common], help="add an administrator")
    a.add_argument("login")
    a.add_argument("--role", required=True, choices=orgs.ROLES)
    a.add_argument("--org", required=True, help="her unit: she sees everything below it")
    a.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    a.add_argument("--generate", action="store_true", help="make a password and print it")
    a.set_defaults(func=cmd_admin_add)

    e = sub.add_parser("enrol-code", parents=[common], help="a one-time enrolment code for a school")
    e.add_argument("school")
    e.add_argument("--hours", type=int, default=72, choices=range(1, 169), metavar="1-168")
    e.add_argument("--by", default=getpass.getuser(), help="who issued it (kept with the code)")
    e.set_defaults(func=cmd_enrol_code)

    dev = sub.add_parser("device", help="enrolled devices").add_subparsers(dest="device_command", required=True)
    dl = dev.add_parser("list", parents=[common])
    dl.add_argument("--school")
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(func=cmd_device_list)
    for name, func, text in (("revoke", cmd_device_revoke, "refuse the device from now on"),
                             ("rotate", cmd_device_rotate, "make the device take a new token")):
        d = dev.add_parser(name, parents=[common], help=text)
        d.add_argument("device_id")
        d.set_defaults(func=func)

    r = sub.add_parser("report", parents=[common], help="what a school has sent")
    r.add_argument("--school", required=True)
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_report)

    dm = sub.add_parser("demo", parents=[common], help="a demo district, an admin and an enrolment code")
    dm.add_argument("--json", action="store_true")
    dm.set_defaults(func=cmd_demo)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except orgs.OrgError as exc:
        print(f"kense-server: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except LookupError as exc:
        print(f"kense-server: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return EXIT_NOT_FOUND
    except psycopg.Error as exc:
        # The server's message only (no DSN, which may carry a password).
        print(f"kense-server: database: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
              file=sys.stderr)
        return EXIT_DB


if __name__ == "__main__":
    sys.exit(main())
