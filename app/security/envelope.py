"""The key envelope: the small file beside the database that holds the data key, wrapped per slot.

One slot per user (password + this PC's device secret) and one recovery slot (the recovery code).
Slots bind their metadata as AEAD associated data, so editing a slot's parameters, kind or owner
breaks it instead of weakening it. Logins appear only as keyed hashes: the file names nobody.

Besides slots it keeps what must be known before anyone has unlocked the database: failed sign-in
counters, failed attempts waiting to be written to the audit log, the school's name sealed under the
device secret (for the sign-in screen), and the audit checkpoint (MAC'd under the data key).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import write_atomic
from app.errors import ProfileError
from app.ids import uuid7
from app.security import slot_crypto as sc
from app.security.kdf import KdfParams, derive

FORMAT = "kense-envelope/1"
_USER_KEK_INFO = "kense/user-slot-kek/v1"
_RECOVERY_KEK_INFO = "kense/recovery-slot-kek/v1"
_DEK_INFO = "kense/dek-wrap/v1"
_DEVICE_SECRET_INFO = "kense/device-secret-wrap/v1"  # noqa: S105 — a label, not a secret
_LABEL_INFO = "kense/label/v1"
_CHECKPOINT_INFO = "kense/audit-checkpoint/v1"
_FINDINGS_INFO = "kense/audit-findings/v1"
_SEAL_INFO = "kense/envelope-seal/v1"
_DEVICE_CHECK_INFO = "kense/device-check/v1"
# What the seal covers: everything that decides which key opens what. The rest of the file (sign-in
# counters, pending events, checkpoint, findings, label) changes before anyone has signed in and is
# either MAC'd on its own or only ever believed as a claim.
SEALED_FIELDS = ("format", "db_id", "generation", "device_bound_install", "device_check", "slots", "staged")


class SlotRefused(Exception):
    """The secret does not open this slot (wrong password, wrong device secret, or tampering)."""


class DeviceSecretWrong(Exception):
    """The device secret read from the credential store is well formed but not this profile's."""


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head: str


