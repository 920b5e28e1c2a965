<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DocumentCard</name>
    <message>
        <location filename="../../ui/documents/card.py" line="505"/>
        <source>Saving copies of the files…</source>
        <translation>Saving copies of the files…</translation>
    </message>
</context>
</TS>
