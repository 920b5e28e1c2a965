<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ky_KG">
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Бардык мезгил</translation>
    </message>
    <message>
        <source>Record id (a pupil, staff member or document)</source>
        <translation>Жазуунун id'си (окуучу, кызматкер же документ)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF кылып сактоо…</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Ким:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Эмне:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>башы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>аягы</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Жазуу:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Баары</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Бардык иш-аракеттер</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Аудит журналын окуу мүмкүн болбоду.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Аудит журналы окулууда…</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Жазуулар: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; narrow the filter to see older ones.</source>
        <translation>Эң акыркы %1 жазуу көрсөтүлдү; эскилерин көрүү үчүн чыпканы тарытыңыз.</translation>
    </message>
    <message>
        <source>Audit log extract</source>
        <translation>Аудит журналынан үзүндү</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF кылып сактоо</translation>
    </message>
    <message>
        <source>Saved %1 entries to %2.</source>
        <translation>%1 жазуу %2 файлына сакталды.</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>PDF сакталган жок.</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF сакталууда…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
</context>
<context>
    <name>RecordAudit</name>
    <message>
        <source>Who saw or changed this</source>
        <translation>Ким көрдү же өзгөрттү</translation>
    </message>
</context>
</TS>
