"""Fixtures for the people screens: a small demo school (real profile, the app's demo filler) with a
class teacher, and the sections built on it."""

from __future__ import annotations

import pytest

from app.demo import DemoOptions
from app.people import demo_data


@pytest.fixture
def app(qtbot):
    from ui.launcher import create_application

    return create_application()


@pytest.fixture
def demo_school(admin_session, make_user):
    """~120 pupils in classes 1-А … 11-А; 5-А belongs to the teacher "teacher"."""
    teacher = make_user("teacher", "teacher")
    secretary = make_user("katchy", "secretary")
    demo_data.fill(admin_session, DemoOptions(pupils=120))
    return {"admin": admin_session, "teacher": teacher, "secretary": secretary}


@pytest.fixture(autouse=True)
def _reset_ui_state():
    yield
    from ui import i18n
    from ui.privacy import privacy

    privacy.set_active(False)
    i18n.install("ky")


def make_section(qtbot, session, kind: str = "pupil"):
    from ui.people.section import PupilsSection, StaffSection

    section = (PupilsSection if kind == "pupil" else StaffSection)(session)
    qtbot.addWidget(section)
    section.resize(1200, 760)
    section.show()
    return section
