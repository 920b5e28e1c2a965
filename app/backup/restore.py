"""Restore a backup generation into a profile folder (format and checks: docs/adr/007-backups.md).

The way in: the recovery code (its slot also carries this school's device secret, so the restored
profile is bound to this computer account's keyring — the replacement-PC case), or a user's login and
password valid at backup time. A password slot is sealed with the device secret of the computer it was
made on, so the password opens a backup only where that secret is still in the keyring (the same PC,
after damage or a mistaken deletion); on a new PC the recovery sheet is the way in, by design (a stolen
backup plus a password must not open anywhere).

Never over a live profile unless ``replace``; then only after the copy was verified, and the replaced
profile is kept aside. The swap is journalled: a kill at any moment leaves the live profile in place
(``recover_interrupted`` puts it back at the next start if the kill fell between the two renames).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import _fsync_dir, make_private_dir, write_atomic
from app.audit import chain
from app.backup.checks import deep_check
from app.backup.engine import deks_from_code, load_backup_envelope, read_manifest
from app.backup.snapshot import sha256_file
from app.clock import utc_now
from app.errors import AuthenticationRefused, Conflict, DeviceKeyUnavailable, InvalidInput, KenseError
from app.platform_support import profile_in_use
from app.security.device_secret import Binding
from app.security.envelope import Checkpoint, Envelope, SlotRefused
from app.security.profile import DB_FILE, ENVELOPE_FILE, normalise_login
from db import connection as dbc
from db.migrate import migrate
from db.transaction import write_transaction


@dataclass(frozen=True)
class Credentials:
    """The recovery code, or a login and password valid at backup time."""

    code: str | None = None
    login: str | None = None
    password: str | None = None


@dataclass(frozen=True)
class LiveComparison:
    """What a restore over ``target`` would replace."""

    occupied: bool
    same_school: bool
    live_seq: int | None      # the live profile's audit head (from its checkpoint), if readable
    backup_seq: int

    @property
    def newer(self) -> bool:
        return self.occupied and (not self.same_school or (self.live_seq or 0) > self.backup_seq)


def _journal(target: Path) -> Path:
    return target.parent / f".{target.name}.restore-journal"


def recover_interrupted(target: Path) -> None:
    """Finish what a killed restore left: put the live profile back if it had been moved aside and the
    restored one had not yet taken its place; remove half-built staging folders."""
    target = Path(target)
    journal = _journal(target)
    if journal.is_file():
        try:
            record = json.loads(journal.read_text(encoding="utf-8"))
            aside = target.parent / str(record.get("aside") or "")
        except (OSError, ValueError):
            record, aside = {}, target.parent / ""
        if record.get("aside") and not target.exists() and aside.is_dir():
            os.replace(aside, target)
            _fsync_dir(target.parent)
        journal.unlink(missing_ok=True)
    if target.parent.is_dir():
        for leftover in target.parent.glob(f".{target.name}.restoring-*"):
            shutil.rmtree(leftover, ignore_errors=True)


def compare_with_live(path: Path, target: Path) -> LiveComparison:
    """Is there a profile in ``target``, of this school, with more history than the backup?"""
    manifest = read_manifest(path)
    target = Path(target)
    # A profile is its key file or its database; other leftovers (an empty sync spool made before
    # setup) replace nothing the user would lose, and are kept aside by the swap all the same.
    occupied = any((target / name).exists() for name in (ENVELOPE_FILE, DB_FILE))
    if not occupied:
        return LiveComparison(False, True, None, int(manifest["audit_seq"]))
    try:
        live = Envelope.load(target / ENVELOPE_FILE)
        same = live.db_id == manifest["db_id"]
        stored = live.data.get("checkpoint") or {}
        seq = int(stored["seq"]) if isinstance(stored, dict) and "seq" in stored else None
    except (OSError, ValueError, KenseError, TypeError):
        same, seq = False, None
    return LiveComparison(True, same, seq, int(manifest["audit_seq"]))


def _open_keys(path: Path, credentials: Credentials, secrets: Any) -> tuple[bytes, bytes | None, str]:
    """(data key, device secret to bind or None, who) — or a refusal in plain words."""
    if credentials.code:
        deks, device_secret, _envelope = deks_from_code(path, credentials.code)
        return deks[0], device_secret, "recovery_code"
    if not credentials.login or not credentials.password:
        raise InvalidInput("backup.credentials_needed")
    envelope = load_backup_envelope(path)
    try:
        login = normalise_login(credentials.login)
    except InvalidInput:
        raise AuthenticationRefused("backup.password_wrong") from None
    if not envelope.has_user_slot(login):
        raise AuthenticationRefused("backup.password_wrong")
    secret = None
    if envelope.slot_device_bound(login):
        binding, secret = secrets.read(envelope.db_id)
        if binding is not Binding.BOUND:
            raise AuthenticationRefused("backup.password_other_pc")
    try:
        deks = envelope.open_user_slot(login, credentials.password, secret)
    except SlotRefused:
        raise AuthenticationRefused("backup.password_wrong") from None
    return deks[0], None, login


def restore(path: Path, target: Path, secrets: Any, credentials: Credentials, *, replace: bool = False,
            newer_ok: bool = False) -> Path:
    """Restore into ``target`` (a new or empty folder; with ``replace`` the live profile is kept aside
    after the restored copy was verified). Refuses to replace a profile with more history than the
    backup (or another school's) unless ``newer_ok``: the caller asked the user first."""
    path, target = Path(path), Path(target)
    recover_interrupted(target)
    manifest = read_manifest(path)
    dek, device_secret, who = _open_keys(path, credentials, secrets)
    problems = deep_check(path, dek, manifest, thorough=True)
    if problems:
        raise KenseError(f"backup.problem.{problems[0].split(':')[0]}")
    live = compare_with_live(path, target)
    if live.occupied and not replace:
        raise InvalidInput("backup.target_exists", path=str(target))
    if live.newer and not newer_ok:
        raise Conflict("backup.profile_newer" if live.same_school else "backup.other_school",
                       live=str(live.live_seq or "?"), backup=str(live.backup_seq))
    # Nobody may have the live profile open while it is swapped: a window or command still running on it
    # would go on writing into the copy moved aside, and on Windows the move itself fails half-way.
    try:
        with profile_in_use.exclusive(target):
            return _copy_and_swap(path, target, manifest, dek, who, device_secret, secrets, live)
    except profile_in_use.ProfileInUse:
        raise Conflict("backup.profile_in_use") from None


def _copy_and_swap(path: Path, target: Path, manifest: dict[str, Any], dek: bytes, who: str,
                   device_secret: bytes | None, secrets: Any, live: LiveComparison) -> Path:
    make_private_dir(target.parent)
    staging = target.parent / f".{target.name}.restoring-{os.urandom(4).hex()}"
    try:
        make_private_dir(staging)
        shutil.copyfile(path / DB_FILE, staging / DB_FILE)
        with (staging / DB_FILE).open("rb+") as handle:
            os.fsync(handle.fileno())
        if sha256_file(staging / DB_FILE) != manifest["db_sha256"]:   # the copy is the file just verified
            raise KenseError("backup.problem.db_digest")
        shutil.copyfile(path / ENVELOPE_FILE, staging / ENVELOPE_FILE)
        _finish_copy(staging, dek, manifest, who, device_secret, secrets)
        aside = None
        if live.occupied or (target.exists() and any(target.iterdir())):
            aside = target.parent / f"{target.name}.replaced-{utc_now().strftime('%Y%m%dT%H%M%SZ')}"
        write_atomic(_journal(target), json.dumps({"aside": aside.name if aside else None,
                                                   "staging": staging.name}).encode())
        if aside is not None:
            os.replace(target, aside)
        elif target.exists():
            target.rmdir()
        os.replace(staging, target)
        _fsync_dir(target.parent)
        _journal(target).unlink(missing_ok=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        recover_interrupted(target)
        raise
    return target


def _finish_copy(staging: Path, dek: bytes, manifest: dict[str, Any], who: str, device_secret: bytes | None,
                 secrets: Any) -> None:
    """Bring the copy to this version's schema, bind it to this account, record the restore."""
    envelope = Envelope.load(staging / ENVELOPE_FILE)
    conn = dbc.open_database(staging / DB_FILE, dek)
    try:
        migrate(conn)
        db_id = envelope.db_id
        if device_secret is not None and not secrets.store(db_id, device_secret):
            raise DeviceKeyUnavailable()
        user_id = None
        if who != "recovery_code":
            row = conn.execute("SELECT id FROM app_user WHERE login = ?", (who,)).fetchone()
            user_id = str(row[0]) if row else None
        with write_transaction(conn):
            chain.append(conn, db_id, user_id=user_id, action="backup.restored",
                         detail={"backup": str(manifest["created_at"]),
                                 "by": "recovery_code" if who == "recovery_code" else "password",
                                 "audit_seq": int(manifest["audit_seq"])})
        seq, head = chain.head(conn, db_id)
    finally:
        conn.close()
    envelope.set_checkpoint(dek, Checkpoint(seq, head))
    envelope.save(staging / ENVELOPE_FILE)
