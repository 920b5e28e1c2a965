<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>DeskReport</name>
    <message>
        <source>Report for an inspector</source>
        <translation>Отчёт для проверяющего</translation>
    </message>
    <message>
        <source>A one- or two-page paper for an inspector: each clause of the regulation on personal data with this school's state, dated and numbered in the document register like any document the school issues.</source>
        <translation>Документ для проверяющего на одну-две страницы: каждый пункт положения о персональных данных и состояние школы по нему; датируется и получает номер в журнале регистрации, как любой документ школы.</translation>
    </message>
    <message>
        <source>How this school protects personal data — now</source>
        <translation>Как эта школа защищает персональные данные — сейчас</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Make the report…</source>
        <translation>Составить отчёт…</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <source>Read now, %1.</source>
        <translation>Прочитано сейчас, %1.</translation>
    </message>
    <message>
        <source>on — %1, every page checked with %2 (SQLCipher %3)</source>
        <translation>включено — %1, каждая страница проверяется %2 (SQLCipher %3)</translation>
    </message>
    <message>
        <source>OFF — the database file is not encrypted!</source>
        <translation>ВЫКЛЮЧЕНО — файл базы не зашифрован!</translation>
    </message>
    <message>
        <source>yes — a copy of the database does not open on another computer</source>
        <translation>да — копия базы не откроется на другом компьютере</translation>
    </message>
    <message>
        <source>the device key is missing: use the recovery sheet</source>
        <translation>ключа устройства нет: используйте лист восстановления</translation>
    </message>
    <message>
        <source>no key store on this computer: passwords only</source>
        <translation>на этом компьютере нет хранилища ключей: только пароли</translation>
    </message>
    <message>
        <source>%1 active (%2); disabled: %3</source>
        <translation>активных: %1 (%2); отключённых: %3</translation>
    </message>
    <message>
        <source>after %1 min without input</source>
        <translation>через %1 мин бездействия</translation>
    </message>
    <message>
        <source>, and when minimised</source>
        <translation>, а также при сворачивании окна</translation>
    </message>
    <message>
        <source>none — make one on the Backups page</source>
        <translation>нет — сделайте на странице «Резервные копии»</translation>
    </message>
    <message>
        <source> — older than 7 days!</source>
        <translation> — старше 7 дней!</translation>
    </message>
    <message>
        <source>intact: entries 1 to %1 verified %2</source>
        <translation>цел: записи с № 1 по № %1 проверены %2</translation>
    </message>
    <message>
        <source>BROKEN after entry %1; open findings: %2</source>
        <translation>НАРУШЕН после записи № %1; открытых находок: %2</translation>
    </message>
    <message>
        <source>not connected: nothing leaves the school</source>
        <translation>не подключена: ничего не покидает школу</translation>
    </message>
    <message>
        <source>%1; waiting: %2</source>
        <translation>%1; в очереди: %2</translation>
    </message>
    <message>
        <source>not yet; waiting: %1</source>
        <translation>пока не было; в очереди: %1</translation>
    </message>
    <message>
        <source>Responsible person:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <source>Bound to this computer:</source>
        <translation>Привязана к этому компьютеру:</translation>
    </message>
    <message>
        <source>Users and roles:</source>
        <translation>Пользователи и роли:</translation>
    </message>
    <message>
        <source>Auto-lock:</source>
        <translation>Автоблокировка:</translation>
    </message>
    <message>
        <source>Last verified backup:</source>
        <translation>Последняя проверенная резервная копия:</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Журнал аудита:</translation>
    </message>
    <message>
        <source>Failed sign-ins this month:</source>
        <translation>Неудачных входов в этом месяце:</translation>
    </message>
    <message>
        <source>Last sync with the district:</source>
        <translation>Последняя синхронизация с районом:</translation>
    </message>
    <message>
        <source>Incidents this year:</source>
        <translation>Инцидентов в этом году:</translation>
    </message>
    <message>
        <source>Registered as № %1. Print it or save it.</source>
        <translation>Зарегистрирован под № %1. Напечатайте или сохраните.</translation>
    </message>
</context>
<context>
    <name>DeskRights</name>
    <message>
        <source>Access rights</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <source>Who has which role</source>
        <translation>У кого какая роль</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>Что может каждая роль</translation>
    </message>
    <message>
        <source>Read from the rules the program itself enforces; a tick: the role may.</source>
        <translation>Прочитано из правил, которые соблюдает сама программа; галочка — роль может.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Что можно</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Role since</source>
        <translation>С какого дня</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>disabled since %1</source>
        <translation>отключён с %1</translation>
    </message>
</context>
</TS>
