"""Study certificate (окуу жайынан маалым кат / справка с места учебы)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from reportlab.platypus import Flowable

from app.forms.templates.certificate import Issue, Layout, Template, esc, long_date, page, purpose_text, worded
from app.forms.templates.style import Letterhead


@dataclass(frozen=True)
class StudyCertificate:
    school: Letterhead
    issue: Issue
    full_name: str
    birth_date: str          # ISO, may be empty
    sex: str                 # F | M
    grade: int
    class_letter: str
    academic_year: str       # "2025/2026"
    language: str            # language of instruction, named in the certificate's language
    purpose: str = ""        # empty: "to whom it may concern"
    # the printed sentences (legal text version, body, final) filled in when issued; empty in certificates
    # issued before the wording became a legal text
    wording: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def from_json(data: dict[str, Any]) -> StudyCertificate:
    values = dict(data)
    values["school"] = Letterhead.from_json(values["school"])
    values["issue"] = Issue(**values["issue"])
    return StudyCertificate(**values)


TITLE = {"ky": "МААЛЫМ КАТ", "ru": "СПРАВКА"}
LAYOUT = Layout(title=TITLE, subtitle={"ky": "окуу жайынан", "ru": "с места учебы"})
_LABELS = {
    "ky": ("Берилди", "Туулган күнү", "Классы", "Окуу жылы", "Окутуу тили"),
    "ru": ("Выдана", "Дата рождения", "Класс", "Учебный год", "Язык обучения"),
}


def story(data: StudyCertificate, lang: str) -> list[Flowable]:
    labels = _LABELS[lang]
    klass = f"{data.grade}-«{data.class_letter}»"
    rows = [(labels[0], data.full_name), (labels[1], long_date(data.birth_date, lang)),
            (labels[2], klass), (labels[3], data.academic_year), (labels[4], data.language)]
    rows = [r for r in rows if r[1]]
    year = esc(data.academic_year)
    if lang == "ky":
        text = (f"Ушул маалым кат менен {esc(data.full_name)} чындап эле {year} окуу жылында ушул мектептин"
                f" {esc(klass)} классынын окуучусу экендиги тастыкталат.")
        final = f"Маалым кат {purpose_text(data.purpose, lang)} берилди."
    else:
        who = "учащейся" if data.sex == "F" else "учащимся"
        text = (f"Дана в том, что {esc(data.full_name)} действительно является {who} {esc(klass)} класса"
                f" данной школы в {year} учебном году.")
        final = f"Справка выдана {purpose_text(data.purpose, lang)}."
    text, final = worded(data.wording, text, final)
    return page(data.school, data.issue, lang, LAYOUT, rows, [text], final)


TEMPLATE = Template("study", "pupil", from_json, story, {"ky": "Маалым кат (окуу жайынан)",
                                                          "ru": "Справка с места учебы"})


def render(data: StudyCertificate, lang: str) -> bytes:
    return TEMPLATE.render(data, lang)
