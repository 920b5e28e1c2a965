"""The lazy list model over 20,000 pupils (built once for the module by the app's demo filler): the
model tester's checks while pages arrive, paging with the inclusive end row, ids read a page at a time,
and the paged service order equal to the full alphabetical order (wide and narrow searches, a class)."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from app.demo import DemoOptions
from app.people import classes, demo_data, pupils
from tests.conftest import create_profile, make_file_keyring
from ui.people.model import PAGE, PeopleTableModel

N = 20_000


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    root = tmp_path_factory.mktemp("big")
    fixture = create_profile(root / "profile", make_file_keyring(root / "keyring"))
    session = fixture.sign_in()
    demo_data.fill(session, DemoOptions(pupils=N))
    yield session
    session.close()


@pytest.fixture
def app(qtbot):
    from ui.launcher import create_application

    return create_application()


def query_of(text: str = "", class_id: str | None = None):
    def query(session, limit, after):
        return pupils.pupil_ids(session, query=text, class_id=class_id, limit=limit, after=after)
    return query


def test_model_under_tester_pages_through_20k(app, big):
    model = PeopleTableModel("pupil")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_query(big, query_of())
    assert model.rowCount() == PAGE and model.pages_read == 1 and not model.is_complete()
    assert model.cached_rows() == 0   # nothing built until a cell is asked for
    assert model.data(model.index(0, 1))
    assert model.cached_rows() == 50  # one block of rows, not the page, not the list
    for expected in (2 * PAGE, 3 * PAGE):
        assert model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == expected
    # the rest without the tester's per-insert checks: every pupil arrives, in order, once
    plain = PeopleTableModel("pupil")
    plain.set_query(big, query_of())
    while plain.canFetchMore():
        plain.fetchMore()
    assert plain.rowCount() == N and plain.is_complete()
    assert plain.pages_read == N // PAGE + 1
    ids = [plain.person_id(r) for r in range(N)]
    assert ids == pupils.pupil_ids(big)
    plain.clear()
    assert plain.rowCount() == 0 and plain.cached_rows() == 0


@pytest.mark.parametrize("text", ["т", "ай", "нур", "иванова", "2060", "ң"])
def test_paged_search_equals_the_full_order(big, text):
    whole = pupils.pupil_ids(big, query=text)
    paged: list[str] = []
    while True:
        page = pupils.pupil_ids(big, query=text, limit=PAGE, after=paged[-1] if paged else None)
        paged.extend(page)
        if len(page) < PAGE:
            break
    assert paged == whole


def test_a_class_filter_pages_too(big):
    five_a = classes.find_class(big.conn, "5-А")
    whole = pupils.pupil_ids(big, class_id=five_a.id)
    assert 0 < len(whole) < N
    first = pupils.pupil_ids(big, class_id=five_a.id, limit=10)
    rest = pupils.pupil_ids(big, class_id=five_a.id, limit=10_000, after=first[-1])
    assert first + rest == whole


def test_search_keeps_kyrgyz_letters_apart_and_folds_yo(big):
    # ө is not о: "өм" finds only names with Ө
    rows = pupils.pupil_rows(big, pupils.pupil_ids(big, query="өм", limit=PAGE))
    assert rows and all(any(w.lower().startswith("өм") for w in (r["surname"] + " " + r["given_name"] + " "
                                                                  + (r["patronymic"] or "")).split()) for r in rows)
    assert pupils.pupil_ids(big, query="семён", limit=5) == pupils.pupil_ids(big, query="семен", limit=5)


@pytest.mark.parametrize("text", ["т", "е", "2060"])
def test_every_search_plan_gives_the_same_page(big, text, monkeypatch):
    """The planner only chooses how a page is found: each of its answers must find the same pupils."""
    chosen = pupils._search_plan(big.conn, pupils.search.build_match(text), PAGE)
    pages = {}
    for plan in ("matches", "walk", "walk_hits"):
        monkeypatch.setattr(pupils, "_search_plan", lambda *_args, plan=plan: plan)
        first = pupils.pupil_ids(big, query=text, limit=PAGE)
        pages[plan] = first + pupils.pupil_ids(big, query=text, limit=PAGE, after=first[-1])
    assert pages["matches"] == pages["walk"] == pages["walk_hits"] == pupils.pupil_ids(big, query=text)[:2 * PAGE]
    assert chosen == {"т": "walk_hits", "е": "walk", "2060": "matches"}[text]
