"""Errors the user may see. Each carries a message key and parameters, rendered in the user's language.

``str(error)`` is the key alone, so an exception that reaches a log never carries a name, a login or
any other value; only :meth:`KenseError.message` fills the parameters in, for the person at the screen.
"""

from __future__ import annotations

from typing import Any

from app.i18n import translate


class KenseError(Exception):
    exit_code = 1

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str | None = None, /) -> str:
        return translate(self.key, lang, **self.params)


class UsageError(KenseError):
    exit_code = 2


class AuthenticationRefused(KenseError):
    """Wrong password, locked out, device key missing: the way in was refused."""

    exit_code = 3


class WrongCredentials(AuthenticationRefused):
    def __init__(self, failures: int, retry_after: float) -> None:
        key = "auth.wrong_password_wait" if retry_after > 0 else "auth.wrong_password"
        super().__init__(key, failures=failures, seconds=int(retry_after + 0.999))
        self.failures = failures
        self.retry_after = retry_after


class LockedOut(AuthenticationRefused):
    def __init__(self, retry_after: float) -> None:
        super().__init__("auth.locked_out", seconds=int(retry_after + 0.999))
        self.retry_after = retry_after


class DeviceKeyUnavailable(AuthenticationRefused):
    """No OS credential store could be reached, so the device half of the key cannot be read."""

    def __init__(self) -> None:
        super().__init__("auth.keyring_unavailable")


class DeviceKeyMissing(AuthenticationRefused):
    """The credential store works but holds no device secret for this database."""

    def __init__(self) -> None:
        super().__init__("auth.device_key_missing")


class PermissionDenied(KenseError):
    exit_code = 3

    def __init__(self, permission: str) -> None:
        super().__init__("auth.permission_denied", permission=permission)
        self.permission = permission


class RecordRefused(KenseError):
    """The role may do this, but not to this record (a teacher and another class): a permission
    refusal like :class:`PermissionDenied`, exit 3."""

    exit_code = 3


class SessionLocked(KenseError):
    def __init__(self) -> None:
        super().__init__("session.locked")


class InvalidInput(KenseError):
    """Bad input; nothing was changed."""

    exit_code = 4


class Conflict(KenseError):
    """A duplicate or a conflicting record; nothing was changed."""

    exit_code = 5


class ProfileError(KenseError):
    """The profile (data folder) is missing, already exists, or is damaged."""

    exit_code = 1
