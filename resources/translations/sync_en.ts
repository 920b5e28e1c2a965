<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../ui/sync/section.py" line="46" />
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="47" />
        <source>Movement of a document</source>
        <translation>Movement of a document</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="48" />
        <source>Attached file</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="49" />
        <source>Issued certificate</source>
        <translation>Issued certificate</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="50" />
        <source>Audit checkpoint</source>
        <translation>Audit checkpoint</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="62" />
        <source>Sync with the district</source>
        <translation>Sync with the district</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="64" />
        <source>The document register, issued certificates and audit checkpoints go to the district education department by themselves whenever the internet works, also while Kense is locked. Pupils' and staff records never leave this computer.</source>
        <translation>The document register, issued certificates and audit checkpoints go to the district education department by themselves whenever the internet works, also while Kense is locked. Pupils' and staff records never leave this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="68" />
        <location filename="../../ui/sync/section.py" line="98" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="78" />
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="79" />
        <source>District server:</source>
        <translation>District server:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="80" />
        <source>Last contact:</source>
        <translation>Last contact:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="81" />
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="82" />
        <source>Clock:</source>
        <translation>Clock:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="84" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="95" />
        <source>Not accepted by the server</source>
        <translation>Not accepted by the server</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="98" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="98" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="99" />
        <source>The server's reason</source>
        <translation>The server's reason</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="109" />
        <source>Retry selected</source>
        <translation>Retry selected</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="112" />
        <source>Retry all</source>
        <translation>Retry all</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="121" />
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="129" />
        <location filename="../../ui/sync/section.py" line="192" />
        <source>Enrol this computer</source>
        <translation>Enrol this computer</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="132" />
        <location filename="../../ui/sync/section.py" line="263" />
        <source>Forget the server</source>
        <translation>Forget the server</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="136" />
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="137" />
        <source>One-time code:</source>
        <translation>One-time code:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="167" />
        <source>Not enrolled: ask the district administrator for a one-time code.</source>
        <translation>Not enrolled: ask the district administrator for a one-time code.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="169" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="171" />
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="175" />
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="180" />
        <source>waiting: %1 · refused: %2 · last sent in full: %3</source>
        <translation>waiting: %1 · refused: %2 · last sent in full: %3</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="184" />
        <source>This computer's clock is off by %1 minutes: please set the right time.</source>
        <translation>This computer's clock is off by %1 minutes: please set the right time.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="188" />
        <source>in step with the server</source>
        <translation>in step with the server</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="192" />
        <source>Enrol again</source>
        <translation>Enrol again</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="196" />
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="196" />
        <source>accepted with a warning</source>
        <translation>accepted with a warning</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="258" />
        <source>Something went wrong; nothing was lost. Try again.</source>
        <translation>Something went wrong; nothing was lost. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="264" />
        <source>This computer stops sending to the district server. Records not yet sent are kept and go to the server you enrol with next. Continue?</source>
        <translation>This computer stops sending to the district server. Records not yet sent are kept and go to the server you enrol with next. Continue?</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync/controller.py" line="129" />
        <source>Sync: error — see Sync</source>
        <translation>Sync: error — see Sync</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="131" />
        <source>Sync: sending…</source>
        <translation>Sync: sending…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="135" />
        <source>Sync: nothing sent yet</source>
        <translation>Sync: nothing sent yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="137" />
        <source>Sync: all sent %1</source>
        <translation>Sync: all sent %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="139" />
        <source>Sync: %1 waiting — no connection</source>
        <translation>Sync: %1 waiting — no connection</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="140" />
        <source>Sync: %1 waiting</source>
        <translation>Sync: %1 waiting</translation>
    </message>
</context>
</TS>