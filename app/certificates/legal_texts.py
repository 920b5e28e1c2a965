"""Legal wording printed on forms (the consent text, the transfer notice). The shipped defaults live in
resources/forms/<key>_<lang>.txt and count as version 0; the admin's edits are new numbered versions in
the database, never overwritten, so any signed paper can be matched to the text it carried."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from app.certificates.kinds import FORM_LANGS as LANGS
from app.clock import now_iso
from app.errors import InvalidInput
from app.security.roles import Permission
from app.security.session import Session

KEYS = ("consent", "transfer_notice", "certificate_study", "certificate_employment", "certificate_transfer")
# The certificates' own sentences: a first paragraph (what is certified) and, after a blank line, the
# closing one; placeholders {name}, {year}, {class}, {pupil} (ru: учащимся/учащейся), {purpose}.
CERTIFICATE_KEYS = {"study": "certificate_study", "employment": "certificate_employment",
                    "transfer": "certificate_transfer"}
MAX_LENGTH = 20_000


@dataclass(frozen=True)
class LegalText:
    key: str
    lang: str
    version: int
    body: str

    @property
    def label(self) -> str:
        return f"{self.key}/{self.lang}/{self.version}"

    def filled(self, **values: str) -> str:
        """The text with {school} and {district} filled in (plain replace: an admin's braces are safe)."""
        text = self.body
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text


def _check(key: str, lang: str) -> None:
    if key not in KEYS:
        raise InvalidInput("legal.unknown", key=key)
    if lang not in LANGS:
        raise InvalidInput("certificate.bad_lang", lang=lang)


def default(key: str, lang: str) -> LegalText:
    _check(key, lang)
    body = (resources.files("resources") / "forms" / f"{key}_{lang}.txt").read_text(encoding="utf-8")
    return LegalText(key, lang, 0, body.strip())


def current(session: Session, key: str, lang: str) -> LegalText:
    _check(key, lang)
    row = session.conn.execute("SELECT version, body FROM legal_text WHERE key = ? AND lang = ?"
                               " ORDER BY version DESC LIMIT 1", (key, lang)).fetchone()
    return LegalText(key, lang, int(row[0]), row[1]) if row else default(key, lang)


def set_text(session: Session, key: str, lang: str, body: str) -> LegalText:
    """A new version (admin); the previous ones stay."""
    session.require(Permission.MANAGE_SETTINGS)
    _check(key, lang)
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise InvalidInput("legal.empty")
    if len(body) > MAX_LENGTH:
        raise InvalidInput("certificate.purpose_too_long", limit=MAX_LENGTH)
    if key in CERTIFICATE_KEYS.values() and "{name}" not in body.split("\n\n", 1)[0]:
        raise InvalidInput("legal.certificate_needs_name")
    with session.write() as w:
        row = w.execute("SELECT coalesce(max(version), 0) FROM legal_text WHERE key = ? AND lang = ?",
                        (key, lang)).fetchone()
        version = int(row[0]) + 1
        w.execute("INSERT INTO legal_text (key, lang, version, body, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                  (key, lang, version, body, now_iso(), session.user.id))
        session.audit(w, "legal_text.set", "legal_text", f"{key}/{lang}", {"version": version})
    return LegalText(key, lang, version, body)


def versions(session: Session, key: str, lang: str) -> list[LegalText]:
    _check(key, lang)
    rows = session.conn.execute("SELECT version, body FROM legal_text WHERE key = ? AND lang = ? ORDER BY version",
                                (key, lang)).fetchall()
    return [default(key, lang), *(LegalText(key, lang, int(v), b) for v, b in rows)]


def certificate_wording(session: Session, template: str, lang: str, **values: str) -> dict[str, str]:
    """The sentences a certificate prints, from the current version of its legal text, filled in."""
    text = current(session, CERTIFICATE_KEYS[template], lang)
    body, _, final = text.filled(**values).partition("\n\n")
    return {"version": text.label, "body": " ".join(body.split()), "final": " ".join(final.split())}
