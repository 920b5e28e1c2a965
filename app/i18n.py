"""Messages of the Qt-free layers (CLI, service errors) in Kyrgyz, Russian and English.

The GUI translates its own widgets with Qt Linguist; texts that come out of ``app/`` (errors, CLI
reports) come from this catalogue, so the CLI and the GUI say the same thing in the same words.
Subsystems add their entries with :func:`register`.
"""

from __future__ import annotations

import os
from typing import Any

LANGUAGES = ("ky", "ru", "en")
DEFAULT_LANGUAGE = "ky"

# key -> (Kyrgyz, Russian, English)
_MESSAGES: dict[str, tuple[str, str, str]] = {
    # authentication and keys
    "auth.wrong_password": (
        "Логин же сырсөз туура эмес. Катарынан ийгиликсиз аракеттер: {failures}.",
        "Неверный логин или пароль. Неудачных попыток подряд: {failures}.",
        "Wrong login or password. Failed attempts in a row: {failures}.",
    ),
    "auth.wrong_password_wait": (
        "Логин же сырсөз туура эмес. Катарынан ийгиликсиз аракеттер: {failures}."
        " Кийинки аракетке чейин {seconds} сек. күтүңүз.",
        "Неверный логин или пароль. Неудачных попыток подряд: {failures}."
        " До следующей попытки подождите {seconds} с.",
        "Wrong login or password. Failed attempts in a row: {failures}."
        " Wait {seconds} s before the next attempt.",
    ),
    "auth.locked_out": (
        "Көп жолу туура эмес сырсөз терилди. Кирүү убактылуу бөгөттөлдү: {seconds} сек. күтүңүз.",
        "Слишком много неверных паролей. Вход временно заблокирован: подождите {seconds} с.",
        "Too many wrong passwords. Sign-in is blocked for now: wait {seconds} s.",
    ),
    "auth.keyring_unavailable": (
        "Бул компьютердин ачкыч сактагычы (OS keyring) жеткиликсиз, ошондуктан түзмөктүн ачкычын окуй"
        " албайбыз. Сырсөзүңүз туура болушу мүмкүн. Калыбына келтирүү баракчасындагы кодду колдонуңуз:"
        " kense recover.",
        "Хранилище ключей этого компьютера (OS keyring) недоступно, поэтому ключ устройства не прочитать."
        " Ваш пароль, возможно, верен. Используйте код с листа восстановления: kense recover.",
        "This computer's credential store (OS keyring) cannot be reached, so the device key cannot be"
        " read. Your password may well be right. Use the code on the recovery sheet: kense recover.",
    ),
    "auth.device_key_missing": (
        "Бул колдонуучу эсебинин ачкыч сактагычында ушул базанын түзмөк ачкычы жок (база башка"
        " компьютерден көчүрүлгөн же сактагыч тазаланган). Сырсөзүңүз туура болушу мүмкүн."
        " Калыбына келтирүү баракчасындагы кодду колдонуңуз: kense recover.",
        "В хранилище ключей этой учётной записи нет ключа устройства для этой базы (база скопирована"
        " с другого компьютера или хранилище очищено). Ваш пароль, возможно, верен."
        " Используйте код с листа восстановления: kense recover.",
        "This account's credential store holds no device key for this database (the database was"
        " copied from another computer, or the store was cleared). Your password may well be right."
        " Use the code on the recovery sheet: kense recover.",
    ),
    "auth.permission_denied": (
        "Бул аракетке укугуңуз жок ({permission}).",
        "У вас нет права на это действие ({permission}).",
        "You are not allowed to do this ({permission}).",
    ),
    "auth.user_disabled": (
        "Бул колдонуучунун эсеби өчүрүлгөн.",
        "Эта учётная запись отключена.",
        "This account is disabled.",
    ),
    "auth.password_required": (
        "Сырсөз керек: KENSE_PASSWORD, --password-stdin же терминалда териңиз.",
        "Нужен пароль: KENSE_PASSWORD, --password-stdin или ввод в терминале.",
        "A password is needed: KENSE_PASSWORD, --password-stdin or type it at a terminal.",
    ),
    "auth.login_required": (
        "Колдонуучуну көрсөтүңүз: --user LOGIN же KENSE_USER.",
        "Укажите пользователя: --user LOGIN или KENSE_USER.",
        "Name the user: --user LOGIN or KENSE_USER.",
    ),
    "auth.failed_since_last": (
        "Акыркы киргениңизден бери сиздин атыңыздан ийгиликсиз кирүү аракеттери: {count}.",
        "Неудачных попыток входа под вашим именем с вашего последнего входа: {count}.",
        "Failed sign-in attempts under your name since your last sign-in: {count}.",
    ),
    "auth.failed_others": (
        "Башка колдонуучулардын атынан ийгиликсиз аракеттер: {count}. Аудит журналын караңыз.",
        "Неудачных попыток входа под другими пользователями: {count}. Смотрите журнал аудита.",
        "Failed sign-in attempts under other users: {count}. See the audit log.",
    ),
    "recovery.code_invalid": (
        "Калыбына келтирүү коду туура эмес: ар бир топ 6 сандан турат, 8 топ. Катасы бар топ: {group}.",
        "Код восстановления неверен: 8 групп по 6 цифр. Группа с ошибкой: {group}.",
        "The recovery code is not valid: 8 groups of 6 digits. Group with a mistake: {group}.",
    ),
    "recovery.code_wrong": (
        "Бул калыбына келтирүү коду ушул базага туура келбейт.",
        "Этот код восстановления не подходит к этой базе.",
        "This recovery code does not belong to this database.",
    ),
    "password.too_short": (
        "Сырсөз кеминде {min} белгиден турушу керек.",
        "Пароль должен содержать не менее {min} символов.",
        "The password must be at least {min} characters long.",
    ),
    "password.too_simple": (
        "Сырсөз өтө жөнөкөй ({reason}). Бир нече сөздөн же ар түрдүү белгилерден турган сырсөз тандаңыз.",
        "Пароль слишком простой ({reason}). Возьмите фразу из нескольких слов или разные символы.",
        "The password is too easy to guess ({reason}). Use a few words or mixed characters.",
    ),
    "password.mismatch": (
        "Сырсөздөр дал келбейт.",
        "Пароли не совпадают.",
        "The passwords do not match.",
    ),
    # profile and database
    "profile.exists": (
        "Бул папкада Kense профили мурунтан эле бар: {path}. Эч нерсе өзгөртүлгөн жок.",
        "В этой папке уже есть профиль Kense: {path}. Ничего не изменено.",
        "A Kense profile already exists in this folder: {path}. Nothing was changed.",
    ),
    "profile.missing": (
        "Бул папкада Kense профили жок: {path}. Алгач «kense init» аткарыңыз.",
        "В этой папке нет профиля Kense: {path}. Сначала выполните «kense init».",
        "There is no Kense profile in this folder: {path}. Run 'kense init' first.",
    ),
    "profile.envelope_damaged": (
        "Ачкычтар файлы бузулган же өзгөртүлгөн. Резервдик көчүрмөдөн калыбына келтириңиз.",
        "Файл ключей повреждён или изменён. Восстановите его из резервной копии.",
        "The key file is damaged or was altered. Restore it from a backup.",
    ),
    "db.damaged": (
        "Маалымат базасы бузулган же өзгөртүлгөн (текшерүү өтпөй калды). Резервдик көчүрмөдөн"
        " калыбына келтириңиз.",
        "База данных повреждена или изменена (проверка не пройдена). Восстановите её из резервной копии.",
        "The database is damaged or was altered (its check failed). Restore it from a backup.",
    ),
    "db.too_new": (
        "Бул базаны Kense'тин жаңыраак версиясы жазган (схема {found}, бул версия {supported} чейин"
        " билет). Kense'ти жаңыртыңыз.",
        "Эту базу записала более новая версия Kense (схема {found}, эта версия знает до {supported})."
        " Обновите Kense.",
        "This database was written by a newer Kense (schema {found}; this one knows up to {supported})."
        " Update Kense.",
    ),
    "db.integrity_warning": (
        "ЭСКЕРТҮҮ: маалымат базасынын же аудит журналынын текшерүүсү өтпөй калды (бузулуу же өзгөртүү)."
        " Маалымат коопсуздугуна жооптуу адамга кабарлаңыз жана резервдик көчүрмөнү текшериңиз.",
        "ВНИМАНИЕ: проверка базы данных или журнала аудита не пройдена (повреждение или изменение)."
        " Сообщите ответственному за защиту информации и проверьте резервную копию.",
        "WARNING: the database or audit log check failed (damage or alteration). Tell the person"
        " responsible for information security and check the backup.",
    ),
    "session.locked": (
        "Сеанс кулпуланган. Кайра кириңиз.",
        "Сеанс заблокирован. Войдите снова.",
        "The session is locked. Sign in again.",
    ),
    # users and settings
    "user.exists": (
        "«{login}» логини мурунтан бар.",
        "Логин «{login}» уже существует.",
        "The login '{login}' already exists.",
    ),
    "user.not_found": (
        "«{login}» колдонуучусу табылган жок.",
        "Пользователь «{login}» не найден.",
        "User '{login}' was not found.",
    ),
    "user.bad_login": (
        "Логин 2–32 кичине латын тамгадан, сандан, чекиттен же сызыкчадан турушу керек.",
        "Логин: 2–32 строчные латинские буквы, цифры, точка, дефис или подчёркивание.",
        "A login is 2–32 lower-case Latin letters, digits, dots, hyphens or underscores.",
    ),
    "user.bad_role": (
        "Белгисиз ролу: {role}. Мүмкүн болгондору: {roles}.",
        "Неизвестная роль: {role}. Возможные: {roles}.",
        "Unknown role: {role}. Possible: {roles}.",
    ),
    "user.last_admin": (
        "Акыркы активдүү администраторду өчүрүүгө болбойт.",
        "Нельзя отключить последнего активного администратора.",
        "The last active administrator cannot be disabled.",
    ),
    "user.slot_lost": (
        "Бул колдонуучунун ачкыч уячасы жок. Администратор жаңы сырсөз коюшу керек.",
        "У этого пользователя нет ключевого слота. Администратор должен задать новый пароль.",
        "This user has no key slot. An administrator must set a new password.",
    ),
    "settings.unknown": (
        "Белгисиз жөндөө: {key}. Бар жөндөөлөр: {keys}.",
        "Неизвестная настройка: {key}. Есть: {keys}.",
        "Unknown setting: {key}. Known: {keys}.",
    ),
    "settings.bad_value": (
        "«{key}» жөндөөсүнүн мааниси туура эмес: {rule}.",
        "Неверное значение настройки «{key}»: {rule}.",
        "Bad value for setting '{key}': {rule}.",
    ),
    "input.school_name": (
        "Мектептин аталышын жазыңыз.",
        "Укажите название школы.",
        "Give the school's name.",
    ),
    "input.number": (
        "{name} оң бүтүн сан болушу керек.",
        "{name} должно быть целым положительным числом.",
        "{name} must be a positive whole number.",
    ),
    "input.bad_value": (
        "{name}: туура эмес маани.",
        "{name}: неверное значение.",
        "{name}: not a valid value.",
    ),
    "demo.created": ("Демо мектеп түзүлдү", "Демо-школа создана", "Demo school created"),
    "gui.unavailable": (
        "Терезе ачылбайт: экран жок же Qt орнотулган эмес.",
        "Окно не открыть: нет экрана или не установлен Qt.",
        "Cannot open a window: no screen, or Qt is not installed.",
    ),
    # generic
    "error.unexpected": (
        "Күтүлбөгөн ката болду. Эч бир маалымат жоголгон жок; техникалык отчет: {report}.",
        "Произошла непредвиденная ошибка. Данные не потеряны; технический отчёт: {report}.",
        "Something unexpected went wrong. No data was lost; technical report: {report}.",
    ),
    "error.interrupted": (
        "Токтотулду. Эч нерсе өзгөртүлгөн жок.",
        "Прервано. Ничего не изменено.",
        "Interrupted. Nothing was changed.",
    ),
    "error.file_unreadable": (
        "Файлды окуй албадым: {path}.",
        "Не удалось прочитать файл: {path}.",
        "Could not read the file: {path}.",
    ),
    "key.rekey_busy": (
        "Маалымат базасы башка терезеде же программада ачык. Аны жаап, кайра аракет кылыңыз; эч нерсе өзгөргөн жок.",
        "База данных открыта в другом окне или программе. Закройте её и повторите; ничего не изменено.",
        "The database is open in another window or program. Close it and try again; nothing was changed.",
    ),
    "error.file_missing": (
        "Мындай файл жок: {path}.",
        "Такого файла нет: {path}.",
        "There is no such file: {path}.",
    ),
    "error.file_is_link": (
        "Бул файл эмес, башка файлга шилтеме: {path}. Файлдын өзүн тандаңыз.",
        "Это не файл, а ссылка на другой файл: {path}. Выберите сам файл.",
        "This is a link to another file, not a file: {path}. Choose the file itself.",
    ),
    "error.file_not_regular": (
        "Бул кадимки файл эмес (папка же түзмөк): {path}.",
        "Это не обычный файл (папка или устройство): {path}.",
        "This is not an ordinary file (a folder or a device): {path}.",
    ),
    "error.file_unwritable": (
        "Файлды жаза албадым: {path}.",
        "Не удалось записать файл: {path}.",
        "Could not write the file: {path}.",
    ),
    "audit.chain_ok": (
        "Аудит журналы бүтүн: {entries} жазуу, акыркы хэш {head}.",
        "Журнал аудита цел: {entries} записей, последний хэш {head}.",
        "The audit log is intact: {entries} entries, head {head}.",
    ),
    "audit.chain_broken": (
        "Аудит журналы бузулган: {problem} (жазуу №{seq}).",
        "Журнал аудита нарушен: {problem} (запись № {seq}).",
        "The audit log is broken: {problem} (entry {seq}).",
    ),
}


def register(messages: dict[str, tuple[str, str, str]]) -> None:
    """Add a subsystem's messages; a key may be defined only once."""
    clash = set(messages) & set(_MESSAGES)
    if clash:
        raise ValueError(f"message keys defined twice: {sorted(clash)}")
    _MESSAGES.update(messages)


def normalise_language(lang: str | None) -> str:
    lang = (lang or os.environ.get("KENSE_LANG") or DEFAULT_LANGUAGE).lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def translate(key: str, lang: str | None = None, /, **params: Any) -> str:
    texts = _MESSAGES.get(key)
    if texts is None:
        return key
    text = texts[LANGUAGES.index(normalise_language(lang))]
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def has_message(key: str) -> bool:
    return key in _MESSAGES
