"""The key envelope resists editing: every slot binds its metadata."""

from __future__ import annotations

import json

import pytest

from app.errors import KenseError, WrongCredentials
from tests.conftest import ADMIN_PASSWORD


def _edit(school, change) -> None:
    path = school.profile.envelope_path
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _admin_slot(data: dict) -> dict:
    return next(s for s in data["slots"] if s["kind"] == "user")


def test_weakening_the_kdf_parameters_breaks_the_slot(school) -> None:
    _edit(school, lambda d: _admin_slot(d)["kdf"].update(time_cost=1, memory_kib=8))
    with pytest.raises(WrongCredentials):
        school.sign_in()


def test_turning_off_device_binding_in_the_file_breaks_the_slot(school) -> None:
    _edit(school, lambda d: _admin_slot(d).update(device_bound=False))
    with pytest.raises(WrongCredentials):
        school.sign_in()


def test_a_forged_checkpoint_is_detected(school) -> None:
    """Reported as a finding that stays open (tests/audit/test_findings.py), never a lockout."""
    _edit(school, lambda d: d["checkpoint"].update(seq=1))
    session = school.sign_in()
    assert any(p.startswith("finding:checkpoint_forged") for p in session.notices.integrity_problems)
    session.close()


def test_a_garbled_envelope_gets_a_clear_message(school) -> None:
    school.profile.envelope_path.write_text("{not json")
    with pytest.raises(KenseError) as caught:
        school.sign_in()
    assert caught.value.key == "profile.envelope_damaged"


def test_the_envelope_names_no_login(school) -> None:
    text = school.profile.envelope_path.read_text()
    assert "admin" not in text and ADMIN_PASSWORD not in text
