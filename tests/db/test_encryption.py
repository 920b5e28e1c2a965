"""The files on disk: encrypted, naming nobody, and damage is detected."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.admin import users
from app.errors import KenseError
from db import connection as dbc
from tests.conftest import ADMIN_PASSWORD, SCHOOL_NAME


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_no_file_in_the_data_dir_names_the_school_or_a_person(school) -> None:
    session = school.sign_in()
    users.add_user(session, "gulnara", "Жумабаева Гүлнара Асановна", "secretary", "Kyzyl-Oktyabr-77")
    session.close()
    files = _all_bytes(school.profile.root)
    assert {p.name for p, _ in files} >= {"kense.db", "kense.keys"}
    needles = [SCHOOL_NAME, "Жумабаева", "Гүлнара", "Асанова", "gulnara", "admin", ADMIN_PASSWORD]
    for path, data in files:
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "cp1251"):
                try:
                    encoded = needle.encode(encoding)
                except UnicodeEncodeError:
                    continue
                assert encoded not in data, f"{needle!r} readable in {path.name}"


def test_stdlib_sqlite_cannot_read_the_database(school) -> None:
    conn = sqlite3.connect(school.profile.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_database_and_key_files_are_private(school) -> None:
    import os
    import stat

    if os.name != "posix":
        pytest.skip("POSIX permissions")
    for name in ("kense.db", "kense.keys"):
        mode = stat.S_IMODE((school.profile.root / name).stat().st_mode)
        assert mode & 0o077 == 0, f"{name} is readable by others: {oct(mode)}"


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_a_data_page_is_detected(school) -> None:
    session = school.sign_in()
    for i in range(40):  # enough rows to spread over several pages
        users.add_user(session, f"user{i:02d}", "Тест Колдонуучу " * 8, "teacher", f"Jakshy-Kun-{i:02d}-Tuura")
    page_size = int(session.conn.execute("PRAGMA page_size").fetchone()[0])
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    path = school.profile.db_path
    pages = path.stat().st_size // page_size
    assert pages > 3
    _flip_byte(path, page_size * (pages - 1) + 100)  # inside the last page, past the header
    try:
        session = school.sign_in()
    except KenseError as exc:  # damage in a page read while signing in
        assert exc.key == "db.damaged"
        return
    problems = dbc.check_integrity(session.conn)
    session.close()
    assert problems, "the integrity check must report the flipped byte"


def test_a_flipped_byte_in_the_first_page_is_reported_as_damage_not_a_wrong_password(school) -> None:
    _flip_byte(school.profile.db_path, 200)
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "db.damaged"
    assert "Резерв" in caught.value.message("ky") or "резерв" in caught.value.message("ky")


def test_never_creates_over_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        dbc.open_database(path, b"\1" * 32, create=True)
    assert path.read_bytes() == b"precious"


def test_opening_a_missing_file_does_not_create_one(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        dbc.open_database(tmp_path / "missing.db", b"\1" * 32)
    assert not (tmp_path / "missing.db").exists()


def test_pragmas_in_force(admin_session) -> None:
    conn = admin_session.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
