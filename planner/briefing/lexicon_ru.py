"""Слова брифинга по-русски: одна таблица, которую читает ``lexicon.Lexicon``.

Шаблоны получают уже оформленные значения (даты 27.11.2026, суммы с неразрывными
пробелами, названия в «ёлочках»), поэтому переводчик видит целые предложения.
"""

from __future__ import annotations

NB = "\u00a0"

TEXT: dict[str, str] = {
    # документ
    "doc_title": "Брифинг к встрече",
    "doc_title_client": "Материалы к встрече",
    "doc_subject": "Встреча с {account} {date}",
    "header": "{account} · {date}",
    "footer_internal": "Для внутреннего пользования · подготовлено {date}",
    "footer_client": "Подготовлено для {account} · {date}",
    "page": f"Стр.{NB}{{page}} из {{pages}}",
    "prepared": "Подготовлено {date}, {author}",
    "prepared_no_author": "Подготовлено {date}",
    "app": "Key Account Planner",
    "none": "—",
    "and_more": "и ещё {n}",
    # титульный лист
    "cover_meeting": "Встреча",
    "cover_date": "Дата",
    "cover_time": "Время",
    "cover_place": "Место",
    "cover_type": "Формат",
    "cover_duration": "Продолжительность",
    "minutes": f"{{n}}{NB}мин",
    "client_side": "{account}",
    "our_side": "Наша команда",
    "nobody": "Пока не выбраны",
    "no_subject": "Встреча",
    # сводка
    "summary": "Сводка",
    "stage": "Стадия",
    "tier": "Категория",
    "revenue": "Выручка за год",
    "orders_12m": "Заказы за 12 месяцев",
    "orders_trend": "Заказы с начала года",
    "trend_value": "{change} к тем же месяцам прошлого года",
    "share_of_wallet": "Доля в закупках клиента",
    "open_alerts": "Открытые сигналы",
    "owner": "Ответственный за клиента",
    "alerts_none": "нет",
    "achieve": "Три цели встречи",
    "watch": "Три риска, за которыми следить",
    "alerts": "Открытые сигналы",
    # участники
    "attendees": "Участники",
    "title": "Должность",
    "department": "Подразделение",
    "reports_to": "Руководитель",
    "site": "Площадка",
    "roles": "Роли в закупке",
    "attitude": "Отношение к нам",
    "influence": "Влияние",
    "influence_value": "{n} из 5",
    "relationship": "Сила отношений",
    "our_owner": "Ведёт с нашей стороны",
    "no_owner": "пока никто",
    "cares_about": "Приоритеты",
    "notes": "Внутренние заметки",
    "last_contacts": "Последние контакты",
    "never_contacted": "Контактов не записано.",
    "person_tickets": "Обращения и рекламации",
    "person_surveys": "Ответы в опросах",
    "score": "{score} из {top}",
    "left_company": "Больше не работает в компании",
    # карта
    "map": "Карта влияния",
    "map_focus": "Участники встречи, их линии подчинения и лица, принимающие решения "
                 f"({{n}} из {{total}}{NB}чел.).",
    "map_whole": f"Все {{n}}{NB}чел. клиента.",
    "map_alt": "Оргструктура {account}: {names}.",
    "grid_alt": f"Матрица влияния и интереса для {{n}}{NB}чел. {{account}}.",
    "grid_caption": "Все люди {account} по влиянию и интересу.",
    "gaps": "Пробелы в покрытии",
    "gaps_none": "Пробелов на карте нет.",
    "gap_candidates": "может закрыть: {names}",
    # хроника
    "timeline": "Последние {days} дней",
    "timeline_counts": "{total} с клиентом: {parts}.",
    "timeline_notes": "Внутренних заметок: {n}.",
    "threads": "Встречи, визиты и звонки",
    "follow_ups": "Что мы обещали сделать",
    "our_notes": "Наши последние заметки",
    "col_date": "Дата",
    "col_last": "Последний раз",
    "col_alert": "Сигнал",
    "col_type": "Формат",
    "col_subject": "Тема",
    "col_with": "С кем",
    "col_times": "Раз",
    "col_promised_at": "Когда обещали",
    "col_follow_up": "Что обещали",
    # сервис
    "service": "Сервис",
    "service_client": "Качество сервиса",
    "sla": "Выполнение SLA",
    "col_metric": "Показатель",
    "col_period": "Период",
    "col_target": "Цель",
    "col_actual": "Факт",
    "col_status": "Статус",
    "to_date": "{period} (на сегодня)",
    "late": "Поставки с опозданием за {days} дней",
    "late_summary": "Опоздали или ещё не пришли после обещанной даты: {n}.",
    "upcoming": "Поставки на ближайшие {days} дней",
    "upcoming_risky": "Открытые поставки, которые, вероятно, опоздают",
    "col_order": "Заказ",
    "col_line": "Товарная группа",
    "col_quantity": "Количество",
    "col_promised": "Срок",
    "col_delivered": "Поставлено",
    "col_days_late": "Опоздание, дн.",
    "col_chance": "Вероятность опоздания",
    "col_delay": "Ожидаемая задержка",
    "not_yet": "ещё нет",
    "tickets": "Открытые обращения",
    "col_number": "Номер",
    "col_raised_by": "Автор",
    "col_opened": "Открыто",
    "col_severity": "Важность",
    # коммерция
    "commerce": "Заказы и сделки",
    "commerce_client": "Наше сотрудничество",
    "orders_alt": "Заказы {account} по месяцам: {years}.",
    "lines": "Заказы по товарным группам",
    "col_last_12": "За 12 месяцев",
    "col_change": "Изменение",
    "col_share": "Доля",
    "opportunities": "Открытые сделки",
    "col_opportunity": "Сделка",
    "col_value": "Сумма",
    "col_stage": "Этап",
    "col_probability": "Шанс",
    "col_close": "Решение ожидается",
    "col_next_step": "Следующий шаг",
    "actions": "Действия по плану",
    "col_action": "Действие",
    "col_owner": "Ответственный",
    "col_due": "Срок",
    "contracts": "Договоры",
    "col_contract": "Договор",
    "col_valid_until": "Действует до",
    # тезисы
    "talking_points": "Тезисы для разговора",
    "questions": "Вопросы клиенту",
    "sources": "Основание: {items}",
    # источники
    "src_delivery": f"поставка{NB}{{label}}",
    "src_ticket": f"обращение{NB}{{label}}",
    "src_opportunity": "сделка {label}",
    "src_person": "{label}",
    "src_interaction": "{label}",
    "src_dated": "{source} ({date})",
    "src_sla_period": "SLA {label}, {period}",
    "src_survey": "ответ в опросе {label}",
    "src_sla": "SLA {label}",
    "src_plan_action": "действие плана {label}",
    "src_contract": "договор {label}",
    "src_risk": "риск {label}",
    "src_alert": "сигнал {label}",
    "src_gap": "пробел на карте: {label}",
    # тезисы и вопросы
    "pt_acknowledge_late": "Признать опоздания поставок: {count}{months}{on_time}; объяснить причины "
                           "и что мы изменили.",
    "pt_late_one_month": " в {month}",
    "pt_late_months": ", из них {parts}",
    "pt_late_month": "{n} в {month}",
    "pt_on_time": f" (поставки в срок{NB}— {{value}} при обещанных {{target}})",
    "pt_explain_sla": "Объяснить показатель {metric}: {value} за {period} при цели {target}, "
                      "и что мы делаем.",
    "pt_ticket_update": "Рассказать о ходе работы по обращению {number} {subject} ({kind}){raised}; "
                        "открыто {days}.",
    "pt_ticket_raised": f", автор{NB}— {{name}}, {{date}}",
    "pt_report_back": "Отчитаться по обещанному {date}: {step}.",
    "pt_address_concerns": f"{{name}}{NB}— {{attitude}}; опираться на приоритеты: {{priorities}}.",
    "pt_raise_renewal": "Поднять вопрос о продлении договора {contract}: он действует до {ends}; "
                        "уведомить нужно до {notice}.",
    "pt_move_action": "Продвинуть план: {action} (срок {due}{owner}).",
    "pt_move_action_overdue": f"Наверстать план: {{action}}{NB}— срок был {{due}}{{owner}}.",
    "pt_owner": ", {name}",
    "pt_advance_opportunity": "Договориться о следующем шаге по сделке {name} ({value}, {stage}): {step}.",
    "pt_confirm_decision_date": "Уточнить дату решения по сделке {name} ({value}, {stage}): ожидается "
                                "{date}{maker}.",
    "pt_decision_overdue": "Узнать новую дату решения по сделке {name} ({value}): ожидалось {date}{maker}.",
    "pt_maker": f"; решение принимает{NB}— {{name}}",
    "pt_ask_priorities_new": "Спросить {name} ({title}) о приоритетах: первый контакт был {date}.",
    "pt_ask_priorities_never": "Спросить {name} ({title}) о приоритетах: раньше мы не встречались.",
    "pt_ask_priorities_unknown": "Спросить {name} ({title}) о приоритетах: у нас ничего не записано.",
    "pt_ask_detractor": "Спросить {name}, что повысило бы оценку: {score} ({kind}) {date}{comment}.",
    "pt_comment": ", {text}",
    "pt_ask_decision_maker": "Узнать, как выйти на {name} ({roles}): {stale}.",
    "pt_stale_days": "нет контакта {days}",
    "pt_stale_never": "контактов не было",
    "pt_ask_economic_buyer": "Узнать, кто утверждает бюджет: экономический покупатель "
                             "в {account} не известен.",
    "pt_risk": "{title} (вероятность {probability}, последствия {impact} из 5){mitigation}.",
    "pt_mitigation": "; меры: {text}",
    "pt_gap": "{gap}: {who}.",
    # сигналы
    "al_late_overdue": f"Поставка по заказу №{NB}{{order}} ({{line}}) должна была прийти {{promised}}, "
                       "просрочена на {days}.",
    "al_late_predicted": f"Поставка по заказу №{NB}{{order}} ({{line}}) со сроком {{promised}}, вероятно, "
                         "опоздает: вероятность {probability}, примерно на {delay}.",
    "al_sla_at_risk": "SLA {metric} под угрозой за {period}: {value} при цели {target}.",
    "al_sla_breached": "SLA {metric} нарушен за {period}: {value} при цели {target}.",
    "al_sla_was_breached": "SLA {metric} был нарушен за {period}: {value} при цели {target}.",
    "al_ticket_overdue": "Обращение {number} {subject} ({severity}): "
                         "срок {stage} превышен на {hours}.",
    "al_stage_first_response": "первого ответа",
    "al_stage_resolution": "решения",
    "al_nps_drop": "NPS упал до {nps} за {round} с {baseline} ранее: на {drop} п.",
    "al_person_stale": "{roles} {person}: нет контакта {days}.",
    "al_person_never": "{roles} {person}: контактов не было.",
    "al_person_left": "{roles} {person}: уход из компании {date}.",
    "al_engagement": f"Всего {{recent}} с клиентом за {{window}}{NB}дней, обычно около {{expected}}.",
    "al_engagement_monthly": "Контактов с клиентом стало около {recent} в месяц против {baseline} в месяц "
                             "раньше ({ratio} от обычного).",
    "al_generic": "Сигнал: {kind} ({severity}).",
    "key_person": "Ключевое лицо",
}

