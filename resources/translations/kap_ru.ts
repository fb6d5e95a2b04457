<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountOverview</name>
    <message>
        <source>{stage} · {tier} account</source>
        <translation>Этап: {stage} · категория: {tier}</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>за год</translation>
    </message>
    <message>
        <source>of {amount}</source>
        <translation>из {amount}</translation>
    </message>
    <message>
        <source>client spend unknown</source>
        <translation>закупки клиента неизвестны</translation>
    </message>
    <message>
        <source>open opportunities: {count}</source>
        <translation>открытых сделок: {count}</translation>
    </message>
    <message>
        <source>at the account</source>
        <translation>у клиента</translation>
    </message>
    <message>
        <source>requests, incidents, complaints</source>
        <translation>запросы, инциденты, жалобы</translation>
    </message>
    <message>
        <source>Overdue plan actions: {count}</source>
        <translation>Просроченные мероприятия плана: {count}</translation>
    </message>
    <message>
        <source>Open tickets: {count}</source>
        <translation>Открытые обращения: {count}</translation>
    </message>
    <message>
        <source>Next account review: {date}</source>
        <translation>Следующий обзор клиента: {date}</translation>
    </message>
    <message>
        <source>Account review overdue since {date}</source>
        <translation>Обзор клиента просрочен с {date}</translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation>Открытых сделок нет.</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Открытых вопросов нет.</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>контактов не было</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Wallet spend</source>
        <translation>Закупки клиента</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий обзор</translation>
    </message>
    <message>
        <source>What the client spends in a year in the categories we sell</source>
        <translation>Сколько клиент тратит за год в категориях, которые мы продаём</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Выручка за год</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Доля в закупках</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Сделки в работе</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Открытые вопросы</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Последние взаимодействия</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>No interactions recorded yet.</source>
        <translation>Взаимодействий пока нет.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Strategic goals</source>
        <translation>Стратегические цели</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>{file} already exists. Choose another name, or open it with File ▸ Open.</source>
        <translation>Файл {file} уже существует. Выберите другое имя или откройте его через «Файл ▸ Открыть».</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Недавние базы данных</translation>
    </message>
    <message>
        <source>{file} no longer exists; it was removed from the list.</source>
        <translation>Файла {file} больше нет; он удалён из списка.</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Backing up {file}…</source>
        <translation>Создаётся резервная копия {file}…</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Резервная копия сохранена: {file}</translation>
    </message>
    <message>
        <source>Backup Saved</source>
        <translation>Резервная копия сохранена</translation>
    </message>
    <message>
        <source>The database was backed up.</source>
        <translation>Резервная копия базы данных создана.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup?</source>
        <translation>Заменить всё содержимое этой базы данных резервной копией?</translation>
    </message>
    <message>
        <source>Everything in {database} will be replaced by the content of {backup}.

A copy of the current content is kept beside the database, so you can go back to it. Undo history is cleared.</source>
        <translation>Всё содержимое {database} будет заменено содержимым {backup}.

Копия текущего содержимого сохранится рядом с базой данных, так что к нему можно вернуться. История отмены будет очищена.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restoring from {file}…</source>
        <translation>Восстановление из {file}…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>The previous content was kept in {file}.</source>
        <translation>Прежнее содержимое сохранено в {file}.</translation>
    </message>
    <message>
        <source>Demo Portfolio</source>
        <translation>Демонстрационный портфель</translation>
    </message>
    <message>
        <source>This build of Key Account Planner does not include the demo portfolio.</source>
        <translation>В эту сборку Key Account Planner демонстрационный портфель не входит.</translation>
    </message>
    <message>
        <source>Building the demo portfolio: sample accounts, people and their history…</source>
        <translation>Создаётся демонстрационный портфель: примеры клиентов, контактных лиц и их история…</translation>
    </message>
    <message>
        <source>The demo portfolio was not built.</source>
        <translation>Демонстрационный портфель не создан.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Refreshing the portfolio…</source>
        <translation>Портфель обновляется…</translation>
    </message>
    <message>
        <source>This database holds no accounts yet.

To explore the planner, open the demo portfolio: it is kept in a file of its own.</source>
        <translation>В этой базе данных пока нет клиентов.

