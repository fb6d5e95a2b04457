<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AccountWorkspace</name>
        <message>
            <source>Orders &amp;&amp; SLA</source>
            <translation>Заказы и SLA</translation>
        </message>
    </context>
    <context>
        <name>AlertCentre</name>
        <message>
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <source>All severities</source>
            <translation>Любой уровень</translation>
        </message>
        <message>
            <source>{severity} or worse</source>
            <translation>{severity} и выше</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Все клиенты</translation>
        </message>
        <message>
            <source>Computing the alerts…</source>
            <translation>Сигналы рассчитываются…</translation>
        </message>
        <message>
            <source>Open alerts: {count}</source>
            <translation>Открытых сигналов: {count}</translation>
        </message>
        <message>
            <source>Shown: {shown}; open alerts: {count}</source>
            <translation>Показано: {shown}; открытых сигналов: {count}</translation>
        </message>
        <message>
            <source>No alert matches the filters.</source>
            <translation>Ни один сигнал не подходит под фильтры.</translation>
        </message>
        <message>
            <source>No alerts: nothing needs your attention.</source>
            <translation>Сигналов нет: ничто не требует вашего внимания.</translation>
        </message>
        <message>
            <source>{kind} · {account}</source>
            <translation>{kind} · {account}</translation>
        </message>
        <message>
            <source>{severity} · since {date} · {status}</source>
            <translation>{severity} · с {date} · {status}</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>A&amp;ccount:</source>
            <translation>К&amp;лиент:</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ви&amp;д:</translation>
        </message>
        <message>
            <source>Kind of alert</source>
            <translation>Вид сигнала</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Also list the alerts acknowledged or snoozed</source>
            <translation>Показывать также подтверждённые и отложенные сигналы</translation>
        </message>
        <message>
            <source>Compute the alerts again now (they are refreshed after every change and every 30 minutes)</source>
            <translation>Пересчитать сигналы сейчас (они и так пересчитываются после каждого изменения и каждые 30 минут)</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Сигналы</translation>
        </message>
        <message>
            <source>Sever&amp;ity:</source>
            <translation>Уров&amp;ень:</translation>
        </message>
        <message>
            <source>Show dis&amp;missed</source>
            <translation>Показывать скр&amp;ытые</translation>
        </message>
        <message>
            <source>Refre&amp;sh</source>
            <translation>О&amp;бновить</translation>
        </message>
        <message>
            <source>Ackno&amp;wledge</source>
            <translation>Под&amp;твердить</translation>
        </message>
        <message>
            <source>Dismiss this alert for good: it comes back only if the situation changes (a new period, a new delay)</source>
            <translation>Убрать сигнал насовсем: он вернётся, только если ситуация изменится (новый период, новая задержка)</translation>
        </message>
        <message>
            <source>S&amp;nooze</source>
            <translation>&amp;Отложить</translation>
        </message>
        <message>
            <source>Hide this alert until a day; it comes back then if it still holds</source>
            <translation>Скрыть сигнал до указанного дня; если ситуация сохранится, он вернётся</translation>
        </message>
        <message>
            <source>For a &amp;Day</source>
            <translation>На &amp;сутки</translation>
        </message>
        <message>
            <source>For a &amp;Week</source>
            <translation>На &amp;неделю</translation>
        </message>
        <message>
            <source>&amp;Until a Date…</source>
            <translation>До &amp;даты…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>Открыть с&amp;нова</translation>
        </message>
        <message>
            <source>Forget the acknowledgement or snooze: list the alert again</source>
            <translation>Отменить подтверждение или откладывание: сигнал снова появится в списке</translation>
        </message>
        <message>
            <source>&amp;Go to Account</source>
            <translation>Перейти к кл&amp;иенту</translation>
        </message>
        <message>
            <source>Select the account and show what the alert is about</source>
            <translation>Выбрать клиента и показать, к чему относится сигнал</translation>
        </message>
        <message>
            <source>Draft No&amp;tice…</source>
            <translation>&amp;Уведомление клиенту…</translation>
        </message>
        <message>
            <source>A notice to the client about the delay, in the account's language</source>
            <translation>Черновик уведомления клиенту о задержке — на языке клиента</translation>
        </message>
        <message>
            <source>Why it fired</source>
            <translation>Почему сработало</translation>
        </message>
        <message>
            <source>Records behind the alert</source>
            <translation>Записи, на которых основан сигнал</translation>
        </message>
    </context>
    <context>
        <name>AlertCommands</name>
        <message>
            <source>Acknowledge Alert</source>
            <translation>Подтверждение сигнала</translation>
        </message>
        <message>
            <source>Snooze Alert</source>
            <translation>Откладывание сигнала</translation>
        </message>
        <message>
            <source>Reopen Alert</source>
            <translation>Возврат сигнала</translation>
        </message>
    </context>
    <context>
        <name>AlertCounts</name>
        <message numerus="yes">
            <source>of %n deliveries</source>
            <translation>
                <numerusform>из %n поставки</numerusform>
                <numerusform>из %n поставок</numerusform>
                <numerusform>из %n поставок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n tickets</source>
            <translation>
                <numerusform>из %n обращения</numerusform>
                <numerusform>из %n обращений</numerusform>
                <numerusform>из %n обращений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n answers</source>
            <translation>
                <numerusform>из %n ответа</numerusform>
                <numerusform>из %n ответов</numerusform>
                <numerusform>из %n ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n records</source>
            <translation>
                <numerusform>из %n записи</numerusform>
                <numerusform>из %n записей</numerusform>
                <numerusform>из %n записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n inspection record(s) over the target</source>
            <translation>
                <numerusform>; %n запись контроля качества выше цели</numerusform>
                <numerusform>; %n записи контроля качества выше цели</numerusform>
                <numerusform>; %n записей контроля качества выше цели</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlertDetails</name>
        <message>
            <source>Account</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
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
            <source>Ordered</source>
            <translation>Дата заказа</translation>
        </message>
        <message>
            <source>Promised for</source>
            <translation>Обещано на</translation>
        </message>
        <message>
            <source>Now expected</source>
            <translation>Теперь ожидается</translation>
        </message>
        <message>
            <source>Expected delay</source>
            <translation>Ожидаемая задержка</translation>
        </message>
        <message>
            <source>Overdue by</source>
            <translation>Просрочено на</translation>
        </message>
        <message>
            <source>Chance of being late</source>
            <translation>Вероятность опоздания</translation>
        </message>
        <message>
            <source>Days until the promised date</source>
            <translation>До обещанной даты</translation>
        </message>
        <message>
            <source>this account's</source>
            <translation>этого клиента</translation>
        </message>
        <message>
            <source>all accounts'</source>
            <translation>всех клиентов</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>{late} of {sample} of {scope} comparable deliveries of the last 12 months were late (recent ones weigh more)</source>
            <translation>сопоставимые поставки {scope} за последние 12 месяцев: опоздали {late} из {sample} (недавние учитываются с большим весом)</translation>
        </message>
        <message>
            <source>{period}, to date</source>
            <translation>{period}, на сегодня</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>At risk from</source>
            <translation>Под угрозой от</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Records measured</source>
            <translation>Записей в расчёте</translation>
        </message>
        <message>
            <source>Records missing the target</source>
            <translation>Записей вне цели</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>Первый ответ</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>the account's SLA</source>
            <translation>SLA клиента</translation>
        </message>
        <message>
            <source>the default for the ticket's severity</source>
            <translation>норматив по умолчанию для такой важности</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Ticket severity</source>
            <translation>Важность обращения</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Waiting for</source>
            <translation>Ожидается</translation>
        </message>
        <message>
            <source>Time allowed</source>
            <translation>Допустимое время</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Time allowed by</source>
            <translation>Кем задан норматив</translation>
        </message>
        <message>
            <source>{promoters} promoters, {detractors} detractors</source>
            <translation>сторонников: {promoters}, критиков: {detractors}</translation>
        </message>
        <message>
            <source>Latest round</source>
            <translation>Последний опрос</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Ответов</translation>
        </message>
        <message>
            <source>Rounds before</source>
            <translation>Предыдущие опросы</translation>
        </message>
        <message>
            <source>NPS before</source>
            <translation>NPS раньше</translation>
        </message>
        <message>
            <source>{nps} from {answers}</source>
            <translation>{nps} ({answers})</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Снижение</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <source>never</source>
            <translation>не было</translation>
        </message>
        <message>
            <source>Without contact</source>
            <translation>Без контакта</translation>
        </message>
        <message>
            <source>Alert after</source>
            <translation>Порог сигнала</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Дата ухода</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>Новое место работы</translation>
        </message>
        <message>
            <source>Recent months</source>
            <translation>Последние месяцы</translation>
        </message>
        <message>
            <source>Interactions a month</source>
            <translation>Взаимодействий в месяц</translation>
        </message>
        <message>
            <source>Usual a month</source>
            <translation>Обычно в месяц</translation>
        </message>
        <message>
            <source>Share of the usual</source>
            <translation>Доля от обычного</translation>
        </message>
        <message>
            <source>No records to list.</source>
            <translation>Записей нет.</translation>
        </message>
        <message>
            <source>The comparable deliveries behind the forecast, newest first</source>
            <translation>Сопоставимые поставки, на которых основан прогноз (сначала новые)</translation>
        </message>
        <message>
            <source>The records that miss the target, worst first</source>
            <translation>Записи вне цели (сначала худшие)</translation>
        </message>
        <message>
            <source>The answers of the latest round, lowest first</source>
            <translation>Ответы последнего опроса (сначала низкие оценки)</translation>
        </message>
        <message>
            <source>Client contact in the recent months</source>
            <translation>Контакты с клиентом за последние месяцы</translation>
        </message>
        <message>
            <source>The record</source>
            <translation>Запись</translation>
        </message>
    </context>
    <context>
        <name>AlertDock</name>
        <message>
            <source>Alerts</source>
            <translation>Сигналы</translation>
        </message>
        <message>
            <source>&amp;Alerts</source>
            <translation>&amp;Сигналы</translation>
        </message>
        <message>
            <source>Show or hide the alert centre: every account's early warnings</source>
            <translation>Показать или скрыть центр сигналов: ранние предупреждения по всем клиентам</translation>
        </message>
    </context>
    <context>
        <name>AlertNotifier</name>
        <message>
            <source>Key Account Planner</source>
            <translation>Key Account Planner</translation>
        </message>
        <message>
            <source>Open alerts: {count}, of them high or critical: {urgent}.</source>
            <translation>Открытых сигналов: {count}, из них высокого или критического уровня: {urgent}.</translation>
        </message>
        <message numerus="yes">
            <source>%n new alert(s): </source>
            <translation>
                <numerusform>%n новый сигнал: </numerusform>
                <numerusform>%n новых сигнала: </numerusform>
                <numerusform>%n новых сигналов: </numerusform>
            </translation>
        </message>
        <message>
            <source>{account} — {kind}</source>
            <translation>{account} — {kind}</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> и ещё {count}</translation>
        </message>
    </context>
    <context>
        <name>AlertTray</name>
        <message>
            <source>Open the Alert Centre</source>
            <translation>Открыть центр сигналов</translation>
        </message>
        <message>
            <source>Key Account Planner: {count} open alerts</source>
            <translation>Key Account Planner: открытых сигналов — {count}</translation>
        </message>
    </context>
    <context>
        <name>AlertWording</name>
        <message>
            <source>Late delivery</source>
            <translation>Задержка поставки</translation>
        </message>
        <message>
            <source>SLA at risk</source>
            <translation>SLA под угрозой</translation>
        </message>
        <message>
            <source>SLA breached</source>
            <translation>SLA нарушен</translation>
        </message>
        <message>
            <source>Overdue ticket</source>
            <translation>Просроченное обращение</translation>
        </message>
        <message>
            <source>NPS drop</source>
            <translation>Падение NPS</translation>
        </message>
        <message>
            <source>Key person not contacted</source>
            <translation>Нет контакта с ключевым лицом</translation>
        </message>
        <message>
            <source>Key person left</source>
            <translation>Ключевое лицо ушло</translation>
        </message>
        <message>
            <source>Engagement drop</source>
            <translation>Спад активности</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Подтверждён</translation>
        </message>
        <message>
            <source>Snoozed until {date}</source>
            <translation>Отложен до {date}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыт</translation>
        </message>
        <message>
            <source>key person</source>
            <translation>ключевое лицо</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} и {last}</translation>
        </message>
        <message>
            <source>order {order} ({line})</source>
            <translation>заказу № {order} ({line})</translation>
        </message>
        <message>
            <source>no product line</source>
            <translation>без товарной группы</translation>
        </message>
        <message>
            <source>Delivery of {what} was promised for {promised} and is {days} overdue; now expected on {expected}.</source>
            <translation>Поставка по {what} была обещана на {promised} и задерживается уже на {days}; теперь ожидается {expected}.</translation>
        </message>
        <message>
            <source>this account</source>
            <translation>по этому клиенту</translation>
        </message>
        <message>
            <source>all accounts</source>
            <translation>по всем клиентам</translation>
        </message>
        <message>
            <source>Delivery of {what} promised for {promised} is likely to be late: {chance} chance, about {days} (expected {expected}), from {late} late of {sample} comparable deliveries ({scope}, last 12 months).</source>
            <translation>Поставка по {what} со сроком {promised}, вероятно, опоздает: вероятность {chance}, примерно на {days} (ожидается {expected}); сопоставимые поставки за последние 12 месяцев ({scope}): опоздали {late} из {sample}.</translation>
        </message>
        <message>
            <source>SLA {title} is at risk in {period}: {value} against {target}</source>
            <translation>SLA «{title}» под угрозой за {period}: {value} при цели {target}</translation>
        </message>
        <message>
            <source>SLA {title} was breached in {period}: {value} against {target}</source>
            <translation>SLA «{title}» был нарушен за {period}: {value} при цели {target}</translation>
        </message>
        <message>
            <source>SLA {title} is breached in {period}: {value} against {target}</source>
            <translation>SLA «{title}» нарушен за {period}: {value} при цели {target}</translation>
        </message>
        <message>
            <source>{direction} {target}</source>
            <translation>{direction} {target}</translation>
        </message>
        <message>
            <source> (warning at {threshold})</source>
            <translation> (порог предупреждения — {threshold})</translation>
        </message>
        <message>
            <source>; {count} {of_total} late</source>
            <translation>; опоздали {count} {of_total}</translation>
        </message>
        <message>
            <source>; {count} {of_total} miss the target</source>
            <translation>; не уложились в цель {count} {of_total}</translation>
        </message>
        <message>
            <source>first response</source>
            <translation>первого ответа</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>решения</translation>
        </message>
        <message>
            <source>per SLA</source>
            <translation>по SLA</translation>
        </message>
        <message>
            <source>default for its severity</source>
            <translation>норматив по умолчанию для такой важности</translation>
        </message>
        <message>
            <source>Ticket {number} “{subject}” ({severity}) is {overdue} past its {stage} time of {allowed} ({basis}).</source>
            <translation>Обращение {number} «{subject}» (важность: {severity}): срок {stage} ({allowed}, {basis}) превышен на {overdue}.</translation>
        </message>
        <message>
            <source>NPS fell to {nps} in {round} ({answers}) from {baseline} in the rounds before: down {drop}.</source>
            <translation>NPS упал до {nps} в опросе «{round}» ({answers}) с {baseline} в предыдущих опросах: снижение на {drop}.</translation>
        </message>
        <message>
            <source>{roles} {person} has never been contacted.</source>
            <translation>{roles} {person}: контактов ещё не было.</translation>
        </message>
        <message>
            <source>{roles} {person} has not been contacted for {days} (last contact {date}).</source>
            <translation>{roles} {person}: нет контакта {days} (последний — {date}).</translation>
        </message>
        <message>
            <source>, to {employer}</source>
            <translation>, новое место — {employer}</translation>
        </message>
        <message>
            <source>{roles} {person} left the company on {date} ({days} ago{where}).</source>
            <translation>{roles} {person} больше не работает в компании: уход {date} ({days} назад{where}).</translation>
        </message>
        <message>
            <source>About {recent} client interactions a month in {months}, against {baseline} in the six months before ({ratio} of the usual).</source>
            <translation>Около {recent} взаимодействий с клиентом в месяц за {months} против {baseline} в предыдущие полгода ({ratio} от обычного).</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <source>Severity</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Сигнал</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Суть</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
    </context>
    <context>
        <name>ChartPane</name>
        <message>
            <source>Drawing the chart…</source>
            <translation>График строится…</translation>
        </message>
        <message>
            <source>The chart could not be drawn: {error}</source>
            <translation>Не удалось построить график: {error}</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n час</numerusform>
                <numerusform>%n часа</numerusform>
                <numerusform>%n часов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n ответ</numerusform>
                <numerusform>%n ответа</numerusform>
                <numerusform>%n ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n пункт</numerusform>
                <numerusform>%n пункта</numerusform>
                <numerusform>%n пунктов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <source>economic buyer</source>
            <translation>экономический покупатель</translation>
        </message>
        <message>
            <source>decider</source>
            <translation>ЛПР</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>внутренний сторонник</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>в срок</translation>
        </message>
        <message>
            <source>not yet delivered</source>
            <translation>ещё не поставлено</translation>
        </message>
        <message>
            <source>Product line</source>
            <translation>Товарная группа</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Inspected</source>
            <translation>Проверено</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Брак</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Дата ответа</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>анонимно</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Опрос</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <source>never</source>
            <translation>не было</translation>
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
            <source>Interactions</source>
            <translation>Взаимодействий</translation>
        </message>
        <message>
            <source>Usual a month</source>
            <translation>Обычно в месяц</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Обещано</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Поставлено</translation>
        </message>
        <message>
            <source>Lead time</source>
            <translation>Срок выполнения</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Опоздание</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>not yet answered</source>
            <translation>ответа ещё нет</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>ответ дан</translation>
        </message>
        <message>
            <source>not yet resolved</source>
            <translation>ещё не решено</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>решено</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>ещё открыто</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Затрачено</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Draft Notice to {account}</source>
            <translation>Черновик уведомления: {account}</translation>
        </message>
        <message>
            <source>A draft for you to check, adapt and send from your mail program.</source>
            <translation>Это черновик: проверьте его, при необходимости поправьте и отправьте из своей почтовой программы.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Кому</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Кому:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <source>Notice text</source>
            <translation>Текст уведомления</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Ско&amp;пировать</translation>
        </message>
        <message>
            <source>Copy the subject and the text to the clipboard</source>
            <translation>Скопировать тему и текст в буфер обмена</translation>
        </message>
        <message>
            <source>(no contact on record: address it yourself)</source>
            <translation>(контакт не найден — укажите адресата сами)</translation>
        </message>
        <message>
            <source>The account's language is {requested}; the draft is in {language}.</source>
            <translation>Язык клиента — {requested}; черновик составлен на языке: {language}.</translation>
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation>Скопировано в буфер обмена.</translation>
        </message>
    </context>
    <context>
        <name>OpenDeliveriesModel</name>
        <message>
            <source>Overdue by {days}</source>
            <translation>Просрочено на {days}</translation>
        </message>
        <message>
            <source>Likely late</source>
            <translation>Вероятно опоздание</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Срок сегодня</translation>
        </message>
        <message>
            <source>On schedule</source>
            <translation>В графике</translation>
        </message>
        <message>
            <source>expected {date}</source>
            <translation>ожидается {date}</translation>
        </message>
        <message>
            <source>about {days} ({chance} chance)</source>
            <translation>около {days} (вероятность {chance})</translation>
        </message>
        <message>
            <source>Expected on {date}: {late} of {sample} comparable deliveries were late.</source>
            <translation>Ожидается {date}; сопоставимые поставки: опоздали {late} из {sample}.</translation>
        </message>
        <message>
            <source>Too little delivery history for a forecast.</source>
            <translation>Слишком мало истории поставок для прогноза.</translation>
        </message>
        <message>
            <source>Chance of being late: {chance}.</source>
            <translation>Вероятность опоздания: {chance}.</translation>
        </message>
    </context>
    <context>
        <name>OrdersPage</name>
        <message>
            <source>Orders by month, year over year</source>
            <translation>Заказы по месяцам: год к году</translation>
        </message>
        <message>
            <source>Orders by product line</source>
            <translation>Заказы по товарным группам</translation>
        </message>
        <message>
            <source>Open deliveries</source>
            <translation>Открытые поставки</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Open deliveries ({count})</source>
            <translation>Открытые поставки ({count})</translation>
        </message>
        <message>
            <source>Orders ({count})</source>
            <translation>Заказы ({count})</translation>
        </message>
        <message>
            <source>Orders in {year} to date: {amount}</source>
            <translation>Заказы за {year} год на сегодня: {amount}</translation>
        </message>
        <message>
            <source>Orders in {year} to date: {amount}, {change}% on the same months of {previous}</source>
            <translation>Заказы за {year} год на сегодня: {amount}, {change} % к тем же месяцам {previous} года</translation>
        </message>
        <message>
            <source>{count} order lines in other currencies are left out: no exchange rate is known.</source>
            <translation>Не учтено строк заказов в других валютах: {count} — курс обмена неизвестен.</translation>
        </message>
    </context>
    <context>
        <name>OrdersTables</name>
        <message>
            <source>Promised</source>
            <translation>Обещано</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
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
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Predicted delay</source>
            <translation>Прогноз задержки</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Дата заказа</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Product lines</source>
            <translation>Товарные группы</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Сумма</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>New Order…</source>
            <translation>Новый заказ…</translation>
        </message>
        <message>
            <source>Edit Order…</source>
            <translation>Изменить заказ…</translation>
        </message>
        <message>
            <source>Delete Order</source>
            <translation>Удалить заказ</translation>
        </message>
        <message>
            <source>New Delivery…</source>
            <translation>Новая поставка…</translation>
        </message>
        <message>
            <source>Edit Delivery…</source>
            <translation>Изменить поставку…</translation>
        </message>
        <message>
            <source>Delete Delivery</source>
            <translation>Удалить поставку</translation>
        </message>
        <message>
            <source>New Ticket…</source>
            <translation>Новое обращение…</translation>
        </message>
        <message>
            <source>Edit Ticket…</source>
            <translation>Изменить обращение…</translation>
        </message>
        <message>
            <source>Delete Ticket</source>
            <translation>Удалить обращение</translation>
        </message>
        <message>
            <source>New SLA…</source>
            <translation>Новый SLA…</translation>
        </message>
        <message>
            <source>Edit SLA…</source>
            <translation>Изменить SLA…</translation>
        </message>
        <message>
            <source>Delete SLA</source>
            <translation>Удалить SLA</translation>
        </message>
        <message>
            <source>New Survey Answer…</source>
            <translation>Новый ответ на опрос…</translation>
        </message>
        <message>
            <source>Edit Survey Answer…</source>
            <translation>Изменить ответ на опрос…</translation>
        </message>
        <message>
            <source>Delete Survey Answer</source>
            <translation>Удалить ответ на опрос</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionPage</name>
        <message>
            <source>Last twelve months</source>
            <translation>Последние двенадцать месяцев</translation>
        </message>
        <message>
            <source>Net Promoter Score:</source>
            <translation>Индекс NPS:</translation>
        </message>
        <message>
            <source>Satisfaction (CSAT, 1–5):</source>
            <translation>Удовлетворённость (CSAT, 1–5):</translation>
        </message>
        <message>
            <source>Effort (CES, 1–7, lower is easier):</source>
            <translation>Усилия клиента (CES, 1–7, меньше — легче):</translation>
        </message>
        <message>
            <source>Scores per quarter</source>
            <translation>Оценки по кварталам</translation>
        </message>
        <message>
            <source>Net Promoter Score per quarter</source>
            <translation>Индекс NPS по кварталам</translation>
        </message>
        <message>
            <source>Answers per person</source>
            <translation>Ответы по контактным лицам</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Комментарии</translation>
        </message>
        <message>
            <source>All answers</source>
            <translation>Все ответы</translation>
        </message>
        <message>
            <source>By quarter</source>
            <translation>По кварталам</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Контактные лица</translation>
        </message>
        <message>
            <source>no answers</source>
            <translation>ответов нет</translation>
        </message>
        <message>
            <source>{nps} = {split}</source>
            <translation>{nps} = {split}</translation>
        </message>
        <message>
            <source>{mean} — {share} satisfied ({answers})</source>
            <translation>{mean} — довольны {share} ({answers})</translation>
        </message>
        <message>
            <source>{mean} ({answers})</source>
            <translation>{mean} ({answers})</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionTables</name>
        <message>
            <source>No NPS answers</source>
            <translation>Ответов NPS нет</translation>
        </message>
        <message>
            <source>{promoters} promoters − {detractors} detractors ({answers})</source>
            <translation>{promoters} сторонников − {detractors} критиков ({answers})</translation>
        </message>
        <message>
            <source>{mean} ({share} satisfied)</source>
            <translation>{mean} (довольны: {share})</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Квартал</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>Promoters</source>
            <translation>Сторонники</translation>
        </message>
        <message>
            <source>Passives</source>
            <translation>Нейтральные</translation>
        </message>
        <message>
            <source>Detractors</source>
            <translation>Критики</translation>
        </message>
        <message>
            <source>CSAT (1–5)</source>
            <translation>CSAT (1–5)</translation>
        </message>
        <message>
            <source>CES (1–7)</source>
            <translation>CES (1–7)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Anonymous answers</source>
            <translation>Анонимные ответы</translation>
        </message>
        <message>
            <source>Latest NPS (0–10)</source>
            <translation>Последний NPS (0–10)</translation>
        </message>
        <message>
            <source>Latest CSAT (1–5)</source>
            <translation>Последний CSAT (1–5)</translation>
        </message>
        <message>
            <source>Latest CES (1–7)</source>
            <translation>Последний CES (1–7)</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Ответов</translation>
        </message>
        <message>
            <source>Last answered</source>
            <translation>Последний ответ</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>анонимно</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Дата ответа</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Опрос</translation>
        </message>
    </context>
    <context>
        <name>ScorecardModel</name>
        <message>
            <source>Metric</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Выборка</translation>
        </message>
        <message>
            <source>Misses</source>
            <translation>Вне цели</translation>
        </message>
        <message>
            <source>How many records the value stands on</source>
            <translation>Сколько записей учтено в значении</translation>
        </message>
        <message>
            <source>Records that miss the target themselves (select a row to list them)</source>
            <translation>Записи, которые сами не достигают цели (выберите строку, чтобы увидеть их)</translation>
        </message>
        <message>
            <source>{period}, to date</source>
            <translation>{period}, на сегодня</translation>
        </message>
        <message>
            <source>{direction} {target}</source>
            <translation>{direction} {target}</translation>
        </message>
        <message>
            <source>At risk from {threshold}</source>
            <translation>Под угрозой от {threshold}</translation>
        </message>
        <message>
            <source>The period is still running: the value counts what is known so far.</source>
            <translation>Период ещё идёт: значение учитывает то, что известно на сегодня.</translation>
        </message>
    </context>
    <context>
        <name>ServiceTab</name>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Удовлетворённость</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <source>Service sections</source>
            <translation>Разделы обслуживания</translation>
        </message>
        <message>
            <source>Reading the account's orders, SLAs and surveys…</source>
            <translation>Загружаются заказы, SLA и опросы клиента…</translation>
        </message>
        <message>
            <source>This account no longer exists.</source>
            <translation>Этого клиента больше нет.</translation>
        </message>
    </context>
    <context>
        <name>SlaPage</name>
        <message>
            <source>&amp;Period:</source>
            <translation>Пе&amp;риод:</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Which period the scorecard measures</source>
            <translation>За какой период считаются показатели</translation>
        </message>
        <message>
            <source>SLA scorecard</source>
            <translation>Показатели SLA</translation>
        </message>
        <message>
            <source>Records behind the selected value</source>
            <translation>Записи, из которых сложилось выбранное значение</translation>
        </message>
        <message>
            <source>Trend of the selected SLA</source>
            <translation>Динамика выбранного SLA</translation>
        </message>
        <message>
            <source>Current period</source>
            <translation>Текущий период</translation>
        </message>
        <message>
            <source>Each SLA over its own current month or quarter</source>
            <translation>Каждый SLA — за свой текущий месяц или квартал</translation>
        </message>
        <message>
            <source>Measuring…</source>
            <translation>Расчёт…</translation>
        </message>
        <message>
            <source>No SLA is in force for this account in this period.</source>
            <translation>В этом периоде у клиента нет действующих SLA.</translation>
        </message>
        <message>
            <source>Select an SLA to see its trend.</source>
            <translation>Выберите SLA, чтобы увидеть его динамику.</translation>
        </message>
        <message>
            <source>{title}, {period}</source>
            <translation>{title}, {period}</translation>
        </message>
        <message>
            <source>{where}: no records to measure yet.</source>
            <translation>{where}: данных для расчёта пока нет.</translation>
        </message>
        <message>
            <source>{where}: nothing missed the target.</source>
            <translation>{where}: все записи в пределах цели.</translation>
        </message>
        <message>
            <source>{where}: {count} of {sample} deliveries late</source>
            <translation>{where}: поставок с опозданием — {count} из {sample}</translation>
        </message>
        <message>
            <source>{where}: {count} of {sample} deliveries took longer than the target</source>
            <translation>{where}: поставок дольше целевого срока — {count} из {sample}</translation>
        </message>
        <message>
            <source>{where}: {count} of {sample} tickets over the target</source>
            <translation>{where}: обращений сверх цели — {count} из {sample}</translation>
        </message>
        <message>
            <source>{where}: {count} inspection records over the target</source>
            <translation>{where}: записей контроля качества выше цели — {count}</translation>
        </message>
        <message>
            <source>{where}: {count} of {sample} answers below the target</source>
            <translation>{where}: ответов ниже цели — {count} из {sample}</translation>
        </message>
        <message>
            <source>{where}: {count} records miss the target</source>
            <translation>{where}: записей вне цели — {count}</translation>
        </message>
        <message>
            <source>{title}: trend</source>
            <translation>{title}: динамика</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze Alert</source>
            <translation>Отложить сигнал</translation>
        </message>
        <message>
            <source>Hide the alert until the chosen day; if it still holds then, it comes back.</source>
            <translation>Сигнал будет скрыт до выбранного дня; если ситуация сохранится, он вернётся.</translation>
        </message>
        <message>
            <source>Snooze until</source>
            <translation>Отложить до</translation>
        </message>
        <message>
            <source>From {date} on</source>
            <translation>Не раньше {date}</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;До:</translation>
        </message>
    </context>
    <context>
        <name>TicketsModel</name>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочка</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>by {time}</source>
            <translation>на {time}</translation>
        </message>
        <message>
            <source>first response</source>
            <translation>первого ответа</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>решения</translation>
        </message>
        <message>
            <source>Past its {stage} time of {allowed} since {due}</source>
            <translation>Срок {stage} ({allowed}) истёк {due}</translation>
        </message>
    </context>
    <context>
        <name>TicketsPage</name>
        <message>
            <source>Tickets</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <source>Open: {open} of {total}; overdue: {overdue}</source>
            <translation>Открыто: {open} из {total}; просрочено: {overdue}</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
    </context>
    <context>
        <name>orders</name>
        <message>
            <source>Open</source>
            <translation>Открыт</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Подтверждён</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Отгружен</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыт</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
    </context>
    <context>
        <name>service</name>
        <message>
            <source>On-time delivery</source>
            <translation>Поставки в срок</translation>
        </message>
        <message>
            <source>Order lead time</source>
            <translation>Срок выполнения заказа</translation>
        </message>
        <message>
            <source>First response time</source>
            <translation>Время первого ответа</translation>
        </message>
        <message>
            <source>Resolution time</source>
            <translation>Время решения</translation>
        </message>
        <message>
            <source>Defect rate</source>
            <translation>Уровень брака</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Удовлетворённость</translation>
        </message>
        <message>
            <source>Custom metric</source>
            <translation>Особый показатель</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Выполнен</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Под угрозой</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>Нарушен</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Нет данных</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Низкая</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Высокая</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Критическая</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>В работе</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Решено</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыто</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Запрос</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Инцидент</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Претензия</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <source>CES</source>
            <translation>CES</translation>
        </message>
        <message>
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>{value} hour</source>
            <translation>{value} ч</translation>
        </message>
        <message>
            <source>{value} hours</source>
            <translation>{value} ч</translation>
        </message>
        <message>
            <source>{value} day</source>
            <translation>{value} дн.</translation>
        </message>
        <message>
            <source>{value} days</source>
            <translation>{value} дн.</translation>
        </message>
        <message>
            <source>{value} ppm</source>
            <translation>{value} ppm</translation>
        </message>
        <message>
            <source>{title} ({product_line})</source>
            <translation>{title} ({product_line})</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>не менее</translation>
        </message>
        <message>
            <source>at most</source>
            <translation>не более</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <source>Q{quarter} {year}</source>
            <translation>{quarter} кв. {year}</translation>
        </message>
    </context>
</TS>
