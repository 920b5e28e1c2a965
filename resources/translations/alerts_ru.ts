<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="84" />
        <source>Acknowledge alert</source>
        <translation>Подтвердить оповещение</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="93" />
        <source>What happened and what was done about it</source>
        <translation>Что произошло и что сделано</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="98" />
        <source>Acknowledge</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="104" />
        <source>Write what happened and what was done about it. The note is kept with the alert; the acknowledgement is recorded in the audit log.</source>
        <translation>Напишите, что произошло и что сделано. Примечание хранится вместе с оповещением; подтверждение записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="185" />
        <source>The alerts could not be read. Your data is safe; press Refresh.</source>
        <translation>Не удалось прочитать оповещения. Ваши данные в безопасности; нажмите «Обновить».</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="194" />
        <source>Alerts for the person responsible for personal data (%1)</source>
        <translation>Оповещения для ответственного за защиту персональных данных (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="205" />
        <source>Acknowledge…</source>
        <translation>Подтвердить…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="213" />
        <source>%1 more: see Data protection → Alerts</source>
        <translation>Ещё %1: см. «Защита данных» → «Оповещения»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="36" />
        <source>Show acknowledged</source>
        <translation>Показать подтверждённые</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="46" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="57" />
        <source>What the checks found that needs the responsible person's attention: repeated failed sign-ins, unusually many revealed records, exports to a removable drive, integrity findings, no verified backup for more than 7 days, this computer revoked by the district. Each alert stays until it is acknowledged with a note.</source>
        <translation>Что нашли проверки и что требует внимания ответственного: повторные неудачные входы, необычно много раскрытых записей, выгрузки на съёмный диск, находки о целостности, нет проверенной резервной копии больше 7 дней, район отозвал доступ этого компьютера. Оповещение остаётся, пока его не подтвердят с примечанием.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="80" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="88" />
        <source>Seen</source>
        <translation>Замечено</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="88" />
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="88" />
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="91" />
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="96" />
        <source>Open alerts: %1</source>
        <translation>Открытых оповещений: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="97" />
        <source>No open alerts.</source>
        <translation>Открытых оповещений нет.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="130" />
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
</context>
</TS>
