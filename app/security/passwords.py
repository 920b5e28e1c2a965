"""Password rules (regulation 6.3): long enough, not trivially guessable.

Length matters most, so a phrase of plain words passes; what is refused is what an attacker tries
first: short strings, one repeated character, keyboard runs, the school's or the user's own name.
"""

from __future__ import annotations

from app.errors import InvalidInput

MIN_LENGTH = 10

_COMMON = {
    "password", "password1", "qwerty", "qwertyuiop", "1234567890", "123456789", "12345678",
    "1q2w3e4r5t", "йцукенгшщз", "пароль", "сырсөз", "parol", "admin", "administrator", "kense",
    "mektep", "mektep123", "school", "iloveyou", "letmein", "welcome", "bishkek", "kyrgyzstan",
    "кыргызстан", "бишкек", "мектеп",
}
_RUNS = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
         "йцукенгшщзхъфывапролджэячсмитьбю", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def problems(password: str, *, personal: tuple[str, ...] = ()) -> list[str]:
    """Return the reasons this password is refused (empty list: acceptable)."""
    reasons: list[str] = []
    if len(password) < MIN_LENGTH:
        reasons.append("short")
    lowered = password.lower()
    stripped = lowered.rstrip("0123456789!.")
    if lowered in _COMMON or stripped in _COMMON:
        reasons.append("common")
    if len(set(lowered)) <= 3:
        reasons.append("repeated")
    for run in _RUNS:
        if len(lowered) >= 4 and (lowered in run or lowered in run[::-1]):
            reasons.append("sequence")
            break
    for word in personal:
        word = word.strip().lower()
        if len(word) >= 3 and word in lowered and len(lowered) - len(word) < 6:
            reasons.append("personal")
            break
    return reasons


def check(password: str, *, personal: tuple[str, ...] = ()) -> None:
    found = problems(password, personal=personal)
    if "short" in found:
        raise InvalidInput("password.too_short", min=MIN_LENGTH)
    if found:
        raise InvalidInput("password.too_simple", reason=", ".join(found))


def strength(password: str) -> int:
    """0–4, for the strength meter in the GUI."""
    if problems(password):
        return 0 if len(password) < MIN_LENGTH else 1
    classes = sum(any(test(c) for c in password) for test in
                  (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    score = 2 + (len(password) >= 14) + (classes >= 3 or len(password) >= 20)
    return min(score, 4)
