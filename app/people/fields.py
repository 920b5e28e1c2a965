"""The fields of pupil and staff records: labels in three languages, kinds, and checking.

``check_record`` returns every problem at once (the import report and the form's inline messages need
them all), each naming its field; ``FieldError`` renders the field's label in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from typing import Any

from app.errors import InvalidInput, KenseError
from app.i18n import register, translate
from app.people.classifiers import Classifiers
from app.people.names import clean_text, normalise_name
from app.people.pin import parse_pin
from app.people.values import parse_date, parse_sex

# field -> (kind, reference table or None, required, max length)
# kinds: name, text, date, date_past, sex, pin, ref, number, phone
PUPIL_FIELDS: dict[str, tuple[str, str | None, bool, int]] = {
    "surname": ("name", None, True, 80),
    "given_name": ("name", None, True, 80),
    "patronymic": ("name", None, False, 80),
    "sex": ("sex", None, True, 1),
    "birth_date": ("date_past", None, False, 10),
    "birth_place": ("text", None, False, 200),
    "citizenship": ("ref", "ref_country", False, 0),
    "pin": ("pin", None, False, 14),
    "birth_cert_series": ("text", None, False, 20),
    "birth_cert_number": ("text", None, False, 30),
    "birth_cert_date": ("date_past", None, False, 10),
    "birth_cert_issuer": ("text", None, False, 200),
    "reg_region": ("ref", "ref_region", False, 0),
    "reg_address": ("text", None, False, 300),
    "act_region": ("ref", "ref_region", False, 0),
    "act_address": ("text", None, False, 300),
    "language": ("ref", "ref_language", False, 0),
    "benefit": ("ref", "ref_benefit", False, 0),
    "mektep_app_number": ("text", None, False, 40),
}

STAFF_FIELDS: dict[str, tuple[str, str | None, bool, int]] = {
    "surname": ("name", None, True, 80),
    "given_name": ("name", None, True, 80),
    "patronymic": ("name", None, False, 80),
    "sex": ("sex", None, True, 1),
    "birth_date": ("date_past", None, False, 10),
    "pin": ("pin", None, False, 14),
    "id_card_series": ("text", None, False, 20),
    "id_card_number": ("text", None, False, 30),
    "reg_region": ("ref", "ref_region", False, 0),
    "address": ("text", None, False, 300),
    "phone": ("phone", None, False, 40),
    "education": ("ref", "ref_education", False, 0),
    "diploma": ("text", None, False, 300),
    "qualification": ("ref", "ref_qualification", False, 0),
    "position": ("ref", "ref_position", False, 0),
    "workload_hours": ("number", None, False, 0),
    "hire_date": ("date_past", None, False, 10),
    "hire_order": ("text", None, False, 40),
    "dismissal_date": ("date_past", None, False, 10),
    "dismissal_order": ("text", None, False, 40),
    "prior_service_months": ("number", None, False, 0),
}

# What the UI masks in lists and reveals per record (audited).
SENSITIVE_FIELDS = frozenset({"pin", "birth_date", "birth_place", "reg_address", "act_address", "address", "phone",
                              "birth_cert_series", "birth_cert_number", "birth_cert_date", "birth_cert_issuer",
                              "id_card_series", "id_card_number", "benefit"})

_LABELS: dict[str, tuple[str, str, str]] = {
    "surname": ("Фамилиясы", "Фамилия", "Surname"),
    "given_name": ("Аты", "Имя", "Given name"),
    "patronymic": ("Атасынын аты", "Отчество", "Patronymic"),
    "sex": ("Жынысы", "Пол", "Sex"),
    "birth_date": ("Туулган күнү", "Дата рождения", "Birth date"),
    "birth_place": ("Туулган жери", "Место рождения", "Birthplace"),
    "citizenship": ("Жарандыгы", "Гражданство", "Citizenship"),
    "pin": ("ПИН", "ПИН", "PIN"),
    "birth_cert_series": ("Туулгандыгы тууралуу күбөлүктүн сериясы", "Серия свидетельства о рождении",
                          "Birth certificate series"),
    "birth_cert_number": ("Туулгандыгы тууралуу күбөлүктүн номери", "Номер свидетельства о рождении",
                          "Birth certificate number"),
    "birth_cert_date": ("Күбөлүк берилген күн", "Дата выдачи свидетельства", "Birth certificate date"),
    "birth_cert_issuer": ("Күбөлүктү берген орган", "Кем выдано свидетельство", "Birth certificate issuer"),
    "reg_region": ("Катталган аймак", "Регион регистрации", "Registered region"),
    "reg_address": ("Катталган дареги", "Адрес регистрации", "Registered address"),
    "act_region": ("Иш жүзүндөгү аймак", "Регион проживания", "Actual region"),
    "act_address": ("Иш жүзүндө жашаган дареги", "Фактический адрес", "Actual address"),
    "address": ("Дареги", "Адрес", "Address"),
    "language": ("Окутуу тили", "Язык обучения", "Language of instruction"),
    "benefit": ("Жеңилдик категориясы", "Льготная категория", "Benefit category"),
    "mektep_app_number": ("«Мектеп» АМС арызынын номери", "Номер заявления АИС «Мектеп»",
                          "AIS Mektep application number"),
    "id_card_series": ("ID-картанын сериясы", "Серия ID-карты", "ID card series"),
    "id_card_number": ("ID-картанын номери", "Номер ID-карты", "ID card number"),
    "phone": ("Телефону", "Телефон", "Phone"),
    "education": ("Билими", "Образование", "Education"),
    "diploma": ("Диплому", "Диплом", "Diploma"),
    "qualification": ("Квалификациялык категориясы", "Квалификационная категория", "Qualification category"),
    "position": ("Кызматы", "Должность", "Position"),
    "workload_hours": ("Жүктөмү (саат)", "Нагрузка (часы)", "Workload (hours)"),
    "hire_date": ("Ишке алынган күнү", "Дата приёма", "Hire date"),
    "hire_order": ("Ишке алуу буйругу", "Приказ о приёме", "Hire order"),
    "dismissal_date": ("Бошотулган күнү", "Дата увольнения", "Dismissal date"),
    "dismissal_order": ("Бошотуу буйругу", "Приказ об увольнении", "Dismissal order"),
    "prior_service_months": ("Мурунку иш стажы (ай)", "Прежний стаж (месяцы)", "Prior service (months)"),
    "class": ("Класс", "Класс", "Class"),
    "subjects": ("Сабактары", "Предметы", "Subjects"),
}
register({f"field.{name}": texts for name, texts in _LABELS.items()})


def label(field_name: str, lang: str | None) -> str:
    return translate(f"field.{field_name}", lang)


class FieldError(InvalidInput):
    """A bad value in one field; its message names the field in the reader's language."""

    def __init__(self, field_name: str, key: str, /, **params: Any) -> None:
        super().__init__(key, **params)
        self.field = field_name

    def message(self, lang: str | None = None) -> str:
        return translate(self.key, lang, **{**self.params, "field": label(self.field, lang)})


