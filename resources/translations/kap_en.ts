<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertCounts</name>
    <message numerus="yes">
        <source>of %n deliveries</source>
        <translation>
            <numerusform>of %n delivery</numerusform>
            <numerusform>of %n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n tickets</source>
        <translation>
            <numerusform>of %n ticket</numerusform>
            <numerusform>of %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n answers</source>
        <translation>
            <numerusform>of %n answer</numerusform>
            <numerusform>of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n records</source>
        <translation>
            <numerusform>of %n record</numerusform>
            <numerusform>of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n inspection record(s) over the target</source>
        <translation>
            <numerusform>; %n inspection record over the target</numerusform>
            <numerusform>; %n inspection records over the target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>%n new alert(s): </source>
        <translation>
            <numerusform>%n new alert: </numerusform>
            <numerusform>%n new alerts: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPlurals</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
