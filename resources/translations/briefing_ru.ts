<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/briefing/view.py" line="130"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="131"/>
        <source>A meeting from the timeline</source>
        <translation>Встреча из хронологии</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="132"/>
        <source>A date and the attendees</source>
        <translation>Дата и участники</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="133"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="134"/>
        <source>A&amp;ttendees:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="135"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="136"/>
        <source>A&amp;udience:</source>
        <translation>&amp;Для кого:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="137"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="138"/>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="139"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="140"/>
        <location filename="../../ui/briefing/tab.py" line="233"/>
        <source>Built-in</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="141"/>
        <source>Open the document when it is written</source>
        <translation>Открыть документ после создания</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="142"/>
        <source>&amp;Preview outline</source>
        <translation>&amp;Показать структуру</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="143"/>
        <source>&amp;Write briefing…</source>
        <translation>&amp;Создать брифинг…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="144"/>
        <source>Meeting from the timeline</source>
        <translation>Встреча из хронологии</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="145"/>
        <source>The client&apos;s attendees</source>
        <translation>Участники со стороны клиента</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="146"/>
        <source>Outline of the briefing</source>
        <translation>Структура брифинга</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="147"/>
        <source>Audience</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/view.py" line="148"/>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="68"/>
        <source>Upcoming: {meeting}</source>
        <translation>Предстоит: {meeting}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="74"/>
        <source>{person} (left the company)</source>
        <translation>{person} (покинул компанию)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="140"/>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="140"/>
        <source>Writing the briefing…</source>
        <translation>Создаём брифинг…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="160"/>
        <source>Written to {path}: {sections} sections, {points} talking points, {pictures} pictures.</source>
        <translation>Сохранено в {path}: разделов — {sections}, тезисов — {points}, иллюстраций — {pictures}.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="172"/>
        <source>Check {field}: {reason}</source>
        <translation>Проверьте поле «{field}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="176"/>
        <source>The briefing could not be written: {error}</source>
        <translation>Не удалось создать брифинг: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="189"/>
        <source>Internal (our team)</source>
        <translation>Внутренний (для нашей команды)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="190"/>
        <source>Client-facing (nothing internal)</source>
        <translation>Для клиента (без внутренних сведений)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="209"/>
        <source>Write briefing</source>
        <translation>Создать брифинг</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="209"/>
        <location filename="../../ui/briefing/tab.py" line="226"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing/tab.py" line="226"/>
        <source>Corporate template</source>
        <translation>Корпоративный шаблон</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <location filename="../../ui/tabs/briefing.py" line="13"/>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
</context>
</TS>
