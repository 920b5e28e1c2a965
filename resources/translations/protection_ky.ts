<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>DeskReport</name>
    <message>
        <source>Report for an inspector</source>
        <translation>Текшерүүчү үчүн отчет</translation>
    </message>
    <message>
        <source>A one- or two-page paper for an inspector: each clause of the regulation on personal data with this school's state, dated and numbered in the document register like any document the school issues.</source>
        <translation>Текшерүүчү үчүн бир-эки барактык документ: жеке маалыматтар жөнүндө жобонун ар бир пункту жана мектептин ага жооп берген абалы; мектеп чыгарган ар бир документ сыяктуу күнү коюлуп, каттоо журналында номерленет.</translation>
    </message>
    <message>
        <source>How this school protects personal data — now</source>
        <translation>Бул мектеп жеке маалыматтарды кантип коргойт — азыр</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Окулууда…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Кайра текшерүү</translation>
    </message>
    <message>
        <source>Make the report…</source>
        <translation>Отчетту түзүү…</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Отчеттун тили:</translation>
    </message>
    <message>
        <source>Read now, %1.</source>
        <translation>Азыр окулду, %1.</translation>
    </message>
    <message>
        <source>on — %1, every page checked with %2 (SQLCipher %3)</source>
        <translation>күйгүзүлгөн — %1, ар бир барак %2 менен текшерилет (SQLCipher %3)</translation>
    </message>
    <message>
        <source>OFF — the database file is not encrypted!</source>
        <translation>ӨЧҮК — базанын файлы шифрленген эмес!</translation>
    </message>
    <message>
        <source>yes — a copy of the database does not open on another computer</source>
        <translation>ооба — базанын көчүрмөсү башка компьютерде ачылбайт</translation>
    </message>
    <message>
        <source>the device key is missing: use the recovery sheet</source>
        <translation>түзмөктүн ачкычы жок: калыбына келтирүү баракчасын колдонуңуз</translation>
    </message>
    <message>
        <source>no key store on this computer: passwords only</source>
        <translation>бул компьютерде ачкыч сактагыч жок: сырсөз менен гана</translation>
    </message>
    <message>
        <source>%1 active (%2); disabled: %3</source>
        <translation>%1 иштейт (%2); өчүрүлгөн: %3</translation>
    </message>
    <message>
        <source>after %1 min without input</source>
        <translation>%1 мүнөт аракетсиздиктен кийин</translation>
    </message>
    <message>
        <source>, and when minimised</source>
        <translation>, терезе кичирейтилгенде да</translation>
    </message>
    <message>
        <source>none — make one on the Backups page</source>
        <translation>жок — «Камдык көчүрмөлөр» барагында жасаңыз</translation>
    </message>
    <message>
        <source> — older than 7 days!</source>
        <translation> — 7 күндөн эски!</translation>
    </message>
    <message>
        <source>intact: entries 1 to %1 verified %2</source>
        <translation>бүтүн: №1ден №%1 жазууга чейин текшерилди, %2</translation>
    </message>
    <message>
        <source>BROKEN after entry %1; open findings: %2</source>
        <translation>№%1 жазуудан кийин БУЗУЛГАН; ачык табылгалар: %2</translation>
    </message>
    <message>
        <source>not connected: nothing leaves the school</source>
        <translation>туташтырылган эмес: мектептен эч нерсе чыкпайт</translation>
    </message>
    <message>
        <source>%1; waiting: %2</source>
        <translation>%1; кезекте: %2</translation>
    </message>
    <message>
        <source>not yet; waiting: %1</source>
        <translation>азырынча болгон жок; кезекте: %1</translation>
    </message>
    <message>
        <source>Responsible person:</source>
        <translation>Жооптуу адам:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Шифрлөө:</translation>
    </message>
    <message>
        <source>Bound to this computer:</source>
        <translation>Ушул компьютерге байланган:</translation>
    </message>
    <message>
        <source>Users and roles:</source>
        <translation>Колдонуучулар жана ролдор:</translation>
    </message>
    <message>
        <source>Auto-lock:</source>
        <translation>Автокулпу:</translation>
    </message>
    <message>
        <source>Last verified backup:</source>
        <translation>Акыркы текшерилген камдык көчүрмө:</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Аудит журналы:</translation>
    </message>
    <message>
        <source>Failed sign-ins this month:</source>
        <translation>Ушул айдагы ийгиликсиз кирүүлөр:</translation>
    </message>
    <message>
        <source>Last sync with the district:</source>
        <translation>Район менен акыркы синхрондоо:</translation>
    </message>
    <message>
        <source>Incidents this year:</source>
        <translation>Быйылкы окуялар (инциденттер):</translation>
    </message>
    <message>
        <source>Registered as № %1. Print it or save it.</source>
        <translation>№ %1 болуп катталды. Басып чыгарыңыз же сактаңыз.</translation>
    </message>
</context>
<context>
    <name>DeskRights</name>
    <message>
        <source>Access rights</source>
        <translation>Кирүү укуктары</translation>
    </message>
    <message>
        <source>Who has which role</source>
        <translation>Кимде кайсы роль</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>Ар бир роль эмне кыла алат</translation>
    </message>
    <message>
        <source>Read from the rules the program itself enforces; a tick: the role may.</source>
        <translation>Программа өзү сактаган эрежелерден окулган; белги — роль кыла алат.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Эмне кылууга болот</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Role since</source>
        <translation>Качантан бери</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Акыркы кирүү</translation>
    </message>
    <message>
        <source>active</source>
        <translation>иштейт</translation>
    </message>
    <message>
        <source>disabled since %1</source>
        <translation>өчүрүлгөн: %1</translation>
    </message>
</context>
</TS>
