"""Settings with declared types and bounds; other subsystems declare theirs with :func:`declare`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.clock import now_iso
from app.errors import InvalidInput
from app.i18n import LANGUAGES
from app.security.roles import Permission
from app.security.session import Session


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    parse: Callable[[Any], Any]   # raises ValueError with a short rule text
    rule: str


def _int_range(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        number = int(str(value).strip())
        if not low <= number <= high:
            raise ValueError
        return number
    return parse


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on", "ооба", "да"}:
        return True
    if text in {"0", "false", "no", "off", "жок", "нет"}:
        return False
    raise ValueError


def _choice(*options: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        text = str(value).strip().lower()
        if text not in options:
            raise ValueError
        return text
    return parse


_SPECS: dict[str, SettingSpec] = {}


def declare(spec: SettingSpec) -> None:
    if spec.key in _SPECS:
        raise ValueError(f"setting {spec.key} declared twice")
    _SPECS[spec.key] = spec


for _declared in (
    SettingSpec("idle_lock_minutes", 5, _int_range(1, 30), "1–30"),
    SettingSpec("lock_on_minimize", False, _boolean, "true/false"),
    SettingSpec("language", "ky", _choice(*LANGUAGES), "|".join(LANGUAGES)),
    SettingSpec("allow_removable_export", False, _boolean, "true/false"),
    SettingSpec("clipboard_clear_seconds", 30, _int_range(5, 300), "5–300"),
    SettingSpec("max_attachment_mb", 25, _int_range(1, 200), "1–200"),
):
    declare(_declared)


def known_keys() -> list[str]:
    return sorted(_SPECS)


def _spec(key: str) -> SettingSpec:
    spec = _SPECS.get(key)
    if spec is None:
        raise InvalidInput("settings.unknown", key=key, keys=", ".join(known_keys()))
    return spec


def get(session: Session, key: str) -> Any:
    session.require(Permission.VIEW_SETTINGS)
    spec = _spec(key)
    row = session.conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return spec.default if row is None else json.loads(row[0])


def all_settings(session: Session) -> dict[str, Any]:
    session.require(Permission.VIEW_SETTINGS)
    stored = {k: json.loads(v) for k, v in session.conn.execute("SELECT key, value FROM setting")}
    return {key: stored.get(key, spec.default) for key, spec in sorted(_SPECS.items())}


def set_value(session: Session, key: str, value: Any) -> Any:
    session.require(Permission.MANAGE_SETTINGS)
    spec = _spec(key)
    try:
        parsed = spec.parse(value)
    except (ValueError, TypeError):
        raise InvalidInput("settings.bad_value", key=key, rule=spec.rule) from None
    with session.write() as conn:
        conn.execute(
            "INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by",
            (key, json.dumps(parsed), now_iso(), session.user.id),
        )
        session.audit(conn, "settings.set", "setting", key, {"key": key})
    return parsed
