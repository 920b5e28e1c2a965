"""A demo district: Chüy oblast, Alamüdün district (national territorial codes), three schools, one admin."""

from __future__ import annotations

from typing import Any

from . import credentials, devices, orgs
from .db import Cur

COUNTRY = ("KG", "country", "Кыргыз Республикасы", None, "Кыргызская Республика")
OBLAST = ("41708000000000", "oblast", "Чүй облусу", "KG", "Чуйская область")
DISTRICT = ("41708203000000", "district", "Аламүдүн району", "41708000000000", "Аламудунский район")
SCHOOLS = [
    ("41708203-0001", "Лебединовка орто мектеби №1", "Лебединовская средняя школа №1"),
    ("41708203-0002", "Васильевка орто мектеби", "Васильевская средняя школа"),
    ("41708203-0003", "Кой-Таш орто мектеби", "Кой-Ташская средняя школа"),
]
ADMIN = "alamudun.admin"


def build(cur: Cur) -> dict[str, Any]:
    """Make what is missing of the demo district; a fresh admin password and enrolment code every time."""
    units = [COUNTRY, OBLAST, DISTRICT] + [(c, "school", n, DISTRICT[0], ru) for c, n, ru in SCHOOLS]
    for code, level, name, parent, name_ru in units:
        cur.execute("SELECT 1 FROM org WHERE code = %s", (code,))
        if cur.fetchone() is None:
            orgs.add_org(cur, code, level, name, parent, name_ru)
    password = credentials.new_password()
    cur.execute("SELECT 1 FROM admin_user WHERE login = %s", (ADMIN,))
    if cur.fetchone() is None:
        orgs.add_admin(cur, ADMIN, "district-admin", DISTRICT[0], password)
    else:
        cur.execute("UPDATE admin_user SET password_hash = %s, disabled = false WHERE login = %s",
                    (credentials.hash_password(password), ADMIN))
    school = SCHOOLS[0][0]
    code = devices.issue_enrol_code(cur, school, by=ADMIN)
    return {"admin": ADMIN, "password": password, "school": school, "enrol_code": code}