class Envelope:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    # ----------------------------------------------------------------- file
    @classmethod
    def new(cls, db_id: str) -> Envelope:
        return cls({
            "format": FORMAT, "db_id": db_id, "generation": 1, "slots": [], "label": None,
            "checkpoint": None, "signin": {}, "pending_audit": [],
        })

    @classmethod
    def load(cls, path: Path) -> Envelope:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise
        except (OSError, ValueError, UnicodeDecodeError):
            raise ProfileError("profile.envelope_damaged") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("slots"), list):
            raise ProfileError("profile.envelope_damaged")
        envelope = cls(data)
        seal = data.get("seal")
        if not all(isinstance(slot, dict) for slot in data["slots"]):
            raise ProfileError("keys.altered")
        if (not isinstance(seal, dict) or not isinstance(data.get("db_id"), str)
                or type(data.get("generation")) is not int or data["generation"] < 1
                or not hmac.compare_digest(str(seal.get("digest", "")), envelope.sealed_digest())):
            raise ProfileError("keys.altered")
        data.setdefault("signin", {})
        data.setdefault("pending_audit", [])
        if not isinstance(data["signin"], dict):
            data["signin"] = {}
        return envelope

    # ----------------------------------------------------------------- seal
    def sealed_digest(self) -> str:
        return hashlib.sha256(sc.canonical({k: self.data.get(k) for k in SEALED_FIELDS})).hexdigest()

    def device_bound(self) -> bool:
        return bool(self.data.get("device_bound_install")) or any(
            isinstance(s, dict) and s.get("device_bound") for s in self.data["slots"])

    def _seal_key(self, device_secret: bytes) -> bytes:
        return sc.hkdf(device_secret, _SEAL_INFO, salt=self.db_id.encode())

    def _device_check(self, device_secret: bytes) -> str:
        return sc.mac(sc.hkdf(device_secret, _DEVICE_CHECK_INFO, salt=self.db_id.encode()), self.db_id)

    def bind_device(self, device_secret: bytes | None) -> None:
        """Record which device secret this file belongs to (a MAC of the db id, not the secret)."""
        self.data["device_check"] = self._device_check(device_secret) if device_secret else None

    def verify_device(self, device_secret: bytes) -> None:
        """The credential store's secret is this profile's, and the seal's MAC under it holds.
        Raises DeviceSecretWrong or ProfileError("keys.altered")."""
        check = self.data.get("device_check")
        if not isinstance(check, str) or not hmac.compare_digest(check, self._device_check(device_secret)):
            raise DeviceSecretWrong
        seal = self.data.get("seal") or {}
        expected = sc.mac(self._seal_key(device_secret), self.sealed_digest())
        if not hmac.compare_digest(str(seal.get("mac", "")), expected):
            raise ProfileError("keys.altered")

    def save(self, path: Path, device_secret: Callable[[], bytes | None] | None = None) -> None:
        """Write atomically with the seal: a digest of the sealed fields and, on a device-bound install,
        its MAC under the device secret (asked for only when the sealed fields changed)."""
        digest = self.sealed_digest()
        stored = self.data.get("seal")
        old: dict[str, Any] = stored if isinstance(stored, dict) else {}
        seal: dict[str, str] = {"digest": digest}
        if old.get("digest") == digest and old.get("mac"):
            seal["mac"] = str(old["mac"])
        elif self.device_bound():
            secret = device_secret() if device_secret else None
            if secret is None:   # a programming error: a device-bound file must never lose its MAC
                raise RuntimeError("the key file's sealed fields changed without the device secret")
            seal["mac"] = sc.mac(self._seal_key(secret), digest)
        self.data["seal"] = seal
        write_atomic(Path(path), json.dumps(self.data, indent=1, sort_keys=True).encode("utf-8"))

    @property
    def db_id(self) -> str:
        return str(self.data["db_id"])

    @property
    def generation(self) -> int:
        return int(self.data["generation"])

    def login_ref(self, login: str) -> str:
        """A keyed hash of the login: slots are found by it, and the file names no one."""
        return hmac.new(self.db_id.encode(), login.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    # ----------------------------------------------------------------- slots
    def _slots(self, kind: str) -> list[dict[str, Any]]:
        return [s for s in self.data["slots"] if s.get("kind") == kind]

    def user_slot(self, login: str) -> dict[str, Any] | None:
        ref = self.login_ref(login)
        return next((s for s in self._slots("user") if s.get("login_ref") == ref), None)

    def has_user_slot(self, login: str) -> bool:
        return self.user_slot(login) is not None

    def recovery_slot(self) -> dict[str, Any] | None:
        slots = self._slots("recovery")
        return slots[0] if slots else None

    def _slot_aad(self, slot: dict[str, Any]) -> bytes:
        bound = {k: slot.get(k) for k in ("id", "kind", "login_ref", "device_bound", "kdf", "public_key")}
        return sc.canonical({"format": FORMAT, "db_id": self.db_id, "slot": bound})

    def _dek_aad(self, slot: dict[str, Any], generation: int | None = None) -> bytes:
        return sc.canonical({"format": FORMAT, "db_id": self.db_id, "slot": slot["id"],
                             "generation": self.generation if generation is None else generation,
                             "what": "dek"})

    def _device_secret_aad(self, slot: dict[str, Any]) -> bytes:
        return sc.canonical({"format": FORMAT, "db_id": self.db_id, "slot": slot["id"], "what": "device-secret"})

    @staticmethod
    def _user_kek(password: str, kdf: KdfParams, device_secret: bytes | None) -> bytes:
        stretched = derive(password.encode("utf-8"), kdf)
        return sc.hkdf(stretched, _USER_KEK_INFO, salt=device_secret)

    @staticmethod
    def _recovery_kek(code_secret: bytes, kdf: KdfParams) -> bytes:
        return sc.hkdf(derive(code_secret, kdf), _RECOVERY_KEK_INFO)

    def _new_slot(self, kind: str, kek: bytes, kdf: KdfParams, dek: bytes, *, login_ref: str | None,
                  device_bound: bool) -> dict[str, Any]:
        private, public = sc.new_key_pair()
        slot: dict[str, Any] = {
            "id": uuid7(), "kind": kind, "login_ref": login_ref, "device_bound": device_bound,
            "kdf": kdf.to_json(), "public_key": sc.b64(public),
        }
        slot["private_key"] = sc.seal(kek, private, self._slot_aad(slot))
        slot["dek"] = sc.seal_to_public(public, dek, self._dek_aad(slot), _DEK_INFO)
        return slot

    def _open_private(self, slot: dict[str, Any], kek: bytes) -> bytes:
        try:
            return sc.open_sealed(kek, slot["private_key"], self._slot_aad(slot))
        except (sc.InvalidTag, KeyError, ValueError):
            raise SlotRefused from None

    def _open_dek(self, slot: dict[str, Any], private: bytes) -> list[bytes]:
        """The slot's data key, followed by the key of an interrupted rekey if one is staged. The
        private key opened, so the secret was right: a data key that does not open is an edited file."""
        try:
            public = sc.unb64(slot["public_key"])
            keys = [sc.open_with_private(private, public, slot["dek"], self._dek_aad(slot), _DEK_INFO)]
        except (sc.InvalidTag, KeyError, ValueError, TypeError):
            raise ProfileError("keys.altered") from None
        staged = self.data.get("staged") or {}
        box = (staged.get("slots") or {}).get(slot["id"])
        if box:
            with contextlib.suppress(sc.InvalidTag, KeyError, ValueError):
                keys.append(sc.open_with_private(private, public, box,
                                                 self._dek_aad(slot, int(staged["generation"])), _DEK_INFO))
        return keys

    def stage_rekey(self, new_dek: bytes) -> None:
        """Step 1 of a rekey: seal the new key to every slot beside the old one."""
        generation = self.generation + 1
        self.data["staged"] = {"generation": generation, "slots": {
            s["id"]: sc.seal_to_public(sc.unb64(s["public_key"]), new_dek, self._dek_aad(s, generation), _DEK_INFO)
            for s in self.data["slots"]}}

    def commit_rekey(self) -> None:
        """Step 3 (after the database was re-encrypted): the staged key becomes the key."""
        staged = self.data.pop("staged")
        self.data["generation"] = int(staged["generation"])
        for slot in self.data["slots"]:
            slot["dek"] = staged["slots"][slot["id"]]

    def set_user_slot(self, login: str, password: str, dek: bytes, kdf: KdfParams,
                      device_secret: bytes | None) -> None:
        """Create or replace the slot of ``login`` (password change, admin reset, recovery)."""
        kek = self._user_kek(password, kdf, device_secret)
        slot = self._new_slot("user", kek, kdf, dek, login_ref=self.login_ref(login),
                              device_bound=device_secret is not None)
        self.remove_user_slot(login)
        self.data["slots"].append(slot)

    def remove_user_slot(self, login: str) -> bool:
        ref = self.login_ref(login)
        before = len(self.data["slots"])
        self.data["slots"] = [
            s for s in self.data["slots"] if not (s.get("kind") == "user" and s.get("login_ref") == ref)
        ]
        return len(self.data["slots"]) != before

    def open_user_slot(self, login: str, password: str, device_secret: bytes | None) -> list[bytes]:
        slot = self.user_slot(login)
        if slot is None:
            raise SlotRefused
        try:
            kdf = KdfParams.from_json(slot["kdf"])
        except (ValueError, KeyError, TypeError):
            raise SlotRefused from None
        kek = self._user_kek(password, kdf, device_secret if slot.get("device_bound") else None)
        return self._open_dek(slot, self._open_private(slot, kek))

    def slot_device_bound(self, login: str) -> bool:
        slot = self.user_slot(login)
        return bool(slot and slot.get("device_bound"))

    def set_recovery_slot(self, code_secret: bytes, dek: bytes, kdf: KdfParams, device_secret: bytes | None) -> None:
        kek = self._recovery_kek(code_secret, kdf)
        slot = self._new_slot("recovery", kek, kdf, dek, login_ref=None, device_bound=False)
        if device_secret is not None:
            # A copy of the device secret lets the recovery sheet re-bind this install to a new
            # OS account or a rebuilt keyring, so every user's own password works again.
            slot["device_secret"] = sc.seal_to_public(sc.unb64(slot["public_key"]), device_secret,
                                                      self._device_secret_aad(slot), _DEVICE_SECRET_INFO)
        self.data["slots"] = [s for s in self.data["slots"] if s.get("kind") != "recovery"]
        self.data["slots"].append(slot)

    def open_recovery_slot(self, code_secret: bytes) -> tuple[list[bytes], bytes | None]:
        slot = self.recovery_slot()
        if slot is None:
            raise SlotRefused
        try:
            kek = self._recovery_kek(code_secret, KdfParams.from_json(slot["kdf"]))
        except (ValueError, KeyError, TypeError):
            raise SlotRefused from None
        private = self._open_private(slot, kek)
        deks = self._open_dek(slot, private)
        device_secret = None
        if slot.get("device_secret"):
            try:
                device_secret = sc.open_with_private(private, sc.unb64(slot["public_key"]), slot["device_secret"],
                                                     self._device_secret_aad(slot), _DEVICE_SECRET_INFO)
            except (sc.InvalidTag, KeyError, ValueError):
                raise SlotRefused from None
        return deks, device_secret

    def user_slot_count(self) -> int:
        return len(self._slots("user"))

    # ----------------------------------------------------------------- label (sign-in screen)
    def set_label(self, device_secret: bytes | None, school_name: str) -> None:
        if device_secret is None:
            self.data["label"] = None
            return
        key = sc.hkdf(device_secret, _LABEL_INFO, salt=self.db_id.encode())
        self.data["label"] = sc.seal(key, school_name.encode("utf-8"), self.db_id.encode())

    def label(self, device_secret: bytes | None) -> str | None:
        box = self.data.get("label")
        if not box or device_secret is None:
            return None
        key = sc.hkdf(device_secret, _LABEL_INFO, salt=self.db_id.encode())
        try:
            return sc.open_sealed(key, box, self.db_id.encode()).decode("utf-8")
        except (sc.InvalidTag, KeyError, ValueError):
            return None

    # ----------------------------------------------------------------- audit checkpoint
    def _checkpoint_key(self, dek: bytes) -> bytes:
        return sc.hkdf(dek, _CHECKPOINT_INFO, salt=self.db_id.encode())

    def set_checkpoint(self, dek: bytes, checkpoint: Checkpoint) -> None:
        value = {"db_id": self.db_id, "seq": checkpoint.seq, "head": checkpoint.head}
        self.data["checkpoint"] = {"seq": checkpoint.seq, "head": checkpoint.head,
                                   "mac": sc.mac(self._checkpoint_key(dek), value)}

    def remac_checkpoint(self, old_dek: bytes, new_dek: bytes) -> None:
        """A rekey: the checkpoint and the findings are re-MAC'd under the new key (a forged one stays
        forged: it is not laundered into a valid one)."""
        current, _problem = self.checkpoint_state(old_dek)
        if current is not None:
            self.set_checkpoint(new_dek, current)
        items = self.findings(old_dek)
        if items is not None:
            self.set_findings(new_dek, items)

    def checkpoint_state(self, dek: bytes) -> tuple[Checkpoint | None, str]:
        """The stored checkpoint and what is wrong with it: "" (sound), "missing" or "forged"."""
        stored = self.data.get("checkpoint")
        if not stored:
            return None, "missing"
        if not isinstance(stored, dict):
            return None, "forged"
        value = {"db_id": self.db_id, "seq": stored.get("seq"), "head": stored.get("head")}
        if not sc.mac_ok(self._checkpoint_key(dek), value, str(stored.get("mac", ""))):
            return None, "forged"
        try:
            return Checkpoint(int(stored["seq"]), str(stored["head"])), ""
        except (KeyError, TypeError, ValueError):
            return None, "forged"

    def checkpoint(self, dek: bytes) -> Checkpoint | None:
        """The stored checkpoint if it is sound, else None (see :meth:`checkpoint_state` for why)."""
        return self.checkpoint_state(dek)[0]

    # ----------------------------------------------------------------- integrity findings (app/audit/findings.py)
    def _findings_key(self, dek: bytes) -> bytes:
        return sc.hkdf(dek, _FINDINGS_INFO, salt=self.db_id.encode())

    def set_findings(self, dek: bytes, items: list[dict[str, Any]]) -> None:
        self.data["findings"] = {"items": items,
                                 "mac": sc.mac(self._findings_key(dek), {"db_id": self.db_id, "items": items})}

    def findings(self, dek: bytes) -> list[dict[str, Any]] | None:
        """The findings kept here ([] when none were ever kept), or None if the list was altered."""
        stored = self.data.get("findings")
        if stored is None:
            return []
        if not isinstance(stored, dict) or not isinstance(stored.get("items"), list):
            return None
        items = stored["items"]
        if not sc.mac_ok(self._findings_key(dek), {"db_id": self.db_id, "items": items}, str(stored.get("mac", ""))):
            return None
        return [dict(i) for i in items if isinstance(i, dict)]

    # ----------------------------------------------------------------- sign-in counters
    def signin_state(self, login: str) -> dict[str, Any]:
        return dict(self.data["signin"].get(self.login_ref(login), {}))

    def set_signin_state(self, login: str, state: dict[str, Any]) -> None:
        self.data["signin"][self.login_ref(login)] = state

    def add_pending_audit(self, event: dict[str, Any]) -> None:
        pending = self.data["pending_audit"]
        pending.append(event)
        del pending[:-1000]  # bounded: someone hammering a locked PC cannot grow the file forever

    def take_pending_audit(self) -> list[dict[str, Any]]:
        stored = self.data.get("pending_audit")
        pending = list(stored) if isinstance(stored, list) else []  # a hostile file may hold anything
        self.data["pending_audit"] = []
        return pending

    # ----------------------------------------------------------------- audit intents (app/security/intents.py)
    def add_intent(self, intent: dict[str, Any]) -> None:
        stored = self.data.get("intents")
        kept = stored if isinstance(stored, list) else []
        kept.append(intent)
        del kept[:-100]
        self.data["intents"] = kept

    def remove_intent(self, intent_id: str) -> None:
        stored = self.data.get("intents")
        if isinstance(stored, list):
            self.data["intents"] = [i for i in stored if not (isinstance(i, dict) and i.get("id") == intent_id)]

    def take_intents(self) -> object:
        stored = self.data.get("intents")
        self.data["intents"] = []
        return stored

    # ----------------------------------------------------------------- full database check
    def integrity_checked_at(self) -> str | None:
        """When every page's HMAC and the b-tree were last found sound (UTC ISO), or None."""
        value = self.data.get("integrity_checked_at")
        return str(value) if value else None

    def set_integrity_checked_at(self, at: str | None) -> None:
        self.data["integrity_checked_at"] = at