Чтобы познакомиться с программой, откройте демонстрационный портфель: он хранится в отдельном файле.</translation>
    </message>
    <message>
        <source>No account’s name, industry or region contains “{text}”.</source>
        <translation>Нет клиентов, у которых название, отрасль или регион содержат «{text}».</translation>
    </message>
    <message>
        <source>Select an account on the left.</source>
        <translation>Выберите клиента в списке слева.</translation>
    </message>
    <message>
        <source>About Key Account Planner</source>
        <translation>О программе Key Account Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Key Account Planner&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Plans, stakeholders and the history of your key accounts, kept on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Key Account Planner&lt;/h3&gt;&lt;p&gt;Версия {version}&lt;/p&gt;&lt;p&gt;Планы, контактные лица и история работы с ключевыми клиентами — на вашем собственном компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{database} — Key Account Planner</source>
        <translation>{database} — Key Account Planner</translation>
    </message>
    <message>
        <source>The open database: {location}</source>
        <translation>Открытая база данных: {location}</translation>
    </message>
    <message>
        <source>Accounts: {count}</source>
        <translation>Клиентов: {count}</translation>
    </message>
    <message>
        <source>Accounts: {shown} of {count}</source>
        <translation>Клиентов: {shown} из {count}</translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Фильтр клиентов…</translation>
    </message>
    <message>
        <source>Shows the accounts whose name, industry or region contains the text</source>
        <translation>Показывает клиентов, у которых название, отрасль или регион содержат этот текст</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Фильтр клиентов</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Портфель клиентов</translation>
    </message>
    <message>
        <source>Every key account; select one to see it on the right</source>
        <translation>Все ключевые клиенты; выберите клиента, чтобы увидеть его справа</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>Create an empty planner database and open it</source>
        <translation>Создать пустую базу данных и открыть её</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open another planner database</source>
        <translation>Открыть другую базу данных</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Не&amp;давние</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the open database</source>
        <translation>Сохранить согласованную копию открытой базы данных</translation>
    </message>
    <message>
        <source>Re&amp;store from Backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>Replace the open database&apos;s content with a backup</source>
        <translation>Заменить содержимое открытой базы данных резервной копией</translation>
    </message>
    <message>
        <source>Open &amp;Demo Portfolio</source>
        <translation>Открыть &amp;демонстрационный портфель</translation>
    </message>
    <message>
        <source>Explore the planner on a sample portfolio, kept apart</source>
        <translation>Познакомиться с программой на примере портфеля, который хранится отдельно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>Find accounts, people, interactions and notes</source>
        <translation>Найти клиентов, контактных лиц, взаимодействия и заметки</translation>
    </message>
    <message>
        <source>&amp;Filter Accounts</source>
        <translation>&amp;Фильтр клиентов</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Key Account Planner</source>
        <translation>&amp;О программе Key Account Planner</translation>
    </message>
    <message>
        <source>In the filter box: go to the accounts</source>
        <translation>В поле фильтра: перейти к списку клиентов</translation>
    </message>
    <message>
        <source>Down or Enter</source>
        <translation>Стрелка вниз или Enter</translation>
    </message>
    <message>
        <source>In the filter box: clear it</source>
        <translation>В поле фильтра: очистить его</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the search: open the result</source>
        <translation>В поиске: открыть найденное</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>OpenOpportunitiesModel</name>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Probability: {percent}</source>
        <translation>Вероятность: {percent}</translation>
    </message>
</context>
<context>
    <name>OverviewPlurals</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Portfolio %</source>
        <translation>% портфеля</translation>
    </message>
    <message>
        <source>Wallet %</source>
        <translation>% закупок</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Посл. контакт</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Annual revenue with the account, in its own currency</source>
        <translation>Годовая выручка от клиента в его валюте</translation>
    </message>
    <message>
        <source>Share of portfolio: the account&apos;s part of the whole portfolio&apos;s revenue</source>
        <translation>Доля в портфеле: часть выручки всего портфеля, которая приходится на клиента</translation>
    </message>
    <message>
        <source>Share of wallet: our revenue as a part of what the client spends in our categories</source>
        <translation>Доля в закупках: наша выручка как часть расходов клиента в наших категориях</translation>
    </message>
    <message>
        <source>Stakeholders currently at the account</source>
        <translation>Контактные лица, работающие у клиента сейчас</translation>
    </message>
    <message>
        <source>The most recent recorded interaction</source>
        <translation>Последнее записанное взаимодействие</translation>
    </message>
    <message>
        <source>Open alerts; the dot&apos;s colour is the most severe one&apos;s</source>
        <translation>Открытые сигналы раннего предупреждения; цвет точки — по самому серьёзному</translation>
    </message>
    <message>
        <source>Not in the portfolio totals: there is no exchange rate for {currency}</source>
        <translation>Не входит в итоги портфеля: нет курса для {currency}</translation>
    </message>
    <message>
        <source>{amount} at the latest exchange rate</source>
        <translation>{amount} по последнему курсу</translation>
    </message>
    <message>
        <source>The alerts are being computed…</source>
        <translation>Сигналы вычисляются…</translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>Открытых сигналов нет</translation>
    </message>
    <message>
        <source>Open alerts: {count}; the most severe: {severity}</source>
        <translation>Открытые сигналы: {count}; самый серьёзный: {severity}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Валюта по умолчанию:</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Валюта по умолчанию</translation>
    </message>
    <message>
        <source>The currency a new account starts with: a three-letter ISO code</source>
        <translation>Валюта нового клиента: трёхбуквенный код ISO</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>&amp;База данных по умолчанию:</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>База данных по умолчанию</translation>
    </message>
    <message>
        <source>Opened when the planner starts without --db or KAP_DB; leave empty for the standard file</source>
        <translation>Открывается при запуске без --db и KAP_DB; оставьте пустым, чтобы использовать стандартный файл</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the default database</source>
        <translation>Выбрать базу данных по умолчанию</translation>
    </message>
    <message>
        <source>Numbers, money and dates are written the way the chosen language writes them. The default database is used from the next start.</source>
        <translation>Числа, суммы и даты записываются по правилам выбранного языка. База данных по умолчанию будет открыта при следующем запуске.</translation>
    </message>
    <message>
        <source>Default Database</source>
        <translation>База данных по умолчанию</translation>
    </message>
    <message>
        <source>The default currency needs a three-letter code such as EUR or RUB.</source>
        <translation>Для валюты по умолчанию нужен трёхбуквенный код, например EUR или RUB.</translation>
    </message>
