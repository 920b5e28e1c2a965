"""Key operations an administrator runs: rekey after a suspected leak, a new recovery code."""

from __future__ import annotations

from app.security import recovery_code
from app.security.device_secret import Binding
from app.security.roles import Permission
from app.security.session import Session


def rekey(session: Session) -> int:
    """Re-encrypt the database under a new data key; return the new key generation."""
    session.require(Permission.MANAGE_KEYS)
    session.profile.rekey(session)
    return session.profile.load_envelope().generation


def replace_recovery_code(session: Session) -> str:
    """A new recovery code (the old sheet stops working at once). Returns the code, shown once."""
    session.require(Permission.MANAGE_KEYS)
    profile = session.profile
    code = recovery_code.generate()
    params = profile.calibration().params()
    with profile.locked_envelope() as envelope:
        device_secret = None
        if envelope.data.get("device_bound_install"):
            binding, device_secret = profile.secrets.read(envelope.db_id)
            if binding is not Binding.BOUND:
                from app.errors import DeviceKeyMissing, DeviceKeyUnavailable

                raise DeviceKeyUnavailable() if binding is Binding.UNAVAILABLE else DeviceKeyMissing()
        envelope.set_recovery_slot(recovery_code.to_secret(code), session.dek, params, device_secret)
    session.audit_now("key.recovery_slot_created")
    return code
