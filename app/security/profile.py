"""A profile: the data folder holding the encrypted database and its key envelope.

Creating one (setup), signing in, recovering with the recovery code and rekeying live here, because
each of them must keep the database and the envelope in step.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs

from app import partial_files, search_upkeep
from app.atomic import make_private_dir
from app.audit import chain, findings
from app.clock import now_iso, parse_iso, utc_now
from app.errors import (
    AuthenticationRefused,
    Conflict,
    DeviceKeyMissing,
    DeviceKeyUnavailable,
    InvalidInput,
    KenseError,
    LockedOut,
    ProfileError,
    WrongCredentials,
)
from app.ids import uuid7
from app.platform_support.file_lock import FileLock
from app.platform_support.profile_in_use import InUseMark
from app.security import intents, kdf, passwords, pending_audit, recovery_code, throttle
from app.security import messages as _messages  # noqa: F401 — registers the texts
from app.security.device_secret import Binding, DeviceSecretStore, new_secret
from app.security.envelope import Checkpoint, DeviceSecretWrong, Envelope, SlotRefused
from app.security.roles import Role
from app.security.session import Session, SignInNotices, UserInfo
from app.sync import agent as sync_agent
from db import connection as dbc
from db.errors import DatabaseBusy, DatabaseDamaged, DatabaseEmpty, MigrationFailed, SchemaTooNew
from db.migrate import migrate
from db.transaction import write_transaction

DB_FILE = "kense.db"
ENVELOPE_FILE = "kense.keys"
LOCK_FILE = "kense.lock"
FULL_CHECK_EVERY = timedelta(hours=24)


def integrity_check_due(last: str | None, now: datetime | None = None) -> bool:
    """Whether the whole-file check is due: never run, a day old, or a clock turned back."""
    if not last:
        return True
    try:
        then = parse_iso(last)
    except ValueError:
        return True
    now = now or utc_now()
    return not (timedelta(0) <= now - then < FULL_CHECK_EVERY)


def default_data_dir() -> Path:
    return platformdirs.user_data_path("Kense", appauthor=False)


def normalise_login(login: str) -> str:
    login = (login or "").strip().lower()
    if not (2 <= len(login) <= 32) or not all(c.isascii() and (c.isalnum() or c in "._-") for c in login):
        raise InvalidInput("user.bad_login")
    return login


@dataclass(frozen=True)
class SetupResult:
    recovery_code: str
    binding: Binding
    calibration: kdf.Calibration
    db_id: str


class Profile:
    def __init__(self, root: Path, secrets: DeviceSecretStore | None = None) -> None:
        self.root = Path(root)
        self.secrets = secrets or DeviceSecretStore()
        self._calibration: kdf.Calibration | None = None
        self.defer_full_check = False   # the caller runs full_check itself (see _sign_in_on)

    # ----------------------------------------------------------------- files
    @property
    def db_path(self) -> Path:
        return self.root / DB_FILE

    @property
    def envelope_path(self) -> Path:
        return self.root / ENVELOPE_FILE

    def exists(self) -> bool:
        return self.envelope_path.exists() or self.db_path.exists()

    @contextlib.contextmanager
    def locked_envelope(self, *, save: bool = True) -> Iterator[Envelope]:
        """Read-modify-write the envelope under the profile lock (GUI and CLI may run together)."""
        with FileLock(self.root / LOCK_FILE):
            envelope = self.load_envelope()
            yield envelope
            if save:
                envelope.save(self.envelope_path, lambda: self._store_secret(envelope))

    def _store_secret(self, envelope: Envelope) -> bytes | None:
        """The device secret for re-sealing a changed key file (None when the store cannot give it)."""
        binding, secret = self.secrets.read(envelope.db_id)
        return secret if binding is Binding.BOUND else None

    def load_envelope(self) -> Envelope:
        try:
            return Envelope.load(self.envelope_path)
        except FileNotFoundError:
            if self.db_path.exists():
                raise ProfileError("profile.keys_missing", path=str(self.root)) from None
            raise ProfileError("profile.missing", path=str(self.root)) from None

    def check_database_file(self) -> None:
        """Before opening: a key file beside a missing or emptied database is said as such (never
        "run init", never a fresh schema over the remains of a profile)."""
        try:
            size = self.db_path.stat().st_size
        except FileNotFoundError:
            raise ProfileError("profile.db_missing", path=str(self.root)) from None
        except OSError:
            raise ProfileError("profile.db_missing", path=str(self.root)) from None
        if size == 0:
            raise ProfileError("profile.db_empty", path=str(self.root))

    def _verified_device_secret(self, envelope: Envelope) -> bytes | None:
        """On a device-bound install: the store's secret, checked to be this profile's, with the key
        file's seal checked under it. None on a password-only install."""
        if not envelope.device_bound():
            return None
        binding, secret = self.secrets.read(envelope.db_id)
        if binding is Binding.UNAVAILABLE:
            raise DeviceKeyUnavailable()
        if binding is Binding.MISSING or secret is None:
            raise DeviceKeyMissing()
        try:
            envelope.verify_device(secret)
        except DeviceSecretWrong:
            raise AuthenticationRefused("auth.device_key_wrong") from None
        return secret

    @property
    def db_id(self) -> str:
        return self.load_envelope().db_id

    def calibration(self) -> kdf.Calibration:
        """The KDF cost for new slots: that of the strongest existing slot (its parameters are bound to
        it as associated data, so editing the file cannot lower them without breaking the slot), or a
        fresh calibration on this machine when there is no profile yet (≈2 s, once)."""
        if self._calibration is None:
            stored: list[kdf.KdfParams] = []
            if self.envelope_path.exists():
                for slot in self.load_envelope().data["slots"]:
                    try:
                        stored.append(kdf.KdfParams.from_json(slot["kdf"]))
                    except (KeyError, TypeError, ValueError):
                        continue
            if stored:
                best = max(stored, key=lambda p: (p.memory_kib * p.time_cost, p.time_cost))
                self._calibration = kdf.Calibration(best.time_cost, best.memory_kib, best.parallelism, 0.0)
            else:
                self._calibration = kdf.calibrate()
        return self._calibration

    def recalibrate(self) -> kdf.Calibration:
        """Measure this machine again (a faster new PC): later password changes use the new cost."""
        self._calibration = kdf.calibrate()
        return self._calibration

    # ----------------------------------------------------------------- status before sign-in
    def device_binding(self) -> Binding:
        envelope = self.load_envelope()
        if not envelope.data.get("device_bound_install", False):
            return Binding.UNAVAILABLE
        binding, _ = self.secrets.read(envelope.db_id)
        return binding

    def school_label(self) -> str | None:
        """The school's name for the sign-in screen, readable only on this PC account."""
        envelope = self.load_envelope()
        if not envelope.data.get("label"):  # password-only install: no label, and no keyring to ask
            return None
        _, secret = self.secrets.read(envelope.db_id)
        return envelope.label(secret)

    # ----------------------------------------------------------------- setup
    def create(self, *, school_name: str, admin_login: str, admin_name: str, admin_password: str,
               school: dict[str, str] | None = None, bind_device: bool = True,
               calibration: kdf.Calibration | None = None) -> SetupResult:
        """Create the database, the envelope (admin slot, recovery slot) and the device secret."""
        school_name = (school_name or "").strip()
        if not school_name:
            raise InvalidInput("input.school_name")
        login = normalise_login(admin_login)
        passwords.check(admin_password, personal=(login, admin_name, school_name))
        if self.exists():
            if self.envelope_path.exists():
                self.check_database_file()   # a lost database is said as such, with the way back
            raise ProfileError("profile.exists", path=str(self.root))
        make_private_dir(self.root)
        calibration = calibration or self.calibration()
        db_id = uuid7()
        envelope = Envelope.new(db_id)
        device_secret: bytes | None = None
        binding = Binding.UNAVAILABLE
        if bind_device and self.secrets.available():
            candidate = new_secret()
            if self.secrets.store(db_id, candidate):
                device_secret, binding = candidate, Binding.BOUND
        envelope.data["device_bound_install"] = device_secret is not None
        envelope.bind_device(device_secret)
        dek = os.urandom(dbc.KEY_BYTES)
        code = recovery_code.generate()
        envelope.set_user_slot(login, admin_password, dek, calibration.params(), device_secret)
        envelope.set_recovery_slot(recovery_code.to_secret(code), dek, calibration.params(), device_secret)
        envelope.set_label(device_secret, school_name)
        conn = dbc.open_database(self.db_path, dek, create=True)
        try:
            migrate(conn)
            search_upkeep.rebuild_if_stale(conn)   # nothing to index yet: records the current rule
            admin_id = uuid7()
            now = now_iso()
            details = school or {}
            with write_transaction(conn):
                conn.execute(
                    "INSERT INTO school (id, name, address, region, district, director_name, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (uuid7(), school_name, details.get("address", ""), details.get("region", ""),
                     details.get("district", ""), details.get("director_name", ""), now),
                )
                conn.execute(
                    "INSERT INTO app_user (id, login, full_name, role, created_at, password_changed_at)"
                    " VALUES (?, ?, ?, 'admin', ?, ?)",
                    (admin_id, login, admin_name.strip(), now, now),
                )
                chain.append(conn, db_id, user_id=admin_id, action="profile.create",
                             detail={"binding": binding.value, "kdf_time_cost": calibration.time_cost,
                                     "kdf_memory_kib": calibration.memory_kib})
                chain.append(conn, db_id, user_id=admin_id, action="user.add", object_type="app_user",
                             object_id=admin_id, detail={"role": "admin"})
                chain.append(conn, db_id, user_id=admin_id, action="key.recovery_slot_created")
            seq, head = chain.head(conn, db_id)
            envelope.set_checkpoint(dek, Checkpoint(seq, head))
            with FileLock(self.root / LOCK_FILE):
                envelope.save(self.envelope_path, lambda: device_secret)
        except BaseException:
            conn.close()
            # Setup failed before it finished: leave no half profile behind that would block a retry.
            for leftover in (self.db_path, Path(f"{self.db_path}-wal"), Path(f"{self.db_path}-shm"),
                             self.envelope_path):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if device_secret is not None:
                self.secrets.delete(db_id)
            raise
        conn.close()
        return SetupResult(code, binding, calibration, db_id)

    # ----------------------------------------------------------------- opening the database
    def _open_db(self, envelope: Envelope, deks: list[bytes]) -> tuple[dbc.Connection, bytes]:
        """Open with the envelope's key; finish an interrupted rekey if the staged key is the one."""
        self.check_database_file()
        conn = None
        for index, dek in enumerate(deks):
            try:
                conn = dbc.open_database(self.db_path, dek)
            except DatabaseDamaged:
                continue
            except DatabaseEmpty:
                raise ProfileError("profile.db_empty", path=str(self.root)) from None
            except FileNotFoundError:
                raise ProfileError("profile.db_missing", path=str(self.root)) from None
            if index > 0:  # the database was re-encrypted but the envelope not yet switched over
                with self.locked_envelope() as fresh:
                    if fresh.data.get("staged"):
                        fresh.remac_checkpoint(deks[0], dek)
                        fresh.commit_rekey()
            break
        if conn is None:
            # The key came out of the file, so either the database is damaged (most pages still fit the
            # key) or the key is not this database's: an older kense.keys, or another kense.db.
            fits = max(dbc.pages_authenticated(self.db_path, dek)[0] for dek in deks)
            raise KenseError("db.damaged" if fits else "keys.stale")
        try:
            migrate(conn)
            search_upkeep.rebuild_if_stale(conn)
        except SchemaTooNew as exc:
            conn.close()
            raise KenseError("db.too_new", found=exc.found, supported=exc.supported) from None
        except MigrationFailed:
            conn.close()
            raise KenseError("db.damaged") from None
        return conn, dek

    def _device_secret_for(self, envelope: Envelope, login: str) -> bytes | None:
        if not envelope.slot_device_bound(login):
            return None
        binding, secret = self.secrets.read(envelope.db_id)
        if binding is Binding.UNAVAILABLE:
            raise DeviceKeyUnavailable()
        if binding is Binding.MISSING:
            raise DeviceKeyMissing()
        return secret

    def _pending_key(self, db_id: str) -> bytes | None:
        binding, secret = self.secrets.read(db_id)
        return pending_audit.mac_key(secret if binding is Binding.BOUND else None, db_id)

    def _record_failure(self, login: str) -> WrongCredentials:
        with self.locked_envelope() as envelope:
            state = envelope.signin_state(login)
            try:
                failures = max(0, min(int(state.get("failures", 0)), 10_000)) + 1
            except (TypeError, ValueError):
                failures = throttle.FREE_ATTEMPTS + 1
            envelope.set_signin_state(login, {
                "failures": failures,
                "last_failure": time.time(),
                "since_success": throttle.count(state, "since_success") + 1,
            })
            envelope.add_pending_audit(pending_audit.sign(
                {"at": now_iso(), "action": "session.sign_in_failed", "login_ref": envelope.login_ref(login)},
                self._pending_key(envelope.db_id)))
        return WrongCredentials(failures, throttle.delay_after(failures))

    def sign_in(self, login: str, password: str, *, action: str = "session.sign_in") -> Session:
        try:
            login = normalise_login(login)
        except InvalidInput:
            login = "-"  # a malformed login is simply a wrong one: say nothing about which part failed
        envelope = self.load_envelope()
        state = envelope.signin_state(login)
        try:
            failures = max(0, min(int(state.get("failures", 0)), 10_000))
        except (TypeError, ValueError):
            failures = throttle.FREE_ATTEMPTS
        wait = throttle.wait_left(failures, state.get("last_failure", 0), time.time())
        if wait > 0:
            raise LockedOut(wait)
        self.check_database_file()
        with contextlib.suppress(OSError, TimeoutError):   # decrypted part files a killed export left
            partial_files.sweep(self.root)
        # Checked before the password is tried: an altered file or a foreign device secret is not a
        # wrong password, and counting it would lock the right user out.
        bound_secret = self._verified_device_secret(envelope)
        if not envelope.has_user_slot(login):
            # Spend the same time as a real attempt, so timing does not tell which logins exist.
            kdf.derive(password.encode("utf-8"), self.calibration().params())
            raise self._record_failure(login)
        device_secret = bound_secret if envelope.slot_device_bound(login) else None
        try:
            deks = envelope.open_user_slot(login, password, device_secret)
        except SlotRefused:
            raise self._record_failure(login) from None
        return self._start_session(envelope, login, deks, action)

    def _start_session(self, envelope: Envelope, login: str, deks: list[bytes], action: str) -> Session:
        conn, dek = self._open_db(envelope, deks)
        try:
            return self._sign_in_on(conn, dek, login, action)
        except dbc.DatabaseError as exc:
            conn.close()
            if isinstance(exc, dbc.IntegrityError):
                raise
            return self._read_only_session(login, dek)
        except BaseException:
            conn.close()
            raise

    def _read_only_session(self, login: str, dek: bytes) -> Session:
        """The sign-in's own writes failed on a damaged page: what can still be read stays usable (lists,
        reveals, exports; restore is offered), nothing is written, and the damage is recorded in the
        key file. If even the user cannot be read, the database is beyond use: restore it."""
        try:
            conn = dbc.open_database(self.db_path, dek)
        except (DatabaseDamaged, DatabaseEmpty):
            raise KenseError("db.damaged") from None
        try:
            row = conn.execute("SELECT id, login, full_name, role, active FROM app_user WHERE login = ?",
                               (login,)).fetchone()
        except dbc.DatabaseError:
            conn.close()
            raise KenseError("db.damaged") from None
        if row is None or not row[4]:
            conn.close()
            raise AuthenticationRefused("auth.user_disabled")
        with self.locked_envelope() as envelope:
            envelope.set_signin_state(login, {})
            envelope.set_integrity_checked_at(None)
            findings.note_damage(envelope, dek)
        user = UserInfo(str(row[0]), str(row[1]), str(row[2]), Role(row[3]))
        session = Session(self, user, conn, dek, SignInNotices(integrity_problems=["database"], read_only=True))
        session.in_use = InUseMark(self.root)
        return session

    def _check_apart(self, dek: bytes) -> list[str]:
        """The whole-file check on a connection of its own: a bad page turns the connection that read it
        read-only for good, which must not be the session's."""
        conn = dbc.open_database(self.db_path, dek)
        try:
            return dbc.check_integrity(conn)
        finally:
            conn.close()

    def _sign_in_on(self, conn: dbc.Connection, dek: bytes, login: str, action: str) -> Session:
        # Startup integrity check: every page's HMAC and the b-tree (regulation 5.x: detect damage or
        # tampering in time). Damage is reported, not fatal, so the admin can still act on it. The full
        # check reads the whole file (2.6 s at 20,000 pupils), so it runs on the first sign-in of a day;
        # in between, SQLCipher still refuses any page whose HMAC fails as soon as it is read, and the
        # audit chain below is verified at every sign-in.
        # The desktop application sets ``defer_full_check`` and runs it on a second connection after the
        # window opens (``full_check``), so the first sign-in of a day does not wait seconds for it.
        due = integrity_check_due(self.load_envelope().integrity_checked_at())
        full_check = due and not self.defer_full_check
        damage = self._check_apart(dek) if full_check else []
        row = conn.execute("SELECT id, login, full_name, role, active FROM app_user WHERE login = ?",
                           (login,)).fetchone()
        if row is None or not row[4]:
            raise AuthenticationRefused("auth.user_disabled")
        user = UserInfo(str(row[0]), str(row[1]), str(row[2]), Role(row[3]))
        with self.locked_envelope() as fresh:
            since = throttle.count(fresh.signin_state(login), "since_success")
            fresh.set_signin_state(login, {})
            # Only events MAC'd under this account's device secret are facts; the rest are counted claims.
            claims = pending_audit.sort(fresh.take_pending_audit(), self._pending_key(fresh.db_id))
            pending = claims.verified
            # key operations a crash interrupted before their audit entry was written
            unfinished = intents.sort(fresh.take_intents(), dek, fresh.db_id)
            refs = {fresh.login_ref(str(r[0])): str(r[1]) for r in conn.execute("SELECT login, id FROM app_user")}
            own_ref = fresh.login_ref(login)
            # A finding (rollback, broken chain, missing checkpoint, damage) is recorded in both the
            # envelope and the database and stays open until an admin acknowledges it.
            review = findings.check(conn, fresh, dek, user_id=user.id, damage=bool(damage))
            problems = [f"finding:{f.kind}:{f.seq}" for f in review.findings if f.kind != findings.DATABASE_DAMAGED]
            problems += ["database" for f in review.findings if f.kind == findings.DATABASE_DAMAGED][:1]
            with write_transaction(conn):
                for event in pending:
                    target = refs.get(str(event.get("login_ref")))
                    chain.append(conn, fresh.db_id, user_id=None, action=str(event.get("action")),
                                 object_type="app_user" if target else "", object_id=target or "",
                                 detail={"known_user": target is not None}, at=str(event.get("at")))
                self._complete_intents(conn, fresh, unfinished.verified)
                if claims.unverified or unfinished.unverified:
                    chain.append(conn, fresh.db_id, user_id=None, action=pending_audit.UNVERIFIED_ACTION,
                                 object_type="", object_id="",
                                 detail={"count": claims.unverified + unfinished.unverified, "source": "key_file"})
                chain.append(conn, fresh.db_id, user_id=user.id, action=action, object_type="app_user",
                             object_id=user.id, detail={"failed_before": since})
                conn.execute("UPDATE app_user SET last_sign_in_at = ? WHERE id = ?", (now_iso(), user.id))
            if full_check:   # found damaged: checked again at the next sign-in, until it is dealt with
                fresh.set_integrity_checked_at(None if damage else now_iso())
            # never moves the checkpoint over a broken chain: that would launder the damage
            findings.move_checkpoint(conn, fresh, dek, user_id=user.id)
        others = 0
        if user.role is Role.ADMIN:
            others = sum(1 for e in pending if e.get("login_ref") != own_ref)
        notices = SignInNotices(failed_since_last=since, failed_others=others, integrity_problems=problems,
                                full_check_due=due and not full_check)
        session = Session(self, user, conn, dek, notices)
        session.in_use = InUseMark(self.root)
        # The server's answers that came while nobody was signed in reach the outbox; anything left
        # unsealed is sealed (docs/adr/009-sync-while-locked.md).
        sync_agent.on_sign_in(session)
        return session

    @staticmethod
    def _complete_intents(conn: dbc.Connection, envelope: Envelope, verified: list[dict[str, Any]]) -> None:
        """Write the audit entry of each key operation whose process died before it could (inside the
        caller's write transaction); one whose entry made it into the log is only dropped."""
        for intent in verified:
            if conn.execute("SELECT 1 FROM audit_log WHERE detail LIKE ?",
                            (f"%{intents.marker(str(intent['id']))}%",)).fetchone():
                continue
            action = str(intent["action"])
            detail = {**intent["detail"], "intent": intent["id"], "completed_at_sign_in": True}
            if action == "key.rekey" and envelope.generation < int(detail.get("generation", 0)):
                action = "key.rekey_interrupted"   # the database never got the new key: nothing changed
            chain.append(conn, envelope.db_id, user_id=intent.get("user_id"), action=action,
                         object_type=str(intent.get("object_type", "")), object_id=str(intent.get("object_id", "")),
                         detail=detail, at=str(intent.get("at")))

    def intent_done(self, intent_id: str | None) -> None:
        """The audit entry of a key operation is in the log: its intent leaves the key file."""
        if intent_id:
            with self.locked_envelope() as envelope:
                envelope.remove_intent(intent_id)

    # ----------------------------------------------------------------- after sign-in
    def full_check(self, conn: dbc.Connection) -> list[str]:
        """The whole-file page and b-tree check, on a connection of the caller's (a background thread's);
        a sound result is recorded, damage is returned and the check stays due."""
        damage = dbc.check_integrity(conn)
        with self.locked_envelope() as envelope:
            envelope.set_integrity_checked_at(None if damage else now_iso())
        return damage

    def full_check_finding(self, conn: dbc.Connection, dek: bytes, user_id: str | None) -> None:
        """Record damage found by a background whole-file check as a finding (on the session's connection)."""
        with self.locked_envelope() as envelope:
            findings.check(conn, envelope, dek, user_id=user_id, damage=True)

    def save_checkpoint(self, conn: dbc.Connection, dek: bytes, user_id: str | None = None) -> None:
        """After a write: move the outside checkpoint, only over a log that still extends it."""
        with self.locked_envelope() as envelope:
            findings.move_checkpoint(conn, envelope, dek, user_id=user_id)

    def checkpoint(self, dek: bytes) -> Checkpoint | None:
        return self.load_envelope().checkpoint(dek)

    def set_user_password(self, session: Session, login: str, password: str, *, personal: tuple[str, ...] = (),
                          audit: tuple[str, str, dict[str, Any]] | None = None) -> str | None:
        """Create or replace a user's slot (new user, password change, admin reset). The database is
        not re-encrypted: only this one slot changes. With ``audit`` (action, user id, detail) the
        intent is saved with the new slot and its id returned: the caller's audit entry carries it
        (``{"intent": id}``) and then calls :meth:`intent_done`."""
        if session.notices.read_only:   # the key file must not gain a slot the database cannot record
            raise KenseError("db.read_only")
        login = normalise_login(login)
        passwords.check(password, personal=(login, *personal))
        params = self.calibration().params()
        with self.locked_envelope() as envelope:
            device_secret = None
            if envelope.data.get("device_bound_install"):
                binding, device_secret = self.secrets.read(envelope.db_id)
                if binding is Binding.UNAVAILABLE:
                    raise DeviceKeyUnavailable()
                if binding is Binding.MISSING:
                    raise DeviceKeyMissing()
            envelope.set_user_slot(login, password, session.dek, params, device_secret)
            envelope.set_signin_state(login, {})
            if audit is None:
                return None
            intent = intents.make([session.dek], envelope.db_id, at=now_iso(), user_id=session.user.id,
                                  action=audit[0], object_type="app_user", object_id=audit[1], detail=audit[2])
            envelope.add_intent(intent)
        return str(intent["id"])

    def remove_user_slot(self, login: str) -> bool:
        with self.locked_envelope() as envelope:
            return envelope.remove_user_slot(login)

    def verify_password(self, login: str, password: str) -> bool:
        envelope = self.load_envelope()
        try:
            envelope.open_user_slot(login, password, self._device_secret_for(envelope, login))
        except SlotRefused:
            return False
        return True

    def update_label(self, school_name: str) -> None:
        with self.locked_envelope() as envelope:
            _, secret = self.secrets.read(envelope.db_id)
            envelope.set_label(secret, school_name)

    # ----------------------------------------------------------------- recovery
    def recover(self, code: str, login: str, new_password: str) -> Session:
        """Open with the recovery code, put the device secret back into this account's credential
        store, and give ``login`` a new password."""
        secret = recovery_code.to_secret(code)
        login = normalise_login(login)
        passwords.check(new_password, personal=(login,))
        envelope = self.load_envelope()
        self.check_database_file()
        try:
            deks, device_secret = envelope.open_recovery_slot(secret)
        except SlotRefused:
            with self.locked_envelope() as env:
                env.add_pending_audit(pending_audit.sign(
                    {"at": now_iso(), "action": "key.recovery_failed", "login_ref": ""},
                    self._pending_key(env.db_id)))
            raise AuthenticationRefused("recovery.code_wrong") from None
        if device_secret is not None:
            try:   # the recovered secret is the true one: the file must carry its seal and check
                envelope.verify_device(device_secret)
            except DeviceSecretWrong:
                raise ProfileError("keys.altered") from None
        rebind = device_secret is not None and self.secrets.read(envelope.db_id) != (Binding.BOUND, device_secret)
        if rebind and device_secret is not None and not self.secrets.store(envelope.db_id, device_secret):
            raise DeviceKeyUnavailable()
        conn, dek = self._open_db(envelope, deks)
        try:
            exists = conn.execute("SELECT id FROM app_user WHERE login = ? AND active = 1", (login,)).fetchone()
        finally:
            conn.close()
        if not exists:
            raise InvalidInput("user.not_found", login=login)
        params = self.calibration().params()
        with self.locked_envelope() as env:
            env.set_user_slot(login, new_password, dek, params, device_secret)
            env.set_signin_state(login, {})
            env.set_label(device_secret, env.label(device_secret) or "")
            # saved with the new slot: the sign-in below (or, after a crash, the next one) writes them
            for action, detail in (("key.recovered", {"rebound": device_secret is not None}),
                                   ("user.password_reset", {"by": "recovery"})):
                env.add_intent(intents.make([dek], env.db_id, at=now_iso(), user_id=str(exists[0]), action=action,
                                            object_type="app_user", object_id=str(exists[0]), detail=detail))
        session = self._start_session(self.load_envelope(), login, [dek], "session.sign_in")
        with session.write() as c:
            c.execute("UPDATE app_user SET password_changed_at = ? WHERE login = ?", (now_iso(), login))
        school = session.conn.execute("SELECT name FROM school").fetchone()
        if school:
            self.update_label(str(school[0]))
        return session

    # ----------------------------------------------------------------- rekey
    def rekey(self, session: Session) -> None:
        """New data key: re-encrypt every page and re-seal the key to every slot. The new key is
        staged in the envelope first, so a power cut at any point leaves a way in."""
        new_dek = os.urandom(dbc.KEY_BYTES)
        conn = session.conn
        try:   # first make sure no other window or process has the file open: then nothing is started
            dbc.leave_wal(conn)
        except DatabaseBusy:
            raise Conflict("key.rekey_busy") from None
        try:
            old_dek = session.dek
            with self.locked_envelope() as envelope:   # the new key and the audit intent in one save
                envelope.stage_rekey(new_dek)
                generation = envelope.generation + 1
                intent = intents.make([old_dek, new_dek], envelope.db_id, at=now_iso(), user_id=session.user.id,
                                      action="key.rekey", detail={"generation": generation})
                envelope.add_intent(intent)
        except BaseException:
            dbc.enter_wal(conn)
            raise
        dbc.rekey(conn, new_dek)
        session._dek = new_dek
        with self.locked_envelope() as envelope:
            envelope.remac_checkpoint(old_dek, new_dek)
            envelope.commit_rekey()
        with session.write() as c:
            session.audit(c, "key.rekey", detail={"generation": generation, "intent": intent["id"]})
        self.intent_done(str(intent["id"]))
