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
from app.audit import chain
from app.clock import utc_now
from app.errors import AuthenticationRefused, InvalidInput, KenseError
from app.platform_support.removable import is_removable
from app.security import recovery_code
from app.security import slot_crypto as sc
from app.security.envelope import Checkpoint, Envelope, SlotRefused
from app.security.profile import DB_FILE, ENVELOPE_FILE, Profile
from db import connection as dbc
from db.migrate import migrate

FORMAT = "kense-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".kbak"
DRIVE_MARKER = ".kense-backup-drive"
_MAC_INFO = "kense/backup-manifest/v1"
_PAGES_PER_STEP = 2048

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


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _tables(conn: dbc.Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]


def row_counts(conn: dbc.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in _tables(conn)}  # noqa: S608


def _mac_key(dek: bytes, db_id: str) -> bytes:
    return sc.hkdf(dek, _MAC_INFO, salt=db_id.encode())


def open_read_only(path: Path, dek: bytes) -> dbc.Connection:
    """Open a backup's database without changing a byte of it (no journal-mode switch, no WAL)."""
    import sqlcipher3

    conn: dbc.Connection = sqlcipher3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                              isolation_level=None, check_same_thread=False)
    try:
        conn.execute(dbc._key_pragma(dek))
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _user_version(conn: dbc.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


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


def make_backup(profile: Profile, dek: bytes, folder: Path, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None, now: Callable[[], Any] = utc_now) -> BackupResult:
    """Copy the live database on a connection of our own (safe while the application writes), verify the
    copy, and only then give it its final name. Raises BackupCancelled, or KenseError for folder faults."""
    started = time.monotonic()
    folder = Path(folder)
    try:
        make_private_dir(folder)
        probe = folder / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        raise KenseError("backup.folder_unwritable", path=str(folder)) from None
    stamp = now().strftime("%Y%m%dT%H%M%SZ")
    partial = folder / f".partial-{stamp}-{os.urandom(4).hex()}"
    source = dbc.open_database(profile.db_path, dek)
    try:
        make_private_dir(partial)
        db_id = profile.db_id
        source.execute("BEGIN")   # one read snapshot for the copy, the counts and the audit head
        counts = row_counts(source)
        seq, head = chain.head(source, db_id)
        schema = _user_version(source)
        target = dbc.open_database(partial / DB_FILE, dek, create=True)
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if cancelled is not None and cancelled():
                    raise BackupCancelled()
                if progress is not None and total:
                    progress(0.7 * (total - remaining) / total)
            source.backup(target, pages=_PAGES_PER_STEP, progress=step)
            target.execute("PRAGMA journal_mode = DELETE")   # one self-contained file
        finally:
            target.close()
        source.execute("COMMIT")
        envelope_bytes = _stable_envelope(profile, dek, Checkpoint(seq, head))
        write_atomic(partial / ENVELOPE_FILE, envelope_bytes)
        _fsync_file(partial / DB_FILE)
        manifest: dict[str, Any] = {
            "format": FORMAT, "version": FORMAT_VERSION, "db_id": db_id, "schema": schema,
            "created_at": now().strftime("%Y-%m-%dT%H:%M:%SZ"), "audit_seq": seq, "audit_head": head,
            "rows": counts, "db_sha256": _sha256(partial / DB_FILE),
            "keys_sha256": hashlib.sha256(envelope_bytes).hexdigest(),
        }
        manifest["mac"] = sc.mac(_mac_key(dek, db_id), manifest)
        if cancelled is not None and cancelled():
            raise BackupCancelled()
        problems = _deep_check(partial, dek, manifest)
        if progress is not None:
            progress(0.95)
        if problems:
            manifest["verified"] = False
            write_atomic(partial / MANIFEST, json.dumps(manifest, indent=1).encode())
            aside = folder / "rejected" / f"kense-{stamp}{SUFFIX}"
            make_private_dir(aside.parent)
            os.replace(partial, aside)
            return BackupResult(aside, False, _size(aside), time.monotonic() - started, head, seq,
                                tuple(problems))
        write_atomic(partial / MANIFEST, json.dumps(manifest, indent=1).encode())
        final = folder / f"kense-{stamp}{SUFFIX}"
        os.replace(partial, final)
        _fsync_dir(folder)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise KenseError("backup.disk_full") from None
        raise KenseError("backup.folder_unwritable", path=str(folder)) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    finally:
        source.close()
    if progress is not None:
        progress(1.0)
    return BackupResult(final, True, _size(final), time.monotonic() - started, head, seq)


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest, with the format checked: not a backup, or from a newer Kense, is refused."""
    try:
        manifest = json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        raise InvalidInput("backup.not_a_backup", path=str(path)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidInput("backup.not_a_backup", path=str(path))
    if not isinstance(manifest.get("version"), int) or manifest["version"] > FORMAT_VERSION:
        raise InvalidInput("backup.too_new")
    return manifest


def _deep_check(path: Path, dek: bytes, manifest: dict[str, Any]) -> list[str]:
    """Everything a backup must pass before it counts: file digests, the MAC, every page's HMAC, the
    b-tree, the row counts and the audit chain up to the recorded head."""
    body = {k: v for k, v in manifest.items() if k not in ("mac", "verified")}
    problems = []
    if not sc.mac_ok(_mac_key(dek, str(manifest.get("db_id"))), body, str(manifest.get("mac", ""))):
        problems.append("manifest")
    if _sha256(path / DB_FILE) != manifest.get("db_sha256"):
        problems.append("db_digest")
    if _sha256(path / ENVELOPE_FILE) != manifest.get("keys_sha256"):
        problems.append("keys_digest")
    if problems:
        return problems
    try:
        conn = open_read_only(path / DB_FILE, dek)
    except Exception:
        return ["db_open"]
    try:
        problems += [f"cipher:{r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check")]
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.append("integrity")
        if row_counts(conn) != manifest.get("rows"):
            problems.append("row_counts")
        result = chain.verify(conn, str(manifest["db_id"]), (int(manifest["audit_seq"]), str(manifest["audit_head"])))
        if not result.ok or result.head != manifest["audit_head"]:
            problems.append("audit")
    except dbc.DatabaseError:
        problems.append("database")
    finally:
        conn.close()
    return problems


def _deks_from_code(path: Path, code: str) -> tuple[list[bytes], bytes | None, Envelope]:
    try:
        envelope = Envelope.load(path / ENVELOPE_FILE)
    except (FileNotFoundError, KenseError):
        raise KenseError("backup.damaged") from None
    try:
        deks, device_secret = envelope.open_recovery_slot(recovery_code.to_secret(code))
    except (SlotRefused, ValueError, KenseError):
        raise AuthenticationRefused("backup.code_wrong") from None
    return deks, device_secret, envelope


def verify_backup(path: Path, *, dek: bytes | None = None, code: str | None = None) -> list[str]:
    """Re-check one generation with the live key (same database, same key) or the recovery code."""
    path = Path(path)
    manifest = read_manifest(path)
    keys = [dek] if dek is not None else []
    if code is not None:
        keys = _deks_from_code(path, code)[0]
    problems = ["no_key"]
    for key in keys:
        problems = _deep_check(path, key, manifest)
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
        verified = manifest.get("verified", True) is not False and (path / DB_FILE).is_file()
        found.append(Generation(path, str(manifest.get("created_at")), _size(path),
                                int(manifest.get("audit_seq", 0)), str(manifest.get("audit_head", "")), verified))
    return found


def restore(path: Path, target: Path, code: str, secrets: Any, *, replace: bool = False) -> Path:
    """Restore into ``target`` (a new or empty folder; with ``replace`` the live profile is kept aside
    after the restored copy was verified). Re-binds the device secret to this account's keyring."""
    path, target = Path(path), Path(target)
    manifest = read_manifest(path)
    deks, device_secret, envelope = _deks_from_code(path, code)
    dek = deks[0]
    if _deep_check(path, dek, manifest):
        raise KenseError("backup.damaged")
    occupied = target.exists() and any(target.iterdir())
    if occupied and not replace:
        raise InvalidInput("backup.target_exists", path=str(target))
    staging = target.parent / f".{target.name}.restoring-{os.urandom(4).hex()}"
    make_private_dir(target.parent)
    try:
        make_private_dir(staging)
        shutil.copyfile(path / DB_FILE, staging / DB_FILE)
        _fsync_file(staging / DB_FILE)
        shutil.copyfile(path / ENVELOPE_FILE, staging / ENVELOPE_FILE)
        conn = dbc.open_database(staging / DB_FILE, dek)
        try:
            if _user_version(conn) > 0:
                migrate(conn)
            damage = dbc.check_integrity(conn)
            if damage:
                raise KenseError("backup.damaged")
            conn.execute("PRAGMA journal_mode = WAL")
            db_id = envelope.db_id
            if device_secret is not None and not secrets.store(db_id, device_secret):
                from app.errors import DeviceKeyUnavailable
                raise DeviceKeyUnavailable()
            from db.transaction import write_transaction
            with write_transaction(conn):
                chain.append(conn, db_id, user_id=None, action="backup.restored",
                             detail={"backup": str(manifest["created_at"]), "by": "recovery_code",
                                     "audit_seq": int(manifest["audit_seq"])})
            seq, head = chain.head(conn, db_id)
        finally:
            conn.close()
        fresh = Envelope.load(staging / ENVELOPE_FILE)
        fresh.set_checkpoint(dek, Checkpoint(seq, head))
        fresh.save(staging / ENVELOPE_FILE)
        if occupied:
            aside = target.parent / f"{target.name}.replaced-{utc_now().strftime('%Y%m%dT%H%M%SZ')}"
            os.replace(target, aside)
        elif target.exists():
            target.rmdir()
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


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
