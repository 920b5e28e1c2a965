"""The Security panel shows an open integrity finding until the administrator acknowledges it there."""

from __future__ import annotations

import json

from ui.security_section import SecuritySection


def _remove_checkpoint(school) -> None:
    path = school.profile.envelope_path
    data = json.loads(path.read_text())
    data.pop("checkpoint")
    path.write_text(json.dumps(data))


def test_a_finding_is_shown_and_acknowledged_from_the_panel(qtbot, school) -> None:
    _remove_checkpoint(school)
    session = school.sign_in()
    section = SecuritySection(session)
    qtbot.addWidget(section)
    box = section.findings_box
    assert not box.isHidden() and box.count == 1 and "текшерүү чекити" in box.items.text()
    assert box.acknowledge_button.isVisibleTo(section)
    box.reason.setText("")
    box.acknowledge_button.click()
    assert box.error.text() and box.count == 1       # a reason is required
    box.reason.setText("Key file restored by the administrator")
    box.acknowledge_button.click()
    assert box.isHidden()
    session.close()


def test_a_director_sees_the_finding_but_cannot_acknowledge(qtbot, school, make_user) -> None:
    director = make_user("direktor", "director")
    _remove_checkpoint(school)
    session = school.profile.sign_in("direktor", "Baska-Syrsoz-2026")
    section = SecuritySection(session)
    qtbot.addWidget(section)
    assert not section.findings_box.isHidden()
    assert not section.findings_box.acknowledge_button.isVisibleTo(section)
    session.close()
    director.close()
