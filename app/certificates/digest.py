"""The render digest kept in the register (column ``render_digest``) for each issued certificate.

A certificate is rendered once: alone when it is issued alone, or as its page of the batch PDF. Its
digest therefore cannot be the SHA-256 of a stand-alone PDF without rendering the batch twice. Instead
it covers what decides the document: the template, the language, the canonical snapshot (exactly
what was printed) and the renderer's fingerprint — the SHA-256 of a reference certificate of that
template and language rendered by this build (fonts, reportlab, segno, our layout code). PDFs are built
in reportlab's invariant mode, so equal inputs and an equal renderer give the same bytes: a reprint
whose digest matches is the identical document; a changed snapshot or a renderer that now draws
differently (a font or layout update) is refused, as docs/adr/005-certificate-qr.md says.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

from app.forms.templates.certificate import Template

_DOMAIN = "kense-certificate-render-v1"
_SCHOOL = {"name": "Мектеп № 1 (үлгү) — Школа № 1", "address": "Көчө 1", "region": "Нарын облусу",
           "district": "Нарын шаары", "director_name": "Үсөнова Өмүркан Ңурбековна"}
_ISSUE = {"number": "01-07/1234", "issued_on": "2026-09-01",
          "qr_text": "KENSE1|00000000-0000-7000-8000-000000000000|S|01-07/1234|2026-09-01|AAAAAAAAAA"}
_PERSON = {"school": _SCHOOL, "issue": _ISSUE, "full_name": "Өмүрбеков Үмүтбек Ңурланович",
           "birth_date": "2014-03-05", "sex": "M", "purpose": ""}
SAMPLES: dict[str, dict[str, Any]] = {
    "study": {**_PERSON, "grade": 5, "class_letter": "А", "academic_year": "2026/2027", "language": "кыргыз"},
    "employment": {**_PERSON, "position": "мугалим", "hire_date": "2010-08-25", "hire_order": "45-к"},
    "transfer": {**_PERSON, "class_name": "7-Б", "academic_year": "2026/2027", "book": "Ө/7",
                 "destination": "№ 2 мектеп", "leave_date": "2026-10-01", "order_number": "12"},
}

_fingerprints: dict[tuple[str, str], str] = {}
_lock = threading.Lock()


def renderer_fingerprint(tpl: Template, lang: str) -> str:
    """SHA-256 of the reference certificate as this build renders it (once per process)."""
    key = (tpl.kind, lang)
    with _lock:
        found = _fingerprints.get(key)
    if found is None:
        found = hashlib.sha256(tpl.render(tpl.from_json(SAMPLES[tpl.kind]), lang)).hexdigest()
        with _lock:
            _fingerprints[key] = found
    return found


def canonical(snapshot: dict[str, Any]) -> str:
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def render_digest(tpl: Template, lang: str, snapshot: dict[str, Any]) -> str:
    text = "\n".join((_DOMAIN, tpl.kind, lang, renderer_fingerprint(tpl, lang), canonical(snapshot)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
