<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Stakeholders</source>
        <translation>Контактные лица</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <source>Severity: {severity}</source>
        <translation>Важность: {severity}</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>No gaps: the map meets every rule.</source>
        <translation>Пробелов нет: карта отвечает всем правилам.</translation>
    </message>
    <message>
        <source>Gaps: {count}, severe: {high}</source>
        <translation>Пробелов: {count}, серьёзных: {high}</translation>
    </message>
    <message>
        <source>{names} left {days} d ago</source>
        <translation>{names}: уход из компании {days} дн. назад</translation>
    </message>
    <message>
        <source>{names} left</source>
        <translation>{names}: уход из компании</translation>
    </message>
    <message>
        <source>{names}: no contact for {days} d</source>
        <translation>{names}: нет контакта {days} дн.</translation>
    </message>
    <message>
        <source>{names}: never contacted</source>
        <translation>{names}: контактов не было</translation>
    </message>
    <message>
        <source>Only {names} carries the relationship</source>
        <translation>Отношения держатся только на одном человеке: {names}</translation>
    </message>
    <message>
        <source>Nobody carries the relationship</source>
        <translation>Отношения ни на ком не держатся</translation>
    </message>
    <message>
        <source>{site}: nobody on the map</source>
        <translation>{site}: на карте никого нет</translation>
    </message>
    <message>
        <source>Left: {names}</source>
        <translation>Ушли: {names}</translation>
    </message>
    <message>
        <source>Candidates: {names}</source>
        <translation>Кандидаты: {names}</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Следующий шаг: {step}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Baseline {date}</source>
        <translation>Срез {date}</translation>
    </message>
    <message>
        <source>Save Baseline</source>
        <translation>Сохранить срез</translation>
    </message>
    <message>
        <source>Name of the baseline, for example “Before the quarterly review”:</source>
        <translation>Название среза, например «Перед квартальным обзором»:</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Без сравнения</translation>
    </message>
    <message>
        <source>{name} · {date}</source>
        <translation>{name} · {date}</translation>
    </message>
    <message>
        <source>Save a baseline now, and compare with it later to see who joined or left and whose attitude or influence moved.</source>
        <translation>Сохраните срез карты сейчас и сравните с ним позже: будет видно, кто пришёл и кто ушёл, у кого изменились отношение и влияние.</translation>
    </message>
    <message>
        <source>Choose a baseline to see what changed.</source>
        <translation>Выберите срез, чтобы увидеть, что изменилось.</translation>
    </message>
    <message>
        <source>Since “{name}” of {date} — changes: {n}; people: {before} → {after}; with an owner: {owned_before} → {owned_after}.</source>
        <translation>С момента среза «{name}» от {date} изменений: {n}; людей: {before} → {after}; с ответственным: {owned_before} → {owned_after}.</translation>
    </message>
    <message>
        <source>Nothing changed since this baseline.</source>
        <translation>С момента этого среза ничего не изменилось.</translation>
    </message>
    <message>
        <source>Save Baseline…</source>
        <translation>Сохранить срез…</translation>
    </message>
    <message>
        <source>Freeze the map as it is now, to compare with later</source>
        <translation>Зафиксировать карту как есть, чтобы потом сравнить</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Сравнить со срезом:</translation>
    </message>
    <message>
        <source>Baseline to compare with</source>
        <translation>Срез для сравнения</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Изменения с момента среза</translation>
    </message>
    <message>
        <source>{title} (was {attitude})</source>
        <translation>{title} (ранее: {attitude})</translation>
    </message>
    <message>
        <source>{title}: owned by {owner}</source>
        <translation>{title}: ответственный — {owner}</translation>
    </message>
    <message>
        <source>{title}: was owned by {owner}</source>
        <translation>{title}: прежний ответственный — {owner}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
