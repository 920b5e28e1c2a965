"""What the sign-in screen remembers between starts: the last login and the chosen language.

Kept beside the profile in ``kense.ui.json``; it holds no personal data (a login, a language code).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from app.atomic import write_atomic

FILE = "kense.ui.json"


def load(data_dir: Path) -> dict[str, Any]:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads((Path(data_dir) / FILE).read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return data
    return {}


def update(data_dir: Path, **values: Any) -> None:
    path = Path(data_dir) / FILE
    if not path.parent.is_dir():
        return
    data = load(data_dir)
    data.update(values)
    with contextlib.suppress(OSError):
        write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
