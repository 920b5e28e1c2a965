<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>You have typed changes that are not saved yet.</source>
        <translation>You have typed changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>No open document is assigned to you.</source>
        <translation>No open document is assigned to you.</translation>
    </message>
    <message>
        <source>Ask the administrator to make the first backup today (command: kense backup now) and to keep it on a second disk.</source>
        <translation>Ask the administrator to make the first backup today (command: kense backup now) and to keep it on a second disk.</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>Notices (%1)</translation>
    </message>
    <message>
        <source>%1 integrity findings open: see Security</source>
        <translation>%1 integrity findings open: see Security</translation>
    </message>
    <message>
        <source>%1 failed sign-in attempts since your last sign-in</source>
        <translation>%1 failed sign-in attempts since your last sign-in</translation>
    </message>
    <message>
        <source>Open Sync</source>
        <translation>Open Sync</translation>
    </message>
    <message>
        <source>Sync: everything sent</source>
        <translation>Sync: everything sent</translation>
    </message>
    <message>
        <source>Sync: %1 records waiting</source>
        <translation>Sync: %1 records waiting</translation>
    </message>
    <message>
        <source>Open Sync to see why and send them again.</source>
        <translation>Open Sync to see why and send them again.</translation>
    </message>
    <message>
        <source>Sync: %1 records refused</source>
        <translation>Sync: %1 records refused</translation>
    </message>
    <message>
        <source>Ask the administrator to connect Kense to the district server.</source>
        <translation>Ask the administrator to connect Kense to the district server.</translation>
    </message>
    <message>
        <source>%1 records wait to be sent. Ask the administrator to connect Kense to the district server.</source>
        <translation>%1 records wait to be sent. Ask the administrator to connect Kense to the district server.</translation>
    </message>
    <message>
        <source>Sync with the district: not set up</source>
        <translation>Sync with the district: not set up</translation>
    </message>
    <message>
        <source>Backups are up to date.</source>
        <translation>Backups are up to date.</translation>
    </message>
    <message>
        <source>More than a day old: make a backup today.</source>
        <translation>More than a day old: make a backup today.</translation>
    </message>
    <message>
        <source>Last verified backup: %1</source>
        <translation>Last verified backup: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>no number yet</source>
        <translation>no number yet</translation>
    </message>
    <message>
        <source>Certificates issued today (%1)</source>
        <translation>Certificates issued today (%1)</translation>
    </message>
    <message>
        <source>Numbers held for orders not signed yet: register the signed order under its number.</source>
        <translation>Numbers held for orders not signed yet: register the signed order under its number.</translation>
    </message>
    <message>
        <source>Reserved order numbers (%1)</source>
        <translation>Reserved order numbers (%1)</translation>
    </message>
    <message>
        <source>Registered incoming letters nobody was assigned yet: open one and press Assign.</source>
        <translation>Registered incoming letters nobody was assigned yet: open one and press Assign.</translation>
    </message>
    <message>
        <source>Letters waiting for an executor (%1)</source>
        <translation>Letters waiting for an executor (%1)</translation>
    </message>
    <message>
        <source>Past their due date and not executed. Open one to see who is responsible.</source>
        <translation>Past their due date and not executed. Open one to see who is responsible.</translation>
    </message>
    <message>
        <source>Overdue in the office (%1)</source>
        <translation>Overdue in the office (%1)</translation>
    </message>
    <message>
        <source>Documents you are responsible for; overdue ones first.</source>
        <translation>Documents you are responsible for; overdue ones first.</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>My tasks (%1)</translation>
    </message>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>Nothing needs your attention today.</translation>
    </message>
    <message>
        <source>The list could not be read. Your data is safe; press Refresh.</source>
        <translation>The list could not be read. Your data is safe; press Refresh.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register the document</source>
        <translation>Register the document</translation>
    </message>
    <message>
        <source>The registration number is taken for good: it is never given to another document, even if this one is corrected later.</source>
        <translation>The registration number is taken for good: it is never given to another document, even if this one is corrected later.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Files: %1</translation>
    </message>
    <message>
        <source>Correspondent: %1</source>
        <translation>Correspondent: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Register in the %1 register?</source>
        <translation>Register in the %1 register?</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>Close sign-in…</source>
        <translation>Close sign-in…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Show the data again</source>
        <translation>Show the data again</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Shown for %1 s, then hidden again. This is recorded in the audit log.</source>
        <translation>Shown for %1 s, then hidden again. This is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Show hidden data</source>
        <translation>Show hidden data</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Hide again</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Files (%1)</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Filling the demo school…</source>
        <translation>Filling the demo school…</translation>
    </message>
    <message>
        <source>Demo school: %1 %p%</source>
        <translation>Demo school: %1 %p%</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>pupils</translation>
    </message>
    <message>
        <source>letters and orders</source>
        <translation>letters and orders</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
</context>
</TS>
