<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="84" />
        <source>Acknowledge alert</source>
        <translation>Acknowledge alert</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="93" />
        <source>What happened and what was done about it</source>
        <translation>What happened and what was done about it</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="98" />
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="104" />
        <source>Write what happened and what was done about it. The note is kept with the alert; the acknowledgement is recorded in the audit log.</source>
        <translation>Write what happened and what was done about it. The note is kept with the alert; the acknowledgement is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="185" />
        <source>The alerts could not be read. Your data is safe; press Refresh.</source>
        <translation>The alerts could not be read. Your data is safe; press Refresh.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="194" />
        <source>Alerts for the person responsible for personal data (%1)</source>
        <translation>Alerts for the person responsible for personal data (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="205" />
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="213" />
        <source>%1 more: see Data protection → Alerts</source>
        <translation>%1 more: see Data protection → Alerts</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="36" />
        <source>Show acknowledged</source>
        <translation>Show acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="46" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="57" />
        <source>What the checks found that needs the responsible person's attention: repeated failed sign-ins, unusually many revealed records, exports to a removable drive, integrity findings, no verified backup for more than 7 days, this computer revoked by the district. Each alert stays until it is acknowledged with a note.</source>
        <translation>What the checks found that needs the responsible person's attention: repeated failed sign-ins, unusually many revealed records, exports to a removable drive, integrity findings, no verified backup for more than 7 days, this computer revoked by the district. Each alert stays until it is acknowledged with a note.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="80" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="88" />
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="88" />
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="88" />
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="91" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="96" />
        <source>Open alerts: %1</source>
        <translation>Open alerts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="97" />
        <source>No open alerts.</source>
        <translation>No open alerts.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="130" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
</context>
</TS>
