"""argparse's own words (usage, section titles, its error messages) and the global options' help in the
language chosen with ``--lang`` / KENSE_LANG, so ``kense --lang ky --help`` and a mistyped command read
in Kyrgyz. argparse looks its texts up through the module-level ``_`` at the moment it prints them; we
point that at this catalogue before the parser is built. A text missing here stays as argparse has it.

The help of each command is still written once, in English, next to the command.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

from app.i18n import LANGUAGES, normalise_language

# argparse's message -> (Kyrgyz, Russian); %-placeholders unchanged.
ARGPARSE: dict[str, tuple[str, str]] = {
    "usage: ": ("колдонуу: ", "использование: "),
    "positional arguments": ("милдеттүү аргументтер", "позиционные аргументы"),
    "options": ("параметрлер", "параметры"),
    "show this help message and exit": ("ушул жардамды көрсөтүп, чыгуу", "показать эту справку и выйти"),
    "show program's version number and exit": ("программанын версиясын көрсөтүп, чыгуу",
                                               "показать версию программы и выйти"),
    "%(prog)s: error: %(message)s\n": ("%(prog)s: ката: %(message)s\n", "%(prog)s: ошибка: %(message)s\n"),
    "the following arguments are required: %s": ("бул аргументтер керек: %s", "нужны аргументы: %s"),
    "unrecognized arguments: %s": ("түшүнүксүз аргументтер: %s", "непонятные аргументы: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "мындай маани жок: %(value)r (тандаңыз: %(choices)s)",
        "недопустимое значение: %(value)r (выберите из: %(choices)s)"),
    "argument %(argument_name)s: %(message)s": ("%(argument_name)s аргументи: %(message)s",
                                                "аргумент %(argument_name)s: %(message)s"),
    "expected one argument": ("бир маани керек", "нужно одно значение"),
    "expected at least one argument": ("жок дегенде бир маани керек", "нужно хотя бы одно значение"),
    "expected at most one argument": ("бирден ашык маани болбойт", "не больше одного значения"),
    "invalid %(type)s value: %(value)r": ("туура эмес маани: %(value)r", "неверное значение: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": (
        "так эмес параметр: %(option)s — булардын бири болушу мүмкүн: %(matches)s",
        "неоднозначный параметр: %(option)s — подходят: %(matches)s"),
    "not allowed with argument %s": ("%s аргументи менен бирге болбойт", "нельзя вместе с аргументом %s"),
    "one of the arguments %s is required": ("бул аргументтердин бири керек: %s", "нужен один из аргументов: %s"),
    "ignored explicit argument %r": ("керексиз маани %r", "лишнее значение %r"),
    "can't open '%(filename)s': %(error)s": ("'%(filename)s' ачылбады: %(error)s",
                                             "не удалось открыть '%(filename)s': %(error)s"),
}

# Our texts shown by `kense --help` itself (the program and the options every command takes).
OWN: dict[str, tuple[str, str]] = {
    "Kense — the school office (encrypted, offline-first).": (
        "Кеңсе — мектептин кеңсеси (шифрленген, интернетсиз иштейт).",
        "Кенсе — канцелярия школы (зашифровано, работает без интернета)."),
    "profile folder (env KENSE_DATA_DIR; default: the user data folder)": (
        "профилдин папкасы (KENSE_DATA_DIR; демейки: колдонуучунун маалымат папкасы)",
        "папка профиля (KENSE_DATA_DIR; по умолчанию: папка данных пользователя)"),
    "login to sign in with (env KENSE_USER)": ("кирүү үчүн логин (KENSE_USER)", "логин для входа (KENSE_USER)"),
    "read the password (and a new password on the next line) from stdin": (
        "сырсөздү (кийинки сапта жаңысын) stdin аркылуу окуу",
        "читать пароль (и новый пароль следующей строкой) из stdin"),
    "machine-readable output": ("программа окуй турган чыгаруу (JSON)", "вывод для программ (JSON)"),
    "message language": ("билдирүүлөрдүн тили: ky — кыргызча, ru — орусча, en — англисче (KENSE_LANG)",
                         "язык сообщений: ky — кыргызский, ru — русский, en — английский (KENSE_LANG)"),
    "COMMAND": ("БУЙРУК", "КОМАНДА"),
}


def language_of(argv: Sequence[str]) -> str:
    """The language asked for on the command line (``--lang ky`` or ``--lang=ky``), else KENSE_LANG,
    else Kyrgyz — known before argparse runs, so its own messages can already be in it."""
    chosen: str | None = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    if chosen not in LANGUAGES:
        chosen = os.environ.get("KENSE_LANG")
    return normalise_language(chosen)


def text(message: str, lang: str) -> str:
    found = ARGPARSE.get(message) or OWN.get(message)
    if found is None or lang == "en":
        return message
    return found[0] if lang == "ky" else found[1]


def install(lang: str) -> None:
    """From now on argparse speaks ``lang``."""
    argparse._ = lambda message: text(message, lang)  # type: ignore[attr-defined]
