<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="53"/>
        <source>Study certificates for a whole class</source>
        <translation>Бүтүндөй класска окуу жайынан маалым каттар</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="54"/>
        <source>Class lists of all classes</source>
        <translation>Бардык класстардын тизмелери</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="62"/>
        <source>empty: “to whom it may concern”</source>
        <translation>бош болсо: «талап кылынган жерге»</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="70"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="71"/>
        <source>Purpose:</source>
        <translation>Кайда берилет:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="76"/>
        <source>Language:</source>
        <translation>Тили:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="86"/>
        <source>Make the PDF…</source>
        <translation>PDF түзүү…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="91"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="101"/>
        <source>Every pupil of the class gets a numbered certificate; all of them go into one PDF file.</source>
        <translation>Класстын ар бир окуучусуна номерленген маалым кат берилет; баары бир PDF файлга түшөт.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="104"/>
        <source>The lists of every class of the current school year in one PDF file.</source>
        <translation>Учурдагы окуу жылынын бардык класстарынын тизмелери бир PDF файлда.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="129"/>
        <source>Choose a class.</source>
        <translation>Классты тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="142"/>
        <source>Working…</source>
        <translation>Аткарылууда…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="153"/>
        <source>Cancelling…</source>
        <translation>Токтотулууда…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="171"/>
        <location filename="../../ui/certificates/batch_dialog.py" line="191"/>
        <source>Cancelled: nothing was issued or saved.</source>
        <translation>Токтотулду: эч нерсе берилген жок жана сакталган жок.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="182"/>
        <source>Saved: %1</source>
        <translation>Сакталды: %1</translation>
    </message>
</context>
<context>
    <name>CertificateRecordAction</name>
    <message>
        <location filename="../../ui/certificates/record_action.py" line="20"/>
        <source>Issue certificate…</source>
        <translation>Маалым кат берүү…</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../ui/certificates/common.py" line="26"/>
        <source>Something went wrong. Nothing was changed; please try again or tell the administrator.</source>
        <translation>Бир нерсе туура эмес болду. Эч нерсе өзгөргөн жок; кайра аракет кылыңыз же администраторго кабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/common.py" line="112"/>
        <source>Save as PDF</source>
        <translation>PDF катары сактоо</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="48"/>
        <source>Study certificate</source>
        <translation>Окуу жайынан маалым кат</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="49"/>
        <source>Employment certificate</source>
        <translation>Иш ордунан маалым кат</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="50"/>
        <source>Transfer confirmation</source>
        <translation>Которулуу тууралуу ырастама</translation>
    </message>
</context>
<context>
    <name>CertificatesSection</name>
    <message>
        <location filename="../../ui/certificates/section.py" line="113"/>
        <source>All certificates</source>
        <translation>Бардык маалым каттар</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="126"/>
        <source>Valid and void</source>
        <translation>Жарактуу жана жараксыз</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="127"/>
        <source>Valid only</source>
        <translation>Жарактуулар гана</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="128"/>
        <source>Void only</source>
        <translation>Жараксыздар гана</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="131"/>
        <source>Name or number</source>
        <translation>Аты-жөнү же номери</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="142"/>
        <source>from</source>
        <translation>башы</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="144"/>
        <source>to</source>
        <translation>аягы</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="178"/>
        <source>Issue a certificate…</source>
        <translation>Маалым кат берүү…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="180"/>
        <source>Reprint</source>
        <translation>Кайра басып чыгаруу</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="181"/>
        <source>Void…</source>
        <translation>Жараксыз кылуу…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="182"/>
        <source>Check a QR code…</source>
        <translation>QR кодду текшерүү…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="183"/>
        <source>Certificates for a whole class…</source>
        <translation>Бүтүндөй класска маалым каттар…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="185"/>
        <source>Class lists of all classes…</source>
        <translation>Бардык класстардын тизмелери…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="187"/>
        <source>Pupil movement report…</source>
        <translation>Окуучулардын кыймылы боюнча отчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="189"/>
        <source>Consent form…</source>
        <translation>Макулдук формасы…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="196"/>
        <source>Print:</source>
        <translation>Басып чыгаруу:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="203"/>
        <source>Issued certificates</source>
        <translation>Берилген маалым каттар</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="231"/>
        <source>Shown: %1</source>
        <translation>Көрсөтүлдү: %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="282"/>
        <source>Certificate № %1</source>
        <translation>Маалым кат № %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="332"/>
        <source>Pupil movement report</source>
        <translation>Окуучулардын кыймылы боюнча отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="347"/>
        <source>Consent form</source>
        <translation>Макулдук формасы</translation>
    </message>
