<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeskReport</name>
    <message>
        <source>Report for an inspector</source>
        <translation>Report for an inspector</translation>
    </message>
    <message>
        <source>A one- or two-page paper for an inspector: each clause of the regulation on personal data with this school's state, dated and numbered in the document register like any document the school issues.</source>
        <translation>A one- or two-page paper for an inspector: each clause of the regulation on personal data with this school's state, dated and numbered in the document register like any document the school issues.</translation>
    </message>
    <message>
        <source>How this school protects personal data — now</source>
        <translation>How this school protects personal data — now</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Make the report…</source>
        <translation>Make the report…</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Language of the report:</translation>
    </message>
    <message>
        <source>Read now, %1.</source>
        <translation>Read now, %1.</translation>
    </message>
    <message>
        <source>on — %1, every page checked with %2 (SQLCipher %3)</source>
        <translation>on — %1, every page checked with %2 (SQLCipher %3)</translation>
    </message>
    <message>
        <source>OFF — the database file is not encrypted!</source>
        <translation>OFF — the database file is not encrypted!</translation>
    </message>
    <message>
        <source>yes — a copy of the database does not open on another computer</source>
        <translation>yes — a copy of the database does not open on another computer</translation>
    </message>
    <message>
        <source>the device key is missing: use the recovery sheet</source>
        <translation>the device key is missing: use the recovery sheet</translation>
    </message>
    <message>
        <source>no key store on this computer: passwords only</source>
        <translation>no key store on this computer: passwords only</translation>
    </message>
    <message>
        <source>%1 active (%2); disabled: %3</source>
        <translation>%1 active (%2); disabled: %3</translation>
    </message>
    <message>
        <source>after %1 min without input</source>
        <translation>after %1 min without input</translation>
    </message>
    <message>
        <source>, and when minimised</source>
        <translation>, and when minimised</translation>
    </message>
    <message>
        <source>none — make one on the Backups page</source>
        <translation>none — make one on the Backups page</translation>
    </message>
    <message>
        <source> — older than 7 days!</source>
        <translation> — older than 7 days!</translation>
    </message>
    <message>
        <source>intact: entries 1 to %1 verified %2</source>
        <translation>intact: entries 1 to %1 verified %2</translation>
    </message>
    <message>
        <source>BROKEN after entry %1; open findings: %2</source>
        <translation>BROKEN after entry %1; open findings: %2</translation>
    </message>
    <message>
        <source>not connected: nothing leaves the school</source>
        <translation>not connected: nothing leaves the school</translation>
    </message>
    <message>
        <source>%1; waiting: %2</source>
        <translation>%1; waiting: %2</translation>
    </message>
    <message>
        <source>not yet; waiting: %1</source>
        <translation>not yet; waiting: %1</translation>
    </message>
    <message>
        <source>Responsible person:</source>
        <translation>Responsible person:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Bound to this computer:</source>
        <translation>Bound to this computer:</translation>
    </message>
    <message>
        <source>Users and roles:</source>
        <translation>Users and roles:</translation>
    </message>
    <message>
        <source>Auto-lock:</source>
        <translation>Auto-lock:</translation>
    </message>
    <message>
        <source>Last verified backup:</source>
        <translation>Last verified backup:</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Audit log:</translation>
    </message>
    <message>
        <source>Failed sign-ins this month:</source>
        <translation>Failed sign-ins this month:</translation>
    </message>
    <message>
        <source>Last sync with the district:</source>
        <translation>Last sync with the district:</translation>
    </message>
    <message>
        <source>Incidents this year:</source>
        <translation>Incidents this year:</translation>
    </message>
    <message>
        <source>Registered as № %1. Print it or save it.</source>
        <translation>Registered as № %1. Print it or save it.</translation>
    </message>
</context>
<context>
    <name>DeskRights</name>
    <message>
        <source>Access rights</source>
        <translation>Access rights</translation>
    </message>
    <message>
        <source>Who has which role</source>
        <translation>Who has which role</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>What each role may do</translation>
    </message>
    <message>
        <source>Read from the rules the program itself enforces; a tick: the role may.</source>
        <translation>Read from the rules the program itself enforces; a tick: the role may.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Role since</source>
        <translation>Role since</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled since %1</source>
        <translation>disabled since %1</translation>
    </message>
</context>
</TS>
