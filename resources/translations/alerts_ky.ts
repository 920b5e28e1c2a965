<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ky_KG">
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="84" />
        <source>Acknowledge alert</source>
        <translation>Сигналды тастыктоо</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="93" />
        <source>What happened and what was done about it</source>
        <translation>Эмне болду жана эмне жасалды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="98" />
        <source>Acknowledge</source>
        <translation>Тастыктоо</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="104" />
        <source>Write what happened and what was done about it. The note is kept with the alert; the acknowledgement is recorded in the audit log.</source>
        <translation>Эмне болгонун жана эмне жасалганын жазыңыз. Түшүндүрмө сигнал менен кошо сакталат; тастыктоо аудит журналына жазылат.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="185" />
        <source>The alerts could not be read. Your data is safe; press Refresh.</source>
        <translation>Сигналдарды окуй алган жокпуз. Маалыматыңыз коопсуз; «Жаңылоо» баскычын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="194" />
        <source>Alerts for the person responsible for personal data (%1)</source>
        <translation>Жеке маалыматтарды коргоого жооптуу адам үчүн сигналдар (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="205" />
        <source>Acknowledge…</source>
        <translation>Тастыктоо…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_box.py" line="213" />
        <source>%1 more: see Data protection → Alerts</source>
        <translation>Дагы %1: «Маалыматтарды коргоо» → «Сигналдар» бөлүмүн караңыз</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="36" />
        <source>Show acknowledged</source>
        <translation>Тастыкталгандарды да көрсөтүү</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="46" />
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="57" />
        <source>What the checks found that needs the responsible person's attention: repeated failed sign-ins, unusually many revealed records, exports to a removable drive, integrity findings, no verified backup for more than 7 days, this computer revoked by the district. Each alert stays until it is acknowledged with a note.</source>
        <translation>Текшерүүлөр тапкан жана жооптуу адамдын көңүлүн талап кылган нерселер: кайра-кайра ийгиликсиз кирүү аракеттери, адаттан тыш көп ачылган жазуулар, алмашма дискке экспорт, бүтүндүк табылгалары, 7 күндөн ашык текшерилген камдык көчүрмөнүн жоктугу, район бул компьютердин уруксатын жокко чыгарганы. Ар бир сигнал түшүндүрмө менен тастыкталмайынча турат.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="80" />
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="88" />
        <source>Seen</source>
        <translation>Качан</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="88" />
        <source>Alert</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="88" />
        <source>Acknowledged</source>
        <translation>Тастыкталды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="91" />
        <source>open</source>
        <translation>ачык</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="96" />
        <source>Open alerts: %1</source>
        <translation>Ачык сигналдар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="97" />
        <source>No open alerts.</source>
        <translation>Ачык сигнал жок.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/alerts_tab.py" line="130" />
        <source>Alerts</source>
        <translation>Сигналдар</translation>
    </message>
</context>
</TS>
