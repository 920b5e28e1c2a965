<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/users_admin.py" line="91"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="96"/>
        <source>e.g. aigerim</source>
        <translation>например, aigerim</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="104"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="105"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="106"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/users_admin.py" line="139"/>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="150"/>
        <source>The user signs in with this password from now on; the old one stops working. A disabled account is enabled again.</source>
        <translation>Теперь пользователь входит с этим паролем; старый перестаёт действовать. Отключённая учётная запись снова включается.</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <location filename="../../ui/users_admin.py" line="182"/>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="183"/>
        <source>Change role…</source>
        <translation>Изменить роль…</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="184"/>
        <source>New password…</source>
        <translation>Новый пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="185"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="203"/>
        <source>Choose a user in the table first.</source>
        <translation>Сначала выберите пользователя в таблице.</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="226"/>
        <source>Role of %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="251"/>
        <source>Disable user</source>
        <translation>Отключить пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="252"/>
        <source>Disable %1? Their key is deleted at once: they can no longer sign in. Everything they did stays in the audit log. An administrator can enable the account again with a new password.</source>
        <translation>Отключить %1? Его ключ сразу удаляется: войти он больше не сможет. Все его действия остаются в журнале аудита. Администратор может снова включить учётную запись с новым паролем.</translation>
    </message>
</context>
<context>
    <name>UsersAdmin</name>
    <message>
        <location filename="../../ui/users_admin.py" line="36"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="37"/>
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="38"/>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="39"/>
        <source>teacher</source>
        <translation>учитель</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="68"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="70"/>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="71"/>
        <source>At least 10 characters; a few words are easy to remember and hard to guess. Tell the user in person, never by message.</source>
        <translation>Не менее 10 символов; несколько слов легко запомнить и трудно подобрать. Сообщите пароль лично, никогда не сообщением.</translation>
    </message>
</context>
</TS>
