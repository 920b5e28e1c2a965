<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>BackupController</name>
    <message>
        <source>Verified backup: unknown</source>
        <translation>Текшерилген көчүрмө: белгисиз</translation>
    </message>
    <message>
        <source>Verified backup: none yet</source>
        <translation>Текшерилген көчүрмө: азырынча жок</translation>
    </message>
    <message>
        <source>Verified backup: %1</source>
        <translation>Текшерилген көчүрмө: %1</translation>
    </message>
    <message>
        <source>older than 7 days!</source>
        <translation>7 күндөн эски!</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Камдык көчүрмөнү токтотуу</translation>
    </message>
    <message>
        <source>Automatic backup…</source>
        <translation>Автоматтык камдык көчүрмө…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Камдык көчүрмө жасалууда…</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>Жабуудан мурун камдык көчүрмө жасалууда…</translation>
    </message>
    <message>
        <source>The check found damage in the database.</source>
        <translation>Текшерүү маалымат базасында бузулууну тапты.</translation>
    </message>
    <message>
        <source>The restore failed; nothing was changed.</source>
        <translation>Калыбына келтирүү ишке ашкан жок; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Камдык көчүрмө калыбына келтирилүүдө…</translation>
    </message>
    <message>
        <source>What changed since the backup cannot be read from the damaged audit log.</source>
        <translation>Көчүрмөдөн кийин эмне өзгөргөнүн бузулган аудит журналынан окууга болбойт.</translation>
    </message>
    <message>
        <source>Nothing was changed since this backup.</source>
        <translation>Бул көчүрмөдөн кийин эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Restoring loses %1 changes recorded in the audit log since this backup.</source>
        <translation>Калыбына келтирүү бул көчүрмөдөн кийин аудит журналына жазылган %1 өзгөртүүнү жоготот.</translation>
    </message>
    <message>
        <source>The latest:</source>
        <translation>Акыркылары:</translation>
    </message>
    <message>
        <source>The database is damaged and there is no verified backup. Tell the administrator.</source>
        <translation>Маалымат базасы бузулган жана текшерилген камдык көчүрмө жок. Администраторго кабарлаңыз.</translation>
    </message>
    <message>
        <source>The database is damaged. The last verified backup is from %1.</source>
        <translation>Маалымат базасы бузулган. Акыркы текшерилген камдык көчүрмө: %1.</translation>
    </message>
    <message>
        <source>Restore it…</source>
        <translation>Аны калыбына келтирүү…</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Бул папканы колдонуу</translation>
    </message>
    <message>
        <source>Register as the school's backup drive</source>
        <translation>Мектептин камдык диски катары каттоо</translation>
    </message>
    <message>
        <source>Only a registered removable drive may hold backups (regulation 6.5).</source>
        <translation>Камдык көчүрмөлөр катталган алынуучу дискте гана сакталат (жобо 6.5).</translation>
    </message>
    <message>
        <source>Back up by itself (first sign-in of the day, closing after changes)</source>
        <translation>Өзү камдык көчүрмө жасасын (күндүн биринчи кирүүсүндө, өзгөртүүлөрдөн кийин жабууда)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Камдык көчүрмөлөр папкасы</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Азыр көчүрмө жасоо</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Калыбына келтирүү…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>A backup is made by itself at the first sign-in of each day and when Kense closes after changes. Each copy is checked before it counts; 7 daily, 4 weekly and 12 monthly copies are kept.</source>
        <translation>Камдык көчүрмө ар бир күндүн биринчи кирүүсүндө жана өзгөртүүлөрдөн кийин Kense жабылганда өзү жасалат. Ар бир көчүрмө эсептелгенге чейин текшерилет; 7 күндүк, 4 апталык жана 12 айлык көчүрмө сакталат.</translation>
    </message>
    <message>
        <source>Suggested (another disk, when there is one): %1</source>
        <translation>Сунушталган (башка диск, бар болсо): %1</translation>
    </message>
    <message>
        <source>No verified backup yet.</source>
        <translation>Текшерилген камдык көчүрмө азырынча жок.</translation>
    </message>
    <message>
        <source>Last verified backup: %1</source>
        <translation>Акыркы текшерилген камдык көчүрмө: %1</translation>
    </message>
    <message>
        <source>older than 7 days!</source>
        <translation>7 күндөн эски!</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалган</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Аудит жазуулары</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>текшерилген</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>текшерилген эмес</translation>
    </message>
    <message>
        <source>Backups will go to this folder.</source>
        <translation>Камдык көчүрмөлөр ушул папкага жазылат.</translation>
    </message>
    <message>
        <source>This drive is now the school's backup drive.</source>
        <translation>Бул диск эми мектептин камдык диски.</translation>
    </message>
    <message>
        <source>A backup is already being made.</source>
        <translation>Камдык көчүрмө азыр эле жасалууда.</translation>
    </message>
    <message>
        <source>Backing up… (progress in the status bar)</source>
        <translation>Көчүрмө жасалууда… (жүрүшү абал тилкесинде)</translation>
    </message>
    <message>
        <source>Checking every page of the backup…</source>
        <translation>Көчүрмөнүн ар бир барагы текшерилүүдө…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <source>a folder kense-….kbak</source>
        <translation>kense-….kbak папкасы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>With the recovery code (a new computer)</source>
        <translation>Калыбына келтирүү коду менен (жаңы компьютер)</translation>
    </message>
    <message>
        <source>With a login and password valid when the backup was made (this computer)</source>
        <translation>Көчүрмө жасалган убакта жарактуу логин жана сырсөз менен (ушул компьютер)</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Камдык көчүрмө:</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Калыбына келтирүү коду:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <source>The restored copy is checked first; the current data, if any, is kept aside in a folder beside it, never deleted.</source>
        <translation>Калыбына келтирилген көчүрмө алгач текшерилет; учурдагы маалымат (бар болсо) жанындагы папкага четке коюлат, эч качан өчүрүлбөйт.</translation>
    </message>
    <message>
        <source>Choose the backup folder (kense-….kbak)</source>
        <translation>Камдык көчүрмө папкасын тандаңыз (kense-….kbak)</translation>
    </message>
    <message>
        <source>Choose the backup first.</source>
        <translation>Адегенде камдык көчүрмөнү тандаңыз.</translation>
    </message>
    <message>
        <source>The data on this computer is newer than the backup: %1 audit-log entries were made after it. Restoring loses those changes (the current data is kept aside). Restore anyway?</source>
        <translation>Бул компьютердеги маалымат көчүрмөдөн жаңыраак: андан кийин %1 аудит жазуусу жасалган. Калыбына келтирүү ал өзгөртүүлөрдү жоготот (учурдагы маалымат четке коюлат). Баары бир калыбына келтиресизби?</translation>
    </message>
    <message>
        <source>The data on this computer belongs to another database. It will be kept aside and replaced by the backup. Restore anyway?</source>
        <translation>Бул компьютердеги маалымат башка маалымат базасына таандык. Ал четке коюлуп, көчүрмө менен алмаштырылат. Баары бир калыбына келтиресизби?</translation>
    </message>
    <message>
        <source>The restore failed; nothing was changed.</source>
        <translation>Калыбына келтирүү ишке ашкан жок; эч нерсе өзгөргөн жок.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Last verified backup:</source>
        <translation>Акыркы текшерилген камдык көчүрмө:</translation>
    </message>
    <message>
        <source>none yet — make one on the Backups page</source>
        <translation>азырынча жок — «Камдык көчүрмөлөр» бетинде жасаңыз</translation>
    </message>
    <message>
        <source>%1 — older than 7 days!</source>
        <translation>%1 — 7 күндөн эски!</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Restore from a backup…</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The database cannot be opened; the restore replaces it with the backup and keeps the damaged copy aside.</source>
        <translation>Маалымат базасы ачылбайт; калыбына келтирүү аны камдык көчүрмө менен алмаштырат, бузулган нускасы четке коюлат.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Replacing the school's old computer? Restore its data from a backup with the recovery sheet instead of setting up a new school.</source>
        <translation>Мектептин эски компьютерин алмаштырып жатасызбы? Жаңы мектеп түзүүнүн ордуна анын маалыматын калыбына келтирүү барагы менен камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү…</translation>
    </message>
</context>
</TS>
