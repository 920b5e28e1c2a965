"""What every CLI command needs: the profile, the language, output in text or JSON, and a session
opened with the password from the environment, stdin or a terminal prompt."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.errors import AuthenticationRefused, KenseError, UsageError
from app.i18n import normalise_language, translate
from app.security.profile import Profile, default_data_dir
from app.security.session import Session


def message_language(args: argparse.Namespace) -> str:
    """--lang before the command; on a printing command without one, the document's --lang."""
    return normalise_language(getattr(args, "lang", None) or getattr(args, "doc_lang", None))


@dataclass
class CliContext:
    args: argparse.Namespace
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    # The desktop application, injected by ui/entry.py (app/ may not import ui/).
    gui_launcher: Callable[..., int] | None = None
    _stdin_lines: list[str] | None = None
    _session: Session | None = None
    _password: str | None = None

    @property
    def lang(self) -> str:
        return message_language(self.args)

    @property
    def as_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def t(self, key: str, **params: Any) -> str:
        return translate(key, self.lang, **params)

    # ----------------------------------------------------------------- profile and secrets
    @property
    def data_dir(self) -> Path:
        given = getattr(self.args, "data_dir", None) or os.environ.get("KENSE_DATA_DIR")
        return Path(given).expanduser() if given else default_data_dir()

    @property
    def data_dir_given(self) -> bool:
        return bool(getattr(self.args, "data_dir", None) or os.environ.get("KENSE_DATA_DIR"))

    def profile(self) -> Profile:
        from app.backup.restore import recover_interrupted

        recover_interrupted(self.data_dir)   # a restore killed mid-swap: the live profile goes back first
        return Profile(self.data_dir)

    def _stdin_line(self) -> str | None:
        """--password-stdin: line 1 is the password, line 2 (when a command needs one) the new one."""
        if self._stdin_lines is None:
            self._stdin_lines = sys.stdin.read().splitlines() if not sys.stdin.isatty() else []
        return self._stdin_lines.pop(0) if self._stdin_lines else None

    def has_login(self) -> bool:
        return bool(getattr(self.args, "user", None) or os.environ.get("KENSE_USER"))

    def login(self) -> str:
        login = getattr(self.args, "user", None) or os.environ.get("KENSE_USER")
        if not login:
            raise UsageError("auth.login_required")
        return str(login)

    def password(self, prompt: str = "Password: ") -> str:
        """The user's own password, asked once: ``passwd`` proves it again without reading a second
        line, so with --password-stdin line 1 is the password and line 2 the new one, as documented."""
        if self._password is None:
            self._password = self._read_password(prompt)
        return self._password

    def _read_password(self, prompt: str) -> str:
        if getattr(self.args, "password_stdin", False):
            line = self._stdin_line()
            if line is not None:
                return line
        env = os.environ.get("KENSE_PASSWORD")
        if env is not None:
            return env
        if sys.stdin.isatty():
            return getpass.getpass(prompt)
        raise AuthenticationRefused("auth.password_required")

    def new_password(self, prompt: str = "New password: ") -> str:
        env = os.environ.get("KENSE_NEW_PASSWORD")
        if env is not None:
            return env
        line = self._stdin_line() if not sys.stdin.isatty() else None
        if line is not None:
            return line
        if sys.stdin.isatty():
            first = getpass.getpass(prompt)
            if getpass.getpass("Repeat: ") != first:
                from app.errors import InvalidInput

                raise InvalidInput("password.mismatch")
            return first
        raise UsageError("auth.password_required")

    def session(self) -> Session:
        if self._session is None:
            self._session = self.profile().sign_in(self.login(), self.password())
            notices = self._session.notices
            if notices.failed_since_last:
                self.note(self.t("auth.failed_since_last", count=notices.failed_since_last))
            if notices.failed_others:
                self.note(self.t("auth.failed_others", count=notices.failed_others))
            if notices.integrity_problems:
                self.note(self.t("db.integrity_warning"))
            if notices.read_only:
                self.note(self.t("db.read_only"))
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def launch_gui(self, **kwargs: Any) -> int:
        if self.gui_launcher is None:
            raise KenseError("gui.unavailable")
        return int(self.gui_launcher(lang=getattr(self.args, "lang", None), **kwargs))

    # ----------------------------------------------------------------- output
    def note(self, text: str) -> None:
        print(text, file=self.stderr)

    def emit(self, data: Any, text: str | None = None) -> None:
        """JSON to stdout with --json, otherwise the human text (or a readable rendering of data)."""
        if self.as_json:
            json.dump(data, self.stdout, ensure_ascii=False, indent=2, default=str)
            self.stdout.write("\n")
        elif text is not None:
            print(text, file=self.stdout)
        else:
            print(render_plain(data), file=self.stdout)


def render_plain(data: Any, indent: int = 0) -> str:
    pad = "  " * indent
    if isinstance(data, dict):
        lines = []
        for key, value in data.items():
            if isinstance(value, dict | list) and value:
                lines.append(f"{pad}{key}:")
                lines.append(render_plain(value, indent + 1))
            else:
                lines.append(f"{pad}{key}: {value}")
        return "\n".join(lines)
    if isinstance(data, list):
        return "\n".join(render_plain(item, indent) if not isinstance(item, dict) else
                         render_plain(item, indent) + ("\n" if indent == 0 else "") for item in data).rstrip()
    return f"{pad}{data}"
