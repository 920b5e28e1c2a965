<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BackupController</name>
    <message>
        <source>Verified backup: unknown</source>
        <translation>Проверенная копия: неизвестно</translation>
    </message>
    <message>
        <source>Verified backup: none yet</source>
        <translation>Проверенная копия: пока нет</translation>
    </message>
    <message>
        <source>Verified backup: %1</source>
        <translation>Проверенная копия: %1</translation>
    </message>
    <message>
        <source>older than 7 days!</source>
        <translation>старше 7 дней!</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Прервать резервное копирование</translation>
    </message>
    <message>
        <source>Automatic backup…</source>
        <translation>Автоматическое резервное копирование…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>Перед закрытием создаётся резервная копия…</translation>
    </message>
    <message>
        <source>The check found damage in the database.</source>
        <translation>Проверка обнаружила повреждение базы данных.</translation>
    </message>
    <message>
        <source>The restore failed; nothing was changed.</source>
        <translation>Восстановление не удалось; ничего не изменено.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Идёт восстановление из копии…</translation>
    </message>
    <message>
        <source>What changed since the backup cannot be read from the damaged audit log.</source>
        <translation>Что изменилось после копии, нельзя прочитать из повреждённого журнала аудита.</translation>
    </message>
    <message>
        <source>Nothing was changed since this backup.</source>
        <translation>После этой копии ничего не менялось.</translation>
    </message>
    <message>
        <source>Restoring loses %1 changes recorded in the audit log since this backup.</source>
        <translation>Восстановление потеряет %1 изменений, записанных в журнал аудита после этой копии.</translation>
    </message>
    <message>
        <source>The latest:</source>
        <translation>Последние:</translation>
    </message>
    <message>
        <source>The database is damaged and there is no verified backup. Tell the administrator.</source>
        <translation>База данных повреждена, а проверенной копии нет. Сообщите администратору.</translation>
    </message>
    <message>
        <source>The database is damaged. The last verified backup is from %1.</source>
        <translation>База данных повреждена. Последняя проверенная копия от %1.</translation>
    </message>
    <message>
        <source>Restore it…</source>
        <translation>Восстановить её…</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Использовать эту папку</translation>
    </message>
    <message>
        <source>Register as the school's backup drive</source>
        <translation>Зарегистрировать как диск копий школы</translation>
    </message>
    <message>
        <source>Only a registered removable drive may hold backups (regulation 6.5).</source>
        <translation>Копии можно хранить только на зарегистрированном съёмном диске (положение 6.5).</translation>
    </message>
    <message>
        <source>Back up by itself (first sign-in of the day, closing after changes)</source>
        <translation>Делать копии автоматически (при первом входе за день и при закрытии после изменений)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A backup is made by itself at the first sign-in of each day and when Kense closes after changes. Each copy is checked before it counts; 7 daily, 4 weekly and 12 monthly copies are kept.</source>
        <translation>Копия создаётся сама при первом входе за день и при закрытии Kense после изменений. Каждая копия проверяется, прежде чем засчитывается; хранятся 7 ежедневных, 4 еженедельных и 12 ежемесячных копий.</translation>
    </message>
    <message>
        <source>Suggested (another disk, when there is one): %1</source>
        <translation>Предлагается (другой диск, если есть): %1</translation>
    </message>
    <message>
        <source>No verified backup yet.</source>
        <translation>Проверенной копии пока нет.</translation>
    </message>
    <message>
        <source>Last verified backup: %1</source>
        <translation>Последняя проверенная копия: %1</translation>
    </message>
    <message>
        <source>older than 7 days!</source>
        <translation>старше 7 дней!</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записей аудита</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <source>Backups will go to this folder.</source>
        <translation>Копии будут сохраняться в эту папку.</translation>
    </message>
    <message>
        <source>This drive is now the school's backup drive.</source>
        <translation>Этот диск теперь диск копий школы.</translation>
    </message>
    <message>
        <source>A backup is already being made.</source>
        <translation>Копия уже создаётся.</translation>
    </message>
    <message>
        <source>Backing up… (progress in the status bar)</source>
        <translation>Создаётся копия… (ход — в строке состояния)</translation>
    </message>
    <message>
        <source>Checking every page of the backup…</source>
        <translation>Проверяется каждая страница копии…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>a folder kense-….kbak</source>
        <translation>папка kense-….kbak</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>With the recovery code (a new computer)</source>
        <translation>С кодом восстановления (новый компьютер)</translation>
    </message>
    <message>
        <source>With a login and password valid when the backup was made (this computer)</source>
        <translation>С логином и паролем, действовавшими на момент копии (этот компьютер)</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Код восстановления:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>The restored copy is checked first; the current data, if any, is kept aside in a folder beside it, never deleted.</source>
        <translation>Восстановленная копия сначала проверяется; текущие данные, если есть, откладываются в папку рядом и никогда не удаляются.</translation>
    </message>
    <message>
        <source>Choose the backup folder (kense-….kbak)</source>
        <translation>Выберите папку копии (kense-….kbak)</translation>
    </message>
    <message>
        <source>Choose the backup first.</source>
        <translation>Сначала выберите копию.</translation>
    </message>
    <message>
        <source>The data on this computer is newer than the backup: %1 audit-log entries were made after it. Restoring loses those changes (the current data is kept aside). Restore anyway?</source>
        <translation>Данные на этом компьютере новее копии: после неё сделано %1 записей аудита. Восстановление потеряет эти изменения (текущие данные будут отложены). Всё равно восстановить?</translation>
    </message>
    <message>
        <source>The data on this computer belongs to another database. It will be kept aside and replaced by the backup. Restore anyway?</source>
        <translation>Данные на этом компьютере принадлежат другой базе. Они будут отложены и заменены копией. Всё равно восстановить?</translation>
    </message>
    <message>
        <source>The restore failed; nothing was changed.</source>
        <translation>Восстановление не удалось; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Last verified backup:</source>
        <translation>Последняя проверенная копия:</translation>
    </message>
    <message>
        <source>none yet — make one on the Backups page</source>
        <translation>пока нет — создайте на странице «Резервные копии»</translation>
    </message>
    <message>
        <source>%1 — older than 7 days!</source>
        <translation>%1 — старше 7 дней!</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The database cannot be opened; the restore replaces it with the backup and keeps the damaged copy aside.</source>
        <translation>База данных не открывается; восстановление заменит её копией, а повреждённый экземпляр отложит в сторону.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Replacing the school's old computer? Restore its data from a backup with the recovery sheet instead of setting up a new school.</source>
        <translation>Заменяете старый компьютер школы? Восстановите его данные из резервной копии с листом восстановления вместо настройки новой школы.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
</context>
</TS>
