"""Certificates and forms: how long one certificate takes, a 500-page batch, and our overhead against
raw reportlab drawing the same pages. Prints figures; not a pass/fail test.

    python -m bench.certificates
"""

from __future__ import annotations

import io
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("KENSE_KDF_TARGET_MS", "20")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.forms.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from app.forms.qr import draw_qr, qr_matrix
from app.forms.templates import study
from app.forms.templates.certificate import Issue
from app.forms.templates.style import Letterhead, build

HEAD = Letterhead("Нарын шаарындагы Т. Сатылганов атындагы №4 мектеп-гимназия",
                  "Нарын облусу, Нарын шаары, Ленин көчөсү, 45", "Нарын облусу", "Нарын шаары",
                  "Сатылганова Гүлзат Өмүрбековна")
QR = "KENSE1|01a20121-1169-70e6-81fc-fcbece40ead0|S|{n}|2026-11-22|YBTD7UPIUI"


def certificate(n: int) -> study.StudyCertificate:
    return study.StudyCertificate(HEAD, Issue(str(n), "2026-11-22", QR.format(n=n)),
                                  f"Өмүрбеков Үмүтбек Ңурланович {n}", "2014-03-05", "M", 5, "А", "2026/2027",
                                  "кыргыз тили", "")


def raw_pages(count: int) -> bytes:
    """The same page drawn straight on a canvas: positions fixed by hand, no layout engine, the same QR."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=SANS)
    width, height = A4
    for n in range(1, count + 1):
        data = certificate(n)
        y = height - 20 * mm
        canvas.setFont(SANS, 8.5)
        canvas.drawCentredString(width / 2, y, f"{HEAD.region}, {HEAD.district}")
        canvas.setFont(SANS_BOLD, 11)
        canvas.drawCentredString(width / 2, y - 14, HEAD.name)
        canvas.setFont(SANS, 8.5)
        canvas.drawCentredString(width / 2, y - 27, HEAD.address)
        canvas.line(20 * mm, y - 33, width - 20 * mm, y - 33)
        canvas.setFont(SERIF, 12)
        canvas.drawString(20 * mm, y - 55, f"№ {n}")
        canvas.drawRightString(width - 20 * mm, y - 55, "2026-жылдын 22-ноябры")
        canvas.setFont(SERIF_BOLD, 15)
        canvas.drawCentredString(width / 2, y - 85, "МААЛЫМ КАТ")
        canvas.setFont(SERIF, 11)
        canvas.drawCentredString(width / 2, y - 100, "окуу жайынан")
        rows = (("Берилди", data.full_name), ("Туулган күнү", "2014-жылдын 5-марты"), ("Классы", "5-«А»"),
                ("Окуу жылы", data.academic_year), ("Окутуу тили", data.language))
        line = y - 125
        for label, value in rows:
            canvas.setFont(SERIF_BOLD, 12)
            canvas.drawString(20 * mm, line, label)
            canvas.setFont(SERIF, 12)
            canvas.drawString(75 * mm, line, value)
            line -= 20
        canvas.drawString(20 * mm, line - 5, f"Ушул маалым кат менен {data.full_name} чындап эле")
        canvas.drawString(20 * mm, line - 22, "2026/2027 окуу жылында ушул мектептин 5-«А» классынын окуучусу")
        canvas.drawString(20 * mm, line - 39, "экендиги тастыкталат. Маалым кат талап кылынган жерге берилди.")
        canvas.drawString(20 * mm, line - 90, "Мектептин директору")
        canvas.drawString(20 * mm, line - 108, "_______________ " + HEAD.director_name)
        canvas.drawString(20 * mm, line - 140, "М.О.")
        # The same QR encoder and drawing as ours (segno matrix, one path): the ratio measures the
        # layout engine, not a different QR library.
        draw_qr(canvas, qr_matrix(data.issue.qr_text), width - 60 * mm, line - 140, 32 * mm)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def ours(count: int) -> bytes:
    return build([study.story(certificate(n), "ky") for n in range(1, count + 1)], title="bench")


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def issue_in_register(rounds: int) -> tuple[float, float]:
    """The whole `issue`: read and reveal the record, number, QR, render, insert, audit — on a real
    encrypted profile. Then 500 prepared certificates numbered and rendered in one transaction + one PDF."""
    from app.certificates import register
    from app.people import classes, pupils
    from app.security.profile import Profile

    root = Path(tempfile.mkdtemp(prefix="kense-bench-")) / "profile"
    profile = Profile(root)
    profile.create(school_name=HEAD.name, admin_login="admin", admin_name="Bench Admin",
                   admin_password="Bench-Syrsoz-2026!", bind_device=False)
    session = profile.sign_in("admin", "Bench-Syrsoz-2026!")
    try:
        classes.create_class(session, "5-А", language="ky")
        pid = pupils.create_pupil(session, {"surname": "Өмүрбеков", "given_name": "Үмүтбек", "sex": "M",
                                            "birth_date": "2014-03-05"}, class_ref="5-А").id
        register.issue(session, "study", pid, "ky")   # warm-up: fonts, key creation
        single = statistics.median(timed(register.issue, session, "study", pid, "ky") for _ in range(rounds))
        data = register.sources.study_data(session, pid, "ky", "")
        items = [(pid, replace(data, full_name=f"Өмүрбеков Үмүтбек {n}")) for n in range(500)]
        start = time.perf_counter()
        register.issue_many_data(session, register.TEMPLATES["study"], items, "ky")  # numbered + one PDF
        batch = time.perf_counter() - start
    finally:
        session.close()
    return single, batch


def main() -> None:
    register_fonts()
    ours(1)
    raw_pages(1)  # warm-up: font subsetting caches
    single = statistics.median(timed(study.render, certificate(n), "ky") for n in range(30))
    # Pairs run back to back, the ratio taken within each pair: on a shared virtual machine the speed
    # drifts between runs by more than the difference measured, and a pair sees the same drift.
    rounds = [(timed(ours, 500), timed(raw_pages, 500)) for _ in range(7)]
    ours_500 = statistics.median(r[0] for r in rounds)
    raw_500 = statistics.median(r[1] for r in rounds)
    ratios = sorted(r[0] / r[1] for r in rounds)
    one_issue, batch_issue = issue_in_register(10)
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"one study certificate with QR, render only: median {single * 1000:.1f} ms (30 runs)")
    print(f"one certificate issued in the register (read + reveal audit + number + render + insert + audit):"
          f" median {one_issue * 1000:.1f} ms (10 runs)")
    print(f"500 study certificates in one PDF: {ours_500:.2f} s (median of 7)")
    print(f"raw reportlab canvas, the same 500 pages: {raw_500:.2f} s (median of 7)")
    print(f"ratio ours/raw, median of 7 back-to-back pairs: {statistics.median(ratios):.2f}x"
          f" (pairs {', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"500 certificates issued in one transaction + one combined PDF: {batch_issue:.2f} s")
    print(f"date: {date.today().isoformat()}")


if __name__ == "__main__":
    main()
