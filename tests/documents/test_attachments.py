"""Files: byte-identical round trip, clear messages for empty and oversized files, type flags,
private decrypted copies, and no half document after kill -9 in the middle of a large file."""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.admin import settings
from app.documents import attachments, queries
from app.documents import register as reg
from app.errors import InvalidInput
from tests.conftest import ADMIN_PASSWORD
from tests.documents.conftest import count

ROOT = Path(__file__).resolve().parents[2]


def test_files_round_trip_byte_identical(secretary, tmp_path) -> None:
    big = tmp_path / "scan.tiff"
    big.write_bytes(b"II*\x00" + os.urandom(3 * 1024 * 1024 + 17))  # spans four 1 MiB chunks
    letter = tmp_path / "Хат (жооп).pdf"
    letter.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + os.urandom(5000))
    doc = reg.register(secretary, kind="incoming", subject="Файлдар менен", files=[big, letter])
    card = queries.get_document(secretary, doc.id)
    assert {f.sha256 for f in card.files} == {hashlib.sha256(p.read_bytes()).hexdigest() for p in (big, letter)}
    assert count(secretary, "blob_chunk") == 5
    out = tmp_path / "out"
    out.mkdir()
    written = attachments.export_files(secretary, doc.id, out)
    assert sorted(p.name for p in written) == sorted([big.name, letter.name])
    for original in (big, letter):
        assert (out / original.name).read_bytes() == original.read_bytes()
    with pytest.raises(Exception) as caught:  # never overwrites
        attachments.export_files(secretary, doc.id, out)
    assert getattr(caught.value, "key", "") == "documents.out_file_exists"


def test_export_is_all_or_none_on_a_cancel(secretary, tmp_path) -> None:
    first = tmp_path / "а.pdf"
    first.write_bytes(b"%PDF-1.4\n" + os.urandom(20000))
    second = tmp_path / "scan.tiff"
    second.write_bytes(b"II*\x00" + os.urandom(2 * 1024 * 1024 + 5))
    doc = reg.register(secretary, kind="incoming", subject="Эки файл", files=[first, second])
    out = tmp_path / "out"
    out.mkdir()
    seen: list[int] = []

    def cancelled() -> bool:             # once the first file is whole and the second begun
        return len(seen) >= 2

    with pytest.raises(attachments.ExportCancelled) as stopped:
        attachments.export_files(secretary, doc.id, out, progress=lambda done, total: seen.append(done),
                                 cancelled=cancelled)
    assert "ни один файл не сохранён" in stopped.value.message("ru")
    assert list(out.iterdir()) == []                     # the finished first copy went too
    exports = secretary.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'document.files_export'")
    assert exports.fetchone()[0] == 0
    written = attachments.export_files(secretary, doc.id, out, progress=lambda done, total: seen.append(done))
    assert len(written) == 2 and seen[-1] == first.stat().st_size + second.stat().st_size


def test_empty_and_oversized_files_get_clear_messages(admin_session, secretary, tmp_path) -> None:
    empty = tmp_path / "бош.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput) as caught:
        reg.register(secretary, kind="incoming", subject="Бош файл", files=[empty])
    assert caught.value.key == "documents.file_empty"
    assert "бош.pdf" in caught.value.message("ky") and "0" in caught.value.message("ru")
    settings.set_value(admin_session, "max_attachment_mb", 1)
    large = tmp_path / "large.pdf"
    large.write_bytes(b"%PDF-" + b"x" * (1024 * 1024))
    with pytest.raises(InvalidInput) as caught:
        reg.register(secretary, kind="incoming", subject="Чоң файл", files=[large])
    assert caught.value.key == "documents.file_too_large"
    assert "1 МБ" in caught.value.message("ru")
    assert count(secretary, "document") == 0 and count(secretary, "blob") == 0


def test_file_claiming_to_be_pdf_is_flagged(secretary, tmp_path) -> None:
    fake = tmp_path / "buyruk.pdf"
    fake.write_bytes(b"MZ\x90\x00 this is a program, not a PDF")
    doc = reg.register(secretary, kind="incoming", subject="Шектүү файл", files=[fake])
    assert doc.warnings == [{"filename": "buyruk.pdf", "claimed": "PDF", "actual": "program"}]
    [item] = queries.get_document(secretary, doc.id).files
    assert item.type_mismatch and item.media_type == "application/x-msdownload"
    real = tmp_path / "real.pdf"
    real.write_bytes(b"%PDF-1.5\n1 0 obj")
    doc2 = reg.register(secretary, kind="incoming", subject="Туура файл", files=[real])
    assert doc2.warnings == [] and not queries.get_document(secretary, doc2.id).files[0].type_mismatch


def test_open_copy_is_private_and_removed(secretary, tmp_path) -> None:
    src = tmp_path / "a.png"
    src.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100))
    doc = reg.register(secretary, kind="incoming", subject="Сүрөт", files=[src])
    [item] = queries.get_document(secretary, doc.id).files
    path, cleanup = attachments.open_copy(secretary, item.id)
    assert path.read_bytes() == src.read_bytes()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    cleanup()
    assert not path.exists() and not path.parent.exists()
    assert attachments.read_bytes(secretary, item.id) == src.read_bytes()


def test_kill_during_a_large_attachment_leaves_no_half_document(school, admin_session, tmp_path) -> None:
    settings.set_value(admin_session, "max_attachment_mb", 200)
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        for _ in range(160):
            handle.write(os.urandom(1024 * 1024))
    script = (
        "import sys\nfrom pathlib import Path\nfrom tests.conftest import make_file_keyring\n"
        "from app.security.profile import Profile\nfrom app.documents import register as reg\n"
        "p = Profile(Path(sys.argv[1]), make_file_keyring(Path(sys.argv[2])))\n"
        "s = p.sign_in('admin', sys.argv[3])\n"
        "reg.register(s, kind='incoming', subject='Чоң файл', files=[sys.argv[4]])\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("KENSE_")}
    args = [str(school.profile.root), str(tmp_path / "keyring-account-1"), ADMIN_PASSWORD, str(big)]
    proc = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=env)
    wal = school.profile.root / "kense.db-wal"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 20 * 1024 * 1024:  # well inside the file's chunks
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the writer finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    fresh = school.sign_in()
    try:
        assert count(fresh, "document") == 0
        assert count(fresh, "blob") == 0 and count(fresh, "blob_chunk") == 0 and count(fresh, "attachment") == 0
        assert count(fresh, "sync_outbox") == 0
        assert fresh.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        small = tmp_path / "small.pdf"
        small.write_bytes(b"%PDF-1.4 small")
        assert reg.register(fresh, kind="incoming", subject="Кийинки", files=[small]).number == "1"
    finally:
        fresh.close()
