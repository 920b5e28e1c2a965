<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Record id (a pupil, staff member or document)</source>
        <translation>Record id (a pupil, staff member or document)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>The audit log could not be read.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Reading the audit log…</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; narrow the filter to see older ones.</source>
        <translation>The newest %1 entries are shown; narrow the filter to see older ones.</translation>
    </message>
    <message>
        <source>Audit log extract</source>
        <translation>Audit log extract</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Saved %1 entries to %2.</source>
        <translation>Saved %1 entries to %2.</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>The PDF could not be saved.</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>RecordAudit</name>
    <message>
        <source>Who saw or changed this</source>
        <translation>Who saw or changed this</translation>
    </message>
</context>
</TS>