</context>
<context>
    <name>MapCard</name>
    <message>
        <source>infl</source>
        <translation>влиян</translation>
    </message>
    <message>
        <source>rel</source>
        <translation>отн</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>без ответств.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>УШЁЛ(А)</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} дн.</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Change Attitude</source>
        <translation>изменение отношения</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>назначение ответственного</translation>
    </message>
    <message>
        <source>Draw Reporting Line</source>
        <translation>линия подчинения</translation>
    </message>
    <message>
        <source>Remove Reporting Line</source>
        <translation>удаление линии подчинения</translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation>удаление контактов</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>удаление контакта</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>новая связь</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>удаление связи</translation>
    </message>
    <message>
        <source>Move Cards</source>
        <translation>перемещение карточек</translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation>перемещение карточки</translation>
    </message>
    <message>
        <source>Reset Layout</source>
        <translation>сброс расположения</translation>
    </message>
    <message>
        <source>Move on Grid</source>
        <translation>перемещение в матрице</translation>
    </message>
    <message>
        <source>Save Baseline</source>
        <translation>сохранение среза</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change &amp;Attitude</source>
        <translation>&amp;Отношение</translation>
    </message>
    <message>
        <source>Set &amp;Owner</source>
        <translation>О&amp;тветственный</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>&amp;Remove Reporting Line</source>
        <translation>&amp;Убрать линию подчинения</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>&amp;Reports to</source>
        <translation>&amp;Подчиняется</translation>
    </message>
    <message>
        <source>&amp;Influences</source>
        <translation>&amp;Влияет на</translation>
    </message>
    <message>
        <source>&amp;Ally</source>
        <translation>&amp;Союзник</translation>
    </message>
    <message>
        <source>In &amp;conflict with</source>
        <translation>В &amp;конфликте с</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Удалить связь</translation>
    </message>
    <message>
        <source>Not drawn: that reporting line would make a cycle (someone would end up reporting to their own report).</source>
        <translation>Линия не проведена: получился бы замкнутый круг (человек оказался бы в подчинении у своего же подчинённого).</translation>
    </message>
    <message>
        <source>Not drawn: a person cannot report to themselves.</source>
        <translation>Линия не проведена: человек не может подчиняться сам себе.</translation>
    </message>
    <message>
        <source>These two people are already linked this way.</source>
        <translation>Эти двое уже связаны таким образом.</translation>
    </message>
    <message>
        <source>A link joins two different people of the same account.</source>
        <translation>Связь соединяет двух разных людей одного клиента.</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>stakeholder map</source>
        <translation>карта влияния</translation>
    </message>
    <message>
        <source>power-interest grid</source>
        <translation>матрица влияния и интереса</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Рисуем карту…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Stakeholder Map</source>
        <translation>Экспорт карты влияния</translation>
    </message>
    <message>
        <source>Export Power/Interest Grid</source>
        <translation>Экспорт матрицы влияния и интереса</translation>
    </message>
</context>
<context>
    <name>MapGrid</name>
    <message>
        <source>Influence →</source>
        <translation>Влияние →</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Интерес →</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Left the company</source>
        <translation>Ушли из компании</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Подчинение</translation>
    </message>
    <message>
        <source>No contact &gt; {days} d</source>
        <translation>Нет контакта &gt; {days} дн.</translation>
    </message>
    <message>
        <source>Changed since the baseline</source>
        <translation>Изменилось с момента среза</translation>
    </message>
    <message>
        <source>Thicker border: more influence</source>
        <translation>Толще рамка — больше влияние</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
