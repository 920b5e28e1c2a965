"""A demo school with synthetic people and documents, so a newcomer sees a living office at once.

Subsystems add what they can fill with :func:`register_filler`; every name comes from the lists in
resources/demo and is generated, never a real person.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.admin import users
from app.security import kdf
from app.security.profile import Profile
from app.security.session import Session

DEMO_PASSWORD = "Demo-Kense-2026"  # noqa: S105 — printed to the user on purpose: a throwaway profile
DEMO_SCHOOL = {
    "name": "Ак-Суу районундагы Ч. Айтматов атындагы №3 орто мектеби (демо)",
    "address": "Ысык-Көл облусу, Ак-Суу району, Теплоключенка айылы, Ленин көчөсү, 12",
    "region": "Ысык-Көл облусу",
    "district": "Ак-Суу району",
    "director_name": "Жумабаева Гүлнара Асановна",
}
DEMO_USERS = (
    ("director", "Жумабаева Гүлнара Асановна", "director"),
    ("secretary", "Осмонова Айгерим Бакытовна", "secretary"),
    ("teacher", "Токтогулов Эрлан Маратович", "teacher"),
)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DemoOptions:
    pupils: int = 300
    progress: Progress | None = None
    cancelled: Callable[[], bool] | None = None   # fillers stop between steps when this says so

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            from app.errors import SessionLocked

            raise SessionLocked()


Filler = Callable[[Session, DemoOptions], None]
_FILLERS: list[Filler] = []


def register_filler(filler: Filler) -> None:
    _FILLERS.append(filler)


@dataclass
class DemoResult:
    data_dir: Path
    password: str
    throwaway: bool
    users: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"data_dir": str(self.data_dir), "throwaway": self.throwaway, "users": self.users,
                "password": self.password}


def create_demo(root: Path | None, *, pupils: int = 300, progress: Progress | None = None) -> DemoResult:
    """Create the demo in ``root`` (or a throwaway folder) and fill it with the demo year."""
    result = create_demo_profile(root)
    session = Profile(result.data_dir).sign_in("admin", DEMO_PASSWORD)
    try:
        fill_demo(session, DemoOptions(pupils=pupils, progress=progress))
    finally:
        session.close()
    return result


def create_demo_profile(root: Path | None) -> DemoResult:
    """The demo school's profile and its users, without the year's records (seconds at most): the
    desktop application opens on it at once and fills the year in behind a progress bar.

    A throwaway profile is not bound to the OS credential store, so trying the demo leaves nothing
    behind there; its password is printed on the screen and its people are generated, so it takes the
    KDF's floor cost (64 MiB, one pass) instead of the calibrated half second per sign-in — a real
    profile, or a demo in a folder of the user's choosing, is calibrated as always."""
    throwaway = root is None
    if root is None:
        root = Path(tempfile.mkdtemp(prefix="kense-demo-")) / "profile"
    profile = Profile(root)
    floor = kdf.Calibration(1, kdf.MIN_MEMORY_KIB, kdf.DEFAULT_PARALLELISM, 0.0) if throwaway else None
    profile.create(school_name=DEMO_SCHOOL["name"], admin_login="admin", admin_name="Администратор Демо",
                   admin_password=DEMO_PASSWORD, school=DEMO_SCHOOL, bind_device=not throwaway,
                   calibration=floor)
    admin = {"login": "admin", "role": "admin", "password": DEMO_PASSWORD}
    result = DemoResult(root, DEMO_PASSWORD, throwaway, [admin])
    session = profile.sign_in("admin", DEMO_PASSWORD)
    try:
        for login, name, role in DEMO_USERS:
            users.add_user(session, login, name, role, DEMO_PASSWORD)
            result.users.append({"login": login, "role": role, "password": DEMO_PASSWORD})
    finally:
        session.close()
    return result


def fill_demo(session: Session, options: DemoOptions) -> None:
    """Every subsystem's part of the demo year (pupils, documents, …), in registration order."""
    from app.documents import demo as _documents_demo  # noqa: F401 — registers its filler on import
    from app.people import demo_data  # noqa: F401 — registers the people filler

    for filler in _FILLERS:
        options.check()
        filler(session, options)
