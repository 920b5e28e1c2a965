"""Plain words for the roles and for every permission, in Kyrgyz, Russian and English: what the access
rights page and the inspector's report say a role may do. A permission added to
``app.security.roles.Permission`` without its words here fails a test (tests/desk/test_access_rights.py)."""

from __future__ import annotations

from app.i18n import register, translate
from app.security.roles import Permission, Role

ROLE_NAMES: dict[Role, tuple[str, str, str]] = {
    Role.ADMIN: ("администратор", "администратор", "administrator"),
    Role.DIRECTOR: ("директор", "директор", "director"),
    Role.SECRETARY: ("катчы", "секретарь", "secretary"),
    Role.TEACHER: ("мугалим", "учитель", "teacher"),
}

PERMISSION_NAMES: dict[Permission, tuple[str, str, str]] = {
    Permission.MANAGE_USERS: ("Колдонуучуларды кошуу, ролун өзгөртүү, өчүрүү",
                              "Добавлять пользователей, менять роли, отключать",
                              "Add users, change roles, disable accounts"),
    Permission.VIEW_USERS: ("Колдонуучулардын тизмесин көрүү", "Видеть список пользователей",
                            "See the list of users"),
    Permission.MANAGE_SETTINGS: ("Жөндөөлөрдү өзгөртүү (автокулпу, экспорт, район менен байланыш)",
                                 "Менять настройки (автоблокировка, экспорт, связь с районом)",
                                 "Change settings (auto-lock, export, link with the district)"),
    Permission.VIEW_SETTINGS: ("Жөндөөлөрдү көрүү", "Видеть настройки", "See the settings"),
    Permission.VIEW_AUDIT: ("Аудит журналын окуу: ким эмнени көрдү же өзгөрттү",
                            "Читать журнал аудита: кто что видел или менял",
                            "Read the audit log: who saw or changed what"),
    Permission.ACKNOWLEDGE_FINDINGS: ("Бүтүндүк боюнча табылгаларды себеби менен жабуу",
                                      "Закрывать находки проверки целостности с указанием причины",
                                      "Close integrity findings with a reason"),
    Permission.ACKNOWLEDGE_ALERTS: ("Сигналдарды эскертүү менен кабыл алуу",
                                    "Отмечать сигналы как просмотренные с примечанием",
                                    "Acknowledge alerts with a note"),
    Permission.RECORD_INCIDENT_OUTCOME: ("Инцидент боюнча билдирүүнүн жыйынтыгын жазуу",
                                         "Записывать итог по сообщению об инциденте",
                                         "Record the outcome of an incident report"),
    Permission.MANAGE_KEYS: ("Шифрлөө ачкычын алмаштыруу, калыбына келтирүү баракчасы",
                             "Менять ключ шифрования, лист восстановления",
                             "Replace the encryption key, the recovery sheet"),
    Permission.MANAGE_BACKUPS: ("Камдык көчүрмө жасоо, текшерүү жана калыбына келтирүү",
                                "Делать, проверять и восстанавливать резервные копии",
                                "Make, verify and restore backups"),
    Permission.VIEW_SECURITY: ("Коопсуздук абалын көрүү", "Видеть состояние защиты", "See the security status"),
    Permission.VIEW_PEOPLE: ("Окуучулардын тизмесин көрүү (мугалим — өз классын гана)",
                             "Видеть списки учеников (учитель — только свой класс)",
                             "See pupil lists (a teacher: only their own class)"),
    Permission.VIEW_STAFF: ("Кызматкерлердин тизмесин көрүү", "Видеть список сотрудников", "See the staff register"),
    Permission.EDIT_PEOPLE: ("Окуучулардын жана кызматкерлердин жазууларын киргизүү жана оңдоо",
                             "Вводить и исправлять записи учеников и сотрудников",
                             "Enter and correct pupil and staff records"),
    Permission.REVEAL_PERSONAL: ("Жашырылган маалыматты ачуу (ПИН, туулган күн, дарек) — ар бири жазылат",
                                 "Открывать скрытые данные (ПИН, дата рождения, адрес) — каждое открытие записывается",
                                 "Show hidden data (PIN, birth date, address) — each reveal is recorded"),
    Permission.MANAGE_PERSONAL_DATA: ("Жазууну бөгөттөө, жеке маалыматсыз кылуу, жок кылуу",
                                      "Блокировать, обезличивать, уничтожать записи",
                                      "Block, depersonalise and destroy records"),
    Permission.IMPORT_PEOPLE: ("Тизмелерди файлдан жүктөө", "Загружать списки из файла", "Import lists from a file"),
    Permission.EXPORT_DATA: ("Маалыматты файлга чыгаруу", "Выгружать данные в файл", "Export data to a file"),
    Permission.VIEW_DOCUMENTS: ("Документтердин каттоо журналын көрүү", "Видеть журнал регистрации документов",
                                "See the document register"),
    Permission.REGISTER_DOCUMENTS: ("Документтерди каттоо жана аткаруучуга берүү",
                                    "Регистрировать документы и назначать исполнителей",
                                    "Register documents and assign them"),
    Permission.VIEW_RESTRICTED_DOCUMENTS: ("Чектелген документтерди көрүү", "Видеть документы ограниченного доступа",
                                           "See restricted documents"),
    Permission.ISSUE_CERTIFICATES: ("Маалым кат берүү", "Выдавать справки", "Issue certificates"),
    Permission.VIEW_CERTIFICATES: ("Берилген маалым каттардын журналын көрүү", "Видеть журнал выданных справок",
                                   "See the register of issued certificates"),
    Permission.SYNC: ("Район менен синхрондоо", "Синхронизировать с районом", "Sync with the district"),
}

register({f"role.{role.value}": words for role, words in ROLE_NAMES.items()})
register({f"permission.{p.value}": words for p, words in PERMISSION_NAMES.items()})


def role_name(role: Role | str, lang: str | None = None) -> str:
    return translate(f"role.{Role(role).value}", lang)


def permission_name(permission: Permission, lang: str | None = None) -> str:
    return translate(f"permission.{permission.value}", lang)
