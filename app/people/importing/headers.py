"""Recognising the column headers schools use (Kyrgyz, Russian, English) and the user's own mapping."""

from __future__ import annotations

import re

from app.errors import InvalidInput
from app.people.names import clean_text, search_key

IGNORE = "ignore"

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "surname": ("фамилия", "фамилиясы", "фамилия ученика", "окуучунун фамилиясы", "surname", "last name",
                "family name"),
    "given_name": ("имя", "аты", "имя ученика", "окуучунун аты", "name", "first name", "given name"),
    "patronymic": ("отчество", "атасынын аты", "атасынын аты жөнү", "patronymic", "middle name"),
    "full_name": ("фио", "ф и о", "фио ученика", "аты жөнү", "толук аты жөнү", "аты жөнү фамилиясы",
                  "фамилия имя отчество", "фамилия имя", "full name", "name surname"),
    "birth_date": ("дата рождения", "туулган күнү", "туулган куну", "туулган датасы", "туулган жылы күнү",
                   "год рождения", "д р", "birth date", "date of birth", "dob", "birthday"),
    "pin": ("пин", "инн", "персональный идентификационный номер", "жеке идентификациялык номер",
            "жеке номер", "идентификационный номер", "pin", "personal number", "personal id"),
    "class": ("класс", "классы", "class", "grade", "класс литер", "class name"),
    "class_letter": ("литер", "литера", "буква", "тамга", "тамгасы", "letter"),
    "sex": ("пол", "жынысы", "жыныс", "sex", "gender"),
    "reg_address": ("адрес", "дареги", "адрес регистрации", "катталган дареги", "address",
                    "registered address", "домашний адрес", "үй дареги"),
    "act_address": ("фактический адрес", "адрес проживания", "жашаган дареги", "иш жүзүндө жашаган дареги",
                    "actual address"),
    "birth_place": ("место рождения", "туулган жери", "birthplace", "place of birth"),
    "citizenship": ("гражданство", "жарандыгы", "citizenship", "nationality"),
    "language": ("язык обучения", "окутуу тили", "язык", "тили", "language"),
    "benefit": ("льгота", "льготная категория", "жеңилдик", "жеңилдик категориясы", "benefit"),
    "birth_cert_series": ("серия свидетельства", "күбөлүктүн сериясы", "certificate series"),
    "birth_cert_number": ("свидетельство о рождении", "номер свидетельства", "күбөлүктүн номери",
                          "туулгандыгы тууралуу күбөлүк", "birth certificate"),
    "mektep_app_number": ("номер заявления", "арыздын номери", "application number"),
    # staff
    "position": ("должность", "кызматы", "position", "job title"),
    "phone": ("телефон", "телефону", "тел", "phone", "mobile"),
    "education": ("образование", "билими", "education"),
    "diploma": ("диплом", "диплому", "diploma"),
    "qualification": ("категория", "квалификационная категория", "квалификациялык категориясы", "qualification"),
    "hire_date": ("дата приема", "дата приёма", "ишке алынган күнү", "hire date", "hired"),
    "hire_order": ("приказ о приеме", "приказ о приёме", "ишке алуу буйругу", "hire order"),
    "subjects": ("предметы", "предмет", "сабактары", "сабагы", "subjects", "subject"),
    "workload_hours": ("нагрузка", "жүктөмү", "часы", "workload"),
    "id_card_number": ("паспорт", "id карта", "номер паспорта", "id card"),
    "address": ("адрес проживания сотрудника",),
}

_PUNCT = re.compile(r"[^\w]+", re.UNICODE)


def header_key(text: object) -> str:
    return _PUNCT.sub(" ", search_key(text)).strip()


_LOOKUP = {header_key(s): field for field, words in _SYNONYMS.items() for s in words}


def recognise(header: object, fields: set[str]) -> str | None:
    key = header_key(header)
    found = _LOOKUP.get(key)
    if found == "reg_address" and "reg_address" not in fields and "address" in fields:
        return "address"   # staff files: "Адрес" is the one address
    return found if found in fields else None


def parse_map(text: str | None, fields: set[str]) -> dict[str, str]:
    """"Column=field,Другой столбец=surname" -> {header_key: field}; "field" may be "ignore"."""
    mapping: dict[str, str] = {}
    if not text:
        return mapping
    for item in re.split(r"[,;](?=[^,;]*=)", text):
        if not item.strip():
            continue
        if "=" not in item:
            raise InvalidInput("import.bad_map", item=clean_text(item))
        column, field = (part.strip() for part in item.rsplit("=", 1))
        field = field.lower()
        if not column or (field not in fields and field != IGNORE):
            raise InvalidInput("import.unknown_field", field=field, fields=", ".join(sorted(fields | {IGNORE})))
        mapping[header_key(column)] = field
    return mapping


def find_header(rows: list[list[object]], fields: set[str], mapping: dict[str, str]) -> tuple[int, dict[int, str]]:
    """The header row (the one among the first 20 with most known headers) and column -> field."""
    best: tuple[int, int, dict[int, str]] = (-1, 0, {})  # row, score, columns
    for index, row in enumerate(rows[:20]):
        columns: dict[int, str] = {}
        for col, cell in enumerate(row):
            key = header_key(cell)
            field = mapping.get(key) or recognise(cell, fields)
            if field and field != IGNORE and field not in columns.values():
                columns[col] = field
        if len(columns) > best[1]:
            best = (index, len(columns), columns)
    if best[1] < 2:
        raise InvalidInput("import.no_header")
    return best[0], best[2]
