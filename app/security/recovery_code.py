"""Recovery codes: 128 random bits as 8 groups of 6 digits, each group a multiple of 11.

Digits only, because Latin letters on a Cyrillic keyboard invite look-alike mistakes; the
multiple-of-11 rule (as BitLocker's recovery keys use) catches every single wrong digit and most
swapped neighbours within the group where they happen, so the user is told which group to re-read.
"""

from __future__ import annotations

import os
import re

from app.errors import InvalidInput

GROUPS = 8
_GROUP_LIMIT = 1 << 16  # 16 bits per group, 8 groups = 128 bits


def generate() -> str:
    raw = os.urandom(GROUPS * 2)
    groups = [int.from_bytes(raw[i:i + 2], "big") * 11 for i in range(0, len(raw), 2)]
    return "-".join(f"{g:06d}" for g in groups)


def normalise(text: str) -> str:
    """Parse what a person typed (spaces, dashes, any grouping) into the canonical form."""
    digits = re.sub(r"[\s\-–—_.]", "", text or "")
    if not digits.isdigit() or len(digits) != GROUPS * 6:
        raise InvalidInput("recovery.code_invalid", group="—")
    groups = [digits[i:i + 6] for i in range(0, len(digits), 6)]
    for number, group in enumerate(groups, start=1):
        value = int(group)
        if value % 11 or value // 11 >= _GROUP_LIMIT:
            raise InvalidInput("recovery.code_invalid", group=number)
    return "-".join(groups)


def to_secret(code: str) -> bytes:
    return normalise(code).encode("ascii")
