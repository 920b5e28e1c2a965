<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Record id (a pupil, staff member or document)</source>
        <translation>id записи (ученик, сотрудник или документ)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Не удалось прочитать журнал аудита.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Журнал аудита читается…</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; narrow the filter to see older ones.</source>
        <translation>Показаны последние %1 записей; чтобы увидеть более старые, сузьте фильтр.</translation>
    </message>
    <message>
        <source>Audit log extract</source>
        <translation>Выписка из журнала аудита</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Saved %1 entries to %2.</source>
        <translation>Сохранено записей: %1, файл %2.</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>Не удалось сохранить PDF.</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF сохраняется…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>RecordAudit</name>
    <message>
        <source>Who saw or changed this</source>
        <translation>Кто видел или менял</translation>
    </message>
</context>
</TS>
