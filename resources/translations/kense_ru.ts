<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="33" />
        <source>Kense — help</source>
        <translation>Kense — справка</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <location filename="../../ui/privacy.py" line="140" />
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="140" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="142" />
        <source>Showing personal data is recorded in the audit log.</source>
        <translation>Показ персональных данных записывается в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/tasks.py" line="127" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="52" />
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="53" />
        <source>&amp;Step up</source>
        <translation>&amp;Больше</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="54" />
        <source>Step &amp;down</source>
        <translation>&amp;Меньше</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="56" />
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="57" />
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="58" />
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="59" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="60" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="61" />
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="62" />
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="63" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="64" />
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="65" />
        <source>Parent Directory</source>
        <translation>Родительская папка</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="66" />
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="67" />
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="68" />
        <source>Detail View</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="69" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="70" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="71" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="72" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="73" />
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="29" />
        <source>&amp;OK</source>
        <translation>&amp;ОК</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31" />
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="32" />
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="33" />
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="37" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39" />
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="41" />
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="42" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43" />
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="34" />
        <source>Show Details...</source>
        <translation>Подробнее...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35" />
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="11" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13" />
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15" />
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16" />
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17" />
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18" />
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19" />
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20" />
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21" />
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24" />
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25" />
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26" />
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27" />
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28" />
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="75" />
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="76" />
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="77" />
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="44" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="45" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="46" />
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="47" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="48" />
        <source>Copy &amp;Link Location</source>
        <translation>Копировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="49" />
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="50" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="51" />
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery.py" line="24" />
        <source>Recovery with the recovery sheet</source>
        <translation>Восстановление по листу восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="26" />
        <source>Type the 48-digit code from the recovery sheet kept in the director's safe, your login and a new password. This also binds the database to this computer account again.</source>
        <translation>Введите 48-значный код с листа восстановления из сейфа директора, свой логин и новый пароль. Заодно база снова привязывается к учётной записи этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="41" />
        <source>Recovery code:</source>
        <translation>Код восстановления:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="42" />
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="43" />
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="44" />
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="46" />
        <source>Recover and sign in</source>
        <translation>Восстановить и войти</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="71" />
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Произошла непредвиденная ошибка. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections_builtin.py" line="26" />
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="27" />
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="28" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="29" />
        <source>Certificates</source>
        <translation>Справки</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="30" />
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="31" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="32" />
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="38" />
        <source>Here will be the register of pupils: admission, classes, movement between classes and schools, personal files and the alphabetical book. Personal data is masked on screen, and each time it is shown this is recorded.</source>
        <translation>Здесь будет учёт учеников: приём, классы, движение между классами и школами, личные дела и алфавитная книга. Персональные данные на экране скрыты, каждый их показ записывается.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="42" />
        <source>Here will be the staff records: positions, hiring and dismissal orders, and employment certificates.</source>
        <translation>Здесь будет учёт сотрудников: должности, приказы о приёме и увольнении, справки с места работы.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="45" />
        <source>Here will be the document register: incoming and outgoing letters and orders, who is responsible for each and by when, with the files stored encrypted.</source>
        <translation>Здесь будет реестр документов: входящие и исходящие письма, приказы, кто за каждый отвечает и к какому сроку; файлы хранятся зашифрованными.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="48" />
        <source>Here will be certificates and forms: study and employment certificates with a register number and a QR code, printed or saved as PDF.</source>
        <translation>Здесь будут справки и бланки: справки с места учёбы и работы с регистрационным номером и QR-кодом, печать или сохранение в PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="51" />
        <source>Here you will send document records to the district education department whenever the internet is available. Sync is not set up yet.</source>
        <translation>Отсюда записи о документах будут отправляться в районный отдел образования, когда есть интернет. Синхронизация пока не настроена.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="55" />
        <source>This part of Kense is being prepared.</source>
        <translation>Этот раздел Kense готовится.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="69" />
        <source>Press F1 for help.</source>
        <translation>Справка — клавиша F1.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../ui/security_section.py" line="30" />
        <source>Protection of the data</source>
        <translation>Защита данных</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="40" />
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="44" />
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="46" />
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="57" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="57" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="60" />
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="60" />
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="61" />
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="61" />
        <source>teacher</source>
        <translation>учитель</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="65" />
        <source>yes — a copy of the database cannot be opened on another computer</source>
        <translation>да — копию базы нельзя открыть на другом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="66" />
        <source>the device key is missing from this account's key store: use the recovery sheet</source>
        <translation>в хранилище ключей этой учётной записи нет ключа устройства: используйте лист восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="67" />
        <source>no — there is no key store on this computer; passwords only</source>
        <translation>нет — на этом компьютере нет хранилища ключей; только пароли</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="70" />
        <source>yes, intact (%1 entries)</source>
        <translation>да, цел (записей: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="71" />
        <source>NO — the log was damaged or altered (%1)</source>
        <translation>НЕТ — журнал повреждён или изменён (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="75" />
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="77" />
        <source>(shortened on this computer to %1 s)</source>
        <translation>(на этом компьютере сокращено до %1 с)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="79" />
        <source>Encryption:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="79" />
        <source>on — the whole database (SQLCipher 4, AES-256)</source>
        <translation>включено — вся база (SQLCipher 4, AES-256)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="80" />
        <source>Cipher version:</source>
        <translation>Версия шифра:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="81" />
        <source>Database schema:</source>
        <translation>Схема базы:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="82" />
        <source>Bound to this computer:</source>
        <translation>Привязана к этому компьютеру:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="83" />
        <source>Key store:</source>
        <translation>Хранилище ключей:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="83" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="84" />
        <source>Recovery sheet slot:</source>
        <translation>Слот листа восстановления:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="85" />
        <source>Users:</source>
        <translation>Пользователи:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="86" />
        <source>Failed sign-ins, last 30 days:</source>
        <translation>Неудачные входы за 30 дней:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="87" />
        <source>Audit log verified:</source>
        <translation>Журнал аудита проверен:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="88" />
        <source>Auto-lock after inactivity:</source>
        <translation>Автоблокировка при бездействии:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="89" />
        <source>Lock with the computer's screen lock:</source>
        <translation>Блокировка вместе с экраном компьютера:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="90" />
        <source>not available on this computer</source>
        <translation>на этом компьютере недоступна</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="102" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="102" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="102" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="103" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="103" />
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../ui/settings_section.py" line="50" />
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="51" />
        <source>Lock when the window is minimised</source>
        <translation>Блокировать при сворачивании окна</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="58" />
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="61" />
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="67" />
        <source>Locking and privacy</source>
        <translation>Блокировка и конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="69" />
        <source>Lock after inactivity:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="71" />
        <source>Clear copied personal data after:</source>
        <translation>Очищать скопированные персональные данные через:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="73" />
        <source>Only the administrator can change these settings.</source>
        <translation>Эти настройки может менять только администратор.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="77" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="79" />
        <source>Language of the program:</source>
        <translation>Язык программы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="89" />
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="92" />
        <source>My password</source>
        <translation>Мой пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="94" />
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="95" />
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="96" />
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="104" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="123" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="139" />
        <source>Your password has been changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="96" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="98" />
        <location filename="../../ui/wizard.py" line="339" />
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="101" />
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="144" />
        <source>Welcome to Kense</source>
        <translation>Добро пожаловать в Kense</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="145" />
        <source>Kense keeps the school's records of pupils, staff and documents, encrypted on this computer. First, choose the language of the program. You can change it later in Settings.</source>
        <translation>Kense хранит учёт учеников, сотрудников и документов школы на этом компьютере в зашифрованном виде. Сначала выберите язык программы. Потом его можно изменить в Настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="164" />
        <source>Your school</source>
        <translation>Ваша школа</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="165" />
        <source>These details appear on the sign-in screen and on letterheads. Choose the region and district from the list or type your own.</source>
        <translation>Эти сведения видны в окне входа и на бланках. Область и район выберите из списка или впишите сами.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="169" />
        <source>for example: Naryn secondary school No. 4</source>
        <translation>например: средняя школа № 4 г. Нарын</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="191" />
        <source>School name:</source>
        <translation>Название школы:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="193" />
        <source>Region:</source>
        <translation>Область:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="194" />
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="195" />
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="196" />
        <source>Director (full name):</source>
        <translation>Директор (ФИО):</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="211" />
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="212" />
        <source>Kense encrypts the whole database. To open it, a person needs their password and, in addition, a secret key that Kense keeps in this computer account's key store (Windows Credential Manager or the desktop keyring). This is called binding to the device: a copy of the database carried away on a flash drive cannot be opened on another computer, even with the right password.</source>
        <translation>Kense шифрует всю базу. Чтобы её открыть, нужен пароль и, кроме того, секретный ключ, который Kense хранит в хранилище ключей учётной записи этого компьютера (Диспетчер учётных данных Windows или keyring рабочего стола). Это называется привязкой к устройству: копию базы, унесённую на флешке, нельзя открыть на другом компьютере даже с верным паролем.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="216" />
        <source>If this computer or Windows account is replaced, or the key store is cleared, the data is not lost: the recovery sheet you print in a moment opens the database and binds it to the new computer.</source>
        <translation>Если компьютер или учётную запись Windows заменят или хранилище ключей очистят, данные не пропадут: лист восстановления, который вы сейчас распечатаете, откроет базу и привяжет её к новому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="219" />
        <source>Bind the database to this computer (recommended)</source>
        <translation>Привязать базу к этому компьютеру (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="228" />
        <source>This computer has no key store that Kense can use. Kense will work with passwords only: a copy of the database together with a password would open anywhere. The Security panel will show this. Ask your IT person to enable the key store, then bind the database later.</source>
        <translation>На этом компьютере нет хранилища ключей, которым может пользоваться Kense. Kense будет работать только по паролю: копия базы вместе с паролем откроется где угодно. Это будет видно в панели Безопасность. Попросите специалиста по IT включить хранилище ключей и затем привяжите базу.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="236" />
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="237" />
        <source>The administrator is the person responsible for information security: they add users, set up backups and look after the settings. Everyone gets their own login later; there is no shared password.</source>
        <translation>Администратор — ответственный за защиту информации: добавляет пользователей, настраивает резервные копии и следит за настройками. Позже каждый получит свой логин; общего пароля нет.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259" />
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="260" />
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="261" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="264" />
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="267" />
        <source>A good password is long: at least 10 characters. A phrase of three or four words that only you know is easy to remember and hard to guess.</source>
        <translation>Хороший пароль длинный: не меньше 10 символов. Фразу из трёх-четырёх слов, известную только вам, легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="283" />
        <source>too weak</source>
        <translation>слишком слабый</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="283" />
        <source>weak</source>
        <translation>слабый</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="283" />
        <source>fair</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="283" />
        <source>good</source>
        <translation>хороший</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="283" />
        <source>strong</source>
        <translation>сильный</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285" />
        <source>At least 10 characters.</source>
        <translation>Не меньше 10 символов.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="287" />
        <source>Strength: %1</source>
        <translation>Надёжность: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="290" />
        <source>The recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="291" />
        <source>This code opens the database if a password is forgotten or the computer is replaced. It is shown only now. Save the recovery sheet as a PDF or print it, and give it to the director to keep in the safe. Do not photograph it and do not keep it on a flash drive.</source>
        <translation>Этот код открывает базу, если пароль забыт или компьютер заменён. Он показывается только сейчас. Сохраните лист восстановления в PDF или распечатайте его и отдайте директору на хранение в сейф. Не фотографируйте его и не храните на флешке.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="300" />
        <source>Save the recovery sheet (PDF)…</source>
        <translation>Сохранить лист (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="303" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="317" />
        <source>Check the recovery code</source>
        <translation>Проверка кода восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="318" />
        <source>Type the code from the sheet, to be sure it can be read. Dashes and spaces do not matter.</source>
        <translation>Введите код с листа, чтобы убедиться, что он читается. Дефисы и пробелы не важны.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="336" />
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="339" />
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="395" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="412" />
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>Настраивается шифрование. Это займёт несколько секунд…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="440" />
        <source>Setup failed. Nothing was saved. Try again.</source>
        <translation>Настройка не удалась. Ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="450" />
        <source>Kense recovery sheet.pdf</source>
        <translation>Kense лист восстановления.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="456" />
        <source>Save the recovery sheet</source>
        <translation>Сохранить лист восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="457" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="469" />
        <source>Saved: %1. Print it and delete the file after printing.</source>
        <translation>Сохранено: %1. Распечатайте и после печати удалите файл.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="476" />
        <source>Kense recovery sheet</source>
        <translation>Kense: лист восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="477" />
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="498" />
        <source>This is not the code shown on the sheet. Compare it group by group.</source>
        <translation>Это не тот код, что на листе. Сверьте по группам.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="263" />
        <source>The audit log check found a problem. Tell the administrator; details are in the Security section.</source>
        <translation>Проверка журнала аудита нашла проблему. Сообщите администратору; подробности — в разделе Безопасность.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/signin.py" line="57" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="59" />
        <location filename="../../ui/signin.py" line="61" />
        <source>Kense — the school office</source>
        <translation>Kense — канцелярия школы</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="66" />
        <source>Kense is locked. %1 was working.</source>
        <translation>Kense заблокирован. Работал(а): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="71" />
        <source>for example: aigerim</source>
        <translation>например: aigerim</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="76" />
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="77" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="84" />
        <source>Use the recovery code…</source>
        <translation>Использовать код восстановления…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="92" />
        <location filename="../../ui/signin.py" line="179" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="99" />
        <source>Sign in as another user</source>
        <translation>Войти другим пользователем</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="103" />
        <source>Forgot the password or moved to another computer?</source>
        <translation>Забыли пароль или перешли на другой компьютер?</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="127" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="153" />
        <source>Type your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="157" />
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="161" />
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="171" />
        <source>Something unexpected went wrong. Try again; if it repeats, call the person responsible for information security.</source>
        <translation>Произошла непредвиденная ошибка. Попробуйте ещё раз; если повторится, обратитесь к ответственному за защиту информации.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="210" />
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="214" />
        <source>Next attempt possible in %1 s.</source>
        <translation>Следующая попытка через %1 с.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="74" />
        <source>Privacy mode: personal data is hidden.
Press Ctrl+Shift+H to show it again.</source>
        <translation>Режим конфиденциальности: персональные данные скрыты.
Чтобы показать их снова, нажмите Ctrl+Shift+H.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="96" />
        <source>Close the notice</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="106" />
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="108" />
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="121" />
        <source>Sync: not set up</source>
        <translation>Синхронизация: не настроена</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="122" />
        <source>Last backup: none yet</source>
        <translation>Последняя резервная копия: пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="124" />
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="167" />
        <source>&amp;Kense</source>
        <translation>&amp;Kense</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="168" />
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="170" />
        <source>Switch user…</source>
        <translation>Сменить пользователя…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="171" />
        <source>Privacy mode (hide personal data)</source>
        <translation>Режим конфиденциальности (скрыть персональные данные)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="174" />
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="175" />
        <source>&amp;Go to</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="179" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="180" />
        <source>Help for this screen</source>
        <translation>Справка по этому экрану</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="185" />
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="185" />
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="186" />
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="186" />
        <source>teacher</source>
        <translation>учитель</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="218" />
        <source>This section could not be opened. Your data is safe; please tell the administrator.</source>
        <translation>Этот раздел не открылся. Ваши данные в сохранности; сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="246" />
        <source>Kense kept your unsaved work when it locked: %1. Restore it?</source>
        <translation>При блокировке Kense сохранил вашу несохранённую работу: %1. Восстановить?</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="254" />
        <source>Privacy mode</source>
        <translation>Режим конфиденциальности</translation>
    </message>
</context>
</TS>
