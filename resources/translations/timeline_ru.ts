<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AccountWorkspace</name>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
    </context>
    <context>
        <name>ActivityPanel</name>
        <message>
            <source>Drawing the activity chart…</source>
            <translation>Строим график активности…</translation>
        </message>
        <message>
            <source>Engagement warning</source>
            <translation>Предупреждение о вовлечённости</translation>
        </message>
        <message>
            <source>Interactions per month</source>
            <translation>Взаимодействия по месяцам</translation>
        </message>
        <message>
            <source>Baseline ({months}-month mean)</source>
            <translation>Базовый уровень (среднее за {months} мес.)</translation>
        </message>
        <message>
            <source>Engagement drop</source>
            <translation>Падение вовлечённости</translation>
        </message>
        <message>
            <source>interactions</source>
            <translation>взаимодействий</translation>
        </message>
        <message>
            <source>Interactions per month and channel</source>
            <translation>Взаимодействия по месяцам и каналам</translation>
        </message>
        <message>
            <source>Engagement has dropped: {recent} interactions a month over the last {recent_months} months, against {baseline} a month in the {baseline_months} months before ({ratio} of the usual).</source>
            <translation>Вовлечённость упала: {recent} взаимодействий в месяц за последние {recent_months} мес. против {baseline} в месяц за {baseline_months} мес. до того ({ratio} от обычного).</translation>
        </message>
    </context>
    <context>
        <name>AddProposedPeople</name>
        <message>
            <source>Add {count} people from the import</source>
            <translation>Добавить контактных лиц из импорта: {count}</translation>
        </message>
        <message>
            <source>Add person “{name}”</source>
            <translation>Добавить контактное лицо «{name}»</translation>
        </message>
    </context>
    <context>
        <name>CreateInteraction</name>
        <message>
            <source>Log {kind} “{subject}”</source>
            <translation>Записать: {kind} «{subject}»</translation>
        </message>
        <message>
            <source>Log {kind}</source>
            <translation>Записать: {kind}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>E&amp;dit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>Edit the interaction</source>
            <translation>Изменить взаимодействие</translation>
        </message>
        <message>
            <source>Dele&amp;te</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Delete the interaction</source>
            <translation>Удалить взаимодействие</translation>
        </message>
        <message>
            <source>The selected interaction</source>
            <translation>Выбранное взаимодействие</translation>
        </message>
        <message>
            <source>Select an interaction to read it in full.</source>
            <translation>Выберите взаимодействие, чтобы прочитать его полностью.</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Our team</source>
            <translation>Наша команда</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Настрой</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>&amp;Search:</source>
            <translation>Поис&amp;к:</translation>
        </message>
        <message>
            <source>Words in subjects and notes…</source>
            <translation>Слова из тем и заметок…</translation>
        </message>
        <message>
            <source>Search the timeline</source>
            <translation>Поиск по хронологии</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Все каналы</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Каналы</translation>
        </message>
        <message>
            <source>Show only some channels</source>
            <translation>Показать только некоторые каналы</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>Все контактные лица</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>One person's timeline</source>
            <translation>Хронология одного контактного лица</translation>
        </message>
        <message>
            <source>Whole team</source>
            <translation>Вся команда</translation>
        </message>
        <message>
            <source>Team member</source>
            <translation>Сотрудник команды</translation>
        </message>
        <message>
            <source>Only interactions one of our team took part in</source>
            <translation>Только взаимодействия с участием этого сотрудника</translation>
        </message>
        <message>
            <source>Any direction</source>
            <translation>Любое направление</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>За всё время</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Последние 30 дней</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Последние 3 месяца</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Последние 12 месяцев</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Этот год</translation>
        </message>
        <message>
            <source>Custom period</source>
            <translation>Свой период</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <source>Channels: {count}</source>
            <translation>Каналов: {count}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Find it from the content (mail domains, names in the file)</source>
            <translation>Определить по содержимому (почтовые домены, названия в файле)</translation>
        </message>
        <message>
            <source>Files to Import</source>
            <translation>Файлы для импорта</translation>
        </message>
        <message>
            <source>Mail, calendars, contacts, spreadsheets</source>
            <translation>Почта, календари, контакты, таблицы</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Все файлы</translation>
        </message>
        <message>
            <source>Folder to Import</source>
            <translation>Папка для импорта</translation>
        </message>
        <message>
            <source>There are no files to import in what you chose.</source>
            <translation>В выбранном нет файлов для импорта.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Далее</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Importing {count} files…</source>
            <translation>Импорт файлов: {count}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Cancelling: rolling back the file being imported…</source>
            <translation>Отмена: откатываем файл, который импортировался…</translation>
        </message>
        <message>
            <source>Imported {name}</source>
            <translation>Импортирован {name}</translation>
        </message>
        <message>
            <source>Cancelled. The file being imported when you cancelled was rolled back and left no trace; the files before it are imported, the ones after it were not started.</source>
            <translation>Импорт отменён. Файл, который импортировался в момент отмены, откачен и не оставил следов; файлы до него импортированы, файлы после него не обрабатывались.</translation>
        </message>
        <message>
            <source>{person} at {account} (records: {count})</source>
            <translation>{person}, {account} (упоминаний: {count})</translation>
        </message>
        <message>
            <source>{person} — added</source>
            <translation>{person} — добавлено</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Mail (.eml, .msg, .mbox), calendars (.ics), contacts (.vcf) and spreadsheets of interactions, contacts, orders, deliveries, tickets or surveys (.csv, .xlsx). Each file is imported whole or not at all.</source>
            <translation>Почта (.eml, .msg, .mbox), календари (.ics), контакты (.vcf) и таблицы взаимодействий, контактов, заказов, поставок, обращений или опросов (.csv, .xlsx). Каждый файл импортируется целиком или не импортируется вовсе.</translation>
        </message>
        <message>
            <source>Files and folders to import</source>
            <translation>Файлы и папки для импорта</translation>
        </message>
        <message>
            <source>Add &amp;Files…</source>
            <translation>Добавить &amp;файлы…</translation>
        </message>
        <message>
            <source>Add F&amp;older…</source>
            <translation>Добавить п&amp;апку…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Убрать</translation>
        </message>
        <message>
            <source>You can also drop files and folders here or on the main window.</source>
            <translation>Файлы и папки можно также перетащить сюда или в главное окно.</translation>
        </message>
        <message>
            <source>File under &amp;account:</source>
            <translation>&amp;Клиент:</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Add &amp;unknown people at a client's mail domain as new contacts</source>
            <translation>Добавлять &amp;неизвестных людей с почтового домена клиента как новые контактные лица</translation>
        </message>
        <message>
            <source>Let me check the &amp;columns of every spreadsheet</source>
            <translation>Показывать &amp;столбцы каждой таблицы перед импортом</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Отчёт об импорте</translation>
        </message>
        <message>
            <source>Unknown people</source>
            <translation>Неизвестные люди</translation>
        </message>
        <message>
            <source>These addresses at clients' mail domains are not contacts yet. Tick the ones to add; newsletters and shared mailboxes are better left out.</source>
            <translation>Этих адресов с почтовых доменов клиентов ещё нет среди контактных лиц. Отметьте тех, кого добавить; рассылки и общие ящики лучше не добавлять.</translation>
        </message>
        <message>
            <source>Unknown people to add</source>
            <translation>Неизвестные люди для добавления</translation>
        </message>
        <message>
            <source>Add &amp;Ticked People</source>
            <translation>Добавить &amp;отмеченных</translation>
        </message>
        <message>
            <source>Import &amp;More…</source>
            <translation>Импортировать &amp;ещё…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>ImportInstaller</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Import mail, calendars, contacts and spreadsheets into the open database</source>
            <translation>Импорт почты, календарей, контактов и таблиц в открытую базу</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>The file holds:</source>
            <translation>В файле:</translation>
        </message>
        <message>
            <source>What the spreadsheet holds</source>
            <translation>Что содержит таблица</translation>
        </message>
        <message>
            <source>Columns and the fields they fill</source>
            <translation>Столбцы и поля, которые они заполняют</translation>
        </message>
        <message>
            <source>Field for the column “{column}”</source>
            <translation>Поле для столбца «{column}»</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; (spreadsheet {position} of {count})</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; (таблица {position} из {count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>These are the columns you chose for this layout last time.</source>
            <translation>Это столбцы, которые вы выбрали для такой таблицы в прошлый раз.</translation>
        </message>
        <message>
            <source>The planner does not recognise these columns. Say what the file holds and which column is which.</source>
            <translation>Планировщик не узнаёт эти столбцы. Укажите, что содержит файл и какой столбец что означает.</translation>
        </message>
        <message>
            <source>Some columns the planner needs were not recognised. Check the choices above the columns.</source>
            <translation>Некоторые нужные столбцы не распознаны. Проверьте выбор над столбцами.</translation>
        </message>
        <message>
            <source>Several columns were not recognised. Check the choices above the columns: the planner remembers them for the next file like this one.</source>
            <translation>Несколько столбцов не распознаны. Проверьте выбор над столбцами: планировщик запомнит его для следующих таких файлов.</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— пропустить —</translation>
        </message>
        <message>
            <source>Still needed: {fields}.</source>
            <translation>Ещё нужно: {fields}.</translation>
        </message>
        <message>
            <source>Chosen for more than one column: {fields}.</source>
            <translation>Выбрано для нескольких столбцов: {fields}.</translation>
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>Quick Log</source>
            <translation>Быстрая запись</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Имена через запятую</translation>
        </message>
        <message>
            <source>Who took part at the client</source>
            <translation>Кто участвовал со стороны клиента</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Кто:</translation>
        </message>
        <message>
            <source>What was it about?</source>
            <translation>О чём шла речь?</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <source>Notes (optional)</source>
            <translation>Заметки (необязательно)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Заметки:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>N&amp;ow</source>
            <translation>&amp;Сейчас</translation>
        </message>
        <message>
            <source>W&amp;hen:</source>
            <translation>К&amp;огда:</translation>
        </message>
        <message>
            <source>Who took part on our side</source>
            <translation>Кто участвовал с нашей стороны</translation>
        </message>
        <message>
            <source>O&amp;ur side:</source>
            <translation>&amp;Наши:</translation>
        </message>
        <message>
            <source>Nobody of that name here: {names}. Pick names from the list.</source>
            <translation>Здесь нет никого с таким именем: {names}. Выберите имена из списка.</translation>
        </message>
        <message>
            <source>The subject is too long; put the details into the notes.</source>
            <translation>Тема слишком длинная; подробности лучше перенести в заметки.</translation>
        </message>
        <message>
            <source>Say in a few words what it was about (a subject or a note).</source>
            <translation>Напишите в двух словах, о чём шла речь (тема или заметка).</translation>
        </message>
        <message>
            <source>That lies in the future; plan meetings in the calendar.</source>
            <translation>Это время ещё не наступило; встречи планируйте в календаре.</translation>
        </message>
        <message>
            <source>Somebody here is no longer on the list; pick the names again.</source>
            <translation>Кого-то из указанных уже нет в списке; выберите имена заново.</translation>
        </message>
    </context>
    <context>
        <name>ReportModel</name>
        <message>
            <source>… and {count} more rejected; in all:</source>
            <translation>… и ещё отклонено: {count}; всего:</translation>
        </message>
        <message>
            <source>in column “{column}”</source>
            <translation>в столбце «{column}»</translation>
        </message>
        <message>
            <source>Files: {files} (imported: {imported}, nothing new: {unchanged}, failed: {failed}). Records added: {added}, merged: {merged}, duplicates skipped: {duplicates}, rejected: {rejected}.</source>
            <translation>Файлов: {files} (импортировано: {imported}, без нового: {unchanged}, с ошибкой: {failed}). Записей добавлено: {added}, объединено: {merged}, пропущено дубликатов: {duplicates}, отклонено: {rejected}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Содержимое</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Объединено</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Дубликаты</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Отклонено</translation>
        </message>
    </context>
    <context>
        <name>TimelineDelegate</name>
        <message>
            <source>Interactions: {count}</source>
            <translation>Взаимодействий: {count}</translation>
        </message>
    </context>
    <context>
        <name>TimelineDetail</name>
        <message>
            <source>sender</source>
            <translation>отправитель</translation>
        </message>
        <message>
            <source>recipient</source>
            <translation>получатель</translation>
        </message>
        <message>
            <source>in copy</source>
            <translation>в копии</translation>
        </message>
        <message>
            <source>organiser</source>
            <translation>организатор</translation>
        </message>
        <message>
            <source>attendee</source>
            <translation>участник</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Позитивный</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Нейтральный</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Негативный</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Введено вручную</translation>
        </message>
        <message>
            <source>Imported e-mail</source>
            <translation>Импортированное письмо</translation>
        </message>
        <message>
            <source>Imported mailbox</source>
            <translation>Импортированный почтовый ящик</translation>
        </message>
        <message>
            <source>Imported Outlook item</source>
            <translation>Импортированный элемент Outlook</translation>
        </message>
        <message>
            <source>Imported calendar</source>
            <translation>Импортированный календарь</translation>
        </message>
        <message>
            <source>Imported contacts</source>
            <translation>Импортированные контакты</translation>
        </message>
        <message>
            <source>Imported spreadsheet</source>
            <translation>Импортированная таблица</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Демонстрационные данные</translation>
        </message>
        <message>
            <source>{source}: {file}</source>
            <translation>{source}: {file}</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n days so far</source>
            <translation>
                <numerusform>Нет контакта уже %n день</numerusform>
                <numerusform>Нет контакта уже %n дня</numerusform>
                <numerusform>Нет контакта уже %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n days</source>
            <translation>
                <numerusform>Нет контакта %n день</numerusform>
                <numerusform>Нет контакта %n дня</numerusform>
                <numerusform>Нет контакта %n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>No interactions match these filters.</source>
            <translation>Под эти фильтры не подходит ни одно взаимодействие.</translation>
        </message>
        <message>
            <source>No interactions with this account yet. Press Ctrl+L to log a call or a visit.</source>
            <translation>С этим клиентом ещё не было взаимодействий. Нажмите Ctrl+L, чтобы записать звонок или визит.</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>График</translation>
        </message>
        <message>
            <source>Show or hide the activity chart</source>
            <translation>Показать или скрыть график активности</translation>
        </message>
        <message>
            <source>Activity chart</source>
            <translation>График активности</translation>
        </message>
        <message>
            <source>Quick &amp;Log…</source>
            <translation>Быстрая &amp;запись…</translation>
        </message>
        <message>
            <source>Record a call, visit or note (Ctrl+L)</source>
            <translation>Записать звонок, визит или заметку (Ctrl+L)</translation>
        </message>
        <message>
            <source>Quick log</source>
            <translation>Быстрая запись</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
    </context>
    <context>
        <name>importing</name>
        <message>
            <source>Imported</source>
            <translation>Импортирован</translation>
        </message>
        <message>
            <source>Nothing new</source>
            <translation>Ничего нового</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Cancelled, rolled back</source>
            <translation>Отменён, откачен</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Не начат</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Почта</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Взаимодействия</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Deliveries</source>
            <translation>Поставки</translation>
        </message>
        <message>
            <source>Service tickets</source>
            <translation>Сервисные обращения</translation>
        </message>
        <message>
            <source>Survey answers</source>
            <translation>Ответы на опросы</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>файл не читается</translation>
        </message>
        <message>
            <source>not a kind of file the planner imports</source>
            <translation>планировщик не импортирует такие файлы</translation>
        </message>
        <message>
            <source>binary or damaged content, not text or a known document</source>
            <translation>двоичное или повреждённое содержимое: не текст и не известный формат документа</translation>
        </message>
        <message>
            <source>the file is damaged or cut off</source>
            <translation>файл повреждён или обрезан</translation>
        </message>
        <message>
            <source>a format the planner does not import</source>
            <translation>формат, который планировщик не импортирует</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
        <message>
            <source>the file does not hold what was asked for</source>
            <translation>в файле не то, что запрошено</translation>
        </message>
        <message>
            <source>required columns were not found</source>
            <translation>не найдены обязательные столбцы</translation>
        </message>
        <message>
            <source>the column mapping does not fit the file</source>
            <translation>сопоставление столбцов не подходит к файлу</translation>
        </message>
        <message>
            <source>text that does not decode in the detected encoding</source>
            <translation>текст не читается в определённой кодировке</translation>
        </message>
        <message>
            <source>every record was rejected</source>
            <translation>отклонены все записи</translation>
        </message>
        <message>
            <source>too large for this kind of file</source>
            <translation>слишком большой для файла такого вида</translation>
        </message>
        <message>
            <source>a required value is missing</source>
            <translation>не заполнено обязательное значение</translation>
        </message>
        <message>
            <source>not a date</source>
            <translation>не дата</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>не число</translation>
        </message>
        <message>
            <source>not an e-mail address</source>
            <translation>не адрес электронной почты</translation>
        </message>
        <message>
            <source>not an allowed value</source>
            <translation>недопустимое значение</translation>
        </message>
        <message>
            <source>negative (returns and credit notes are not imported)</source>
            <translation>отрицательное значение (возвраты и корректировки не импортируются)</translation>
        </message>
        <message>
            <source>no account of that name</source>
            <translation>клиента с таким названием нет</translation>
        </message>
        <message>
            <source>neither a name nor an e-mail address</source>
            <translation>нет ни имени, ни адреса почты</translation>
        </message>
        <message>
            <source>too long</source>
            <translation>слишком длинное значение</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Дата и время</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Account (client)</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Record key</source>
            <translation>Ключ записи</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Мобильный</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Дата заказа</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>Товарная группа</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Цена за единицу</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Номер заказа</translation>
        </message>
        <message>
            <source>Promised date</source>
            <translation>Обещанная дата</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Дата поставки</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Перевозчик</translation>
        </message>
        <message>
            <source>Reason for delay</source>
            <translation>Причина задержки</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>Первый ответ</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Решено</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Дата ответа</translation>
        </message>
        <message>
            <source>Top of the scale</source>
            <translation>Максимум шкалы</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Опрос</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Ticket number</source>
            <translation>Номер обращения</translation>
        </message>
        <message>
            <source>Ticket type</source>
            <translation>Тип обращения</translation>
        </message>
        <message>
            <source>Survey type</source>
            <translation>Тип опроса</translation>
        </message>
        <message>
            <source>Delivery number</source>
            <translation>Номер поставки</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>Респондент</translation>
        </message>
        <message>
            <source>{choices} or {last}</source>
            <translation>{choices} или {last}</translation>
        </message>
        <message>
            <source>required columns not found: {columns}</source>
            <translation>не найдены обязательные столбцы: {columns}</translation>
        </message>
        <message>
            <source>required columns not found: {columns}; the file has: {headers}</source>
            <translation>не найдены обязательные столбцы: {columns}; в файле есть: {headers}</translation>
        </message>
        <message>
            <source>every record was rejected ({count})</source>
            <translation>отклонены все записи ({count})</translation>
        </message>
        <message>
            <source>field “{field}”</source>
            <translation>поле «{field}»</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>строка {row}</translation>
        </message>
        <message>
            <source>column “{column}”</source>
            <translation>столбец «{column}»</translation>
        </message>
        <message>
            <source>no account found (choose the account, or add the client's mail domain to it)</source>
            <translation>клиент не найден (выберите клиента или добавьте ему почтовый домен)</translation>
        </message>
        <message>
            <source>address</source>
            <translation>адрес</translation>
        </message>
        <message>
            <source>value “{value}”</source>
            <translation>значение «{value}»</translation>
        </message>
    </context>
</TS>
