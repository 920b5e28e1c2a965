<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/users_admin.py" line="91"/>
        <source>New user</source>
        <translation>Жаңы колдонуучу</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="96"/>
        <source>e.g. aigerim</source>
        <translation>мисалы, aigerim</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="104"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="105"/>
        <source>Full name:</source>
        <translation>Толук аты-жөнү:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="106"/>
        <source>Role:</source>
        <translation>Ролу:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/users_admin.py" line="139"/>
        <source>New password for %1</source>
        <translation>%1 үчүн жаңы сырсөз</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="150"/>
        <source>The user signs in with this password from now on; the old one stops working. A disabled account is enabled again.</source>
        <translation>Мындан ары колдонуучу ушул сырсөз менен кирет; эскиси иштебей калат. Өчүрүлгөн эсеп кайра иштетилет.</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <location filename="../../ui/users_admin.py" line="182"/>
        <source>Add user…</source>
        <translation>Колдонуучу кошуу…</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="183"/>
        <source>Change role…</source>
        <translation>Ролун өзгөртүү…</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="184"/>
        <source>New password…</source>
        <translation>Жаңы сырсөз…</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="185"/>
        <source>Disable</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="203"/>
        <source>Choose a user in the table first.</source>
        <translation>Адегенде таблицадан колдонуучуну тандаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="226"/>
        <source>Role of %1</source>
        <translation>%1 ролу</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="251"/>
        <source>Disable user</source>
        <translation>Колдонуучуну өчүрүү</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="252"/>
        <source>Disable %1? Their key is deleted at once: they can no longer sign in. Everything they did stays in the audit log. An administrator can enable the account again with a new password.</source>
        <translation>%1 өчүрүлсүнбү? Анын ачкычы ошол замат өчүрүлөт: ал мындан ары кире албайт. Анын бардык аракеттери аудит журналында калат. Администратор эсепти жаңы сырсөз менен кайра иштете алат.</translation>
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
        <translation>катчы</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="39"/>
        <source>teacher</source>
        <translation>мугалим</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="68"/>
        <source>Password:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="70"/>
        <source>Password again:</source>
        <translation>Сырсөздү кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/users_admin.py" line="71"/>
        <source>At least 10 characters; a few words are easy to remember and hard to guess. Tell the user in person, never by message.</source>
        <translation>Кеминде 10 белги; бир нече сөз оңой эсте калат жана табуу кыйын. Колдонуучуга өзүңүз айтып бериңиз, эч качан билдирүү аркылуу жибербеңиз.</translation>
    </message>
</context>
</TS>
