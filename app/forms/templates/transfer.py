"""Transfer confirmation: the school confirms that a pupil leaves for another school (by which order,
from which class), so the receiving school can enrol them. Registered and verifiable like a certificate."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from reportlab.platypus import Flowable

from app.forms.templates.certificate import Issue, Layout, Template, esc, long_date, page, worded
from app.forms.templates.style import Letterhead


@dataclass(frozen=True)
class TransferConfirmation:
    school: Letterhead
    issue: Issue
    full_name: str
    birth_date: str
    sex: str
    class_name: str          # the class the pupil leaves, "7-Б"
    academic_year: str
    book: str                # personal file number "Ө/7"
    destination: str         # the other school
    leave_date: str          # ISO, may be empty (not yet ordered)
    order_number: str
    purpose: str = ""        # unused on this form; kept so every certificate has the field
    # the printed sentences (legal text version, body, final) filled in when issued; empty in certificates
    # issued before the wording became a legal text
    wording: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def from_json(data: dict[str, Any]) -> TransferConfirmation:
    values = dict(data)
    values["school"] = Letterhead.from_json(values["school"])
    values["issue"] = Issue(**values["issue"])
    return TransferConfirmation(**values)


TITLE = {"ky": "ТАСТЫКТАМА", "ru": "ПОДТВЕРЖДЕНИЕ"}
LAYOUT = Layout(title=TITLE, subtitle={"ky": "окуучунун башка мектепке которулушу жөнүндө",
                                       "ru": "о переводе учащегося в другую школу"})
_LABELS = {
    "ky": ("Окуучу", "Туулган күнү", "Классы", "Окуу жылы", "Жеке иши №", "Кайсы мектепке", "Чыгарылган күнү",
           "Буйрук"),
    "ru": ("Учащийся", "Дата рождения", "Класс", "Учебный год", "Личное дело №", "В какую школу", "Дата выбытия",
           "Приказ"),
}


def story(data: TransferConfirmation, lang: str) -> list[Flowable]:
    labels = _LABELS[lang]
    values = (data.full_name, long_date(data.birth_date, lang), data.class_name, data.academic_year, data.book,
              data.destination, long_date(data.leave_date, lang),
              f"№ {data.order_number}" if data.order_number else "")
    rows = [(label, value) for label, value in zip(labels, values, strict=True) if value]
    if lang == "ky":
        text = (f"{esc(data.full_name)} ушул мектептен жогоруда көрсөтүлгөн мектепке которулуп жаткандыгы"
                " тастыкталат. Окуучунун жеке иши ата-энесине (мыйзамдуу өкүлүнө) берилет.")
        final = "Тастыктама кабыл алуучу мектепке көрсөтүү үчүн берилди."
    else:
        text = (f"Подтверждается, что {esc(data.full_name)} выбывает из данной школы в указанную выше школу."
                " Личное дело учащегося выдаётся родителю (законному представителю).")
        final = "Подтверждение выдано для предъявления в принимающую школу."
    text, final = worded(data.wording, text, final)
    return page(data.school, data.issue, lang, LAYOUT, rows, [text], final)


TEMPLATE = Template("transfer", "pupil", from_json, story, {"ky": "Которуу тастыктамасы",
                                                             "ru": "Подтверждение о переводе"})


def render(data: TransferConfirmation, lang: str) -> bytes:
    return TEMPLATE.render(data, lang)
