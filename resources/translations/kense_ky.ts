<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/documents/card.py" line="55"/>
        <source>Assign to</source>
        <translation>Дайындоо</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="65"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="70"/>
        <source>Person responsible:</source>
        <translation>Жооптуу адам:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="71"/>
        <source>Due date:</source>
        <translation>Аткаруу мөөнөтү:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="72"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="90"/>
        <source>Write the date as 01.09.2025.</source>
        <translation>Күндү 01.09.2025 түрүндө жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="93"/>
        <source>The due date cannot be before the registration date.</source>
        <translation>Аткаруу мөөнөтү каттоо күнүнөн мурун боло албайт.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="96"/>
        <source>Choose the person responsible.</source>
        <translation>Жооптуу адамды тандаңыз.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="33"/>
        <source>Correct the registration of %1</source>
        <translation>%1 каттоосун оңдоо</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="47"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="50"/>
        <source>e.g. a typing error in the subject</source>
        <translation>мисалы, темадагы жазуу катасы</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="52"/>
        <source>Subject:</source>
        <translation>Темасы:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="53"/>
        <source>Summary:</source>
        <translation>Кыскача мазмуну:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="54"/>
        <source>Correspondent:</source>
        <translation>Корреспондент:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="55"/>
        <source>Sender&apos;s number:</source>
        <translation>Жөнөтүүчүнүн номери:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="56"/>
        <source>Sender&apos;s date:</source>
        <translation>Жөнөтүүчүнүн датасы:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="57"/>
        <source>Reason for the correction:</source>
        <translation>Оңдоонун себеби:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="89"/>
        <source>Say why the registration is corrected.</source>
        <translation>Каттоо эмне үчүн оңдолуп жатканын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="95"/>
        <source>The sender&apos;s date is not a date (dd.mm.yyyy).</source>
        <translation>Жөнөтүүчүнүн датасы туура эмес (кк.аа.жжжж).</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <location filename="../../ui/documents/card.py" line="116"/>
        <source>← Back to the register</source>
        <translation>← Журналга кайтуу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="129"/>
        <source>Registration</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="132"/>
        <source>Registration date:</source>
        <translation>Каттоо күнү:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="132"/>
        <source>Correspondent:</source>
        <translation>Корреспондент:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="133"/>
        <source>Sender&apos;s number and date:</source>
        <translation>Жөнөтүүчүнүн номери жана күнү:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="133"/>
        <source>Subject:</source>
        <translation>Темасы:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="134"/>
        <source>Summary:</source>
        <translation>Кыскача мазмуну:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="134"/>
        <source>Responsible:</source>
        <translation>Жооптуу:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="135"/>
        <source>Due date:</source>
        <translation>Аткаруу мөөнөтү:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="135"/>
        <source>Access:</source>
        <translation>Жеткиликтүүлүк:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="136"/>
        <source>Linked letters:</source>
        <translation>Байланышкан каттар:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="148"/>
        <source>No files attached.</source>
        <translation>Тиркелген файл жок.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="150"/>
        <source>View</source>
        <translation>Көрүү</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="153"/>
        <source>Open in another program</source>
        <translation>Башка программада ачуу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="156"/>
        <source>Save copies…</source>
        <translation>Көчүрмөлөрдү сактоо…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="159"/>
        <source>Attach file…</source>
        <translation>Файл тиркөө…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="166"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="184"/>
        <source>Movement</source>
        <translation>Кыймылы</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="187"/>
        <source>Assign to…</source>
        <translation>Дайындоо…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="190"/>
        <location filename="../../ui/documents/card.py" line="364"/>
        <source>Mark executed</source>
        <translation>Аткарылды деп белгилөө</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="193"/>
        <source>Comment…</source>
        <translation>Комментарий…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="196"/>
        <source>Reply…</source>
        <translation>Жооп…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="199"/>
        <location filename="../../ui/documents/card.py" line="375"/>
        <source>Mark sent</source>
        <translation>Жөнөтүлдү деп белгилөө</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="202"/>
        <source>Correct…</source>
        <translation>Оңдоо…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="205"/>
        <location filename="../../ui/documents/card.py" line="382"/>
        <source>To the archive</source>
        <translation>Архивге</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="208"/>
        <source>Register the signed order…</source>
        <translation>Кол коюлган буйрукту каттоо…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="247"/>
        <source>No. %1 — %2</source>
        <translation>№ %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="248"/>
        <source>overdue</source>
        <translation>мөөнөтү өттү</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="252"/>
        <source>No. %1 of %2</source>
        <translation>№ %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="256"/>
        <source>answers</source>
        <translation>жооп берет</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="257"/>
        <source>reply</source>
        <translation>жообу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="263"/>
        <source>restricted (director and administrator)</source>
        <translation>чектелген (директор жана администратор)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="264"/>
        <source>normal</source>
        <translation>жалпы</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="276"/>
        <source>the content does not match the file name</source>
        <translation>мазмуну файлдын атына дал келбейт</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="292"/>
        <source>due %1</source>
        <translation>мөөнөтү %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="293"/>
        <source>number reserved</source>
        <translation>номер резервде</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="293"/>
        <source>signed</source>
        <translation>кол коюлду</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="365"/>
        <source>What was done (optional):</source>
        <translation>Эмне аткарылды (милдеттүү эмес):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="375"/>
        <source>How it was sent (optional):</source>
        <translation>Кантип жөнөтүлдү (милдеттүү эмес):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="383"/>
        <source>Move %1 to the archive? It can no longer be assigned or executed.</source>
        <translation>%1 архивге өткөрүлсүнбү? Андан кийин аны тапшырууга же аткарылды деп белгилөөгө болбойт.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="411"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="411"/>
        <source>Your comment:</source>
        <translation>Комментарийиңиз:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="458"/>
        <source>Choose a folder for the copies</source>
        <translation>Көчүрмөлөр үчүн папка тандаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="467"/>
        <source>Files saved</source>
        <translation>Файлдар сакталды</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="468"/>
        <source>Saved %1 file(s) into %2.</source>
        <translation>%2 папкасына %1 файл сакталды.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="474"/>
        <source>Choose files to attach</source>
        <translation>Тиркей турган файлдарды тандаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="508"/>
        <source>Attaching files…</source>
        <translation>Файлдар тиркелүүдө…</translation>
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
        <translation>Күнү</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="31"/>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="32"/>
        <source>Subject</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="33"/>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="34"/>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="35"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="41"/>
        <source>number reserved</source>
        <translation>номер резервде</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="42"/>
        <source>registered</source>
        <translation>катталды</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="43"/>
        <source>in progress</source>
        <translation>аткарылууда</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="44"/>
        <source>executed</source>
        <translation>аткарылды</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="45"/>
        <source>sent</source>
        <translation>жөнөтүлдү</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="46"/>
        <source>archived</source>
        <translation>архивде</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="144"/>
        <source>Overdue</source>
        <translation>Мөөнөтү өтүп кетти</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../../ui/documents/texts.py" line="14"/>
        <source>Incoming</source>
        <translation>Кирүүчү</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="15"/>
        <source>Outgoing</source>
        <translation>Чыгуучу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="16"/>
        <source>Internal</source>
        <translation>Ички</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="17"/>
        <source>Orders: main activity</source>
        <translation>Буйруктар: негизги иш</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="18"/>
        <source>Orders: staff</source>
        <translation>Буйруктар: кадрлар</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="19"/>
        <source>Orders: pupils</source>
        <translation>Буйруктар: окуучулар</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="25"/>
        <source>Incoming letter</source>
        <translation>Кирүүчү кат</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="26"/>
        <source>Outgoing letter</source>
        <translation>Чыгуучу кат</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="27"/>
        <source>Internal document</source>
        <translation>Ички документ</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="28"/>
        <source>Order</source>
        <translation>Буйрук</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="34"/>
        <source>registered</source>
        <translation>катталды</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="35"/>
        <source>assigned</source>
        <translation>дайындалды</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="36"/>
        <source>passed on</source>
        <translation>башкага берилди</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="37"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="38"/>
        <source>executed</source>
        <translation>аткарылды</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="39"/>
        <source>sent</source>
        <translation>жөнөтүлдү</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="40"/>
        <source>archived</source>
        <translation>архивде</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="41"/>
        <source>corrected</source>
        <translation>оңдолду</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="49"/>
        <source>Something went wrong. Nothing was changed. If it happens again, tell the administrator.</source>
        <translation>Бир нерсе туура эмес болду. Эч нерсе өзгөргөн жок. Дагы кайталанса, администраторго кабарлаңыз.</translation>
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
        <translation>Документтер</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="63"/>
        <source>Register document…</source>
        <translation>Документти каттоо…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="67"/>
        <source>Reserve order number…</source>
        <translation>Буйруктун номерин резервге алуу…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="71"/>
        <source>Print register…</source>
        <translation>Журналды басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="87"/>
        <source>All</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="88"/>
        <source>My tasks</source>
        <translation>Менин тапшырмаларым</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="96"/>
        <source>Search: subject, summary, correspondent…</source>
        <translation>Издөө: темасы, мазмуну, корреспондент…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="103"/>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="107"/>
        <source>Any time</source>
        <translation>Бардык мезгил</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="107"/>
        <source>This month</source>
        <translation>Ушул ай</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="107"/>
        <source>Last 30 days</source>
        <translation>Акыркы 30 күн</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="108"/>
        <source>This year</source>
        <translation>Ушул жыл</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="108"/>
        <source>Last year</source>
        <translation>Былтыр</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="112"/>
        <source>Any status</source>
        <translation>Бардык абал</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="117"/>
        <source>Anyone responsible</source>
        <translation>Бардык жооптуулар</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="121"/>
        <source>Overdue only</source>
        <translation>Мөөнөтү өткөндөр гана</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="235"/>
        <source>Documents found: %1</source>
        <translation>Табылган документтер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="237"/>
        <source>You have no open tasks.</source>
        <translation>Сизде ачык тапшырма жок.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="239"/>
        <source>Nothing found. Change the search or the filters.</source>
        <translation>Эч нерсе табылган жок. Издөөнү же чыпкаларды өзгөртүңүз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="303"/>
        <source>Reserve order number</source>
        <translation>Буйруктун номерин резервге алуу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="303"/>
        <source>Order book:</source>
        <translation>Буйруктар журналы:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="317"/>
        <source>Number %1 is reserved. When the order is signed, register it here.</source>
        <translation>%1 номери резервге алынды. Буйрукка кол коюлганда, аны ушул жерден каттаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="325"/>
        <source>Registered as No. %1.</source>
        <translation>№ %1 болуп катталды.</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../ui/documents/files.py" line="104"/>
        <source>File preview</source>
        <translation>Файлды көрүү</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="34"/>
        <source>Kense — help</source>
        <translation>Kense — жардам</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <location filename="../../ui/privacy.py" line="140"/>
        <source>Hide</source>
        <translation>Жашыруу</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="140"/>
        <source>Show</source>
        <translation>Көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="142"/>
        <source>Showing personal data is recorded in the audit log.</source>
        <translation>Жеке маалыматты көрсөтүү аудит журналына жазылат.</translation>
    </message>
