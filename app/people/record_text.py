"""A pupil's or employee's record as people read it on the command line (``students show``,
``staff show``): field names in the chosen language, codes replaced by their names, dates as written
(02.12.2026, times in local time), empty fields left out, internal ids never shown. ``--json`` keeps
the record as the service returns it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.i18n import register, translate
from app.people.fields import label

register({
    "field.book": ("Алфавиттик китептеги номери", "Номер в алфавитной книге", "Book number"),
    "field.status": ("Абалы", "Состояние", "State"),
    "field.created_at": ("Түзүлгөн", "Создано", "Created"),
    "field.updated_at": ("Өзгөртүлгөн", "Изменено", "Changed"),
    "field.guardians": ("Ата-энеси (мыйзамдуу өкүлдөрү)", "Родители (законные представители)", "Guardians"),
    "field.movements": ("Кыймылы", "Движение", "Movements"),
    "field.blocked": ("Бөгөттөлгөн", "Заблокирована", "Blocked"),
    "record.yes": ("ооба", "да", "yes"),
    "record.sex.M": ("эркек", "мужской", "male"),
    "record.sex.F": ("аял", "женский", "female"),
    "record.status.active": ("окуйт", "обучается", "enrolled"),
    "record.status.left": ("чыгып кеткен", "выбыл", "left"),
    "record.status.graduated": ("бүтүргөн", "окончил", "graduated"),
    # the same words as ref_relation (migration 0002)
    "record.relation.mother": ("энеси", "мать", "mother"),
    "record.relation.father": ("атасы", "отец", "father"),
    "record.relation.guardian": ("камкорчусу", "опекун", "guardian"),
    "record.relation.grandparent": ("чоң атасы / чоң энеси", "дедушка / бабушка", "grandparent"),
    "record.relation.other": ("башка", "другое", "other"),
    "record.kind.admission": ("кабыл алуу", "зачисление", "admission"),
    "record.kind.transfer_in": ("башка мектептен келди", "прибыл из другой школы", "transfer in"),
    "record.kind.transfer_out": ("башка мектепке кетти", "выбыл в другую школу", "transfer out"),
    "record.kind.promotion": ("кийинки класска көчүрүү", "перевод в следующий класс", "promotion"),
    "record.kind.grade_jump": ("класс аттап өтүү", "перевод через класс", "grade jump"),
    "record.kind.repeat": ("класста калтыруу", "оставлен на второй год", "repeat"),
    "record.kind.graduation": ("бүтүрүү", "выпуск", "graduation"),
    "record.kind.withdrawal": ("окуудан чыгуу", "выбытие", "withdrawal"),
})

_SKIPPED = {"id", "names", "flags", "pin_check", "history", "consents", "depersonalised"}


def _date_text(value: str) -> str:
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:10]}.{value[5:7]}.{value[0:4]}"
    if len(value) >= 19 and value[4] == "-" and value[10] == "T":
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone()
        except ValueError:
            return value
        return moment.strftime("%d.%m.%Y %H:%M")
    return value


def value_text(key: str, value: Any, lang: str, names: dict[str, Any] | None) -> str:
    names = names or {}
    if isinstance(names.get(key), str) and names[key]:
        return str(names[key])
    if value is True:
        return translate("record.yes", lang)
    if key in ("sex", "status", "relation", "kind"):
        found = translate(f"record.{key}.{value}", lang)
        return str(value) if found.startswith("record.") else found
    return _date_text(value) if isinstance(value, str) else str(value)


def _known(key: str, lang: str) -> str | None:
    text = label(key, lang)
    return None if text == f"field.{key}" else text


def _item_text(item: dict[str, Any], lang: str) -> str:
    names = item.get("names") if isinstance(item.get("names"), dict) else {}
    parts = [value_text(k, v, lang, names) for k, v in item.items()
             if k not in _SKIPPED and not k.endswith("_id") and v not in (None, "", False, [], {})
             and not isinstance(v, dict | list)]
    return " · ".join(parts)


def record_text(record: dict[str, Any], lang: str) -> str:
    names = record.get("names") if isinstance(record.get("names"), dict) else {}
    lines: list[str] = []
    for key, value in record.items():
        if key in _SKIPPED or key.endswith("_id") or value in (None, "", False, [], {}):
            continue
        title = _known(key, lang)
        if title is None:
            continue
        if isinstance(value, list):
            lines.append(f"{title}:")
            lines += [f"  - {_item_text(item, lang)}" for item in value if isinstance(item, dict)]
        elif not isinstance(value, dict):
            lines.append(f"{title}: {value_text(key, value, lang, names)}")
    return "\n".join(lines)