</context>
<context>
    <name>MapLink</name>
    <message>
        <source>{source} — {kind} — {target}</source>
        <translation>{source} — {kind} — {target}</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>No reporting line</source>
        <translation>Без линии подчинения</translation>
    </message>
    <message>
        <source>Attitude: {attitude} · influence {influence}/5 · interest {interest}/5</source>
        <translation>Отношение: {attitude} · влияние {influence}/5 · интерес {interest}/5</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Роли: {roles}</translation>
    </message>
    <message>
        <source>Left the company {date}</source>
        <translation>Ушёл (ушла) из компании {date}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Relationship {strength}/5, owned by {owner}</source>
        <translation>Отношения {strength}/5, ответственный — {owner}</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Контактов не было</translation>
    </message>
    <message>
        <source>Last contact {date} ({days} d ago)</source>
        <translation>Последний контакт {date} ({days} дн. назад)</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Org Chart</source>
        <translation>Оргструктура</translation>
    </message>
    <message>
        <source>People by reporting line (Ctrl+Shift+O)</source>
        <translation>Люди по линиям подчинения (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Power/Interest Grid</source>
        <translation>Матрица влияния</translation>
    </message>
    <message>
        <source>People by influence and interest; drag a card to another cell to change them (Ctrl+Shift+G)</source>
        <translation>Люди по влиянию и интересу; перетащите карточку в другую клетку, чтобы их изменить (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Draw Link</source>
        <translation>Провести связь</translation>
    </message>
    <message>
        <source>Drag from one card to another to draw a reporting line or a link (L, or hold Shift)</source>
        <translation>Протяните от одной карточки к другой, чтобы провести линию подчинения или связь (L или с Shift)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Целиком</translation>
    </message>
    <message>
        <source>Show the whole map (F)</source>
        <translation>Показать всю карту (F)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Zoom to 100 % (0)</source>
        <translation>Масштаб 100 % (0)</translation>
    </message>
    <message>
        <source>Reset Layout</source>
        <translation>Сбросить расположение</translation>
    </message>
    <message>
        <source>Put every card of this view back in its automatic place</source>
        <translation>Вернуть все карточки этого вида на их автоматические места</translation>
    </message>
    <message>
        <source>Add Person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <source>Add a person to this account (Ins)</source>
        <translation>Добавить контактное лицо клиента (Ins)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save this view as a PNG or SVG picture (Ctrl+Shift+E)</source>
        <translation>Сохранить этот вид как изображение PNG или SVG (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Open the selected person&apos;s full record (Enter)</source>
        <translation>Открыть полную карточку выбранного человека (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected people (Del)</source>
        <translation>Удалить выбранных людей (Del)</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Площадка:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Фильтр по площадке</translation>
    </message>
    <message>
        <source>Business unit filter</source>
        <translation>Фильтр по подразделению</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Карта влияния</translation>
    </message>
    <message>
        <source>Wheel to zoom, middle button or Space and drag to pan, right-click a card for its menu</source>
        <translation>Колесо — масштаб, средняя кнопка или пробел с перетаскиванием — прокрутка, правый щелчок по карточке — меню</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Все площадки</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Все подразделения</translation>
    </message>
    <message>
        <source>People: {people} · left: {left} · no recent contact: {stale} · links: {links}</source>
        <translation>Людей: {people} · ушли: {left} · давно без контакта: {stale} · связей: {links}</translation>
    </message>
    <message>
        <source>{zoom} %</source>
        <translation>{zoom} %</translation>
    </message>
</context>
<context>
    <name>stakeholderBadges</name>
    <message>
        <source>EB</source>
        <translation>ЭП</translation>
    </message>
    <message>
        <source>UB</source>
        <translation>ПП</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>ТП</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Коуч</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Иниц</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Польз</translation>
    </message>
    <message>
        <source>Infl</source>
        <translation>Влиян</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Закуп</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Привр</translation>
    </message>
    <message>
        <source>Appr</source>
        <translation>Утв</translation>
    </message>
</context>
<context>
    <name>stakeholders</name>
    <message>
        <source>Champion</source>
        <translation>Чемпион</translation>
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
        <translation>Блокирует</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Коуч</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Закупщик</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Экономический покупатель</translation>
    </message>
    <message>
        <source>User buyer</source>
        <translation>Покупатель-пользователь</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>Технический покупатель</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Влияющий</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>ЛПР</translation>
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
        <translation>Влияет</translation>
    </message>
    <message>
        <source>Ally</source>
        <translation>Союзник</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>No economic buyer</source>
        <translation>Нет экономического покупателя</translation>
    </message>
    <message>
        <source>No coach</source>
        <translation>Нет коуча</translation>
    </message>
    <message>
        <source>Single-threaded</source>
        <translation>Контакт через одного человека</translation>
    </message>
    <message>
        <source>Decision maker out of touch</source>
        <translation>Нет контакта с ЛПР</translation>
    </message>
    <message>
        <source>Blocker without an owner</source>
        <translation>Блокирующий без ответственного</translation>
    </message>
    <message>
        <source>Champion left</source>
        <translation>Ушёл наш чемпион</translation>
    </message>
    <message>
        <source>Site without contacts</source>
        <translation>Площадка без контактов</translation>
    </message>
    <message>
        <source>Find out who signs off the budget and ask for an introduction.</source>
        <translation>Выясните, кто утверждает бюджет, и попросите вас представить.</translation>
    </message>
    <message>
        <source>Develop a coach who guides us through their decision.</source>
        <translation>Вырастите коуча, который проведёт нас через их процесс принятия решения.</translation>
    </message>
    <message>
        <source>Build relationships with more people of influence.</source>
        <translation>Выстройте отношения с другими влиятельными людьми.</translation>
    </message>
    <message>
        <source>Arrange a meeting with the decision maker.</source>
        <translation>Договоритесь о встрече с ЛПР.</translation>
    </message>
    <message>
        <source>Give the blocker an owner on our team to address their concerns.</source>
        <translation>Назначьте ответственного из нашей команды, чтобы снять возражения блокирующего.</translation>
    </message>
    <message>
        <source>Find a new champion, starting with the warmest contacts.</source>
        <translation>Найдите нового чемпиона, начав с самых лояльных контактов.</translation>
    </message>
    <message>
        <source>Map the people who work at this site.</source>
        <translation>Нанесите на карту людей, работающих на этой площадке.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>НОВЫЙ</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>УШЁЛ(А)</translation>
    </message>
    <message>
        <source>BACK</source>
        <translation>ВОЗВРАТ</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>warmer</source>
        <translation>теплее</translation>
    </message>
    <message>
        <source>cooler</source>
        <translation>холоднее</translation>
    </message>
    <message>
        <source>infl ▲</source>
        <translation>влиян ▲</translation>
    </message>
    <message>
        <source>infl ▼</source>
        <translation>влиян ▼</translation>
    </message>
    <message>
        <source>int ▲</source>
        <translation>интер ▲</translation>
    </message>
    <message>
        <source>int ▼</source>
        <translation>интер ▼</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>есть ответств.</translation>
    </message>
    <message>
        <source>unowned</source>
        <translation>без ответств.</translation>
    </message>
    <message>
        <source>new owner</source>
        <translation>новый ответств.</translation>
    </message>
    <message>
        <source>rel ▲</source>
        <translation>отн ▲</translation>
    </message>
    <message>
        <source>rel ▼</source>
        <translation>отн ▼</translation>
    </message>
    <message>
        <source>+role</source>
        <translation>+роль</translation>
    </message>
    <message>
        <source>−role</source>
        <translation>−роль</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>+link</source>
        <translation>+связь</translation>
    </message>
    <message>
        <source>−link</source>
        <translation>−связь</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Left the company</source>
        <translation>Уход из компании</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Возвращение в компанию</translation>
    </message>
    <message>
        <source>Removed from the map</source>
        <translation>Удаление с карты</translation>
    </message>
    <message>
        <source>Attitude warmed</source>
        <translation>Отношение улучшилось</translation>
    </message>
    <message>
        <source>Attitude cooled</source>
        <translation>Отношение ухудшилось</translation>
    </message>
    <message>
        <source>Influence up</source>
        <translation>Влияние выросло</translation>
    </message>
    <message>
        <source>Influence down</source>
        <translation>Влияние снизилось</translation>
    </message>
    <message>
        <source>Interest up</source>
        <translation>Интерес вырос</translation>
    </message>
    <message>
        <source>Interest down</source>
        <translation>Интерес снизился</translation>
    </message>
    <message>
        <source>Coverage gained</source>
        <translation>Появился ответственный</translation>
    </message>
    <message>
        <source>Coverage lost</source>
        <translation>Не стало ответственного</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>Сменился ответственный</translation>
    </message>
    <message>
        <source>Relationship stronger</source>
        <translation>Отношения укрепились</translation>
    </message>
    <message>
        <source>Relationship weaker</source>
        <translation>Отношения ослабли</translation>
    </message>
    <message>
        <source>Role gained</source>
        <translation>Новая роль</translation>
    </message>
    <message>
        <source>Role lost</source>
        <translation>Роль утрачена</translation>
    </message>
    <message>
        <source>Reports to someone else</source>
        <translation>Сменился руководитель</translation>
    </message>
    <message>
        <source>Link added</source>
        <translation>Новая связь</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>Связь удалена</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Плотно работать</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Удовлетворять</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Информировать</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Наблюдать</translation>
    </message>
</context>
</TS>
