"""The printable register read back with poppler: Kyrgyz text, embedded fonts, the period's rows only."""

from __future__ import annotations

import subprocess
from datetime import date

from app.documents import events, register_pdf
from app.documents import register as reg
from app.documents.model import Series


def test_register_for_a_period(secretary, teacher, tmp_path) -> None:
    reg.register(secretary, kind="incoming", subject="Мурунку жылдагы кат", reg_date="2024-12-30")
    a = reg.register(secretary, kind="incoming", subject="Окуу китептерин бөлүштүрүү жөнүндө",
                     correspondent="Билим берүү бөлүмү", their_number="02-15/77", their_date="2025-01-09",
                     reg_date="2025-01-10", executor="teacher", due="2025-01-20")
    events.execute(teacher, a.id)
    reg.register(secretary, kind="outgoing", subject="Чыгуучу кат", reg_date="2025-01-11")
    pdf = register_pdf.print_register(secretary, Series.INCOMING, date(2025, 1, 1), date(2025, 1, 31), lang="ky")
    path = tmp_path / "register.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Кирүүчү документтерди каттоо журналы" in text
    assert "2025-жылдын 1-январы" in text
    assert "Окуу китептерин бөлүштүрүү" in text and "02-15/77" in text and "20.01.2025" in text
    assert "Мурунку жылдагы" not in text and "Чыгуучу кат" not in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts
    ru = register_pdf.print_register(secretary, Series.INCOMING, date(2025, 1, 1), date(2025, 1, 31), lang="ru")
    path.write_bytes(ru)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Журнал регистрации входящих документов" in text and "1 января 2025 г." in text
    audited = secretary.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'print.register'").fetchone()[0]
    assert audited == 2
