"""Make, verify, list and restore backup generations (format: docs/adr/007-backups.md).

A generation is a folder ``kense-<UTC time>.kbak`` holding ``kense.db`` (the encrypted database, page for
page under the same data key), ``kense.keys`` (the key envelope as it was) and ``manifest.json`` (format,
schema version, audit head, row counts, SHA-256 of both files, MAC'd under a key derived from the data key).
It is built in a ``.partial-*`` folder and renamed into place only after it was reopened and verified, so a
crash at any point leaves nothing that counts.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import _fsync_dir, make_private_dir, write_atomic
from app.backup.checks import MANIFEST, deep_check, links_or_odd_files, mac_key, open_read_only  # noqa: F401
from app.backup.snapshot import KeyedSource, copy_snapshot, row_counts, sha256_file, tables  # noqa: F401
from app.clock import utc_now
from app.errors import AuthenticationRefused, InvalidInput, KenseError, SessionLocked
from app.platform_support.removable import is_removable
from app.security import recovery_code
from app.security import slot_crypto as sc
from app.security.envelope import Checkpoint, Envelope, SlotRefused
from app.security.profile import DB_FILE, ENVELOPE_FILE, Profile
from db import connection as dbc

FORMAT = "kense-backup"
FORMAT_VERSION = 1
SUFFIX = ".kbak"
DRIVE_MARKER = ".kense-backup-drive"

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class BackupCancelled(KenseError):
    def __init__(self) -> None:
        super().__init__("error.interrupted")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    verified: bool
    bytes: int
    seconds: float
    audit_head: str
    audit_seq: int
    problems: tuple[str, ...] = ()


def check_folder(folder: Path, registered_drive: str | None) -> None:
    """A removable drive only when it carries the school's registered drive marker (regulation 6.5)."""
    if is_removable(folder):
        marker = folder / DRIVE_MARKER
        try:
            token = marker.read_text(encoding="ascii").strip()
        except OSError:
            token = ""
        if not registered_drive or token != registered_drive:
            raise InvalidInput("backup.removable_refused")


def register_drive(folder: Path) -> str:
    """Mark ``folder`` as the school's backup drive; the returned token is kept in the settings."""
    token = os.urandom(16).hex()
    make_private_dir(folder)
    write_atomic(folder / DRIVE_MARKER, token.encode("ascii"))
    return token


def _stable_envelope(profile: Profile, dek: bytes, checkpoint: Checkpoint) -> bytes:
    envelope = profile.load_envelope()
    data = dict(envelope.data)
    data["signin"], data["pending_audit"] = {}, []   # counters of this PC, not part of the record
    data.pop("staged", None)
    copy = Envelope(data)
    copy.set_checkpoint(dek, checkpoint)
    return json.dumps(copy.data, indent=1, sort_keys=True).encode("utf-8")


def make_backup(source: KeyedSource, folder: Path, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None, now: Callable[[], Any] = utc_now) -> BackupResult:
    """Copy the live database of ``source`` (a session; in the application a worker's, so the lock closes
    every connection this opens), verify the copy, and only then give it its final name.
    Raises BackupCancelled, SessionLocked, or KenseError for folder faults."""
    started = time.monotonic()
    folder = Path(folder)
    profile = source.profile
    try:
        make_private_dir(folder)
        probe = folder / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        raise KenseError("backup.folder_unwritable", path=str(folder)) from None
    stamp = now().strftime("%Y%m%dT%H%M%SZ")
    partial = folder / f".partial-{stamp}-{os.urandom(4).hex()}"
    try:
        make_private_dir(partial)
        db_id = profile.db_id
        facts = copy_snapshot(source, partial / DB_FILE, progress=progress, cancelled=cancelled)
        dek = source.dek
        digest = facts.digest
        envelope_bytes = _stable_envelope(profile, dek, Checkpoint(facts.audit_seq, facts.audit_head))
        write_atomic(partial / ENVELOPE_FILE, envelope_bytes)
        manifest: dict[str, Any] = {
            "format": FORMAT, "version": FORMAT_VERSION, "db_id": db_id, "schema": facts.schema,
            "created_at": now().strftime("%Y-%m-%dT%H:%M:%SZ"), "audit_seq": facts.audit_seq,
            "audit_head": facts.audit_head, "rows": facts.rows, "db_sha256": digest,
            "keys_sha256": hashlib.sha256(envelope_bytes).hexdigest(),
        }
        manifest["mac"] = sc.mac(mac_key(dek, db_id), manifest)
        write_atomic(partial / MANIFEST, json.dumps({**manifest, "verified": False}, indent=1).encode())
        if progress is not None:
            progress(0.5)
        _stop_if(cancelled)
        problems = deep_check(partial, dek, manifest, connect=source.keyed_connection, db_digest=digest)
        del dek
        _stop_if(cancelled)
        if problems and _locked(source):
            raise SessionLocked()   # the lock closed the check's connections: not a finding about the copy
        if progress is not None:
            progress(0.95)
        if problems:
            aside = folder / "rejected" / f"kense-{stamp}{SUFFIX}"
            make_private_dir(aside.parent)
            os.replace(partial, aside)
            return BackupResult(aside, False, _size(aside), time.monotonic() - started, facts.audit_head,
                                facts.audit_seq, tuple(problems))
        write_atomic(partial / MANIFEST, json.dumps(manifest, indent=1).encode())
        final = folder / f"kense-{stamp}{SUFFIX}"
        if final.exists():
            final = folder / f"kense-{stamp}-{os.urandom(2).hex()}{SUFFIX}"
        os.replace(partial, final)
        _fsync_dir(folder)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise KenseError("backup.disk_full") from None
        raise KenseError("backup.folder_unwritable", path=str(folder)) from None
    except dbc.DatabaseError:
        shutil.rmtree(partial, ignore_errors=True)
        if _locked(source):
            raise SessionLocked() from None
        raise KenseError("db.damaged") from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    if progress is not None:
        progress(1.0)
    return BackupResult(final, True, _size(final), time.monotonic() - started, facts.audit_head, facts.audit_seq)


