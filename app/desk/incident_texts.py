"""Words of incident reports (regulation 6.10) in Kyrgyz, Russian and English."""

from __future__ import annotations

from app.i18n import register

register({
    "incident.summary_required": (
        "Эмне болгонун жазыңыз.",
        "Опишите, что произошло.",
        "Say what happened.",
    ),
    "incident.text_too_long": (
        "«{field}» өтө узун: эң көп {max} белги.",
        "«{field}» слишком длинное: не более {max} символов.",
        "“{field}” is too long: at most {max} characters.",
    ),
    "incident.bad_when": (
        "Качан болгону туура эмес жазылды ({value}). Үлгү: 03.12.2026 же 03.12.2026 09:30.",
        "Неверно указано, когда это произошло ({value}). Образец: 03.12.2026 или 03.12.2026 09:30.",
        "When it happened is not a date ({value}). Example: 03.12.2026 or 03.12.2026 09:30.",
    ),
    "incident.when_in_future": (
        "{value} — азырынча келе элек убакыт. Качан болгонун жазыңыз.",
        "{value} — это ещё не наступило. Укажите, когда это произошло.",
        "{value} has not come yet. Give the time it happened.",
    ),
    "incident.when_too_early": (
        "{value} — өтө эрте. Күн {earliest} жана андан кийин болушу керек.",
        "{value} — слишком давно. Дата должна быть не раньше {earliest}.",
        "{value} is too long ago. The date must be {earliest} or later.",
    ),
    "incident.bad_severity": (
        "Оордугу: low, medium же high (берилгени: {value}).",
        "Серьёзность: low, medium или high (указано: {value}).",
        "Severity: low, medium or high (got: {value}).",
    ),
    "incident.not_found": (
        "№ {number} инцидент жөнүндө билдирүү табылган жок.",
        "Сообщение об инциденте № {number} не найдено.",
        "No incident report No. {number}.",
    ),
    "incident.outcome_required": (
        "Жыйынтыкты жазыңыз: эмне аныкталды жана эмне кылынды.",
        "Запишите итог: что установлено и что сделано.",
        "Write the outcome: what was found and what was done.",
    ),
    "incident.closed": (
        "№ {number} инциденттин жыйынтыгы мурун эле жазылган.",
        "Итог по инциденту № {number} уже записан.",
        "The outcome of incident No. {number} is already recorded.",
    ),
    "incident.field.summary": ("Эмне болду", "Что произошло", "What happened"),
    "incident.field.when": ("Качан", "Когда", "When"),
    "incident.field.data": ("Кайсы маалыматка тиешелүү", "Каких данных касается", "What data it concerns"),
    "incident.field.done": ("Эмне кылынды", "Что сделано", "What was done"),
    "incident.field.outcome": ("Жыйынтык", "Итог", "Outcome"),
    "incident.severity.low": ("жеңил", "низкая", "low"),
    "incident.severity.medium": ("орточо", "средняя", "medium"),
    "incident.severity.high": ("оор", "высокая", "high"),
    "incident.field.severity": ("Оордугу", "Серьёзность", "Severity"),
    "incident.reported": (
        "Инцидент жөнүндө билдирүү катталды: № {number}. Жеке маалыматтар үчүн жооптуу: {responsible}.",
        "Сообщение об инциденте зарегистрировано: № {number}. Ответственный за персональные данные: {responsible}.",
        "Incident report registered: No. {number}. Person responsible for personal data: {responsible}.",
    ),
    "incident.outcome_recorded": (
        "№ {number} инциденттин жыйынтыгы жазылды.",
        "Итог по инциденту № {number} записан.",
        "The outcome of incident No. {number} is recorded.",
    ),
    "incident.nobody": ("дайындала элек", "не назначен", "nobody yet"),
    "incident.none": ("Инцидент жөнүндө билдирүүлөр жок.", "Сообщений об инцидентах нет.",
                      "No incident reports."),
    "incident.status.open": ("каралууда", "на рассмотрении", "under review"),
    "incident.status.closed": ("жыйынтыгы жазылды", "итог записан", "outcome recorded"),
})

register({
    "incident.line": ("№ {number} · {when} · {severity} · {status}", "№ {number} · {when} · {severity} · {status}",
                      "No. {number} · {when} · {severity} · {status}"),
    "incident.line.people": ("Билдирди: {reporter}. Жооптуу: {responsible}.",
                             "Сообщил(а): {reporter}. Ответственный: {responsible}.",
                             "Reported by {reporter}. Responsible: {responsible}."),
})
