<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClassesOverview</name>
    <message>
        <location filename="../../ui/people/section.py" line="445"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="445"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="445"/>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="446"/>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="446"/>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="461"/>
        <source>School year %1</source>
        <translation>School year %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="475"/>
        <source>Grade %1 in all</source>
        <translation>Grade %1 in all</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="477"/>
        <source>School in all</source>
        <translation>School in all</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="77"/>
        <source>Import pupils</source>
        <translation>Import pupils</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="77"/>
        <source>Import staff</source>
        <translation>Import staff</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="83"/>
        <source>xlsx, xls, ods or csv</source>
        <translation>xlsx, xls, ods or csv</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="84"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="88"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="94"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="94"/>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="95"/>
        <source>Kense field</source>
        <translation>Kense field</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="104"/>
        <source>e.g. 45-к</source>
        <translation>e.g. 45-к</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="107"/>
        <source>Admission order number:</source>
        <translation>Admission order number:</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="109"/>
        <source>Check (nothing is saved)</source>
        <translation>Check (nothing is saved)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="112"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="140"/>
        <source>How the columns were recognised. Change a field where it is wrong; “do not import” skips the column.</source>
        <translation>How the columns were recognised. Change a field where it is wrong; “do not import” skips the column.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="153"/>
        <source>Full name (surname, name, patronymic)</source>
        <translation>Full name (surname, name, patronymic)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="154"/>
        <source>Class letter</source>
        <translation>Class letter</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="156"/>
        <source>— do not import —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="186"/>
        <source>Choose file</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="187"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="220"/>
        <source>Columns recognised: %1 of %2. Check the file before importing.</source>
        <translation>Columns recognised: %1 of %2. Check the file before importing.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="249"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="271"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="273"/>
        <source>Already in the register: %1 — not imported again.</source>
        <translation>Already in the register: %1 — not imported again.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="282"/>
        <source>Rows with errors: %1 of %2. Nothing will be imported until they are corrected in the file (or their columns skipped).</source>
        <translation>Rows with errors: %1 of %2. Nothing will be imported until they are corrected in the file (or their columns skipped).</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="287"/>
        <source>Ready to import: %1 rows. Already in the register: %2. New classes: %3.</source>
        <translation>Ready to import: %1 rows. Already in the register: %2. New classes: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="292"/>
        <source>Imported: %1 rows.</source>
        <translation>Imported: %1 rows.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people/model.py" line="31"/>
        <source>Book No.</source>
        <translation>Book No.</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="32"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="34"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="35"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="36"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="37"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="38"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="39"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="40"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="41"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="42"/>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="48"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="50"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="241"/>
        <source>Hidden. Select the row and press “Show” (recorded).</source>
        <translation>Hidden. Select the row and press “Show” (recorded).</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../ui/people/section.py" line="75"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="78"/>
        <source>Export list…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="99"/>
        <source>Show hidden data</source>
        <translation>Show hidden data</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="101"/>
        <source>Shows the PIN, birth date and address of the selected row for 30 seconds. Showing personal data is recorded in the audit log.</source>
        <translation>Shows the PIN, birth date and address of the selected row for 30 seconds. Showing personal data is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="175"/>
        <source>Nothing found. Change the search or the filter.</source>
        <translation>Nothing found. Change the search or the filter.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="177"/>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="179"/>
        <source>Found: more than %1 — the list loads further as you scroll; type more letters to narrow it.</source>
        <translation>Found: more than %1 — the list loads further as you scroll; type more letters to narrow it.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="189"/>
        <source>Select a row first.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="259"/>
        <source>Export list</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="273"/>
        <source>Saved %1 rows to %2.</source>
        <translation>Saved %1 rows to %2.</translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation>Saving the list…</translation>
    </message>
    <message>
        <source>The list could not be saved.</source>
        <translation>The list could not be saved.</translation>
    </message>
