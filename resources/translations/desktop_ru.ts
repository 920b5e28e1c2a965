<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>You have typed changes that are not saved yet.</source>
        <translation>Введённые вами изменения ещё не сохранены.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Не сохранять изменения</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Data protection</source>
        <translation>Защита данных</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>No open document is assigned to you.</source>
        <translation>Открытых документов, порученных вам, нет.</translation>
    </message>
    <message>
        <source>Ask the administrator to make the first backup today (command: kense backup now) and to keep it on a second disk.</source>
        <translation>Попросите администратора сегодня сделать первую резервную копию (команда: kense backup now) и хранить её на втором диске.</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>Уведомления (%1)</translation>
    </message>
    <message>
        <source>%1 integrity findings open: see Security</source>
        <translation>Открыто проблем целостности: %1 — см. «Безопасность»</translation>
    </message>
    <message>
        <source>%1 failed sign-in attempts since your last sign-in</source>
        <translation>%1 неудачных попыток входа с вашего последнего входа</translation>
    </message>
    <message>
        <source>Open Sync</source>
        <translation>Открыть синхронизацию</translation>
    </message>
    <message>
        <source>Sync: everything sent</source>
        <translation>Синхронизация: всё отправлено</translation>
    </message>
    <message>
        <source>Sync: %1 records waiting</source>
        <translation>Синхронизация: ожидают %1 записей</translation>
    </message>
    <message>
        <source>Open Sync to see why and send them again.</source>
        <translation>Откройте «Синхронизацию», чтобы увидеть причину и отправить снова.</translation>
    </message>
    <message>
        <source>Sync: %1 records refused</source>
        <translation>Синхронизация: %1 записей отклонено</translation>
    </message>
    <message>
        <source>Ask the administrator to connect Kense to the district server.</source>
        <translation>Попросите администратора подключить Кенсе к серверу района.</translation>
    </message>
    <message>
        <source>%1 records wait to be sent. Ask the administrator to connect Kense to the district server.</source>
        <translation>%1 записей ждут отправки. Попросите администратора подключить Кенсе к серверу района.</translation>
    </message>
    <message>
        <source>Sync with the district: not set up</source>
        <translation>Синхронизация с районом: не настроена</translation>
    </message>
    <message>
        <source>Backups are up to date.</source>
        <translation>Резервные копии актуальны.</translation>
    </message>
    <message>
        <source>More than a day old: make a backup today.</source>
        <translation>Старше суток: сделайте резервную копию сегодня.</translation>
    </message>
    <message>
        <source>Last verified backup: %1</source>
        <translation>Последняя проверенная резервная копия: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Резервной копии ещё нет</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>просрочено с %1</translation>
    </message>
    <message>
        <source>no number yet</source>
        <translation>без номера</translation>
    </message>
    <message>
        <source>Certificates issued today (%1)</source>
        <translation>Справки, выданные сегодня (%1)</translation>
    </message>
    <message>
        <source>Numbers held for orders not signed yet: register the signed order under its number.</source>
        <translation>Номера для ещё не подписанных приказов: зарегистрируйте подписанный приказ под этим номером.</translation>
    </message>
    <message>
        <source>Reserved order numbers (%1)</source>
        <translation>Зарезервированные номера приказов (%1)</translation>
    </message>
    <message>
        <source>Registered incoming letters nobody was assigned yet: open one and press Assign.</source>
        <translation>Зарегистрированные входящие письма без исполнителя: откройте и нажмите «Поручить».</translation>
    </message>
    <message>
        <source>Letters waiting for an executor (%1)</source>
        <translation>Письма без исполнителя (%1)</translation>
    </message>
    <message>
        <source>Past their due date and not executed. Open one to see who is responsible.</source>
        <translation>Срок прошёл, не исполнено. Откройте, чтобы увидеть ответственного.</translation>
    </message>
    <message>
        <source>Overdue in the office (%1)</source>
        <translation>Просрочено в учреждении (%1)</translation>
    </message>
    <message>
        <source>Documents you are responsible for; overdue ones first.</source>
        <translation>Документы, за которые вы отвечаете; просроченные — первыми.</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>Мои задачи (%1)</translation>
    </message>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>Сегодня ничего не требует внимания.</translation>
    </message>
    <message>
        <source>The list could not be read. Your data is safe; press Refresh.</source>
        <translation>Не удалось прочитать список. Данные в сохранности; нажмите «Обновить».</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Register the document</source>
        <translation>Регистрация документа</translation>
    </message>
    <message>
        <source>The registration number is taken for good: it is never given to another document, even if this one is corrected later.</source>
        <translation>Регистрационный номер присваивается окончательно: он не перейдёт к другому документу, даже если этот позже исправят.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Файлы: %1</translation>
    </message>
    <message>
        <source>Correspondent: %1</source>
        <translation>Корреспондент: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Register in the %1 register?</source>
        <translation>Зарегистрировать в журнале «%1»?</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>Close sign-in…</source>
        <translation>Закрыть вход…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Show the data again</source>
        <translation>Снова показать данные</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Shown for %1 s, then hidden again. This is recorded in the audit log.</source>
        <translation>Показано на %1 с, затем снова скрыто. Это записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Show hidden data</source>
        <translation>Показать скрытое</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Скрыть снова</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Файлы (%1)</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Найти папку</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показать с&amp;крытые файлы</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Недавние места</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Filling the demo school…</source>
        <translation>Демо-школа заполняется…</translation>
    </message>
    <message>
        <source>Demo school: %1 %p%</source>
        <translation>Демо: %1 %p%</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>ученики</translation>
    </message>
    <message>
        <source>letters and orders</source>
        <translation>документы</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Data protection</source>
        <translation>Защита данных</translation>
    </message>
</context>
</TS>
