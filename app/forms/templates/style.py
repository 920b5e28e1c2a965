"""What every printed form shares: A4 page, styles in our embedded fonts, the school letterhead, the
certificate heading, the signature block, a table style, and the builder that turns a story into PDF
bytes. Templates are pure functions ``data -> PDF bytes``; several stories can share one document
(a batch of certificates) through :func:`build`.

Every table style names FONTNAME: reportlab's table default is Helvetica, which is not embedded and has
no Cyrillic. Documents are built with ``invariant=1`` (fixed creation date and document id), so the
same data always gives the same bytes — a reprint from the register is byte-identical.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.forms.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from app.forms.qr import QrFlowable

PAGE = A4
LANDSCAPE = landscape(A4)
MARGIN = 20 * mm
# The frame pads 6 pt on each side: a table as wide as the margins would stick out by 12 pt.
FRAME_PADDING = 6
FRAME_WIDTH = PAGE[0] - 2 * MARGIN - 2 * FRAME_PADDING


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    letterhead: ParagraphStyle
    letterhead_small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    """Created once per process (ParagraphStyle objects are read-only in use)."""
    global _styles
    if _styles is None:
        register_fonts()
        body = ParagraphStyle("body", fontName=SERIF, fontSize=12, leading=17, spaceAfter=4)
        _styles = Styles(
            body=body,
            small=ParagraphStyle("small", fontName=SANS, fontSize=8, leading=10),
            label=ParagraphStyle("label", parent=body, fontName=SERIF_BOLD),
            title=ParagraphStyle("title", fontName=SERIF_BOLD, fontSize=15, leading=20, alignment=TA_CENTER,
                                 spaceBefore=6, spaceAfter=2),
            subtitle=ParagraphStyle("subtitle", fontName=SERIF, fontSize=11, leading=15, alignment=TA_CENTER,
                                    spaceAfter=8),
            letterhead=ParagraphStyle("letterhead", fontName=SANS_BOLD, fontSize=11, leading=14,
                                      alignment=TA_CENTER),
            letterhead_small=ParagraphStyle("letterhead_small", fontName=SANS, fontSize=8.5, leading=11,
                                            alignment=TA_CENTER),
            cell=ParagraphStyle("cell", fontName=SANS, fontSize=9, leading=11),
            cell_bold=ParagraphStyle("cell_bold", fontName=SANS_BOLD, fontSize=9, leading=11),
            right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
            center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        )
    return _styles


def esc(text: object) -> str:
    """Record text into reportlab's mini-markup: a name with "<" or "&" must print as typed."""
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(text, style or styles().body)


class Columns(Flowable):
    """One row of cells side by side, each cell a flowable or a list stacked top to bottom: what a
    one-row borderless Table drew, without its machinery (measured: a third of a certificate's layout
    time went to three such tables). ``widths``: the last may be None, the rest of the frame."""

    def __init__(self, cells: Sequence[Flowable | Sequence[Flowable]], widths: Sequence[float | None], *,
                 top: float = 2, bottom: float = 2, right: float = 3, valign: str = "TOP") -> None:
        super().__init__()
        self.cells = [list(c) if isinstance(c, list | tuple) else [c] for c in cells]
        self.widths, self.top, self.bottom, self.right, self.valign = list(widths), top, bottom, right, valign
        self._placed: list[list[tuple[Flowable, float, float, float]]] = []
        self._widths: list[float] = []
        self._stacks: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        fixed = sum(w for w in self.widths if w is not None)
        widths = [w if w is not None else availWidth - fixed for w in self.widths]
        self._placed, self._widths, self._stacks = [], widths, []
        for cell, width in zip(self.cells, widths, strict=True):
            # As a Table cell stacks flowables: the space between them, none above the first or below the last.
            placed = []
            for index, flowable in enumerate(cell):
                height = flowable.wrap(width - self.right, availHeight)[1]
                before = flowable.getSpaceBefore() if index else 0.0
                after = flowable.getSpaceAfter() if index < len(cell) - 1 else 0.0
                placed.append((flowable, height, before, after))
            self._placed.append(placed)
            self._stacks.append(sum(h + b + a for _, h, b, a in placed))
        self.width, self.height = availWidth, max(self._stacks, default=0.0) + self.top + self.bottom
        return self.width, self.height

    def draw(self) -> None:
        x = 0.0
        for placed, width, stack in zip(self._placed, self._widths, self._stacks, strict=True):
            y = self.height - self.top if self.valign == "TOP" else self.bottom + stack
            for flowable, height, before, after in placed:
                y -= before + height
                flowable.drawOn(self.canv, x, y)
                y -= after
            x += width


