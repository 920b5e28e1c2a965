"""What the three registered certificates (study, employment, transfer) have in common: the register
fields every one carries, the snapshot stored in the register (JSON of exactly what was printed), and
the page layout: letterhead, title, number and date, the body, the closing with the signature and QR.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.certificates.kinds import FORM_LANGS
from app.forms.dates import format_long_date
from app.forms.templates.style import (
    Letterhead,
    TextLine,
    build,
    closing,
    esc,
    fields_table,
    letterhead_block,
    number_line,
    signature_block,
    styles,
)

LANGS = FORM_LANGS


@dataclass(frozen=True)
class Issue:
    """The register's part of a certificate: number, date, QR text (filled in when issued)."""

    number: str
    issued_on: str          # ISO date: fixed at issue, reprints keep it
    qr_text: str = ""

    @property
    def day(self) -> date:
        return date.fromisoformat(self.issued_on)


def long_date(iso_day: str, lang: str) -> str:
    return format_long_date(date.fromisoformat(iso_day), lang) if iso_day else ""


@dataclass(frozen=True)
class Layout:
    title: dict[str, str]
    subtitle: dict[str, str]


def page(head: Letterhead, issue: Issue, lang: str, layout: Layout, rows: Sequence[tuple[str, str]],
         paragraphs: Sequence[str], final: str) -> list[Flowable]:
    """One certificate page. ``paragraphs`` and ``final`` are markup (already escaped)."""
    st = styles()
    story: list[Flowable] = [*letterhead_block(head), number_line(issue.number, long_date(issue.issued_on, lang), lang),
                             Spacer(1, 6), TextLine(layout.title[lang], st.title),
                             TextLine(layout.subtitle[lang], st.subtitle), fields_table(rows), Spacer(1, 4)]
    story += [Paragraph(text, st.body) for text in paragraphs]
    story.append(closing([Paragraph(final, st.body)], signature_block(head.director_name, lang, qr_text=issue.qr_text)))
    return story


def render_many(stories: Sequence[list[Flowable]], title: str) -> bytes:
    return build(stories, title=title)


# A template as the register sees it.
@dataclass(frozen=True)
class Template:
    kind: str                                   # study | employment | transfer
    person_kind: str                            # pupil | staff
    from_json: Callable[[dict[str, Any]], Any]  # snapshot -> data
    story: Callable[[Any, str], list[Flowable]]
    title: dict[str, str]

    def render(self, data: Any, lang: str) -> bytes:
        return build([self.story(data, lang)], title=self.title[lang])


def worded(wording: dict[str, str], legacy_text: str, legacy_final: str) -> tuple[str, str]:
    """The printed sentences as markup: the versioned wording the snapshot carries (a legal text the
    school may adjust, filled in when issued), or — for a certificate issued before the wording was a
    legal text — the sentences printed then, so its rendering never changes."""
    if wording.get("body"):
        return esc(wording["body"]), esc(wording.get("final", ""))
    return legacy_text, legacy_final


def plain_purpose(purpose: str, lang: str) -> str:
    default = {"ky": "талап кылынган жерге", "ru": "по месту требования"}[lang]
    return purpose.strip() or default


def purpose_text(purpose: str, lang: str) -> str:
    return esc(plain_purpose(purpose, lang))


__all__ = ["LANGS", "Issue", "Layout", "Template", "esc", "long_date", "page", "plain_purpose", "purpose_text",
           "render_many", "worded"]
