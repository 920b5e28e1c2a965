"""What a school has sent: counts and bytes per kind, files, alerts, the last audit checkpoint."""

from __future__ import annotations

from typing import Any

from .db import Cur


def school_report(cur: Cur, school: str) -> dict[str, Any]:
    cur.execute("SELECT code, name, level FROM org WHERE code = %s", (school,))
    org = cur.fetchone()
    if org is None or org["level"] != "school":
        raise LookupError(f"no school with the code {school}")
    cur.execute("""SELECT type, count(*) AS n, count(DISTINCT id) AS ids, coalesce(sum(size), 0) AS bytes
                   FROM record WHERE school = %s AND deleted_at IS NULL GROUP BY type""", (school,))
    by_type = {row["type"]: row for row in cur.fetchall()}

    def kind(name: str) -> dict[str, int]:
        row = by_type.get(name)
        return {"count": int(row["n"]) if row else 0, "bytes": int(row["bytes"]) if row else 0}

    docs = by_type.get("document_version")
    cur.execute("""SELECT count(*) FILTER (WHERE complete) AS complete, count(*) FILTER (WHERE NOT complete) AS partial,
                          coalesce(sum(size) FILTER (WHERE complete), 0) AS bytes FROM file WHERE school = %s""",
                (school,))
    f = cur.fetchone()
    assert f is not None
    cur.execute("""SELECT seq, encode(head, 'hex') AS head, received_at FROM checkpoint
                   WHERE school = %s AND extends ORDER BY seq DESC LIMIT 1""", (school,))
    cp = cur.fetchone()
    cur.execute("SELECT count(*) AS n FROM alert WHERE school = %s AND cleared_at IS NULL", (school,))
    alerts = cur.fetchone()
    cur.execute("SELECT count(*) FILTER (WHERE state = 'active') AS active, max(last_seen_at) AS seen"
                " FROM device WHERE school = %s", (school,))
    dev = cur.fetchone()
    assert alerts is not None and dev is not None
    return {
        "school": {"code": org["code"], "name": org["name"]},
        "documents": {"count": int(docs["ids"]) if docs else 0},
        "versions": kind("document_version"), "events": kind("document_event"),
        "certificates": kind("certificate"), "incidents": kind("incident"), "statistics": kind("statistics"),
        "files": {"complete": int(f["complete"]), "incomplete": int(f["partial"]), "bytes": int(f["bytes"])},
        "last_checkpoint": None if cp is None else {"seq": cp["seq"], "head": cp["head"],
                                                    "received_at": cp["received_at"].isoformat()},
        "open_alerts": int(alerts["n"]),
        "devices": {"active": int(dev["active"] or 0),
                    "last_contact": dev["seen"].isoformat() if dev["seen"] else None},
    }


def format_report(rep: dict[str, Any]) -> str:
    lines = [f"{rep['school']['name']} ({rep['school']['code']})",
             f"  documents      {rep['documents']['count']}"]
    for key, label in (("versions", "versions"), ("events", "events"), ("certificates", "certificates"),
                       ("incidents", "incidents"), ("statistics", "statistics")):
        lines.append(f"  {label:<14} {rep[key]['count']:>8}  {rep[key]['bytes']:>12,} bytes")
    f = rep["files"]
    lines.append(f"  files          {f['complete']:>8}  {f['bytes']:>12,} bytes  ({f['incomplete']} incomplete)")
    cp = rep["last_checkpoint"]
    lines.append("  last checkpoint " + ("none" if cp is None else f"#{cp['seq']} {cp['head'][:16]}… at "
                                         f"{cp['received_at']}"))
    lines.append(f"  open alerts    {rep['open_alerts']}")
    d = rep["devices"]
    lines.append(f"  devices        {d['active']} active, last contact {d['last_contact'] or 'never'}")
    return "\n".join(lines)
