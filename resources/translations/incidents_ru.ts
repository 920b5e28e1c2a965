<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>Сообщить об инциденте</translation>
    </message>
    <message>
        <source>Saw or suspect that personal data was seen, copied, changed or lost by someone who should not have? Tell the person responsible for personal data. The report is registered and she is told.</source>
        <translation>Вы видели или подозреваете, что персональные данные увидел, скопировал, изменил или потерял тот, кому не положено? Сообщите ответственному за персональные данные. Сообщение регистрируется и передаётся ему.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>for example: the marks of class 5-А, a pupil's address</source>
        <translation>например: оценки 5-А класса, адрес ученика</translation>
    </message>
    <message>
        <source>for example: locked the screen, put the journal in the safe</source>
        <translation>например: заблокировал(а) экран, убрал(а) журнал в сейф</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>Your login:</source>
        <translation>Ваш логин:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>What data it concerns:</source>
        <translation>Каких данных касается:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Что сделано:</translation>
    </message>
    <message>
        <source>How serious:</source>
        <translation>Серьёзность:</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was registered.</source>
        <translation>Произошла непредвиденная ошибка. Ничего не зарегистрировано.</translation>
    </message>
    <message>
        <source>Registered under No. %1.</source>
        <translation>Зарегистрировано под № %1.</translation>
    </message>
    <message>
        <source>%1, the person responsible for personal data, will look at it.</source>
        <translation>Ответственный за персональные данные (%1) рассмотрит его.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome of incident No. %1</source>
        <translation>Итог по инциденту № %1</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Записать итог</translation>
    </message>
    <message>
        <source>What was found, and what was done about it:</source>
        <translation>Что установлено и что сделано:</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>Report an incident…</source>
        <translation>Сообщить об инциденте…</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>Итог…</translation>
    </message>
    <message>
        <source>Reports of incidents with personal data (regulation 6.10). Each is registered in the document register and sent to the district; record what was found and done with Outcome…</source>
        <translation>Сообщения об инцидентах с персональными данными (п. 6.10 положения). Каждое регистрируется в журнале документов и отправляется в район; что установлено и сделано, запишите кнопкой «Итог…».</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>outcome recorded</source>
        <translation>итог записан</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>No incident reports yet.</source>
        <translation>Сообщений об инцидентах пока нет.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>I saw something…</source>
        <translation>Я кое-что заметил(а)…</translation>
    </message>
    <message>
        <source>Report an incident with personal data to the person responsible</source>
        <translation>Сообщить ответственному об инциденте с персональными данными</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Report an incident…</source>
        <translation>Сообщить об инциденте…</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>Incident reports</source>
        <translation>Сообщения об инцидентах</translation>
    </message>
</context>
</TS>