</context>
<context>
    <name>PrintRegisterDialog</name>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="35"/>
        <source>Print register</source>
        <translation>Журналды басып чыгаруу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="57"/>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="60"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="71"/>
        <source>Register:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="72"/>
        <source>From:</source>
        <translation>Башталышы:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="73"/>
        <source>To:</source>
        <translation>Аягы:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="74"/>
        <source>Language of the printout:</source>
        <translation>Басма тили:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="100"/>
        <source>The file could not be written there. Choose another folder.</source>
        <translation>Файлды ал жерге жазуу мүмкүн болгон жок. Башка папка тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="106"/>
        <source>Save the register as PDF</source>
        <translation>Журналды PDF катары сактоо</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдар (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/tasks.py" line="127"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="52"/>
        <source>&amp;Select All</source>
        <translation>&amp;Баарын белгилөө</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="53"/>
        <source>&amp;Step up</source>
        <translation>&amp;Көбөйтүү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="54"/>
        <source>Step &amp;down</source>
        <translation>&amp;Азайтуу</translation>
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
        <translation>Файлдын &amp;аты:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="58"/>
        <source>Files of type:</source>
        <translation>Файлдын түрү:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="59"/>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="60"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="61"/>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="62"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="63"/>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="64"/>
        <source>Forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="65"/>
        <source>Parent Directory</source>
        <translation>Жогорку папка</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="66"/>
        <source>Create New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="67"/>
        <source>List View</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="68"/>
        <source>Detail View</source>
        <translation>Толук маалымат</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="69"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 мурунтан бар.
Аны алмаштырасызбы?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="70"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="71"/>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="72"/>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="73"/>
        <source>Date Modified</source>
        <translation>Өзгөртүлгөн күнү</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>&amp;OK</source>
        <translation>&amp;Макул</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="32"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>Close without Saving</source>
        <translation>Сактабай жабуу</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесүү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="41"/>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>Select All</source>
        <translation>Баарын белгилөө</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>Show Details...</source>
        <translation>Толугураак...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>Hide Details...</source>
        <translation>Кыскача...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13"/>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14"/>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>Yes to &amp;All</source>
        <translation>Баарына &amp;ооба</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>N&amp;o to All</source>
        <translation>Баарына &amp;жок</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>Retry</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>Ignore</source>
        <translation>Көңүл бурбоо</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Reset</source>
        <translation>Баштапкы абалга</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>Restore Defaults</source>
        <translation>Демейки маанилер</translation>
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
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="45"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="46"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесүү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="48"/>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Шилтемени көчүрүү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="49"/>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="50"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="51"/>
        <source>Select All</source>
        <translation>Баарын белгилөө</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery.py" line="24"/>
        <source>Recovery with the recovery sheet</source>
        <translation>Калыбына келтирүү баракчасы менен кирүү</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="26"/>
        <source>Type the 48-digit code from the recovery sheet kept in the director&apos;s safe, your login and a new password. This also binds the database to this computer account again.</source>
        <translation>Директордун сейфинде сакталган калыбына келтирүү баракчасындагы 48 сандан турган кодду, логиниңизди жана жаңы сырсөздү териңиз. Ошондой эле база бул компьютердин эсебине кайра байланат.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="41"/>
        <source>Recovery code:</source>
        <translation>Калыбына келтирүү коду:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="42"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="43"/>
        <source>New password:</source>
        <translation>Жаңы сырсөз:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="44"/>
        <source>New password again:</source>
        <translation>Жаңы сырсөздү кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="46"/>
        <source>Recover and sign in</source>
        <translation>Калыбына келтирип кирүү</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="71"/>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Күтүлбөгөн ката болду. Эч нерсе өзгөргөн жок.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="100"/>
        <source>Register the signed order No. %1</source>
        <translation>№ %1 кол коюлган буйрукту каттоо</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="102"/>
        <source>Reply to letter No. %1</source>
        <translation>№ %1 катка жооп</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="103"/>
        <source>Register document</source>
        <translation>Документти каттоо</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="141"/>
        <source>Choose from the list or type the name</source>
        <translation>Тизмеден тандаңыз же атын жазыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="148"/>
        <source>e.g. 02-15/123</source>
        <translation>мисалы, 02-15/123</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="151"/>
        <location filename="../../ui/documents/register_dialog.py" line="172"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="155"/>
        <source>of</source>
        <translation>күнү</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="160"/>
        <source>What the document is about</source>
        <translation>Документ эмне жөнүндө</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="167"/>
        <source>— nobody yet —</source>
        <translation>— азырынча эч ким —</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="175"/>
        <source>Restricted: only the director and the administrator may see it</source>
        <translation>Чектелген: директор жана администратор гана көрө алат</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="182"/>
        <source>Add file…</source>
        <translation>Файл кошуу…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="185"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="205"/>
        <source>Open it</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="214"/>
        <source>Register:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="215"/>
        <source>Registration date:</source>
        <translation>Каттоо күнү:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="216"/>
        <source>Correspondent:</source>
        <translation>Корреспондент:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="219"/>
        <source>Sender&apos;s number and date:</source>
        <translation>Жөнөтүүчүнүн номери жана күнү:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="222"/>
        <source>Subject:</source>
        <translation>Темасы:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="224"/>
        <source>Summary:</source>
        <translation>Кыскача мазмуну:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="225"/>
        <source>Executor:</source>
        <translation>Аткаруучу:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="227"/>
        <source>Due date:</source>
        <translation>Аткаруу мөөнөтү:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="230"/>
        <source>Files:</source>
        <translation>Файлдар:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="241"/>
        <source>Register</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="245"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="312"/>
        <source>Choose files to attach</source>
        <translation>Тиркей турган файлдарды тандаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="333"/>
        <source>Write what the document is about.</source>
        <translation>Документ эмне жөнүндө экенин жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="339"/>
        <location filename="../../ui/documents/register_dialog.py" line="347"/>
        <source>Write the date as 01.09.2025.</source>
        <translation>Күндү 01.09.2025 түрүндө жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="342"/>
        <source>Give both the sender&apos;s number and its date, or neither.</source>
        <translation>Жөнөтүүчүнүн номерин да, күнүн да жазыңыз, же экөөнү тең бош калтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="350"/>
        <source>The due date cannot be before the registration date.</source>
        <translation>Аткаруу мөөнөтү каттоо күнүнөн мурун боло албайт.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="412"/>
        <source>The file «%1» is already registered as No. %2 of %3.</source>
        <translation>«%1» файлы мурунтан № %2 болуп катталган (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="415"/>
        <source>This is already registered as No. %1 of %2.</source>
        <translation>Бул мурунтан № %1 болуп катталган (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="416"/>
        <source>Nothing new was registered.</source>
        <translation>Жаңы эч нерсе катталган жок.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections_builtin.py" line="26"/>
        <source>Pupils</source>
        <translation>Окуучулар</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="27"/>
        <source>Staff</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="28"/>
        <source>Documents</source>
        <translation>Документтер</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="29"/>
        <source>Certificates</source>
        <translation>Маалым каттар</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="30"/>
        <source>Sync</source>
        <translation>Синхрондоштуруу</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="31"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="32"/>
        <source>Security</source>
        <translation>Коопсуздук</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="38"/>
        <source>Here will be the register of pupils: admission, classes, movement between classes and schools, personal files and the alphabetical book. Personal data is masked on screen, and each time it is shown this is recorded.</source>
        <translation>Бул жерде окуучулардын каттоосу болот: кабыл алуу, класстар, класстар жана мектептер арасындагы кыймыл, жеке делолор жана алфавиттик китеп. Жеке маалыматтар экранда жашырылат, ар бир көрсөтүү жазылат.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="42"/>
        <source>Here will be the staff records: positions, hiring and dismissal orders, and employment certificates.</source>
        <translation>Бул жерде кызматкерлердин каттоосу болот: кызмат орундары, ишке алуу жана бошотуу буйруктары, иш ордунан маалым каттар.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="45"/>
        <source>Here will be the document register: incoming and outgoing letters and orders, who is responsible for each and by when, with the files stored encrypted.</source>
        <translation>Бул жерде документтердин реестри болот: кирүүчү жана чыгуучу каттар, буйруктар, ар бирине ким жана качанга чейин жооптуу экени; файлдар шифрленип сакталат.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="48"/>
        <source>Here will be certificates and forms: study and employment certificates with a register number and a QR code, printed or saved as PDF.</source>
        <translation>Бул жерде маалым каттар жана бланктар болот: окуу жана иш ордунан маалым каттар каттоо номери жана QR коду менен, басылып же PDF катары сакталат.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="51"/>
        <source>Here you will send document records to the district education department whenever the internet is available. Sync is not set up yet.</source>
        <translation>Бул жерден интернет болгондо документтердин жазууларын райондук билим берүү бөлүмүнө жөнөтөсүз. Синхрондоштуруу азырынча жөндөлгөн эмес.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="55"/>
        <source>This part of Kense is being prepared.</source>
        <translation>Kense&apos;тин бул бөлүгү даярдалууда.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="69"/>
        <source>Press F1 for help.</source>
        <translation>Жардам үчүн F1 басыңыз.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../ui/security_section.py" line="31"/>
        <source>Protection of the data</source>
        <translation>Маалыматтын корголушу</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="41"/>
        <source>Check again</source>
        <translation>Кайра текшерүү</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="45"/>
        <source>Security</source>
        <translation>Коопсуздук</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="47"/>
        <source>Users and roles</source>
        <translation>Колдонуучулар жана ролдор</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="69"/>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="69"/>
        <source>no</source>
        <translation>жок</translation>
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
        <translation>катчы</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="73"/>
        <source>teacher</source>
        <translation>мугалим</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="77"/>
        <source>yes — a copy of the database cannot be opened on another computer</source>
        <translation>ооба — базанын көчүрмөсү башка компьютерде ачылбайт</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="78"/>
        <source>the device key is missing from this account&apos;s key store: use the recovery sheet</source>
        <translation>бул эсептин ачкыч сактагычында түзмөктүн ачкычы жок: калыбына келтирүү баракчасын колдонуңуз</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="79"/>
        <source>no — there is no key store on this computer; passwords only</source>
        <translation>жок — бул компьютерде ачкыч сактагыч жок; сырсөз менен гана</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="82"/>
        <source>yes, intact (%1 entries)</source>
        <translation>ооба, бүтүн (%1 жазуу)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="83"/>
        <source>NO — the log was damaged or altered (%1)</source>
        <translation>ЖОК — журнал бузулган же өзгөртүлгөн (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="87"/>
        <source>%1 min</source>
        <translation>%1 мүн.</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="89"/>
        <source>(shortened on this computer to %1 s)</source>
        <translation>(бул компьютерде %1 сек. чейин кыскартылган)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="91"/>
        <source>Encryption:</source>
        <translation>Шифрлөө:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="91"/>
        <source>on — the whole database (SQLCipher 4, AES-256)</source>
        <translation>күйгүзүлгөн — бүт база (SQLCipher 4, AES-256)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="92"/>
        <source>Cipher version:</source>
        <translation>Шифрдин версиясы:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="93"/>
        <source>Database schema:</source>
        <translation>Базанын схемасы:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="94"/>
        <source>Bound to this computer:</source>
        <translation>Бул компьютерге байланган:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="95"/>
        <source>Key store:</source>
        <translation>Ачкыч сактагыч:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="95"/>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="96"/>
        <source>Recovery sheet slot:</source>
        <translation>Калыбына келтирүү уячасы:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="97"/>
        <source>Users:</source>
        <translation>Колдонуучулар:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="98"/>
        <source>Failed sign-ins, last 30 days:</source>
        <translation>Акыркы 30 күндө ийгиликсиз кирүүлөр:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="99"/>
        <source>Audit log verified:</source>
        <translation>Аудит журналы текшерилди:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="100"/>
        <source>Whole database last found sound:</source>
        <translation>Бүт база акыркы жолу бүтүн деп табылган:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="102"/>
        <source>not yet — checked at the next sign-in</source>
        <translation>азырынча жок — кийинки кирүүдө текшерилет</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="103"/>
        <source>Auto-lock after inactivity:</source>
        <translation>Аракетсиздиктен кийин кулпулоо:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="104"/>
        <source>Lock with the computer&apos;s screen lock:</source>
        <translation>Компьютердин экраны менен кошо кулпулоо:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="105"/>
        <source>not available on this computer</source>
        <translation>бул компьютерде жеткиликсиз</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="117"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="117"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="117"/>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="118"/>
        <source>Active</source>
        <translation>Активдүү</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="118"/>
        <source>Last sign-in</source>
        <translation>Акыркы кирүү</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../ui/settings_section.py" line="50"/>
        <source>min</source>
        <translation>мүн.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="51"/>
        <source>Lock when the window is minimised</source>
        <translation>Терезе кичирейтилгенде кулпулоо</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="58"/>
        <source>s</source>
        <translation>сек.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="61"/>
        <source>Save settings</source>
        <translation>Жөндөөлөрдү сактоо</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="67"/>
        <source>Locking and privacy</source>
        <translation>Кулпулоо жана купуялык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="69"/>
        <source>Lock after inactivity:</source>
        <translation>Аракетсиздиктен кийин кулпулоо:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="71"/>
        <source>Clear copied personal data after:</source>
        <translation>Көчүрүлгөн жеке маалыматты өчүрүү:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="73"/>
        <source>Only the administrator can change these settings.</source>
        <translation>Бул жөндөөлөрдү администратор гана өзгөртө алат.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="77"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="79"/>
        <source>Language of the program:</source>
        <translation>Программанын тили:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="89"/>
        <source>Change my password</source>
        <translation>Сырсөзүмдү өзгөртүү</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="92"/>
        <source>My password</source>
        <translation>Менин сырсөзүм</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="94"/>
        <source>Current password:</source>
        <translation>Учурдагы сырсөз:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="95"/>
        <source>New password:</source>
        <translation>Жаңы сырсөз:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="96"/>
        <source>New password again:</source>
        <translation>Жаңы сырсөздү кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="104"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="122"/>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="138"/>
        <source>Your password has been changed.</source>
        <translation>Сырсөзүңүз өзгөртүлдү.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="95"/>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="97"/>
        <location filename="../../ui/wizard.py" line="338"/>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="100"/>
        <source>Quit</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="143"/>
        <source>Welcome to Kense</source>
        <translation>Kense&apos;ке кош келиңиз</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="144"/>
        <source>Kense keeps the school&apos;s records of pupils, staff and documents, encrypted on this computer. First, choose the language of the program. You can change it later in Settings.</source>
        <translation>Kense мектептин окуучулар, кызматкерлер жана документтер боюнча эсебин ушул компьютерде шифрленген түрдө сактайт. Алгач программанын тилин тандаңыз. Кийин аны Жөндөөлөрдөн өзгөртсөңүз болот.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="163"/>
        <source>Your school</source>
        <translation>Сиздин мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="164"/>
        <source>These details appear on the sign-in screen and on letterheads. Choose the region and district from the list or type your own.</source>
        <translation>Бул маалыматтар кирүү терезесинде жана бланктарда чыгат. Облусту жана районду тизмеден тандаңыз же өзүңүз жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="168"/>
        <source>for example: Naryn secondary school No. 4</source>
        <translation>мисалы: Нарын шаарындагы №4 орто мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="190"/>
        <source>School name:</source>
        <translation>Мектептин аталышы:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="192"/>
        <source>Region:</source>
        <translation>Облус:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="193"/>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="194"/>
        <source>Address:</source>
        <translation>Дареги:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="195"/>
        <source>Director (full name):</source>
        <translation>Директор (аты-жөнү):</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="210"/>
        <source>This computer</source>
        <translation>Бул компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="211"/>
        <source>Kense encrypts the whole database. To open it, a person needs their password and, in addition, a secret key that Kense keeps in this computer account&apos;s key store (Windows Credential Manager or the desktop keyring). This is called binding to the device: a copy of the database carried away on a flash drive cannot be opened on another computer, even with the right password.</source>
        <translation>Kense бүт базаны шифрлейт. Аны ачуу үчүн сырсөз жана кошумча жашыруун ачкыч керек; Kense ал ачкычты ушул компьютер эсебинин ачкыч сактагычында (Windows Credential Manager же иш столунун keyring) сактайт. Бул түзмөккө байлоо деп аталат: флешкага көчүрүлүп кетирилген база туура сырсөз менен да башка компьютерде ачылбайт.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="215"/>
        <source>If this computer or Windows account is replaced, or the key store is cleared, the data is not lost: the recovery sheet you print in a moment opens the database and binds it to the new computer.</source>
        <translation>Компьютер же Windows эсеби алмашса, же ачкыч сактагыч тазаланса, маалымат жоголбойт: азыр басып чыгара турган калыбына келтирүү баракчасы базаны ачып, аны жаңы компьютерге байлайт.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="218"/>
        <source>Bind the database to this computer (recommended)</source>
        <translation>Базаны ушул компьютерге байлоо (сунушталат)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="227"/>
        <source>This computer has no key store that Kense can use. Kense will work with passwords only: a copy of the database together with a password would open anywhere. The Security panel will show this. Ask your IT person to enable the key store, then bind the database later.</source>
        <translation>Бул компьютерде Kense колдоно ала турган ачкыч сактагыч жок. Kense сырсөз менен гана иштейт: базанын көчүрмөсү сырсөз менен каалаган жерде ачылат. Бул Коопсуздук панелинде көрсөтүлөт. Ачкыч сактагычты иштетүүнү IT адисинен сураңыз, андан кийин базаны байлаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="235"/>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="236"/>
        <source>The administrator is the person responsible for information security: they add users, set up backups and look after the settings. Everyone gets their own login later; there is no shared password.</source>
        <translation>Администратор — маалымат коопсуздугуна жооптуу адам: колдонуучуларды кошот, резервдик көчүрмөлөрдү жөндөйт жана жөндөөлөргө көз салат. Кийин ар бир адам өз логинин алат; жалпы сырсөз жок.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="258"/>
        <source>Full name:</source>
        <translation>Аты-жөнү:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="260"/>
        <source>Password:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="263"/>
        <source>Password again:</source>
        <translation>Сырсөздү кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="266"/>
        <source>A good password is long: at least 10 characters. A phrase of three or four words that only you know is easy to remember and hard to guess.</source>
        <translation>Жакшы сырсөз узун болот: кеминде 10 белги. Өзүңүз гана билген үч-төрт сөздөн турган сүйлөм эстеп калууга жеңил, табууга кыйын.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>too weak</source>
        <translation>өтө алсыз</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>weak</source>
        <translation>алсыз</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>fair</source>
        <translation>орточо</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>good</source>
        <translation>жакшы</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>strong</source>
        <translation>күчтүү</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="284"/>
        <source>At least 10 characters.</source>
        <translation>Кеминде 10 белги.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286"/>
        <source>Strength: %1</source>
        <translation>Бекемдиги: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="289"/>
        <source>The recovery code</source>
        <translation>Калыбына келтирүү коду</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="290"/>
        <source>This code opens the database if a password is forgotten or the computer is replaced. It is shown only now. Save the recovery sheet as a PDF or print it, and give it to the director to keep in the safe. Do not photograph it and do not keep it on a flash drive.</source>
        <translation>Бул код сырсөз унутулганда же компьютер алмашканда базаны ачат. Ал азыр гана көрсөтүлөт. Калыбына келтирүү баракчасын PDF катары сактаңыз же басып чыгарыңыз да, директорго сейфте сактоого бериңиз. Сүрөткө тартпаңыз жана флешкада сактабаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="299"/>
        <source>Save the recovery sheet (PDF)…</source>
        <translation>Баракчаны сактоо (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="302"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="316"/>
        <source>Check the recovery code</source>
        <translation>Калыбына келтирүү кодун текшерүү</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="317"/>
        <source>Type the code from the sheet, to be sure it can be read. Dashes and spaces do not matter.</source>
        <translation>Баракчадагы кодду териңиз — ал окулаарына ынануу үчүн. Сызыкчалар жана боштуктар эсепке алынбайт.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="335"/>
        <source>Step %1 of %2</source>
        <translation>%2 кадамдын %1-кадамы</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="338"/>
        <source>Finish</source>
        <translation>Бүтүрүү</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="394"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="411"/>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>Шифрлөө жөндөлүүдө. Бир нече секунд кетет…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="439"/>
        <source>Setup failed. Nothing was saved. Try again.</source>
        <translation>Орнотуу ишке ашкан жок. Эч нерсе сакталган жок. Кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="451"/>
        <source>Kense recovery sheet.pdf</source>
        <translation>Kense калыбына келтирүү баракчасы.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="457"/>
        <source>Save the recovery sheet</source>
        <translation>Калыбына келтирүү баракчасын сактоо</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="458"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдар (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="470"/>
        <source>Saved: %1. Print it and delete the file after printing.</source>
        <translation>Сакталды: %1. Басып чыгарып, андан кийин файлды өчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="477"/>
        <source>Kense recovery sheet</source>
        <translation>Kense калыбына келтирүү баракчасы</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="478"/>
        <source>Sent to the printer.</source>
        <translation>Принтерге жөнөтүлдү.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="499"/>
        <source>This is not the code shown on the sheet. Compare it group by group.</source>
        <translation>Бул баракчадагы код эмес. Топ-топ боюнча салыштырыңыз.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="276"/>
        <source>The audit log check found a problem. Tell the administrator; details are in the Security section.</source>
        <translation>Аудит журналын текшерүүдө көйгөй табылды. Администраторго айтыңыз; толугураак Коопсуздук бөлүмүндө.</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="279"/>
        <source>The check of the whole database found damaged pages. Tell the administrator: a backup copy may be needed.</source>
        <translation>Бүт базаны текшерүүдө бузулган барактар табылды. Администраторго кабарлаңыз: резервдик көчүрмө керек болушу мүмкүн.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>кулпуланган</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/signin.py" line="57"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="59"/>
        <location filename="../../ui/signin.py" line="61"/>
        <source>Kense — the school office</source>
        <translation>Kense — мектептин кеңсеси</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="66"/>
        <source>Kense is locked. %1 was working.</source>
        <translation>Kense кулпуланган. %1 иштеп жаткан.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="71"/>
        <source>for example: aigerim</source>
        <translation>мисалы: aigerim</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="76"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="77"/>
        <source>Password:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="84"/>
        <source>Use the recovery code…</source>
        <translation>Калыбына келтирүү кодун колдонуу…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="92"/>
        <location filename="../../ui/signin.py" line="183"/>
        <source>Sign in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="99"/>
        <source>Sign in as another user</source>
        <translation>Башка колдонуучу катары кирүү</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="103"/>
        <source>Forgot the password or moved to another computer?</source>
        <translation>Сырсөздү унуттуңузбу же башка компьютерге өттүңүзбү?</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="127"/>
        <source>Language:</source>
        <translation>Тил:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="157"/>
        <source>Type your login.</source>
        <translation>Логиниңизди териңиз.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="161"/>
        <source>Type your password.</source>
        <translation>Сырсөзүңүздү териңиз.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="165"/>
        <source>Checking…</source>
        <translation>Текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="175"/>
        <source>Something unexpected went wrong. Try again; if it repeats, call the person responsible for information security.</source>
        <translation>Күтүлбөгөн ката болду. Кайра аракет кылыңыз; кайталанса, маалымат коопсуздугуна жооптуу адамга кайрылыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="226"/>
        <source>You can try again now.</source>
        <translation>Эми кайра аракет кылсаңыз болот.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="230"/>
        <source>Next attempt possible in %1 s.</source>
        <translation>Кийинки аракет %1 сек. кийин мүмкүн.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="74"/>
        <source>Privacy mode: personal data is hidden.
Press Ctrl+Shift+H to show it again.</source>
        <translation>Купуялык режими: жеке маалыматтар жашырылды.
Кайра көрсөтүү үчүн Ctrl+Shift+H басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="96"/>
        <source>Close the notice</source>
        <translation>Билдирүүнү жабуу</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="106"/>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="108"/>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="121"/>
        <source>Sync: not set up</source>
        <translation>Синхрондоштуруу: жөндөлгөн эмес</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="122"/>
        <source>Last backup: none yet</source>
        <translation>Акыркы резервдик көчүрмө: азырынча жок</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="124"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Кулпулоо (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="167"/>
        <source>&amp;Kense</source>
        <translation>&amp;Kense</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="168"/>
        <source>Lock</source>
        <translation>Кулпулоо</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="170"/>
        <source>Switch user…</source>
        <translation>Колдонуучуну алмаштыруу…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="171"/>
        <source>Privacy mode (hide personal data)</source>
        <translation>Купуялык режими (жеке маалыматты жашыруу)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="174"/>
        <source>Quit</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="175"/>
        <source>&amp;Go to</source>
        <translation>&amp;Өтүү</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="180"/>
        <source>Help for this screen</source>
        <translation>Бул экран боюнча жардам</translation>
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
        <translation>катчы</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="186"/>
        <source>teacher</source>
        <translation>мугалим</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="218"/>
        <source>This section could not be opened. Your data is safe; please tell the administrator.</source>
        <translation>Бул бөлүм ачылган жок. Маалыматыңыз коопсуз; администраторго айтыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="246"/>
        <source>Kense kept your unsaved work when it locked: %1. Restore it?</source>
        <translation>Kense кулпуланганда сакталбаган ишиңизди сактап калды: %1. Калыбына келтиресизби?</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="254"/>
        <source>Privacy mode</source>
        <translation>Купуялык режими</translation>
    </message>
</context>
</TS>
