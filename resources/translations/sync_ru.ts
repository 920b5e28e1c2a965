<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../ui/sync/section.py" line="46" />
        <source>Register entry</source>
        <translation>Запись журнала регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="47" />
        <source>Movement of a document</source>
        <translation>Движение документа</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="48" />
        <source>Attached file</source>
        <translation>Приложенный файл</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="49" />
        <source>Issued certificate</source>
        <translation>Выданная справка</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="50" />
        <source>Audit checkpoint</source>
        <translation>Контрольная точка журнала аудита</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="62" />
        <source>Sync with the district</source>
        <translation>Синхронизация с районом</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="64" />
        <source>The document register, issued certificates and audit checkpoints go to the district education department by themselves whenever the internet works, also while Kense is locked. Pupils' and staff records never leave this computer.</source>
        <translation>Журнал регистрации документов, выданные справки и контрольные точки аудита уходят в районный отдел образования сами, как только работает интернет, и пока Kense заблокирован. Данные учеников и сотрудников никогда не покидают этот компьютер.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="68" />
        <location filename="../../ui/sync/section.py" line="98" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="78" />
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="79" />
        <source>District server:</source>
        <translation>Сервер района:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="80" />
        <source>Last contact:</source>
        <translation>Последняя связь:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="81" />
        <source>Queue:</source>
        <translation>Очередь:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="82" />
        <source>Clock:</source>
        <translation>Часы:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="84" />
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="95" />
        <source>Not accepted by the server</source>
        <translation>Не принято сервером</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="98" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="98" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="99" />
        <source>The server's reason</source>
        <translation>Причина сервера</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="109" />
        <source>Retry selected</source>
        <translation>Отправить выбранное снова</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="112" />
        <source>Retry all</source>
        <translation>Отправить всё снова</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="121" />
        <source>Enrolment</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="129" />
        <location filename="../../ui/sync/section.py" line="192" />
        <source>Enrol this computer</source>
        <translation>Зарегистрировать этот компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="132" />
        <location filename="../../ui/sync/section.py" line="263" />
        <source>Forget the server</source>
        <translation>Забыть сервер</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="136" />
        <source>Server address:</source>
        <translation>Адрес сервера:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="137" />
        <source>One-time code:</source>
        <translation>Одноразовый код:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="167" />
        <source>Not enrolled: ask the district administrator for a one-time code.</source>
        <translation>Не зарегистрировано: запросите одноразовый код у администратора района.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="169" />
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="171" />
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="175" />
        <source>Working</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="180" />
        <source>waiting: %1 · refused: %2 · last sent in full: %3</source>
        <translation>ожидают: %1 · отклонено: %2 · последний раз отправлено всё: %3</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="184" />
        <source>This computer's clock is off by %1 minutes: please set the right time.</source>
        <translation>Часы этого компьютера расходятся на %1 мин: установите правильное время.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="188" />
        <source>in step with the server</source>
        <translation>совпадают с сервером</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="192" />
        <source>Enrol again</source>
        <translation>Зарегистрировать заново</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="196" />
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="196" />
        <source>accepted with a warning</source>
        <translation>принято с предупреждением</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="258" />
        <source>Something went wrong; nothing was lost. Try again.</source>
        <translation>Что-то пошло не так; ничего не потеряно. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="264" />
        <source>This computer stops sending to the district server. Records not yet sent are kept and go to the server you enrol with next. Continue?</source>
        <translation>Этот компьютер перестанет отправлять данные на сервер района. Неотправленные записи сохранятся и уйдут на сервер, на котором вы зарегистрируетесь следующим. Продолжить?</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync/controller.py" line="129" />
        <source>Sync: error — see Sync</source>
        <translation>Синхронизация: ошибка — см. раздел</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="131" />
        <source>Sync: sending…</source>
        <translation>Синхронизация: отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="135" />
        <source>Sync: nothing sent yet</source>
        <translation>Синхронизация: ещё не отправлялось</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="137" />
        <source>Sync: all sent %1</source>
        <translation>Синхронизация: всё отправлено %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="139" />
        <source>Sync: %1 waiting — no connection</source>
        <translation>Синхронизация: в очереди %1 — нет связи</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="140" />
        <source>Sync: %1 waiting</source>
        <translation>Синхронизация: в очереди %1</translation>
    </message>
</context>
</TS>