@dataclass(frozen=True)
class Issue:
    field: str
    key: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    def message(self, lang: str | None) -> str:
        return translate(self.key, lang, **{**self.params, "field": label(self.field, lang)})

    def to_json(self, lang: str | None) -> dict[str, Any]:
        return {"field": self.field, "code": self.key, "message": self.message(lang)}


@dataclass
class Checked:
    values: dict[str, Any]
    errors: list[Issue] = dc_field(default_factory=list)
    warnings: list[Issue] = dc_field(default_factory=list)

    def raise_first(self) -> None:
        if self.errors:
            issue = self.errors[0]
            raise FieldError(issue.field, issue.key, **issue.params)


_FORMULA_START = ("=", "+", "@")


def _check_one(name: str, spec: tuple[str, str | None, bool, int], raw: Any, refs: Classifiers,
               today: date) -> Any:
    kind, table, required, max_len = spec
    if kind == "name":
        value: Any = normalise_name(raw)
        if "?" in value or "\ufffd" in value:
            # Ң Ө Ү turned into "?" when the file was saved as Windows-1251 (or bytes were undecodable).
            raise FieldError(name, "value.letters_lost")
    elif kind in ("text", "phone"):
        value = clean_text(raw)
    elif kind in ("date", "date_past"):
        try:
            value = parse_date(raw, field=name, not_future=True, today=today)
        except KenseError as exc:
            raise FieldError(name, exc.key) from None
        value = value.isoformat() if value else None
    elif kind == "sex":
        try:
            value = parse_sex(raw, required=required)
        except KenseError as exc:
            raise FieldError(name, exc.key) from None
    elif kind == "pin":
        try:
            value = parse_pin(raw, today=today).value
        except KenseError as exc:
            raise FieldError(name, exc.key, **exc.params) from None
    elif kind == "ref":
        assert table is not None
        text = clean_text(raw)
        value = refs.resolve(table, text) if text else None
        if text and value is None:
            raise FieldError(name, "value.unknown_code")
    elif kind == "number":
        text = clean_text(raw).replace(",", ".")
        try:
            value = float(text) if text else None
        except ValueError:
            raise FieldError(name, "value.bad_number") from None
        if value is not None and (value < 0 or value > 100000):
            raise FieldError(name, "value.bad_number")
        if value is not None and name == "prior_service_months":
            value = int(value)
    else:  # pragma: no cover - the table above is the whole list
        raise AssertionError(kind)
    if isinstance(value, str):
        if max_len and len(value) > max_len:
            raise FieldError(name, "value.too_long")
        # A cell that starts like a formula is data an attacker hoped a spreadsheet would run; it has
        # no business in a name, an address or a number field.
        if (value.startswith(_FORMULA_START) and not (kind == "phone" and value[:1] == "+")) or (
                value.startswith("-") and kind not in ("text", "phone")):
            raise FieldError(name, "value.suspicious")
    if required and value in (None, ""):
        raise FieldError(name, "value.required")
    return value


def check_record(fields: dict[str, tuple[str, str | None, bool, int]], data: dict[str, Any], refs: Classifiers,
                 *, partial: bool = False, today: date | None = None) -> Checked:
    """Clean and check ``data``; with ``partial`` only the fields present are checked (an update)."""
    today = today or date.today()
    result = Checked({})
    for name, spec in fields.items():
        if name not in data and partial:
            continue
        try:
            result.values[name] = _check_one(name, spec, data.get(name), refs, today)
        except FieldError as exc:
            result.errors.append(Issue(exc.field, exc.key, exc.params))
    unknown = set(data) - set(fields)
    for name in sorted(unknown):
        result.errors.append(Issue(name, "value.unknown_code"))
    return result


def pin_warnings(values: dict[str, Any]) -> list[Issue]:
    """The PIN disagrees with the record's birth date or sex: warn, never block."""
    pin = values.get("pin")
    if not pin:
        return []
    birth = values.get("birth_date")
    check = parse_pin(pin, birth_date=date.fromisoformat(birth) if birth else None, sex=values.get("sex"))
    return [Issue("pin", key) for key in check.warnings]
