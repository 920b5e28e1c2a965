"""Document files: content-addressed by SHA-256, stored inside the encrypted database in 1 MiB
chunks, size-limited when attached, type sniffed from the content.

The app never opens or runs a file itself: it writes a decrypted copy for the system viewer into a
private temporary folder the caller removes afterwards, or exports byte-identical copies on request.
A file is read twice: once to check size, type and hash before anything is written (a duplicate is
refused with nothing changed), then inside the write transaction, re-hashed as it is stored, so a file
that changed in between is refused rather than stored under the wrong hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app import input_files, partial_files
from app.admin import settings
from app.clock import now_iso
from app.documents import duplicates, outbox, permissions
from app.documents.queries import load_head
from app.errors import Conflict, InvalidInput, KenseError
from app.ids import uuid7
from app.security.session import Session
from db.connection import Connection

CHUNK = 1 << 20
MAX_FILENAME = 180

# (magic bytes at offset 0, media type, family)
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpeg"),
    (b"GIF87a", "image/gif", "gif"),
    (b"GIF89a", "image/gif", "gif"),
    (b"II*\x00", "image/tiff", "tiff"),
    (b"MM\x00*", "image/tiff", "tiff"),
    (b"PK\x03\x04", "application/zip", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage", "ole"),
    (b"{\\rtf", "application/rtf", "rtf"),
    (b"Rar!\x1a\x07", "application/vnd.rar", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed", "7z"),
    (b"MZ", "application/x-msdownload", "exe"),
    (b"\x7fELF", "application/x-executable", "exe"),
)
# What content each file name extension claims.
_EXTENSIONS = {
    "pdf": "pdf", "png": "png", "jpg": "jpeg", "jpeg": "jpeg", "gif": "gif", "tif": "tiff", "tiff": "tiff",
    "docx": "zip", "xlsx": "zip", "pptx": "zip", "odt": "zip", "ods": "zip", "odp": "zip", "zip": "zip",
    "doc": "ole", "xls": "ole", "ppt": "ole", "rtf": "rtf", "rar": "rar", "7z": "7z",
    "txt": "text", "csv": "text", "exe": "exe", "dll": "exe",
}
_FAMILY_NAMES = {"pdf": "PDF", "png": "PNG", "jpeg": "JPEG", "gif": "GIF", "tiff": "TIFF", "zip": "ZIP/Office",
                 "ole": "MS Office 97–2003", "rtf": "RTF", "rar": "RAR", "7z": "7z", "exe": "program",
                 "text": "text", "binary": "binary data"}
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def sniff(head: bytes) -> tuple[str, str]:
    """(media type, family) of content judged by its first bytes."""
    for magic, media_type, family in _MAGIC:
        if head.startswith(magic):
            return media_type, family
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text/plain", "text"
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3:  # cut in the middle of a character at the sample's end
                return "text/plain", "text"
    return "application/octet-stream", "binary"


def claimed_family(filename: str) -> str | None:
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return _EXTENSIONS.get(ext)


def safe_filename(name: str) -> str:
    """A file name with no folder part and no characters that are special on Windows or POSIX."""
    name = _UNSAFE_NAME.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    if not name:
        name = "file"
    if len(name) > MAX_FILENAME:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: MAX_FILENAME - len(ext) - 1] + dot + ext) if dot and len(ext) < 10 else name[:MAX_FILENAME]
    return name


@dataclass(frozen=True)
class PreparedFile:
    path: Path
    filename: str
    size: int
    sha256: str
    media_type: str
    family: str
    claimed: str | None
    data: bytes | None = None     # content made in memory (a rendered PDF): never written to a file

    @property
    def mismatch(self) -> bool:
        return self.claimed is not None and self.claimed != self.family

    def warning(self) -> dict[str, str] | None:
        if not self.mismatch:
            return None
        return {"filename": self.filename, "claimed": _FAMILY_NAMES.get(self.claimed or "", "?"),
                "actual": _FAMILY_NAMES.get(self.family, self.family)}


def limit_bytes(session: Session) -> int:
    return int(settings.get(session, "max_attachment_mb")) * 1024 * 1024


# Told how many bytes were just read (hashing or storing): a caller's progress bar; it may raise to stop.
ByteProgress = Callable[[int], None]


def prepare(session: Session, path: str | Path, progress: ByteProgress | None = None) -> PreparedFile:
    """Check one file before anything is written: readable, not empty, within the limit; hash it in
    chunks and sniff its type."""
    path = Path(path)
    filename = safe_filename(path.name)
    size = input_files.regular_size(path)
    if size == 0:
        raise InvalidInput("documents.file_empty", filename=filename)
    limit = limit_bytes(session)
    if size > limit:
        raise InvalidInput("documents.file_too_large", filename=filename, size_mb=f"{size / 1048576:.1f}",
                           limit_mb=limit // 1048576)
    digest = hashlib.sha256()
    first = b""
    try:
        with input_files.open_regular(path) as handle:
            while block := handle.read(CHUNK):
                if not first:
                    first = block[:8192]
                digest.update(block)
                if progress is not None:
                    progress(len(block))
    except OSError:
        raise InvalidInput("error.file_unreadable", path=str(path)) from None
    media_type, family = sniff(first)
    return PreparedFile(path, filename, size, digest.hexdigest(), media_type, family, claimed_family(filename))


def prepare_bytes(session: Session, filename: str, data: bytes) -> PreparedFile:
    """A file Kense made itself (a rendered report), checked like a file from disk but kept in memory,
    so no plaintext copy ever touches the disk."""
    name = safe_filename(filename)
    if not data:
        raise InvalidInput("documents.file_empty", filename=name)
    limit = limit_bytes(session)
    if len(data) > limit:
        raise InvalidInput("documents.file_too_large", filename=name, size_mb=f"{len(data) / 1048576:.1f}",
                           limit_mb=limit // 1048576)
    media_type, family = sniff(data[:8192])
    return PreparedFile(Path(name), name, len(data), hashlib.sha256(data).hexdigest(), media_type, family,
                        claimed_family(name), data)


def _blocks(item: PreparedFile) -> Iterator[bytes]:
    if item.data is not None:
        for start in range(0, len(item.data), CHUNK):
            yield item.data[start:start + CHUNK]
        return
    with input_files.open_regular(item.path) as handle:
        while block := handle.read(CHUNK):
            yield block


def prepare_all(session: Session, paths: list[str | Path] | list[Path],
                progress: ByteProgress | None = None) -> list[PreparedFile]:
    prepared = [prepare(session, p, progress) for p in paths]
    seen: set[str] = set()
    for item in prepared:
        if item.sha256 in seen:
            raise Conflict("documents.file_same_twice", filename=item.filename)
        seen.add(item.sha256)
    return prepared


def store(session: Session, conn: Connection, document_id: str, item: PreparedFile,
          progress: ByteProgress | None = None) -> str:
    """Write one prepared file into the database (inside the caller's write transaction)."""
    duplicates.check_content(conn, item.sha256, item.filename)
    chunks = max(1, -(-item.size // CHUNK))
    fresh = conn.execute(
        "INSERT OR IGNORE INTO blob (sha256, size, chunks, created_at) VALUES (?, ?, ?, ?)",
        (item.sha256, item.size, chunks, now_iso()),
    ).rowcount
    if fresh:
        digest = hashlib.sha256()
        size = 0
        n = 0
        try:
            for block in _blocks(item):
                digest.update(block)
                size += len(block)
                conn.execute("INSERT INTO blob_chunk (sha256, n, data) VALUES (?, ?, ?)", (item.sha256, n, block))
                n += 1
                if progress is not None:
                    progress(len(block))
        except OSError:
            raise InvalidInput("error.file_unreadable", path=str(item.path)) from None
        if digest.hexdigest() != item.sha256 or size != item.size or n != chunks:
            raise InvalidInput("documents.file_changed", filename=item.filename)
    attachment_id = uuid7()
    conn.execute(
        "INSERT INTO attachment (id, document_id, sha256, filename, size, media_type, type_mismatch, added_at,"
        " added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (attachment_id, document_id, item.sha256, item.filename, item.size, item.media_type, int(item.mismatch),
         now_iso(), session.user.id),
    )
    outbox.enqueue(conn, "attachment", attachment_id)
    session.audit(conn, "document.attach", "document", document_id,
                  {"attachment": attachment_id, "size": item.size, "type_mismatch": item.mismatch})
    return attachment_id


def attach(session: Session, document_id: str, paths: list[str | Path] | list[Path],
           progress: Callable[[int, int], None] | None = None) -> list[PreparedFile]:
    """Add files to a registered document. All or none are stored. ``progress(done, total)`` counts
    bytes over both passes (check, then store); an exception it raises rolls everything back."""
    permissions.require_read(session, document_id)
    head = load_head(session.conn, document_id)
    permissions.require_execute(session, head.responsible_id)
    total = 0
    for p in paths:
        with contextlib.suppress(OSError):
            total += Path(p).stat().st_size
    total *= 2
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    prepared = prepare_all(session, paths, step)
    with session.write() as conn:
        for item in prepared:
            store(session, conn, document_id, item, step)
    return prepared


# ----------------------------------------------------------------------------- reading back
def _attachment(session: Session, attachment_id: str) -> tuple[str, str, str, int]:
    row = session.conn.execute("SELECT document_id, sha256, filename, size FROM attachment WHERE id = ?",
                               (attachment_id,)).fetchone()
    if row is None:
        raise KenseError("documents.attachment_not_found", id=attachment_id)
    if not permissions.can_read(session, str(row[0])):
        raise KenseError("documents.attachment_not_found", id=attachment_id)
    return str(row[0]), str(row[1]), str(row[2]), int(row[3])


def iter_content(conn: Connection, sha256: str) -> Iterator[bytes]:
    """The stored bytes, chunk by chunk; verified against the hash at the end."""
    digest = hashlib.sha256()
    n = 0
    while True:
        row = conn.execute("SELECT data FROM blob_chunk WHERE sha256 = ? AND n = ?", (sha256, n)).fetchone()
        if row is None:
            break
        data = bytes(row[0])
        digest.update(data)
        yield data
        n += 1
    if digest.hexdigest() != sha256:
        from db.errors import DatabaseDamaged

        raise DatabaseDamaged("an attachment's content does not match its hash")


def _write_stream(session: Session, target: Path, chunks: Iterator[bytes]) -> None:
    """A journalled part file beside the target (0600), fsync, rename: a crash never leaves half a
    file, and a kill's leftover is removed at the next sign-in (app/partial_files.py)."""
    with partial_files.writing(session.profile.root, target) as handle:
        for chunk in chunks:
            handle.write(chunk)


def _unique_names(names: list[str]) -> list[str]:
    used: set[str] = set()
    result = []
    for name in names:
        candidate, n = name, 1
        while candidate.casefold() in used:
            n += 1
            stem, dot, ext = name.rpartition(".")
            candidate = f"{stem} ({n}).{ext}" if dot else f"{name} ({n})"
        used.add(candidate.casefold())
        result.append(candidate)
    return result


class ExportCancelled(KenseError):
    def __init__(self) -> None:
        super().__init__("documents.export_cancelled")


def export_files(session: Session, document_id: str, out_dir: str | Path, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Write the document's files into ``out_dir``, byte-identical, and audit it — all or none: a cancel,
    an error or a lock on the way (also at the audit) removes the files already written, so no copy
    exists that the log does not name. An existing file is never overwritten: every target is checked
    before the first byte is written. ``progress(done, total)`` counts bytes."""
    permissions.require_read(session, document_id)
    out = Path(out_dir)
    if not out.is_dir():
        raise InvalidInput("documents.out_not_dir", path=str(out))
    rows = session.conn.execute("SELECT id, sha256, filename, size FROM attachment WHERE document_id = ?"
                                " ORDER BY added_at, id", (document_id,)).fetchall()
    names = _unique_names([safe_filename(str(r[2])) for r in rows])
    targets = [out / name for name in names]
    for target in targets:
        if target.exists():
            raise Conflict("documents.out_file_exists", path=str(target))
    total = sum(int(r[3]) for r in rows)
    done = 0

    def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
        nonlocal done
        for chunk in chunks:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            yield chunk
            done += len(chunk)
            if progress is not None:
                progress(done, total)

    written: list[Path] = []
    try:
        try:
            for row, target in zip(rows, targets, strict=True):
                _write_stream(session, target, counted(iter_content(session.conn, str(row[1]))))
                written.append(target)
        except OSError:
            raise KenseError("error.file_unwritable", path=str(out)) from None
        session.audit_now("document.files_export", "document", document_id, {"files": len(written)})
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return written


def open_copy(session: Session, attachment_id: str) -> tuple[Path, Callable[[], None]]:
    """A decrypted copy for the system viewer, in a new private folder (0700); call the returned
    cleanup when the viewer is closed (and on lock). The app itself never opens or runs the file."""
    document_id, sha256, filename, _ = _attachment(session, attachment_id)
    folder = Path(tempfile.mkdtemp(prefix="kense-view-"))
    os.chmod(folder, 0o700)

    def cleanup() -> None:
        shutil.rmtree(folder, ignore_errors=True)

    try:
        target = folder / safe_filename(filename)
        _write_stream(session, target, iter_content(session.conn, sha256))
        os.chmod(target, 0o400)
    except BaseException:
        cleanup()
        raise
    session.audit_now("document.open_file", "document", document_id, {"attachment": attachment_id})
    return target, cleanup


def read_bytes(session: Session, attachment_id: str, *, max_bytes: int = 64 * CHUNK) -> bytes:
    """The content in memory, for an in-app preview (QtPdf, an image view): no file is written."""
    document_id, sha256, _, size = _attachment(session, attachment_id)
    if size > max_bytes:
        raise InvalidInput("documents.file_too_large", filename=attachment_id, size_mb=f"{size / 1048576:.1f}",
                           limit_mb=max_bytes // 1048576)
    data = b"".join(iter_content(session.conn, sha256))
    session.audit_now("document.open_file", "document", document_id, {"attachment": attachment_id, "preview": True})
    return data
