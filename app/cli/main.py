"""`kense`: the command line. With no command it starts the desktop application.

argparse (the standard library) rather than click/typer: no extra dependency in a frozen Windows
build, and full control over exit codes (2 for usage, as argparse already does) and over our own
translated messages. Every command calls the same services as the GUI.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from app import __version__
from app.cli import (
    argparse_texts,
    commands_alerts,
    commands_backup,
    commands_certificates,
    commands_core,
    commands_desk,
    commands_documents,
    commands_incidents,
    commands_people,
    commands_sync,
)
from app.cli.context import CliContext, message_language
from app.errors import KenseError
from app.i18n import LANGUAGES, translate
from app.platform_support.console import ensure_utf8_std_streams
from db.connection import DatabaseError

# Subsystems add a module with ``register(subparsers, common)`` here.
COMMAND_MODULES = [commands_core, commands_people, commands_documents, commands_certificates, commands_backup,
                   commands_sync]
COMMAND_MODULES.append(commands_desk)   # after certificates: it extends `print` and `user`
COMMAND_MODULES.append(commands_alerts)
COMMAND_MODULES.append(commands_incidents)


def _common_options(lang: str = "en") -> argparse.ArgumentParser:
    """Options accepted both before and after the command (``kense --json status`` and
    ``kense status --json``). SUPPRESS keeps a subcommand from resetting what was given earlier."""
    def say(message: str) -> str:
        return argparse_texts.text(message, lang)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help=say("profile folder (env KENSE_DATA_DIR; default: the user data folder)"))
    common.add_argument("--user", default=argparse.SUPPRESS, help=say("login to sign in with (env KENSE_USER)"))
    common.add_argument("--password-stdin", action="store_true", default=argparse.SUPPRESS,
                        help=say("read the password (and a new password on the next line) from stdin"))
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=say("machine-readable output"))
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=say("message language"))
    return common


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    common = _common_options(lang)
    parser = argparse.ArgumentParser(
        prog="kense", parents=[common],
        description=argparse_texts.text("Kense — the school office (encrypted, offline-first).", lang))
    parser.add_argument("--version", action="version", version=f"kense {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar=argparse_texts.text("COMMAND", lang))
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


def _open_hint(exc: KenseError, lang: str) -> str:
    """On the command line the existing entry a duplicate points to is opened by its id (the window has
    an Open button instead, so the message itself names it by number and date only)."""
    if exc.key in ("documents.duplicate_reference", "documents.duplicate_file") and exc.params.get("id"):
        return translate("documents.duplicate_open_hint", lang, id=str(exc.params["id"]))
    return ""


def main(argv: Sequence[str] | None = None, gui_launcher: Callable[..., int] | None = None) -> int:
    ensure_utf8_std_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not logging.getLogger().handlers:
        # The terminal is not a log: without this, Python prints library warnings with their tracebacks
        # (a sign-out that could not be audited on a damaged file) above the user's one clear message.
        logging.getLogger().addHandler(logging.NullHandler())
    chosen = argparse_texts.language_of(argv)
    argparse_texts.install(chosen)     # --help and argparse's own errors in the chosen language
    parser = build_parser(chosen)
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from app.cli.commands_core import run_gui

        args.command = "gui"
        args.handler = run_gui
        args.demo = False
    ctx = CliContext(args, gui_launcher=gui_launcher)
    lang = message_language(args)
    try:
        result = args.handler(ctx)
        return int(result or 0)
    except KenseError as exc:
        print(exc.message(lang), file=sys.stderr)
        hint = _open_hint(exc, lang)
        if hint:
            print(hint, file=sys.stderr)
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
