"""The light layout blocks of the forms (style.py): one-line text that becomes a wrapping paragraph when it
does not fit, label/value rows that break between pages but never inside a row, read back with poppler."""

from __future__ import annotations

from pathlib import Path

from app.forms.templates.style import FRAME_WIDTH, Columns, Rows, TextLine, build, fields_table, styles
from tests.certificates.conftest import page_count, pdftotext, word_boxes


def test_rows_break_between_pages_and_every_row_is_printed_once(tmp_path: Path) -> None:
    rows = [(f"Талаа {n:03d}", f"маани {n:03d} " + "Өмүрбеков Ңурлан Үсөнович " * (n % 4)) for n in range(120)]
    pdf = build([[fields_table(rows)]], title="rows")
    assert page_count(pdf, tmp_path) >= 3
    text = " ".join(pdftotext(pdf, tmp_path).split())
    for n in range(120):
        assert text.count(f"Талаа {n:03d}") == 1 and text.count(f"маани {n:03d}") == 1
    a4_height = 841.89
    for width, x0, y0, x1, y1, word in word_boxes(pdf, tmp_path):   # poppler's y runs down from the top
        assert x0 >= 20 and x1 <= width - 20, word
        assert y0 >= 20 and y1 <= a4_height - 20, word    # nothing in the top or bottom margin
    # a row's label and value stay on one page: the page holding "Талаа 050" also holds "маани 050"
    for page in range(1, page_count(pdf, tmp_path) + 1):
        words = " ".join(pdftotext(pdf, tmp_path, page=page).split())
        for n in range(120):
            assert (f"Талаа {n:03d}" in words) == (f"маани {n:03d}" in words)


def test_a_line_too_long_for_its_column_wraps_instead_of_running_off(tmp_path: Path) -> None:
    st = styles()
    long = "Абдыкадыров-Жээнбеков Нурмухаммед-Алишер Өмүрбекович уулу " * 3
    short = TextLine("Берилди", st.label)
    wide = TextLine(long, st.body)
    assert short.wrap(FRAME_WIDTH, 1000)[1] == st.label.leading          # one line
    assert wide.wrap(FRAME_WIDTH / 2, 1000)[1] >= 3 * st.body.leading     # a paragraph now
    pdf = build([[Columns([TextLine("Берилди", st.label), TextLine(long, st.body)], [FRAME_WIDTH / 3, None])]],
                title="wrap")
    assert page_count(pdf, tmp_path) == 1
    for width, x0, _y0, x1, _y1, word in word_boxes(pdf, tmp_path):
        assert x0 >= 20 and x1 <= width - 20, word
    assert "Нурмухаммед-Алишер" in " ".join(pdftotext(pdf, tmp_path).split())


def test_a_row_taller_than_what_is_left_moves_whole_to_the_next_page() -> None:
    st = styles()
    block = Rows([Columns([TextLine(f"{n}", st.body)], [None]) for n in range(3)])
    height = block.wrap(FRAME_WIDTH, 1000)[1]
    first, rest = block.split(FRAME_WIDTH, height * 2 / 3)
    assert len(first.rows) == 2 and len(rest.rows) == 1
    assert block.split(FRAME_WIDTH, height / 10) == []                  # not even one row fits
