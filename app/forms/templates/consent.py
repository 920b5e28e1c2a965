"""Parent consent to the processing of personal data, with the notice of transfer to a third party
(the district), as required by Resolution No. 759. The legal wording is versioned and editable by the
admin; the form prints the version it carries, so a signed paper can be matched to its text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.forms.templates.lists import heading
from app.forms.templates.style import Letterhead, build, closing, esc, fields_table, styles


@dataclass(frozen=True)
class ConsentForm:
    school: Letterhead
    pupil_name: str
    birth_date: str           # long date in the form's language
    class_name: str
    guardians: tuple[str, ...]
    consent_text: str         # paragraphs separated by blank lines
    consent_version: str      # "consent/ky/2" or "consent/ky/0" (the shipped text)
    notice_text: str
    notice_version: str
    date_line: str = ""       # empty: a blank line to fill in by hand


_T: dict[str, dict[str, Any]] = {
    "ky": {"title": "МАКУЛДУК", "subtitle": "жеке маалыматтарды иштетүүгө", "fields": ("Окуучу", "Туулган күнү",
           "Классы", "Ата-энеси (мыйзамдуу өкүлдөрү)"), "notice": "Үчүнчү тарапка берүү жөнүндө билдирме",
           "version": "Тексттин версиясы", "signer": "Ата-энесинин (мыйзамдуу өкүлүнүн) аты-жөнү",
           "sign": "Колу", "date": "Күнү", "familiar": "Билдирме менен тааныштым"},
    "ru": {"title": "СОГЛАСИЕ", "subtitle": "на обработку персональных данных", "fields": ("Учащийся",
           "Дата рождения", "Класс", "Родители (законные представители)"),
           "notice": "Уведомление о передаче третьей стороне", "version": "Версия текста",
           "signer": "Ф.И.О. родителя (законного представителя)", "sign": "Подпись", "date": "Дата",
           "familiar": "С уведомлением ознакомлен(а)"},
}


_BODY: ParagraphStyle | None = None


def _body() -> ParagraphStyle:
    """A little smaller than a certificate's text, so the usual wording fits on one page to sign."""
    global _BODY
    if _BODY is None:
        _BODY = ParagraphStyle("consent_body", parent=styles().body, fontSize=10.5, leading=14, spaceAfter=3)
    return _BODY


def _paragraphs(text: str) -> list[Flowable]:
    return [Paragraph(esc(block.strip()), _body()) for block in text.split("\n\n") if block.strip()]


def story(data: ConsentForm, lang: str) -> list[Flowable]:
    st = styles()
    t = _T[lang]
    out = heading(data.school, t["title"], t["subtitle"])
    values = (data.pupil_name, data.birth_date, data.class_name, "; ".join(data.guardians))
    out.append(fields_table([(k, v) for k, v in zip(t["fields"], values, strict=True) if v], label_width=60 * mm))
    out.append(Spacer(1, 3 * mm))
    out += _paragraphs(data.consent_text)
    out.append(Paragraph(f"{t['version']}: {esc(data.consent_version)}", st.small))
    out.append(Spacer(1, 4 * mm))
    # The heading keeps with what follows; the notice's last paragraph keeps with the signature.
    out.append(Paragraph(esc(t["notice"]), ParagraphStyle("notice_head", parent=st.label, keepWithNext=1)))
    notice = _paragraphs(data.notice_text)
    out += notice[:-1]
    date_text = esc(data.date_line) if data.date_line else "«____» ______________ 20___"
    signature = fields_table([(t["signer"], "_" * 40), (t["sign"], "_" * 20), (t["date"], date_text)],
                             label_width=80 * mm)
    last = [*notice[-1:], Paragraph(f"{t['version']}: {esc(data.notice_version)}", st.small),
            Paragraph(esc(t["familiar"]) + ".", _body())]
    out.append(closing(last, signature))
    return out


def render(data: ConsentForm, lang: str) -> bytes:
    return build([story(data, lang)], title=_T[lang]["title"])
