"""`kense`: the command line. With no command it starts the desktop application.

argparse (the standard library) rather than click/typer: no extra dependency in a frozen Windows
build, and full control over exit codes (2 for usage, as argparse already does) and over our own
translated messages. Every command calls the same services as the GUI.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from app import __version__
from app.cli import (
    commands_backup,
    commands_certificates,
    commands_core,
    commands_documents,
    commands_people,
    commands_sync,
)
from app.cli.context import CliContext
from app.errors import KenseError
from app.i18n import LANGUAGES, normalise_language, translate
from db.connection import DatabaseError

# Subsystems add a module with ``register(subparsers, common)`` here.
COMMAND_MODULES = [commands_core, commands_people, commands_documents, commands_certificates, commands_backup,
                   commands_sync]


def _common_options() -> argparse.ArgumentParser:
    """Options accepted both before and after the command (``kense --json status`` and
    ``kense status --json``). SUPPRESS keeps a subcommand from resetting what was given earlier."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="profile folder (env KENSE_DATA_DIR; default: the user data folder)")
    common.add_argument("--user", default=argparse.SUPPRESS, help="login to sign in with (env KENSE_USER)")
    common.add_argument("--password-stdin", action="store_true", default=argparse.SUPPRESS,
                        help="read the password (and a new password on the next line) from stdin")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="message language")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(prog="kense", parents=[common],
                                     description="Kense — the school office (encrypted, offline-first).")
    parser.add_argument("--version", action="version", version=f"kense {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def _crash_report(exc: BaseException) -> str:
    """Write a report that names code locations only: no exception message, no values, because a
    message can quote personal data (``invalid literal for int(): 'Асанов'``)."""
    import tempfile
    import time

    import platformdirs

    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"kense {__version__} {sys.platform} python {sys.version.split()[0]}",
             f"{type(exc).__module__}.{type(exc).__qualname__}"]
    lines += [f"  {f.filename.rsplit(os.sep, 1)[-1]}:{f.lineno} in {f.name}" for f in frames]
    folder = platformdirs.user_log_path("Kense", appauthor=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = __import__("pathlib").Path(tempfile.gettempdir())
    path = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    try:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError:
        return "-"
    return str(path)


def main(argv: Sequence[str] | None = None, gui_launcher: Callable[..., int] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from app.cli.commands_core import run_gui

        args.command = "gui"
        args.handler = run_gui
        args.demo = False
    ctx = CliContext(args, gui_launcher=gui_launcher)
    lang = normalise_language(getattr(args, "lang", None))
    try:
        result = args.handler(ctx)
        return int(result or 0)
    except KenseError as exc:
        print(exc.message(lang), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(translate("error.interrupted", lang), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except DatabaseError as exc:
        if type(exc) is DatabaseError:  # "malformed", "not a database": damage found while working
            print(translate("db.damaged", lang), file=sys.stderr)
            return 1
        print(translate("error.unexpected", lang, report=_crash_report(exc)), file=sys.stderr)
        return 1
    except Exception as exc:  # the last line of defence: never a traceback on the user's screen
        print(translate("error.unexpected", lang, report=_crash_report(exc)), file=sys.stderr)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
