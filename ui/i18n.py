"""Loading the Qt translations: our <subsystem>_<lang>.qm catalogues (kense_<lang>.qm also carries Qt's
own standard buttons and dialog strings in Kyrgyz — Qt ships none) plus Qt's qtbase_<lang>.qm where it
exists (Russian).

Switching at runtime reinstalls the translators; Qt then sends every widget a LanguageChange event,
and our screens rebuild their texts in ``retranslate()``.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n import normalise_language

_installed: list[QTranslator] = []
_current = "ky"

LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
_LOCALES = {"ky": QLocale(QLocale.Language.Kyrgyz, QLocale.Country.Kyrgyzstan),
            "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kyrgyzstan),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
DATE_FORMAT = "dd.MM.yyyy"  # tables and forms, whatever the language


def current_language() -> str:
    return _current


def locale() -> QLocale:
    return _LOCALES[_current]


def install(lang: str | None) -> str:
    """Install the translators for ``lang`` (replacing earlier ones); return the language in force."""
    global _current
    lang = normalise_language(lang)
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    if lang != "en" and qt_own.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # One catalogue per subsystem (kense_<lang> for the shell, people_<lang>, documents_<lang>, …), so
    # the subsystems' translators never edit the same file. The shell's is installed last = asked
    # first, so its Kyrgyz texts for Qt's own buttons win.
    folder = resources.files("resources").joinpath("translations")
    names = sorted((entry.name for entry in folder.iterdir() if entry.name.endswith(f"_{lang}.qm")),
                   key=lambda name: name == f"kense_{lang}.qm")
    for name in names:
        ours = QTranslator()
        if ours.load(str(folder.joinpath(name))):
            app.installTranslator(ours)
            _installed.append(ours)
    QLocale.setDefault(_LOCALES[lang])
    _current = lang
    return lang


def format_moment(at: str) -> str:
    """dd.MM.yyyy HH:mm of a stored UTC moment, in local time."""
    from app.forms.dates import format_moment as moment_text

    return moment_text(at)


def format_date(iso_or_date: object) -> str:
    """dd.MM.yyyy for an ISO date/datetime text or a date."""
    from datetime import date, datetime

    if isinstance(iso_or_date, datetime | date):
        value = iso_or_date
    else:
        text = str(iso_or_date or "")
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00")) if "T" in text else date.fromisoformat(text)
        except ValueError:
            return text
    return value.strftime("%d.%m.%Y")
