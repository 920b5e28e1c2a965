"""What the pages show, read through the administrator's scope (row-level security decides)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..db import Cur

PAGE = 200


def schools(cur: Cur) -> list[dict[str, Any]]:
    cur.execute("""
        SELECT o.code, o.name, o.name_ru,
               (SELECT count(*) FROM device d WHERE d.school = o.code AND d.state = 'active') AS devices,
               (SELECT max(last_seen_at) FROM device d WHERE d.school = o.code) AS last_contact,
               (SELECT c.seq FROM checkpoint c WHERE c.school = o.code AND c.extends
                 ORDER BY c.seq DESC LIMIT 1) AS checkpoint_seq,
               (SELECT max(c.received_at) FROM checkpoint c WHERE c.school = o.code AND c.extends) AS checkpoint_at,
               (SELECT count(*) FROM alert a WHERE a.school = o.code AND a.cleared_at IS NULL) AS alerts
        FROM org o WHERE o.code = ANY (kense_admin_schools()) ORDER BY o.name""")
    return list(cur.fetchall())


def school(cur: Cur, code: str) -> dict[str, Any] | None:
    cur.execute("SELECT code, name, name_ru FROM org WHERE code = %s AND code = ANY (kense_admin_schools())", (code,))
    return cur.fetchone()


def devices(cur: Cur, code: str) -> list[dict[str, Any]]:
    cur.execute("""SELECT device_id::text AS device_id, name, state, enrolled_at, last_seen_at, revoked_at
                   FROM device WHERE school = %s ORDER BY state, enrolled_at DESC""", (code,))
    return list(cur.fetchall())


def alerts(cur: Cur, code: str) -> list[dict[str, Any]]:
    cur.execute("""SELECT id::text AS id, kind, detail, raised_at FROM alert
                   WHERE school = %s AND cleared_at IS NULL ORDER BY raised_at DESC""", (code,))
    return list(cur.fetchall())


def _latest(type_: str) -> str:
    # type_ is one of this module's constants, never request input.
    return f"""SELECT * FROM (SELECT DISTINCT ON (id) id::text AS id, version, data, received_at FROM record
               WHERE school = %(school)s AND type = '{type_}' AND deleted_at IS NULL
               ORDER BY id, version DESC) latest"""  # noqa: S608


def documents(cur: Cur, code: str, q: str = "", kind: str = "", start: date | None = None,
              end: date | None = None) -> list[dict[str, Any]]:
    cur.execute(_latest("document_version") + """
        WHERE (%(q)s = '' OR lower(data->>'subject') LIKE %(like)s OR lower(data->>'number') LIKE %(like)s
               OR lower(data->>'correspondent') LIKE %(like)s OR lower(data->>'summary') LIKE %(like)s)
          AND (%(kind)s = '' OR data->>'kind' = %(kind)s)
          AND (%(start)s::date IS NULL OR (data->>'reg_date')::date >= %(start)s::date)
          AND (%(end)s::date IS NULL OR (data->>'reg_date')::date <= %(end)s::date)
        ORDER BY data->>'reg_date' DESC, received_at DESC LIMIT %(limit)s""",
                {"school": code, "q": q, "like": "%" + _like(q.lower()) + "%", "kind": kind, "start": start,
                 "end": end, "limit": PAGE})
    return list(cur.fetchall())


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def document(cur: Cur, code: str, rid: str) -> dict[str, Any] | None:
    cur.execute("""SELECT version, data, received_at FROM record WHERE school = %s AND id::text = %s
                   AND type = 'document_version' AND deleted_at IS NULL ORDER BY version DESC""", (code, rid))
    versions = list(cur.fetchall())
    if not versions:
        return None
    cur.execute("""SELECT data FROM record WHERE school = %s AND type = 'document_event'
                   AND data->>'document_id' = %s AND deleted_at IS NULL ORDER BY data->>'at'""", (code, rid))
    events = [r["data"] for r in cur.fetchall()]
    files = []
    for f in versions[0]["data"].get("files", []):
        cur.execute("SELECT complete FROM file WHERE school = %s AND sha256 = %s", (code, bytes.fromhex(f["sha256"])))
        row = cur.fetchone()
        files.append({**f, "complete": bool(row and row["complete"])})
    return {"id": rid, "versions": versions, "events": events, "files": files}


def file_for_download(cur: Cur, code: str, sha: str) -> tuple[str, int, int] | None:
    """(name, size, chunk count) of a complete file a document of the school names; None otherwise."""
    cur.execute("SELECT complete, size, chunk_count FROM file WHERE school = %s AND sha256 = %s",
                (code, bytes.fromhex(sha)))
    row = cur.fetchone()
    if not row or not row["complete"]:
        return None
    cur.execute("""SELECT f->>'name' AS name FROM record, jsonb_array_elements(data->'files') f
                   WHERE school = %s AND type = 'document_version' AND f->>'sha256' = %s LIMIT 1""", (code, sha))
    named = cur.fetchone()
    return (named["name"] if named else f"{sha[:12]}.bin"), int(row["size"]), int(row["chunk_count"])


def file_chunk(cur: Cur, code: str, sha: str, index: int) -> bytes:
    cur.execute("SELECT data FROM file_chunk WHERE school = %s AND sha256 = %s AND idx = %s",
                (code, bytes.fromhex(sha), index))
    row = cur.fetchone()
    if row is None:   # a complete file has every chunk; a vanished one ends the download short
        raise LookupError("chunk missing")
    return bytes(row["data"])


def certificates(cur: Cur, code: str, q: str = "") -> list[dict[str, Any]]:
    cur.execute(_latest("certificate") + """
        WHERE %(q)s = '' OR lower(data->>'number') LIKE %(like)s OR lower(data->>'person_name') LIKE %(like)s
        ORDER BY data->>'issued_on' DESC LIMIT %(limit)s""",
                {"school": code, "q": q, "like": "%" + _like(q.lower()) + "%", "limit": PAGE})
    return list(cur.fetchall())


def incidents(cur: Cur, code: str) -> list[dict[str, Any]]:
    cur.execute(_latest("incident") + " ORDER BY data->>'occurred_at' DESC LIMIT %(limit)s",
                {"school": code, "limit": PAGE})
    return list(cur.fetchall())
