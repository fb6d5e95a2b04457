<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>TimelineModel</name>
        <message numerus="yes">
            <source>No contact for %n days so far</source>
            <translation>
                <numerusform>No contact for %n day so far</numerusform>
                <numerusform>No contact for %n days so far</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n days</source>
            <translation>
                <numerusform>No contact for %n day</numerusform>
                <numerusform>No contact for %n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
