<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>ClassesOverview</name>
    <message>
        <location filename="../../ui/people/section.py" line="445"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="445"/>
        <source>Language</source>
        <translation>Окутуу тили</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="445"/>
        <source>Pupils</source>
        <translation>Окуучулар</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="446"/>
        <source>Girls</source>
        <translation>Кыздар</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="446"/>
        <source>Boys</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="461"/>
        <source>School year %1</source>
        <translation>%1 окуу жылы</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="475"/>
        <source>Grade %1 in all</source>
        <translation>%1-класстар боюнча бардыгы</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="477"/>
        <source>School in all</source>
        <translation>Мектеп боюнча бардыгы</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="77"/>
        <source>Import pupils</source>
        <translation>Окуучуларды импорттоо</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="77"/>
        <source>Import staff</source>
        <translation>Кызматкерлерди импорттоо</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="83"/>
        <source>xlsx, xls, ods or csv</source>
        <translation>xlsx, xls, ods же csv</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="84"/>
        <source>Choose file…</source>
        <translation>Файлды тандоо…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="88"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="94"/>
        <source>Column in the file</source>
        <translation>Файлдагы тилке</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="94"/>
        <source>First value</source>
        <translation>Биринчи маани</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="95"/>
        <source>Kense field</source>
        <translation>Kense талаасы</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="104"/>
        <source>e.g. 45-к</source>
        <translation>мисалы 45-к</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="107"/>
        <source>Admission order number:</source>
        <translation>Кабыл алуу буйругунун номери:</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="109"/>
        <source>Check (nothing is saved)</source>
        <translation>Текшерүү (эч нерсе сакталбайт)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="112"/>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Row</source>
        <translation>Сап</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="140"/>
        <source>How the columns were recognised. Change a field where it is wrong; “do not import” skips the column.</source>
        <translation>Тилкелер кантип таанылды. Туура эмес болсо, талааны өзгөртүңүз; «импорттобоо» тилкени өткөрүп жиберет.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="153"/>
        <source>Full name (surname, name, patronymic)</source>
        <translation>Толук аты-жөнү (фамилиясы, аты, атасынын аты)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="154"/>
        <source>Class letter</source>
        <translation>Класстын тамгасы</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="156"/>
        <source>— do not import —</source>
        <translation>— импорттобоо —</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="186"/>
        <source>Choose file</source>
        <translation>Файлды тандоо</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="187"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Электрондук таблицалар (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="220"/>
        <source>Columns recognised: %1 of %2. Check the file before importing.</source>
        <translation>Таанылган тилкелер: %2 ичинен %1. Импорттоонун алдында файлды текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="249"/>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="271"/>
        <source>Warning: %1</source>
        <translation>Эскертүү: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="273"/>
        <source>Already in the register: %1 — not imported again.</source>
        <translation>Каттоодо мурунтан бар: %1 — кайра импорттолбойт.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="282"/>
        <source>Rows with errors: %1 of %2. Nothing will be imported until they are corrected in the file (or their columns skipped).</source>
        <translation>Катасы бар саптар: %2 ичинен %1. Алар файлда оңдолмоюнча (же тилкелери өткөрүлмөйүнчө) эч нерсе импорттолбойт.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="287"/>
        <source>Ready to import: %1 rows. Already in the register: %2. New classes: %3.</source>
        <translation>Импорттоого даяр: %1 сап. Каттоодо мурунтан бар: %2. Жаңы класстар: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="292"/>
        <source>Imported: %1 rows.</source>
        <translation>Импорттолду: %1 сап.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people/model.py" line="31"/>
        <source>Book No.</source>
        <translation>Китеп №</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="32"/>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="33"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="34"/>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="35"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="36"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="37"/>
        <source>Birth date</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="38"/>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="39"/>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="40"/>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="41"/>
        <source>Phone</source>
        <translation>Телефону</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="42"/>
        <source>Hired</source>
        <translation>Ишке алынган</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="48"/>
        <source>F</source>
        <translation>К</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="50"/>
        <source>M</source>
        <translation>Э</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="241"/>
        <source>Hidden. Select the row and press “Show” (recorded).</source>
        <translation>Жашырылган. Сапты тандап, «Көрсөтүү» баскычын басыңыз (журналга жазылат).</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../ui/people/section.py" line="75"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="78"/>
        <source>Export list…</source>
        <translation>Тизмени экспорттоо…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="99"/>
        <source>Show hidden data</source>
        <translation>Жашырылганды көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="101"/>
        <source>Shows the PIN, birth date and address of the selected row for 30 seconds. Showing personal data is recorded in the audit log.</source>
        <translation>Тандалган саптын ПИНин, туулган күнүн жана дарегин 30 секундга көрсөтөт. Жеке маалыматтарды көрсөтүү аудит журналына жазылат.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="175"/>
        <source>Nothing found. Change the search or the filter.</source>
        <translation>Эч нерсе табылган жок. Издөөнү же чыпканы өзгөртүңүз.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="177"/>
        <source>Found: %1</source>
        <translation>Табылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="179"/>
        <source>Found: more than %1 — the list loads further as you scroll; type more letters to narrow it.</source>
        <translation>Табылды: %1ден ашык — ылдый жылдырганда тизме уланат; тактоо үчүн дагы тамга жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="189"/>
        <source>Select a row first.</source>
        <translation>Адегенде сапты тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="259"/>
        <source>Export list</source>
        <translation>Тизмени экспорттоо</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="273"/>
        <source>Saved %1 rows to %2.</source>
        <translation>%1 сап сакталды: %2.</translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation>Тизме сакталууда…</translation>
    </message>
    <message>
        <source>The list could not be saved.</source>
        <translation>Тизмени сактоо мүмкүн болгон жок.</translation>
    </message>
</context>
<context>
    <name>PeopleTexts</name>
    <message>
        <location filename="../../ui/people/texts.py" line="20"/>
        <source>admission</source>
        <translation>кабыл алуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="21"/>
        <source>transfer from another school</source>
        <translation>башка мектептен келүү</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="22"/>
        <source>transfer to another school</source>
        <translation>башка мектепке кетүү</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="23"/>
        <source>promotion</source>
        <translation>кийинки класска өтүү</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="24"/>
        <source>grade jump</source>
        <translation>класстан секирүү</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="25"/>
        <source>repeats the grade</source>
        <translation>класста калуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="26"/>
        <source>graduation</source>
        <translation>бүтүрүү</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="27"/>
        <source>withdrawal</source>
        <translation>окуудан чыгуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="34"/>
        <source>created</source>
        <translation>түзүлдү</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="35"/>
        <source>corrected</source>
        <translation>оңдолду</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="36"/>
        <source>guardian added</source>
        <translation>ата-эне кошулду</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="37"/>
        <source>category set</source>
        <translation>категория белгиленди</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="38"/>
        <source>blocked</source>
        <translation>бөгөттөлгөн</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="39"/>
        <source>unblocked</source>
        <translation>бөгөттөн чыгарылды</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="40"/>
        <source>depersonalised</source>
        <translation>жеке маалыматтардан ажыратылган</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="60"/>
        <source>Something went wrong. Nothing was changed. If it happens again, tell the administrator.</source>
        <translation>Бир нерсе туура эмес болду. Эч нерсе өзгөргөн жок. Кайталанса, администраторго айтыңыз.</translation>
    </message>
</context>
<context>
    <name>PersonTabs</name>
    <message>
        <location filename="../../ui/people/tabs.py" line="104"/>
        <source>Add movement</source>
        <translation>Кыймыл кошуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="118"/>
        <source>Movement:</source>
        <translation>Кыймылы:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="119"/>
        <source>Date:</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="120"/>
        <source>Order number:</source>
        <translation>Буйруктун номери:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="121"/>
        <source>To class:</source>
        <translation>Кайсы класска:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="122"/>
        <source>Other school:</source>
        <translation>Башка мектеп:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="123"/>
        <location filename="../../ui/people/tabs.py" line="470"/>
        <source>Reason:</source>
        <translation>Себеби:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="155"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="156"/>
        <source>Movement</source>
        <translation>Кыймылы</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="157"/>
        <source>From</source>
        <translation>Кайдан</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="158"/>
        <source>To</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="159"/>
        <source>Order No.</source>
        <translation>Буйрук №</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="160"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="177"/>
        <source>Add movement…</source>
        <translation>Кыймыл кошуу…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="198"/>
        <source>Add guardian</source>
        <translation>Ата-эне кошуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="213"/>
        <source>Relation:</source>
        <translation>Туугандыгы:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="234"/>
        <source>Add consent</source>
        <translation>Макулдук кошуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="255"/>
        <source>Guardian:</source>
        <translation>Ата-энеси:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="256"/>
        <source>Signed by:</source>
        <translation>Кол койгон:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="257"/>
        <source>Signed on:</source>
        <translation>Кол коюлган күнү:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="258"/>
        <source>Text version:</source>
        <translation>Тексттин версиясы:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="259"/>
        <source>Scope:</source>
        <translation>Көлөмү:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="290"/>
        <source>Relation</source>
        <translation>Туугандыгы</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="314"/>
        <source>Signed by</source>
        <translation>Кол койгон</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="315"/>
        <source>Signed on</source>
        <translation>Кол коюлган күнү</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="316"/>
        <source>Version</source>
        <translation>Версиясы</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="317"/>
        <source>Scope</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="318"/>
        <source>Withdrawn</source>
        <translation>Кайтарылып алынган</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="335"/>
        <source>Add guardian…</source>
        <translation>Ата-эне кошуу…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="338"/>
        <source>Add consent…</source>
        <translation>Макулдук кошуу…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="341"/>
        <source>Withdraw the selected consent</source>
        <translation>Тандалган макулдукту кайтарып алуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="347"/>
        <source>Guardians</source>
        <translation>Ата-энелери</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="354"/>
        <source>Consent to personal data processing</source>
        <translation>Жеке маалыматтарды иштетүүгө макулдук</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="382"/>
        <source>Select a consent in the list first.</source>
        <translation>Адегенде тизмеден макулдукту тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="400"/>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="401"/>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="402"/>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="403"/>
        <source>Fields</source>
        <translation>Талаалар</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="429"/>
        <source>Block the record</source>
        <translation>Жазууну бөгөттөө</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="430"/>
        <source>Unblock the record</source>
        <translation>Жазууну бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="431"/>
        <source>Depersonalise the record</source>
        <translation>Жазууну жеке маалыматтардан ажыратуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="432"/>
        <source>Destroy the record</source>
        <translation>Жазууну жок кылуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="433"/>
        <source>Copy of own data (PDF)</source>
        <translation>Өз маалыматтарынын көчүрмөсү (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="439"/>
        <source>The record will be frozen and hidden from the lists. It stays in the register and can be unblocked. The reason is kept in the audit log as given or not, never as text.</source>
        <translation>Жазуу тоңдурулуп, тизмелерден жашырылат. Ал каттоодо калат жана аны бөгөттөн чыгарса болот. Аудит журналында себеп жазылганы же жазылбаганы гана сакталат, анын тексти эмес.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="444"/>
        <source>The record will appear in the lists again and can be changed.</source>
        <translation>Жазуу кайра тизмелерде көрүнөт жана аны өзгөртсө болот.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="447"/>
        <source>Names, PIN, documents, addresses, guardians and earlier values will be erased for good. Sex, birth year, regions and classes stay for statistics. This cannot be undone.</source>
        <translation>Аты-жөнү, ПИН, документтер, даректер, ата-энелер жана мурунку маанилер биротоло өчүрүлөт. Статистика үчүн жынысы, туулган жылы, аймактары жана класстары калат. Муну кайтарууга болбойт.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="453"/>
        <source>The record and everything attached to it will be erased for good. A destruction act (without names) is kept and saved as a PDF. This cannot be undone.</source>
        <translation>Жазуу жана ага тиешелүү бардык маалымат биротоло өчүрүлөт. Жок кылуу акты (аты-жөнүсүз) сакталат жана PDF катары жазылат. Муну кайтарууга болбойт.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="458"/>
        <source>A PDF with everything held about this person and who looked at the record, for the person or their parent (within 7 days, free of charge).</source>
        <translation>Бул адам тууралуу сакталган бардык маалымат жана жазууну ким караганы жазылган PDF — адамдын өзүнө же ата-энесине (7 күндүн ичинде, акысыз).</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="473"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="479"/>
        <source>Save the PDF to:</source>
        <translation>PDFти сактоо:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="496"/>
        <source>Choose where to save the PDF.</source>
        <translation>PDFти кайда сактоону тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="530"/>
        <source>Operations on personal data (regulation 2.3). Each one is recorded in the audit log.</source>
        <translation>Жеке маалыматтар менен аракеттер (жобонун 2.3-пункту). Ар бири аудит журналына жазылат.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="537"/>
        <source>Copy of own data (PDF)…</source>
        <translation>Өз маалыматтарынын көчүрмөсү (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="542"/>
        <source>Block…</source>
        <translation>Бөгөттөө…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="543"/>
        <source>Unblock…</source>
        <translation>Бөгөттөн чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="544"/>
        <source>Depersonalise…</source>
        <translation>Жеке маалыматтардан ажыратуу…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="545"/>
        <source>Destroy…</source>
        <translation>Жок кылуу…</translation>
    </message>
</context>
<context>
    <name>PupilsSection</name>
    <message>
        <location filename="../../ui/people/section.py" line="321"/>
        <source>Pupils</source>
        <translation>Окуучулар</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="322"/>
        <source>New pupil…</source>
        <translation>Жаңы окуучу…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="323"/>
        <source>Search: surname, name, PIN or book number (Ө/7)…</source>
        <translation>Издөө: фамилиясы, аты, ПИН же китептеги номери (Ө/7)…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="324"/>
        <source>Also left and graduated</source>
        <translation>Кеткендер жана бүтүргөндөр да</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="325"/>
        <source>Year-end rollover…</source>
        <translation>Окуу жылын жабуу…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="338"/>
        <source>List</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="339"/>
        <source>Classes</source>
        <translation>Класстар</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="356"/>
        <source>All classes</source>
        <translation>Бардык класстар</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/people/form.py" line="88"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="88"/>
        <source>Birth certificate</source>
        <translation>Туулгандыгы тууралуу күбөлүк</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="89"/>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="89"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="89"/>
        <source>Work</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="124"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="131"/>
        <source>Open the existing record</source>
        <translation>Бар жазууну ачуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="134"/>
        <source>Save: it is a different person</source>
        <translation>Сактоо: бул башка адам</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="151"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="155"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="190"/>
        <source>female</source>
        <translation>кыз / аял</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="191"/>
        <source>male</source>
        <translation>эркек</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="209"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="211"/>
        <source>14 digits</source>
        <translation>14 сан</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="220"/>
        <source>Admission</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="224"/>
        <source>— no class yet —</source>
        <translation>— класс азырынча жок —</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="231"/>
        <source>e.g. 45-к</source>
        <translation>мисалы 45-к</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="232"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="233"/>
        <source>Admission date:</source>
        <translation>Кабыл алынган күнү:</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="234"/>
        <source>Order number:</source>
        <translation>Буйруктун номери:</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="239"/>
        <source>Subjects taught</source>
        <translation>Окуткан сабактары</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="327"/>
        <source>New pupil</source>
        <translation>Жаңы окуучу</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="327"/>
        <source>New staff member</source>
        <translation>Жаңы кызматкер</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="335"/>
        <source>Book No. %1</source>
        <translation>Китептеги № %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="337"/>
        <source>class %1</source>
        <translation>%1-класс</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="339"/>
        <source>blocked</source>
        <translation>бөгөттөлгөн</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="341"/>
        <source>depersonalised</source>
        <translation>жеке маалыматтардан ажыратылган</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="354"/>
        <source>Movement</source>
        <translation>Кыймылы</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="355"/>
        <source>Guardians and consent</source>
        <translation>Ата-энелери жана макулдугу</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="356"/>
        <source>Changes</source>
        <translation>Өзгөртүүлөр</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="358"/>
        <source>Personal data</source>
        <translation>Жеке маалыматтар</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="439"/>
        <source>Correct the fields marked in red.</source>
        <translation>Кызыл менен белгиленген талааларды оңдоңуз.</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="470"/>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
</context>
<context>
    <name>RolloverWizard</name>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="45"/>
        <source>Year-end rollover</source>
        <translation>Окуу жылын жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="58"/>
        <source>e.g. 112-к</source>
        <translation>мисалы 112-к</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="59"/>
        <source>Grade 3 moves to grade 5</source>
        <translation>3-класс 5-класска өтөт</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="61"/>
        <source>Grade 6 moves to grade 8</source>
        <translation>6-класс 8-класска өтөт</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="71"/>
        <source>Current school year:</source>
        <translation>Азыркы окуу жылы:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="72"/>
        <source>New school year:</source>
        <translation>Жаңы окуу жылы:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="73"/>
        <source>Order number:</source>
        <translation>Буйруктун номери:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="74"/>
        <source>Grade jumps:</source>
        <translation>Класстан секирүү:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="78"/>
        <source>Find a pupil who repeats the grade: surname, name…</source>
        <translation>Класста калган окуучуну табуу: фамилиясы, аты…</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="93"/>
        <source>Repeat the grade (double-click to remove):</source>
        <translation>Класста калат (алып салуу үчүн эки жолу басыңыз):</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="98"/>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="101"/>
        <source>Carry out the rollover</source>
        <translation>Аткаруу</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="104"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="114"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="114"/>
        <source>Promoted</source>
        <translation>Өтөт</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="114"/>
        <source>Grade jump</source>
        <translation>Секирет</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="115"/>
        <source>Repeat</source>
        <translation>Калат</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="115"/>
        <source>Graduate</source>
        <translation>Бүтүрөт</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="196"/>
        <source>Preparing the preview…</source>
        <translation>Алдын ала көрүү даярдалууда…</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="221"/>
        <source>%1 → %2: promoted %3, grade jump %4, repeat %5, graduate %6. New classes: %7.</source>
        <translation>%1 → %2: өтөт %3, секирет %4, калат %5, бүтүрөт %6. Жаңы класстар: %7.</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="234"/>
        <source>Look at the preview first.</source>
        <translation>Адегенде алдын ала көрүңүз.</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="237"/>
        <source>Give the order number.</source>
        <translation>Буйруктун номерин жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="251"/>
        <source>Carrying out the rollover…</source>
        <translation>Окуу жылы жабылууда…</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="260"/>
        <source>Done: the school year is now %1.</source>
        <translation>Даяр: азыр %1 окуу жылы.</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../../ui/people/section.py" line="404"/>
        <source>Staff</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="405"/>
        <source>New staff member…</source>
        <translation>Жаңы кызматкер…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="406"/>
        <source>Search: surname, name or PIN…</source>
        <translation>Издөө: фамилиясы, аты же ПИН…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="407"/>
        <source>Also dismissed</source>
        <translation>Бошотулгандар да</translation>
    </message>
</context>
</TS>
