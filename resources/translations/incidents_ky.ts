<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>Инцидент жөнүндө билдирүү</translation>
    </message>
    <message>
        <source>Saw or suspect that personal data was seen, copied, changed or lost by someone who should not have? Tell the person responsible for personal data. The report is registered and she is told.</source>
        <translation>Жеке маалыматты тиешеси жок адам көргөнүн, көчүргөнүн, өзгөрткөнүн же жоготконун көрдүңүзбү же шектенесизби? Жеке маалыматтар үчүн жооптуу адамга билдириңиз. Билдирүү катталат жана ага жеткирилет.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>саат</translation>
    </message>
    <message>
        <source>for example: the marks of class 5-А, a pupil's address</source>
        <translation>мисалы: 5-А классынын баалары, окуучунун дареги</translation>
    </message>
    <message>
        <source>for example: locked the screen, put the journal in the safe</source>
        <translation>мисалы: экранды кулпуладым, журналды сейфке салдым</translation>
    </message>
    <message>
        <source>low</source>
        <translation>жеңил</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>орточо</translation>
    </message>
    <message>
        <source>high</source>
        <translation>оор</translation>
    </message>
    <message>
        <source>Your login:</source>
        <translation>Логиниңиз:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Сырсөзүңүз:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Эмне болду:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Качан:</translation>
    </message>
    <message>
        <source>What data it concerns:</source>
        <translation>Кайсы маалыматка тиешелүү:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Эмне кылынды:</translation>
    </message>
    <message>
        <source>How serious:</source>
        <translation>Оордугу:</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Билдирүүнү жөнөтүү</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Логиниңизди териңиз.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Сырсөзүңүздү териңиз.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was registered.</source>
        <translation>Күтүлбөгөн ката кетти. Эч нерсе катталган жок.</translation>
    </message>
    <message>
        <source>Registered under No. %1.</source>
        <translation>№ %1 менен катталды.</translation>
    </message>
    <message>
        <source>%1, the person responsible for personal data, will look at it.</source>
        <translation>Жеке маалыматтар үчүн жооптуу %1 карап чыгат.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome of incident No. %1</source>
        <translation>№ %1 инциденттин жыйынтыгы</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Жыйынтыкты жазуу</translation>
    </message>
    <message>
        <source>What was found, and what was done about it:</source>
        <translation>Эмне аныкталды жана эмне кылынды:</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>low</source>
        <translation>жеңил</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>орточо</translation>
    </message>
    <message>
        <source>high</source>
        <translation>оор</translation>
    </message>
    <message>
        <source>Report an incident…</source>
        <translation>Инцидент жөнүндө билдирүү…</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>Жыйынтык…</translation>
    </message>
    <message>
        <source>Reports of incidents with personal data (regulation 6.10). Each is registered in the document register and sent to the district; record what was found and done with Outcome…</source>
        <translation>Жеке маалыматтар менен болгон инциденттер жөнүндө билдирүүлөр (жобонун 6.10-пункту). Ар бири документтерди каттоо журналына катталат жана районго жөнөтүлөт; эмне аныкталганын жана кылынганын «Жыйынтык…» менен жазыңыз.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Оордугу</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Ким билдирди</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>outcome recorded</source>
        <translation>жыйынтыгы жазылды</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>каралууда</translation>
    </message>
    <message>
        <source>No incident reports yet.</source>
        <translation>Азырынча инцидент жөнүндө билдирүүлөр жок.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденттер</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>I saw something…</source>
        <translation>Бир нерсе байкадым…</translation>
    </message>
    <message>
        <source>Report an incident with personal data to the person responsible</source>
        <translation>Жеке маалымат менен болгон инцидент жөнүндө жооптуу адамга билдирүү</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Report an incident…</source>
        <translation>Инцидент жөнүндө билдирүү…</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>Incident reports</source>
        <translation>Инциденттер жөнүндө билдирүүлөр</translation>
    </message>
</context>
</TS>
