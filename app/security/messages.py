"""Messages of the profile files' own checks (Kyrgyz, Russian, English): each cause of a refused
sign-in that is not a wrong password gets its own true text and a way forward, and none of them
counts as a failed attempt."""

from __future__ import annotations

from app.i18n import register

register({
    "keys.altered": (
        "Ачкычтар файлы (kense.keys) Kenseден тышкары өзгөртүлгөн же бузулган: анын мөөрү дал келбейт."
        " Сырсөзүңүз туура болушу мүмкүн; бул аракет ийгиликсиз кирүү катары саналган жок."
        " kense.keys файлын резервдик көчүрмөдөн калыбына келтириңиз же калыбына келтирүү баракчасын"
        " колдонуңуз: kense restore … --replace.",
        "Файл ключей (kense.keys) изменён вне Kense или повреждён: его печать не совпадает."
        " Ваш пароль, возможно, верен; попытка не засчитана как неудачная."
        " Восстановите kense.keys из резервной копии или используйте лист восстановления:"
        " kense restore … --replace.",
        "The key file (kense.keys) was altered outside Kense or is damaged: its seal does not match."
        " Your password may well be right; this was not counted as a failed attempt."
        " Restore kense.keys from a backup, or use the recovery sheet: kense restore … --replace.",
    ),
    "keys.stale": (
        "Ачкычтар файлы (kense.keys) бул маалымат базасын ачпайт: ал маалымат ачкычы алмаштырылганга"
        " чейинки эски көчүрмө, же kense.db башка файл менен алмаштырылган. Эч нерсе өзгөртүлгөн жок,"
        " бул аракет ийгиликсиз кирүү катары саналган жок. Акыркы ачкыч алмаштыруудан кийинки"
        " резервдик көчүрмөдөн kense.keys файлын калыбына келтириңиз.",
        "Файл ключей (kense.keys) не открывает эту базу данных: это старая копия, сделанная до смены"
        " ключа данных, или kense.db заменён другим файлом. Ничего не изменено, попытка не засчитана"
        " как неудачная. Восстановите kense.keys из резервной копии, сделанной после последней смены ключа.",
        "The key file (kense.keys) does not open this database: it is an older copy from before the data"
        " key was changed, or kense.db was replaced by another file. Nothing was changed and this was not"
        " counted as a failed attempt. Restore kense.keys from a backup made after the last key change.",
    ),
    "auth.device_key_wrong": (
        "Бул колдонуучу эсебинин ачкыч сактагычындагы түзмөк ачкычы бул профилдики эмес (ал алмаштырылган)."
        " Сырсөзүңүз туура болушу мүмкүн; бул аракет ийгиликсиз кирүү катары саналган жок."
        " Калыбына келтирүү баракчасындагы кодду колдонуңуз: kense recover.",
        "Ключ устройства в хранилище ключей этой учётной записи не от этого профиля (его подменили)."
        " Ваш пароль, возможно, верен; попытка не засчитана как неудачная."
        " Используйте код с листа восстановления: kense recover.",
        "The device key in this account's credential store is not the one of this profile (it was"
        " replaced). Your password may well be right; this was not counted as a failed attempt."
        " Use the code on the recovery sheet: kense recover.",
    ),
    "db.read_only": (
        "Маалымат базасы бузулган, ошондуктан ал азыр окуу үчүн гана ачык: тизмелерди көрүп, маалыматты"
        " экспорттой аласыз, бирок эч нерсе жазылбайт. Резервдик көчүрмөдөн калыбына келтириңиз:"
        " kense restore КӨЧҮРМӨ --recovery-code КОД --data-dir ПАПКА --replace.",
        "База данных повреждена, поэтому сейчас открыта только для чтения: списки и экспорт работают,"
        " но ничего не записывается. Восстановите её из резервной копии:"
        " kense restore КОПИЯ --recovery-code КОД --data-dir ПАПКА --replace.",
        "The database is damaged, so it is open for reading only: lists and exports work, nothing is"
        " written. Restore it from a backup: kense restore BACKUP --recovery-code CODE --data-dir DIR --replace.",
    ),
    "profile.db_missing": (
        "Ачкычтар файлы (kense.keys) бар, бирок маалымат базасы (kense.db) жок: {path}. Эч нерсе"
        " түзүлгөн да, үстүнөн жазылган да жок. Базаны резервдик көчүрмөдөн калыбына келтириңиз:"
        " kense restore КӨЧҮРМӨ --recovery-code КОД --data-dir {path} --replace.",
        "Файл ключей (kense.keys) есть, а базы данных (kense.db) нет: {path}. Ничего не создано и не"
        " перезаписано. Восстановите базу из резервной копии:"
        " kense restore КОПИЯ --recovery-code КОД --data-dir {path} --replace.",
        "The key file (kense.keys) is here but the database (kense.db) is missing: {path}. Nothing was"
        " created or overwritten. Restore the database from a backup:"
        " kense restore BACKUP --recovery-code CODE --data-dir {path} --replace.",
    ),
    "profile.db_empty": (
        "Маалымат базасы (kense.db) бош (0 байт же бир да таблица жок), ал эми ачкычтар файлы бар: {path}."
        " Файл бошотулган же кесилген. Эч нерсе түзүлгөн да, үстүнөн жазылган да жок. Базаны"
        " резервдик көчүрмөдөн калыбына келтириңиз:"
        " kense restore КӨЧҮРМӨ --recovery-code КОД --data-dir {path} --replace.",
        "База данных (kense.db) пуста (0 байт или ни одной таблицы), а файл ключей на месте: {path}."
        " Файл очищен или обрезан. Ничего не создано и не перезаписано. Восстановите базу из"
        " резервной копии: kense restore КОПИЯ --recovery-code КОД --data-dir {path} --replace.",
        "The database (kense.db) is empty (0 bytes or no tables) while the key file is here: {path}."
        " The file was emptied or truncated. Nothing was created or overwritten. Restore the database"
        " from a backup: kense restore BACKUP --recovery-code CODE --data-dir {path} --replace.",
    ),
    "profile.keys_missing": (
        "Маалымат базасы (kense.db) бар, бирок ачкычтар файлы (kense.keys) жок: {path}. Ачкычсыз база"
        " ачылбайт. Эч нерсе өзгөртүлгөн жок. kense.keys файлын резервдик көчүрмөдөн калыбына келтириңиз"
        " (kense restore … --replace).",
        "База данных (kense.db) есть, а файла ключей (kense.keys) нет: {path}. Без него базу не открыть."
        " Ничего не изменено. Восстановите kense.keys из резервной копии (kense restore … --replace).",
        "The database (kense.db) is here but the key file (kense.keys) is missing: {path}. The database"
        " cannot be opened without it. Nothing was changed. Restore kense.keys from a backup"
        " (kense restore … --replace).",
    ),
})
