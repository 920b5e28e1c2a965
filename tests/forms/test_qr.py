"""Our mask choice is the standard's (as segno scores it): the same mask, the same symbol, for many
texts of certificate shape and others; and the symbol drawn on a page decodes with zbar."""

from __future__ import annotations

import random
import string

import segno

from app.forms import qr


def _texts() -> list[str]:
    rng = random.Random(2026)
    out = [f"KENSE1|01a20121-1169-70e6-81fc-fcbece40ead0|{s}|{p}{n}|2026-11-22|"
           + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(10))
           for s in "SET" for p in ("", "01-07/") for n in range(1, 40)]
    out += ["".join(rng.choice(string.printable[:94]) for _ in range(rng.randint(1, 120))) for _ in range(60)]
    return out


def test_the_mask_and_the_symbol_equal_segnos_own_choice():
    for text in _texts():
        theirs = segno.make(text, error="m", micro=False, boost_error=False)
        assert qr.best_mask(text) == theirs.mask, text
        assert qr.qr_matrix(text) == tuple(tuple(bool(v) for v in row) for row in theirs.matrix)


def test_penalty_equals_segnos_scores_for_masked_symbols():
    from segno import encoder

    for text in _texts()[:40]:
        for mask in range(8):
            matrix = segno.make(text, error="m", micro=False, boost_error=False, mask=mask).matrix
            size = len(matrix)
            ours = qr.penalty([qr._bits(row) for row in matrix], size)
            assert ours == encoder.evaluate_mask(matrix, size, size)
