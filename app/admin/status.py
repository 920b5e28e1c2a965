"""The security status (regulation 3.2, 5.x): what `kense status` prints and the security panel shows."""

from __future__ import annotations

from typing import Any

from app.audit import findings
from app.i18n import translate
from app.security.roles import Permission
from app.security.session import Session
from db.connection import cipher_version
from db.migrate import schema_version


def security_status(session: Session) -> dict[str, Any]:
    session.require(Permission.VIEW_SECURITY)
    conn = session.conn
    profile = session.profile
    review = findings.review(session)
    verification = review.verification
    checkpoint = profile.checkpoint(session.dek)
    users = conn.execute("SELECT role, count(*) FROM app_user WHERE active = 1 GROUP BY role").fetchall()
    failed = conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'session.sign_in_failed'"
        " AND at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-30 days')"
    ).fetchone()[0]
    envelope = profile.load_envelope()
    return {
        "school": conn.execute("SELECT name FROM school").fetchone()[0],
        "db_id": session.db_id,
        "schema_version": schema_version(conn),
        "cipher_version": cipher_version(conn),
        "encryption": "SQLCipher 4, AES-256, raw 256-bit key",
        "device_binding": profile.device_binding().value,
        "keyring_backend": profile.secrets.backend_name() if profile.secrets.available() else None,
        "users": sum(n for _, n in users),
        "users_by_role": {role: n for role, n in users},
        "key_slots": envelope.user_slot_count(),
        "recovery_slot": envelope.recovery_slot() is not None,
        "key_generation": envelope.generation,
        "audit": {
            "entries": verification.entries,
            "head": verification.head,
            "verified": review.ok,
            "problem": verification.problem or (review.findings[0].kind if review.findings else None),
            "checkpoint_seq": checkpoint.seq if checkpoint else None,
        },
        # open integrity findings: they stay here until an admin acknowledges them with a reason
        "findings": [f.to_json() | {"message": translate(findings.message_key(f), None, seq=f.seq)}
                     for f in review.findings],
        "failed_sign_ins_30_days": failed,
        # the whole-file page and b-tree check runs at the first sign-in of each day
        "database_full_check_at": envelope.integrity_checked_at(),
        "signed_in": {"login": session.user.login, "role": session.user.role.value},
    }