def _locked(source: KeyedSource) -> bool:
    """The lock closed the session's connections under the work (a worker's session is then LOCKED)."""
    state = getattr(source, "state", None)
    return state is not None and str(getattr(state, "value", state)) != "active"


def _stop_if(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise BackupCancelled()


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file() and not p.is_symlink())


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest, with the format checked: not a backup, a folder of links, or one from a newer Kense
    is refused before anything else is read."""
    path = Path(path)
    odd = links_or_odd_files(path)
    if odd == ["link"]:
        raise InvalidInput("backup.link_refused", path=str(path))
    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        raise InvalidInput("backup.not_a_backup", path=str(path)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidInput("backup.not_a_backup", path=str(path))
    if not isinstance(manifest.get("version"), int) or manifest["version"] > FORMAT_VERSION:
        raise InvalidInput("backup.too_new")
    try:
        int(manifest["audit_seq"]), str(manifest["db_id"]), str(manifest["created_at"])
    except (KeyError, TypeError, ValueError):
        raise InvalidInput("backup.not_a_backup", path=str(path)) from None
    return manifest


def load_backup_envelope(path: Path) -> Envelope:
    try:
        return Envelope.load(Path(path) / ENVELOPE_FILE)
    except (OSError, ValueError, KenseError):
        raise KenseError("backup.damaged") from None


def deks_from_code(path: Path, code: str) -> tuple[list[bytes], bytes | None, Envelope]:
    envelope = load_backup_envelope(path)
    try:
        deks, device_secret = envelope.open_recovery_slot(recovery_code.to_secret(code))
    except (SlotRefused, ValueError, KenseError):
        raise AuthenticationRefused("backup.code_wrong") from None
    return deks, device_secret, envelope


def verify_backup(path: Path, *, dek: bytes | None = None, code: str | None = None,
                  thorough: bool = True) -> list[str]:
    """Re-check one generation with the live key (same database, same key) or the recovery code; the
    thorough check by default (every page accounted for, the search indexes re-derived and compared)."""
    path = Path(path)
    manifest = read_manifest(path)
    keys = [dek] if dek is not None else []
    if code is not None:
        keys = deks_from_code(path, code)[0]
    problems = ["no_key"]
    for key in keys:
        problems = deep_check(path, key, manifest, thorough=thorough)
        if "manifest" not in problems:
            break
    return problems


@dataclass(frozen=True)
class Generation:
    path: Path
    created_at: str
    bytes: int
    audit_seq: int
    audit_head: str
    verified: bool


def list_backups(folder: Path) -> list[Generation]:
    """Generations in ``folder``, newest first; half-written (.partial) and rejected ones never count."""
    found = []
    for path in sorted(Path(folder).glob(f"kense-*{SUFFIX}"), reverse=True):
        try:
            manifest = read_manifest(path)
        except KenseError:
            continue
        verified = manifest.get("verified", True) is not False and not links_or_odd_files(path)
        found.append(Generation(path, str(manifest.get("created_at")), _size(path),
                                int(manifest.get("audit_seq", 0)), str(manifest.get("audit_head", "")), verified))
    # Names are to the second; two backups in one second (sign-in, then closing) are ordered by their
    # audit head, which only grows.
    found.sort(key=lambda g: (g.created_at, g.audit_seq), reverse=True)
    return found


def last_verified(folder: Path) -> Generation | None:
    return next((g for g in list_backups(folder) if g.verified), None)


def prune(folder: Path) -> list[Path]:
    """Delete the verified generations rotation does not keep; returns what was removed."""
    from app.backup.rotation import keep
    from app.clock import parse_iso

    generations = [g for g in list_backups(folder) if g.verified]
    kept = keep(generations, lambda g: parse_iso(g.created_at))
    removed = [g.path for i, g in enumerate(generations) if i not in kept]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return removed
