"""Access rules enforced in the service layer: secretary registers and assigns, executors see their
documents, the director sees all, "restricted" is for director and admin only, teachers see nothing
by default."""

from __future__ import annotations

import pytest

from app.documents import attachments, events, queries
from app.documents import register as reg
from app.errors import InvalidInput, KenseError, PermissionDenied


def _ids(session) -> set[str]:
    return {d.id for d in queries.list_documents(session)}


def test_teacher_cannot_read_a_restricted_document(secretary, teacher, director, tmp_path) -> None:
    scan = tmp_path / "maxfiy.pdf"
    scan.write_bytes(b"%PDF-1.4 restricted")
    secret = reg.register(director, kind="incoming", subject="Кызматтык текшерүү жөнүндө", access_level="restricted",
                          files=[scan])
    with pytest.raises(KenseError) as caught:
        queries.get_document(teacher, secret.id)
    assert caught.value.key == "documents.not_found"  # unknown and forbidden look the same
    assert secret.id not in _ids(teacher)
    assert queries.list_documents(teacher, queries.Filters(search="текшерүү")) == []
    [item] = queries.get_document(director, secret.id).files
    with pytest.raises(KenseError):
        attachments.open_copy(teacher, item.id)
    with pytest.raises(KenseError):
        attachments.export_files(teacher, secret.id, tmp_path)
    with pytest.raises(InvalidInput):
        events.assign(director, secret.id, "teacher")  # cannot be handed to a teacher either
    # the secretary does not see it either; the director does
    assert secret.id not in _ids(secretary) and secret.id in _ids(director)
    with pytest.raises(PermissionDenied):
        reg.register(secretary, kind="incoming", subject="x", access_level="restricted")


def test_teacher_sees_nothing_by_default_then_only_what_was_assigned(secretary, teacher, make_user) -> None:
    mine = reg.register(secretary, kind="incoming", subject="Мугалимге")
    reg.register(secretary, kind="incoming", subject="Башкага")
    assert _ids(teacher) == set()
    with pytest.raises(KenseError):
        queries.get_document(teacher, mine.id)
    events.assign(secretary, mine.id, "teacher")
    assert _ids(teacher) == {mine.id}
    make_user("teacher2", "teacher")
    events.assign(secretary, mine.id, "teacher2")
    assert _ids(teacher) == {mine.id}  # previously assigned: still in their history
    with pytest.raises(PermissionDenied):
        reg.register(teacher, kind="incoming", subject="Мугалим каттай албайт")
    with pytest.raises(PermissionDenied):
        events.assign(teacher, mine.id, "teacher")  # not responsible any more


def test_director_sees_everything(secretary, director) -> None:
    a = reg.register(secretary, kind="outgoing", subject="Чыгуучу")
    b = reg.register(director, kind="order", series="staff", subject="Кадрлар", access_level="restricted")
    assert {a.id, b.id} <= _ids(director)
