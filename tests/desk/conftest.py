"""A school with a known history, shared by the audit viewer's tests (app, CLI extract, the tab)."""

from __future__ import annotations

import re

import pytest

from app.admin import users
from app.audit import chain
from app.people import pd_operations, pupils

PAST = "2026-03-02T09:15:00Z"


@pytest.fixture
def history(admin_session, make_user):
    """admin adds two pupils; Зарина (secretary) reveals one twice and prints its personal file; on
    2 March an older print is on record; the second pupil is then destroyed."""
    s = admin_session
    aibek = pupils.create_pupil(s, {"surname": "Садыков", "given_name": "Айбек", "sex": "M",
                                    "birth_date": "2014-05-03"}).id
    gone = pupils.create_pupil(s, {"surname": "Жолдошева", "given_name": "Бермет", "sex": "F",
                                   "birth_date": "2014-01-09"}).id
    users.add_user(s, "zarina", "Зарина Токтогулова", "secretary", "Baska-Syrsoz-2026")
    zarina = s.profile.sign_in("zarina", "Baska-Syrsoz-2026")
    pupils.get_pupil(zarina, aibek, reveal=True)
    pupils.get_pupil(zarina, gone, reveal=True)
    zarina.audit_now("print", "pupil", aibek, {"form": "personal_file"})
    with s.write() as w:
        chain.append(w, s.db_id, user_id=zarina.user.id, action="print", object_type="pupil", object_id=aibek,
                     detail={"form": "consent"}, at=PAST)
    zarina.close()
    pd_operations.destroy(s, gone, "срок хранения истёк")
    return {"aibek": aibek, "gone": gone}


_MOMENT = re.compile(r"^\s*(\d\d\.\d\d\.\d{4} \d\d:\d\d)\s{2,}(.+?)\s{2,}(.+?)\s*$")


def extract_rows(text: str) -> list[tuple[str, str, str]]:
    """The table of an audit extract read back with ``pdftotext -layout``: (date, who, what happened),
    a name or sentence wrapped inside its cell joined again (by the column it starts under). Stops at
    the total under the table."""
    rows: list[list[str]] = []
    starts: tuple[int, int, int] = (0, 0, 0)
    for line in text.splitlines():
        match = _MOMENT.match(line)
        if match:
            rows.append([match[1], match[2], match[3]])
            starts = (match.start(1), match.start(2), match.start(3))
        elif rows and re.match(r"^\s*(Всего|Жазуулардын)", line):
            break
        elif rows and line.strip():
            for part in re.finditer(r"\S+(?: \S+)*", line):
                column = min(range(3), key=lambda n: abs(starts[n] - part.start()))
                rows[-1][column] += " " + part[0]
    return [(at, who, what) for at, who, what in rows]


def signed_by(text: str) -> str:
    """The name printed under "the person responsible for personal data" in an extract's sign-off."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    at = next(n for n, line in enumerate(lines) if line.startswith(("Ответственный за защиту", "Жеке маалыматтарды")))
    return re.split(r"\s{2,}|_{3,}", lines[at + 1])[0].strip()
