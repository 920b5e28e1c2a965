"""What the sync tests share: a batch of letters with scans, and runs until nothing is left."""

from __future__ import annotations

import os
from pathlib import Path

from app.documents import events, register
from app.security.session import Session
from app.sync import service


def letters(session: Session, folder: Path, n: int, *, file_every: int = 0, file_size: int = 0,
            executed: bool = False) -> list[str]:
    """n incoming letters; every `file_every`-th with a scan of random bytes (scans do not compress)."""
    folder.mkdir(exist_ok=True)
    ids = []
    for i in range(n):
        files = []
        if file_every and i % file_every == 0:
            f = folder / f"хат-{i}.pdf"
            f.write_bytes(b"%PDF-1.4\n" + os.urandom(file_size))
            files.append(f)
        reg = register.register(session, kind="incoming", subject=f"Кат №{i}", correspondent="Район",
                                their_number=f"{i}-К", their_date="2026-11-02", files=files)
        if executed:
            events.execute(session, reg.id)
        ids.append(reg.id)
    return ids


def until_done(session: Session, runs: int = 40, **kw: float) -> list[service.RunReport]:
    """Signed-in runs until nothing is pending, as the scheduler would make them."""
    out = []
    for _ in range(runs):
        r = service.run_now(session, **kw)
        out.append(r)
        if r.reason is None and r.pending == 0:
            return out
    raise AssertionError(f"not done after {runs} runs: {out[-1]}")


def all_arrived(session: Session, report: dict, folder: Path, ids: list[str]) -> None:
    """Every letter once on the server, every scan complete and byte-identical, nothing left here."""
    import hashlib

    from app.sync import outbox

    assert report["duplicates"] == 0
    for rid in ids:
        assert f"document_version:{rid}:1" in report["record_ids"]
    for f in folder.iterdir():
        sha = hashlib.sha256(f.read_bytes()).hexdigest()
        assert report["files_stored"][sha] == {"complete": True, "stored_sha256": sha}, f.name
    counts = outbox.counts(session.conn)
    assert counts[outbox.PENDING] == counts[outbox.UPLOADING] == counts[outbox.ERROR] == 0, counts
