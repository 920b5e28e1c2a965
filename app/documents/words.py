"""The register's words for people (kinds, states, events) in Kyrgyz, Russian and English — the same
terms the window uses — for the command line's human output (``--json`` keeps the codes)."""

from __future__ import annotations

from app.i18n import register, translate

register({
    "documents.word.kind.incoming": ("Кирүүчү кат", "Входящее письмо", "Incoming letter"),
    "documents.word.kind.outgoing": ("Чыгуучу кат", "Исходящее письмо", "Outgoing letter"),
    "documents.word.kind.internal": ("Ички документ", "Внутренний документ", "Internal document"),
    "documents.word.kind.order": ("Буйрук", "Приказ", "Order"),
    "documents.word.status.reserved": ("номер резервде", "номер зарезервирован", "number reserved"),
    "documents.word.status.registered": ("катталды", "зарегистрирован", "registered"),
    "documents.word.status.in_progress": ("аткарылууда", "на исполнении", "in progress"),
    "documents.word.status.executed": ("аткарылды", "исполнен", "executed"),
    "documents.word.status.sent": ("жөнөтүлдү", "отправлен", "sent"),
    "documents.word.status.archived": ("архивде", "в архиве", "archived"),
    "documents.word.event.registered": ("катталды", "зарегистрирован", "registered"),
    "documents.word.event.assigned": ("дайындалды", "поручен", "assigned"),
    "documents.word.event.forwarded": ("башкага берилди", "передан", "passed on"),
    "documents.word.event.commented": ("комментарий", "комментарий", "comment"),
    "documents.word.event.executed": ("аткарылды", "исполнен", "executed"),
    "documents.word.event.sent": ("жөнөтүлдү", "отправлен", "sent"),
    "documents.word.event.archived": ("архивде", "в архиве", "archived"),
    "documents.word.event.corrected": ("оңдолду", "исправлен", "corrected"),
    "documents.word.overdue": ("мөөнөтү өтүп кетти", "просрочен", "overdue"),
    "documents.word.due": ("мөөнөтү {day}", "срок {day}", "due {day}"),
    "documents.word.nobody": ("эч ким", "никто", "nobody"),
    "documents.duplicate_open_hint": ("Ачуу үчүн: kense documents show {id}", "Открыть: kense documents show {id}",
                                      "To open it: kense documents show {id}"),
})


def word(kind: str, value: str, lang: str) -> str:
    key = f"documents.word.{kind}.{value}" if kind else f"documents.word.{value}"
    found = translate(key, lang)
    return value if found == key else found


def people_date(iso: str | None) -> str:
    """02.12.2026 (a time of day kept as 02.12.2026 15:50, local time as stored)."""
    if not iso:
        return "—"
    day = iso[:10].split("-")
    text = ".".join(reversed(day)) if len(day) == 3 else iso
    if len(iso) > 10 and "T" in iso:
        text += " " + iso[11:16]
    return text
