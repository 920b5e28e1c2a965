<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>Saw or suspect that personal data was seen, copied, changed or lost by someone who should not have? Tell the person responsible for personal data. The report is registered and she is told.</source>
        <translation>Saw or suspect that personal data was seen, copied, changed or lost by someone who should not have? Tell the person responsible for personal data. The report is registered and she is told.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>for example: the marks of class 5-А, a pupil's address</source>
        <translation>for example: the marks of class 5-А, a pupil's address</translation>
    </message>
    <message>
        <source>for example: locked the screen, put the journal in the safe</source>
        <translation>for example: locked the screen, put the journal in the safe</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>Your login:</source>
        <translation>Your login:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Your password:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>What data it concerns:</source>
        <translation>What data it concerns:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>How serious:</source>
        <translation>How serious:</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Send the report</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was registered.</source>
        <translation>Something unexpected went wrong. Nothing was registered.</translation>
    </message>
    <message>
        <source>Registered under No. %1.</source>
        <translation>Registered under No. %1.</translation>
    </message>
    <message>
        <source>%1, the person responsible for personal data, will look at it.</source>
        <translation>%1, the person responsible for personal data, will look at it.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome of incident No. %1</source>
        <translation>Outcome of incident No. %1</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <source>What was found, and what was done about it:</source>
        <translation>What was found, and what was done about it:</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>Report an incident…</source>
        <translation>Report an incident…</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>Outcome…</translation>
    </message>
    <message>
        <source>Reports of incidents with personal data (regulation 6.10). Each is registered in the document register and sent to the district; record what was found and done with Outcome…</source>
        <translation>Reports of incidents with personal data (regulation 6.10). Each is registered in the document register and sent to the district; record what was found and done with Outcome…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>How serious</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>outcome recorded</source>
        <translation>outcome recorded</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>under review</translation>
    </message>
    <message>
        <source>No incident reports yet.</source>
        <translation>No incident reports yet.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>I saw something…</source>
        <translation>I saw something…</translation>
    </message>
    <message>
        <source>Report an incident with personal data to the person responsible</source>
        <translation>Report an incident with personal data to the person responsible</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Report an incident…</source>
        <translation>Report an incident…</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>Incident reports</source>
        <translation>Incident reports</translation>
    </message>
</context>
</TS>
