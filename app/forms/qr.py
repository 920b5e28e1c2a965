"""QR codes on our forms: the matrix from segno (ISO 18004 encoding), drawn as one filled path of
horizontal runs.

reportlab's own QR widget is a pure-Python encoder that evaluates all eight masks slowly and then draws
every dark module as its own rectangle; a certificate page spent most of its time there. segno encodes
about twice as fast, but its mask evaluation (module by module in Python) was still most of a page's
time, so the choice of mask is made here: the same penalty rules (N1–N4 of ISO/IEC 18004:2015 7.8.3,
as segno scores them) computed on whole rows with bytes, regular expressions and integer bit
operations, then segno builds the symbol with that mask. tests/forms/test_qr.py checks that the chosen
mask and the symbol equal segno's own for many texts. The level stays M without "boosting", so a given
text always gives the same symbol (reprints are identical) and the version stays as documented in
docs/adr/005-certificate-qr.md.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable
from segno import encoder as _encoder

QUIET_ZONE = 4  # modules of light border the standard asks for around the symbol


_MASKS = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
)
_RUN = re.compile(rb"\x00{5,}|\x01{5,}")
_N3 = b"\x01\x00\x01\x01\x01\x00\x01"
_BITS = bytes.maketrans(b"01", b"\x00\x01")


@functools.lru_cache(maxsize=8)
def _layout(size: int) -> tuple[tuple[int, ...], tuple[tuple[int, ...], ...], tuple[int, ...]]:
    """For a symbol size: the function patterns as they stand while masks are scored (format and
    version areas still light), the data region per row, and each mask's bits inside it, per row."""
    matrix = _encoder.make_matrix(size, size)
    _encoder.add_finder_patterns(matrix, size, size)
    _encoder.add_alignment_patterns(matrix, size, size)
    region = tuple(_bits(1 if v > 1 else 0 for v in row) for row in matrix)
    fixed = tuple(_bits(1 if v == 1 else 0 for v in row) for row in matrix)
    masks = tuple(tuple(_bits(1 if mask(i, j) else 0 for j in range(size)) & region[i] for i in range(size))
                  for mask in _MASKS)
    return fixed, masks, region


def _bits(values: Any) -> int:
    out = 0
    for v in values:
        out = (out << 1) | v
    return out


def _n3(joined: bytes, size: int) -> int:
    """segno's N3 count (the 1:1:3:1:1 pattern with four light modules on one side) over every row and
    column at once: ``joined`` holds the lines, each followed by one separator byte."""
    stride = size + 1
    count = 0
    pos = joined.find(_N3)
    while pos != -1:
        start = pos - pos % stride               # where this line begins
        idx = pos - start
        after = pos + 7
        if (idx in (0, size - 7) or not any(joined[max(pos - 4, start):pos])
                or not any(joined[after:min(after + 4, start + size)])):
            count += 40
        else:
            after = pos + 4
        pos = joined.find(_N3, after)
    return count


def penalty(rows: list[int], size: int) -> int:
    """N1 + N2 + N3 + N4 of a symbol given as one integer per row (bit size-1-j = module j)."""
    lines = [format(r, f"0{size}b").encode("ascii").translate(_BITS) for r in rows]
    columns = [bytes(c) for c in zip(*lines, strict=True)]
    joined = b"\x09".join((*lines, *columns)) + b"\x09"   # 9 never occurs in a line: no run crosses it
    shorter, runs = _RUN.subn(b"", joined)
    n1 = len(joined) - len(shorter) - 2 * runs               # every run of 5 + i scores 3 + i
    edge = (1 << (size - 1)) - 1
    n2 = 0
    for a, b in itertools.pairwise(rows):
        same = ~(a ^ (a >> 1)) & ~(b ^ (b >> 1)) & ~(a ^ b) & edge
        n2 += 3 * same.bit_count()
    dark = sum(r.bit_count() for r in rows)
    n4 = 10 * int(abs(float(dark) / (size ** 2) * 100 - 50) / 5)
    return n1 + n2 + _n3(joined, size) + n4


def _choose(text: str, level: str) -> tuple[Any, list[int], int]:
    """Encode once with mask 0, score all eight masks on the data modules; (code, rows, best mask)."""
    code = _encoder.encode(text, error=level.lower(), mask=0, micro=False, boost_error=False)
    size = len(code.matrix)
    fixed, masks, region = _layout(size)
    rows = [_bits(row) for row in code.matrix]
    data = [(rows[i] ^ masks[0][i]) & region[i] for i in range(size)]  # the unmasked data modules
    scores = [penalty([fixed[i] | (data[i] ^ mask[i]) for i in range(size)], size) for mask in masks]
    best = scores.index(min(scores))
    return code, rows, best


def best_mask(text: str, level: str = "M") -> int:
    """The mask with the lowest penalty (the first of equals), as the standard and segno choose it."""
    return _choose(text, level)[2]


def qr_matrix(text: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The symbol's dark modules, row by row, without the quiet zone."""
    code, rows, best = _choose(text, level)
    size = len(rows)
    _, masks, _ = _layout(size)
    matrix = tuple(bytearray(format(rows[i] ^ masks[0][i] ^ masks[best][i], f"0{size}b").encode("ascii")
                             .translate(_BITS)) for i in range(size))
    _encoder.add_format_info(matrix, code.version, code.error, best)  # the format bits name the mask
    return tuple(tuple(bool(v) for v in row) for row in matrix)


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
