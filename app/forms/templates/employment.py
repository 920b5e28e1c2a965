"""Employment certificate (иш ордунан маалым кат / справка с места работы)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from reportlab.platypus import Flowable

from app.forms.templates.certificate import Issue, Layout, Template, esc, long_date, page, purpose_text, worded
from app.forms.templates.style import Letterhead


@dataclass(frozen=True)
class EmploymentCertificate:
    school: Letterhead
    issue: Issue
    full_name: str
    birth_date: str
    sex: str
    position: str            # named in the certificate's language
    hire_date: str           # ISO, may be empty
    hire_order: str
    purpose: str = ""
    # the printed sentences (legal text version, body, final) filled in when issued; empty in certificates
    # issued before the wording became a legal text
    wording: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def from_json(data: dict[str, Any]) -> EmploymentCertificate:
    values = dict(data)
    values["school"] = Letterhead.from_json(values["school"])
    values["issue"] = Issue(**values["issue"])
    return EmploymentCertificate(**values)


TITLE = {"ky": "МААЛЫМ КАТ", "ru": "СПРАВКА"}
LAYOUT = Layout(title=TITLE, subtitle={"ky": "иш ордунан", "ru": "с места работы"})
_LABELS = {
    "ky": ("Берилди", "Туулган күнү", "Кызматы", "Ишке кабыл алынган күнү", "Буйрук"),
    "ru": ("Выдана", "Дата рождения", "Должность", "Дата приёма на работу", "Приказ"),
}


def story(data: EmploymentCertificate, lang: str) -> list[Flowable]:
    labels = _LABELS[lang]
    order = f"№ {data.hire_order}" if data.hire_order else ""
    rows = [(labels[0], data.full_name), (labels[1], long_date(data.birth_date, lang)),
            (labels[2], data.position), (labels[3], long_date(data.hire_date, lang)), (labels[4], order)]
    rows = [r for r in rows if r[1]]
    if lang == "ky":
        text = (f"Ушул маалым кат менен {esc(data.full_name)} чындап эле ушул мектепте иштей тургандыгы"
                " тастыкталат.")
        final = f"Маалым кат {purpose_text(data.purpose, lang)} берилди."
    else:
        text = f"Дана в том, что {esc(data.full_name)} действительно работает в данной школе."
        final = f"Справка выдана {purpose_text(data.purpose, lang)}."
    text, final = worded(data.wording, text, final)
    return page(data.school, data.issue, lang, LAYOUT, rows, [text], final)


TEMPLATE = Template("employment", "staff", from_json, story, {"ky": "Маалым кат (иш ордунан)",
                                                               "ru": "Справка с места работы"})


def render(data: EmploymentCertificate, lang: str) -> bytes:
    return TEMPLATE.render(data, lang)
