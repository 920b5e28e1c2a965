<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ky_KG">
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../ui/sync/section.py" line="46" />
        <source>Register entry</source>
        <translation>Каттоо журналындагы жазуу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="47" />
        <source>Movement of a document</source>
        <translation>Документтин кыймылы</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="48" />
        <source>Attached file</source>
        <translation>Тиркелген файл</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="49" />
        <source>Issued certificate</source>
        <translation>Берилген маалым кат</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="50" />
        <source>Audit checkpoint</source>
        <translation>Аудит журналынын текшерүү чекити</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="62" />
        <source>Sync with the district</source>
        <translation>Район менен синхрондоштуруу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="64" />
        <source>The document register, issued certificates and audit checkpoints go to the district education department by themselves whenever the internet works, also while Kense is locked. Pupils' and staff records never leave this computer.</source>
        <translation>Документтердин каттоо журналы, берилген маалым каттар жана аудиттин текшерүү чекиттери интернет иштеген сайын район билим берүү бөлүмүнө өзү кетет, Kense кулпуланып турганда да. Окуучулардын жана кызматкерлердин маалыматтары бул компьютерден эч качан чыкпайт.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="68" />
        <location filename="../../ui/sync/section.py" line="98" />
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="78" />
        <source>State:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="79" />
        <source>District server:</source>
        <translation>Райондун сервери:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="80" />
        <source>Last contact:</source>
        <translation>Акыркы байланыш:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="81" />
        <source>Queue:</source>
        <translation>Кезек:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="82" />
        <source>Clock:</source>
        <translation>Саат:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="84" />
        <source>Sync now</source>
        <translation>Азыр синхрондоштуруу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="95" />
        <source>Not accepted by the server</source>
        <translation>Сервер кабыл алган жок</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="98" />
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="98" />
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="99" />
        <source>The server's reason</source>
        <translation>Сервердин себеби</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="109" />
        <source>Retry selected</source>
        <translation>Тандалганды кайра жөнөтүү</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="112" />
        <source>Retry all</source>
        <translation>Баарын кайра жөнөтүү</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="121" />
        <source>Enrolment</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="129" />
        <location filename="../../ui/sync/section.py" line="192" />
        <source>Enrol this computer</source>
        <translation>Бул компьютерди каттоо</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="132" />
        <location filename="../../ui/sync/section.py" line="263" />
        <source>Forget the server</source>
        <translation>Серверди унутуу</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="136" />
        <source>Server address:</source>
        <translation>Сервердин дареги:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="137" />
        <source>One-time code:</source>
        <translation>Бир жолку код:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="167" />
        <source>Not enrolled: ask the district administrator for a one-time code.</source>
        <translation>Катталган эмес: район администраторунан бир жолку код сураңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="169" />
        <source>Sending…</source>
        <translation>Жөнөтүлүүдө…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="171" />
        <source>Stopped: %1</source>
        <translation>Токтотулду: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="175" />
        <source>Working</source>
        <translation>Иштеп жатат</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="180" />
        <source>waiting: %1 · refused: %2 · last sent in full: %3</source>
        <translation>күтүүдө: %1 · четке кагылды: %2 · акыркы жолу толук жөнөтүлдү: %3</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="184" />
        <source>This computer's clock is off by %1 minutes: please set the right time.</source>
        <translation>Бул компьютердин сааты %1 мүнөткө туура эмес: туура убакытты коюңуз.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="188" />
        <source>in step with the server</source>
        <translation>сервер менен бирдей</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="192" />
        <source>Enrol again</source>
        <translation>Кайра каттоо</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="196" />
        <source>refused</source>
        <translation>четке кагылды</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="196" />
        <source>accepted with a warning</source>
        <translation>эскертүү менен кабыл алынды</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="258" />
        <source>Something went wrong; nothing was lost. Try again.</source>
        <translation>Бир нерсе туура эмес болду; эч нерсе жоголгон жок. Кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="264" />
        <source>This computer stops sending to the district server. Records not yet sent are kept and go to the server you enrol with next. Continue?</source>
        <translation>Бул компьютер район серверине жөнөтүүнү токтотот. Жөнөтүлө элек жазуулар сакталат жана кийинки катталган серверге кетет. Улантасызбы?</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync/controller.py" line="129" />
        <source>Sync: error — see Sync</source>
        <translation>Синхрондоштуруу: ката — бөлүмдү караңыз</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="131" />
        <source>Sync: sending…</source>
        <translation>Синхрондоштуруу: жөнөтүлүүдө…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="135" />
        <source>Sync: nothing sent yet</source>
        <translation>Синхрондоштуруу: азырынча жөнөтүлгөн жок</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="137" />
        <source>Sync: all sent %1</source>
        <translation>Синхрондоштуруу: баары жөнөтүлдү %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="139" />
        <source>Sync: %1 waiting — no connection</source>
        <translation>Синхрондоштуруу: %1 күтүүдө — байланыш жок</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="140" />
        <source>Sync: %1 waiting</source>
        <translation>Синхрондоштуруу: %1 күтүүдө</translation>
    </message>
</context>
</TS>