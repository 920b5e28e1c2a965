"""Messages of sync (Kyrgyz, Russian, English): the CLI and the Sync page say the same words."""

from __future__ import annotations

from app.i18n import register

MESSAGES: dict[str, tuple[str, str, str]] = {
    "sync.bad_url": (
        "Сервердин дареги туура эмес: {url}. Үлгү: https://district.example.kg",
        "Неверный адрес сервера: {url}. Образец: https://district.example.kg",
        "Not a server address: {url}. Example: https://district.example.kg",
    ),
    "sync.plain_http": (
        "Шифрленбеген http ушул компьютердин ичинде гана колдонулат; https:// менен жазыңыз: {url}",
        "Незашифрованный http допустим только внутри этого компьютера; укажите https://: {url}",
        "Plain http is only allowed to this computer; use https://: {url}",
    ),
    "sync.bad_code": (
        "Каттоо коду 10 белгиден турат (мис. ABCDE-FGHJK), аны район администратору берет.",
        "Код регистрации — 10 знаков (напр. ABCDE-FGHJK), его выдаёт администратор района.",
        "The enrolment code has 10 characters (e.g. ABCDE-FGHJK); the district administrator gives it.",
    ),
    "sync.code_refused": (
        "Сервер бул кодду кабыл алган жок: ал туура эмес, колдонулган же мөөнөтү өткөн. Жаңы код сураңыз.",
        "Сервер не принял код: он неверен, уже использован или истёк. Запросите новый код.",
        "The server refused the code: it is wrong, already used or expired. Ask for a new one.",
    ),
    "sync.keyring_unavailable": (
        "Бул компьютердин ачкыч сактагычы (OS keyring) жеткиликсиз: синхрондоштуруу токенин сактоого болбойт.",
        "Хранилище ключей этого компьютера (OS keyring) недоступно: токен синхронизации негде хранить.",
        "This computer's credential store (OS keyring) cannot be reached: there is nowhere to keep the sync token.",
    ),
    "sync.not_enrolled": (
        "Бул компьютер район серверине катталган эмес: kense sync enrol --server URL --code КОД",
        "Этот компьютер не зарегистрирован на сервере района: kense sync enrol --server URL --code КОД",
        "This computer is not enrolled with the district server: kense sync enrol --server URL --code CODE",
    ),
    "sync.server_refused": (
        "Сервер сурамды четке какты ({code}): {detail}",
        "Сервер отклонил запрос ({code}): {detail}",
        "The server refused the request ({code}): {detail}",
    ),
    "sync.no_such_failed": (
        "Мындай ийгиликсиз жазуу жок: {id}",
        "Нет такой неотправленной записи: {id}",
        "No failed record with this id: {id}",
    ),
    "sync.already_running": (
        "Синхрондоштуруу азыр эле жүрүп жатат.",
        "Синхронизация уже идёт.",
        "A sync run is already going on.",
    ),
    "sync.retry_what": (
        "Кайсы жазууну кайра жөнөтүү керек: ID же --all.",
        "Укажите, что отправить снова: ID или --all.",
        "Say what to send again: an ID or --all.",
    ),
    "sync.enrolled": (
        "Катталды: {school} — {server}",
        "Зарегистрировано: {school} — {server}",
        "Enrolled: {school} — {server}",
    ),
    "sync.unenrolled": (
        "Сервер унутулду. Жөнөтүлө элек {count} жазуу сакталды жана кийинки серверге кетет.",
        "Сервер забыт. {count} неотправленных записей сохранены и уйдут на следующий сервер.",
        "Server forgotten. {count} unsent records are kept and will go to the next server.",
    ),
    "sync.retried": (
        "Кайра кезекке коюлду: {count}",
        "Снова поставлено в очередь: {count}",
        "Queued again: {count}",
    ),
    "sync.run_done": (
        "Жөнөтүлдү: {sent}, четке кагылды: {failed}, күтүүдө: {pending}",
        "Отправлено: {sent}, отклонено: {failed}, ожидает: {pending}",
        "Sent: {sent}, refused: {failed}, waiting: {pending}",
    ),
    "sync.skew_warning": (
        "Компьютердин сааты сервердикинен {minutes} мүнөткө айырмаланат. Саатты тууралаңыз.",
        "Часы компьютера расходятся с сервером на {minutes} мин. Исправьте время.",
        "This computer's clock differs from the server's by {minutes} min. Please correct it.",
    ),
    # why a run ended (sync.reason.<code>)
    "sync.reason.offline": (
        "Байланыш жок: сервер жеткиликсиз.", "Нет связи: сервер недоступен.",
        "No connection: the server cannot be reached.",
    ),
    "sync.reason.stalled": (
        "Байланыш токтоп калды (көпкө чейин бир да байт өткөн жок). Кийин кайра аракет кылынат.",
        "Связь застыла (долго не проходило ни байта). Попытка повторится позже.",
        "The link stalled (no byte moved for too long). It will be tried again later.",
    ),
    "sync.reason.captive_portal": (
        "Тармак серверди эмес, башка баракты кайтарды (мис. Wi-Fi кирүү барагы). Интернетке кирүүнү текшериңиз.",
        "Сеть вернула не ответ сервера, а другую страницу (напр. страницу входа Wi-Fi). Проверьте доступ в интернет.",
        "The network answered with another page, not the server (a Wi-Fi sign-in page?). Check the internet access.",
    ),
    "sync.reason.server_unavailable": (
        "Сервер азыр иштебей жатат. Кийин кайра аракет кылынат.",
        "Сервер сейчас не работает. Попытка повторится позже.",
        "The server is not working right now. It will be tried again later.",
    ),
    "sync.reason.unauthorized": (
        "Сервер бул компьютердин токенин тааныбайт. Район администраторунан жаңы код алып, кайра катталыңыз.",
        "Сервер не признаёт токен этого компьютера. Получите новый код у администратора района"
        " и зарегистрируйтесь снова.",
        "The server does not recognise this computer's token. Get a new code from the district and enrol again.",
    ),
    "sync.reason.device_revoked": (
        "Район бул компьютердин уруксатын жокко чыгарды. Эч нерсе өчүрүлгөн жок; кайра катталуу үчүн жаңы код сураңыз.",
        "Район отозвал доступ этого компьютера. Ничего не удалено; для повторной регистрации запросите новый код.",
        "The district revoked this computer. Nothing was deleted; ask for a new code to enrol again.",
    ),
    "sync.reason.wrong_server": (
        "Бул дарек катталган сервер эмес (анын ачкычы башка). Маалымат жөнөтүлгөн жок.",
        "По этому адресу не тот сервер, на котором шла регистрация (другой ключ). Данные не отправлены.",
        "This is not the server this computer enrolled with (another key). Nothing was sent.",
    ),
    "sync.reason.unsupported_protocol": (
        "Сервер Kense'тин бул версиясынын протоколун колдобойт. Kense'ти жаңыртыңыз.",
        "Сервер не поддерживает протокол этой версии Kense. Обновите Kense.",
        "The server does not speak this version's protocol. Update Kense.",
    ),
    "sync.reason.rate_limited": (
        "Сервер азыр бошобой жатат; бир аздан кийин кайра аракет кылынат.",
        "Сервер перегружен; попытка повторится чуть позже.",
        "The server asks to slow down; it will be tried again a little later.",
    ),
    "sync.reason.bad_request": (
        "Сервер сурамды туура эмес деп тапты. Бул ката; өзүнөн-өзү кайталанбайт.",
        "Сервер счёл запрос неверным. Это ошибка; сама по себе не повторяется.",
        "The server found the request malformed. This is a bug; it is not retried by itself.",
    ),
    "sync.reason.body_too_large": (
        "Сурам өтө чоң болду.", "Запрос оказался слишком большим.", "A request was too large.",
    ),
    "sync.reason.not_enrolled": (
        "Катталган эмес.", "Не зарегистрировано.", "Not enrolled.",
    ),
    "sync.reason.keyring_unavailable": (
        "Ачкыч сактагычы жеткиликсиз.", "Хранилище ключей недоступно.", "The credential store cannot be reached.",
    ),
    "sync.reason.cancelled": ("Токтотулду.", "Остановлено.", "Cancelled."),
    "sync.reason.already_running": (
        "Синхрондоштуруу азыр эле жүрүп жатат.", "Синхронизация уже идёт.", "A sync run is already going on.",
    ),
}

register(MESSAGES)

# What the audit viewer says of sync's own entries (app/audit/viewer.py looks up audit.say.<action>).
register({
    "audit.say.sync.enrol": ("{who} бул компьютерди район серверине каттады",
                             "{who} зарегистрировал(а) этот компьютер на сервере района",
                             "{who} enrolled this computer with the district server"),
    "audit.say.sync.unenrol": ("{who} район серверин унуттурду", "{who} отключил(а) сервер района",
                               "{who} made this computer forget the district server"),
    "audit.say.sync.retry": ("{who} четке кагылган жазууларды кайра жөнөттү",
                             "{who} повторно отправил(а) отклонённые записи",
                             "{who} sent refused records again"),
})
