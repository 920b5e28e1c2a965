"""The backup operations the window and the command line share: where backups go, making one (with the
removable-drive rule, rotation and the audit entry), whether one is due, and what a restore would lose."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.admin import settings
from app.backup import engine
from app.backup import settings as _declared  # noqa: F401 — declares backup_dir, backup_drive
from app.clock import parse_iso, utc_now
from app.platform_support.removable import is_removable
from app.security.roles import Permission

STALE_DAYS = 7


def default_folder(data_dir: Path) -> Path:
    data_dir = Path(data_dir)
    return data_dir.parent / f"{data_dir.name}-backups"


def folder(session: Any) -> Path:
    """The configured backup folder, else the folder beside the profile."""
    configured = str(settings.get(session, "backup_dir") or "")
    return Path(configured) if configured else default_folder(session.profile.root)


def suggest_folder(data_dir: Path) -> Path:
    """A folder on another fixed disk or partition than the profile's, when there is one (the copy must
    survive the disk it copies); else the folder beside the profile."""
    data_dir = Path(data_dir)
    try:
        home_device = os.stat(data_dir if data_dir.exists() else data_dir.parent).st_dev
    except OSError:
        return default_folder(data_dir)
    if os.name == "nt":
        candidates = [Path(f"{letter}:\\") for letter in "DEFGHIJKLMNOPQRSTUVWXYZ"]
    else:
        candidates = [Path(p) for p in ("/srv", "/data", "/backup", "/mnt", "/media")]
        candidates += [child for p in ("/mnt", "/media") if Path(p).is_dir() for child in _children(Path(p))]
    for root in candidates:
        try:
            if root.is_dir() and os.stat(root).st_dev != home_device and os.access(root, os.W_OK) \
                    and not is_removable(root):
                return root / "Kense-backups"
        except OSError:
            continue
    return default_folder(data_dir)


def _children(path: Path) -> list[Path]:
    try:
        return sorted(p for p in path.iterdir() if p.is_dir())
    except OSError:
        return []


def back_up(session: Any, target: Path | None = None, *, automatic: bool, progress: engine.Progress | None = None,
            cancelled: engine.Cancelled | None = None) -> engine.BackupResult:
    """Make, verify and rotate; audited. A manual backup needs the backup permission; the automatic one
    runs for whoever signs in first that day."""
    if not automatic:
        session.require(Permission.MANAGE_BACKUPS)
    where = Path(target) if target is not None else folder(session)
    engine.check_folder(where, str(settings.get(session, "backup_drive") or "") or None)
    result = engine.make_backup(session, where, progress=progress, cancelled=cancelled)
    session.audit_now("backup.made", detail={"verified": result.verified, "audit_seq": result.audit_seq,
                                             "automatic": automatic})
    if result.verified:
        engine.prune(where)
    return result


@dataclass(frozen=True)
class BackupState:
    folder: Path
    last: engine.Generation | None       # the newest verified generation
    age_days: float | None

    @property
    def stale(self) -> bool:
        return self.age_days is None or self.age_days > STALE_DAYS


def state(session: Any, now: Callable[[], datetime] = utc_now) -> BackupState:
    where = folder(session)
    last = engine.last_verified(where)
    age = None
    if last is not None:
        age = (now() - parse_iso(last.created_at)).total_seconds() / 86400
    return BackupState(where, last, age)


def automatic(session: Any) -> bool:
    """Automatic backups are on (the ``auto_backup`` setting; ``KENSE_AUTO_BACKUP=off`` switches them off on
    one computer, e.g. a PC whose disk is imaged every night by other means)."""
    if os.environ.get("KENSE_AUTO_BACKUP", "").strip().lower() in {"0", "off", "no", "false"}:
        return False
    return bool(settings.get(session, "auto_backup"))


def due_today(session: Any, now: Callable[[], datetime] = utc_now) -> bool:
    """No verified backup yet on this (local) day."""
    last = engine.last_verified(folder(session))
    if last is None:
        return True
    return parse_iso(last.created_at).astimezone().date() != now().astimezone().date()


NOT_CHANGES = ("session.", "backup.")   # sign-ins, locks and backups change no record


def audit_head_seq(session: Any) -> int:
    """The live audit log's last entry number: what a backup made now would hold."""
    from app.audit import chain

    return int(chain.head(session.conn, session.db_id)[0])


def changes_since(session: Any, audit_seq: int) -> tuple[int, dict[str, int]]:
    """What a restore of a backup with head ``audit_seq`` would lose, by the live audit log: the number of
    changes recorded after it and how many of each action (sign-ins, locks and backups left out)."""
    try:
        rows = session.conn.execute("SELECT action FROM audit_log WHERE seq > ?", (int(audit_seq),)).fetchall()
    except Exception:   # a damaged log: the count is unknown
        return -1, {}
    counts = Counter(str(r[0]) for r in rows if not str(r[0]).startswith(NOT_CHANGES))
    return sum(counts.values()), dict(counts.most_common())


def lost_sentences(session: Any, audit_seq: int, lang: str, limit: int = 5) -> list[str]:
    """The latest changes a restore would lose, told in plain words by the audit viewer (names resolved
    now, never stored); empty when the log cannot be read or the user may not see it."""
    from app.audit import viewer
    from app.errors import KenseError

    try:
        newest = viewer.entries(session, viewer.AuditFilter(limit=200), lang)
    except (KenseError, Exception):   # a damaged log is exactly the case this is shown in
        return []
    return [e.sentence for e in newest if e.seq > audit_seq and not e.action.startswith(NOT_CHANGES)][:limit]
