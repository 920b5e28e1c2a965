"""Roles and the permissions each holds. Services check permissions; the GUI only hides buttons."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"          # responsible for information security: users, settings, backups, audit
    DIRECTOR = "director"
    SECRETARY = "secretary"
    TEACHER = "teacher"      # read-only, own class


class Permission(StrEnum):
    MANAGE_USERS = "users.manage"
    VIEW_USERS = "users.view"
    MANAGE_SETTINGS = "settings.manage"
    VIEW_SETTINGS = "settings.view"
    VIEW_AUDIT = "audit.view"
    ACKNOWLEDGE_FINDINGS = "audit.acknowledge"  # close an integrity finding with a reason
    MANAGE_KEYS = "keys.manage"           # rekey, recovery slot
    MANAGE_BACKUPS = "backups.manage"
    VIEW_SECURITY = "security.view"
    VIEW_PEOPLE = "people.view"
    VIEW_STAFF = "staff.view"             # the staff register (teachers see only their own class's pupils)
    EDIT_PEOPLE = "people.edit"
    REVEAL_PERSONAL = "people.reveal"
    MANAGE_PERSONAL_DATA = "people.pd_operations"  # block, depersonalise, destroy
    IMPORT_PEOPLE = "people.import"
    EXPORT_DATA = "data.export"
    VIEW_DOCUMENTS = "documents.view"
    REGISTER_DOCUMENTS = "documents.register"
    VIEW_RESTRICTED_DOCUMENTS = "documents.restricted"
    ISSUE_CERTIFICATES = "certificates.issue"
    VIEW_CERTIFICATES = "certificates.view"
    SYNC = "sync.run"
    ACKNOWLEDGE_ALERTS = "alerts.acknowledge"  # the responsible person's alerts, closed with a note
    RECORD_INCIDENT_OUTCOME = "incidents.outcome"   # the responsible person closes an incident report


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.DIRECTOR: _ALL - {Permission.MANAGE_USERS, Permission.MANAGE_KEYS, Permission.MANAGE_SETTINGS,
                           Permission.ACKNOWLEDGE_FINDINGS},
    Role.SECRETARY: frozenset({
        Permission.VIEW_USERS, Permission.VIEW_SETTINGS, Permission.VIEW_PEOPLE, Permission.VIEW_STAFF,
        Permission.EDIT_PEOPLE,
        Permission.REVEAL_PERSONAL, Permission.IMPORT_PEOPLE, Permission.EXPORT_DATA,
        Permission.VIEW_DOCUMENTS, Permission.REGISTER_DOCUMENTS, Permission.ISSUE_CERTIFICATES,
        Permission.VIEW_CERTIFICATES, Permission.SYNC,
    }),
    Role.TEACHER: frozenset({Permission.VIEW_PEOPLE, Permission.VIEW_SETTINGS}),  # own class only: see people
}


def parse_role(text: str) -> Role:
    from app.errors import InvalidInput

    try:
        return Role(text.strip().lower())
    except ValueError:
        raise InvalidInput("user.bad_role", role=text, roles=", ".join(r.value for r in Role)) from None


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
