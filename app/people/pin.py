"""The personal identification number (ПИН): 14 digits; digit 1 = sex (1 female, 2 male); digits 2–9 =
birth date DDMMYYYY; digits 10–14 = serial. No check digit is published, so none is invented.

A PIN that disagrees with the record's birth date or sex is a warning, never a refusal: PINs are
re-issued and old records are irregular. Spreadsheet damage is repaired where it is lossless
(``20607201410000.0``, ``2,06072014100000E+13``) and refused where digits were lost (``2.06072E+13``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from app.errors import InvalidInput
from app.people.names import clean_text

_SCIENTIFIC = re.compile(r"^[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+$")


@dataclass(frozen=True)
class PinCheck:
    value: str | None                 # 14 digits, or None when no PIN was given
    birth_date: date | None = None    # what the PIN says
    sex: str | None = None            # "F" or "M"
    warnings: list[str] = field(default_factory=list)  # message keys


def _digits(raw: object) -> str:
    """The digits of a PIN as typed or as a spreadsheet stored it."""
    if isinstance(raw, bool):
        raise InvalidInput("pin.format")
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        if raw != raw or raw < 0 or raw != int(raw):  # NaN, negative, fractional
            raise InvalidInput("pin.format")
        if raw >= 2**53:  # a float cannot hold every digit any more
            raise InvalidInput("pin.digits_lost")
        return str(int(raw))
    text = clean_text(raw).replace(" ", "").replace("-", "")
    if _SCIENTIFIC.match(text):
        mantissa = text.lower().split("e")[0].replace(",", ".")
        significant = len(mantissa.replace(".", "").lstrip("0"))
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            raise InvalidInput("pin.format") from None
        if significant < 14 or number != number.to_integral_value():
            raise InvalidInput("pin.digits_lost")
        return str(int(number))
    if re.fullmatch(r"[0-9]+[.,]0+", text):  # "20607201410000.0" from a float column
        text = re.split(r"[.,]", text)[0]
    return text


def parse_pin(raw: object, *, birth_date: date | None = None, sex: str | None = None,
              today: date | None = None) -> PinCheck:
    """Validate a PIN; raise InvalidInput when it cannot be one, return warnings when it disagrees."""
    if raw is None or (isinstance(raw, str) and not clean_text(raw)):
        return PinCheck(None)
    digits = _digits(raw)
    if not digits.isdigit() or not digits.isascii():
        raise InvalidInput("pin.format")
    if len(digits) != 14:
        raise InvalidInput("pin.length", length=len(digits))
    if digits[0] not in "12":
        raise InvalidInput("pin.first_digit")
    try:
        born = date(int(digits[5:9]), int(digits[3:5]), int(digits[1:3]))
    except ValueError:
        raise InvalidInput("pin.bad_date") from None
    if born > (today or date.today()) or born.year < 1900:
        raise InvalidInput("pin.bad_date")
    pin_sex = "F" if digits[0] == "1" else "M"
    warnings = []
    if birth_date is not None and birth_date != born:
        warnings.append("pin.warn_birth_date")
    if sex is not None and sex != pin_sex:
        warnings.append("pin.warn_sex")
    return PinCheck(digits, born, pin_sex, warnings)


def mask_pin(pin: str | None) -> str:
    """For lists: enough to tell two records apart, not enough to use."""
    if not pin:
        return ""
    return pin[0] + "•" * 9 + pin[-4:]
