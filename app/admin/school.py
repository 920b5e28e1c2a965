"""The school's own details (one row): letterheads, the sign-in screen, reports to the district."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.errors import InvalidInput
from app.security.roles import Permission
from app.security.session import Session

FIELDS = ("name", "address", "region", "district", "director_name")


@dataclass(frozen=True)
class School:
    id: str
    name: str
    address: str
    region: str
    district: str
    director_name: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def get_school(session: Session) -> School:
    row = session.conn.execute(
        "SELECT id, name, address, region, district, director_name FROM school"
    ).fetchone()
    return School(*row)


def update_school(session: Session, **changes: str) -> School:
    session.require(Permission.MANAGE_SETTINGS)
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InvalidInput("input.bad_value", name=", ".join(sorted(unknown)))
    cleaned = {k: (v or "").strip() for k, v in changes.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise InvalidInput("input.school_name")
    if not cleaned:
        return get_school(session)
    with session.write() as conn:
        for field, value in cleaned.items():
            conn.execute(f"UPDATE school SET {field} = ?", (value,))  # noqa: S608 — field from FIELDS
        session.audit(conn, "settings.school", "school", get_school(session).id, {"fields": sorted(cleaned)})
    if "name" in cleaned:
        session.profile.update_label(cleaned["name"])
    return get_school(session)
