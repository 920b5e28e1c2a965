<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <source>You have typed changes that are not saved yet.</source>
        <translation>Сиз киргизген өзгөртүүлөр азырынча сакталган жок.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Жабуудан мурун сактайсызбы?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Өзгөртүүлөрдү таштоо</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артка кайтуу</translation>
    </message>
</context>
</TS>
