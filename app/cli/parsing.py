"""Helpers the command modules share to declare their commands."""

from __future__ import annotations

import argparse
from typing import Any


def add_command(subparsers: Any, common: argparse.ArgumentParser, name: str, help_text: str, *,
                aliases: tuple[str, ...] = ()) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(name, parents=[common], help=help_text,
                                                            description=help_text, aliases=list(aliases))
    return parser


def command_group(subparsers: Any, common: argparse.ArgumentParser, name: str, help_text: str, *,
                  aliases: tuple[str, ...] = ()) -> Any:
    """A command that several subsystems extend (``kense print register`` from documents, ``kense print
    class-list`` from certificates): created once, then the same sub-command list is returned."""
    groups: dict[str, Any] = subparsers.__dict__.setdefault("_kense_groups", {})
    if name not in groups:
        parser = add_command(subparsers, common, name, help_text, aliases=aliases)
        groups[name] = parser.add_subparsers(dest=f"{name}_command", metavar="WHAT", required=True)
    return groups[name]


def without_options(common: argparse.ArgumentParser, *flags: str) -> argparse.ArgumentParser:
    """The common options minus ``flags``, for a command that gives those flags a meaning of its own
    (a document's --lang, the audit filter's --user)."""
    parent = argparse.ArgumentParser(add_help=False)
    for action in common._actions:
        if not set(flags) & set(action.option_strings):
            parent._add_action(action)
    return parent


def add_document_lang(parser: argparse.ArgumentParser) -> None:
    """After the command, --lang (ky|ru) is the document's language; messages follow a --lang given
    before the command (``kense --lang en certificate issue … --lang ky``), else the document's."""
    parser.add_argument("--lang", dest="doc_lang", choices=("ky", "ru"), default=argparse.SUPPRESS,
                        help="language of the document (and of messages unless --lang was given"
                             " before the command); default ky")


def document_lang(args: argparse.Namespace) -> str:
    lang = getattr(args, "doc_lang", None) or getattr(args, "lang", None)
    return lang if lang in ("ky", "ru") else "ky"
