<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>DocumentCard</name>
    <message>
        <location filename="../../ui/documents/card.py" line="505"/>
        <source>Saving copies of the files…</source>
        <translation>Файлдардын көчүрмөлөрү сакталууда…</translation>
    </message>
</context>
</TS>
