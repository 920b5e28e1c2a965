"""Messages of the document register (Kyrgyz, Russian, English)."""

from __future__ import annotations

from app.i18n import register

MESSAGES: dict[str, tuple[str, str, str]] = {
    "documents.number_taken": (
        "Ошол эле учурда ушул сериядагы номерди башка колдонуучу алды. Кайра аракет кылыңыз; эч нерсе жазылган жок.",
        "В это же время номер этой серии занял другой пользователь. Повторите; ничего не записано.",
        "Someone else took the next number of this series meanwhile. Try again; nothing was written.",
    ),
    "documents.bad_kind": (
        "Документтин түрү белгисиз: {kind}. Мүмкүн болгондору: {kinds}.",
        "Неизвестный вид документа: {kind}. Возможные: {kinds}.",
        "Unknown document kind: {kind}. Possible: {kinds}.",
    ),
    "documents.bad_series": (
        "Буйруктун сериясын көрсөтүңүз ({choices}); берилгени: {series}.",
        "Укажите серию приказа ({choices}); указано: {series}.",
        "Give the order series ({choices}); got: {series}.",
    ),
    "documents.series_not_for_kind": (
        "Серия ({series}) буйруктар үчүн гана көрсөтүлөт.",
        "Серия ({series}) указывается только для приказов.",
        "A series ({series}) is only given for orders.",
    ),
    "documents.date_out_of_range": (
        "{name}: {value} — мүмкүн эмес күн. Күн {earliest} менен {latest} ортосунда болушу керек.",
        "{name}: {value} — невозможная дата. Дата должна быть между {earliest} и {latest}.",
        "{name}: {value} is not a possible date. It must lie between {earliest} and {latest}.",
    ),
    "documents.bad_date": (
        "{name}: күн туура эмес ({value}). Үлгү: 2025-09-01.",
        "{name}: неверная дата ({value}). Образец: 2025-09-01.",
        "{name}: not a valid date ({value}). Example: 2025-09-01.",
    ),
    "documents.subject_required": (
        "Документтин темасын (кыскача мазмунун) жазыңыз.",
        "Укажите тему (краткое содержание) документа.",
        "Give the document's subject.",
    ),
    "documents.text_too_long": (
        "{name} өтө узун: эң көп {max} белги.",
        "{name} слишком длинное: не более {max} символов.",
        "{name} is too long: at most {max} characters.",
    ),
    "documents.bad_prefix": (
        "Иш номенклатурасынын индекси сандардан жана сызыкчадан турат, мисалы 02-15.",
        "Индекс по номенклатуре дел состоит из цифр и дефисов, например 02-15.",
        "A file index is digits and hyphens, e.g. 02-15.",
    ),
    "documents.their_pair": (
        "Жөнөтүүчүнүн номерин жана күнүн экөөнү тең көрсөтүңүз.",
        "Укажите и номер, и дату документа отправителя.",
        "Give both the sender's number and its date.",
    ),
    "documents.due_before_registration": (
        "Аткаруу мөөнөтү каттоо күнүнөн мурун боло албайт.",
        "Срок исполнения не может быть раньше даты регистрации.",
        "The due date cannot be before the registration date.",
    ),
    "documents.not_found": (
        "Документ табылган жок: {id}.",
        "Документ не найден: {id}.",
        "Document not found: {id}.",
    ),
    "documents.duplicate_reference": (
        "Бул кат мурунтан катталган: № {number}, {day}. Жаңы эч нерсе катталган жок; ошол жазууну ачыңыз.",
        "Это письмо уже зарегистрировано: № {number} от {day}. Ничего нового не зарегистрировано; откройте"
        " эту запись.",
        "This letter is already registered: No. {number} of {day}. Nothing new was registered; open that entry.",
    ),
    "documents.duplicate_file": (
        "«{filename}» файлы мурунтан катталган: № {number}, {day}. Жаңы эч нерсе катталган жок; ошол"
        " жазууну ачыңыз.",
        "Файл «{filename}» уже зарегистрирован: № {number} от {day}. Ничего нового не зарегистрировано;"
        " откройте эту запись.",
        "The file '{filename}' is already registered: No. {number} of {day}. Nothing new was registered; open"
        " that entry.",
    ),
    "documents.file_empty": (
        "«{filename}» файлы бош (0 байт). Туура файлды тандаңыз.",
        "Файл «{filename}» пустой (0 байт). Выберите правильный файл.",
        "The file '{filename}' is empty (0 bytes). Choose the right file.",
    ),
    "documents.file_too_large": (
        "«{filename}» файлы өтө чоң: {size_mb} МБ, уруксат берилгени {limit_mb} МБ чейин.",
        "Файл «{filename}» слишком большой: {size_mb} МБ, допускается до {limit_mb} МБ.",
        "The file '{filename}' is too large: {size_mb} MB; the limit is {limit_mb} MB.",
    ),
    "documents.file_changed": (
        "«{filename}» файлы окуп жатканда өзгөрдү. Кайра аракет кылыңыз.",
        "Файл «{filename}» изменился во время чтения. Повторите попытку.",
        "The file '{filename}' changed while it was being read. Try again.",
    ),
    "documents.file_same_twice": (
        "Бир эле файл эки жолу берилди: «{filename}».",
        "Один и тот же файл указан дважды: «{filename}».",
        "The same file was given twice: '{filename}'.",
    ),
    "documents.file_type_mismatch": (
        "Эскертүү: «{filename}» аталышы боюнча {claimed}, бирок ичинде {actual}. Файл белгиленди.",
        "Внимание: «{filename}» по имени — {claimed}, а по содержимому — {actual}. Файл помечен.",
        "Warning: '{filename}' is named as {claimed} but its content is {actual}. The file is flagged.",
    ),
    "documents.attachment_not_found": (
        "Файл табылган жок: {id}.",
        "Файл не найден: {id}.",
        "File not found: {id}.",
    ),
    "documents.user_inactive": (
        "«{login}» колдонуучусу өчүрүлгөн.",
        "Пользователь «{login}» отключён.",
        "User '{login}' is disabled.",
    ),
    "documents.restricted_assignee": (
        "Чектелген документти директорго же администраторго гана тапшырууга болот.",
        "Документ с ограниченным доступом можно поручить только директору или администратору.",
        "A restricted document can only be assigned to the director or an administrator.",
    ),
    "documents.closed": (
        "№ {number} документ жабылган ({status}); бул аракет мүмкүн эмес.",
        "Документ № {number} закрыт ({status}); это действие невозможно.",
        "Document No. {number} is closed ({status}); this cannot be done.",
    ),
    "documents.not_responsible": (
        "Бул аракетти документке жооптуу адам, катчы же директор гана жасай алат.",
        "Это действие может выполнить только ответственный, секретарь или директор.",
        "Only the person responsible, the secretary or the director can do this.",
    ),
    "documents.not_reserved": (
        "№ {number} буйрук номери резервде эмес (же мурунтан кол коюлган).",
        "Номер приказа № {number} не зарезервирован (или приказ уже подписан).",
        "Order number {number} is not reserved (or the order is already signed).",
    ),
    "documents.reserved_unsigned": (
        "№ {number} буйрук номери резервде турат, буйрукка али кол коюла элек.",
        "Номер приказа № {number} зарезервирован, приказ ещё не подписан.",
        "Order number {number} is reserved; the order is not signed yet.",
    ),
    "documents.correspondent_exists": (
        "Бул корреспондент тизмеде мурунтан бар: {name}.",
        "Этот корреспондент уже есть в справочнике: {name}.",
        "This correspondent is already in the list: {name}.",
    ),
    "documents.reply_needs_incoming": (
        "Жооп кирүүчү катка гана жазылат.",
        "Ответ создаётся только на входящее письмо.",
        "A reply can only answer an incoming letter.",
    ),
    "documents.send_needs_outgoing": (
        "«Жөнөтүлдү» белгиси чыгуучу катка гана коюлат.",
        "Отметка «отправлено» ставится только на исходящее письмо.",
        "Only an outgoing letter can be marked as sent.",
    ),
    "documents.nothing_to_correct": (
        "Өзгөртүү жок: жаңы маанилер мурунку менен бирдей.",
        "Нечего исправлять: новые значения совпадают с прежними.",
        "Nothing to correct: the new values are the same as before.",
    ),
    "documents.bad_field": (
        "Бул талааны оңдоого болбойт: {field}.",
        "Это поле нельзя исправить: {field}.",
        "This field cannot be corrected: {field}.",
    ),
    "documents.out_not_dir": (
        "Папка эмес же жок: {path}.",
        "Это не папка или её нет: {path}.",
        "Not a folder, or missing: {path}.",
    ),
    "documents.export_cancelled": (
        "Токтотулду: бир да файл сакталган жок.",
        "Отменено: ни один файл не сохранён.",
        "Cancelled: no file was saved.",
    ),
    "documents.out_file_exists": (
        "Файл мурунтан бар, үстүнөн жазылган жок: {path}.",
        "Файл уже существует и не перезаписан: {path}.",
        "The file already exists and was not overwritten: {path}.",
    ),
    "documents.bad_period": (
        "Мезгил туура эмес: башталышы аягынан кийин.",
        "Неверный период: начало позже конца.",
        "Bad period: the start is after the end.",
    ),
    "documents.registered": (
        "Катталды: № {number} ({id})",
        "Зарегистрировано: № {number} ({id})",
        "Registered: No. {number} ({id})",
    ),
    "documents.done": ("Аткарылды: № {number}", "Готово: № {number}", "Done: No. {number}"),
    "documents.files_written": (
        "{count} файл жазылды: {path}",
        "Записано файлов: {count} в {path}",
        "{count} file(s) written to {path}",
    ),
    "documents.printed": ("Журнал басылды: {path}", "Журнал напечатан: {path}", "Register printed: {path}"),
}

register(MESSAGES)
