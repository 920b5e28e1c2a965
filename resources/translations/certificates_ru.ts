<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="53"/>
        <source>Study certificates for a whole class</source>
        <translation>Справки с места учебы на весь класс</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="54"/>
        <source>Class lists of all classes</source>
        <translation>Списки всех классов</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="62"/>
        <source>empty: “to whom it may concern”</source>
        <translation>пусто: «по месту требования»</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="70"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="71"/>
        <source>Purpose:</source>
        <translation>Куда выдаётся:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="76"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="86"/>
        <source>Make the PDF…</source>
        <translation>Создать PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="91"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="101"/>
        <source>Every pupil of the class gets a numbered certificate; all of them go into one PDF file.</source>
        <translation>Каждый ученик класса получает справку с номером; все справки попадают в один PDF-файл.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="104"/>
        <source>The lists of every class of the current school year in one PDF file.</source>
        <translation>Списки всех классов текущего учебного года в одном PDF-файле.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="129"/>
        <source>Choose a class.</source>
        <translation>Выберите класс.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="142"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="153"/>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="171"/>
        <location filename="../../ui/certificates/batch_dialog.py" line="191"/>
        <source>Cancelled: nothing was issued or saved.</source>
        <translation>Отменено: ничего не выдано и не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="182"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>CertificateRecordAction</name>
    <message>
        <location filename="../../ui/certificates/record_action.py" line="20"/>
        <source>Issue certificate…</source>
        <translation>Выдать справку…</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../ui/certificates/common.py" line="26"/>
        <source>Something went wrong. Nothing was changed; please try again or tell the administrator.</source>
        <translation>Что-то пошло не так. Ничего не изменено; попробуйте ещё раз или сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/common.py" line="112"/>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="48"/>
        <source>Study certificate</source>
        <translation>Справка с места учёбы</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="49"/>
        <source>Employment certificate</source>
        <translation>Справка с места работы</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="50"/>
        <source>Transfer confirmation</source>
        <translation>Подтверждение о переводе</translation>
    </message>
</context>
<context>
    <name>CertificatesSection</name>
    <message>
        <location filename="../../ui/certificates/section.py" line="113"/>
        <source>All certificates</source>
        <translation>Все справки</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="126"/>
        <source>Valid and void</source>
        <translation>Действующие и аннулированные</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="127"/>
        <source>Valid only</source>
        <translation>Только действующие</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="128"/>
        <source>Void only</source>
        <translation>Только аннулированные</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="131"/>
        <source>Name or number</source>
        <translation>ФИО или номер</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="142"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="144"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="178"/>
        <source>Issue a certificate…</source>
        <translation>Выдать справку…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="180"/>
        <source>Reprint</source>
        <translation>Напечатать повторно</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="181"/>
        <source>Void…</source>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="182"/>
        <source>Check a QR code…</source>
        <translation>Проверить QR-код…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="183"/>
        <source>Certificates for a whole class…</source>
        <translation>Справки на весь класс…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="185"/>
        <source>Class lists of all classes…</source>
        <translation>Списки всех классов…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="187"/>
        <source>Pupil movement report…</source>
        <translation>Отчёт о движении учащихся…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="189"/>
        <source>Consent form…</source>
        <translation>Форма согласия…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="196"/>
        <source>Print:</source>
        <translation>Печать:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="203"/>
        <source>Issued certificates</source>
        <translation>Выданные справки</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="231"/>
        <source>Shown: %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="282"/>
        <source>Certificate № %1</source>
        <translation>Справка № %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="332"/>
        <source>Pupil movement report</source>
        <translation>Отчёт о движении учащихся</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="347"/>
        <source>Consent form</source>
        <translation>Форма согласия</translation>
    </message>
