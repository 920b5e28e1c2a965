<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <source>You have typed changes that are not saved yet.</source>
        <translation>Сиз киргизген өзгөртүүлөр азырынча сакталган жок.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Жабуудан мурун сактайсызбы?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Өзгөртүүлөрдү таштоо</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артка кайтуу</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 барактын %1-барагы</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Туурасына жайгаштыруу</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Кичирейтүү</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Кийинки барак</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Мурунку барак</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Data protection</source>
        <translation>Маалыматтарды коргоо</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>No open document is assigned to you.</source>
        <translation>Сизге тапшырылган ачык документ жок.</translation>
    </message>
    <message>
        <source>Ask the administrator to make the first backup today (command: kense backup now) and to keep it on a second disk.</source>
        <translation>Администратордон бүгүн биринчи резервдик көчүрмөнү жасап (буйрук: kense backup now), аны экинчи дискте сактоону сураныңыз.</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>Эскертүүлөр (%1)</translation>
    </message>
    <message>
        <source>%1 integrity findings open: see Security</source>
        <translation>%1 бүтүндүк көйгөйү ачык: Коопсуздукту караңыз</translation>
    </message>
    <message>
        <source>%1 failed sign-in attempts since your last sign-in</source>
        <translation>Акыркы киргениңизден бери %1 ийгиликсиз кирүү аракети</translation>
    </message>
    <message>
        <source>Open Sync</source>
        <translation>Синхрондоштурууну ачуу</translation>
    </message>
    <message>
        <source>Sync: everything sent</source>
        <translation>Синхрондоштуруу: баары жөнөтүлдү</translation>
    </message>
    <message>
        <source>Sync: %1 records waiting</source>
        <translation>Синхрондоштуруу: %1 жазуу күтүүдө</translation>
    </message>
    <message>
        <source>Open Sync to see why and send them again.</source>
        <translation>Себебин көрүп, кайра жөнөтүү үчүн «Синхрондоштурууну» ачыңыз.</translation>
    </message>
    <message>
        <source>Sync: %1 records refused</source>
        <translation>Синхрондоштуруу: %1 жазуу кабыл алынган жок</translation>
    </message>
    <message>
        <source>Ask the administrator to connect Kense to the district server.</source>
        <translation>Администратордон Кеңсени райондун серверине туташтырууну сураныңыз.</translation>
    </message>
    <message>
        <source>%1 records wait to be sent. Ask the administrator to connect Kense to the district server.</source>
        <translation>%1 жазуу жөнөтүлүүнү күтүүдө. Администратордон Кеңсени райондун серверине туташтырууну сураныңыз.</translation>
    </message>
    <message>
        <source>Sync with the district: not set up</source>
        <translation>Район менен синхрондоштуруу: жөндөлгөн эмес</translation>
    </message>
    <message>
        <source>Backups are up to date.</source>
        <translation>Резервдик көчүрмөлөр жаңы.</translation>
    </message>
    <message>
        <source>More than a day old: make a backup today.</source>
        <translation>Бир күндөн эски: бүгүн резервдик көчүрмө жасаңыз.</translation>
    </message>
    <message>
        <source>Last verified backup: %1</source>
        <translation>Акыркы текшерилген резервдик көчүрмө: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Резервдик көчүрмө али жок</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>мөөнөтү %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1 бери мөөнөтү өттү</translation>
    </message>
    <message>
        <source>no number yet</source>
        <translation>номери жок</translation>
    </message>
    <message>
        <source>Certificates issued today (%1)</source>
        <translation>Бүгүн берилген маалым каттар (%1)</translation>
    </message>
    <message>
        <source>Numbers held for orders not signed yet: register the signed order under its number.</source>
        <translation>Али кол коюлбаган буйруктар үчүн кармалган номерлер: кол коюлган буйрукту ошол номер менен каттаңыз.</translation>
    </message>
    <message>
        <source>Reserved order numbers (%1)</source>
        <translation>Резервге алынган буйрук номерлери (%1)</translation>
    </message>
    <message>
        <source>Registered incoming letters nobody was assigned yet: open one and press Assign.</source>
        <translation>Катталган, бирок эч кимге тапшырылбаган кирүүчү каттар: ачып, «Тапшырууну» басыңыз.</translation>
    </message>
    <message>
        <source>Letters waiting for an executor (%1)</source>
        <translation>Аткаруучуну күткөн каттар (%1)</translation>
    </message>
    <message>
        <source>Past their due date and not executed. Open one to see who is responsible.</source>
        <translation>Мөөнөтү өтүп, аткарылбаган. Ким жооптуу экенин көрүү үчүн ачыңыз.</translation>
    </message>
    <message>
        <source>Overdue in the office (%1)</source>
        <translation>Мекемеде мөөнөтү өткөндөр (%1)</translation>
    </message>
    <message>
        <source>Documents you are responsible for; overdue ones first.</source>
        <translation>Сиз жооптуу болгон документтер; мөөнөтү өткөндөрү биринчи.</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>Менин тапшырмаларым (%1)</translation>
    </message>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>Бүгүн көңүл бура турган иш жок.</translation>
    </message>
    <message>
        <source>The list could not be read. Your data is safe; press Refresh.</source>
        <translation>Тизмени окуу мүмкүн болгон жок. Маалыматыңыз аман; «Жаңылоону» басыңыз.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Бүгүн, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Go back</source>
        <translation>Артка кайтуу</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <source>Register the document</source>
        <translation>Документти каттоо</translation>
    </message>
    <message>
        <source>The registration number is taken for good: it is never given to another document, even if this one is corrected later.</source>
        <translation>Каттоо номери биротоло берилет: бул документ кийин оңдолсо да, ал номер башка документке берилбейт.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Файлдар: %1</translation>
    </message>
    <message>
        <source>Correspondent: %1</source>
        <translation>Корреспондент: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Темасы: %1</translation>
    </message>
    <message>
        <source>Register in the %1 register?</source>
        <translation>«%1» журналына каттайлыбы?</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>Close sign-in…</source>
        <translation>Кирүүнү жабуу…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Show the data again</source>
        <translation>Маалыматты кайра көрсөтүү</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Shown for %1 s, then hidden again. This is recorded in the audit log.</source>
        <translation>%1 секунд көрсөтүлүп, кайра жашырылат. Бул аудит журналына жазылат.</translation>
    </message>
    <message>
        <source>Show hidden data</source>
        <translation>Жашырылганды көрсөтүү</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Кайра жашыруу</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдын &amp;түрү:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Файлдар (%1)</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Папканы табуу</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар папкасы</translation>
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
        <translation>'%1' чын эле өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңы папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңы папка</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгөртүү</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жашырылган файлдарды көрсөтүү</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Акыркы жерлер</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Башкача сактоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Тандоо</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Filling the demo school…</source>
        <translation>Демо мектеп толтурулууда…</translation>
    </message>
    <message>
        <source>Demo school: %1 %p%</source>
        <translation>Демо: %1 %p%</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>окуучулар</translation>
    </message>
    <message>
        <source>letters and orders</source>
        <translation>документтер</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Data protection</source>
        <translation>Маалыматтарды коргоо</translation>
    </message>
</context>
</TS>
