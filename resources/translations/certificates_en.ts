<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="53"/>
        <source>Study certificates for a whole class</source>
        <translation>Study certificates for a whole class</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="54"/>
        <source>Class lists of all classes</source>
        <translation>Class lists of all classes</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="62"/>
        <source>empty: “to whom it may concern”</source>
        <translation>empty: “to whom it may concern”</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="70"/>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="71"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="76"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="86"/>
        <source>Make the PDF…</source>
        <translation>Make the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="91"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="101"/>
        <source>Every pupil of the class gets a numbered certificate; all of them go into one PDF file.</source>
        <translation>Every pupil of the class gets a numbered certificate; all of them go into one PDF file.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="104"/>
        <source>The lists of every class of the current school year in one PDF file.</source>
        <translation>The lists of every class of the current school year in one PDF file.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="129"/>
        <source>Choose a class.</source>
        <translation>Choose a class.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="142"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="153"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="171"/>
        <location filename="../../ui/certificates/batch_dialog.py" line="191"/>
        <source>Cancelled: nothing was issued or saved.</source>
        <translation>Cancelled: nothing was issued or saved.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/batch_dialog.py" line="182"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>CertificateRecordAction</name>
    <message>
        <location filename="../../ui/certificates/record_action.py" line="20"/>
        <source>Issue certificate…</source>
        <translation>Issue certificate…</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../ui/certificates/common.py" line="26"/>
        <source>Something went wrong. Nothing was changed; please try again or tell the administrator.</source>
        <translation>Something went wrong. Nothing was changed; please try again or tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/common.py" line="112"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="48"/>
        <source>Study certificate</source>
        <translation>Study certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="49"/>
        <source>Employment certificate</source>
        <translation>Employment certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="50"/>
        <source>Transfer confirmation</source>
        <translation>Transfer confirmation</translation>
    </message>
</context>
<context>
    <name>CertificatesSection</name>
    <message>
        <location filename="../../ui/certificates/section.py" line="113"/>
        <source>All certificates</source>
        <translation>All certificates</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="126"/>
        <source>Valid and void</source>
        <translation>Valid and void</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="127"/>
        <source>Valid only</source>
        <translation>Valid only</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="128"/>
        <source>Void only</source>
        <translation>Void only</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="131"/>
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="142"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="144"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="178"/>
        <source>Issue a certificate…</source>
        <translation>Issue a certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="180"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="181"/>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="182"/>
        <source>Check a QR code…</source>
        <translation>Check a QR code…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="183"/>
        <source>Certificates for a whole class…</source>
        <translation>Certificates for a whole class…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="185"/>
        <source>Class lists of all classes…</source>
        <translation>Class lists of all classes…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="187"/>
        <source>Pupil movement report…</source>
        <translation>Pupil movement report…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="189"/>
        <source>Consent form…</source>
        <translation>Consent form…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="196"/>
        <source>Print:</source>
        <translation>Print:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="203"/>
        <source>Issued certificates</source>
        <translation>Issued certificates</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="231"/>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="282"/>
        <source>Certificate № %1</source>
        <translation>Certificate № %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="332"/>
        <source>Pupil movement report</source>
        <translation>Pupil movement report</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="347"/>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
</context>
<context>
    <name>IssueCertificateDialog</name>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="70"/>
        <source>Issue a certificate</source>
        <translation>Issue a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="96"/>
        <source>Standard: “to whom it may concern”</source>
        <translation>Standard: “to whom it may concern”</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="98"/>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="107"/>
        <source>e.g. the social fund, the polyclinic</source>
        <translation>e.g. the social fund, the polyclinic</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="115"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="116"/>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="117"/>
        <source>Language of the certificate:</source>
        <translation>Language of the certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="118"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="128"/>
        <source>Issue and print…</source>
        <translation>Issue and print…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="130"/>
        <source>Issue and save as PDF…</source>
        <translation>Issue and save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="132"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="162"/>
        <source>Your role does not allow issuing certificates.</source>
        <translation>Your role does not allow issuing certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="183"/>
        <source>Preview: the number and the QR code are given when you print or save.</source>
        <translation>Preview: the number and the QR code are given when you print or save.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="209"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="217"/>
        <source>Certificate № %1 issued and sent to the printer.</source>
        <translation>Certificate № %1 issued and sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="238"/>
        <source>The certificate is issued; reprint it from the register.</source>
        <translation>The certificate is issued; reprint it from the register.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/issue_dialog.py" line="240"/>
        <source>Certificate № %1 issued and saved: %2</source>
        <translation>Certificate № %1 issued and saved: %2</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="30"/>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="32"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="34"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="62"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/preview_dialog.py" line="76"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="217"/>
        <source>Pupil movement report</source>
        <translation>Pupil movement report</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="233"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="234"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="235"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="241"/>
        <source>The start of the period is after its end.</source>
        <translation>The start of the period is after its end.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="142"/>
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="146"/>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="146"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="151"/>
        <source>Surname or name</source>
        <translation>Surname or name</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="162"/>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="163"/>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="200"/>
        <source>Type at least two letters of the name and choose a person.</source>
        <translation>Type at least two letters of the name and choose a person.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="53"/>
        <source>Issued to</source>
        <translation>Issued to</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="54"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="54"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="54"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="88"/>
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="88"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="90"/>
        <source>to whom it may concern</source>
        <translation>to whom it may concern</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/section.py" line="93"/>
        <source>Void: %1</source>
        <translation>Void: %1</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="87"/>
        <source>Check a certificate</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="97"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="102"/>
        <source>Scan the QR code into this field, or type the text printed under it.</source>
        <translation>Scan the QR code into this field, or type the text printed under it.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="116"/>
        <source>Genuine: %1 № %2 of %3, issued to %4.</source>
        <translation>Genuine: %1 № %2 of %3, issued to %4.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="118"/>
        <source>VOID: %1 № %2 of %3 (%4) was voided. Reason: %5</source>
        <translation>VOID: %1 № %2 of %3 (%4) was voided. Reason: %5</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="120"/>
        <source>NOT IN THE REGISTER: the code is genuine, but the register has no certificate № %2 of %3. The database may have been restored from an old copy: tell the administrator.</source>
        <translation>NOT IN THE REGISTER: the code is genuine, but the register has no certificate № %2 of %3. The database may have been restored from an old copy: tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="123"/>
        <source>NOT A KENSE CERTIFICATE CODE: check that the whole text was scanned.</source>
        <translation>NOT A KENSE CERTIFICATE CODE: check that the whole text was scanned.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="125"/>
        <source>FORGED: this code was not issued by this school&apos;s Kense.</source>
        <translation>FORGED: this code was not issued by this school&apos;s Kense.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="41"/>
        <source>Void certificate № %1</source>
        <translation>Void certificate № %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="48"/>
        <source>e.g. a mistake in the name; issued again as № …</source>
        <translation>e.g. a mistake in the name; issued again as № …</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="52"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="56"/>
        <source>A void certificate keeps its number; checking its QR code will say it is void and why. This cannot be undone.</source>
        <translation>A void certificate keeps its number; checking its QR code will say it is void and why. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="59"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/dialogs.py" line="70"/>
        <source>Please write why the certificate is void.</source>
        <translation>Please write why the certificate is void.</translation>
    </message>
</context>
</TS>
