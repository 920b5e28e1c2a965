"""The real OS keyring: gnome-keyring's Secret Service in the private D-Bus session of ./run tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import DeviceKeyMissing
from app.security.device_secret import Binding
from tests.conftest import ADMIN_PASSWORD, create_profile

pytestmark = pytest.mark.secret_service


def test_profile_bound_to_the_secret_service(tmp_path: Path, secret_service) -> None:
    fixture = create_profile(tmp_path / "p", secret_service)
    assert "SecretService" in fixture.profile.secrets.backend_name()
    assert fixture.profile.device_binding() is Binding.BOUND
    session = fixture.sign_in()
    session.close()
    secret_service.delete(fixture.profile.db_id)
    with pytest.raises(DeviceKeyMissing):
        fixture.profile.sign_in("admin", ADMIN_PASSWORD)
    fixture.profile.recover(fixture.recovery_code, "admin", "Keyring-Kaitaryldy-1").close()
    assert fixture.profile.device_binding() is Binding.BOUND
