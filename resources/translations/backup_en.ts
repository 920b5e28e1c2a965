<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupController</name>
    <message>
        <source>Verified backup: unknown</source>
        <translation>Verified backup: unknown</translation>
    </message>
    <message>
        <source>Verified backup: none yet</source>
        <translation>Verified backup: none yet</translation>
    </message>
    <message>
        <source>Verified backup: %1</source>
        <translation>Verified backup: %1</translation>
    </message>
    <message>
        <source>older than 7 days!</source>
        <translation>older than 7 days!</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancel the backup</translation>
    </message>
    <message>
        <source>Automatic backup…</source>
        <translation>Automatic backup…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>Making a backup before closing…</translation>
    </message>
    <message>
        <source>The check found damage in the database.</source>
        <translation>The check found damage in the database.</translation>
    </message>
    <message>
        <source>The restore failed; nothing was changed.</source>
        <translation>The restore failed; nothing was changed.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>What changed since the backup cannot be read from the damaged audit log.</source>
        <translation>What changed since the backup cannot be read from the damaged audit log.</translation>
    </message>
    <message>
        <source>Nothing was changed since this backup.</source>
        <translation>Nothing was changed since this backup.</translation>
    </message>
    <message>
        <source>Restoring loses %1 changes recorded in the audit log since this backup.</source>
        <translation>Restoring loses %1 changes recorded in the audit log since this backup.</translation>
    </message>
    <message>
        <source>The latest:</source>
        <translation>The latest:</translation>
    </message>
    <message>
        <source>The database is damaged and there is no verified backup. Tell the administrator.</source>
        <translation>The database is damaged and there is no verified backup. Tell the administrator.</translation>
    </message>
    <message>
        <source>The database is damaged. The last verified backup is from %1.</source>
        <translation>The database is damaged. The last verified backup is from %1.</translation>
    </message>
    <message>
        <source>Restore it…</source>
        <translation>Restore it…</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Use this folder</translation>
    </message>
    <message>
        <source>Register as the school's backup drive</source>
        <translation>Register as the school's backup drive</translation>
    </message>
    <message>
        <source>Only a registered removable drive may hold backups (regulation 6.5).</source>
        <translation>Only a registered removable drive may hold backups (regulation 6.5).</translation>
    </message>
    <message>
        <source>Back up by itself (first sign-in of the day, closing after changes)</source>
        <translation>Back up by itself (first sign-in of the day, closing after changes)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup is made by itself at the first sign-in of each day and when Kense closes after changes. Each copy is checked before it counts; 7 daily, 4 weekly and 12 monthly copies are kept.</source>
        <translation>A backup is made by itself at the first sign-in of each day and when Kense closes after changes. Each copy is checked before it counts; 7 daily, 4 weekly and 12 monthly copies are kept.</translation>
    </message>
    <message>
        <source>Suggested (another disk, when there is one): %1</source>
        <translation>Suggested (another disk, when there is one): %1</translation>
    </message>
    <message>
        <source>No verified backup yet.</source>
        <translation>No verified backup yet.</translation>
    </message>
    <message>
        <source>Last verified backup: %1</source>
        <translation>Last verified backup: %1</translation>
    </message>
    <message>
        <source>older than 7 days!</source>
        <translation>older than 7 days!</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>Backups will go to this folder.</source>
        <translation>Backups will go to this folder.</translation>
    </message>
    <message>
        <source>This drive is now the school's backup drive.</source>
        <translation>This drive is now the school's backup drive.</translation>
    </message>
    <message>
        <source>A backup is already being made.</source>
        <translation>A backup is already being made.</translation>
    </message>
    <message>
        <source>Backing up… (progress in the status bar)</source>
        <translation>Backing up… (progress in the status bar)</translation>
    </message>
    <message>
        <source>Checking every page of the backup…</source>
        <translation>Checking every page of the backup…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>a folder kense-….kbak</source>
        <translation>a folder kense-….kbak</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>With the recovery code (a new computer)</source>
        <translation>With the recovery code (a new computer)</translation>
    </message>
    <message>
        <source>With a login and password valid when the backup was made (this computer)</source>
        <translation>With a login and password valid when the backup was made (this computer)</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The restored copy is checked first; the current data, if any, is kept aside in a folder beside it, never deleted.</source>
        <translation>The restored copy is checked first; the current data, if any, is kept aside in a folder beside it, never deleted.</translation>
    </message>
    <message>
        <source>Choose the backup folder (kense-….kbak)</source>
        <translation>Choose the backup folder (kense-….kbak)</translation>
    </message>
    <message>
        <source>Choose the backup first.</source>
        <translation>Choose the backup first.</translation>
    </message>
    <message>
        <source>The data on this computer is newer than the backup: %1 audit-log entries were made after it. Restoring loses those changes (the current data is kept aside). Restore anyway?</source>
        <translation>The data on this computer is newer than the backup: %1 audit-log entries were made after it. Restoring loses those changes (the current data is kept aside). Restore anyway?</translation>
    </message>
    <message>
        <source>The data on this computer belongs to another database. It will be kept aside and replaced by the backup. Restore anyway?</source>
        <translation>The data on this computer belongs to another database. It will be kept aside and replaced by the backup. Restore anyway?</translation>
    </message>
    <message>
        <source>The restore failed; nothing was changed.</source>
        <translation>The restore failed; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Last verified backup:</source>
        <translation>Last verified backup:</translation>
    </message>
    <message>
        <source>none yet — make one on the Backups page</source>
        <translation>none yet — make one on the Backups page</translation>
    </message>
    <message>
        <source>%1 — older than 7 days!</source>
        <translation>%1 — older than 7 days!</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The database cannot be opened; the restore replaces it with the backup and keeps the damaged copy aside.</source>
        <translation>The database cannot be opened; the restore replaces it with the backup and keeps the damaged copy aside.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Replacing the school's old computer? Restore its data from a backup with the recovery sheet instead of setting up a new school.</source>
        <translation>Replacing the school's old computer? Restore its data from a backup with the recovery sheet instead of setting up a new school.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
</context>
</TS>
