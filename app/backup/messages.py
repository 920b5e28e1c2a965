"""Messages of the backup subsystem (Kyrgyz, Russian, English)."""

from __future__ import annotations

from app.i18n import register

MESSAGES: dict[str, tuple[str, str, str]] = {
    "backup.not_a_backup": (
        "Бул Kense камдык көчүрмөсү эмес: {path}.",
        "Это не резервная копия Kense: {path}.",
        "This is not a Kense backup: {path}.",
    ),
    "backup.damaged": (
        "Камдык көчүрмө бузулган (текшерүүдөн өткөн жок). Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия повреждена (проверка не пройдена). Ничего не изменено.",
        "The backup is damaged (its check failed). Nothing was changed.",
    ),
    "backup.too_new": (
        "Бул камдык көчүрмө Kense'нин жаңыраак версиясында жасалган. Программаны жаңыртыңыз.",
        "Эта резервная копия сделана более новой версией Kense. Обновите программу.",
        "This backup was made by a newer version of Kense. Update the application first.",
    ),
    "backup.code_wrong": (
        "Калыбына келтирүү коду бул камдык көчүрмөнү ачпайт. Эч нерсе өзгөртүлгөн жок.",
        "Код восстановления не открывает эту резервную копию. Ничего не изменено.",
        "The recovery code does not open this backup. Nothing was changed.",
    ),
    "backup.folder_unwritable": (
        "Камдык көчүрмөлөр папкасына жазууга болбойт: {path}.",
        "В папку резервных копий нельзя записать: {path}.",
        "The backup folder cannot be written to: {path}.",
    ),
    "backup.disk_full": (
        "Дискте орун жок. Бүтпөй калган көчүрмө өчүрүлдү.",
        "На диске нет места. Незаконченная копия удалена.",
        "The disk is full. The unfinished copy was removed.",
    ),
    "backup.removable_refused": (
        "Бул алынуучу диск мектептин катталган камдык диски эмес (жобо 6.5).",
        "Этот съёмный диск не является зарегистрированным диском резервных копий школы (положение 6.5).",
        "This removable drive is not the school's registered backup drive (regulation 6.5).",
    ),
    "backup.target_exists": (
        "Папка бош эмес: {path}. Калыбына келтирүү жаңы папкага гана жазат (же --replace).",
        "Папка не пуста: {path}. Восстановление пишет только в новую папку (или --replace).",
        "The folder is not empty: {path}. A restore writes into a new folder only (or --replace).",
    ),
    "backup.done": (
        "Камдык көчүрмө жасалды жана текшерилди: {path}",
        "Резервная копия создана и проверена: {path}",
        "Backup made and verified: {path}",
    ),
    "backup.rejected": (
        "Көчүрмө текшерүүдөн өткөн жок жана эсептелбейт; ал четке коюлду: {path}",
        "Копия не прошла проверку и не засчитана; она отложена: {path}",
        "The copy failed its check and does not count; it was kept aside: {path}",
    ),
    "backup.sound": (
        "Камдык көчүрмө бүтүн.",
        "Резервная копия цела.",
        "The backup is sound.",
    ),
    "backup.restored": (
        "Калыбына келтирилди: {path}",
        "Восстановлено: {path}",
        "Restored into: {path}",
    ),
}

register(MESSAGES)
