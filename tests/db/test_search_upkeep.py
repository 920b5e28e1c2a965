"""Indexes built with an older text rule are rebuilt once, at the next sign-in, from the records."""

from __future__ import annotations

from app import search_upkeep
from app.documents import queries
from app.documents import register as documents
from app.people import pupils, staff


def test_old_rule_indexes_are_rebuilt_once_at_sign_in(school) -> None:
    session = school.sign_in()
    doc = documents.register(session, kind="incoming", subject="Билим берүү боюнча кат",
                             correspondent="Райондук бөлүм", their_number="7", their_date="2025-09-01")
    pid = pupils.create_pupil(session, {"surname": "Өмүрбеков", "given_name": "Нурлан", "sex": "M",
                                        "birth_date": "2014-03-05"}).id
    sid = staff.create_staff(session, {"surname": "Токтогулова", "given_name": "Айгүл", "sex": "F"}).id
    conn = session.conn
    assert search_upkeep.built_with(conn) == search_upkeep.SEARCH_TEXT_VERSION
    # What an index written by an older rule looks like: the words are not where today's queries look.
    with session.write() as w:
        w.execute("UPDATE search_text_version SET version = 1")
        w.execute("DELETE FROM document_fts")
        rid = w.execute("SELECT rid FROM document WHERE id = ?", (doc.id,)).fetchone()[0]
        w.execute("INSERT INTO document_fts (rowid, subject, summary, correspondent) VALUES (?, 'x', '', '')",
                  (rid,))
        w.execute("UPDATE pupil_search SET names = 'x'")
        w.execute("UPDATE staff_search SET names = 'x'")
    assert pupils.pupil_ids(session, query="өмүр") == []
    session.close()

    again = school.sign_in()                                  # the rebuild runs here, once
    assert search_upkeep.built_with(again.conn) == search_upkeep.SEARCH_TEXT_VERSION
    assert pupils.pupil_ids(again, query="өмүр") == [pid]
    assert staff.staff_ids(again, query="токтог") == [sid]
    found = queries.document_ids(again, queries.Filters(search="билим"))
    assert found == [doc.id]
    assert search_upkeep.rebuild_if_stale(again.conn) is False   # nothing left to do
    again.close()


def test_depersonalised_people_stay_out_of_the_rebuilt_index(school) -> None:
    from app.people import pd_operations

    session = school.sign_in()
    pid = pupils.create_pupil(session, {"surname": "Жумабаева", "given_name": "Айпери", "sex": "F",
                                        "birth_date": "2013-01-30"}).id
    pd_operations.depersonalise(session, pid)
    with session.write() as w:
        w.execute("UPDATE search_text_version SET version = 1")
    assert search_upkeep.rebuild_if_stale(session.conn)
    count = session.conn.execute("SELECT count(*) FROM pupil_search").fetchone()[0]
    assert count == 0
    session.close()


def test_duplicate_keys_are_rebuilt_with_the_folded_text(school) -> None:
    session = school.sign_in()
    doc = documents.register(session, kind="incoming", subject="Кат", correspondent="Райондук бөлүм",
                             their_number="А-7", their_date="2025-09-01")
    with session.write() as w:   # a key as an older rule built it
        w.execute("UPDATE search_text_version SET version = 2")
        w.execute("UPDATE document SET dup_key = 'text:old|а-7|2025-09-01' WHERE id = ?", (doc.id,))
    session.close()
    again = school.sign_in()
    key = again.conn.execute("SELECT dup_key FROM document WHERE id = ?", (doc.id,)).fetchone()[0]
    assert key != "text:old|а-7|2025-09-01" and key.endswith("|a-7|2025-09-01")
    again.close()
