"""QR codes on our forms: the matrix from segno (ISO 18004 encoding with the standard's mask
evaluation), drawn as one filled path of horizontal runs.

reportlab's own QR widget is a pure-Python encoder that evaluates all eight masks slowly and then draws
every dark module as its own rectangle; a certificate page spent most of its time there. segno builds
the same kind of symbol several times faster, and one path of merged runs makes a smaller PDF stream.
The level stays M without "boosting", so a given text always gives the same symbol (reprints are
byte-identical) and the version stays as documented in docs/adr/005-certificate-qr.md.
"""

from __future__ import annotations

from typing import Any

import segno
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of light border the standard asks for around the symbol


def qr_matrix(text: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The symbol's dark modules, row by row, without the quiet zone."""
    code = segno.make(text, error=level.lower(), micro=False, boost_error=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def dark_runs(matrix: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules."""
    runs: list[tuple[int, int, int]] = []
    for y, row in enumerate(matrix):
        start = -1
        for x, dark in enumerate((*row, False)):
            if dark and start < 0:
                start = x
            elif not dark and start >= 0:
                runs.append((y, start, x - start))
                start = -1
    return runs


class QrFlowable(Flowable):
    """A square QR code of ``size`` points including the quiet zone."""

    def __init__(self, text: str, size: float, level: str = "M") -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.width = self.height = size
        self._matrix = qr_matrix(text, level)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self._matrix, 0, 0, self.size)


def draw_qr(canvas: Any, matrix: tuple[tuple[bool, ...], ...], x: float, y: float, size: float) -> None:
    """Draw ``matrix`` with its quiet zone into the square (x, y, size) of a reportlab canvas."""
    count = len(matrix) + 2 * QUIET_ZONE
    module = size / count
    top = y + size - QUIET_ZONE * module
    left = x + QUIET_ZONE * module
    path = canvas.beginPath()
    for row, col, length in dark_runs(matrix):
        path.rect(left + col * module, top - (row + 1) * module, length * module, module)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
