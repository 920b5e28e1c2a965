"""Bundled fonts with full Kyrgyz Cyrillic (Ң ң Ө ө Ү ү): DejaVu Sans and Serif."""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "KenseSans"
SANS_BOLD = "KenseSans-Bold"
SERIF = "KenseSerif"
SERIF_BOLD = "KenseSerif-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register once per process; reportlab embeds a subset with a ToUnicode map in each PDF."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources.files("resources") / "fonts"
        for name, filename in _FILES.items():
            with resources.as_file(folder / filename) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF, boldItalic=SERIF_BOLD)
        # Graphics (QR codes, drawings) start from this state; without it every PDF would also
        # reference a non-embedded Helvetica that has no Kyrgyz letters.
        shapes.STATE_DEFAULTS["fontName"] = SANS
        _registered = True
