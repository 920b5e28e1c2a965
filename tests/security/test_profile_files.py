"""A profile whose database was emptied or deleted, or whose key file is gone: said as such, and
nothing is created, migrated or overwritten over what remains."""

from __future__ import annotations

import pytest

from app.errors import KenseError


def _settled(school) -> bytes:
    session = school.sign_in()
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    return school.profile.envelope_path.read_bytes()


def _create_again(school) -> KenseError:
    with pytest.raises(KenseError) as caught:
        school.profile.create(school_name="Жаңы мектеп", admin_login="admin", admin_name="Жаңы Админ",
                              admin_password="Jangy-Mektep-2027")
    return caught.value


def test_an_emptied_database_is_reported_and_never_recreated(school) -> None:
    keys = _settled(school)
    school.profile.db_path.write_bytes(b"")
    for attempt in (school.sign_in, lambda: school.profile.recover(school.recovery_code, "admin", "Recov-Pass-2026x")):
        with pytest.raises(KenseError) as caught:
            attempt()
        assert caught.value.key == "profile.db_empty"
        assert "kense restore" in caught.value.message("en")
    assert _create_again(school).key == "profile.db_empty"
    assert school.profile.db_path.stat().st_size == 0          # nothing was written into it
    assert school.profile.envelope_path.read_bytes() == keys    # nor into the key file


def test_a_deleted_database_is_reported_by_sign_in_and_init_alike(school) -> None:
    keys = _settled(school)
    school.profile.db_path.unlink()
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "profile.db_missing"
    assert _create_again(school).key == "profile.db_missing"
    assert not school.profile.db_path.exists()
    assert school.profile.envelope_path.read_bytes() == keys


def test_a_keyed_database_without_tables_is_not_migrated(school) -> None:
    """A file that opens under the key but holds no table (a truncated copy) is empty, not new."""
    from db import connection as dbc

    session = school.sign_in()
    dek = session.dek
    session.close()
    school.profile.db_path.unlink()
    conn = dbc.open_database(school.profile.db_path, dek, create=True)
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "profile.db_empty"


def test_a_missing_key_file_is_not_called_a_missing_profile(school) -> None:
    _settled(school)
    school.profile.envelope_path.unlink()
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "profile.keys_missing"
    assert _create_again(school).key == "profile.exists"


def test_the_command_line_says_the_same(school, tmp_path, monkeypatch, capsys) -> None:
    from app.cli.main import main

    _settled(school)
    school.profile.db_path.unlink()
    monkeypatch.setenv("KENSE_PASSWORD", school.admin_password)
    monkeypatch.setenv("KENSE_NEW_PASSWORD", "Jangy-Mektep-2027")
    code = main(["--data-dir", str(school.profile.root), "--user", "admin", "--lang", "en", "status"])
    err = capsys.readouterr().err
    assert code == 1 and "database (kense.db) is missing" in err and "run 'kense init'" not in err.lower()
    code = main(["--data-dir", str(school.profile.root), "--lang", "en", "init", "--school-name", "X",
                 "--admin", "admin"])
    assert code == 1 and "database (kense.db) is missing" in capsys.readouterr().err
