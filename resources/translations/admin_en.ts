<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/users_admin.py" line="91"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="96"/>
        <source>e.g. aigerim</source>
        <translation>e.g. aigerim</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="104"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="105"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="106"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/users_admin.py" line="139"/>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="150"/>
        <source>The user signs in with this password from now on; the old one stops working. A disabled account is enabled again.</source>
        <translation>The user signs in with this password from now on; the old one stops working. A disabled account is enabled again.</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <location filename="../../ui/users_admin.py" line="182"/>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="183"/>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="184"/>
        <source>New password…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="185"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="203"/>
        <source>Choose a user in the table first.</source>
        <translation>Choose a user in the table first.</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="226"/>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="251"/>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="252"/>
        <source>Disable %1? Their key is deleted at once: they can no longer sign in. Everything they did stays in the audit log. An administrator can enable the account again with a new password.</source>
        <translation>Disable %1? Their key is deleted at once: they can no longer sign in. Everything they did stays in the audit log. An administrator can enable the account again with a new password.</translation>
    </message>
</context>
<context>
    <name>UsersAdmin</name>
    <message>
        <location filename="../../ui/users_admin.py" line="36"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="37"/>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="38"/>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="39"/>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="68"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="70"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="71"/>
        <source>At least 10 characters; a few words are easy to remember and hard to guess. Tell the user in person, never by message.</source>
        <translation>At least 10 characters; a few words are easy to remember and hard to guess. Tell the user in person, never by message.</translation>
    </message>
</context>
</TS>