</context>
<context>
    <name>IssueCertificateDialog</name>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="70"/>
        <source>Issue a certificate</source>
        <translation>Маалым кат берүү</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="96"/>
        <source>Standard: “to whom it may concern”</source>
        <translation>Кадимкидей: «талап кылынган жерге»</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="98"/>
        <source>For:</source>
        <translation>Кайда:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="107"/>
        <source>e.g. the social fund, the polyclinic</source>
        <translation>мисалы, Социалдык фонд, поликлиника</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="115"/>
        <source>Person:</source>
        <translation>Ким:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="116"/>
        <source>Certificate:</source>
        <translation>Маалым кат:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="117"/>
        <source>Language of the certificate:</source>
        <translation>Маалым каттын тили:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="118"/>
        <source>Purpose:</source>
        <translation>Кайда берилет:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="128"/>
        <source>Issue and print…</source>
        <translation>Берүү жана басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="130"/>
        <source>Issue and save as PDF…</source>
        <translation>Берүү жана PDF катары сактоо…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="132"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="162"/>
        <source>Your role does not allow issuing certificates.</source>
        <translation>Сиздин ролуңуз маалым кат берүүгө уруксат бербейт.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="183"/>
        <source>Preview: the number and the QR code are given when you print or save.</source>
        <translation>Алдын ала көрүү: номер жана QR код басып чыгарганда же сактаганда гана берилет.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="209"/>
        <source>Certificate</source>
        <translation>Маалым кат</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="217"/>
        <source>Certificate № %1 issued and sent to the printer.</source>
        <translation>№ %1 маалым кат берилди жана принтерге жөнөтүлдү.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="238"/>
        <source>The certificate is issued; reprint it from the register.</source>
        <translation>Маалым кат берилди; аны реестрден кайра басып чыгарыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="240"/>
        <source>Certificate № %1 issued and saved: %2</source>
        <translation>№ %1 маалым кат берилди жана сакталды: %2</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="30"/>
        <source>Pages: %1</source>
        <translation>Барактар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="32"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="34"/>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="62"/>
        <source>Sent to the printer.</source>
        <translation>Принтерге жөнөтүлдү.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="76"/>
        <source>Saved: %1</source>
        <translation>Сакталды: %1</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="217"/>
        <source>Pupil movement report</source>
        <translation>Окуучулардын кыймылы боюнча отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="233"/>
        <source>From:</source>
        <translation>Башталышы:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="234"/>
        <source>To:</source>
        <translation>Аягы:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="235"/>
        <source>Language:</source>
        <translation>Тили:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="241"/>
        <source>The start of the period is after its end.</source>
        <translation>Мезгилдин башталышы анын аягынан кийин турат.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="142"/>
        <source>Choose a person</source>
        <translation>Адамды тандоо</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="146"/>
        <source>Pupil</source>
        <translation>Окуучу</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="146"/>
        <source>Staff member</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="151"/>
        <source>Surname or name</source>
        <translation>Фамилиясы же аты</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="162"/>
        <source>Who:</source>
        <translation>Ким:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="163"/>
        <source>Search:</source>
        <translation>Издөө:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="200"/>
        <source>Type at least two letters of the name and choose a person.</source>
        <translation>Аты-жөнүнүн жок дегенде эки тамгасын жазып, адамды тандаңыз.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Certificate</source>
        <translation>Маалым кат</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Issued to</source>
        <translation>Кимге берилди</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="54"/>
        <source>Purpose</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="54"/>
        <source>Issued by</source>
        <translation>Ким берди</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="54"/>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="88"/>
        <source>void</source>
        <translation>жараксыз</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="88"/>
        <source>valid</source>
        <translation>жарактуу</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="90"/>
        <source>to whom it may concern</source>
        <translation>талап кылынган жерге</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="93"/>
        <source>Void: %1</source>
        <translation>Жараксыз: %1</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="87"/>
        <source>Check a certificate</source>
        <translation>Маалым катты текшерүү</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="97"/>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="102"/>
        <source>Scan the QR code into this field, or type the text printed under it.</source>
        <translation>QR кодду ушул талаага сканерлеңиз же анын астындагы текстти жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="116"/>
        <source>Genuine: %1 № %2 of %3, issued to %4.</source>
        <translation>Чыныгы: %1 № %2, %3, кимге берилди: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="118"/>
        <source>VOID: %1 № %2 of %3 (%4) was voided. Reason: %5</source>
        <translation>ЖАРАКСЫЗ: %1 № %2, %3 (%4) жараксыз кылынган. Себеби: %5</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="120"/>
        <source>NOT IN THE REGISTER: the code is genuine, but the register has no certificate № %2 of %3. The database may have been restored from an old copy: tell the administrator.</source>
        <translation>РЕЕСТРДЕ ЖОК: код чыныгы, бирок реестрде %3 күнкү № %2 маалым кат жок. База эски көчүрмөдөн калыбына келтирилген болушу мүмкүн: администраторго кабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="123"/>
        <source>NOT A KENSE CERTIFICATE CODE: check that the whole text was scanned.</source>
        <translation>БУЛ KENSE МААЛЫМ КАТЫНЫН КОДУ ЭМЕС: текст толук сканерленгенин текшериңиз.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="125"/>
        <source>FORGED: this code was not issued by this school&apos;s Kense.</source>
        <translation>ЖАСАЛМА: бул кодду ушул мектептин Kense программасы берген эмес.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="41"/>
        <source>Void certificate № %1</source>
        <translation>№ %1 маалым катты жараксыз кылуу</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="48"/>
        <source>e.g. a mistake in the name; issued again as № …</source>
        <translation>мисалы, аты-жөнүндө ката; кайра № … менен берилди</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="52"/>
        <source>Void</source>
        <translation>Жараксыз кылуу</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="56"/>
        <source>A void certificate keeps its number; checking its QR code will say it is void and why. This cannot be undone.</source>
        <translation>Жараксыз кылынган маалым кат өз номерин сактайт; QR кодун текшергенде анын жараксыз экени жана себеби көрсөтүлөт. Муну артка кайтаруу мүмкүн эмес.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="59"/>
        <source>Reason:</source>
        <translation>Себеби:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="70"/>
        <source>Please write why the certificate is void.</source>
        <translation>Маалым кат эмне үчүн жараксыз кылынганын жазыңыз.</translation>
    </message>
</context>
</TS>
