"""Messages of the backup subsystem (Kyrgyz, Russian, English)."""

from __future__ import annotations

from app.i18n import register

MESSAGES: dict[str, tuple[str, str, str]] = {
    "backup.not_a_backup": (
        "Бул Kense камдык көчүрмөсү эмес: {path}. Эч нерсе өзгөртүлгөн жок.",
        "Это не резервная копия Kense: {path}. Ничего не изменено.",
        "This is not a Kense backup: {path}. Nothing was changed.",
    ),
    "backup.damaged": (
        "Камдык көчүрмө бузулган (текшерүүдөн өткөн жок). Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия повреждена (проверка не пройдена). Ничего не изменено.",
        "The backup is damaged (its check failed). Nothing was changed.",
    ),
    "backup.too_new": (
        "Бул камдык көчүрмө Kense'нин жаңыраак версиясында жасалган. Программаны жаңыртыңыз; эч нерсе өзгөртүлгөн жок.",
        "Эта резервная копия сделана более новой версией Kense. Обновите программу; ничего не изменено.",
        "This backup was made by a newer version of Kense. Update the application first; nothing was changed.",
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
    "backup.profile_in_use": (
        "Бул профиль башка терезеде же буйрукта ачык. Бул компьютердеги Кенсенин бардык терезелерин жана "
        "буйруктарын жаап, кайра аракет кылыңыз; эч нерсе өзгөргөн жок.",
        "Этот профиль открыт в другом окне или команде. Закройте все окна и команды Кенсе на этом компьютере "
        "и повторите; ничего не изменено.",
        "This profile is open in another window or command. Close every Kense window and command on this "
        "computer and try again; nothing was changed.",
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
    "backup.link_refused": (
        "Камдык көчүрмө папкасында файлдын ордуна шилтеме бар: {path}. Ал ачылган жок; эч нерсе өзгөртүлгөн жок.",
        "В папке резервной копии вместо файла ссылка: {path}. Она не открыта; ничего не изменено.",
        "The backup folder holds a link instead of a file: {path}. It was not opened; nothing was changed.",
    ),
    "backup.credentials_needed": (
        "Калыбына келтирүү кодун же камдык көчүрмө жасалган убакта жарактуу логин менен сырсөздү жазыңыз.",
        "Введите код восстановления или логин и пароль, действовавшие на момент копии.",
        "Enter the recovery code, or a login and password that were valid when the backup was made.",
    ),
    "backup.password_wrong": (
        "Бул логин менен сырсөз камдык көчүрмөнү ачпайт. Эч нерсе өзгөртүлгөн жок.",
        "Этот логин и пароль не открывают резервную копию. Ничего не изменено.",
        "This login and password do not open the backup. Nothing was changed.",
    ),
    "backup.password_other_pc": (
        "Сырсөз камдык көчүрмөнү ал жасалган компьютерде гана ачат. Жаңы компьютерде калыбына келтирүү барагындагы "
        "кодду колдонуңуз.",
        "Пароль открывает копию только на том компьютере, где она сделана. На новом компьютере используйте код с "
        "листа восстановления.",
        "A password opens a backup only on the computer it was made on. On a new computer use the code on the "
        "recovery sheet.",
    ),
    "backup.profile_newer": (
        "Бул компьютердеги маалымат камдык көчүрмөдөн жаңыраак (журналда {live} жазуу, көчүрмөдө {backup}). "
        "Калыбына келтирсеңиз, андан кийинки өзгөртүүлөр жоголот; ырастаңыз (--yes).",
        "Данные на этом компьютере новее копии (в журнале {live} записей, в копии {backup}). Восстановление "
        "потеряет изменения после копии; подтвердите (--yes).",
        "The profile on this computer is newer than the backup ({live} audit entries, the backup has {backup}). "
        "Restoring loses the changes made since; confirm (--yes).",
    ),
    "backup.other_school": (
        "Бул компьютердеги профиль башка маалымат базасына таандык. Аны алмаштыруу үчүн ырастаңыз (--yes); ал четке "
        "сакталат.",
        "Профиль на этом компьютере принадлежит другой базе данных. Подтвердите замену (--yes); он будет сохранён в "
        "стороне.",
        "The profile on this computer belongs to another database. Confirm to replace it (--yes); it is kept aside.",
    ),
    "backup.ask_code": (
        "Калыбына келтирүү барагындагы код: ",
        "Код с листа восстановления: ",
        "The code on the recovery sheet: ",
    ),
    "backup.problem.link": (
        "Камдык көчүрмө колдонулбайт: шилтеме (файл эмес) табылды. Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия непригодна: найдена ссылка вместо файла. Ничего не изменено.",
        "The backup cannot be used: a link was found instead of a file. Nothing was changed.",
    ),
    "backup.problem.missing": (
        "Камдык көчүрмө колдонулбайт: керектүү файл жок. Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия непригодна: нет нужного файла. Ничего не изменено.",
        "The backup cannot be used: a file it needs is missing. Nothing was changed.",
    ),
    "backup.problem.unreadable": (
        "Камдык көчүрмө колдонулбайт: файл окулбайт. Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия непригодна: файл не читается. Ничего не изменено.",
        "The backup cannot be used: a file cannot be read. Nothing was changed.",
    ),
    "backup.problem.manifest": (
        "Камдык көчүрмө колдонулбайт: мазмуну (manifest.json) өзгөртүлгөн же башка ачкыч менен жасалган. Эч нерсе "
        "өзгөртүлгөн жок.",
        "Резервная копия непригодна: опись (manifest.json) изменена или сделана другим ключом. Ничего не изменено.",
        "The backup cannot be used: its contents list (manifest.json) was edited or made under another key. Nothing "
        "was changed.",
    ),
    "backup.problem.keys_digest": (
        "Камдык көчүрмө колдонулбайт: ачкычтар файлы (kense.keys) өзгөртүлгөн же алмаштырылган. Эч нерсе "
        "өзгөртүлгөн жок.",
        "Резервная копия непригодна: файл ключей (kense.keys) изменён или подменён. Ничего не изменено.",
        "The backup cannot be used: its key file (kense.keys) was changed or swapped. Nothing was changed.",
    ),
    "backup.problem.db_digest": (
        "Камдык көчүрмө колдонулбайт: маалымат базасынын файлы өзгөртүлгөн, кыскартылган же алмаштырылган. Эч нерсе "
        "өзгөртүлгөн жок.",
        "Резервная копия непригодна: файл базы данных изменён, обрезан или подменён. Ничего не изменено.",
        "The backup cannot be used: its database file was changed, cut short or swapped. Nothing was changed.",
    ),
    "backup.problem.cipher": (
        "Камдык көчүрмө колдонулбайт: шифрленген барактардын айрымдары бузулган. Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия непригодна: часть зашифрованных страниц повреждена. Ничего не изменено.",
        "The backup cannot be used: some encrypted pages are damaged. Nothing was changed.",
    ),
    "backup.problem.integrity": (
        "Камдык көчүрмө колдонулбайт: маалымат базасынын түзүлүшү бузулган. Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия непригодна: нарушена структура базы данных. Ничего не изменено.",
        "The backup cannot be used: the database structure is damaged. Nothing was changed.",
    ),
    "backup.problem.row_counts": (
        "Камдык көчүрмө колдонулбайт: жазуулардын саны көчүрмө жасалгандагыдай эмес. Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия непригодна: число записей не совпадает с моментом копии. Ничего не изменено.",
        "The backup cannot be used: the record counts differ from those at backup time. Nothing was changed.",
    ),
    "backup.problem.audit": (
        "Камдык көчүрмө колдонулбайт: аудит журналы бүтүн эмес. Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия непригодна: журнал аудита нарушен. Ничего не изменено.",
        "The backup cannot be used: the audit log is not intact. Nothing was changed.",
    ),
    "backup.problem.database": (
        "Камдык көчүрмө колдонулбайт: маалымат базасы ачылбайт. Эч нерсе өзгөртүлгөн жок.",
        "Резервная копия непригодна: база данных не открывается. Ничего не изменено.",
        "The backup cannot be used: the database does not open. Nothing was changed.",
    ),
    "backup.problem.no_key": (
        "Камдык көчүрмө колдонулбайт: ачкыч жок (кириңиз же калыбына келтирүү кодун бериңиз). Эч нерсе өзгөртүлгөн "
        "жок.",
        "Резервная копия непригодна: нет ключа (войдите или дайте код восстановления). Ничего не изменено.",
        "The backup cannot be used: no key to check it with (sign in or give the recovery code). Nothing was changed.",
    ),
    # the audit viewer's sentences for what this subsystem records
    "audit.say.backup.restored": (
        "{who}: маалымат {backup} камдык көчүрмөсүнөн калыбына келтирилди",
        "{who}: данные восстановлены из резервной копии от {backup}",
        "{who}: the data was restored from the backup of {backup}",
    ),
    "audit.say.backup.drive_registered": (
        "{who} мектептин камдык дискин каттады",
        "{who} зарегистрировал(а) диск резервных копий школы",
        "{who} registered the school's backup drive",
    ),
}

register(MESSAGES)
