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