</context>
<context>
    <name>IssueCertificateDialog</name>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="70"/>
        <source>Issue a certificate</source>
        <translation>Выдача справки</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="96"/>
        <source>Standard: “to whom it may concern”</source>
        <translation>Обычно: «по месту требования»</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="98"/>
        <source>For:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="107"/>
        <source>e.g. the social fund, the polyclinic</source>
        <translation>например, Социальный фонд, поликлиника</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="115"/>
        <source>Person:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="116"/>
        <source>Certificate:</source>
        <translation>Справка:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="117"/>
        <source>Language of the certificate:</source>
        <translation>Язык справки:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="118"/>
        <source>Purpose:</source>
        <translation>Куда выдаётся:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="128"/>
        <source>Issue and print…</source>
        <translation>Выдать и напечатать…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="130"/>
        <source>Issue and save as PDF…</source>
        <translation>Выдать и сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="132"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="162"/>
        <source>Your role does not allow issuing certificates.</source>
        <translation>Ваша роль не позволяет выдавать справки.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="183"/>
        <source>Preview: the number and the QR code are given when you print or save.</source>
        <translation>Предпросмотр: номер и QR-код присваиваются только при печати или сохранении.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="209"/>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="217"/>
        <source>Certificate № %1 issued and sent to the printer.</source>
        <translation>Справка № %1 выдана и отправлена на принтер.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="238"/>
        <source>The certificate is issued; reprint it from the register.</source>
        <translation>Справка выдана; напечатайте её повторно из реестра.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="240"/>
        <source>Certificate № %1 issued and saved: %2</source>
        <translation>Справка № %1 выдана и сохранена: %2</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="30"/>
        <source>Pages: %1</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="32"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="34"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="62"/>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="76"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="217"/>
        <source>Pupil movement report</source>
        <translation>Отчёт о движении учащихся</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="233"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="234"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="235"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="241"/>
        <source>The start of the period is after its end.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="142"/>
        <source>Choose a person</source>
        <translation>Выбор человека</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="146"/>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="146"/>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="151"/>
        <source>Surname or name</source>
        <translation>Фамилия или имя</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="162"/>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="163"/>
        <source>Search:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="200"/>
        <source>Type at least two letters of the name and choose a person.</source>
        <translation>Введите хотя бы две буквы имени и выберите человека.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Issued to</source>
        <translation>Кому выдана</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="54"/>
        <source>Purpose</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="54"/>
        <source>Issued by</source>
        <translation>Кто выдал</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="54"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="88"/>
        <source>void</source>
        <translation>аннулирована</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="88"/>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="90"/>
        <source>to whom it may concern</source>
        <translation>по месту требования</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="93"/>
        <source>Void: %1</source>
        <translation>Аннулирована: %1</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="87"/>
        <source>Check a certificate</source>
        <translation>Проверка справки</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="97"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="102"/>
        <source>Scan the QR code into this field, or type the text printed under it.</source>
        <translation>Отсканируйте QR-код в это поле или введите текст, напечатанный под ним.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="116"/>
        <source>Genuine: %1 № %2 of %3, issued to %4.</source>
        <translation>Подлинная: %1 № %2 от %3, выдана: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="118"/>
        <source>VOID: %1 № %2 of %3 (%4) was voided. Reason: %5</source>
        <translation>АННУЛИРОВАНА: %1 № %2 от %3 (%4) аннулирована. Причина: %5</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="120"/>
        <source>NOT IN THE REGISTER: the code is genuine, but the register has no certificate № %2 of %3. The database may have been restored from an old copy: tell the administrator.</source>
        <translation>НЕТ В РЕЕСТРЕ: код подлинный, но в реестре нет справки № %2 от %3. Возможно, база восстановлена из старой копии: сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="123"/>
        <source>NOT A KENSE CERTIFICATE CODE: check that the whole text was scanned.</source>
        <translation>ЭТО НЕ КОД СПРАВКИ KENSE: проверьте, что текст отсканирован полностью.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="125"/>
        <source>FORGED: this code was not issued by this school&apos;s Kense.</source>
        <translation>ПОДДЕЛКА: этот код выдан не программой Kense этой школы.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="41"/>
        <source>Void certificate № %1</source>
        <translation>Аннулировать справку № %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="48"/>
        <source>e.g. a mistake in the name; issued again as № …</source>
        <translation>например, ошибка в ФИО; выдана заново под № …</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="52"/>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="56"/>
        <source>A void certificate keeps its number; checking its QR code will say it is void and why. This cannot be undone.</source>
        <translation>Аннулированная справка сохраняет свой номер; при проверке QR-кода будет сказано, что она аннулирована и почему. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="59"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="70"/>
        <source>Please write why the certificate is void.</source>
        <translation>Напишите, почему справка аннулируется.</translation>
    </message>
</context>
</TS>
