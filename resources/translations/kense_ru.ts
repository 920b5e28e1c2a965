<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/documents/card.py" line="55"/>
        <source>Assign to</source>
        <translation>Поручить</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="65"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="70"/>
        <source>Person responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="71"/>
        <source>Due date:</source>
        <translation>Срок исполнения:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="72"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="90"/>
        <source>Write the date as 01.09.2025.</source>
        <translation>Укажите дату в виде 01.09.2025.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="93"/>
        <source>The due date cannot be before the registration date.</source>
        <translation>Срок исполнения не может быть раньше даты регистрации.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="96"/>
        <source>Choose the person responsible.</source>
        <translation>Выберите ответственного.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="33"/>
        <source>Correct the registration of %1</source>
        <translation>Исправление регистрации %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="47"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="50"/>
        <source>e.g. a typing error in the subject</source>
        <translation>например, опечатка в теме</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="52"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="53"/>
        <source>Summary:</source>
        <translation>Краткое содержание:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="54"/>
        <source>Correspondent:</source>
        <translation>Корреспондент:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="55"/>
        <source>Sender&apos;s number:</source>
        <translation>Исходящий номер отправителя:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="56"/>
        <source>Sender&apos;s date:</source>
        <translation>Дата отправителя:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="57"/>
        <source>Reason for the correction:</source>
        <translation>Причина исправления:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="89"/>
        <source>Say why the registration is corrected.</source>
        <translation>Укажите, почему исправляется регистрация.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="95"/>
        <source>The sender&apos;s date is not a date (dd.mm.yyyy).</source>
        <translation>Дата отправителя указана неверно (дд.мм.гггг).</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <location filename="../../ui/documents/card.py" line="116"/>
        <source>← Back to the register</source>
        <translation>← К журналу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="129"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="132"/>
        <source>Registration date:</source>
        <translation>Дата регистрации:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="132"/>
        <source>Correspondent:</source>
        <translation>Корреспондент:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="133"/>
        <source>Sender&apos;s number and date:</source>
        <translation>Номер и дата отправителя:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="133"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="134"/>
        <source>Summary:</source>
        <translation>Краткое содержание:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="134"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="135"/>
        <source>Due date:</source>
        <translation>Срок исполнения:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="135"/>
        <source>Access:</source>
        <translation>Доступ:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="136"/>
        <source>Linked letters:</source>
        <translation>Связанные письма:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="148"/>
        <source>No files attached.</source>
        <translation>Файлов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="150"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="153"/>
        <source>Open in another program</source>
        <translation>Открыть в другой программе</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="156"/>
        <source>Save copies…</source>
        <translation>Сохранить копии…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="159"/>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="166"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="184"/>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="187"/>
        <source>Assign to…</source>
        <translation>Поручить…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="190"/>
        <location filename="../../ui/documents/card.py" line="364"/>
        <source>Mark executed</source>
        <translation>Отметить исполнение</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="193"/>
        <source>Comment…</source>
        <translation>Комментарий…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="196"/>
        <source>Reply…</source>
        <translation>Ответить…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="199"/>
        <location filename="../../ui/documents/card.py" line="375"/>
        <source>Mark sent</source>
        <translation>Отметить отправку</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="202"/>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="205"/>
        <location filename="../../ui/documents/card.py" line="382"/>
        <source>To the archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="208"/>
        <source>Register the signed order…</source>
        <translation>Зарегистрировать подписанный приказ…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="247"/>
        <source>No. %1 — %2</source>
        <translation>№ %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="248"/>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="252"/>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="256"/>
        <source>answers</source>
        <translation>ответ на</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="257"/>
        <source>reply</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="263"/>
        <source>restricted (director and administrator)</source>
        <translation>ограниченный (директор и администратор)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="264"/>
        <source>normal</source>
        <translation>обычный</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="276"/>
        <source>the content does not match the file name</source>
        <translation>содержимое не соответствует имени файла</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="292"/>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="293"/>
        <source>number reserved</source>
        <translation>номер зарезервирован</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="293"/>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="365"/>
        <source>What was done (optional):</source>
        <translation>Что сделано (необязательно):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="375"/>
        <source>How it was sent (optional):</source>
        <translation>Как отправлено (необязательно):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="383"/>
        <source>Move %1 to the archive? It can no longer be assigned or executed.</source>
        <translation>Переместить %1 в архив? Его больше нельзя будет поручить или отметить исполненным.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="411"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="411"/>
        <source>Your comment:</source>
        <translation>Ваш комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="458"/>
        <source>Choose a folder for the copies</source>
        <translation>Выберите папку для копий</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="467"/>
        <source>Files saved</source>
        <translation>Файлы сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="468"/>
        <source>Saved %1 file(s) into %2.</source>
        <translation>Сохранено файлов: %1, в папку %2.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="474"/>
        <source>Choose files to attach</source>
        <translation>Выберите файлы для прикрепления</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="508"/>
        <source>Attaching files…</source>
        <translation>Прикрепление файлов…</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../ui/documents/model.py" line="29"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="31"/>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="32"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="33"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="34"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="35"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="41"/>
        <source>number reserved</source>
        <translation>номер зарезервирован</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="42"/>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="43"/>
        <source>in progress</source>
        <translation>на исполнении</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="44"/>
        <source>executed</source>
        <translation>исполнен</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="45"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="46"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="144"/>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../../ui/documents/texts.py" line="14"/>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="15"/>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="16"/>
        <source>Internal</source>
        <translation>Внутренние</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="17"/>
        <source>Orders: main activity</source>
        <translation>Приказы: основная деятельность</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="18"/>
        <source>Orders: staff</source>
        <translation>Приказы: личный состав</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="19"/>
        <source>Orders: pupils</source>
        <translation>Приказы: учащиеся</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="25"/>
        <source>Incoming letter</source>
        <translation>Входящее письмо</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="26"/>
        <source>Outgoing letter</source>
        <translation>Исходящее письмо</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="27"/>
        <source>Internal document</source>
        <translation>Внутренний документ</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="28"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="34"/>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="35"/>
        <source>assigned</source>
        <translation>поручен</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="36"/>
        <source>passed on</source>
        <translation>передан</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="37"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="38"/>
        <source>executed</source>
        <translation>исполнен</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="39"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="40"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="41"/>
        <source>corrected</source>
        <translation>исправлен</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="49"/>
        <source>Something went wrong. Nothing was changed. If it happens again, tell the administrator.</source>
        <translation>Что-то пошло не так. Ничего не изменено. Если повторится, сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="55"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="56"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../ui/documents/section.py" line="60"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="63"/>
        <source>Register document…</source>
        <translation>Зарегистрировать документ…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="67"/>
        <source>Reserve order number…</source>
        <translation>Зарезервировать номер приказа…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="71"/>
        <source>Print register…</source>
        <translation>Печать журнала…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="87"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="88"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="96"/>
        <source>Search: subject, summary, correspondent…</source>
        <translation>Поиск: тема, содержание, корреспондент…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="103"/>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="107"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="107"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="107"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="108"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="108"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="112"/>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="117"/>
        <source>Anyone responsible</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="121"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="235"/>
        <source>Documents found: %1</source>
        <translation>Найдено документов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="237"/>
        <source>You have no open tasks.</source>
        <translation>У вас нет открытых задач.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="239"/>
        <source>Nothing found. Change the search or the filters.</source>
        <translation>Ничего не найдено. Измените поиск или фильтры.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="303"/>
        <source>Reserve order number</source>
        <translation>Резервирование номера приказа</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="303"/>
        <source>Order book:</source>
        <translation>Журнал приказов:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="317"/>
        <source>Number %1 is reserved. When the order is signed, register it here.</source>
        <translation>Номер %1 зарезервирован. Когда приказ будет подписан, зарегистрируйте его здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="325"/>
        <source>Registered as No. %1.</source>
        <translation>Зарегистрирован под № %1.</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../ui/documents/files.py" line="104"/>
        <source>File preview</source>
        <translation>Просмотр файла</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="34"/>
        <source>Kense — help</source>
        <translation>Kense — справка</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <location filename="../../ui/privacy.py" line="140"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="140"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="142"/>
        <source>Showing personal data is recorded in the audit log.</source>
        <translation>Показ персональных данных записывается в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>PrintRegisterDialog</name>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="35"/>
        <source>Print register</source>
        <translation>Печать журнала</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="57"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="60"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="71"/>
        <source>Register:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="72"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="73"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="74"/>
        <source>Language of the printout:</source>
        <translation>Язык печати:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="100"/>
        <source>The file could not be written there. Choose another folder.</source>
        <translation>Не удалось записать файл туда. Выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="106"/>
        <source>Save the register as PDF</source>
        <translation>Сохранить журнал как PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/tasks.py" line="127"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="52"/>
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="53"/>
        <source>&amp;Step up</source>
        <translation>&amp;Больше</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="54"/>
        <source>Step &amp;down</source>
        <translation>&amp;Меньше</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="56"/>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="57"/>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="58"/>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="59"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="60"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="61"/>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="62"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="63"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="64"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="65"/>
        <source>Parent Directory</source>
        <translation>Родительская папка</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="66"/>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="67"/>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="68"/>
        <source>Detail View</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="69"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="70"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="71"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="72"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="73"/>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>&amp;OK</source>
        <translation>&amp;ОК</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="32"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="41"/>
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>Show Details...</source>
        <translation>Подробнее...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="75"/>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="76"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="77"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="44"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="45"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="46"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="48"/>
        <source>Copy &amp;Link Location</source>
        <translation>Копировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="49"/>
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="50"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="51"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery.py" line="24"/>
        <source>Recovery with the recovery sheet</source>
        <translation>Восстановление по листу восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="26"/>
        <source>Type the 48-digit code from the recovery sheet kept in the director&apos;s safe, your login and a new password. This also binds the database to this computer account again.</source>
        <translation>Введите 48-значный код с листа восстановления из сейфа директора, свой логин и новый пароль. Заодно база снова привязывается к учётной записи этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="41"/>
        <source>Recovery code:</source>
        <translation>Код восстановления:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="42"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="43"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="44"/>
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="46"/>
        <source>Recover and sign in</source>
        <translation>Восстановить и войти</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="71"/>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Произошла непредвиденная ошибка. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="100"/>
        <source>Register the signed order No. %1</source>
        <translation>Регистрация подписанного приказа № %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="102"/>
        <source>Reply to letter No. %1</source>
        <translation>Ответ на письмо № %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="103"/>
        <source>Register document</source>
        <translation>Регистрация документа</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="141"/>
        <source>Choose from the list or type the name</source>
        <translation>Выберите из списка или впишите название</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="148"/>
        <source>e.g. 02-15/123</source>
        <translation>например, 02-15/123</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="151"/>
        <location filename="../../ui/documents/register_dialog.py" line="172"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="155"/>
        <source>of</source>
        <translation>от</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="160"/>
        <source>What the document is about</source>
        <translation>О чём документ</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="167"/>
        <source>— nobody yet —</source>
        <translation>— пока никто —</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="175"/>
        <source>Restricted: only the director and the administrator may see it</source>
        <translation>Ограниченный доступ: видят только директор и администратор</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="182"/>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="185"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="205"/>
        <source>Open it</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="214"/>
        <source>Register:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="215"/>
        <source>Registration date:</source>
        <translation>Дата регистрации:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="216"/>
        <source>Correspondent:</source>
        <translation>Корреспондент:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="219"/>
        <source>Sender&apos;s number and date:</source>
        <translation>Номер и дата отправителя:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="222"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="224"/>
        <source>Summary:</source>
        <translation>Краткое содержание:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="225"/>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="227"/>
        <source>Due date:</source>
        <translation>Срок исполнения:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="230"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="241"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="245"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="312"/>
        <source>Choose files to attach</source>
        <translation>Выберите файлы для прикрепления</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="333"/>
        <source>Write what the document is about.</source>
        <translation>Напишите, о чём документ.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="339"/>
        <location filename="../../ui/documents/register_dialog.py" line="347"/>
        <source>Write the date as 01.09.2025.</source>
        <translation>Укажите дату в виде 01.09.2025.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="342"/>
        <source>Give both the sender&apos;s number and its date, or neither.</source>
        <translation>Укажите и номер, и дату отправителя — или не указывайте ни то, ни другое.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="350"/>
        <source>The due date cannot be before the registration date.</source>
        <translation>Срок исполнения не может быть раньше даты регистрации.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="412"/>
        <source>The file «%1» is already registered as No. %2 of %3.</source>
        <translation>Файл «%1» уже зарегистрирован под № %2 от %3.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="415"/>
        <source>This is already registered as No. %1 of %2.</source>
        <translation>Это уже зарегистрировано под № %1 от %2.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="416"/>
        <source>Nothing new was registered.</source>
        <translation>Ничего нового не зарегистрировано.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections_builtin.py" line="26"/>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="27"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="28"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="29"/>
        <source>Certificates</source>
        <translation>Справки</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="30"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="31"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="32"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="38"/>
        <source>Here will be the register of pupils: admission, classes, movement between classes and schools, personal files and the alphabetical book. Personal data is masked on screen, and each time it is shown this is recorded.</source>
        <translation>Здесь будет учёт учеников: приём, классы, движение между классами и школами, личные дела и алфавитная книга. Персональные данные на экране скрыты, каждый их показ записывается.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="42"/>
        <source>Here will be the staff records: positions, hiring and dismissal orders, and employment certificates.</source>
        <translation>Здесь будет учёт сотрудников: должности, приказы о приёме и увольнении, справки с места работы.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="45"/>
        <source>Here will be the document register: incoming and outgoing letters and orders, who is responsible for each and by when, with the files stored encrypted.</source>
        <translation>Здесь будет реестр документов: входящие и исходящие письма, приказы, кто за каждый отвечает и к какому сроку; файлы хранятся зашифрованными.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="48"/>
        <source>Here will be certificates and forms: study and employment certificates with a register number and a QR code, printed or saved as PDF.</source>
        <translation>Здесь будут справки и бланки: справки с места учёбы и работы с регистрационным номером и QR-кодом, печать или сохранение в PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="51"/>
        <source>Here you will send document records to the district education department whenever the internet is available. Sync is not set up yet.</source>
        <translation>Отсюда записи о документах будут отправляться в районный отдел образования, когда есть интернет. Синхронизация пока не настроена.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="55"/>
        <source>This part of Kense is being prepared.</source>
        <translation>Этот раздел Kense готовится.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="69"/>
        <source>Press F1 for help.</source>
        <translation>Справка — клавиша F1.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../ui/security_section.py" line="31"/>
        <source>Protection of the data</source>
        <translation>Защита данных</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="41"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="45"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="47"/>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="69"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="69"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="72"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="72"/>
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="73"/>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="73"/>
        <source>teacher</source>
        <translation>учитель</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="77"/>
        <source>yes — a copy of the database cannot be opened on another computer</source>
        <translation>да — копию базы нельзя открыть на другом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="78"/>
        <source>the device key is missing from this account&apos;s key store: use the recovery sheet</source>
        <translation>в хранилище ключей этой учётной записи нет ключа устройства: используйте лист восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="79"/>
        <source>no — there is no key store on this computer; passwords only</source>
        <translation>нет — на этом компьютере нет хранилища ключей; только пароли</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="82"/>
        <source>yes, intact (%1 entries)</source>
        <translation>да, цел (записей: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="83"/>
        <source>NO — the log was damaged or altered (%1)</source>
        <translation>НЕТ — журнал повреждён или изменён (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="87"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="89"/>
        <source>(shortened on this computer to %1 s)</source>
        <translation>(на этом компьютере сокращено до %1 с)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="91"/>
        <source>Encryption:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="91"/>
        <source>on — the whole database (SQLCipher 4, AES-256)</source>
        <translation>включено — вся база (SQLCipher 4, AES-256)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="92"/>
        <source>Cipher version:</source>
        <translation>Версия шифра:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="93"/>
        <source>Database schema:</source>
        <translation>Схема базы:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="94"/>
        <source>Bound to this computer:</source>
        <translation>Привязана к этому компьютеру:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="95"/>
        <source>Key store:</source>
        <translation>Хранилище ключей:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="95"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="96"/>
        <source>Recovery sheet slot:</source>
        <translation>Слот листа восстановления:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="97"/>
        <source>Users:</source>
        <translation>Пользователи:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="98"/>
        <source>Failed sign-ins, last 30 days:</source>
        <translation>Неудачные входы за 30 дней:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="99"/>
        <source>Audit log verified:</source>
        <translation>Журнал аудита проверен:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="100"/>
        <source>Whole database last found sound:</source>
        <translation>Вся база последний раз проверена без ошибок:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="102"/>
        <source>not yet — checked at the next sign-in</source>
        <translation>ещё нет — проверка при следующем входе</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="103"/>
        <source>Auto-lock after inactivity:</source>
        <translation>Автоблокировка при бездействии:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="104"/>
        <source>Lock with the computer&apos;s screen lock:</source>
        <translation>Блокировка вместе с экраном компьютера:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="105"/>
        <source>not available on this computer</source>
        <translation>на этом компьютере недоступна</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="117"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="117"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="117"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="118"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="118"/>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../ui/settings_section.py" line="50"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="51"/>
        <source>Lock when the window is minimised</source>
        <translation>Блокировать при сворачивании окна</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="58"/>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="61"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="67"/>
        <source>Locking and privacy</source>
        <translation>Блокировка и конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="69"/>
        <source>Lock after inactivity:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="71"/>
        <source>Clear copied personal data after:</source>
        <translation>Очищать скопированные персональные данные через:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="73"/>
        <source>Only the administrator can change these settings.</source>
        <translation>Эти настройки может менять только администратор.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="77"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="79"/>
        <source>Language of the program:</source>
        <translation>Язык программы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="89"/>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="92"/>
        <source>My password</source>
        <translation>Мой пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="94"/>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="95"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="96"/>
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="104"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="122"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="138"/>
        <source>Your password has been changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="95"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="97"/>
        <location filename="../../ui/wizard.py" line="338"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="100"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="143"/>
        <source>Welcome to Kense</source>
        <translation>Добро пожаловать в Kense</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="144"/>
        <source>Kense keeps the school&apos;s records of pupils, staff and documents, encrypted on this computer. First, choose the language of the program. You can change it later in Settings.</source>
        <translation>Kense хранит учёт учеников, сотрудников и документов школы на этом компьютере в зашифрованном виде. Сначала выберите язык программы. Потом его можно изменить в Настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="163"/>
        <source>Your school</source>
        <translation>Ваша школа</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="164"/>
        <source>These details appear on the sign-in screen and on letterheads. Choose the region and district from the list or type your own.</source>
        <translation>Эти сведения видны в окне входа и на бланках. Область и район выберите из списка или впишите сами.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="168"/>
        <source>for example: Naryn secondary school No. 4</source>
        <translation>например: средняя школа № 4 г. Нарын</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="190"/>
        <source>School name:</source>
        <translation>Название школы:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="192"/>
        <source>Region:</source>
        <translation>Область:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="193"/>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="194"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="195"/>
        <source>Director (full name):</source>
        <translation>Директор (ФИО):</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="210"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="211"/>
        <source>Kense encrypts the whole database. To open it, a person needs their password and, in addition, a secret key that Kense keeps in this computer account&apos;s key store (Windows Credential Manager or the desktop keyring). This is called binding to the device: a copy of the database carried away on a flash drive cannot be opened on another computer, even with the right password.</source>
        <translation>Kense шифрует всю базу. Чтобы её открыть, нужен пароль и, кроме того, секретный ключ, который Kense хранит в хранилище ключей учётной записи этого компьютера (Диспетчер учётных данных Windows или keyring рабочего стола). Это называется привязкой к устройству: копию базы, унесённую на флешке, нельзя открыть на другом компьютере даже с верным паролем.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="215"/>
        <source>If this computer or Windows account is replaced, or the key store is cleared, the data is not lost: the recovery sheet you print in a moment opens the database and binds it to the new computer.</source>
        <translation>Если компьютер или учётную запись Windows заменят или хранилище ключей очистят, данные не пропадут: лист восстановления, который вы сейчас распечатаете, откроет базу и привяжет её к новому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="218"/>
        <source>Bind the database to this computer (recommended)</source>
        <translation>Привязать базу к этому компьютеру (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="227"/>
        <source>This computer has no key store that Kense can use. Kense will work with passwords only: a copy of the database together with a password would open anywhere. The Security panel will show this. Ask your IT person to enable the key store, then bind the database later.</source>
        <translation>На этом компьютере нет хранилища ключей, которым может пользоваться Kense. Kense будет работать только по паролю: копия базы вместе с паролем откроется где угодно. Это будет видно в панели Безопасность. Попросите специалиста по IT включить хранилище ключей и затем привяжите базу.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="235"/>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="236"/>
        <source>The administrator is the person responsible for information security: they add users, set up backups and look after the settings. Everyone gets their own login later; there is no shared password.</source>
        <translation>Администратор — ответственный за защиту информации: добавляет пользователей, настраивает резервные копии и следит за настройками. Позже каждый получит свой логин; общего пароля нет.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="258"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="260"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="263"/>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="266"/>
        <source>A good password is long: at least 10 characters. A phrase of three or four words that only you know is easy to remember and hard to guess.</source>
        <translation>Хороший пароль длинный: не меньше 10 символов. Фразу из трёх-четырёх слов, известную только вам, легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>too weak</source>
        <translation>слишком слабый</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>weak</source>
        <translation>слабый</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>fair</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>good</source>
        <translation>хороший</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>strong</source>
        <translation>сильный</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="284"/>
        <source>At least 10 characters.</source>
        <translation>Не меньше 10 символов.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286"/>
        <source>Strength: %1</source>
        <translation>Надёжность: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="289"/>
        <source>The recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="290"/>
        <source>This code opens the database if a password is forgotten or the computer is replaced. It is shown only now. Save the recovery sheet as a PDF or print it, and give it to the director to keep in the safe. Do not photograph it and do not keep it on a flash drive.</source>
        <translation>Этот код открывает базу, если пароль забыт или компьютер заменён. Он показывается только сейчас. Сохраните лист восстановления в PDF или распечатайте его и отдайте директору на хранение в сейф. Не фотографируйте его и не храните на флешке.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="299"/>
        <source>Save the recovery sheet (PDF)…</source>
        <translation>Сохранить лист (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="302"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="316"/>
        <source>Check the recovery code</source>
        <translation>Проверка кода восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="317"/>
        <source>Type the code from the sheet, to be sure it can be read. Dashes and spaces do not matter.</source>
        <translation>Введите код с листа, чтобы убедиться, что он читается. Дефисы и пробелы не важны.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="335"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="338"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="394"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="411"/>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>Настраивается шифрование. Это займёт несколько секунд…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="439"/>
        <source>Setup failed. Nothing was saved. Try again.</source>
        <translation>Настройка не удалась. Ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="451"/>
        <source>Kense recovery sheet.pdf</source>
        <translation>Kense лист восстановления.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="457"/>
        <source>Save the recovery sheet</source>
        <translation>Сохранить лист восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="458"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="470"/>
        <source>Saved: %1. Print it and delete the file after printing.</source>
        <translation>Сохранено: %1. Распечатайте и после печати удалите файл.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="477"/>
        <source>Kense recovery sheet</source>
        <translation>Kense: лист восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="478"/>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="499"/>
        <source>This is not the code shown on the sheet. Compare it group by group.</source>
        <translation>Это не тот код, что на листе. Сверьте по группам.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="276"/>
        <source>The audit log check found a problem. Tell the administrator; details are in the Security section.</source>
        <translation>Проверка журнала аудита нашла проблему. Сообщите администратору; подробности — в разделе Безопасность.</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="279"/>
        <source>The check of the whole database found damaged pages. Tell the administrator: a backup copy may be needed.</source>
        <translation>Проверка всей базы обнаружила повреждённые страницы. Сообщите администратору: может понадобиться резервная копия.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокировано</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/signin.py" line="57"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="59"/>
        <location filename="../../ui/signin.py" line="61"/>
        <source>Kense — the school office</source>
        <translation>Kense — канцелярия школы</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="66"/>
        <source>Kense is locked. %1 was working.</source>
        <translation>Kense заблокирован. Работал(а): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="71"/>
        <source>for example: aigerim</source>
        <translation>например: aigerim</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="76"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="77"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="84"/>
        <source>Use the recovery code…</source>
        <translation>Использовать код восстановления…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="92"/>
        <location filename="../../ui/signin.py" line="183"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="99"/>
        <source>Sign in as another user</source>
        <translation>Войти другим пользователем</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="103"/>
        <source>Forgot the password or moved to another computer?</source>
        <translation>Забыли пароль или перешли на другой компьютер?</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="127"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="157"/>
        <source>Type your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="161"/>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="165"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="175"/>
        <source>Something unexpected went wrong. Try again; if it repeats, call the person responsible for information security.</source>
        <translation>Произошла непредвиденная ошибка. Попробуйте ещё раз; если повторится, обратитесь к ответственному за защиту информации.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="226"/>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="230"/>
        <source>Next attempt possible in %1 s.</source>
        <translation>Следующая попытка через %1 с.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="74"/>
        <source>Privacy mode: personal data is hidden.
Press Ctrl+Shift+H to show it again.</source>
        <translation>Режим конфиденциальности: персональные данные скрыты.
Чтобы показать их снова, нажмите Ctrl+Shift+H.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="96"/>
        <source>Close the notice</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="106"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="108"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="121"/>
        <source>Sync: not set up</source>
        <translation>Синхронизация: не настроена</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="122"/>
        <source>Last backup: none yet</source>
        <translation>Последняя резервная копия: пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="124"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="167"/>
        <source>&amp;Kense</source>
        <translation>&amp;Kense</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="168"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="170"/>
        <source>Switch user…</source>
        <translation>Сменить пользователя…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="171"/>
        <source>Privacy mode (hide personal data)</source>
        <translation>Режим конфиденциальности (скрыть персональные данные)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="174"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="175"/>
        <source>&amp;Go to</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="180"/>
        <source>Help for this screen</source>
        <translation>Справка по этому экрану</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="185"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="185"/>
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="186"/>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="186"/>
        <source>teacher</source>
        <translation>учитель</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="218"/>
        <source>This section could not be opened. Your data is safe; please tell the administrator.</source>
        <translation>Этот раздел не открылся. Ваши данные в сохранности; сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="246"/>
        <source>Kense kept your unsaved work when it locked: %1. Restore it?</source>
        <translation>При блокировке Kense сохранил вашу несохранённую работу: %1. Восстановить?</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="254"/>
        <source>Privacy mode</source>
        <translation>Режим конфиденциальности</translation>
    </message>
</context>
</TS>
