"""The data a form prints, read from the records through the people subsystem's services (which check
the reader's rights and audit the reveal). Nothing on a certificate is typed twice."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.admin.school import get_school
from app.certificates import legal_texts
from app.errors import Conflict, InvalidInput
from app.forms.templates.certificate import Issue, plain_purpose
from app.forms.templates.employment import EmploymentCertificate
from app.forms.templates.study import StudyCertificate
from app.forms.templates.style import Letterhead
from app.forms.templates.transfer import TransferConfirmation
from app.people import classes as classes_service
from app.people import pupils as pupils_service
from app.people import staff as staff_service
from app.people.classifiers import Classifiers
from app.people.names import full_name
from app.people.values import academic_year_of
from app.security.session import Session

PLACEHOLDER = Issue(number="", issued_on="2000-01-01")


def letterhead(session: Session) -> Letterhead:
    school = get_school(session)
    return Letterhead(school.name, school.address, school.region, school.district, school.director_name)


def pupil_record(session: Session, pupil_id: str, lang: str) -> dict[str, Any]:
    record = pupils_service.get_pupil(session, pupil_id, reveal=True, lang=lang)
    if record["blocked"] or record["depersonalised"]:
        raise Conflict("person.blocked")
    return record


def study_data(session: Session, pupil_id: str, lang: str, purpose: str, *,
               record: dict[str, Any] | None = None, head: Letterhead | None = None) -> StudyCertificate:
    record = record or pupil_record(session, pupil_id, lang)
    if not record.get("class_id") or record["status"] != "active":
        raise InvalidInput("certificate.not_enrolled")
    conn = session.conn
    klass = classes_service.get_class(conn, record["class_id"])
    language = Classifiers(conn).name("ref_language", klass.language, lang)
    return StudyCertificate(
        school=head or letterhead(session), issue=PLACEHOLDER,
        full_name=full_name(record["surname"], record["given_name"], record["patronymic"]),
        birth_date=record.get("birth_date") or "", sex=record["sex"], grade=klass.grade,
        class_letter=klass.letter, academic_year=klass.academic_year, language=language, purpose=purpose,
        wording=legal_texts.certificate_wording(
            session, "study", lang, name=full_name(record["surname"], record["given_name"], record["patronymic"]),
            year=klass.academic_year, **{"class": f"{klass.grade}-«{klass.letter}»"},
            pupil="учащейся" if record["sex"] == "F" else "учащимся", purpose=plain_purpose(purpose, lang)))


def transfer_data(session: Session, pupil_id: str, lang: str, purpose: str) -> TransferConfirmation:
    record = pupil_record(session, pupil_id, lang)
    leaving = [m for m in record["movements"] if m["kind"] == "transfer_out"]
    if not leaving:
        raise InvalidInput("certificate.no_transfer")
    move = leaving[-1]
    return TransferConfirmation(
        school=letterhead(session), issue=PLACEHOLDER,
        full_name=full_name(record["surname"], record["given_name"], record["patronymic"]),
        birth_date=record.get("birth_date") or "", sex=record["sex"], class_name=move["from_class"] or "",
        academic_year=academic_year_of(date.fromisoformat(move["date"])), book=record.get("book", ""),
        destination=move["other_school"], leave_date=move["date"], order_number=move["order_number"],
        purpose=purpose, wording=legal_texts.certificate_wording(
            session, "transfer", lang, name=full_name(record["surname"], record["given_name"], record["patronymic"]),
            purpose=plain_purpose(purpose, lang)))


def staff_record(session: Session, staff_id: str) -> dict[str, Any]:
    """The staff record through the staff register's service (rights checked, the reveal audited)."""
    record = staff_service.get_staff(session, staff_id, reveal=True)
    if record["blocked"] or record["depersonalised"]:
        raise Conflict("person.blocked")
    return record


def employment_data(session: Session, staff_id: str, lang: str, purpose: str) -> EmploymentCertificate:
    record = staff_record(session, staff_id)
    if record["dismissal_date"]:
        raise InvalidInput("certificate.staff_dismissed")
    position = Classifiers(session.conn).name("ref_position", record["position"], lang)
    return EmploymentCertificate(
        school=letterhead(session), issue=PLACEHOLDER,
        full_name=full_name(record["surname"], record["given_name"], record["patronymic"]),
        birth_date=record["birth_date"] or "", sex=record["sex"], position=position,
        hire_date=record["hire_date"] or "", hire_order=record["hire_order"] or "", purpose=purpose,
        wording=legal_texts.certificate_wording(
            session, "employment", lang, name=full_name(record["surname"], record["given_name"], record["patronymic"]),
            purpose=plain_purpose(purpose, lang)))


def certificate_data(session: Session, template: str, person_id: str, lang: str, purpose: str) -> Any:
    if template == "study":
        return study_data(session, person_id, lang, purpose)
    if template == "employment":
        return employment_data(session, person_id, lang, purpose)
    if template == "transfer":
        return transfer_data(session, person_id, lang, purpose)
    raise InvalidInput("certificate.bad_template", template=template)
