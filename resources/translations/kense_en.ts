<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/documents/card.py" line="55"/>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="65"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="70"/>
        <source>Person responsible:</source>
        <translation>Person responsible:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="71"/>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="72"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="90"/>
        <source>Write the date as 01.09.2025.</source>
        <translation>Write the date as 01.09.2025.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="93"/>
        <source>The due date cannot be before the registration date.</source>
        <translation>The due date cannot be before the registration date.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="96"/>
        <source>Choose the person responsible.</source>
        <translation>Choose the person responsible.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="33"/>
        <source>Correct the registration of %1</source>
        <translation>Correct the registration of %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="47"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="50"/>
        <source>e.g. a typing error in the subject</source>
        <translation>e.g. a typing error in the subject</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="52"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="53"/>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="54"/>
        <source>Correspondent:</source>
        <translation>Correspondent:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="55"/>
        <source>Sender&apos;s number:</source>
        <translation>Sender&apos;s number:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="56"/>
        <source>Sender&apos;s date:</source>
        <translation>Sender&apos;s date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="57"/>
        <source>Reason for the correction:</source>
        <translation>Reason for the correction:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="89"/>
        <source>Say why the registration is corrected.</source>
        <translation>Say why the registration is corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/correct_dialog.py" line="95"/>
        <source>The sender&apos;s date is not a date (dd.mm.yyyy).</source>
        <translation>The sender&apos;s date is not a date (dd.mm.yyyy).</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <location filename="../../ui/documents/card.py" line="116"/>
        <source>← Back to the register</source>
        <translation>← Back to the register</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="129"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="132"/>
        <source>Registration date:</source>
        <translation>Registration date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="132"/>
        <source>Correspondent:</source>
        <translation>Correspondent:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="133"/>
        <source>Sender&apos;s number and date:</source>
        <translation>Sender&apos;s number and date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="133"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="134"/>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="134"/>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="135"/>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="135"/>
        <source>Access:</source>
        <translation>Access:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="136"/>
        <source>Linked letters:</source>
        <translation>Linked letters:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="148"/>
        <source>No files attached.</source>
        <translation>No files attached.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="150"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="153"/>
        <source>Open in another program</source>
        <translation>Open in another program</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="156"/>
        <source>Save copies…</source>
        <translation>Save copies…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="159"/>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="166"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="174"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="184"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="187"/>
        <source>Assign to…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="190"/>
        <location filename="../../ui/documents/card.py" line="364"/>
        <source>Mark executed</source>
        <translation>Mark executed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="193"/>
        <source>Comment…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="196"/>
        <source>Reply…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="199"/>
        <location filename="../../ui/documents/card.py" line="375"/>
        <source>Mark sent</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="202"/>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="205"/>
        <location filename="../../ui/documents/card.py" line="382"/>
        <source>To the archive</source>
        <translation>To the archive</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="208"/>
        <source>Register the signed order…</source>
        <translation>Register the signed order…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="247"/>
        <source>No. %1 — %2</source>
        <translation>No. %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="248"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="252"/>
        <source>No. %1 of %2</source>
        <translation>No. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="256"/>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="257"/>
        <source>reply</source>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="263"/>
        <source>restricted (director and administrator)</source>
        <translation>restricted (director and administrator)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="264"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="276"/>
        <source>the content does not match the file name</source>
        <translation>the content does not match the file name</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="292"/>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="293"/>
        <source>number reserved</source>
        <translation>number reserved</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="293"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="365"/>
        <source>What was done (optional):</source>
        <translation>What was done (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="375"/>
        <source>How it was sent (optional):</source>
        <translation>How it was sent (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="383"/>
        <source>Move %1 to the archive? It can no longer be assigned or executed.</source>
        <translation>Move %1 to the archive? It can no longer be assigned or executed.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="411"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="411"/>
        <source>Your comment:</source>
        <translation>Your comment:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="458"/>
        <source>Choose a folder for the copies</source>
        <translation>Choose a folder for the copies</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="467"/>
        <source>Files saved</source>
        <translation>Files saved</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="468"/>
        <source>Saved %1 file(s) into %2.</source>
        <translation>Saved %1 file(s) into %2.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="474"/>
        <source>Choose files to attach</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../ui/documents/card.py" line="508"/>
        <source>Attaching files…</source>
        <translation>Attaching files…</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../ui/documents/model.py" line="29"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="30"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="31"/>
        <source>Correspondent</source>
        <translation>Correspondent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="32"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="33"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="34"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="41"/>
        <source>number reserved</source>
        <translation>number reserved</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="42"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="43"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="44"/>
        <source>executed</source>
        <translation>executed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="45"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="46"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../ui/documents/model.py" line="144"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../../ui/documents/texts.py" line="14"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="15"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="16"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="17"/>
        <source>Orders: main activity</source>
        <translation>Orders: main activity</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="18"/>
        <source>Orders: staff</source>
        <translation>Orders: staff</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="19"/>
        <source>Orders: pupils</source>
        <translation>Orders: pupils</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="25"/>
        <source>Incoming letter</source>
        <translation>Incoming letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="26"/>
        <source>Outgoing letter</source>
        <translation>Outgoing letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="27"/>
        <source>Internal document</source>
        <translation>Internal document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="28"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="34"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="35"/>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="36"/>
        <source>passed on</source>
        <translation>passed on</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="37"/>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="38"/>
        <source>executed</source>
        <translation>executed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="39"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="40"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="41"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="49"/>
        <source>Something went wrong. Nothing was changed. If it happens again, tell the administrator.</source>
        <translation>Something went wrong. Nothing was changed. If it happens again, tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="55"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/documents/texts.py" line="56"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../ui/documents/section.py" line="60"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="63"/>
        <source>Register document…</source>
        <translation>Register document…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="67"/>
        <source>Reserve order number…</source>
        <translation>Reserve order number…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="71"/>
        <source>Print register…</source>
        <translation>Print register…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="87"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="88"/>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="96"/>
        <source>Search: subject, summary, correspondent…</source>
        <translation>Search: subject, summary, correspondent…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="103"/>
        <source>Correspondent</source>
        <translation>Correspondent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="107"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="107"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="107"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="108"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="108"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="112"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="117"/>
        <source>Anyone responsible</source>
        <translation>Anyone responsible</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="121"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="235"/>
        <source>Documents found: %1</source>
        <translation>Documents found: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="237"/>
        <source>You have no open tasks.</source>
        <translation>You have no open tasks.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="239"/>
        <source>Nothing found. Change the search or the filters.</source>
        <translation>Nothing found. Change the search or the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="303"/>
        <source>Reserve order number</source>
        <translation>Reserve order number</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="303"/>
        <source>Order book:</source>
        <translation>Order book:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="317"/>
        <source>Number %1 is reserved. When the order is signed, register it here.</source>
        <translation>Number %1 is reserved. When the order is signed, register it here.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="325"/>
        <source>Registered as No. %1.</source>
        <translation>Registered as No. %1.</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../ui/documents/files.py" line="104"/>
        <source>File preview</source>
        <translation>File preview</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="34"/>
        <source>Kense — help</source>
        <translation>Kense — help</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <location filename="../../ui/privacy.py" line="140"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="140"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="142"/>
        <source>Showing personal data is recorded in the audit log.</source>
        <translation>Showing personal data is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>PrintRegisterDialog</name>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="35"/>
        <source>Print register</source>
        <translation>Print register</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="57"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="60"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="71"/>
        <source>Register:</source>
        <translation>Register:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="72"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="73"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="74"/>
        <source>Language of the printout:</source>
        <translation>Language of the printout:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="100"/>
        <source>The file could not be written there. Choose another folder.</source>
        <translation>The file could not be written there. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="106"/>
        <source>Save the register as PDF</source>
        <translation>Save the register as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/print_dialog.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/tasks.py" line="127"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="52"/>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="53"/>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="54"/>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="56"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="57"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="58"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="59"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="60"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="61"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="62"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="63"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="64"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="65"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="66"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="67"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="68"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="69"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="71"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="72"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="73"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="32"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="41"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
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
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="45"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="46"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="48"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="49"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="50"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="51"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery.py" line="24"/>
        <source>Recovery with the recovery sheet</source>
        <translation>Recovery with the recovery sheet</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="26"/>
        <source>Type the 48-digit code from the recovery sheet kept in the director&apos;s safe, your login and a new password. This also binds the database to this computer account again.</source>
        <translation>Type the 48-digit code from the recovery sheet kept in the director&apos;s safe, your login and a new password. This also binds the database to this computer account again.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="41"/>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="42"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="43"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="44"/>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="46"/>
        <source>Recover and sign in</source>
        <translation>Recover and sign in</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="71"/>
        <source>Something unexpected went wrong. Nothing was changed.</source>
        <translation>Something unexpected went wrong. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="100"/>
        <source>Register the signed order No. %1</source>
        <translation>Register the signed order No. %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="102"/>
        <source>Reply to letter No. %1</source>
        <translation>Reply to letter No. %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="103"/>
        <source>Register document</source>
        <translation>Register document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="141"/>
        <source>Choose from the list or type the name</source>
        <translation>Choose from the list or type the name</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="148"/>
        <source>e.g. 02-15/123</source>
        <translation>e.g. 02-15/123</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="151"/>
        <location filename="../../ui/documents/register_dialog.py" line="172"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="155"/>
        <source>of</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="160"/>
        <source>What the document is about</source>
        <translation>What the document is about</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="167"/>
        <source>— nobody yet —</source>
        <translation>— nobody yet —</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="175"/>
        <source>Restricted: only the director and the administrator may see it</source>
        <translation>Restricted: only the director and the administrator may see it</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="182"/>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="185"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="205"/>
        <source>Open it</source>
        <translation>Open it</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="214"/>
        <source>Register:</source>
        <translation>Register:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="215"/>
        <source>Registration date:</source>
        <translation>Registration date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="216"/>
        <source>Correspondent:</source>
        <translation>Correspondent:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="219"/>
        <source>Sender&apos;s number and date:</source>
        <translation>Sender&apos;s number and date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="222"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="224"/>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="225"/>
        <source>Executor:</source>
        <translation>Executor:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="227"/>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="230"/>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="241"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="245"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="312"/>
        <source>Choose files to attach</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="333"/>
        <source>Write what the document is about.</source>
        <translation>Write what the document is about.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="339"/>
        <location filename="../../ui/documents/register_dialog.py" line="347"/>
        <source>Write the date as 01.09.2025.</source>
        <translation>Write the date as 01.09.2025.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="342"/>
        <source>Give both the sender&apos;s number and its date, or neither.</source>
        <translation>Give both the sender&apos;s number and its date, or neither.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="350"/>
        <source>The due date cannot be before the registration date.</source>
        <translation>The due date cannot be before the registration date.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="412"/>
        <source>The file «%1» is already registered as No. %2 of %3.</source>
        <translation>The file «%1» is already registered as No. %2 of %3.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="415"/>
        <source>This is already registered as No. %1 of %2.</source>
        <translation>This is already registered as No. %1 of %2.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialog.py" line="416"/>
        <source>Nothing new was registered.</source>
        <translation>Nothing new was registered.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections_builtin.py" line="26"/>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="27"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="28"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="29"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="30"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="31"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="32"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="38"/>
        <source>Here will be the register of pupils: admission, classes, movement between classes and schools, personal files and the alphabetical book. Personal data is masked on screen, and each time it is shown this is recorded.</source>
        <translation>Here will be the register of pupils: admission, classes, movement between classes and schools, personal files and the alphabetical book. Personal data is masked on screen, and each time it is shown this is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="42"/>
        <source>Here will be the staff records: positions, hiring and dismissal orders, and employment certificates.</source>
        <translation>Here will be the staff records: positions, hiring and dismissal orders, and employment certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="45"/>
        <source>Here will be the document register: incoming and outgoing letters and orders, who is responsible for each and by when, with the files stored encrypted.</source>
        <translation>Here will be the document register: incoming and outgoing letters and orders, who is responsible for each and by when, with the files stored encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="48"/>
        <source>Here will be certificates and forms: study and employment certificates with a register number and a QR code, printed or saved as PDF.</source>
        <translation>Here will be certificates and forms: study and employment certificates with a register number and a QR code, printed or saved as PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="51"/>
        <source>Here you will send document records to the district education department whenever the internet is available. Sync is not set up yet.</source>
        <translation>Here you will send document records to the district education department whenever the internet is available. Sync is not set up yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="55"/>
        <source>This part of Kense is being prepared.</source>
        <translation>This part of Kense is being prepared.</translation>
    </message>
    <message>
        <location filename="../../ui/sections_builtin.py" line="69"/>
        <source>Press F1 for help.</source>
        <translation>Press F1 for help.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../ui/security_section.py" line="31"/>
        <source>Protection of the data</source>
        <translation>Protection of the data</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="41"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="45"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="47"/>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="69"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="69"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="72"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="72"/>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="73"/>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="73"/>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="77"/>
        <source>yes — a copy of the database cannot be opened on another computer</source>
        <translation>yes — a copy of the database cannot be opened on another computer</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="78"/>
        <source>the device key is missing from this account&apos;s key store: use the recovery sheet</source>
        <translation>the device key is missing from this account&apos;s key store: use the recovery sheet</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="79"/>
        <source>no — there is no key store on this computer; passwords only</source>
        <translation>no — there is no key store on this computer; passwords only</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="82"/>
        <source>yes, intact (%1 entries)</source>
        <translation>yes, intact (%1 entries)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="83"/>
        <source>NO — the log was damaged or altered (%1)</source>
        <translation>NO — the log was damaged or altered (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="87"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="89"/>
        <source>(shortened on this computer to %1 s)</source>
        <translation>(shortened on this computer to %1 s)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="91"/>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="91"/>
        <source>on — the whole database (SQLCipher 4, AES-256)</source>
        <translation>on — the whole database (SQLCipher 4, AES-256)</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="92"/>
        <source>Cipher version:</source>
        <translation>Cipher version:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="93"/>
        <source>Database schema:</source>
        <translation>Database schema:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="94"/>
        <source>Bound to this computer:</source>
        <translation>Bound to this computer:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="95"/>
        <source>Key store:</source>
        <translation>Key store:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="95"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="96"/>
        <source>Recovery sheet slot:</source>
        <translation>Recovery sheet slot:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="97"/>
        <source>Users:</source>
        <translation>Users:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="98"/>
        <source>Failed sign-ins, last 30 days:</source>
        <translation>Failed sign-ins, last 30 days:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="99"/>
        <source>Audit log verified:</source>
        <translation>Audit log verified:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="100"/>
        <source>Whole database last found sound:</source>
        <translation>Whole database last found sound:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="102"/>
        <source>not yet — checked at the next sign-in</source>
        <translation>not yet — checked at the next sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="103"/>
        <source>Auto-lock after inactivity:</source>
        <translation>Auto-lock after inactivity:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="104"/>
        <source>Lock with the computer&apos;s screen lock:</source>
        <translation>Lock with the computer&apos;s screen lock:</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="105"/>
        <source>not available on this computer</source>
        <translation>not available on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="117"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="117"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="117"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="118"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/security_section.py" line="118"/>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../ui/settings_section.py" line="50"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="51"/>
        <source>Lock when the window is minimised</source>
        <translation>Lock when the window is minimised</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="58"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="61"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="67"/>
        <source>Locking and privacy</source>
        <translation>Locking and privacy</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="69"/>
        <source>Lock after inactivity:</source>
        <translation>Lock after inactivity:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="71"/>
        <source>Clear copied personal data after:</source>
        <translation>Clear copied personal data after:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="73"/>
        <source>Only the administrator can change these settings.</source>
        <translation>Only the administrator can change these settings.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="77"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="79"/>
        <source>Language of the program:</source>
        <translation>Language of the program:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="89"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="92"/>
        <source>My password</source>
        <translation>My password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="94"/>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="95"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="96"/>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="104"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="122"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_section.py" line="138"/>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="95"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="97"/>
        <location filename="../../ui/wizard.py" line="338"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="100"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="143"/>
        <source>Welcome to Kense</source>
        <translation>Welcome to Kense</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="144"/>
        <source>Kense keeps the school&apos;s records of pupils, staff and documents, encrypted on this computer. First, choose the language of the program. You can change it later in Settings.</source>
        <translation>Kense keeps the school&apos;s records of pupils, staff and documents, encrypted on this computer. First, choose the language of the program. You can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="163"/>
        <source>Your school</source>
        <translation>Your school</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="164"/>
        <source>These details appear on the sign-in screen and on letterheads. Choose the region and district from the list or type your own.</source>
        <translation>These details appear on the sign-in screen and on letterheads. Choose the region and district from the list or type your own.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="168"/>
        <source>for example: Naryn secondary school No. 4</source>
        <translation>for example: Naryn secondary school No. 4</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="190"/>
        <source>School name:</source>
        <translation>School name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="192"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="193"/>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="194"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="195"/>
        <source>Director (full name):</source>
        <translation>Director (full name):</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="210"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="211"/>
        <source>Kense encrypts the whole database. To open it, a person needs their password and, in addition, a secret key that Kense keeps in this computer account&apos;s key store (Windows Credential Manager or the desktop keyring). This is called binding to the device: a copy of the database carried away on a flash drive cannot be opened on another computer, even with the right password.</source>
        <translation>Kense encrypts the whole database. To open it, a person needs their password and, in addition, a secret key that Kense keeps in this computer account&apos;s key store (Windows Credential Manager or the desktop keyring). This is called binding to the device: a copy of the database carried away on a flash drive cannot be opened on another computer, even with the right password.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="215"/>
        <source>If this computer or Windows account is replaced, or the key store is cleared, the data is not lost: the recovery sheet you print in a moment opens the database and binds it to the new computer.</source>
        <translation>If this computer or Windows account is replaced, or the key store is cleared, the data is not lost: the recovery sheet you print in a moment opens the database and binds it to the new computer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="218"/>
        <source>Bind the database to this computer (recommended)</source>
        <translation>Bind the database to this computer (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="227"/>
        <source>This computer has no key store that Kense can use. Kense will work with passwords only: a copy of the database together with a password would open anywhere. The Security panel will show this. Ask your IT person to enable the key store, then bind the database later.</source>
        <translation>This computer has no key store that Kense can use. Kense will work with passwords only: a copy of the database together with a password would open anywhere. The Security panel will show this. Ask your IT person to enable the key store, then bind the database later.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="235"/>
        <source>The administrator</source>
        <translation>The administrator</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="236"/>
        <source>The administrator is the person responsible for information security: they add users, set up backups and look after the settings. Everyone gets their own login later; there is no shared password.</source>
        <translation>The administrator is the person responsible for information security: they add users, set up backups and look after the settings. Everyone gets their own login later; there is no shared password.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="258"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="260"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="263"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="266"/>
        <source>A good password is long: at least 10 characters. A phrase of three or four words that only you know is easy to remember and hard to guess.</source>
        <translation>A good password is long: at least 10 characters. A phrase of three or four words that only you know is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>too weak</source>
        <translation>too weak</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282"/>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="284"/>
        <source>At least 10 characters.</source>
        <translation>At least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286"/>
        <source>Strength: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="289"/>
        <source>The recovery code</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="290"/>
        <source>This code opens the database if a password is forgotten or the computer is replaced. It is shown only now. Save the recovery sheet as a PDF or print it, and give it to the director to keep in the safe. Do not photograph it and do not keep it on a flash drive.</source>
        <translation>This code opens the database if a password is forgotten or the computer is replaced. It is shown only now. Save the recovery sheet as a PDF or print it, and give it to the director to keep in the safe. Do not photograph it and do not keep it on a flash drive.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="299"/>
        <source>Save the recovery sheet (PDF)…</source>
        <translation>Save the recovery sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="302"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="316"/>
        <source>Check the recovery code</source>
        <translation>Check the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="317"/>
        <source>Type the code from the sheet, to be sure it can be read. Dashes and spaces do not matter.</source>
        <translation>Type the code from the sheet, to be sure it can be read. Dashes and spaces do not matter.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="335"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="338"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="394"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="411"/>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>Setting up encryption. This takes a few seconds…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="439"/>
        <source>Setup failed. Nothing was saved. Try again.</source>
        <translation>Setup failed. Nothing was saved. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="451"/>
        <source>Kense recovery sheet.pdf</source>
        <translation>Kense recovery sheet.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="457"/>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="458"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="470"/>
        <source>Saved: %1. Print it and delete the file after printing.</source>
        <translation>Saved: %1. Print it and delete the file after printing.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="477"/>
        <source>Kense recovery sheet</source>
        <translation>Kense recovery sheet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="478"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="499"/>
        <source>This is not the code shown on the sheet. Compare it group by group.</source>
        <translation>This is not the code shown on the sheet. Compare it group by group.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="276"/>
        <source>The audit log check found a problem. Tell the administrator; details are in the Security section.</source>
        <translation>The audit log check found a problem. Tell the administrator; details are in the Security section.</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="279"/>
        <source>The check of the whole database found damaged pages. Tell the administrator: a backup copy may be needed.</source>
        <translation>The check of the whole database found damaged pages. Tell the administrator: a backup copy may be needed.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/signin.py" line="57"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="59"/>
        <location filename="../../ui/signin.py" line="61"/>
        <source>Kense — the school office</source>
        <translation>Kense — the school office</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="66"/>
        <source>Kense is locked. %1 was working.</source>
        <translation>Kense is locked. %1 was working.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="71"/>
        <source>for example: aigerim</source>
        <translation>for example: aigerim</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="76"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="77"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="84"/>
        <source>Use the recovery code…</source>
        <translation>Use the recovery code…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="92"/>
        <location filename="../../ui/signin.py" line="183"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="99"/>
        <source>Sign in as another user</source>
        <translation>Sign in as another user</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="103"/>
        <source>Forgot the password or moved to another computer?</source>
        <translation>Forgot the password or moved to another computer?</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="127"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="157"/>
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="161"/>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="165"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="175"/>
        <source>Something unexpected went wrong. Try again; if it repeats, call the person responsible for information security.</source>
        <translation>Something unexpected went wrong. Try again; if it repeats, call the person responsible for information security.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="226"/>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="230"/>
        <source>Next attempt possible in %1 s.</source>
        <translation>Next attempt possible in %1 s.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="74"/>
        <source>Privacy mode: personal data is hidden.
Press Ctrl+Shift+H to show it again.</source>
        <translation>Privacy mode: personal data is hidden.
Press Ctrl+Shift+H to show it again.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="96"/>
        <source>Close the notice</source>
        <translation>Close the notice</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="106"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="108"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="121"/>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="122"/>
        <source>Last backup: none yet</source>
        <translation>Last backup: none yet</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="124"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="167"/>
        <source>&amp;Kense</source>
        <translation>&amp;Kense</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="168"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="170"/>
        <source>Switch user…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="171"/>
        <source>Privacy mode (hide personal data)</source>
        <translation>Privacy mode (hide personal data)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="174"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="175"/>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="180"/>
        <source>Help for this screen</source>
        <translation>Help for this screen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="185"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="185"/>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="186"/>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="186"/>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="218"/>
        <source>This section could not be opened. Your data is safe; please tell the administrator.</source>
        <translation>This section could not be opened. Your data is safe; please tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="246"/>
        <source>Kense kept your unsaved work when it locked: %1. Restore it?</source>
        <translation>Kense kept your unsaved work when it locked: %1. Restore it?</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="254"/>
        <source>Privacy mode</source>
        <translation>Privacy mode</translation>
    </message>
</context>
</TS>