</context>
<context>
    <name>RecentActivityModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>{file} (missing)</source>
        <translation>{file} (файл не найден)</translation>
    </message>
    <message>
        <source>Remove Missing Files</source>
        <translation>Убрать отсутствующие файлы</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation>Недавних баз данных нет</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search accounts, people, interactions and notes…</source>
        <translation>Искать клиентов, контактных лиц, взаимодействия и заметки…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>Поиск не удался: {error}</translation>
    </message>
    <message>
        <source>Type a few letters of a name, a subject or any word in a note.</source>
        <translation>Введите несколько букв имени, темы или любого слова из заметки.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>По запросу «{query}» ничего не найдено.</translation>
    </message>
    <message>
        <source>Found: {count}. Enter opens the selected one.</source>
        <translation>Найдено: {count}. Enter открывает выбранное.</translation>
    </message>
    <message>
        <source>({milliseconds} ms)</source>
        <translation>({milliseconds} мс)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>{group}: {count} found</source>
        <translation>{group}: найдено {count}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Added as {stage}</source>
        <translation>Добавлен на этапе «{stage}»</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>United Arab Emirates</source>
        <translation>ОАЭ</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгария</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Бразилия</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Греция</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Южная Корея</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Люксембург</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Португалия</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербия</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Сингапур</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словения</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Вьетнам</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Зрелость</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Стратегический</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключевой</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Перспективный</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Видеозвонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Визит на площадку</translation>
    </message>
    <message>
        <source>Web visit</source>
        <translation>Посещение сайта</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>From the client</source>
        <translation>От клиента</translation>
    </message>
    <message>
        <source>From us</source>
        <translation>От нас</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>С обеих сторон</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутреннее</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>It was not found.</source>
        <translation>Запись не найдена.</translation>
    </message>
    <message>
        <source>The name matches more than one record.</source>
        <translation>Этому имени соответствует несколько записей.</translation>
    </message>
    <message>
        <source>Some input is not valid.</source>
        <translation>Некоторые данные введены неверно.</translation>
    </message>
    <message>
        <source>This is not a Key Account Planner database.</source>
        <translation>Это не база данных Key Account Planner.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Key Account Planner.</source>
        <translation>Эта база данных создана более новой версией Key Account Planner.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Не удаётся открыть базу данных.</translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation>Это не поддерживается.</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>Операция отменена; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>белорусский</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>чешский</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>датский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>финский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>итальянский</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>японский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>корейский</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нидерландский</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>норвежский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>португальский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>шведский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>узбекский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Key Account Planner</source>
        <translation>Key Account Planner</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Не удалось выполнить операцию.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных планировщика (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Upgrading {name} for this version of the planner. A copy of the file as it was is kept beside it.</source>
        <translation>Обновление {name} для этой версии планировщика. Копия файла в прежнем виде сохраняется рядом с ним.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <source>Opening Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Database in Use</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <source>This database is already open in another Key Account Planner window.</source>
        <translation>Эта база данных уже открыта в другом окне Key Account Planner.</translation>
    </message>
    <message>
        <source>It is open in process {pid} on {host}.</source>
        <translation>Она открыта процессом {pid} на компьютере {host}.</translation>
    </message>
    <message>
        <source>{file}

{where} Working on one database from two windows at once could lose changes: close it there, or open another database.</source>
        <translation>{file}

{where} Если работать с одной базой данных из двух окон одновременно, изменения могут потеряться: закройте её там или откройте другую базу данных.</translation>
    </message>
    <message>
        <source>Open Another Database…</source>
        <translation>Открыть другую базу данных…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
</context>
<context>
    <name>opportunity</name>
    <message>
        <source>Identified</source>
        <translation>Выявлена</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирована</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
</context>
</TS>
