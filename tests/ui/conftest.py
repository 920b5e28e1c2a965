"""Fixtures for the desktop shell: a real Shell on a real profile with the isolated file keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.security.device_secret import DeviceSecretStore
from app.security.profile import Profile
from tests.conftest import FAST_KDF


@pytest.fixture(autouse=True)
def _no_automatic_backups(monkeypatch) -> None:
    """Screens under test sign in and close often; the backup tests switch automatic backups back on."""
    monkeypatch.setenv("KENSE_AUTO_BACKUP", "off")


@pytest.fixture
def profile_factory(file_keyring: DeviceSecretStore) -> Callable[[Path], Profile]:
    def factory(root: Path) -> Profile:
        profile = Profile(root, file_keyring)
        profile._calibration = FAST_KDF
        return profile
    return factory


@pytest.fixture
def make_shell(qtbot, profile_factory, monkeypatch) -> Iterator[Callable[..., object]]:
    from ui.launcher import create_application
    from ui.shell import Shell

    create_application()
    made: list[Shell] = []

    def factory(data_dir: Path, lang: str = "ky", start: bool = True) -> Shell:
        shell = Shell(data_dir, lang=lang, profile_factory=profile_factory)
        qtbot.addWidget(shell.window)
        if start:
            shell.start()
        made.append(shell)
        return shell

    yield factory
    for shell in made:
        shell.shutdown()
    from ui import i18n
    from ui.privacy import privacy

    privacy.set_active(False)
    i18n.install("ky")


def sign_in(qtbot, shell, login: str, password: str) -> None:
    from ui.signin import SignInScreen

    screen = shell.window.centralWidget()
    assert isinstance(screen, SignInScreen)
    screen.login.setText(login)
    screen.password.setText(password)
    screen.submit()
    qtbot.wait(5)  # the new screen is shown through a queued call


@pytest.fixture
def demo_shell(qtbot, school, make_shell) -> Callable[[int], object]:
    """A shell signed in as the admin on a school with ``pupils`` demo pupils."""
    from app.demo import DemoOptions
    from app.people import demo_data
    from tests.conftest import ADMIN_PASSWORD

    def factory(pupils: int) -> object:
        session = school.sign_in()
        demo_data.fill(session, DemoOptions(pupils=pupils))
        session.close()
        shell = make_shell(school.profile.root)
        sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
        return shell
    return factory