#: Russian nouns after a number: (1, 2–4, 5–20) — «1 встреча, 2 встречи, 5 встреч».
PLURALS: dict[str, tuple[str, str, str]] = {
    "day": ("день", "дня", "дней"),
    "hour": ("час", "часа", "часов"),
    "delivery": ("поставку", "поставки", "поставок"),
    "contact": ("контакт", "контакта", "контактов"),
    "email": ("письмо", "письма", "писем"),
    "call": ("звонок", "звонка", "звонков"),
    "video_call": ("видеозвонок", "видеозвонка", "видеозвонков"),
    "meeting": ("встреча", "встречи", "встреч"),
    "site_visit": ("выезд на площадку", "выезда на площадку", "выездов на площадку"),
    "web_visit": ("посещение сайта", "посещения сайта", "посещений сайта"),
    "conference": ("конференция", "конференции", "конференций"),
    "message": ("сообщение", "сообщения", "сообщений"),
    "note": ("заметка", "заметки", "заметок"),
}

MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
          "октябрь", "ноябрь", "декабрь")
#: «в октябре»: the prepositional case.
MONTHS_IN = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
             "октябре", "ноябре", "декабре")

ENUMS: dict[str, str] = {
    # форматы контактов
    "email": "Письмо", "call": "Звонок", "video_call": "Видеозвонок", "meeting": "Встреча",
    "site_visit": "Выезд на площадку", "web_visit": "Посещение сайта", "conference": "Конференция",
    "message": "Сообщение", "note": "Заметка",
    # виды сигналов
    "delivery_late": "опоздание поставки", "sla_breached": "SLA нарушен",
    "ticket_overdue": "просрочено обращение",
    "nps_drop": "падение NPS", "key_person_stale": "нет контакта с ключевым лицом",
    "key_person_left": "ключевое лицо ушло", "engagement_drop": "меньше контактов",
    # стадии
    "prospect": "Потенциальный клиент", "onboarding": "Подключение", "growth": "Рост",
    "mature": "Зрелость", "renewal": "Продление", "at_risk": "Под угрозой", "lost": "Потерян",
    # категории
    "strategic": "Стратегический", "key": "Ключевой", "development": "Развивающийся",
    # отношение
    "champion": "чемпион", "supporter": "сторонник", "neutral": "нейтрален", "sceptic": "скептик",
    "blocker": "блокирует",
    # роли в закупке
    "economic_buyer": "Экономический покупатель", "user_buyer": "Покупатель-пользователь",
    "technical_buyer": "Технический покупатель", "coach": "Коуч", "initiator": "Инициатор",
    "user": "Пользователь", "influencer": "Советчик", "decider": "Принимает решение",
    "buyer": "Закупщик", "gatekeeper": "Привратник", "approver": "Утверждает",
    # обращения
    "request": "запрос", "incident": "инцидент", "complaint": "рекламация",
    "low": "низкая", "medium": "средняя", "high": "высокая", "critical": "критическая",
    "open": "открыто", "in_progress": "в работе", "resolved": "решено", "closed": "закрыто",
    # SLA
    "on_time_delivery": "Поставки в срок", "order_lead_time": "Срок выполнения заказа",
    "first_response_time": "Время первого ответа", "resolution_time": "Время решения",
    "defect_ppm": "Уровень брака", "satisfaction": "Удовлетворённость", "custom": "Особый показатель",
    "met": "выполнен", "breached": "нарушен", "no_data": "нет данных", "not_met": "не выполнен",
    "sla_at_risk": "под угрозой",
    # этапы возможностей
    "identified": "выявлена", "qualified": "квалифицирована", "proposal": "предложение",
    "negotiation": "переговоры",
    # статусы плана
    "not_started": "не начато", "blocked": "заблокировано",
    # опросы
    "nps": "NPS", "csat": "CSAT", "ces": "CES",
    # пробелы и следующие шаги
    "no_economic_buyer": "Не известен экономический покупатель", "no_coach": "Нет коуча",
    "single_threaded": "Одна нить: активных отношений не больше одного",
    "decision_maker_stale": "Нет контакта с тем, кто принимает решение",
    "blocker_unowned": "Противник без ответственного с нашей стороны",
    "champion_left": "Наш чемпион ушёл из компании", "site_unmapped": "Площадка без людей на карте",
    "identify_economic_buyer": "выяснить, кто утверждает бюджет",
    "develop_coach": "вырастить коуча среди сторонников",
    "multi_thread": "выстроить отношения с большим числом людей",
    "meet_decision_maker": "договориться о встрече с лицом, принимающим решение",
    "assign_owner": "назначить ответственного за работу с противником",
    "find_new_champion": "найти нового чемпиона",
    "map_site": "нанести на карту людей этой площадки",
    # единицы
    "unit_%": "%", "unit_days": "дн.", "unit_hours": "ч", "unit_ppm": "ppm", "unit_points": "балл.",
}

#: Сила отношений 0–5.
STRENGTH = ("нет", "слабые", "складываются", "хорошие", "крепкие", "доверенный советник")
