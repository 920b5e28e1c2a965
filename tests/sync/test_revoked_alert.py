"""A computer the district revoked is an alert for the responsible person; enrolled again and revoked
again, it is a new one."""

from __future__ import annotations

from app.desk import alerts
from app.desk.alert_messages import Names, describe
from app.security.session import Session
from app.sync import service
from app.sync.spool import Spool
from tests.sync.conftest import District


def _device(session: Session) -> str:
    with Spool.for_profile(session.profile.root) as spool:
        return spool.config()["device_id"]


def test_a_revoked_device_raises_an_alert_once_per_enrolment(enrolled: Session, district: District) -> None:
    assert alerts.refresh(enrolled) == []
    district.revoke()
    assert service.run_now(enrolled).reason == "device_revoked"
    (revoked,) = alerts.refresh(enrolled)
    first_device = _device(enrolled)
    assert (revoked.kind, revoked.subject, revoked.period, revoked.count) == ("device_revoked", first_device, "", 1)
    assert describe(revoked, "ru", Names(enrolled.conn)).startswith("Район ")
    assert "отозвал доступ этого компьютера" in describe(revoked, "ru", Names(enrolled.conn))
    assert alerts.refresh(enrolled) == []
    alerts.acknowledge(enrolled, revoked.id, "Компьютер заменён, район выдаст новый код")
    service.enrol(enrolled, district.url, district.code())
    assert service.run_now(enrolled).reason is None
    assert alerts.refresh(enrolled) == []
    district.revoke()
    service.run_now(enrolled)
    (again,) = alerts.refresh(enrolled)
    assert again.kind == "device_revoked" and again.subject == _device(enrolled) != first_device
