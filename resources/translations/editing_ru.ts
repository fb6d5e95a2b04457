<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    </context>
<context>
    <name>columns</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>In currency</source>
        <translation>В валюте</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation>Проверено единиц</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>С дефектом</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Goal, objective, action</source>
        <translation>Цель, задача, мероприятие</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>С учётом вероятности</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Role on the account</source>
        <translation>Роль по клиенту</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Value per year</source>
        <translation>Сумма в год</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>Our team on this account</source>
        <translation>Наша команда по клиенту</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Edit account</source>
        <translation>Профиль клиента</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>{action}?</source>
        <translation>{action}?</translation>
    </message>
    <message>
        <source>You can take this back with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Это можно отменить: Правка ▸ Отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>Add an account to the portfolio</source>
        <translation>Добавить клиента в портфель</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Изменить профиль клиента…</translation>
    </message>
    <message>
        <source>Edit the selected account’s profile</source>
        <translation>Изменить профиль выбранного клиента</translation>
    </message>
    <message>
        <source>&amp;Delete Account</source>
        <translation>&amp;Удалить клиента</translation>
    </message>
    <message>
        <source>Delete the selected account (can be undone)</source>
        <translation>Удалить выбранного клиента (можно отменить)</translation>
    </message>
    <message>
        <source>&amp;Quality Records…</source>
        <translation>&amp;Записи о качестве…</translation>
    </message>
    <message>
        <source>Inspected and defective units of the selected account</source>
        <translation>Проверенные и дефектные единицы выбранного клиента</translation>
    </message>
    <message>
        <source>Our &amp;Team…</source>
        <translation>Наша ко&amp;манда…</translation>
    </message>
    <message>
        <source>Colleagues who work on our accounts</source>
        <translation>Коллеги, которые работают с нашими клиентами</translation>
    </message>
    <message>
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Курсы валют…</translation>
    </message>
    <message>
        <source>Rates used to add up amounts in different currencies</source>
        <translation>Курсы для сложения сумм в разных валютах</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address or number</source>
        <translation>Адрес или номер</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Пометка</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Добавить эл. почту</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>E-mails and phones</source>
        <translation>Эл. почта и телефоны</translation>
    </message>
    <message>
        <source>Find a participant…</source>
        <translation>Найти участника…</translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Строки заказа</translation>
    </message>
    <message>
        <source>Row {row}: the quantity and the amount are numbers.</source>
        <translation>Строка {row}: количество и сумма должны быть числами.</translation>
    </message>
    <message>
        <source>Row {row}: a product line, a quantity and an amount are needed.</source>
        <translation>Строка {row}: нужны направление, количество и сумма.</translation>
    </message>
    <message>
        <source>Add account “{name}”</source>
        <translation>Добавить клиента «{name}»</translation>
    </message>
    <message>
        <source>Edit account “{name}”</source>
        <translation>Изменить клиента «{name}»</translation>
    </message>
    <message>
        <source>Stage change undone</source>
        <translation>Смена этапа отменена</translation>
    </message>
    <message>
        <source>Delete account “{name}”</source>
        <translation>Удалить клиента «{name}»</translation>
    </message>
    <message>
        <source>Write the date as {example}.</source>
        <translation>Укажите дату в виде {example}.</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>например, {example}</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (уволился)</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Новая площадка</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Add site “{name}”</source>
        <translation>Добавить площадку «{name}»</translation>
    </message>
    <message>
        <source>Edit site “{name}”</source>
        <translation>Изменить площадку «{name}»</translation>
    </message>
    <message>
        <source>Delete site “{name}”</source>
        <translation>Удалить площадку «{name}»</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новое контактное лицо</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Add person “{name}”</source>
        <translation>Добавить контактное лицо «{name}»</translation>
    </message>
    <message>
        <source>Edit person “{name}”</source>
        <translation>Изменить контактное лицо «{name}»</translation>
    </message>
    <message>
        <source>Delete person “{name}”</source>
        <translation>Удалить контактное лицо «{name}»</translation>
    </message>
    <message>
        <source>New relationship</source>
        <translation>Новая связь</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Add relationship {name}</source>
        <translation>Добавить связь {name}</translation>
    </message>
    <message>
        <source>Edit relationship {name}</source>
        <translation>Изменить связь {name}</translation>
    </message>
    <message>
        <source>Delete relationship {name}</source>
        <translation>Удалить связь {name}</translation>
    </message>
    <message>
        <source>New colleague</source>
        <translation>Новый коллега</translation>
    </message>
    <message>
        <source>Edit colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Add colleague “{name}”</source>
        <translation>Добавить коллегу «{name}»</translation>
    </message>
    <message>
        <source>Edit colleague “{name}”</source>
        <translation>Изменить данные коллеги «{name}»</translation>
    </message>
    <message>
        <source>Delete colleague “{name}”</source>
        <translation>Удалить коллегу «{name}»</translation>
    </message>
    <message>
        <source>Add to the account team</source>
        <translation>Добавить в команду по клиенту</translation>
    </message>
    <message>
        <source>Edit role on the account</source>
        <translation>Роль по клиенту</translation>
    </message>
    <message>
        <source>Add {name} to the account team</source>
        <translation>Добавить в команду по клиенту: {name}</translation>
    </message>
    <message>
        <source>Edit account role {name}</source>
        <translation>Изменить роль по клиенту: {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the account team</source>
        <translation>Убрать из команды по клиенту: {name}</translation>
    </message>
    <message>
        <source>New interaction</source>
        <translation>Новое взаимодействие</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Add interaction “{name}”</source>
        <translation>Добавить взаимодействие «{name}»</translation>
    </message>
    <message>
        <source>Edit interaction “{name}”</source>
        <translation>Изменить взаимодействие «{name}»</translation>
    </message>
    <message>
        <source>Delete interaction “{name}”</source>
        <translation>Удалить взаимодействие «{name}»</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <source>Edit order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Add order {name}</source>
        <translation>Добавить заказ {name}</translation>
    </message>
    <message>
        <source>Edit order {name}</source>
        <translation>Изменить заказ {name}</translation>
    </message>
    <message>
        <source>Delete order {name}</source>
        <translation>Удалить заказ {name}</translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation>Новая поставка</translation>
    </message>
    <message>
        <source>Edit delivery</source>
        <translation>Поставка</translation>
    </message>
    <message>
        <source>Add delivery {name}</source>
        <translation>Добавить поставку {name}</translation>
    </message>
    <message>
        <source>Edit delivery {name}</source>
        <translation>Изменить поставку {name}</translation>
    </message>
    <message>
        <source>Delete delivery {name}</source>
        <translation>Удалить поставку {name}</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Edit ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Add ticket “{name}”</source>
        <translation>Добавить обращение «{name}»</translation>
    </message>
    <message>
        <source>Edit ticket “{name}”</source>
        <translation>Изменить обращение «{name}»</translation>
    </message>
    <message>
        <source>Delete ticket “{name}”</source>
        <translation>Удалить обращение «{name}»</translation>
    </message>
    <message>
        <source>New quality record</source>
        <translation>Новая запись о качестве</translation>
    </message>
    <message>
        <source>Edit quality record</source>
        <translation>Запись о качестве</translation>
    </message>
    <message>
        <source>Add quality record {name}</source>
        <translation>Добавить запись о качестве: {name}</translation>
    </message>
    <message>
        <source>Edit quality record {name}</source>
        <translation>Изменить запись о качестве: {name}</translation>
    </message>
    <message>
        <source>Delete quality record {name}</source>
        <translation>Удалить запись о качестве: {name}</translation>
    </message>
    <message>
        <source>New SLA</source>
        <translation>Новый показатель SLA</translation>
    </message>
    <message>
        <source>Edit SLA</source>
        <translation>Показатель SLA</translation>
    </message>
    <message>
        <source>Add SLA “{name}”</source>
        <translation>Добавить показатель SLA «{name}»</translation>
    </message>
    <message>
        <source>Edit SLA “{name}”</source>
        <translation>Изменить показатель SLA «{name}»</translation>
    </message>
    <message>
        <source>Delete SLA “{name}”</source>
        <translation>Удалить показатель SLA «{name}»</translation>
    </message>
    <message>
        <source>New survey answer</source>
        <translation>Новый ответ на опрос</translation>
    </message>
    <message>
        <source>Correct survey answer</source>
        <translation>Исправить ответ на опрос</translation>
    </message>
    <message>
        <source>Add survey answer {name}</source>
        <translation>Добавить ответ на опрос: {name}</translation>
    </message>
    <message>
        <source>Correct survey answer {name}</source>
        <translation>Исправить ответ на опрос: {name}</translation>
    </message>
    <message>
        <source>Delete survey answer {name}</source>
        <translation>Удалить ответ на опрос: {name}</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Add opportunity “{name}”</source>
        <translation>Добавить сделку «{name}»</translation>
    </message>
    <message>
        <source>Edit opportunity “{name}”</source>
        <translation>Изменить сделку «{name}»</translation>
    </message>
    <message>
        <source>Delete opportunity “{name}”</source>
        <translation>Удалить сделку «{name}»</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Add goal “{name}”</source>
        <translation>Добавить цель «{name}»</translation>
    </message>
    <message>
        <source>Edit goal “{name}”</source>
        <translation>Изменить цель «{name}»</translation>
    </message>
    <message>
        <source>Delete goal “{name}”</source>
        <translation>Удалить цель «{name}»</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Add objective “{name}”</source>
        <translation>Добавить задачу «{name}»</translation>
    </message>
    <message>
        <source>Edit objective “{name}”</source>
        <translation>Изменить задачу «{name}»</translation>
    </message>
    <message>
        <source>Delete objective “{name}”</source>
        <translation>Удалить задачу «{name}»</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Add action “{name}”</source>
        <translation>Добавить мероприятие «{name}»</translation>
    </message>
    <message>
        <source>Edit action “{name}”</source>
        <translation>Изменить мероприятие «{name}»</translation>
    </message>
    <message>
        <source>Delete action “{name}”</source>
        <translation>Удалить мероприятие «{name}»</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Новый риск</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Add risk “{name}”</source>
        <translation>Добавить риск «{name}»</translation>
    </message>
    <message>
        <source>Edit risk “{name}”</source>
        <translation>Изменить риск «{name}»</translation>
    </message>
    <message>
        <source>Delete risk “{name}”</source>
        <translation>Удалить риск «{name}»</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Add contract “{name}”</source>
        <translation>Добавить договор «{name}»</translation>
    </message>
    <message>
        <source>Edit contract “{name}”</source>
        <translation>Изменить договор «{name}»</translation>
    </message>
    <message>
        <source>Delete contract “{name}”</source>
        <translation>Удалить договор «{name}»</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>Новый конкурент</translation>
    </message>
    <message>
        <source>Edit competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Add competitor “{name}”</source>
        <translation>Добавить конкурента «{name}»</translation>
    </message>
    <message>
        <source>Edit competitor “{name}”</source>
        <translation>Изменить конкурента «{name}»</translation>
    </message>
    <message>
        <source>Delete competitor “{name}”</source>
        <translation>Удалить конкурента «{name}»</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>Новый курс валюты</translation>
    </message>
    <message>
        <source>Edit exchange rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <source>Add exchange rate {name}</source>
        <translation>Добавить курс {name}</translation>
    </message>
    <message>
        <source>Edit exchange rate {name}</source>
        <translation>Изменить курс {name}</translation>
    </message>
    <message>
        <source>Delete exchange rate {name}</source>
        <translation>Удалить курс {name}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>Quality records</source>
        <translation>Записи о качестве</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{action} (Insert)</source>
        <translation>{action} (клавиша Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Изменить выбранную запись (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete); it can be undone</source>
        <translation>Удалить выбранную запись (Delete); это можно отменить</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Это не число.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Изменить профиль…</translation>
    </message>
    <message>
        <source>Edit the account’s profile (Ctrl+E)</source>
        <translation>Изменить профиль клиента (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Champion</source>
        <translation>Сторонник-лидер</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Сторонник</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтрален</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Скептик</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Противник</translation>
    </message>
    <message>
        <source>Miller Heiman</source>
        <translation>Миллер — Хейман</translation>
    </message>
    <message>
        <source>Buying centre</source>
        <translation>Закупочный центр</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Экономический покупатель</translation>
    </message>
    <message>
        <source>User buyer</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>Технический эксперт</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Проводник</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Влияющий</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>Лицо, принимающее решение</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Закупщик</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Привратник</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Утверждающий</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>Влияет на</translation>
    </message>
    <message>
        <source>Ally of</source>
        <translation>Союзник</translation>
    </message>
    <message>
        <source>In conflict with</source>
        <translation>В конфликте с</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
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
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Позитивный</translation>
    </message>
    <message>
        <source>Neutral mood</source>
        <translation>Нейтральный</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Негативный</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>В копии</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Менеджер по клиенту</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Спонсор от руководства</translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation>Технический руководитель</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>Менеджер по сервису</translation>
    </message>
    <message>
        <source>Sales engineer</source>
        <translation>Инженер по продажам</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Логистика</translation>
    </message>
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
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлена</translation>
    </message>
    <message>
        <source>Partly delivered</source>
        <translation>Доставлена частично</translation>
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
        <translation>Рекламация</translation>
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
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
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
        <source>Defects (ppm)</source>
        <translation>Дефекты (ppm)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой показатель</translation>
    </message>
    <message>
        <source>At least the target</source>
        <translation>Не ниже цели</translation>
    </message>
    <message>
        <source>At most the target</source>
        <translation>Не выше цели</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
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
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>Снижается</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Reason for the stage change</source>
        <translation>Причина смены этапа</translation>
    </message>
    <message>
        <source>Kept in the account’s stage history</source>
        <translation>Сохраняется в истории этапов клиента</translation>
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
        <source>Our revenue per year</source>
        <translation>Наша выручка в год</translation>
    </message>
    <message>
        <source>Client’s spend in our categories</source>
        <translation>Закупки клиента в наших категориях</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Next account review</source>
        <translation>Следующий обзор клиента</translation>
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
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Поставка</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Строка заказа</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Обещана на</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Доставлена</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Reason for a delay</source>
        <translation>Причина задержки</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Срок уведомления</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>Продлевается автоматически</translation>
    </message>
    <message>
        <source>Value per year</source>
        <translation>Сумма в год</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Share of the client’s spend</source>
        <translation>Доля в закупках клиента</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Слабые стороны</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <source>In currency</source>
        <translation>В валюте</translation>
    </message>
    <message>
        <source>How many units of this currency one unit of the first is worth</source>
        <translation>Сколько единиц этой валюты стоит единица первой</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Plant, office, warehouse, business unit…</source>
        <translation>Завод, офис, склад, подразделение…</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>The larger site or unit this one belongs to</source>
        <translation>Более крупная площадка или подразделение, в которое входит эта</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>For example Europe/Moscow</source>
        <translation>Например, Europe/Moscow</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Годовая выручка</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>Наш контакт</translation>
    </message>
    <message>
        <source>Who on our side looks after this relationship</source>
        <translation>Кто с нашей стороны ведёт эти отношения</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>1 = little, 5 = decisive</source>
        <translation>1 — слабое, 5 — решающее</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>1 = little, 5 = keen</source>
        <translation>1 — слабый, 5 — высокий</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Отношение к нам</translation>
    </message>
    <message>
        <source>Relationship strength</source>
        <translation>Близость отношений</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <source>0 = none, 5 = trusted</source>
        <translation>0 — нет, 5 — доверительные</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Contacts and roles</source>
        <translation>Контакты и роли</translation>
    </message>
    <message>
        <source>E-mails and phones</source>
        <translation>Эл. почта и телефоны</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Роли в закупке</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Внутренние заметки</translation>
    </message>
    <message>
        <source>Never shown to the client</source>
        <translation>Никогда не показываются клиенту</translation>
    </message>
    <message>
        <source>Has left the company</source>
        <translation>Уволился из компании</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата ухода</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Перешёл в</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сила</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Команда по клиенту</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
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
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Лицо, принимающее решение</translation>
    </message>
    <message>
        <source>Competing with</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Why it was lost</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Горизонт</translation>
    </message>
    <message>
        <source>For example FY2027 or 3 years</source>
        <translation>Например, 2027 г. или 3 года</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>How we know it is reached</source>
        <translation>Как понять, что задача решена</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>1 = unlikely, 5 = almost certain</source>
        <translation>1 — маловероятно, 5 — почти наверняка</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>1 = minor, 5 = could lose the account</source>
        <translation>1 — незначительное, 5 — можем потерять клиента</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Пересмотреть</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Меры по снижению</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Кто участвовал</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
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
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Автор обращения</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation>Проверено единиц</translation>
    </message>
    <message>
        <source>Defective units</source>
        <translation>Дефектных единиц</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень сервиса</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Needed for a custom metric</source>
        <translation>Нужно для своего показателя</translation>
    </message>
    <message>
        <source>Target is</source>
        <translation>Цель —</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation>Предупреждать при</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>%, days, hours, ppm…</source>
        <translation>%, дни, часы, ppm…</translation>
    </message>
    <message>
        <source>Measured per</source>
        <translation>Период измерения</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Ответ на опрос</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>NPS 0–10, CSAT 1–5, CES 1–7</source>
        <translation>NPS 0–10, CSAT 1–5, CES 1–7</translation>
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
        <source>Survey name</source>
        <translation>Название опроса</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>The account has no plan yet: start with a goal.</source>
        <translation>У клиента пока нет плана: начните с цели.</translation>
    </message>
    <message>
        <source>Overdue actions: {count} (shown in red)</source>
        <translation>Просроченные мероприятия: {count} (выделены красным)</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Просроченных мероприятий нет.</translation>
    </message>
    <message>
        <source>Weighted pipeline: {amount} · open opportunities: {count}</source>
        <translation>Взвешенная воронка: {amount} · открытых сделок: {count}</translation>
    </message>
    <message>
        <source>Move “{name}” up</source>
        <translation>Переместить «{name}» выше</translation>
    </message>
    <message>
        <source>Move “{name}” down</source>
        <translation>Переместить «{name}» ниже</translation>
    </message>
    <message>
        <source>Set “{name}” to {status}</source>
        <translation>Статус «{name}»: {status}</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Просрочено с {date}</translation>
    </message>
    <message>
        <source>Probability × impact</source>
        <translation>Вероятность × влияние</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>План по клиенту</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Team and sites</source>
        <translation>Команда и площадки</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Новая цель…</translation>
    </message>
    <message>
        <source>Add a goal to the account plan</source>
        <translation>Добавить цель в план по клиенту</translation>
    </message>
    <message>
        <source>New objective…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Add an objective to the selected goal</source>
        <translation>Добавить задачу к выбранной цели</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Add an action to the selected objective</source>
        <translation>Добавить мероприятие к выбранной задаче</translation>
    </message>
    <message>
        <source>Add here</source>
        <translation>Добавить сюда</translation>
    </message>
    <message>
        <source>Add an item under the selection (Insert)</source>
        <translation>Добавить пункт под выбранным (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter)</source>
        <translation>Изменить выбранный пункт (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete)</source>
        <translation>Удалить выбранный пункт (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Переместить выбранный пункт выше (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Переместить выбранный пункт ниже (Ctrl+Down)</translation>
    </message>
    <message>
        <source>New colleague…</source>
        <translation>Новый коллега…</translation>
    </message>
    <message>
        <source>Add somebody to our team, then to this account</source>
        <translation>Добавить человека в нашу команду, а затем — в команду по этому клиенту</translation>
    </message>
    <message>
        <source>Edit colleague…</source>
        <translation>Изменить данные коллеги…</translation>
    </message>
    <message>
        <source>Edit the selected colleague's details</source>
        <translation>Изменить данные выбранного коллеги</translation>
    </message>
    <message>
        <source>Goals, their objectives and actions; F2 changes the status of the selected item</source>
        <translation>Цели, их задачи и мероприятия; F2 меняет статус выбранного пункта</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>Text is expected here.</source>
        <translation>Здесь нужен текст.</translation>
    </message>
    <message>
        <source>Give a date and a time.</source>
        <translation>Укажите дату и время.</translation>
    </message>
    <message>
        <source>Give a date.</source>
        <translation>Укажите дату.</translation>
    </message>
    <message>
        <source>Yes or no.</source>
        <translation>Да или нет.</translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation>Нужно целое число.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Нужно число.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Слишком большое число.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A three-letter currency code, such as EUR or RUB.</source>
        <translation>Трёхбуквенный код валюты, например EUR или RUB.</translation>
    </message>
    <message>
        <source>A two-letter country code, such as DE or RU.</source>
        <translation>Двухбуквенный код страны, например DE или RU.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Only digits, spaces and + - ( ) . / are allowed.</source>
        <translation>Допустимы только цифры, пробелы и + - ( ) . /</translation>
    </message>
    <message>
        <source>A phone number has 5 to 15 digits.</source>
        <translation>В номере телефона от 5 до 15 цифр.</translation>
    </message>
    <message>
        <source>This record has been deleted meanwhile.</source>
        <translation>Эта запись тем временем удалена.</translation>
    </message>
    <message>
        <source>This record belongs to another account.</source>
        <translation>Эта запись относится к другому клиенту.</translation>
    </message>
    <message>
        <source>A record cannot point to itself.</source>
        <translation>Запись не может ссылаться сама на себя.</translation>
    </message>
    <message>
        <source>This would make a circle: choose someone not below this record.</source>
        <translation>Получится замкнутый круг: выберите того, кто не подчинён этой записи.</translation>
    </message>
    <message>
        <source>Already used by another record.</source>
        <translation>Уже используется другой записью.</translation>
    </message>
    <message>
        <source>Only for somebody who has left the company.</source>
        <translation>Только для тех, кто ушёл из компании.</translation>
    </message>
    <message>
        <source>The same contact appears twice.</source>
        <translation>Один и тот же контакт указан дважды.</translation>
    </message>
    <message>
        <source>Only one primary contact of each kind.</source>
        <translation>Основным может быть только один контакт каждого типа.</translation>
    </message>
    <message>
        <source>The same role appears twice.</source>
        <translation>Одна и та же роль указана дважды.</translation>
    </message>
    <message>
        <source>A relationship joins two different people.</source>
        <translation>Связь соединяет двух разных людей.</translation>
    </message>
    <message>
        <source>These two people are already linked this way.</source>
        <translation>Эти люди уже связаны таким образом.</translation>
    </message>
    <message>
        <source>This colleague already has this role on the account.</source>
        <translation>У этого коллеги уже есть такая роль по клиенту.</translation>
    </message>
    <message>
        <source>Choose the order first.</source>
        <translation>Сначала выберите заказ.</translation>
    </message>
    <message>
        <source>This line belongs to another order.</source>
        <translation>Эта строка относится к другому заказу.</translation>
    </message>
    <message>
        <source>A line of another order.</source>
        <translation>Строка другого заказа.</translation>
    </message>
    <message>
        <source>The same line appears twice.</source>
        <translation>Одна и та же строка указана дважды.</translation>
    </message>
    <message>
        <source>The base currency must differ from the currency.</source>
        <translation>Валюта пересчёта должна отличаться от исходной.</translation>
    </message>
    <message>
        <source>Must be greater than zero.</source>
        <translation>Должно быть больше нуля.</translation>
    </message>
    <message>
        <source>A rate for these currencies on this day exists already.</source>
        <translation>Курс этих валют на этот день уже есть.</translation>
    </message>
    <message>
        <source>A custom metric needs a name.</source>
        <translation>У своего показателя должно быть название.</translation>
    </message>
    <message>
        <source>The target is a minimum: the warning level is at or above it.</source>
        <translation>Цель — минимум: порог предупреждения не ниже цели.</translation>
    </message>
    <message>
        <source>The target is a maximum: the warning level is at or below it.</source>
        <translation>Цель — максимум: порог предупреждения не выше цели.</translation>
    </message>
    <message>
        <source>Cannot exceed the units inspected.</source>
        <translation>Не может превышать число проверенных единиц.</translation>
    </message>
    <message>
        <source>Who took part? Only a note may have no participants.</source>
        <translation>Кто участвовал? Без участников может быть только заметка.</translation>
    </message>
    <message>
        <source>The same participant appears twice.</source>
        <translation>Один и тот же участник указан дважды.</translation>
    </message>
    <message>
        <source>Either a person of the client or a member of our team.</source>
        <translation>Либо контактное лицо клиента, либо сотрудник нашей команды.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>У клиента должно быть название.</translation>
    </message>
    <message>
        <source>The client’s spend in our categories includes what it buys from us: it cannot be less than our revenue.</source>
        <translation>Закупки клиента в наших категориях включают то, что он покупает у нас: они не могут быть меньше нашей выручки.</translation>
    </message>
    <message>
        <source>This is history and is never rewritten: add a new one and delete the wrong one.</source>
        <translation>Это история, её не переписывают: добавьте новую запись и удалите ошибочную.</translation>
    </message>
    <message>
        <source>Cannot be before the ticket was opened.</source>
        <translation>Не может быть раньше открытия обращения.</translation>
    </message>
    <message>
        <source>Cannot be before the start.</source>
        <translation>Не может быть раньше начала.</translation>
    </message>
    <message>
        <source>Cannot be before the order date.</source>
        <translation>Не может быть раньше даты заказа.</translation>
    </message>
    <message>
        <source>Cannot be before the start of validity.</source>
        <translation>Не может быть раньше начала действия.</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Строка {row}: {reason}</translation>
    </message>
    <message>
        <source>Cannot be before {other}.</source>
        <translation>Не может быть раньше: {other}.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>Не более {n} символов.</translation>
    </message>
    <message>
        <source>At most {n} digits after the decimal mark.</source>
        <translation>Не более {n} знаков после запятой.</translation>
    </message>
    <message>
        <source>From {low} to {high}.</source>
        <translation>От {low} до {high}.</translation>
    </message>
    <message>
        <source>At least {n}.</source>
        <translation>Не меньше {n}.</translation>
    </message>
    <message>
        <source>At most {n}.</source>
        <translation>Не больше {n}.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Выберите одно из предложенных значений.</translation>
    </message>
</context>
</TS>