</context>
<context>
    <name>PeopleTexts</name>
    <message>
        <location filename="../../ui/people/texts.py" line="20"/>
        <source>admission</source>
        <translation>admission</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="21"/>
        <source>transfer from another school</source>
        <translation>transfer from another school</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="22"/>
        <source>transfer to another school</source>
        <translation>transfer to another school</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="23"/>
        <source>promotion</source>
        <translation>promotion</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="24"/>
        <source>grade jump</source>
        <translation>grade jump</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="25"/>
        <source>repeats the grade</source>
        <translation>repeats the grade</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="26"/>
        <source>graduation</source>
        <translation>graduation</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="27"/>
        <source>withdrawal</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="34"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="35"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="36"/>
        <source>guardian added</source>
        <translation>guardian added</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="37"/>
        <source>category set</source>
        <translation>category set</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="38"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="39"/>
        <source>unblocked</source>
        <translation>unblocked</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="40"/>
        <source>depersonalised</source>
        <translation>depersonalised</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="60"/>
        <source>Something went wrong. Nothing was changed. If it happens again, tell the administrator.</source>
        <translation>Something went wrong. Nothing was changed. If it happens again, tell the administrator.</translation>
    </message>
</context>
<context>
    <name>PersonTabs</name>
    <message>
        <location filename="../../ui/people/tabs.py" line="104"/>
        <source>Add movement</source>
        <translation>Add movement</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="118"/>
        <source>Movement:</source>
        <translation>Movement:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="119"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="120"/>
        <source>Order number:</source>
        <translation>Order number:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="121"/>
        <source>To class:</source>
        <translation>To class:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="122"/>
        <source>Other school:</source>
        <translation>Other school:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="123"/>
        <location filename="../../ui/people/tabs.py" line="470"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="155"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="156"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="157"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="158"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="159"/>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="160"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="177"/>
        <source>Add movement…</source>
        <translation>Add movement…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="198"/>
        <source>Add guardian</source>
        <translation>Add guardian</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="213"/>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="234"/>
        <source>Add consent</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="255"/>
        <source>Guardian:</source>
        <translation>Guardian:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="256"/>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="257"/>
        <source>Signed on:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="258"/>
        <source>Text version:</source>
        <translation>Text version:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="259"/>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="290"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="314"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="315"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="316"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="317"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="318"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="335"/>
        <source>Add guardian…</source>
        <translation>Add guardian…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="338"/>
        <source>Add consent…</source>
        <translation>Add consent…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="341"/>
        <source>Withdraw the selected consent</source>
        <translation>Withdraw the selected consent</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="347"/>
        <source>Guardians</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="354"/>
        <source>Consent to personal data processing</source>
        <translation>Consent to personal data processing</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="382"/>
        <source>Select a consent in the list first.</source>
        <translation>Select a consent in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="400"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="401"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="402"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="403"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="429"/>
        <source>Block the record</source>
        <translation>Block the record</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="430"/>
        <source>Unblock the record</source>
        <translation>Unblock the record</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="431"/>
        <source>Depersonalise the record</source>
        <translation>Depersonalise the record</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="432"/>
        <source>Destroy the record</source>
        <translation>Destroy the record</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="433"/>
        <source>Copy of own data (PDF)</source>
        <translation>Copy of own data (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="439"/>
        <source>The record will be frozen and hidden from the lists. It stays in the register and can be unblocked. The reason is kept in the audit log as given or not, never as text.</source>
        <translation>The record will be frozen and hidden from the lists. It stays in the register and can be unblocked. The reason is kept in the audit log as given or not, never as text.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="444"/>
        <source>The record will appear in the lists again and can be changed.</source>
        <translation>The record will appear in the lists again and can be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="447"/>
        <source>Names, PIN, documents, addresses, guardians and earlier values will be erased for good. Sex, birth year, regions and classes stay for statistics. This cannot be undone.</source>
        <translation>Names, PIN, documents, addresses, guardians and earlier values will be erased for good. Sex, birth year, regions and classes stay for statistics. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="453"/>
        <source>The record and everything attached to it will be erased for good. A destruction act (without names) is kept and saved as a PDF. This cannot be undone.</source>
        <translation>The record and everything attached to it will be erased for good. A destruction act (without names) is kept and saved as a PDF. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="458"/>
        <source>A PDF with everything held about this person and who looked at the record, for the person or their parent (within 7 days, free of charge).</source>
        <translation>A PDF with everything held about this person and who looked at the record, for the person or their parent (within 7 days, free of charge).</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="473"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="479"/>
        <source>Save the PDF to:</source>
        <translation>Save the PDF to:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="496"/>
        <source>Choose where to save the PDF.</source>
        <translation>Choose where to save the PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="530"/>
        <source>Operations on personal data (regulation 2.3). Each one is recorded in the audit log.</source>
        <translation>Operations on personal data (regulation 2.3). Each one is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="537"/>
        <source>Copy of own data (PDF)…</source>
        <translation>Copy of own data (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="542"/>
        <source>Block…</source>
        <translation>Block…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="543"/>
        <source>Unblock…</source>
        <translation>Unblock…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="544"/>
        <source>Depersonalise…</source>
        <translation>Depersonalise…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="545"/>
        <source>Destroy…</source>
        <translation>Destroy…</translation>
    </message>
</context>
<context>
    <name>PupilsSection</name>
    <message>
        <location filename="../../ui/people/section.py" line="321"/>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="322"/>
        <source>New pupil…</source>
        <translation>New pupil…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="323"/>
        <source>Search: surname, name, PIN or book number (Ө/7)…</source>
        <translation>Search: surname, name, PIN or book number (Ө/7)…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="324"/>
        <source>Also left and graduated</source>
        <translation>Also left and graduated</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="325"/>
        <source>Year-end rollover…</source>
        <translation>Year-end rollover…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="338"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="339"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="356"/>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/people/form.py" line="88"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="88"/>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="89"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="89"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="89"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="124"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="131"/>
        <source>Open the existing record</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="134"/>
        <source>Save: it is a different person</source>
        <translation>Save: it is a different person</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="151"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="155"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="190"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="191"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="209"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="211"/>
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="220"/>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="224"/>
        <source>— no class yet —</source>
        <translation>— no class yet —</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="231"/>
        <source>e.g. 45-к</source>
        <translation>e.g. 45-к</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="232"/>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="233"/>
        <source>Admission date:</source>
        <translation>Admission date:</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="234"/>
        <source>Order number:</source>
        <translation>Order number:</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="239"/>
        <source>Subjects taught</source>
        <translation>Subjects taught</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="327"/>
        <source>New pupil</source>
        <translation>New pupil</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="327"/>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="335"/>
        <source>Book No. %1</source>
        <translation>Book No. %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="337"/>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="339"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="341"/>
        <source>depersonalised</source>
        <translation>depersonalised</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="354"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="355"/>
        <source>Guardians and consent</source>
        <translation>Guardians and consent</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="356"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="358"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="439"/>
        <source>Correct the fields marked in red.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="470"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>RolloverWizard</name>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="45"/>
        <source>Year-end rollover</source>
        <translation>Year-end rollover</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="58"/>
        <source>e.g. 112-к</source>
        <translation>e.g. 112-к</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="59"/>
        <source>Grade 3 moves to grade 5</source>
        <translation>Grade 3 moves to grade 5</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="61"/>
        <source>Grade 6 moves to grade 8</source>
        <translation>Grade 6 moves to grade 8</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="71"/>
        <source>Current school year:</source>
        <translation>Current school year:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="72"/>
        <source>New school year:</source>
        <translation>New school year:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="73"/>
        <source>Order number:</source>
        <translation>Order number:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="74"/>
        <source>Grade jumps:</source>
        <translation>Grade jumps:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="78"/>
        <source>Find a pupil who repeats the grade: surname, name…</source>
        <translation>Find a pupil who repeats the grade: surname, name…</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="93"/>
        <source>Repeat the grade (double-click to remove):</source>
        <translation>Repeat the grade (double-click to remove):</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="98"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="101"/>
        <source>Carry out the rollover</source>
        <translation>Carry out the rollover</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="104"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="114"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="114"/>
        <source>Promoted</source>
        <translation>Promoted</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="114"/>
        <source>Grade jump</source>
        <translation>Grade jump</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="115"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="115"/>
        <source>Graduate</source>
        <translation>Graduate</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="196"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="221"/>
        <source>%1 → %2: promoted %3, grade jump %4, repeat %5, graduate %6. New classes: %7.</source>
        <translation>%1 → %2: promoted %3, grade jump %4, repeat %5, graduate %6. New classes: %7.</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="234"/>
        <source>Look at the preview first.</source>
        <translation>Look at the preview first.</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="237"/>
        <source>Give the order number.</source>
        <translation>Give the order number.</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="251"/>
        <source>Carrying out the rollover…</source>
        <translation>Carrying out the rollover…</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="260"/>
        <source>Done: the school year is now %1.</source>
        <translation>Done: the school year is now %1.</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../../ui/people/section.py" line="404"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="405"/>
        <source>New staff member…</source>
        <translation>New staff member…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="406"/>
        <source>Search: surname, name or PIN…</source>
        <translation>Search: surname, name or PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="407"/>
        <source>Also dismissed</source>
        <translation>Also dismissed</translation>
    </message>
</context>
</TS>
