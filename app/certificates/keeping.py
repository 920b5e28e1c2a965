"""The issued document itself, kept in the register (table ``certificate_pdf``, migration 0018).

A reprint returns the bytes issued, not a new rendering: Kense is updated several times a year (fonts,
reportlab, layout, the wording a school adjusts), and none of that may make a reprint refused or
different. The PDF is stored zlib-compressed inside the encrypted database with its SHA-256 and size,
checked before anything is printed.

Certificates issued by builds before 0018 have only their snapshot and render digest. While this build
still draws them byte for byte (the digest matches), :func:`keep_missing` renders and keeps them, once,
after sign-in, so a later update cannot strand them. One whose digest no longer matches is counted and
left as it is (it can still be voided and issued anew).
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from app.certificates.digest import render_digest
from app.clock import now_iso
from app.errors import KenseError
from app.forms.templates.certificate import Template
from app.security.roles import Permission
from app.security.session import Session
from db.connection import Connection

CODEC = "zlib"
_MAX_PDF = 64 * 1024 * 1024   # a certificate is ~0.1 MB; a stored size beyond this is damage, not a PDF


def keep(conn: Connection, certificate_id: str, pdf: bytes) -> None:
    """Store the issued PDF (inside the caller's write transaction)."""
    conn.execute("INSERT INTO certificate_pdf (certificate_id, codec, content, size, sha256, kept_at)"
                 " VALUES (?, ?, ?, ?, ?, ?)",
                 (certificate_id, CODEC, zlib.compress(pdf, 9), len(pdf), hashlib.sha256(pdf).hexdigest(), now_iso()))


def load(conn: Connection, certificate_id: str, number: str) -> bytes | None:
    """The PDF as issued, or None when this certificate predates the kept documents. Damage (a changed
    blob, size or hash) is refused with its own message rather than printed."""
    row = conn.execute("SELECT codec, content, size, sha256 FROM certificate_pdf WHERE certificate_id = ?",
                       (certificate_id,)).fetchone()
    if row is None:
        return None
    codec, content, size, sha256 = row
    try:
        if codec != CODEC or not isinstance(content, bytes) or not 0 < int(size) <= _MAX_PDF:
            raise ValueError
        inflater = zlib.decompressobj()
        pdf = inflater.decompress(content, int(size) + 1)   # never inflate beyond the recorded size
        if len(pdf) != int(size) or not inflater.eof or hashlib.sha256(pdf).hexdigest() != sha256:
            raise ValueError
    except (ValueError, TypeError, zlib.error):
        raise KenseError("certificate.kept_pdf_damaged", number=number) from None
    return pdf


def render_matching(tpl: Template, lang: str, snapshot_json: str, digest: str) -> bytes | None:
    """Render a certificate from its snapshot if this build still draws it as issued (digest matches)."""
    snapshot = json.loads(snapshot_json)
    if render_digest(tpl, lang, snapshot) != digest:
        return None
    return tpl.render(tpl.from_json(snapshot), lang)


@dataclass(frozen=True)
class Kept:
    kept: int           # rendered and stored now
    unmatched: int      # issued by a build that drew them differently: left as they are


def missing_count(session: Session) -> int:
    row = session.conn.execute("SELECT count(*) FROM certificate c WHERE NOT EXISTS"
                               " (SELECT 1 FROM certificate_pdf p WHERE p.certificate_id = c.id)").fetchone()
    return int(row[0])


def keep_missing(session: Session, *, progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, batch: int = 50) -> Kept:
    """Render and keep the PDF of every certificate that has none yet, in small transactions (a lock
    or a cancel loses at most one batch, which the next sign-in does again)."""
    from app.certificates.register import TEMPLATES as templates
    from app.certificates.register import Cancelled

    session.require(Permission.VIEW_CERTIFICATES)
    todo = [tuple(r) for r in session.conn.execute(
        "SELECT c.id, c.template, c.lang, c.snapshot, c.render_digest FROM certificate c WHERE NOT EXISTS"
        " (SELECT 1 FROM certificate_pdf p WHERE p.certificate_id = c.id) ORDER BY c.issued_at")]
    kept = unmatched = 0
    for start in range(0, len(todo), batch):
        ready: list[tuple[str, bytes]] = []
        for cert_id, template, lang, snapshot, digest in todo[start:start + batch]:
            if cancelled is not None and cancelled():
                raise Cancelled()
            tpl = templates.get(template)
            pdf = render_matching(tpl, lang, snapshot, digest) if tpl is not None else None
            if pdf is None:
                unmatched += 1
            else:
                ready.append((cert_id, pdf))
        if ready:
            with session.write() as w:
                for cert_id, pdf in ready:
                    if w.execute("SELECT 1 FROM certificate_pdf WHERE certificate_id = ?", (cert_id,)).fetchone():
                        continue   # kept meanwhile (a reprint on another connection)
                    keep(w, cert_id, pdf)
                    kept += 1
        if progress is not None:
            progress(min(start + batch, len(todo)), len(todo), "")
    if kept:
        session.audit_now("certificate.pdfs_kept", "certificate", "", {"count": kept, "unmatched": unmatched})
    return Kept(kept, unmatched)
