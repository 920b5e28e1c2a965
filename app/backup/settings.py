"""The backup folder and the registered backup drive, as declared settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.admin import settings
from app.admin.settings import SettingSpec, _boolean


def _folder(value: Any) -> str:
    text = str(value or "").strip()
    if not text or not Path(text).expanduser().is_absolute():
        raise ValueError
    return str(Path(text).expanduser())


def _token(value: Any) -> str:
    text = str(value or "").strip().lower()
    if text and (len(text) != 32 or any(c not in "0123456789abcdef" for c in text)):
        raise ValueError
    return text


settings.declare(SettingSpec("backup_dir", "", _folder, "an absolute folder path"))
settings.declare(SettingSpec("backup_drive", "", _token, "set by kense backup register-drive"))
settings.declare(SettingSpec("auto_backup", True, _boolean, "true/false"))
