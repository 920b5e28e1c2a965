"""The change history of a person: who, when, which fields (and, inside the encrypted file, the previous
values, so a correction can be shown and undone; depersonalisation and destruction wipe them)."""

from __future__ import annotations

import json
from typing import Any

from app.clock import now_iso
from app.ids import uuid7
from db.connection import Connection


def entry(user_id: str | None, kind: str, person_id: str, action: str, fields: list[str],
          old_values: dict[str, Any] | None = None, *, at: str | None = None) -> tuple[Any, ...]:
    """One history row as bound to the INSERT (``record_many`` writes many in one statement)."""
    return (uuid7(), kind, person_id, at or now_iso(), user_id, action, json.dumps(sorted(fields)),
            json.dumps(old_values, ensure_ascii=False) if old_values is not None else None)


def record_many(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    conn.executemany(
        "INSERT INTO person_history (id, person_kind, person_id, at, user_id, action, fields, old_values)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def record(conn: Connection, user_id: str | None, kind: str, person_id: str, action: str,
           fields: list[str], old_values: dict[str, Any] | None = None) -> None:
    record_many(conn, [entry(user_id, kind, person_id, action, fields, old_values)])


def entries(conn: Connection, kind: str, person_id: str, *, with_values: bool = False) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT h.at, u.login, h.action, h.fields, h.old_values FROM person_history h"
        " LEFT JOIN app_user u ON u.id = h.user_id WHERE h.person_kind = ? AND h.person_id = ? ORDER BY h.at, h.id",
        (kind, person_id)).fetchall()
    out = []
    for at, login, action, fields, old in rows:
        item: dict[str, Any] = {"at": at, "user": login, "action": action, "fields": json.loads(fields)}
        if with_values:
            item["old_values"] = json.loads(old) if old else None
        out.append(item)
    return out
