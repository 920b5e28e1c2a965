"""Messages of the access rights page and the inspector's report on the command line (ky, ru, en)."""

from __future__ import annotations

from app.i18n import register

register({
    "rights.users_heading": ("Колдонуучулар жана ролдор", "Пользователи и роли", "Users and roles"),
    "rights.roles_heading": ("Ар бир роль эмне кыла алат", "Что может каждая роль", "What each role may do"),
    "rights.since": ("качантан бери:", "с", "since"),
    "rights.active": ("иштейт", "активен", "active"),
    "rights.disabled_since": ("өчүрүлгөн {date}", "отключён {date}", "disabled {date}"),
    "report.made": (
        "«Бул мектеп жеке маалыматтарды кантип коргойт» катталды: № {number}, {date} -> {out}",
        "«Как эта школа защищает персональные данные» зарегистрирован: № {number} от {date} -> {out}",
        "“How this school protects personal data” registered: No. {number} of {date} -> {out}",
    ),
})