class Rows(Flowable):
    """Rows (:class:`Columns`) one under the other; a page may end between two rows, never inside one."""

    def __init__(self, rows: Sequence[Columns]) -> None:
        super().__init__()
        self.rows = list(rows)
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [row.wrap(availWidth, availHeight)[1] for row in self.rows]
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        used, count = 0.0, 0
        for height in self._heights:
            if used + height > availHeight:
                break
            used, count = used + height, count + 1
        if count in (0, len(self.rows)):
            return []
        return [Rows(self.rows[:count]), Rows(self.rows[count:])]

    def draw(self) -> None:
        y = self.height
        for row, height in zip(self.rows, self._heights, strict=True):
            y -= height
            row.drawOn(self.canv, 0, y)


class Rule(Flowable):
    """A horizontal line across the frame (the letterhead's underline)."""

    def __init__(self, thickness: float, height: float = 2) -> None:
        super().__init__()
        self.thickness, self.line_height = thickness, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.line_height
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 0, self.width, 0)


class TextLine(Flowable):
    """Plain record text in a paragraph style, drawn exactly where a one-line Paragraph draws it.

    Most lines of a form are short (labels, the letterhead, the number and date), and parsing markup and
    breaking lines is most of what a Paragraph costs (a third of a certificate's render time). Text that
    does not fit on one line becomes a real Paragraph at wrap time, so long names and addresses still
    wrap and split, never overflow.
    """

    def __init__(self, text: object, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = str(text or "")
        self.style = style
        self._para: Paragraph | None = None

    def _fits(self, width: float) -> bool:
        st = self.style
        room = width - st.leftIndent - st.rightIndent
        return "\n" not in self.text and stringWidth(self.text, st.fontName, st.fontSize) <= room

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._para is None and not self._fits(availWidth):
            self._para = Paragraph(esc(self.text), self.style)
        if self._para is not None:
            return self._para.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        return self._para.split(availWidth, availHeight) if self._para is not None else []

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self._para is not None:
            self._para.drawOn(canvas, x, y, _sW)
        else:
            super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        st, canvas = self.style, self.canv
        canvas.setFont(st.fontName, st.fontSize)
        canvas.setFillColor(st.textColor)
        baseline = self.height - st.fontSize   # reportlab's first baseline for a one-line paragraph
        if st.alignment == TA_CENTER:
            canvas.drawCentredString((st.leftIndent + self.width - st.rightIndent) / 2, baseline, self.text)
        elif st.alignment == TA_RIGHT:
            canvas.drawRightString(self.width - st.rightIndent, baseline, self.text)
        else:
            canvas.drawString(st.leftIndent, baseline, self.text)


def table_style(*extra: tuple[Any, ...], header: bool = True, grid: bool = True) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if header:
        commands += [("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]
    commands += list(extra)
    return TableStyle(commands)


def grid_table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               *, repeat_header: bool = True) -> Table:
    """A ruled table whose cells wrap (Paragraphs), with the header repeated on every page."""
    st = styles()
    data = [[Paragraph(esc(h), st.cell_bold) for h in header]]
    data += [[Paragraph(esc(v), st.cell) for v in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1 if repeat_header else 0)
    table.setStyle(table_style())
    return table


def fields_table(rows: Sequence[tuple[str, str]], label_width: float = 55 * mm) -> Rows:
    """Label: value lines of a certificate; long values wrap inside their column."""
    st = styles()
    return Rows([Columns([TextLine(label, st.label), TextLine(value, st.body)], [label_width, None], bottom=3)
                 for label, value in rows])


# ------------------------------------------------------------------------------ letterhead and blocks
@dataclass(frozen=True)
class Letterhead:
    """The school's details as printed on top of every official form (from the school record)."""

    name: str
    address: str = ""
    region: str = ""
    district: str = ""
    director_name: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "address": self.address, "region": self.region, "district": self.district,
                "director_name": self.director_name}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Letterhead:
        return cls(**{k: str(data.get(k, "")) for k in ("name", "address", "region", "district", "director_name")})


_LABELS = {
    "ky": {"number": "№", "stamp": "М.О.", "director": "Мектептин директору", "verify": "Текшерүү коду"},
    "ru": {"number": "№", "stamp": "М.П.", "director": "Директор школы", "verify": "Код проверки"},
}


def letterhead_block(head: Letterhead) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    upper = ", ".join(part for part in (head.region, head.district) if part)
    if upper:
        out.append(TextLine(upper, st.letterhead_small))
    out.append(TextLine(head.name, st.letterhead))
    if head.address:
        out.append(TextLine(head.address, st.letterhead_small))
    out += [Spacer(1, 1.5 * mm), Rule(1.2), Spacer(1, 4 * mm)]
    return out


def number_line(number: str, issued: str, lang: str) -> Columns:
    """"№ 01-07/12" on the left, the long date on the right."""
    st = styles()
    return Columns([TextLine(f"{_LABELS[lang]['number']} {number}", st.body), TextLine(issued, st.right)],
                   [FRAME_WIDTH / 2, None], right=0)


def signature_block(director_name: str, lang: str, *, qr_text: str = "", position: str = "") -> Columns:
    """Director, signature line, stamp place; the QR code on the right when the form is registered."""
    st = styles()
    labels = _LABELS[lang]
    left = [TextLine(position or labels["director"], st.body),
            TextLine("_______________ " + director_name, st.body),
            Spacer(1, 6 * mm),
            TextLine(labels["stamp"], st.body)]
    cells: list[Any] = [left]
    widths: list[float | None] = [None]
    if qr_text:
        qr = QrFlowable(qr_text, 32 * mm)
        cells.append([qr, TextLine(f"{labels['verify']}:", st.small), TextLine(qr_text.rsplit("|", 1)[-1], st.small)])
        widths = [FRAME_WIDTH - 40 * mm, None]
    return Columns(cells, widths, valign="BOTTOM")


def closing(last: Sequence[Flowable], signature: Flowable) -> KeepTogether:
    """The last paragraph(s) and the signature on one page: a page never ends before the signature."""
    return KeepTogether([*last, Spacer(1, 10 * mm), signature])


# ------------------------------------------------------------------------------ building
def build(stories: Sequence[list[Flowable]], *, title: str, pagesize: tuple[float, float] = PAGE,
          footer: str = "", watermark: str = "", on_page: Callable[[int], None] | None = None) -> bytes:
    """One PDF from one or more stories, each starting on a new page.

    ``watermark`` is drawn across every page (a preview that must not pass for the real thing);
    ``on_page(page_number)`` runs as each page is finished — progress, and a cancel by raising.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=title, author="Kense",
                            creator="Kense", invariant=1, initialFontName=SANS)
    story: list[Flowable] = []
    for index, part in enumerate(stories):
        if index:
            story.append(PageBreak())
        story += part

    def decorate(canvas: Any, document: Any) -> None:
        if footer:
            canvas.saveState()
            canvas.setFont(SANS, 7.5)
            canvas.drawRightString(pagesize[0] - MARGIN, 8 * mm, f"{footer} — {document.page}")
            canvas.restoreState()
        if watermark:
            canvas.saveState()
            canvas.setFont(SANS_BOLD, 40)
            canvas.setFillColor(colors.Color(0.6, 0.6, 0.6, alpha=0.35))
            canvas.translate(pagesize[0] / 2, pagesize[1] / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, watermark)
            canvas.restoreState()
        if on_page is not None:
            try:
                on_page(document.page)
            except BaseException as exc:  # reportlab re-creates exceptions with a message: carry ours past it
                stopped.append(exc)
                raise _Stop() from exc

    stopped: list[BaseException] = []
    try:
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    except _Stop:
        raise stopped[0] from None
    return buffer.getvalue()


class _Stop(Exception):
    """Stops a build from ``on_page``; reportlab rebuilds it as ``_Stop(message)`` on its way out."""
