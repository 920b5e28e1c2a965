"""kill -9 in the middle of writing decrypted files out (``documents files --out``): no readable part
stays for long — the part file has a name that tells nothing and the next sign-in removes it — and a
journal line that points anywhere else removes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from app import partial_files
from app.documents import attachments
from app.documents import register as reg
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent('''
    import os, signal, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from app.documents import attachments
    from app.security.profile import Profile
    from tests.conftest import make_file_keyring

    original = attachments.iter_content
    def iter_then_die(conn, sha256):
        for number, chunk in enumerate(original(conn, sha256)):
            if number == 1:      # one MiB of plaintext is on disk: the worst moment to die
                os.kill(os.getpid(), signal.SIGKILL)
            yield chunk
    attachments.iter_content = iter_then_die
    session = Profile(Path({data!r}), make_file_keyring(Path({keyring!r}))).sign_in("admin", {password!r})
    attachments.export_files(session, {doc!r}, Path({out!r}))
    print("not killed")
''')


def test_a_killed_export_leaves_no_part_after_the_next_sign_in(school, admin_session, tmp_path) -> None:
    scan = tmp_path / "scan.tiff"
    scan.write_bytes(b"II*\x00" + os.urandom(3 * 1024 * 1024))
    doc = reg.register(admin_session, kind="incoming", subject="Сканер", files=[scan])
    admin_session.close()
    out = tmp_path / "out"
    out.mkdir()
    script = CHILD.format(root=str(ROOT), data=str(school.profile.root), keyring=str(tmp_path / "keyring-account-1"),
                          password=ADMIN_PASSWORD, doc=doc.id, out=str(out))
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == -9, result.stderr
    left = list(out.iterdir())
    assert len(left) == 1 and left[0].name.startswith(".kense-") and left[0].name.endswith(".part")
    assert "scan" not in left[0].name            # the name tells nothing
    assert left[0].stat().st_mode & 0o077 == 0   # and nobody else could read it meanwhile
    school.sign_in().close()
    assert list(out.iterdir()) == []
    assert not (school.profile.root / partial_files.JOURNAL).exists()


def test_a_live_writer_is_left_alone_and_a_forged_journal_removes_nothing(school, admin_session, tmp_path) -> None:
    root = school.profile.root
    victim = tmp_path / "important.txt"
    victim.write_text("keep me")
    look_alike = tmp_path / (".kense-" + "0" * 32 + ".part")
    os.symlink(victim, look_alike)
    with open(root / partial_files.JOURNAL, "a") as journal:
        journal.write(f"{victim}\n{look_alike}\nrelative/.kense-{'1' * 32}.part\n")
    target = tmp_path / "out.bin"
    with partial_files.writing(root, target) as handle:
        handle.write(b"half")
        assert partial_files.sweep(root) == 0     # the writer holds its part: not removed
        parts = [p for p in tmp_path.glob(".kense-*.part") if not p.is_symlink()]
        assert len(parts) == 1 and parts[0].read_bytes() == b""   # not flushed yet, but still there
    assert target.read_bytes() == b"half"
    assert victim.read_text() == "keep me" and look_alike.is_symlink()
    assert not (root / partial_files.JOURNAL).exists()


def test_export_still_writes_byte_identical_files(admin_session, tmp_path) -> None:
    letter = tmp_path / "Хат.pdf"
    letter.write_bytes(b"%PDF-1.4\n" + os.urandom(4000))
    doc = reg.register(admin_session, kind="incoming", subject="Хат", files=[letter])
    out = tmp_path / "o"
    out.mkdir()
    [written] = attachments.export_files(admin_session, doc.id, out)
    assert written.read_bytes() == letter.read_bytes() and sorted(os.listdir(out)) == ["Хат.pdf"]
