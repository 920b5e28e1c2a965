<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <translation>Язык обучения</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="445"/>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="446"/>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="446"/>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="461"/>
        <source>School year %1</source>
        <translation>%1 учебный год</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="475"/>
        <source>Grade %1 in all</source>
        <translation>Всего в %1-х классах</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="477"/>
        <source>School in all</source>
        <translation>Всего по школе</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="77"/>
        <source>Import pupils</source>
        <translation>Импорт учеников</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="77"/>
        <source>Import staff</source>
        <translation>Импорт сотрудников</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="83"/>
        <source>xlsx, xls, ods or csv</source>
        <translation>xlsx, xls, ods или csv</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="84"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="88"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="94"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="94"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="95"/>
        <source>Kense field</source>
        <translation>Поле Kense</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="104"/>
        <source>e.g. 45-к</source>
        <translation>например 45-к</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="107"/>
        <source>Admission order number:</source>
        <translation>Номер приказа о приёме:</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="109"/>
        <source>Check (nothing is saved)</source>
        <translation>Проверить (ничего не сохраняется)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="112"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="140"/>
        <source>How the columns were recognised. Change a field where it is wrong; “do not import” skips the column.</source>
        <translation>Как распознаны столбцы. Где неверно, выберите другое поле; «не импортировать» пропускает столбец.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="153"/>
        <source>Full name (surname, name, patronymic)</source>
        <translation>ФИО полностью (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="154"/>
        <source>Class letter</source>
        <translation>Буква класса</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="156"/>
        <source>— do not import —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="186"/>
        <source>Choose file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="187"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Электронные таблицы (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="220"/>
        <source>Columns recognised: %1 of %2. Check the file before importing.</source>
        <translation>Распознано столбцов: %1 из %2. Перед импортом проверьте файл.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="249"/>
        <source>Importing…</source>
        <translation>Идёт импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="271"/>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="273"/>
        <source>Already in the register: %1 — not imported again.</source>
        <translation>Уже есть в учёте: %1 — повторно не импортируется.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="282"/>
        <source>Rows with errors: %1 of %2. Nothing will be imported until they are corrected in the file (or their columns skipped).</source>
        <translation>Строк с ошибками: %1 из %2. Пока они не исправлены в файле (или их столбцы не пропущены), ничего не будет импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="287"/>
        <source>Ready to import: %1 rows. Already in the register: %2. New classes: %3.</source>
        <translation>Готово к импорту: %1 строк. Уже есть в учёте: %2. Новые классы: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="292"/>
        <source>Imported: %1 rows.</source>
        <translation>Импортировано строк: %1.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people/model.py" line="31"/>
        <source>Book No.</source>
        <translation>№ в книге</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="32"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="33"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="34"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="35"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="36"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="37"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="38"/>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="39"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="40"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="41"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="42"/>
        <source>Hired</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="48"/>
        <source>F</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="50"/>
        <source>M</source>
        <translation>М</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="241"/>
        <source>Hidden. Select the row and press “Show” (recorded).</source>
        <translation>Скрыто. Выделите строку и нажмите «Показать» (записывается в журнал).</translation>
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
        <translation>Экспорт списка…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="99"/>
        <source>Show hidden data</source>
        <translation>Показать скрытое</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="101"/>
        <source>Shows the PIN, birth date and address of the selected row for 30 seconds. Showing personal data is recorded in the audit log.</source>
        <translation>Показывает ПИН, дату рождения и адрес выбранной строки на 30 секунд. Показ персональных данных записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="175"/>
        <source>Nothing found. Change the search or the filter.</source>
        <translation>Ничего не найдено. Измените поиск или фильтр.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="177"/>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="179"/>
        <source>Found: more than %1 — the list loads further as you scroll; type more letters to narrow it.</source>
        <translation>Найдено: больше %1 — список подгружается при прокрутке; чтобы сузить, допишите буквы.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="189"/>
        <source>Select a row first.</source>
        <translation>Сначала выделите строку.</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="259"/>
        <source>Export list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="273"/>
        <source>Saved %1 rows to %2.</source>
        <translation>Сохранено строк: %1 в %2.</translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation>Список сохраняется…</translation>
    </message>
    <message>
        <source>The list could not be saved.</source>
        <translation>Не удалось сохранить список.</translation>
    </message>
</context>
<context>
    <name>PeopleTexts</name>
    <message>
        <location filename="../../ui/people/texts.py" line="20"/>
        <source>admission</source>
        <translation>приём</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="21"/>
        <source>transfer from another school</source>
        <translation>прибытие из другой школы</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="22"/>
        <source>transfer to another school</source>
        <translation>выбытие в другую школу</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="23"/>
        <source>promotion</source>
        <translation>перевод в следующий класс</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="24"/>
        <source>grade jump</source>
        <translation>переход через класс</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="25"/>
        <source>repeats the grade</source>
        <translation>оставлен на второй год</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="26"/>
        <source>graduation</source>
        <translation>выпуск</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="27"/>
        <source>withdrawal</source>
        <translation>отчисление</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="34"/>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="35"/>
        <source>corrected</source>
        <translation>исправлена</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="36"/>
        <source>guardian added</source>
        <translation>добавлен родитель</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="37"/>
        <source>category set</source>
        <translation>указана категория</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="38"/>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="39"/>
        <source>unblocked</source>
        <translation>разблокирована</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="40"/>
        <source>depersonalised</source>
        <translation>обезличена</translation>
    </message>
    <message>
        <location filename="../../ui/people/texts.py" line="60"/>
        <source>Something went wrong. Nothing was changed. If it happens again, tell the administrator.</source>
        <translation>Что-то пошло не так. Ничего не изменено. Если повторится, сообщите администратору.</translation>
    </message>
</context>
<context>
    <name>PersonTabs</name>
    <message>
        <location filename="../../ui/people/tabs.py" line="104"/>
        <source>Add movement</source>
        <translation>Добавить движение</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="118"/>
        <source>Movement:</source>
        <translation>Движение:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="119"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="120"/>
        <source>Order number:</source>
        <translation>Номер приказа:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="121"/>
        <source>To class:</source>
        <translation>В класс:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="122"/>
        <source>Other school:</source>
        <translation>Другая школа:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="123"/>
        <location filename="../../ui/people/tabs.py" line="470"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="155"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="156"/>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="157"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="158"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="159"/>
        <source>Order No.</source>
        <translation>№ приказа</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="160"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="177"/>
        <source>Add movement…</source>
        <translation>Добавить движение…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="198"/>
        <source>Add guardian</source>
        <translation>Добавить родителя</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="213"/>
        <source>Relation:</source>
        <translation>Кем приходится:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="234"/>
        <source>Add consent</source>
        <translation>Добавить согласие</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="255"/>
        <source>Guardian:</source>
        <translation>Родитель:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="256"/>
        <source>Signed by:</source>
        <translation>Подписал:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="257"/>
        <source>Signed on:</source>
        <translation>Дата подписи:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="258"/>
        <source>Text version:</source>
        <translation>Версия текста:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="259"/>
        <source>Scope:</source>
        <translation>Объём:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="290"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="314"/>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="315"/>
        <source>Signed on</source>
        <translation>Дата подписи</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="316"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="317"/>
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="318"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="335"/>
        <source>Add guardian…</source>
        <translation>Добавить родителя…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="338"/>
        <source>Add consent…</source>
        <translation>Добавить согласие…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="341"/>
        <source>Withdraw the selected consent</source>
        <translation>Отозвать выбранное согласие</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="347"/>
        <source>Guardians</source>
        <translation>Родители</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="354"/>
        <source>Consent to personal data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="382"/>
        <source>Select a consent in the list first.</source>
        <translation>Сначала выберите согласие в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="400"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="401"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="402"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="403"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="429"/>
        <source>Block the record</source>
        <translation>Заблокировать запись</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="430"/>
        <source>Unblock the record</source>
        <translation>Разблокировать запись</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="431"/>
        <source>Depersonalise the record</source>
        <translation>Обезличить запись</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="432"/>
        <source>Destroy the record</source>
        <translation>Уничтожить запись</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="433"/>
        <source>Copy of own data (PDF)</source>
        <translation>Копия собственных данных (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="439"/>
        <source>The record will be frozen and hidden from the lists. It stays in the register and can be unblocked. The reason is kept in the audit log as given or not, never as text.</source>
        <translation>Запись будет заморожена и скрыта из списков. Она остаётся в учёте, её можно разблокировать. В журнале аудита отмечается только, была ли указана причина, но не её текст.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="444"/>
        <source>The record will appear in the lists again and can be changed.</source>
        <translation>Запись снова появится в списках, её можно будет изменять.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="447"/>
        <source>Names, PIN, documents, addresses, guardians and earlier values will be erased for good. Sex, birth year, regions and classes stay for statistics. This cannot be undone.</source>
        <translation>Ф. И. О., ПИН, документы, адреса, родители и прежние значения будут стёрты навсегда. Для статистики останутся пол, год рождения, регионы и классы. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="453"/>
        <source>The record and everything attached to it will be erased for good. A destruction act (without names) is kept and saved as a PDF. This cannot be undone.</source>
        <translation>Запись и всё, что к ней относится, будут стёрты навсегда. Сохраняется акт об уничтожении (без Ф. И. О.), он записывается в PDF. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="458"/>
        <source>A PDF with everything held about this person and who looked at the record, for the person or their parent (within 7 days, free of charge).</source>
        <translation>PDF со всеми хранимыми сведениями о человеке и о том, кто просматривал запись, — для самого человека или его родителя (в течение 7 дней, бесплатно).</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="473"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="479"/>
        <source>Save the PDF to:</source>
        <translation>Сохранить PDF в:</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="496"/>
        <source>Choose where to save the PDF.</source>
        <translation>Выберите, куда сохранить PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="530"/>
        <source>Operations on personal data (regulation 2.3). Each one is recorded in the audit log.</source>
        <translation>Действия с персональными данными (п. 2.3 положения). Каждое записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="537"/>
        <source>Copy of own data (PDF)…</source>
        <translation>Копия собственных данных (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="542"/>
        <source>Block…</source>
        <translation>Заблокировать…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="543"/>
        <source>Unblock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="544"/>
        <source>Depersonalise…</source>
        <translation>Обезличить…</translation>
    </message>
    <message>
        <location filename="../../ui/people/tabs.py" line="545"/>
        <source>Destroy…</source>
        <translation>Уничтожить…</translation>
    </message>
</context>
<context>
    <name>PupilsSection</name>
    <message>
        <location filename="../../ui/people/section.py" line="321"/>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="322"/>
        <source>New pupil…</source>
        <translation>Новый ученик…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="323"/>
        <source>Search: surname, name, PIN or book number (Ө/7)…</source>
        <translation>Поиск: фамилия, имя, ПИН или номер в книге (Ө/7)…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="324"/>
        <source>Also left and graduated</source>
        <translation>Также выбывшие и выпускники</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="325"/>
        <source>Year-end rollover…</source>
        <translation>Закрытие учебного года…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="338"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="339"/>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="356"/>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/people/form.py" line="88"/>
        <source>Person</source>
        <translation>Личные сведения</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="88"/>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="89"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="89"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="89"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="124"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="131"/>
        <source>Open the existing record</source>
        <translation>Открыть существующую запись</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="134"/>
        <source>Save: it is a different person</source>
        <translation>Сохранить: это другой человек</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="151"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="155"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="190"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="191"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="209"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="211"/>
        <source>14 digits</source>
        <translation>14 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="220"/>
        <source>Admission</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="224"/>
        <source>— no class yet —</source>
        <translation>— пока без класса —</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="231"/>
        <source>e.g. 45-к</source>
        <translation>например 45-к</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="232"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="233"/>
        <source>Admission date:</source>
        <translation>Дата приёма:</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="234"/>
        <source>Order number:</source>
        <translation>Номер приказа:</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="239"/>
        <source>Subjects taught</source>
        <translation>Преподаваемые предметы</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="327"/>
        <source>New pupil</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="327"/>
        <source>New staff member</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="335"/>
        <source>Book No. %1</source>
        <translation>№ в книге %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="337"/>
        <source>class %1</source>
        <translation>класс %1</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="339"/>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="341"/>
        <source>depersonalised</source>
        <translation>обезличена</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="354"/>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="355"/>
        <source>Guardians and consent</source>
        <translation>Родители и согласие</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="356"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="358"/>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="439"/>
        <source>Correct the fields marked in red.</source>
        <translation>Исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="470"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>RolloverWizard</name>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="45"/>
        <source>Year-end rollover</source>
        <translation>Закрытие учебного года</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="58"/>
        <source>e.g. 112-к</source>
        <translation>например 112-к</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="59"/>
        <source>Grade 3 moves to grade 5</source>
        <translation>3-й класс переходит в 5-й</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="61"/>
        <source>Grade 6 moves to grade 8</source>
        <translation>6-й класс переходит в 8-й</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="71"/>
        <source>Current school year:</source>
        <translation>Текущий учебный год:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="72"/>
        <source>New school year:</source>
        <translation>Новый учебный год:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="73"/>
        <source>Order number:</source>
        <translation>Номер приказа:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="74"/>
        <source>Grade jumps:</source>
        <translation>Переходы через класс:</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="78"/>
        <source>Find a pupil who repeats the grade: surname, name…</source>
        <translation>Найти ученика, оставленного на второй год: фамилия, имя…</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="93"/>
        <source>Repeat the grade (double-click to remove):</source>
        <translation>Остаются на второй год (двойной щелчок — убрать):</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="98"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="101"/>
        <source>Carry out the rollover</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="104"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="114"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="114"/>
        <source>Promoted</source>
        <translation>Переводятся</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="114"/>
        <source>Grade jump</source>
        <translation>Через класс</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="115"/>
        <source>Repeat</source>
        <translation>Остаются</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="115"/>
        <source>Graduate</source>
        <translation>Выпускаются</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="196"/>
        <source>Preparing the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="221"/>
        <source>%1 → %2: promoted %3, grade jump %4, repeat %5, graduate %6. New classes: %7.</source>
        <translation>%1 → %2: переводятся %3, через класс %4, остаются %5, выпускаются %6. Новые классы: %7.</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="234"/>
        <source>Look at the preview first.</source>
        <translation>Сначала посмотрите предпросмотр.</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="237"/>
        <source>Give the order number.</source>
        <translation>Укажите номер приказа.</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="251"/>
        <source>Carrying out the rollover…</source>
        <translation>Выполняется закрытие учебного года…</translation>
    </message>
    <message>
        <location filename="../../ui/people/rollover_wizard.py" line="260"/>
        <source>Done: the school year is now %1.</source>
        <translation>Готово: теперь %1 учебный год.</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../../ui/people/section.py" line="404"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="405"/>
        <source>New staff member…</source>
        <translation>Новый сотрудник…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="406"/>
        <source>Search: surname, name or PIN…</source>
        <translation>Поиск: фамилия, имя или ПИН…</translation>
    </message>
    <message>
        <location filename="../../ui/people/section.py" line="407"/>
        <source>Also dismissed</source>
        <translation>Также уволенные</translation>
    </message>
</context>
</TS>
