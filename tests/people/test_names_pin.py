"""PIN parsing and name normalisation: examples and properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.people.names import KYRGYZ_ALPHABET, book_letter, collation_key, normalise_name, search_key
from app.people.pin import mask_pin, parse_pin
from app.people.values import parse_class_name, parse_date, parse_sex


@given(st.dates(min_value=date(1900, 1, 1), max_value=date.today()), st.sampled_from("12"),
       st.integers(min_value=0, max_value=99999))
def test_every_valid_pin_parses_back_to_its_parts(born: date, sex_digit: str, serial: int) -> None:
    pin = f"{sex_digit}{born:%d%m%Y}{serial:05d}"
    check = parse_pin(pin)
    assert check.value == pin and check.birth_date == born and check.sex == ("F" if sex_digit == "1" else "M")
    # as Excel stores it: a float, a float's text, a spaced string
    assert parse_pin(float(pin)).value == pin
    assert parse_pin(f"{pin}.0").value == pin
    assert parse_pin(f" {pin[:4]} {pin[4:]} ").value == pin


@given(st.text(max_size=20))
def test_pin_parser_never_crashes_and_returns_only_valid_pins(text: str) -> None:
    try:
        check = parse_pin(text)
    except InvalidInput:
        return
    if check.value is not None:
        assert len(check.value) == 14 and check.value[0] in "12" and check.value.isdigit()


@pytest.mark.parametrize(("raw", "key"), [
    ("3010120140000", "pin.length"), ("30101201400001", "pin.first_digit"), ("23102201400001", "pin.bad_date"),
    ("2010120990001 ", "pin.length"), ("20101209900011", "pin.bad_date"), ("2.06072E+13", "pin.digits_lost"),
    ("2060720141000a", "pin.format"),
])
def test_bad_pins_are_refused_with_the_reason(raw: str, key: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_pin(raw)
    assert info.value.key == key


def test_pin_disagreement_is_a_warning_not_a_refusal() -> None:
    check = parse_pin("20607201410000", birth_date=date(2014, 7, 7), sex="F")
    assert check.value == "20607201410000"
    assert check.warnings == ["pin.warn_birth_date", "pin.warn_sex"]
    assert mask_pin(check.value) == "2•••••••••0000"


def test_look_alikes_and_invisible_characters_are_normalised() -> None:
    assert normalise_name("Тoктoгулoв") == "Токтогулов"          # Latin o
    assert normalise_name("ӨМҮРБЕКОВ") == "Өмүрбеков"
    assert normalise_name("Ұлан") == "Үлан"                       # Kazakh Ұ
    assert normalise_name("Ҥ\u0430ӈ") != ""                       # never empties a name
    assert normalise_name("\u200bАйгүл\u202e\u0000") == "Айгүл"
    assert normalise_name("асан УУЛУ") == "Асан уулу"
    assert normalise_name("John") == "John"                       # a Latin name stays Latin
    assert search_key("Ёлкина") == "елкина"


def test_kyrgyz_alphabet_order() -> None:
    names = ["Үсөнов", "Уланов", "Өмүров", "Омуров", "Ңаа", "Нурланов", "Фаизов", "Ёлкин", "Ершов"]
    assert sorted(names, key=collation_key) == ["Ершов", "Ёлкин", "Нурланов", "Ңаа", "Омуров", "Өмүров",
                                                "Уланов", "Үсөнов", "Фаизов"]
    assert book_letter("өмүров") == "Ө"


_KYRGYZ_TEXT = st.text(alphabet=KYRGYZ_ALPHABET + KYRGYZ_ALPHABET.lower() + " -\u200b\u202eOoYyHx", max_size=30)


@given(_KYRGYZ_TEXT)
def test_normalisation_is_idempotent_and_leaves_no_invisible_characters(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once) == once
    assert not any(ch in once for ch in "\u200b\u202e\u0000")
    assert "  " not in once and once == once.strip()
    assert search_key(once) == search_key(text)


@given(st.text(alphabet=KYRGYZ_ALPHABET + KYRGYZ_ALPHABET.lower() + " -", max_size=30))
def test_collation_folds_case_and_follows_the_alphabet(text: str) -> None:
    assert collation_key(text.upper()) == collation_key(text.lower())
    letters = [ch for ch in text.upper() if ch in KYRGYZ_ALPHABET]
    assert sorted(letters, key=collation_key) == sorted(letters, key=KYRGYZ_ALPHABET.index)


def test_values() -> None:
    assert parse_class_name("5-А") == (5, "А") and parse_class_name("11т") == (11, "Т")
    assert parse_class_name("5 a") == (5, "А")  # Latin a typed for А
    assert parse_date("01.09.2015", field="x") == date(2015, 9, 1)
    assert parse_date(42248, field="x") == date(2015, 9, 1)   # Excel serial number
    assert parse_date("2015-09-01", field="x") == date(2015, 9, 1)
    with pytest.raises(InvalidInput):
        parse_date((date.today() + timedelta(days=2)).isoformat(), field="x")
    assert parse_sex("Ж") == "F" and parse_sex("эркек") == "M" and parse_sex("m") == "M"


@given(st.text(alphabet=KYRGYZ_ALPHABET + KYRGYZ_ALPHABET.lower() + "AaBbCcEeHhKkMmOoPpTtXxYy ҰұҤҥ-\u200b\u00a0",
               max_size=30))
def test_people_and_documents_search_normalise_alike(text: str) -> None:
    from app.documents.search import normalise

    assert search_key(text) == normalise(text)
    assert search_key(text) == search_key(search_key(text))      # normalising twice changes nothing


def test_lookalikes_typed_on_the_wrong_layout_are_fixed_in_both_registers() -> None:
    from app.documents.search import fts_query

    mixed = "Өмүрбeкoв"                 # Latin e and o inside a Cyrillic word
    assert search_key(mixed) == "өмүрбеков"
    assert fts_query("Билим бeрүү") == '"билим"* AND "берүү"*'
    assert search_key("Hурлан") == "нурлан" and search_key("Nurlan") == "nurlan"   # a Latin name stays Latin
