"""What joins the outbox besides the register: issued certificates (and their void), audit checkpoints,
events; and what never leaves: pupil and staff registers."""

from __future__ import annotations

from app.admin.school import update_school
from app.certificates import register as certificates
from app.documents import events, register
from app.people import classes, pupils
from app.security.session import Session
from app.sync import outbox, service
from tests.certificates.conftest import PUPIL, SCHOOL
from tests.sync.conftest import District


def test_certificates_checkpoints_and_events_arrive_pupils_do_not(enrolled: Session, district: District) -> None:
    update_school(enrolled, **SCHOOL)
    classes.create_class(enrolled, "5-А", language="ky")
    saved = pupils.create_pupil(enrolled, dict(PUPIL), class_ref="5-А", admission_date="2020-09-01",
                                order_number="12")
    issued = certificates.issue(enrolled, "study", saved.id, "ky")
    certificates.void(enrolled, issued.number, "Ката менен берилди")
    doc = register.register(enrolled, kind="incoming", subject="Кат", correspondent="Район")
    events.execute(enrolled, doc.id)
    report = service.run_now(enrolled)
    assert report.reason is None and report.pending == 0
    got = district.report()
    assert got["duplicates"] == 0
    issue = got["data"][f"certificate:{issued.id}:1"]
    void = got["data"][f"certificate:{issued.id}:2"]
    assert issue["state"] == "valid" and issue["number"] == issued.number and issue["void_reason"] == ""
    assert void["state"] == "void" and void["void_reason"] == "Ката менен берилди"
    assert issue["person_name"] and PUPIL["act_address"] not in str(got["data"])
    assert got["by_type"].get("audit_checkpoint", 0) >= 1
    assert got["by_type"].get("document_event", 0) >= 1
    kinds = set(got["by_type"])
    assert kinds <= {"document_version", "document_event", "certificate", "audit_checkpoint"}
    checkpoints = sorted((d["seq"], d["prev_seq"]) for k, d in got["data"].items() if k.startswith("audit_checkpoint"))
    for (seq, prev), (before, _) in zip(checkpoints[1:], checkpoints, strict=False):
        assert prev == before and seq > before   # each extends the one before it
    assert all(r.state == outbox.SYNCED for r in outbox.rows(enrolled.conn))
