"""Shared fixtures: real SQLCipher profiles with a real keyring backend.

Two keyrings are used, both real:
- ``file_keyring``: keyrings.alt's file backend in the test's own folder — an explicit fixture for
  isolated "this OS account" stores (e.g. an empty keyring on a second account); never a runtime fallback.
- ``secret_service``: the Secret Service (gnome-keyring) of the private D-Bus session `./run tests`
  starts. Skipped outside such a session, but a failure in CI, where it must exist.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")

from app.security import kdf
from app.security.device_secret import DeviceSecretStore
from app.security.profile import Profile
from app.security.session import Session

ADMIN_PASSWORD = "Tuura-Syrsoz-2026"
SCHOOL_NAME = "Нарын шаарындагы Т. Сатылганов атындагы №4 мектеп-гимназия"

# Fast, but with the real 64 MiB memory floor: calibration itself is tested on its own.
FAST_KDF = kdf.Calibration(time_cost=1, memory_kib=kdf.MIN_MEMORY_KIB, parallelism=2, seconds=0.0)


def make_file_keyring(folder: Path) -> DeviceSecretStore:
    from keyrings.alt.file import PlaintextKeyring

    folder.mkdir(parents=True, exist_ok=True)
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring_pass.cfg")
    return DeviceSecretStore(backend)  # handed in = chosen explicitly; no environment is changed


@pytest.fixture
def file_keyring(tmp_path: Path) -> DeviceSecretStore:
    return make_file_keyring(tmp_path / "keyring-account-1")


@pytest.fixture
def secret_service() -> Iterator[DeviceSecretStore]:
    try:
        from keyring.backends.SecretService import Keyring

        backend = Keyring()
        if backend.priority <= 0:  # raises or is low when no bus / no service
            raise RuntimeError("no Secret Service")
        backend.set_password("Kense-test", "probe", "1")
        backend.delete_password("Kense-test", "probe")
    except Exception as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide a Secret Service (./run tests starts one): {type(exc).__name__}")
        pytest.skip("no Secret Service in this session (run through ./run tests)")
    yield DeviceSecretStore(backend)


@dataclass
class ProfileFixture:
    profile: Profile
    recovery_code: str
    admin_password: str = ADMIN_PASSWORD

    def sign_in(self, login: str = "admin", password: str | None = None) -> Session:
        return self.profile.sign_in(login, password or self.admin_password)


def create_profile(root: Path, secrets: DeviceSecretStore, *, bind_device: bool = True) -> ProfileFixture:
    profile = Profile(root, secrets)
    profile._calibration = FAST_KDF
    result = profile.create(school_name=SCHOOL_NAME, admin_login="admin", admin_name="Асанова Айгүл Бакытовна",
                            admin_password=ADMIN_PASSWORD, bind_device=bind_device, calibration=FAST_KDF)
    return ProfileFixture(profile, result.recovery_code)


@pytest.fixture
def school(tmp_path: Path, file_keyring: DeviceSecretStore) -> ProfileFixture:
    """A new school profile (admin / ADMIN_PASSWORD) bound to an isolated file keyring."""
    return create_profile(tmp_path / "profile", file_keyring)


@pytest.fixture
def admin_session(school: ProfileFixture) -> Iterator[Session]:
    session = school.sign_in()
    yield session
    session.close()


@pytest.fixture
def make_user(admin_session: Session) -> Callable[..., Session]:
    """Add a user with a role and return a signed-in session for them."""
    from app.admin import users

    opened: list[Session] = []

    def factory(login: str, role: str, password: str = "Baska-Syrsoz-2026") -> Session:
        users.add_user(admin_session, login, f"Тестов {login}", role, password)
        session = admin_session.profile.sign_in(login, password)
        opened.append(session)
        return session

    yield factory
    for session in opened:
        session.close()
