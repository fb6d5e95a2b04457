"""The eight base accounts of the demo portfolio: who they are, what they buy, their story.

Each profile is a fictional key account from our users' world (steel,
petrochemicals, mining, a state agency, machine vision, automotive, chemicals,
pulp & paper), half Russian and half European. At scale N every profile is
repeated N times under other fictional names, and each copy carries the
profile's planted story.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.enums import LifecycleStage as Stage
from db.enums import Tier
from planner.demo.stories import StoryKind


@dataclass(frozen=True)
class ProductLine:
    """One of our product lines as this client buys it."""

    name: str
    products: tuple[str, ...]
    unit: str
    #: Price of one unit, in the account currency.
    price: tuple[int, int]
    quantity: tuple[int, int]
    lead_days: int
    #: Relative share of order lines.
    weight: float


@dataclass(frozen=True)
class SiteSpec:
    name: str
    kind: str  # hq, plant, rnd, office, branch
    city: str
    address: str
    timezone: str
    country: str


@dataclass(frozen=True)
class Profile:
    """A base account: who the client is, what it buys and which story it carries."""

    key: str
    language: str
    country: str
    currency: str
    name: str
    legal_name: str
    #: How a copy's legal name is written, ``{name}`` being the copy's name.
    legal_pattern: str
    copy_names: tuple[str, ...]
    tld: str
    #: E-mail domain of the base account; copies derive theirs from their name.
    domain: str
    industry: str
    region: str
    tier: Tier
    stage: Stage
    stage_path: tuple[Stage, ...]
    #: Our yearly revenue with the client, in its currency, and our share of its wallet.
    revenue: int
    share_of_wallet: float
    people: tuple[int, int]
    org: str  # company or agency
    #: Department of the economic buyer (ceo, production, finance).
    economic_buyer: str
    sites: tuple[SiteSpec, ...]
    product_lines: tuple[ProductLine, ...]
    orders_per_month: int
    #: Relative volume of interactions (1.0 is about 5,400 in two years).
    activity: float
    goals: str
    description: str
    competitors: tuple[tuple[str, str, int, str, str], ...]
    story: StoryKind
    #: The product line a story is about (late deliveries), if any.
    story_line: str | None = None


def _pl(name, products, unit, price, quantity, lead, weight=1.0) -> ProductLine:
    return ProductLine(name, tuple(products), unit, price, quantity, lead, weight)


YEKT, SAMT, KRAT, MSK = "Asia/Yekaterinburg", "Europe/Samara", "Asia/Krasnoyarsk", "Europe/Moscow"

PROFILES: tuple[Profile, ...] = (
    Profile(
        key="steel", language="ru", country="RU", currency="RUB",
        name="Староуральская сталь",
        legal_name="ПАО «Староуральский металлургический комбинат»",
        legal_pattern="АО «{name}»",
        copy_names=("Камасталь", "Вятсталь", "Печорсталь", "Тобольсталь", "Исетьсталь",
                    "Чусовпрокат", "Миассталь", "Ветлугасталь", "Сакмарасталь", "Сылвасталь",
                    "Уфалейпрокат", "Салдасталь"),
        tld="ru", domain="sumk.ru", industry="Чёрная металлургия", region="Урал",
        tier=Tier.STRATEGIC, stage=Stage.MATURE,
        stage_path=(Stage.PROSPECT, Stage.ONBOARDING, Stage.GROWTH, Stage.MATURE),
        revenue=1_450_000_000, share_of_wallet=0.38, people=(44, 56), org="company",
        economic_buyer="production",
        sites=(
            SiteSpec("Управляющая компания", "hq", "Екатеринбург", "ул. Малышева, 51", YEKT, "RU"),
            SiteSpec("Сталеплавильный комплекс", "plant", "Первоуральск", "ул. Заводская, 1", YEKT, "RU"),
            SiteSpec("Прокатный цех № 2", "plant", "Первоуральск", "ул. Трубников, 14", YEKT, "RU"),
            SiteSpec("Ремонтно-механический завод", "plant", "Ревда", "ул. Энгельса, 30", YEKT, "RU"),
            SiteSpec("Научно-технический центр", "rnd", "Екатеринбург", "ул. Мира, 19", YEKT, "RU"),
        ),
        product_lines=(
            _pl("Приводная техника", ("Частотный преобразователь 250 кВт", "Асинхронный двигатель 315 кВт",
                                     "Главный привод клети"), "шт", (450_000, 4_800_000), (1, 4), 45, 1.2),
            _pl("Гидравлика", ("Гидроцилиндр нажимного устройства", "Насосная станция смазки",
                              "Комплект уплотнений клети"), "шт", (90_000, 1_200_000), (1, 6), 30, 1.3),
            _pl("Датчики и КИПиА", ("Пирометр спектрального отношения", "Датчик давления",
                                   "Лазерный измеритель длины"), "шт", (35_000, 420_000), (2, 12), 21, 1.0),
            _pl("Запасные части", ("Подшипниковый узел рольганга", "Зубчатая муфта", "Комплект щёток"),
                "шт", (12_000, 310_000), (4, 40), 14, 1.1),
            _pl("Сервисное обслуживание", ("Выезд сервисного инженера", "Плановое ТО приводов",
                                          "Шеф-монтаж"), "усл.", (60_000, 650_000), (1, 3), 10, 0.6),
        ),
        orders_per_month=36, activity=1.1,
        goals="Стать единым поставщиком приводной техники для прокатного передела; "
              "снизить внеплановые простои стана на 15 %; перевести сервис на контракт жизненного цикла.",
        description="Вертикально интегрированный металлургический комбинат полного цикла: "
                    "выплавка стали, сортовой и листовой прокат. Наш крупнейший клиент на Урале.",
        competitors=(("ПромПривод-Урал", "Приводная техника", 24, "Цена, склад в Екатеринбурге",
                      "Слабый сервис, долгие ремонты"),
                     ("ГидроТехСнаб", "Гидравлика", 18, "Быстрые поставки уплотнений",
                      "Нет собственной инженерии"),
                     ("Metallix Automation", "Датчики и КИПиА", 12, "Сильный бренд",
                      "Санкционные риски поставок")),
        story=StoryKind.SLA_SLIPPING, story_line="Гидравлика",
    ),
    Profile(
        key="petrochem", language="ru", country="RU", currency="RUB",
        name="Заволжнефтехим",
        legal_name="АО «Заволжский нефтехимический комбинат»",
        legal_pattern="АО «{name}»",
        copy_names=("Камнефтехим", "Вятнефтехим", "Окаполимер", "Сурнефтехим", "Иргизнефтехим",
                    "Чапаевполимер", "Сокнефтехим", "Мокшанефтехим", "Сызраньоргсинтез",
                    "Свияганефтехим", "Черемшанполимер", "Кинельнефтехим"),
        tld="ru", domain="zvnhk.ru", industry="Нефтехимия", region="Поволжье",
        tier=Tier.STRATEGIC, stage=Stage.GROWTH,
        stage_path=(Stage.PROSPECT, Stage.ONBOARDING, Stage.GROWTH),
        revenue=980_000_000, share_of_wallet=0.27, people=(36, 48), org="company",
        economic_buyer="ceo",
        sites=(
            SiteSpec("Головной офис", "hq", "Самара", "Московское шоссе, 4", SAMT, "RU"),
            SiteSpec("Установка пиролиза ЭП-300", "plant", "Новокуйбышевск", "Промзона, 7", SAMT, "RU"),
            SiteSpec("Завод полимеров", "plant", "Тольятти", "Новозаводская ул., 8", SAMT, "RU"),
            SiteSpec("Научно-технический центр", "rnd", "Самара", "ул. Галактионовская, 150", SAMT, "RU"),
        ),
        product_lines=(
            _pl("Запорная арматура", ("Шаровой кран DN200", "Клапан регулирующий", "Задвижка клиновая"),
                "шт", (85_000, 1_600_000), (1, 10), 40, 1.3),
            _pl("КИПиА", ("Расходомер кориолисовый", "Датчик давления взрывозащищённый",
                         "Газоанализатор"), "шт", (40_000, 650_000), (2, 15), 28, 1.2),
            _pl("Насосное оборудование", ("Центробежный насос API 610", "Торцевое уплотнение",
                                         "Дозировочный насос"), "шт", (120_000, 2_900_000), (1, 3), 50, 0.9),
            _pl("АСУ ТП", ("Контроллер ПАЗ", "Шкаф РСУ", "Шкаф ввода-вывода"), "компл",
                (300_000, 5_500_000), (1, 2), 60, 0.5),
            _pl("Сервисное обслуживание", ("Калибровка КИП", "Ревизия арматуры", "Шеф-наладка"),
                "усл.", (50_000, 700_000), (1, 4), 10, 0.7),
        ),
        orders_per_month=18, activity=1.0,
        goals="Войти в проект расширения установки пиролиза; закрепиться в КИПиА на заводе полимеров; "
              "подписать рамочный договор на сервис арматуры.",
        description="Нефтехимический комбинат: пиролиз, производство полиэтилена и полипропилена. "
                    "Растущий клиент с крупной инвестиционной программой на три года.",
        competitors=(("АрмаТехКомплект", "Запорная арматура", 30, "Местное производство",
                      "Качество литья"),
                     ("Volga Process Solutions", "КИПиА", 20, "Инжиниринг под ключ",
                      "Высокая цена")),
        story=StoryKind.CHAMPION_LEFT,
    ),
    Profile(
        key="mining", language="ru", country="RU", currency="RUB",
        name="Енисейская горнорудная компания",
        legal_name="ООО «Енисейская горнорудная компания»",
        legal_pattern="ООО «{name}»",
        copy_names=("Ангарская руда", "Кетская горная компания", "Тунгусская руда", "Саянский ГОК",
                    "Бирюсинская руда", "Манская горная компания", "Чунская руда", "Туруханский ГОК",
                    "Подкаменная руда", "Казырская горная компания", "Кизирский ГОК", "Сымская руда"),
        tld="ru", domain="egrk.ru", industry="Горнодобывающая промышленность", region="Сибирь",
        tier=Tier.KEY, stage=Stage.RENEWAL,
        stage_path=(Stage.PROSPECT, Stage.ONBOARDING, Stage.GROWTH, Stage.MATURE, Stage.RENEWAL),
        revenue=620_000_000, share_of_wallet=0.22, people=(30, 44), org="company",
        economic_buyer="finance",
        sites=(
            SiteSpec("Головной офис", "hq", "Красноярск", "пр. Мира, 10", KRAT, "RU"),
            SiteSpec("Рудник «Таёжный»", "plant", "Северо-Енисейский", "Промплощадка рудника", KRAT, "RU"),
            SiteSpec("Обогатительная фабрика № 1", "plant", "Северо-Енисейский", "ул. Фабричная, 2",
                     KRAT, "RU"),
            SiteSpec("Ремонтная база", "plant", "Лесосибирск", "ул. Портовая, 5", KRAT, "RU"),
        ),
        product_lines=(
            _pl("Конвейерные системы", ("Роликоопора", "Конвейерная лента EP-800", "Приводной барабан"),
                "шт", (25_000, 900_000), (5, 60), 35, 1.3),
            _pl("Приводная техника", ("Мотор-редуктор", "Преобразователь частоты 400 кВт",
                                     "Двигатель мельницы"), "шт", (200_000, 3_800_000), (1, 3), 55, 1.0),
            _pl("Насосы для пульпы", ("Грунтовый насос", "Футеровка насоса", "Рабочее колесо"),
                "шт", (90_000, 1_700_000), (1, 6), 40, 1.0),
            _pl("Запчасти дробильного оборудования", ("Броня конусной дробилки", "Эксцентрик",
                                                    "Комплект футеровки щековой дробилки"),
                "компл", (350_000, 2_400_000), (1, 2), 45, 0.12),
            _pl("Сервисное обслуживание", ("Вибродиагностика", "Ремонт привода мельницы", "Выезд бригады"),
                "усл.", (80_000, 900_000), (1, 2), 12, 0.6),
        ),
        orders_per_month=16, activity=0.95,
        goals="Продлить рамочный договор на три года; закрепиться как поставщик запчастей "
              "дробильного оборудования; запустить пилот предиктивной диагностики мельниц.",
        description="Золоторудная компания: подземный рудник и обогатительная фабрика в Северо-"
                    "Енисейском районе. Удалённая логистика: завоз по зимнику и по реке.",
        competitors=(("СибГорМаш", "Запчасти дробильного оборудования", 35, "Близость, склад в Красноярске",
                      "Нестабильное качество брони"),
                     ("Конвейер-Сервис", "Конвейерные системы", 25, "Монтаж своими силами",
                      "Мало инженеров"),
                     ("Nordic Mining Parts", "Насосы для пульпы", 15, "Износостойкие материалы",
                      "Долгая доставка")),
        story=StoryKind.LATE_DELIVERY_PREDICTABLE, story_line="Запчасти дробильного оборудования",
    ),
    Profile(
        key="agency", language="ru", country="RU", currency="RUB",
        name="Дирекция магистральной инфраструктуры",
        legal_name="ФКУ «Дирекция магистральной инфраструктуры»",
        legal_pattern="ФКУ «{name}»",
        copy_names=("Дирекция дорог Поволжья", "Дирекция мостов Сибири", "Дирекция дорог Урала",
                    "Дирекция магистралей Юга", "Дирекция дорог Северо-Запада",
                    "Дирекция мостов Дальнего Востока", "Дирекция дорог Черноземья",
                    "Дирекция магистралей Центра", "Дирекция портовой инфраструктуры",
                    "Дирекция дорог Кавказа", "Дирекция мостов Поволжья", "Дирекция дорог Прикамья"),
        tld="ru", domain="dmi-gov.ru", industry="Государственная инфраструктура", region="Центральный ФО",
        tier=Tier.DEVELOPMENT, stage=Stage.ONBOARDING,
        stage_path=(Stage.PROSPECT, Stage.ONBOARDING),
        revenue=210_000_000, share_of_wallet=0.12, people=(20, 30), org="agency",
        economic_buyer="ceo",
        sites=(
            SiteSpec("Центральный аппарат", "hq", "Москва", "ул. Бахрушина, 20", MSK, "RU"),
            SiteSpec("Филиал «Северо-Запад»", "branch", "Санкт-Петербург", "наб. Обводного канала, 118",
                     MSK, "RU"),
            SiteSpec("Филиал «Поволжье»", "branch", "Нижний Новгород", "ул. Ильинская, 46", MSK, "RU"),
            SiteSpec("Ситуационный центр мониторинга", "office", "Москва", "ул. Бахрушина, 20, стр. 2",
                     MSK, "RU"),
        ),
        product_lines=(
            _pl("Системы мониторинга мостов", ("Комплекс мониторинга пролётного строения",
                                              "Тензометрическая станция", "Шкаф сбора данных"),
                "компл", (900_000, 6_500_000), (1, 2), 60, 0.8),
            _pl("Датчики и телеметрия", ("Инклинометр", "Датчик деформации", "Метеостанция дорожная"),
                "шт", (45_000, 380_000), (4, 30), 30, 1.3),
            _pl("Программное обеспечение", ("Лицензия платформы мониторинга", "Модуль аналитики",
                                           "Техподдержка ПО (год)"), "лиц.", (150_000, 2_000_000),
                (1, 3), 15, 0.7),
            _pl("Сервисное обслуживание", ("Пусконаладка", "Метрологическая поверка", "Обследование объекта"),
                "усл.", (70_000, 900_000), (1, 3), 20, 0.8),
        ),
        orders_per_month=8, activity=0.85,
        goals="Выиграть конкурс на мониторинг мостов Северо-Западного филиала; войти в реестр "
              "рекомендованных решений; выстроить отношения с контрактной службой.",
        description="Федеральное казённое учреждение: заказчик строительства и эксплуатации "
                    "магистральных дорог и мостов. Закупки по 44-ФЗ, длинный цикл согласований.",
        competitors=(("ИнфраМонитор", "Системы мониторинга мостов", 40, "Опыт госконтрактов",
                      "Устаревшее ПО"),
                     ("ДорТехКонтроль", "Датчики и телеметрия", 25, "Низкая цена", "Нет метрологии")),
        story=StoryKind.NO_COACH,
    ),
    Profile(
        key="vision", language="en", country="NL", currency="EUR",
        name="Lumisight Vision",
        legal_name="Lumisight Vision Systems B.V.",
        legal_pattern="{name} B.V.",
        copy_names=("Opticore Vision", "Visiotec Systems", "ClearSight Automation",
                    "Pixelwerk Integration", "Irisline Systems", "Brightfield Vision",
                    "Lensmark Automation", "Camvista Integration", "Spectra Inspect",
                    "Focalpoint Systems", "Vistaline Robotics", "Quantis Vision"),
        tld="nl", domain="lumisight.nl", industry="Machine vision integration", region="Benelux",
        tier=Tier.KEY, stage=Stage.GROWTH,
        stage_path=(Stage.PROSPECT, Stage.ONBOARDING, Stage.GROWTH),
        revenue=2_400_000, share_of_wallet=0.46, people=(11, 16), org="company",
        economic_buyer="ceo",
        sites=(
            SiteSpec("Head office", "hq", "Eindhoven", "High Tech Campus 27", "Europe/Amsterdam", "NL"),
            SiteSpec("Integration & Test Centre", "plant", "Eindhoven", "Esp 300", "Europe/Amsterdam", "NL"),
            SiteSpec("Applications Lab", "rnd", "Delft", "Molengraaffsingel 12", "Europe/Amsterdam", "NL"),
            SiteSpec("Sales office Germany", "office", "Düsseldorf", "Kaiserswerther Str. 115",
                     "Europe/Berlin", "DE"),
        ),
        product_lines=(
            _pl("Industrial cameras", ("GigE area-scan camera 12 MP", "Line-scan camera 8k",
                                      "3D snapshot sensor"), "pcs", (900, 9_500), (2, 25), 21, 1.4),
            _pl("Lenses & optics", ("Telecentric lens", "C-mount lens 25 mm", "Liquid lens module"),
                "pcs", (250, 3_200), (4, 40), 14, 1.1),
            _pl("Lighting", ("Bar light 300 mm", "Dome light", "Coaxial illuminator"), "pcs",
                (180, 2_400), (4, 30), 14, 0.9),
            _pl("Vision software licences", ("Deep-learning inspection licence", "Runtime licence",
                                            "SDK seat"), "lic", (400, 6_000), (1, 20), 5, 0.8),
            _pl("Engineering services", ("Feasibility study", "On-site commissioning", "Training day"),
                "day", (1_100, 1_600), (1, 10), 10, 0.5),
        ),
        orders_per_month=12, activity=0.95,
        goals="Become the default camera platform in their semiconductor and food lines; "
              "co-develop a 3D inspection cell; joint booth at VISION Stuttgart.",
        description="Fast-growing machine-vision integrator building inspection cells for "
                    "semiconductor, food and packaging OEMs. Small team, quick decisions, "
                    "founder-led.",
        competitors=(("Optronic Imaging GmbH", "Industrial cameras", 30, "Broad portfolio",
                      "Slow support"),
                     ("Lichtwerk Optics", "Lenses & optics", 15, "Custom optics", "Small capacity")),
        story=StoryKind.KEY_PERSON_STALE,
    ),
    Profile(
        key="automotive", language="en", country="DE", currency="EUR",
        name="Brenner Fahrzeugtechnik",
        legal_name="Brenner Fahrzeugtechnik AG",
        legal_pattern="{name} GmbH",
        copy_names=("Kessel Fahrzeugbau", "Adler Komponenten", "Haldor Automotive",
                    "Rheintal Mobility", "Steinach Autotechnik", "Lindauer Antriebe",
                    "Falkenried Automotive", "Auental Systems", "Mosel Fahrwerk", "Elbtal Automotive",
                    "Weissach Komponenten", "Neckartal Autoteile"),
        tld="de", domain="brenner-ft.de", industry="Automotive (Tier 1)", region="DACH",
        tier=Tier.STRATEGIC, stage=Stage.AT_RISK,
        stage_path=(Stage.PROSPECT, Stage.ONBOARDING, Stage.GROWTH, Stage.MATURE, Stage.AT_RISK),
        revenue=9_800_000, share_of_wallet=0.31, people=(38, 52), org="company",
        economic_buyer="production",
        sites=(
            SiteSpec("Headquarters", "hq", "Stuttgart", "Heilbronner Str. 150", "Europe/Berlin", "DE"),
            SiteSpec("Plant Heilbronn", "plant", "Heilbronn", "Industriestr. 40", "Europe/Berlin", "DE"),
            SiteSpec("Plant Zwickau", "plant", "Zwickau", "Kopernikusstr. 7", "Europe/Berlin", "DE"),
            SiteSpec("Engineering Centre", "rnd", "Ludwigsburg", "Monreposstr. 55", "Europe/Berlin", "DE"),
            SiteSpec("Plant Győr", "plant", "Győr", "Ipari park 3", "Europe/Budapest", "HU"),
        ),
        product_lines=(
            _pl("Servo drives", ("Servo amplifier 15 kW", "Synchronous servo motor", "Drive controller"),
                "pcs", (1_400, 16_000), (2, 20), 35, 1.3),
            _pl("Robot cells", ("Welding cell", "Palletising cell", "Screwdriving station"),
                "set", (60_000, 420_000), (1, 1), 90, 0.2),
            _pl("Safety sensors", ("Safety light curtain", "Safety laser scanner", "Door interlock"),
                "pcs", (300, 4_800), (5, 60), 21, 1.2),
            _pl("Spare parts", ("Encoder", "Cable set", "Brake module"), "pcs", (80, 2_200),
                (10, 120), 10, 1.1),
            _pl("Field service", ("Line commissioning", "Preventive maintenance visit", "Emergency call-out"),
                "day", (1_200, 1_900), (1, 8), 7, 0.6),
        ),
        orders_per_month=22, activity=1.15,
        goals="Secure the drive package for the new EV axle line in Zwickau; recover trust after "
              "the 2025 line-stop; move spare parts to a consignment stock.",
        description="Tier-1 supplier of axles and chassis modules to German and Asian OEMs, "
                    "three plants in Germany and one in Hungary. Under heavy cost pressure from "
                    "the EV transition.",
        competitors=(("Vandermeer Automation", "Servo drives", 35, "Global OEM approvals",
                      "Inflexible pricing"),
                     ("Kessler Antriebstechnik", "Servo drives", 15, "Low price", "Weak service network"),
                     ("SafeSense GmbH", "Safety sensors", 20, "Certified safety consulting",
                      "Narrow range")),
        story=StoryKind.ENGAGEMENT_DROP,
    ),
    Profile(
        key="chemicals", language="en", country="BE", currency="EUR",
        name="Scheldt Chemicals",
        legal_name="Scheldt Chemicals NV",
        legal_pattern="{name} NV",
        copy_names=("Maasdelta Chemie", "Leie Specialties", "Demer Chemicals", "Nete Polymers",
                    "Dijle Chemie", "Kempen Coatings", "Zenne Chemicals", "Rupel Specialties",
                    "Dender Polymers", "Yser Chemie", "Lys Fine Chemicals", "Schelde Resins"),
        tld="be", domain="scheldtchem.be", industry="Specialty chemicals", region="Benelux",
        tier=Tier.KEY, stage=Stage.MATURE,
        stage_path=(Stage.PROSPECT, Stage.ONBOARDING, Stage.GROWTH, Stage.MATURE),
        revenue=4_100_000, share_of_wallet=0.34, people=(26, 38), org="company",
        economic_buyer="finance",
        sites=(
            SiteSpec("Head office", "hq", "Antwerp", "Scheldelaan 420", "Europe/Brussels", "BE"),
            SiteSpec("Site Zwijndrecht", "plant", "Zwijndrecht", "Canadastraat 21", "Europe/Brussels", "BE"),
            SiteSpec("Site Geel", "plant", "Geel", "Nijverheidsstraat 3", "Europe/Brussels", "BE"),
            SiteSpec("R&D Centre", "rnd", "Ghent", "Technologiepark 60", "Europe/Brussels", "BE"),
        ),
        product_lines=(
            _pl("Valves & actuators", ("Control valve DN80", "Pneumatic actuator", "Butterfly valve DN300"),
                "pcs", (900, 14_000), (1, 12), 35, 1.2),
            _pl("Process instrumentation", ("Coriolis flowmeter", "Radar level transmitter",
                                           "Pressure transmitter"), "pcs", (600, 9_000), (2, 20), 28, 1.3),
            _pl("Analysers", ("Online pH analyser", "Gas chromatograph", "Moisture analyser"), "pcs",
                (4_000, 60_000), (1, 2), 60, 0.4),
            _pl("Spare parts", ("Valve trim kit", "Seal kit", "Sensor module"), "pcs", (60, 1_800),
                (5, 80), 10, 1.0),
            _pl("Maintenance contracts", ("Turnaround support", "Calibration round", "Valve overhaul"),
                "day", (1_100, 1_700), (1, 10), 14, 0.6),
        ),
        orders_per_month=16, activity=1.0,
        goals="Standardise on our instrumentation across both sites; win the 2027 turnaround; "
              "restore satisfaction after the analyser roll-out problems.",
        description="Mid-size specialty-chemicals producer in the port of Antwerp (resins, "
                    "surfactants). Long-standing customer; strong engineering culture.",
        competitors=(("Flandria Process Control", "Process instrumentation", 28, "Local service team",
                      "Limited analyser range"),
                     ("Valvix Europe", "Valves & actuators", 22, "Fast delivery", "Quality issues")),
        story=StoryKind.NPS_DROP,
    ),
    Profile(
        key="pulp", language="en", country="SE", currency="EUR",
        name="Nordvik Pulp & Paper",
        legal_name="Nordvik Pulp & Paper AB",
        legal_pattern="{name} AB",
        copy_names=("Ljungby Kraft", "Indal Paper", "Ånge Pulp", "Svartvik Board", "Härnö Paper",
                    "Ljusne Pulp & Paper", "Öre Papper", "Fjällnäs Board", "Bergvik Tissue",
                    "Lögdö Pulp", "Gideå Paper", "Ramsele Board"),
        tld="se", domain="nordvikpp.se", industry="Pulp & paper", region="Nordics",
        tier=Tier.KEY, stage=Stage.MATURE,
        stage_path=(Stage.PROSPECT, Stage.ONBOARDING, Stage.GROWTH, Stage.MATURE),
        revenue=3_200_000, share_of_wallet=0.40, people=(22, 34), org="company",
        economic_buyer="production",
        sites=(
            SiteSpec("Head office", "hq", "Sundsvall", "Storgatan 12", "Europe/Stockholm", "SE"),
            SiteSpec("Nordvik Mill", "plant", "Timrå", "Bruksvägen 1", "Europe/Stockholm", "SE"),
            SiteSpec("Örnsköldsvik Mill", "plant", "Örnsköldsvik", "Hamnvägen 8", "Europe/Stockholm", "SE"),
            SiteSpec("Fibre Research Centre", "rnd", "Sundsvall", "Universitetsallén 3",
                     "Europe/Stockholm", "SE"),
        ),
        product_lines=(
            _pl("Drives & motors", ("Low-voltage drive 250 kW", "Paper machine section drive",
                                   "IE4 motor 90 kW"), "pcs", (2_500, 48_000), (1, 6), 40, 1.2),
            _pl("Quality control systems", ("Basis-weight scanner", "Web inspection camera",
                                           "Moisture profiler"), "pcs", (12_000, 150_000), (1, 2), 60, 0.5),
            _pl("Pumps & agitators", ("Stock pump", "Pulp agitator", "Mechanical seal"), "pcs",
                (1_500, 38_000), (1, 8), 35, 1.0),
            _pl("Spare parts", ("Bearing unit", "Doctor blade holder", "Coupling"), "pcs", (90, 2_600),
                (5, 60), 10, 1.2),
            _pl("Service agreements", ("Shutdown support", "Vibration analysis", "Drive health check"),
                "day", (1_000, 1_500), (1, 8), 14, 0.6),
        ),
        orders_per_month=15, activity=1.0,
        goals="Keep the drives business at Nordvik Mill through the PM3 rebuild; extend the service "
              "agreement to Örnsköldsvik; introduce condition monitoring.",
        description="Integrated pulp and paperboard producer with two mills on the Bothnian coast. "
                    "Consolidating suppliers while the board market is weak.",
        competitors=(("Nordic Drives Oy", "Drives & motors", 30, "Finnish service network",
                      "Fewer references in board machines"),
                     ("Skog Automation AB", "Quality control systems", 25, "Local presence",
                      "Old scanner platform")),
        story=StoryKind.ORDERS_DECLINING,
    ),
)


#: Units of service lines (no physical goods: no quality records, not a "product" in texts).
SERVICE_UNITS = frozenset({"усл.", "day", "lic", "лиц."})

#: Monthly RUB→EUR reference rates wander around this value.
RUB_EUR = 0.0105
