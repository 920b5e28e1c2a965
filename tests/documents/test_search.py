"""Full-text search: Kyrgyz and Russian case folding, prefixes, and user text that cannot break FTS5."""

from __future__ import annotations

from app.documents import queries
from app.documents import register as reg
from app.documents.search import fts_query


def _found(session, text: str) -> list[str]:
    return [d.subject for d in queries.list_documents(session, queries.Filters(search=text))]


def test_finds_kyrgyz_correspondent_by_lower_case_prefix(secretary) -> None:
    reg.register(secretary, kind="incoming", subject="Отчет жөнүндө", correspondent="Билим берүү бөлүмү")
    reg.register(secretary, kind="incoming", subject="О проведении олимпиады", correspondent="Министерство")
    reg.register(secretary, kind="outgoing", subject="Окуучулардын ЁЛКАСЫ", summary="Жаңы жылдык майрам")
    assert _found(secretary, "билим") == ["Отчет жөнүндө"]
    assert _found(secretary, "БӨЛҮМ") == ["Отчет жөнүндө"]  # Ө Ү fold like any Cyrillic letter
    assert _found(secretary, "олимп") == ["О проведении олимпиады"]
    assert _found(secretary, "елка") == ["Окуучулардын ЁЛКАСЫ"]  # ё matches е
    assert _found(secretary, "майрам") == ["Окуучулардын ЁЛКАСЫ"]  # summary is searched too
    assert _found(secretary, "бiлим") == []  # a different letter is not guessed at
    assert _found(secretary, "oтчет") == ["Отчет жөнүндө"]  # a Latin o typed inside a Cyrillic word


def test_user_syntax_never_breaks_the_query(secretary) -> None:
    reg.register(secretary, kind="incoming", subject='Кат "тез" * NEAR AND OR', correspondent="Мектеп")
    for text in ('"', '"тез', "*", "тез*", "NEAR(", "AND OR", "-мектеп", "^кат", "(", "'; DROP TABLE document;--",
                 "subject:кат", "{кат}"):
        queries.list_documents(secretary, queries.Filters(search=text))  # must not raise
    assert _found(secretary, '"тез*') == ['Кат "тез" * NEAR AND OR']
    assert fts_query("  ") is None
    assert _found(secretary, "*") == []


def test_correspondent_filter_and_period(secretary) -> None:
    reg.register(secretary, kind="incoming", subject="Бир", correspondent="Ак-Суу айыл өкмөтү", reg_date="2025-03-01")
    reg.register(secretary, kind="incoming", subject="Эки", correspondent="Билим берүү бөлүмү", reg_date="2025-04-01",
                 summary="айыл мектептери")
    rows = queries.list_documents(secretary, queries.Filters(correspondent="айыл"))
    assert [r.subject for r in rows] == ["Бир"]
    from datetime import date

    rows = queries.list_documents(secretary, queries.Filters(date_from=date(2025, 3, 15), date_to=date(2025, 4, 30)))
    assert [r.subject for r in rows] == ["Эки"]
