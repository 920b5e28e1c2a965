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
<context>
    <name>PdfViewer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 барактын %1-барагы</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Туурасына жайгаштыруу</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Кичирейтүү</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Кийинки барак</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Мурунку барак</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
</TS>
