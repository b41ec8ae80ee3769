<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Preset</name>
    <message>
        <source>Activation-credit program</source>
        <translation>Программа кредитов активации</translation>
    </message>
    <message>
        <source>Partners pre-purchase activation credits (1 credit = 1 USD of deployment value) at their tier&apos;s discount and consume them as customers are onboarded. No recruitment payouts, downlines or referral trees: margins come only from real customer consumption.</source>
        <translation>Партнёры заранее покупают кредиты активации (1 кредит = 1 USD стоимости внедрения) со скидкой своего уровня и списывают их по мере подключения клиентов. Никаких выплат за привлечение, нижестоящих линий и реферальных деревьев: доход формируется только реальным потреблением клиентов.</translation>
    </message>
    <message>
        <source>Activation credits</source>
        <translation>Кредиты активации</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Авторизованный</translation>
    </message>
    <message>
        <source>Every partner starts here. Global.</source>
        <translation>С этого уровня начинает каждый партнёр. Глобальный.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Earned from deployment history (active customers), customer-success metrics (NPS, retention) and recurring activation volume. Global.</source>
        <translation>Присваивается по истории внедрений (активные клиенты), показателям успеха клиентов (NPS, удержание) и регулярному объёму активаций. Глобальный.</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Региональный</translation>
    </message>
    <message>
        <source>Earned from deployment history, customer-success metrics and recurring activation volume. May hold territorial exclusivity.</source>
        <translation>Присваивается по истории внедрений, показателям успеха клиентов и регулярному объёму активаций. Может иметь территориальную эксклюзивность.</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Стратегический</translation>
    </message>
    <message>
        <source>By invitation only, through direct engagement with the platform operator. May hold territorial exclusivity.</source>
        <translation>Только по приглашению, при прямом взаимодействии с оператором платформы. Может иметь территориальную эксклюзивность.</translation>
    </message>
    <message>
        <source>Sell core bundles</source>
        <translation>Продажа базовых пакетов</translation>
    </message>
    <message>
        <source>Partner pricing on skills and packs</source>
        <translation>Партнёрские цены на навыки и пакеты</translation>
    </message>
    <message>
        <source>Priority support (4 h SLA)</source>
        <translation>Приоритетная поддержка (SLA 4 ч)</translation>
    </message>
    <message>
        <source>Lead sharing and co-selling</source>
        <translation>Передача лидов и совместные продажи</translation>
    </message>
    <message>
        <source>Early access (skills and packs)</source>
        <translation>Ранний доступ (навыки и пакеты)</translation>
    </message>
    <message>
        <source>Territory opportunities</source>
        <translation>Территориальные возможности</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>региональные</translation>
    </message>
    <message>
        <source>country-level</source>
        <translation>на уровне страны</translation>
    </message>
    <message>
        <source>Dedicated account support</source>
        <translation>Выделенная поддержка аккаунта</translation>
    </message>
    <message>
        <source>Joint product roadmap</source>
        <translation>Совместная дорожная карта продукта</translation>
    </message>
    <message>
        <source>Quarterly executive reviews</source>
        <translation>Ежеквартальные встречи с руководством</translation>
    </message>
    <message>
        <source>Custom SLA and contractual terms</source>
        <translation>Индивидуальные SLA и условия договора</translation>
    </message>
    <message>
        <source>Application model</source>
        <translation>Порядок подачи заявки</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>самостоятельно</translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation>только по приглашению</translation>
    </message>
    <message>
        <source>Latin America brand</source>
        <translation>Бренд для Латинской Америки</translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation>Латинская Америка</translation>
    </message>
    <message>
        <source>USA/Canada brand</source>
        <translation>Бренд для США и Канады</translation>
    </message>
    <message>
        <source>USA</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <source>EU/Spain brand</source>
        <translation>Бренд для ЕС и Испании</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>ЕС</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <source>Marketplace developer program</source>
        <translation>Программа для разработчиков маркетплейса</translation>
    </message>
    <message>
        <source>Developers and implementers of an automation platform. Revenue sources: subscriptions (up to 20% recurring), marketplace sales (70% share), implementation services (commission per partner-led deployment).</source>
        <translation>Разработчики и интеграторы платформы автоматизации. Источники выручки: подписки (до 20 % регулярной выручки), продажи на маркетплейсе (доля 70 %), услуги внедрения (комиссия за каждое внедрение силами партнёра).</translation>
    </message>
    <message>
        <source>Marketplace templates and apps</source>
        <translation>Шаблоны и приложения маркетплейса</translation>
    </message>
    <message>
        <source>Client subscriptions</source>
        <translation>Подписки клиентов</translation>
    </message>
    <message>
        <source>Implementation services</source>
        <translation>Услуги внедрения</translation>
    </message>
    <message>
        <source>Certified Developer</source>
        <translation>Сертифицированный разработчик</translation>
    </message>
    <message>
        <source>Sells templates on the marketplace with a 70% revenue share.</source>
        <translation>Продаёт шаблоны на маркетплейсе с долей выручки 70 %.</translation>
    </message>
    <message>
        <source>submit templates that meet the vendor&apos;s standard</source>
        <translation>предоставлять шаблоны, соответствующие стандарту вендора</translation>
    </message>
    <message>
        <source>Implementation Partner</source>
        <translation>Партнёр по внедрению</translation>
    </message>
    <message>
        <source>Deploys the platform for clients; listed on national portals; 20% recurring revenue on client subscriptions.</source>
        <translation>Внедряет платформу у клиентов; размещён на национальных порталах; 20 % регулярной выручки с подписок клиентов.</translation>
    </message>
    <message>
        <source>complete implementation training</source>
        <translation>пройти обучение по внедрению</translation>
    </message>
    <message>
        <source>register to be listed on the national portals</source>
        <translation>зарегистрироваться для размещения на национальных порталах</translation>
    </message>
    <message>
        <source>commission per partner-led deployment</source>
        <translation>комиссия за каждое внедрение силами партнёра</translation>
    </message>
    <message>
        <source>Regional Partner</source>
        <translation>Региональный партнёр</translation>
    </message>
    <message>
        <source>Exclusive country rights, co-branding, custom terms: a business case negotiated with headquarters.</source>
        <translation>Эксклюзивные права в стране, совместный брендинг, индивидуальные условия: бизнес-кейс, согласованный со штаб-квартирой.</translation>
    </message>
    <message>
        <source>business case, negotiated with headquarters</source>
        <translation>бизнес-кейс, согласованный со штаб-квартирой</translation>
    </message>
    <message>
        <source>custom terms negotiated with headquarters</source>
        <translation>индивидуальные условия, согласованные со штаб-квартирой</translation>
    </message>
    <message>
        <source>Revenue share on templates sold on the marketplace</source>
        <translation>Доля выручки от шаблонов, проданных на маркетплейсе</translation>
    </message>
    <message>
        <source>Deploys the platform for clients</source>
        <translation>Внедряет платформу у клиентов</translation>
    </message>
    <message>
        <source>Listed on national portals</source>
        <translation>Размещение на национальных порталах</translation>
    </message>
    <message>
        <source>Recurring revenue on client subscriptions</source>
        <translation>Регулярная выручка с подписок клиентов</translation>
    </message>
    <message>
        <source>custom terms</source>
        <translation>индивидуальные условия</translation>
    </message>
    <message>
        <source>Exclusive country rights</source>
        <translation>Эксклюзивные права в стране</translation>
    </message>
    <message>
        <source>Co-branding</source>
        <translation>Совместный брендинг</translation>
    </message>
    <message>
        <source>Custom terms and revenue models</source>
        <translation>Индивидуальные условия и модели выручки</translation>
    </message>
    <message>
        <source>Reseller status program</source>
        <translation>Программа статусов для реселлеров</translation>
    </message>
    <message>
        <source>Three statuses for resellers and regional distributors. Privileged is for regional distributors with a partner network, joint promotion on regional markets and in the enterprise segment.</source>
        <translation>Три статуса для реселлеров и региональных дистрибьюторов. «Привилегированный» — для региональных дистрибьюторов с партнёрской сетью, совместным продвижением на региональных рынках и в корпоративном сегменте.</translation>
    </message>
    <message>
        <source>Software licences (TI)</source>
        <translation>Лицензии на ПО (TI)</translation>
    </message>
    <message>
        <source>Hardware-software appliances (TING)</source>
        <translation>Программно-аппаратные комплексы (TING)</translation>
    </message>
    <message>
        <source>Hardware appliances (DEPO TI)</source>
        <translation>Аппаратные комплексы (DEPO TI)</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Сертифицированный</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Привилегированный</translation>
    </message>
    <message>
        <source>Regional distributors with a partner network, joint promotion on regional markets and in the enterprise segment.</source>
        <translation>Региональные дистрибьюторы с партнёрской сетью, совместным продвижением на региональных рынках и в корпоративном сегменте.</translation>
    </message>
    <message>
        <source>works on licence renewals</source>
        <translation>работает с продлениями лицензий</translation>
    </message>
    <message>
        <source>Pre-sales, sales and post-sales support, price lists, renewal price lists, deal registration</source>
        <translation>Поддержка на этапах пресейла, продажи и после продажи, прайс-листы, прайс-листы на продление, регистрация сделок</translation>
    </message>
    <message>
        <source>Licence keys issued in advance (before payment)</source>
        <translation>Выдача лицензионных ключей заранее (до оплаты)</translation>
    </message>
    <message>
        <source>Sales-specialist training, launch kit, partner portal access</source>
        <translation>Обучение специалистов по продажам, стартовый комплект, доступ к партнёрскому порталу</translation>
    </message>
    <message>
        <source>Dedicated partner manager (sales)</source>
        <translation>Выделенный менеджер по работе с партнёрами (продажи)</translation>
    </message>
    <message>
        <source>30-day payment deferral</source>
        <translation>Отсрочка платежа на 30 дней</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Leads passed on by the vendor (tenders, regional purchases)</source>
        <translation>Лиды от вендора (тендеры, региональные закупки)</translation>
    </message>
    <message>
        <source>Leads from the vendor site&apos;s partner finder</source>
        <translation>Лиды из поиска партнёров на сайте вендора</translation>
    </message>
    <message>
        <source>Discount on software for internal use</source>
        <translation>Скидка на ПО для внутреннего использования</translation>
    </message>
    <message>
        <source>50% discount on software for internal use, up to this many users</source>
        <translation>Скидка 50 % на ПО для внутреннего использования, до указанного числа пользователей</translation>
    </message>
    <message>
        <source>users</source>
        <translation>польз.</translation>
    </message>
    <message>
        <source>SPIF (yearly)</source>
        <translation>SPIF (ежегодно)</translation>
    </message>
    <message>
        <source>Rebate (quarterly)</source>
        <translation>Ретробонус (квартальный)</translation>
    </message>
    <message>
        <source>Co-branded marketing, press releases</source>
        <translation>Совместный маркетинг под двумя брендами, пресс-релизы</translation>
    </message>
    <message>
        <source>Help with complex network set-ups, demos to the partner&apos;s clients</source>
        <translation>Помощь со сложными сетевыми конфигурациями, демонстрации для клиентов партнёра</translation>
    </message>
    <message>
        <source>Free technical support for partners; dedicated partner manager (support)</source>
        <translation>Бесплатная техническая поддержка партнёров; выделенный менеджер по работе с партнёрами (поддержка)</translation>
    </message>
    <message>
        <source>Marketing materials, web banners, joint marketing, joint webinars for clients, price promotions</source>
        <translation>Маркетинговые материалы, веб-баннеры, совместный маркетинг, совместные вебинары для клиентов, ценовые акции</translation>
    </message>
    <message>
        <source>NFR (not-for-resale) demo licences, unlimited</source>
        <translation>Демонстрационные NFR-лицензии (не для перепродажи), без ограничений</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <source>NFR licence validity</source>
        <translation>Срок действия NFR-лицензии</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>NFR add-on modules enabled for</source>
        <translation>Дополнительные модули NFR включены на</translation>
    </message>
    <message>
        <source>Technical-specialist training with certificate</source>
        <translation>Обучение технических специалистов с выдачей сертификата</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Вебинары</translation>
    </message>
    <message>
        <source>on the site</source>
        <translation>на сайте</translation>
    </message>
    <message>
        <source>on the site and on request</source>
        <translation>на сайте и по запросу</translation>
    </message>
    <message>
        <source>Revenue-band program</source>
        <translation>Программа по диапазонам выручки</translation>
    </message>
    <message>
        <source>Technology, education, business and channel partners banded by annual partner revenue, with success targets per tier. Lifecycle: identification, onboarding (agreement, technical integration, training, certification, launch), management (performance monitoring, support, optimisation, expansion).</source>
        <translation>Технологические, образовательные, бизнес- и канальные партнёры, распределённые по диапазонам годовой выручки, с целевыми показателями для каждого уровня. Жизненный цикл: поиск, подключение (соглашение, техническая интеграция, обучение, сертификация, запуск), управление (контроль результатов, поддержка, оптимизация, расширение).</translation>
    </message>
    <message>
        <source>Platform subscriptions</source>
        <translation>Подписки на платформу</translation>
    </message>
    <message>
        <source>Services and training</source>
        <translation>Услуги и обучение</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>Annual partner revenue below 25K USD.</source>
        <translation>Годовая выручка партнёра менее 25 тыс. USD.</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Предпочтительный</translation>
    </message>
    <message>
        <source>Annual partner revenue from 25K to 100K USD.</source>
        <translation>Годовая выручка партнёра от 25 до 100 тыс. USD.</translation>
    </message>
    <message>
        <source>Annual partner revenue above 100K USD.</source>
        <translation>Годовая выручка партнёра более 100 тыс. USD.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Продвинутый</translation>
    </message>
    <message>
        <source>Elite</source>
        <translation>Элитный</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Partner program management</source>
        <translation>Управление партнёрскими программами</translation>
    </message>
    <message>
        <source>A database to open.</source>
        <translation>База данных, которую нужно открыть.</translation>
    </message>
    <message>
        <source>Open the database FILE, or the team database at a postgresql:// URL.</source>
        <translation>Открыть базу данных FILE или командную базу данных по адресу postgresql://.</translation>
    </message>
</context>
<context>
    <name>partnerdesk_cli</name>
    <message>
        <source>balance %1</source>
        <translation>баланс %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>оплачено %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>клиент %1</translation>
    </message>
    <message>
        <source>corrects #%1</source>
        <translation>исправляет запись №%1</translation>
    </message>
    <message>
        <source>Use: credits buy|consume|correct|balance|ledger --partner ID [...]</source>
        <translation>Использование: credits buy|consume|correct|balance|ledger --partner ID [...]</translation>
    </message>
    <message>
        <source>--on needs a date as YYYY-MM-DD.</source>
        <translation>Для --on нужна дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>credits %1 needs --credits N.</source>
        <translation>Для credits %1 нужен параметр --credits N.</translation>
    </message>
    <message>
        <source>credits consume needs --customer CODE.</source>
        <translation>Для credits consume нужен параметр --customer CODE.</translation>
    </message>
    <message>
        <source>credits correct needs --corrects ENTRY and --reason TEXT.</source>
        <translation>Для credits correct нужны параметры --corrects ENTRY и --reason TEXT.</translation>
    </message>
    <message>
        <source>No credit entries.</source>
        <translation>Записей о кредитах нет.</translation>
    </message>
    <message>
        <source>--corrects needs an entry number.</source>
        <translation>Для --corrects нужен номер записи.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n партнёр</numerusform>
            <numerusform>%n партнёра</numerusform>
            <numerusform>%n партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n продажа</numerusform>
            <numerusform>%n продажи</numerusform>
            <numerusform>%n продаж</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliance event(s)</source>
        <translation>
            <numerusform>%n событие соответствия</numerusform>
            <numerusform>%n события соответствия</numerusform>
            <numerusform>%n событий соответствия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange rate(s)</source>
        <translation>
            <numerusform>%n валютный курс</numerusform>
            <numerusform>%n валютных курса</numerusform>
            <numerusform>%n валютных курсов</numerusform>
        </translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>Команда init не принимает аргументов.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>Для --today нужна дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>Для --seed нужно целое число.</translation>
    </message>
    <message>
        <source>%1 already holds partners; demo data goes into a new database.</source>
        <translation>В %1 уже есть партнёры; демонстрационные данные загружаются только в новую базу данных.</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>База данных готова: %1</translation>
    </message>
    <message>
        <source>generate needs --partners N (1 or more) and --sales M (0 or more).</source>
        <translation>Для generate нужны параметры --partners N (1 или больше) и --sales M (0 или больше).</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD and --seed a whole number.</source>
        <translation>Для --today нужна дата в формате ГГГГ-ММ-ДД, а для --seed — целое число.</translation>
    </message>
    <message>
        <source>import needs KIND and FILE.csv.</source>
        <translation>Для import нужны KIND и FILE.csv.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Неизвестный тип «%1»; используйте один из следующих: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Импортирована %n запись.</numerusform>
            <numerusform>Импортированы %n записи.</numerusform>
            <numerusform>Импортировано %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs KIND and FILE.csv.</source>
        <translation>Для export нужны KIND и FILE.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Экспортирована %n запись.</numerusform>
            <numerusform>Экспортированы %n записи.</numerusform>
            <numerusform>Экспортировано %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>Команда check не принимает аргументов.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Найдена %n проблема.</numerusform>
            <numerusform>Найдены %n проблемы.</numerusform>
            <numerusform>Найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>для внутреннего использования</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message>
        <source>perpetual</source>
        <translation>бессрочная</translation>
    </message>
    <message>
        <source>renews #%1</source>
        <translation>продлевает №%1</translation>
    </message>
    <message>
        <source>renewed by #%1</source>
        <translation>продлена лицензией №%1</translation>
    </message>
    <message>
        <source>(customer now with %1)</source>
        <translation>(клиент теперь у партнёра %1)</translation>
    </message>
    <message>
        <source>Use: licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME --start DATE --price AMOUNT [--seats N] [--end DATE] [--currency C] [--edition E] [--modules A,B] [--renews ID] [--sold DATE] [--note TEXT]</source>
        <translation>Использование: licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME --start DATE --price AMOUNT [--seats N] [--end DATE] [--currency C] [--edition E] [--modules A,B] [--renews ID] [--sold DATE] [--note TEXT]</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Даты записываются в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--seats and --renews need whole numbers.</source>
        <translation>Для --seats и --renews нужны целые числа.</translation>
    </message>
    <message>
        <source>Recorded licence #%1: %2 paid</source>
        <translation>Лицензия №%1 записана: оплачено %2</translation>
    </message>
    <message>
        <source>as sale #%1%2</source>
        <translation>как продажа №%1%2</translation>
    </message>
    <message>
        <source> (renewal)</source>
        <translation> (продление)</translation>
    </message>
    <message>
        <source>No licences.</source>
        <translation>Лицензий нет.</translation>
    </message>
    <message>
        <source>Use: renewals [--partner ID] [--days 30|60|90] [--as-of DATE]</source>
        <translation>Использование: renewals [--partner ID] [--days 30|60|90] [--as-of DATE]</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD and --days a number of days (30, 60, 90).</source>
        <translation>Для --as-of нужна дата в формате ГГГГ-ММ-ДД, а для --days — число дней (30, 60, 90).</translation>
    </message>
    <message numerus="yes">
        <source>Renewals due from %1 to %2: %n licence(s)</source>
        <translation>
            <numerusform>Продления с %1 по %2: %n лицензия</numerusform>
            <numerusform>Продления с %1 по %2: %n лицензии</numerusform>
            <numerusform>Продления с %1 по %2: %n лицензий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: customer move CODE --to PARTNER --reason TEXT [--on DATE] [--by NAME]</source>
        <translation>Использование: customer move CODE --to PARTNER --reason TEXT [--on DATE] [--by NAME]</translation>
    </message>
    <message>
        <source>Moved %1 (%2) from %3 to %4 on %5. No credits were charged; its sales, licences and history stay as they were.</source>
        <translation>%5: клиент %1 (%2) переведён от партнёра %3 к партнёру %4. Кредиты не списаны; продажи, лицензии и история клиента сохранены без изменений.</translation>
    </message>
    <message>
        <source>Use: certifications expiring [--days N] [--partner ID] | levels --partner ID | award --partner ID --level KEY [--on DATE] [--expires DATE]</source>
        <translation>Использование: certifications expiring [--days N] [--partner ID] | levels --partner ID | award --partner ID --level KEY [--on DATE] [--expires DATE]</translation>
    </message>
    <message>
        <source>certifications %1 needs --partner ID.</source>
        <translation>Для certifications %1 нужен параметр --partner ID.</translation>
    </message>
    <message>
        <source>--days needs a number of days.</source>
        <translation>Для --days нужно число дней.</translation>
    </message>
    <message>
        <source>partner level %1</source>
        <translation>уровень партнёра %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>No certifications expire in the next %n day(s).</source>
        <translation>
            <numerusform>Ни одна сертификация не истекает в ближайший %n день.</numerusform>
            <numerusform>Ни одна сертификация не истекает в ближайшие %n дня.</numerusform>
            <numerusform>Ни одна сертификация не истекает в ближайшие %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>certifications award needs --level KEY.</source>
        <translation>Для certifications award нужен параметр --level KEY.</translation>
    </message>
    <message>
        <source>Awarded %1 on %2.</source>
        <translation>Уровень %1 присвоен %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) in the partnership</source>
        <translation>
            <numerusform>%n месяц партнёрства</numerusform>
            <numerusform>%n месяца партнёрства</numerusform>
            <numerusform>%n месяцев партнёрства</numerusform>
        </translation>
    </message>
    <message>
        <source>eligible from %1</source>
        <translation>доступен с %1</translation>
    </message>
    <message>
        <source>held since %1</source>
        <translation>действует с %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, до %1</translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation>истёк %1</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>не получен</translation>
    </message>
    <message>
        <source>requires: %1</source>
        <translation>требует: %1</translation>
    </message>
    <message>
        <source>The partner&apos;s program has no certification levels.</source>
        <translation>В программе партнёра нет уровней сертификации.</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>отозван %1</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>ещё не действует</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Created the vendor signing key %1 in %2. Keep a copy: partnerdesk-cli keys export FILE</source>
        <translation>Создан ключ подписи вендора %1 в %2. Сохраните копию: partnerdesk-cli keys export FILE</translation>
    </message>
    <message>
        <source>%1 Give the vendor&apos;s public key with --public-key FILE, or install it with: partnerdesk-cli keys import FILE</source>
        <translation>%1 Укажите открытый ключ вендора с помощью --public-key FILE или установите его командой: partnerdesk-cli keys import FILE</translation>
    </message>
    <message>
        <source>serial: %1</source>
        <translation>серийный номер: %1</translation>
    </message>
    <message>
        <source>partner: %1 (%2), %3 / %4</source>
        <translation>партнёр: %1 (%2), %3 / %4</translation>
    </message>
    <message>
        <source>product: %1, not for resale</source>
        <translation>продукт: %1, не для перепродажи</translation>
    </message>
    <message>
        <source>valid: %1 to %2</source>
        <translation>действует: с %1 по %2</translation>
    </message>
    <message>
        <source>all add-on modules</source>
        <translation>все дополнительные модули</translation>
    </message>
    <message>
        <source>add-on modules: none</source>
        <translation>дополнительные модули: нет</translation>
    </message>
    <message>
        <source>add-on modules enabled until %1: %2</source>
        <translation>дополнительные модули включены до %1: %2</translation>
    </message>
    <message>
        <source>add-on modules no longer enabled (until %1): %2</source>
        <translation>дополнительные модули больше не включены (были до %1): %2</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>подписан ключом %1</translation>
    </message>
    <message>
        <source>issued from this database</source>
        <translation>выдан из этой базы данных</translation>
    </message>
    <message>
        <source>not in this database (revocation could not be checked)</source>
        <translation>отсутствует в этой базе данных (отзыв проверить не удалось)</translation>
    </message>
    <message>
        <source>Use: nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]</source>
        <translation>Использование: nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD.</source>
        <translation>Для --as-of нужна дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <source>Use: nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N] [--addon-days N] [--override REASON] [--by NAME]</source>
        <translation>Использование: nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N] [--addon-days N] [--override REASON] [--by NAME]</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>Для --%1 нужно целое число.</translation>
    </message>
    <message>
        <source>Issued NFR key %1 to %2 (%3): %4, valid %5 to %6</source>
        <translation>NFR-ключ %1 выдан партнёру %2 (%3): %4, действует с %5 по %6</translation>
    </message>
    <message>
        <source>Add-on modules enabled until %1.</source>
        <translation>Дополнительные модули включены до %1.</translation>
    </message>
    <message>
        <source>Issued beyond the entitlement (%1): %2. Reason kept: %3</source>
        <translation>Выдан сверх положенного (%1): %2. Причина сохранена: %3</translation>
    </message>
    <message>
        <source>[override by %1: %2]</source>
        <translation>[исключение разрешено пользователем %1: %2]</translation>
    </message>
    <message>
        <source>No NFR keys.</source>
        <translation>NFR-ключей нет.</translation>
    </message>
    <message>
        <source>Use: nfr revoke SERIAL --reason TEXT [--on DATE] [--by NAME]</source>
        <translation>Использование: nfr revoke SERIAL --reason TEXT [--on DATE] [--by NAME]</translation>
    </message>
    <message>
        <source>Revoked NFR key %1 from %2.</source>
        <translation>NFR-ключ %1 партнёра %2 отозван.</translation>
    </message>
    <message>
        <source>Use: nfr issue | list | revoke SERIAL | verify KEY</source>
        <translation>Использование: nfr issue | list | revoke SERIAL | verify KEY</translation>
    </message>
    <message>
        <source>nfr list takes no arguments.</source>
        <translation>Команда nfr list не принимает аргументов.</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>Укажите базу данных: --db FILE.</translation>
    </message>
    <message>
        <source>Use: keys show | keys export FILE [--public] | keys import FILE</source>
        <translation>Использование: keys show | keys export FILE [--public] | keys import FILE</translation>
    </message>
    <message>
        <source>Vendor key %1 is in %2 (%3).</source>
        <translation>Ключ вендора %1 находится в %2 (%3).</translation>
    </message>
    <message>
        <source>can issue and verify</source>
        <translation>может выдавать и проверять</translation>
    </message>
    <message>
        <source>public part only: verifies</source>
        <translation>только открытая часть: проверяет</translation>
    </message>
    <message>
        <source>key id: %1</source>
        <translation>идентификатор ключа: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>файл: %1</translation>
    </message>
    <message>
        <source>algorithm: Ed25519 (libsodium)</source>
        <translation>алгоритм: Ed25519 (libsodium)</translation>
    </message>
    <message>
        <source>public key: %1</source>
        <translation>открытый ключ: %1</translation>
    </message>
    <message>
        <source>can issue and verify NFR keys</source>
        <translation>может выдавать и проверять NFR-ключи</translation>
    </message>
    <message>
        <source>public part only: verifies NFR keys</source>
        <translation>только открытая часть: проверяет NFR-ключи</translation>
    </message>
    <message>
        <source>Wrote the public key %1 to %2.</source>
        <translation>Открытый ключ %1 записан в %2.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>vendor review</source>
        <translation>проверка вендором</translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation>только по приглашению</translation>
    </message>
    <message>
        <source>reward %1</source>
        <translation>вознаграждение %1</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>скидка %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>, built-in</source>
        <translation>, встроенная</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>Product lines: %1</source>
        <translation>Продуктовые линейки: %1</translation>
    </message>
    <message>
        <source>No requirements.</source>
        <translation>Требований нет.</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>целевой показатель: %1</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Привилегии</translation>
    </message>
    <message>
        <source>Use: programs list | programs show KEY | programs export KEY FILE.json | programs import FILE.json</source>
        <translation>Использование: programs list | programs show KEY | programs export KEY FILE.json | programs import FILE.json</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; saved.</source>
        <translation>Программа «%1» сохранена.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (upgrade)</source>
        <translation>%1 -&gt; %2 (повышение)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (demotion proposed)</source>
        <translation>%1 -&gt; %2 (предлагается понижение)</translation>
    </message>
    <message>
        <source>%1 (stays)</source>
        <translation>%1 (без изменений)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>trailing 12 months: %1</source>
        <translation>последние 12 месяцев: %1</translation>
    </message>
    <message>
        <source>to %1:</source>
        <translation>до уровня %1:</translation>
    </message>
    <message>
        <source>evaluate takes no arguments.</source>
        <translation>Команда evaluate не принимает аргументов.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) could not be evaluated.</source>
        <translation>
            <numerusform>Не удалось оценить %n партнёра.</numerusform>
            <numerusform>Не удалось оценить %n партнёров.</numerusform>
            <numerusform>Не удалось оценить %n партнёров.</numerusform>
        </translation>
    </message>
    <message>
        <source>apply needs --partner ID and --reason TEXT.</source>
        <translation>Для apply нужны параметры --partner ID и --reason TEXT.</translation>
    </message>
    <message>
        <source>statement needs --partner ID and --quarter YYYY-QN.</source>
        <translation>Для statement нужны параметры --partner ID и --quarter ГГГГ-QN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter; write it as 2026-Q3.</source>
        <translation>«%1» — не квартал; запишите его в виде 2026-Q3.</translation>
    </message>
    <message>
        <source>Statement %1 for %2 (%3), %4, tier at quarter end: %5</source>
        <translation>Выписка %1 для %2 (%3), %4, уровень на конец квартала: %5</translation>
    </message>
    <message>
        <source>No sales in this quarter.</source>
        <translation>В этом квартале продаж нет.</translation>
    </message>
    <message numerus="yes">
        <source>Total %1: %n line(s), sales %2, rewards %3</source>
        <translation>
            <numerusform>Итого %1: %n строка, продажи %2, вознаграждения %3</numerusform>
            <numerusform>Итого %1: %n строки, продажи %2, вознаграждения %3</numerusform>
            <numerusform>Итого %1: %n строк, продажи %2, вознаграждения %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: fx list | fx set DATE BASE QUOTE RATE (1 BASE = RATE QUOTE).</source>
        <translation>Использование: fx list | fx set DATE BASE QUOTE RATE (1 BASE = RATE QUOTE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>A rate needs two different currencies.</source>
        <translation>Для курса нужны две разные валюты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate (a positive decimal with at most 6 decimals).</source>
        <translation>«%1» — не курс (нужно положительное десятичное число, не более 6 знаков после запятой).</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) in the offline copy %1</source>
        <translation>
            <numerusform>%n партнёр в автономной копии %1</numerusform>
            <numerusform>%n партнёра в автономной копии %1</numerusform>
            <numerusform>%n партнёров в автономной копии %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>записана %n строка</numerusform>
            <numerusform>записаны %n строки</numerusform>
            <numerusform>записано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed</source>
        <translation>
            <numerusform>удалена %n строка</numerusform>
            <numerusform>удалены %n строки</numerusform>
            <numerusform>удалено %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles %1 and %2 are ready on %3.</source>
        <translation>Роли %1 и %2 готовы в %3.</translation>
    </message>
    <message>
        <source>admin grant needs USER and a role: manager or rep.</source>
        <translation>Для admin grant нужны USER и роль: manager или rep.</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>Пользователю %1 назначена роль %2.</translation>
    </message>
    <message>
        <source>Took an offline copy of %1 (%2).</source>
        <translation>Создана автономная копия %1 (%2).</translation>
    </message>
    <message>
        <source>The offline copy differs from its source in: %1. Run: offline refresh</source>
        <translation>Автономная копия отличается от источника: %1. Выполните: offline refresh</translation>
    </message>
    <message>
        <source>The offline copy matches its source.</source>
        <translation>Автономная копия совпадает с источником.</translation>
    </message>
    <message>
        <source>%1 is not an offline copy.</source>
        <translation>%1 — не автономная копия.</translation>
    </message>
    <message>
        <source>Offline copy of %1</source>
        <translation>Автономная копия %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Партнёры: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Создана: %1</translation>
    </message>
    <message>
        <source>Offline since: %1</source>
        <translation>Автономно с: %1</translation>
    </message>
    <message>
        <source>Use: notes --partner ID | notes add --partner ID TEXT</source>
        <translation>Использование: notes --partner ID | notes add --partner ID TEXT</translation>
    </message>
    <message>
        <source>Note %1 added.</source>
        <translation>Заметка %1 добавлена.</translation>
    </message>
    <message>
        <source>%1 does not exist. Create it with: partnerdesk-cli --db %1 init</source>
        <translation>Файл %1 не существует. Создайте базу данных командой: partnerdesk-cli --db %1 init</translation>
    </message>
    <message>
        <source>Run partnerdesk-cli --help for usage.</source>
        <translation>Справка: partnerdesk-cli --help.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>The database file, or a postgresql:// address.</source>
        <translation>Файл базы данных или адрес postgresql://.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language of messages (en, es, ru).</source>
        <translation>Язык сообщений (en, es, ru).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Fill a new database with demo data.</source>
        <translation>Заполнить новую базу данных демонстрационными данными.</translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation>Выводить JSON вместо текста.</translation>
    </message>
    <message>
        <source>An internal-use licence.</source>
        <translation>Лицензия для внутреннего использования.</translation>
    </message>
    <message>
        <source>Only the public part of the key.</source>
        <translation>Только открытая часть ключа.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Команда, которую нужно выполнить.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>Параметр --%1 неприменим к «%2».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>qbr needs --partner ID or --all, --quarter YYYY-QN and --out PATH.</source>
        <translation>Для qbr нужны --partner ID или --all, а также --quarter ГГГГ-QN и --out PATH.</translation>
    </message>
    <message>
        <source>--program applies to qbr --all only.</source>
        <translation>--program применяется только к qbr --all.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter like 2026-Q3.</source>
        <translation>«%1» — не квартал вида 2026-Q3.</translation>
    </message>
    <message>
        <source>The review&apos;s language must be one of: %1.</source>
        <translation>Язык обзора должен быть одним из следующих: %1.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>Для --paper допустимы значения a4 или letter.</translation>
    </message>
    <message>
        <source>--today takes a date like 2026-10-05.</source>
        <translation>Для --today нужна дата вида 2026-10-05.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>1 review written in %1 ms.</source>
        <translation>1 обзор записан за %1 мс.</translation>
    </message>
    <message>
        <source>No partners to export.</source>
        <translation>Нет партнёров для экспорта.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) written to %1</source>
        <translation>
            <numerusform>%n обзор записан в %1</numerusform>
            <numerusform>%n обзора записано в %1</numerusform>
            <numerusform>%n обзоров записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Время: %1 с</translation>
    </message>
    <message>
        <source>Every partner (of --program, when given).</source>
        <translation>Все партнёры (программы из --program, если она указана).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 credit(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 кредит</numerusform>
            <numerusform>%1 (%2): %3 кредита</numerusform>
            <numerusform>%1 (%2): %3 кредитов</numerusform>
        </translation>
    </message>
    <message>
        <source>admin prune-changes needs either --before DATE or --days N.</source>
        <translation>Команде admin prune-changes нужен --before DATE или --days N.</translation>
    </message>
    <message>
        <source>--before takes a date such as 2026-01-31, not &quot;%1&quot;.</source>
        <translation>--before принимает дату вида 2026-01-31, а не «%1».</translation>
    </message>
    <message>
        <source>--days takes a number of days (0 or more), not &quot;%1&quot;.</source>
        <translation>--days принимает число дней (0 или больше), а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n change-log entry(s) logged before %1 from %2.</source>
        <translation>
            <numerusform>Из %2 удалена %n запись журнала изменений до %1.</numerusform>
            <numerusform>Из %2 удалены %n записи журнала изменений до %1.</numerusform>
            <numerusform>Из %2 удалено %n записей журнала изменений до %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline copies last taken or refreshed before %1 must be taken again.</source>
        <translation>Автономные копии, последний раз взятые или обновлённые до %1, нужно взять заново.</translation>
    </message>
    <message>
        <source>Use: admin roles | admin grant USER manager|rep | admin prune-changes (--before DATE | --days N)</source>
        <translation>Использование: admin roles | admin grant USER manager|rep | admin prune-changes (--before DATE | --days N)</translation>
    </message>
    <message>
        <source>paid %1 at %2 off</source>
        <translation>оплачено %1 со скидкой %2</translation>
    </message>
    <message>
        <source>(%1 off)</source>
        <translation>(скидка %1)</translation>
    </message>
    <message>
        <source>internal-use discount %1</source>
        <translation>скидка для внутреннего использования %1</translation>
    </message>
    <message>
        <source>reward %1 = %2</source>
        <translation>вознаграждение %1 = %2</translation>
    </message>
    <message>
        <source>rebate %1 = %2</source>
        <translation>ретробонус %1 = %2</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Парольная фраза для %1: </translation>
    </message>
    <message>
        <source>Passphrase to protect the exported key: </source>
        <translation>Парольная фраза для защиты экспортируемого ключа: </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Wrote the key pair %1 to %2, protected by its passphrase.</source>
        <translation>Пара ключей %1 записана в %2 под защитой парольной фразы.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing %1…</source>
        <translation>Ожидание, пока другая программа закончит запись в %1…</translation>
    </message>
    <message>
        <source>Warning: the password in --db can be seen by other users of this computer in the process list. Leave it out and set PGPASSWORD or put it in ~/.pgpass instead.</source>
        <translation>Внимание: пароль в --db виден другим пользователям этого компьютера в списке процессов. Уберите его и задайте PGPASSWORD или запишите пароль в ~/.pgpass.</translation>
    </message>
    <message>
        <source>A passphrase is needed: run this in a terminal, or set it in the environment variable PARTNERDESK_KEY_PASSPHRASE.</source>
        <translation>Нужна парольная фраза: запустите команду в терминале или задайте её в переменной окружения PARTNERDESK_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Парольная фраза пуста.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Повторите парольную фразу: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Give --replace to replace it with a copy of %1.</source>
        <translation>Укажите --replace, чтобы заменить её копией %1.</translation>
    </message>
    <message>
        <source>--territory, --program, --country and --replace apply to &quot;offline take&quot;.</source>
        <translation>--territory, --program, --country и --replace применяются к «offline take».</translation>
    </message>
    <message>
        <source>Use: offline take FILE [--territory T] [--program KEY] [--country CC] [--replace] | offline refresh | offline info | offline verify</source>
        <translation>Использование: offline take FILE [--territory T] [--program KEY] [--country CC] [--replace] | offline refresh | offline info | offline verify</translation>
    </message>
    <message>
        <source>Replace an offline copy of another database.</source>
        <translation>Заменить автономную копию другой базы данных.</translation>
    </message>
    <message>
        <source>KIND: %1</source>
        <translation>KIND: %1</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation>--date: нужна дата в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--quantity needs a whole number.</source>
        <translation>--quantity: нужно целое число.</translation>
    </message>
    <message>
        <source>--renewal is yes or no.</source>
        <translation>--renewal: yes или no.</translation>
    </message>
    <message>
        <source>--kind is one of: %1.</source>
        <translation>--kind: одно из значений %1.</translation>
    </message>
    <message>
        <source>--metric is nps, satisfaction or advocacy.</source>
        <translation>--metric: nps, satisfaction или advocacy.</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>продление</translation>
    </message>
    <message>
        <source>ref %1</source>
        <translation>ссылка %1</translation>
    </message>
    <message>
        <source>returns #%1</source>
        <translation>возврат №%1</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Записей нет.</translation>
    </message>
    <message>
        <source>VOIDED %1 by %2: %3</source>
        <extracomment>%1 is a date and time (UTC), %2 a user name, %3 the reason given</extracomment>
        <translation>АННУЛИРОВАНО %1, %2: %3</translation>
    </message>
    <message>
        <source>Use: void KIND ID --reason TEXT</source>
        <translation>Использование: void KIND ID --reason ТЕКСТ</translation>
    </message>
    <message>
        <source>Voided %1 %2; it stays in the partner&apos;s history.</source>
        <translation>Аннулировано: %1 %2; запись остаётся в истории партнёра.</translation>
    </message>
    <message>
        <source>Use: correct KIND ID --reason TEXT --FIELD VALUE ...</source>
        <translation>Использование: correct KIND ID --reason ТЕКСТ --ПОЛЕ ЗНАЧЕНИЕ ...</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to a %2; it takes %3.</source>
        <extracomment>%3 lists the options, &quot;--date, --note&quot;</extracomment>
        <translation>Параметр --%1 неприменим к %2; допустимы %3.</translation>
    </message>
    <message>
        <source>Name at least one field to correct: %1.</source>
        <translation>Укажите хотя бы одно поле для исправления: %1.</translation>
    </message>
    <message>
        <source>Corrected %1 %2: the correction is %1 %3.</source>
        <translation>Исправлено: %1 %2; исправление — %1 %3.</translation>
    </message>
    <message>
        <source>Use: restore KIND ID --reason TEXT</source>
        <translation>Использование: restore KIND ID --reason ТЕКСТ</translation>
    </message>
    <message>
        <source>Restored %1 %2 as %1 %3.</source>
        <translation>Восстановлено: %1 %2 как %1 %3.</translation>
    </message>
    <message>
        <source>Use: records KIND --partner ID [--voided]</source>
        <translation>Использование: records KIND --partner ID [--voided]</translation>
    </message>
    <message>
        <source>Use: licences list [--partner ID] [--voided] | licences add ...</source>
        <translation>Использование: licences list [--partner ID] [--voided] | licences add ...</translation>
    </message>
    <message>
        <source>List voided records too.</source>
        <translation>Показывать и аннулированные записи.</translation>
    </message>
    <message>
        <source>return of %1 (%2)</source>
        <translation>возврат по %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <extracomment>the three counts of an import with --update: &quot;3 updated, 997 unchanged, 10 added.&quot;</extracomment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлена</numerusform>
            <numerusform>%n обновлены</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n добавлена</numerusform>
            <numerusform>%n добавлены</numerusform>
            <numerusform>%n добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new was imported: %Ln record(s) already present.</source>
        <translation>
            <numerusform>Ничего нового не импортировано: %Ln запись уже есть в базе данных.</numerusform>
            <numerusform>Ничего нового не импортировано: все %Ln записи уже есть в базе данных.</numerusform>
            <numerusform>Ничего нового не импортировано: все %Ln записей уже есть в базе данных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported, %Ln already present.</source>
        <translation>
            <numerusform>Импортировано: %1, уже было: %Ln.</numerusform>
            <numerusform>Импортировано: %1, уже было: %Ln.</numerusform>
            <numerusform>Импортировано: %1, уже было: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: history --partner ID</source>
        <translation>Использование: history --partner ID</translation>
    </message>
    <message>
        <source>tier %1 -&gt; %2 from %3 (%4)</source>
        <translation>уровень %1 -&gt; %2 с %3 (%4)</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>партнёр %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4 (from %5)</source>
        <translation>%1 %2: %3 -&gt; %4 (из %5)</translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (%2): %n change(s)</source>
        <translation>
            <numerusform>История %1 (%2): %n изменение</numerusform>
            <numerusform>История %1 (%2): %n изменения</numerusform>
            <numerusform>История %1 (%2): %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Update existing partners and customers by code.</source>
        <translation>Обновить существующих партнёров и клиентов по коду.</translation>
    </message>
    <message>
        <source>commission %1 per unit</source>
        <translation>комиссия %1 за единицу</translation>
    </message>
    <message>
        <source>commission per unit, negotiated per partner</source>
        <translation>комиссия за единицу, согласуется с каждым партнёром</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payout state; use owed, approved, paid or carried.</source>
        <translation>«%1» — не состояние выплаты; укажите owed, approved, paid или carried.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, ref. %2</source>
        <translation>%1, платёж %2</translation>
    </message>
    <message>
        <source>No payables.</source>
        <translation>Начислений нет.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Перенесённый остаток</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>Начисления</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>Payable %1 (%2, %3, %4): %5, %6</source>
        <translation>Начисление %1 (%2, %3, %4): %5, %6</translation>
    </message>
    <message>
        <source>Use: payouts list [filters] | export FILE.csv [filters] | approve ID | pay ID --date YYYY-MM-DD --reference TEXT</source>
        <translation>Использование: payouts list [фильтры] | export FILE.csv [фильтры] | approve ID | pay ID --date ГГГГ-ММ-ДД --reference TEXT</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;payouts %2&quot;.</source>
        <translation>Параметр --%1 неприменим к «payouts %2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payable number.</source>
        <translation>«%1» — не номер начисления.</translation>
    </message>
    <message>
        <source>payouts pay needs --date YYYY-MM-DD and --reference TEXT.</source>
        <translation>Для payouts pay нужны --date ГГГГ-ММ-ДД и --reference TEXT.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 payable(s) to %2.</source>
        <translation>
            <numerusform>Записано %1 начисление в %2.</numerusform>
            <numerusform>Записано %1 начисления в %2.</numerusform>
            <numerusform>Записано %1 начислений в %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>sales %1, rewards %2, rebate %3, SPIF %4, adjustments %5</source>
        <translation>продажи %1, вознаграждения %2, ретробонус %3, SPIF %4, корректировки %5</translation>
    </message>
    <message>
        <source>No sales and no adjustments in this quarter.</source>
        <translation>В этом квартале нет ни продаж, ни корректировок.</translation>
    </message>
    <message>
        <source>closed on %1 by %2</source>
        <translation>закрыт %1 (%2)</translation>
    </message>
    <message>
        <source>No quarter is closed yet.</source>
        <translation>Закрытых кварталов пока нет.</translation>
    </message>
    <message>
        <source>close list takes no other option.</source>
        <translation>close list не принимает других параметров.</translation>
    </message>
    <message>
        <source>Use: close --quarter YYYY-QN [--preview] [--today DATE] [--by NAME] | close list.</source>
        <translation>Использование: close --quarter ГГГГ-QN [--preview] [--today DATE] [--by NAME] | close list.</translation>
    </message>
    <message numerus="yes">
        <source>Closing %1 would freeze %n statement(s) (nothing written):</source>
        <translation>
            <numerusform>Закрытие %1 зафиксирует %n выписку (ничего не записано):</numerusform>
            <numerusform>Закрытие %1 зафиксирует %n выписки (ничего не записано):</numerusform>
            <numerusform>Закрытие %1 зафиксирует %n выписок (ничего не записано):</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1:</source>
        <translation>%1 закрыт:</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) frozen</source>
        <translation>
            <numerusform>зафиксирована %n выписка</numerusform>
            <numerusform>зафиксированы %n выписки</numerusform>
            <numerusform>зафиксировано %n выписок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payable(s)</source>
        <translation>
            <numerusform>%n начисление</numerusform>
            <numerusform>%n начисления</numerusform>
            <numerusform>%n начислений</numerusform>
        </translation>
    </message>
    <message>
        <source>This partnerdesk-cli was built without the window&apos;s part: it writes no PDF.</source>
        <translation>Этот partnerdesk-cli собран без оконной части: он не создаёт PDF.</translation>
    </message>
    <message>
        <source>Closed on %1 by %2: the figures frozen at the close.</source>
        <translation>Закрыт %1 (%2): цифры, зафиксированные при закрытии.</translation>
    </message>
    <message>
        <source>commission %1 × %2 = %3</source>
        <translation>комиссия %1 × %2 = %3</translation>
    </message>
    <message>
        <source>SPIF &quot;%1&quot; %2</source>
        <translation>SPIF «%1» %2</translation>
    </message>
    <message>
        <source>Adjustments of closed quarters:</source>
        <translation>Корректировки по закрытым кварталам:</translation>
    </message>
    <message>
        <source>voided line</source>
        <translation>аннулированная строка</translation>
    </message>
    <message>
        <source>late line</source>
        <translation>поздняя строка</translation>
    </message>
    <message>
        <source>reward %1, rebate %2, SPIF %3</source>
        <translation>вознаграждение %1, ретробонус %2, SPIF %3</translation>
    </message>
    <message>
        <source>SPIF %1</source>
        <translation>SPIF %1</translation>
    </message>
    <message>
        <source>adjustments %1</source>
        <translation>корректировки %1</translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation>начислено %1</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 за единицу</translation>
    </message>
    <message>
        <source>%1 per line</source>
        <translation>%1 за строку</translation>
    </message>
    <message>
        <source>%1 of the line</source>
        <translation>%1 от строки</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Programs: %1</source>
        <translation>Программы: %1</translation>
    </message>
    <message>
        <source>Tiers: %1</source>
        <translation>Уровни: %1</translation>
    </message>
    <message>
        <source>Renewals earn it.</source>
        <translation>Продления его получают.</translation>
    </message>
    <message>
        <source>Renewals do not earn it.</source>
        <translation>Продления его не получают.</translation>
    </message>
    <message>
        <source>Bonus: %1</source>
        <translation>Бонус: %1</translation>
    </message>
    <message>
        <source>Use: spif list | spif show KEY | spif import FILE.json | spif export KEY FILE.json | spif remove KEY</source>
        <translation>Использование: spif list | spif show KEY | spif import FILE.json | spif export KEY FILE.json | spif remove KEY</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; saved.</source>
        <translation>Кампания SPIF «%1» сохранена.</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; removed.</source>
        <translation>Кампания SPIF «%1» удалена.</translation>
    </message>
    <message>
        <source>statement as PDF needs --partner ID --pdf FILE, or --all --out DIR, and --quarter YYYY-QN.</source>
        <translation>statement в PDF требует --partner ID --pdf FILE или --all --out DIR, а также --quarter YYYY-QN.</translation>
    </message>
    <message>
        <source>--program applies to statement --all only.</source>
        <translation>--program применяется только к statement --all.</translation>
    </message>
    <message>
        <source>The statement&apos;s language must be one of: %1.</source>
        <translation>Язык выписки должен быть одним из следующих: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1</source>
        <translation>
            <numerusform>%n выписка записана в %1</numerusform>
            <numerusform>%n выписки записаны в %1</numerusform>
            <numerusform>%n выписок записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>back to the program&apos;s rate</source>
        <translation>возврат к ставке программы</translation>
    </message>
    <message numerus="yes">
        <source>Negotiated rates of %1 (%2): %n</source>
        <translation>
            <numerusform>Согласованные ставки %1 (%2): %n</numerusform>
            <numerusform>Согласованные ставки %1 (%2): %n</numerusform>
            <numerusform>Согласованные ставки %1 (%2): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: rates set --partner ID --line KEY --from DATE (--percent P | --per-unit AMOUNT [--currency C] | --program-rate) --reason TEXT [--by NAME]</source>
        <translation>Использование: rates set --partner ID --line KEY --from DATE (--percent P | --per-unit AMOUNT [--currency C] | --program-rate) --reason TEXT [--by NAME]</translation>
    </message>
    <message>
        <source>--currency goes with --per-unit.</source>
        <translation>--currency указывается только вместе с --per-unit.</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from ожидает дату в виде ГГГГ-ММ-ДД, а не «%1».</translation>
    </message>
    <message>
        <source>Recorded #%1: %2 on %3 from %4 for %5.</source>
        <translation>Записано #%1: %2 для линейки %3 с %4 для партнёра %5.</translation>
    </message>
    <message>
        <source>Use: rates list --partner ID | rates set --partner ID ...</source>
        <translation>Использование: rates list --partner ID | rates set --partner ID ...</translation>
    </message>
    <message>
        <source>Usage: partnerdesk-cli --db FILE COMMAND [ARGUMENTS] [OPTIONS]

Commands:
  init [--demo] [--seed S]             create the database (with demo data)
  import KIND FILE.csv                 import records, all or nothing
  import partners|customers FILE.csv --update [--by NAME]
                                       also update existing records by code, each
                                       changed field logged in the partner&apos;s history
  export KIND FILE.csv                 export records
      KIND: partners, certifications, customers, moves, sales, events, scores, fxrates
  programs list                        list the programs
  programs show KEY                    show a program&apos;s tiers and requirements
  programs export KEY FILE.json        write a program definition
  programs import FILE.json            add or replace a program definition
  spif list | spif show KEY            SPIF campaigns (bonuses on statements)
  spif import FILE.json | spif export KEY FILE.json | spif remove KEY
                                       add or replace, write, remove a campaign
  evaluate [--as-of DATE] [--program KEY] [--json]
                                       current and proposed tier, gaps to the next tier
  apply --partner ID --reason TEXT [--as-of DATE] [--by NAME]
                                       apply the proposed tier change and record it
  statement --partner ID --quarter 2026-Q3 [--json]
                                       sales, rewards and rebate of a quarter
  statement --partner ID --quarter 2026-Q3 --pdf FILE [--paper a4|letter] [--lang en|es|ru]
  statement --all [--program KEY] --quarter 2026-Q3 --out DIR
                                       the partner statement as PDF (one per partner)
  close --quarter 2026-Q3 [--preview] [--today DATE] [--by NAME]
                                       freeze the quarter&apos;s statements, book late changes
                                       as adjustments and create the payables; quarters
                                       close in order, once, after they end
  close list                           the closed quarters, when and by whom
  fx list | fx set DATE BASE QUOTE RATE exchange rates (1 BASE = RATE QUOTE)
  generate --partners N --sales M [--seed S]
                                       add a synthetic data set for scale work
  check                                check the database&apos;s integrity

Voids and corrections (records are never deleted; KIND: sale, licence, event,
certification, score):
  void KIND ID --reason TEXT           void a record: it leaves metrics and statements
  correct KIND ID --reason TEXT --FIELD VALUE ...
                                       void a record and add its corrected copy; fields:
      sale: --date --customer --product-line --unit-price --currency --quantity --renewal
      licence: the options of licences add; event: --kind --date --note
      certification: --certificate --passed --expires; score: --metric --date --value
  restore KIND ID --reason TEXT        undo a void: a live copy of the voided record
  records KIND --partner ID [--voided] a partner&apos;s records, with the voided ones and
                                       who voided them, when and why

Licences, NFR keys, activation credits and certifications:
  licences list [--partner ID] [--voided]
                                       licences sold through partners
  licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME
      --start DATE --price AMOUNT [--seats N] [--end DATE] [--renews ID] [--sold DATE]
      [--edition E] [--modules A,B] [--currency C] [--note TEXT]
                                       record a licence sale (or an internal-use licence)
  renewals [--partner ID] [--days 30|60|90] [--as-of DATE]
                                       licences due for renewal
  nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N]
      [--addon-days N] [--override REASON] [--by NAME]
                                       issue a signed not-for-resale demo key
  nfr list [--partner ID] [--as-of DATE] | nfr revoke SERIAL --reason TEXT
  nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]
                                       check a key offline (--db also checks revocation);
                                       exit status 0 only for a valid key
  keys show | keys export FILE [--public] | keys import FILE [--key-dir DIR]
                                       the vendor signing key (outside the database)
  credits buy --partner ID --credits N [--discount PCT]
  credits consume --partner ID --credits N --customer CODE
  credits correct --partner ID --corrects ENTRY --credits N [--paid AMOUNT] --reason TEXT
  credits balance|ledger --partner ID  the activation-credit ledger (append-only)
  customer move CODE --to PARTNER --reason TEXT [--on DATE]
                                       move a customer to another partner (no credits)
  certifications expiring [--days 90] [--partner ID] [--as-of DATE]
  certifications levels --partner ID | award --partner ID --level KEY [--on DATE] [--expires DATE]
  rates list --partner ID              a partner&apos;s negotiated rates (dated, append-only)
  rates set --partner ID --line KEY --from DATE --reason TEXT [--by NAME]
      (--percent P | --per-unit AMOUNT [--currency C] | --program-rate)
                                       a reward rate or a commission per unit for one
                                       product line (or renewal) from DATE, or back to
                                       the program&apos;s rate

Payouts (one payable per partner and currency of a closed quarter):
  payouts list [--state owed|approved|paid|carried] [--quarter Q] [--currency C]
      [--owner NAME] [--partner ID]    payables, with totals per currency and state
  payouts approve ID [--by NAME]       an owed payable is approved for payment
  payouts pay ID --date YYYY-MM-DD --reference TEXT [--by NAME]
                                       record the payment of an approved payable
  payouts export FILE.csv [filters]    the listed payables as CSV

Quarterly business reviews (PDF):
  qbr (--partner ID | --all [--program KEY]) --quarter 2026-Q3 --out PATH [--lang en|es|ru]
      [--paper a4|letter] [--today DATE]
                                       one PDF (PATH.pdf or a folder) or one per partner
                                       into the folder PATH, on all cores

Team database (--db postgresql://USER@HOST:PORT/DATABASE[?sslmode=require]):
  admin roles                          create the manager and rep roles and their rights
  admin grant USER manager|rep         give a database user one of the roles
  admin prune-changes --before DATE | --days N
                                       remove older change-log entries (offline copies
                                       last refreshed before then must be taken again)
  history --partner ID                 a partner&apos;s tier changes and re-synced fields
  notes --partner ID | notes add --partner ID TEXT
                                       a partner&apos;s notes (reps may add notes only)
  offline take FILE [--territory T] [--program KEY] [--country CC] [--replace]
                                       copy the partners a rep needs into a file; it
                                       replaces another database&apos;s offline copy only with --replace
  offline refresh | info | verify      (--db FILE) bring the copy up to date; show where it
                                       comes from; compare it with its source

Exit status: 0 success, 1 bad input or data, 2 usage error.
</source>
        <translation>Использование: partnerdesk-cli --db FILE COMMAND [ARGUMENTS] [OPTIONS]

Команды:
  init [--demo] [--seed S]             создать базу данных (с демонстрационными данными)
  import KIND FILE.csv                 импортировать записи (все или ни одной)
  import partners|customers FILE.csv --update [--by NAME]
                                       также обновить существующие записи по коду; каждое
                                       изменённое поле попадает в историю партнёра
  export KIND FILE.csv                 экспортировать записи
      KIND: partners, certifications, customers, moves, sales, events, scores, fxrates
  programs list                        список программ
  programs show KEY                    уровни и требования программы
  programs export KEY FILE.json        записать определение программы
  programs import FILE.json            добавить или заменить определение программы
  spif list | spif show KEY            кампании SPIF (бонусы в выписках)
  spif import FILE.json | spif export KEY FILE.json | spif remove KEY
                                       добавить или заменить, записать, удалить кампанию
  evaluate [--as-of DATE] [--program KEY] [--json]
                                       текущий и предлагаемый уровень, чего не хватает до следующего
  apply --partner ID --reason TEXT [--as-of DATE] [--by NAME]
                                       применить предлагаемое изменение уровня и записать его
  statement --partner ID --quarter 2026-Q3 [--json]
                                       продажи, вознаграждения и ретробонус за квартал
  statement --partner ID --quarter 2026-Q3 --pdf FILE [--paper a4|letter] [--lang en|es|ru]
  statement --all [--program KEY] --quarter 2026-Q3 --out DIR
                                       выписка партнёра в PDF (по одной на партнёра)
  close --quarter 2026-Q3 [--preview] [--today DATE] [--by NAME]
                                       фиксирует выписки квартала, учитывает поздние изменения
                                       как корректировки и создаёт начисления; кварталы
                                       закрываются по порядку, один раз, после своего окончания
  close list                           закрытые кварталы: когда и кем закрыты
  fx list | fx set DATE BASE QUOTE RATE валютные курсы (1 BASE = RATE QUOTE)
  generate --partners N --sales M [--seed S]
                                       добавить синтетический набор данных для нагрузочных проверок
  check                                проверить целостность базы данных

Аннулирование и исправления (записи никогда не удаляются; KIND: sale, licence, event,
certification, score):
  void KIND ID --reason TEXT           аннулировать запись: она больше не учитывается в метриках и выписках
  correct KIND ID --reason TEXT --FIELD VALUE ...
                                       аннулировать запись и добавить исправленную копию; поля:
      sale: --date --customer --product-line --unit-price --currency --quantity --renewal
      licence: параметры licences add; event: --kind --date --note
      certification: --certificate --passed --expires; score: --metric --date --value
  restore KIND ID --reason TEXT        отменить аннулирование: действующая копия аннулированной записи
  records KIND --partner ID [--voided] записи партнёра вместе с аннулированными: кто, когда
                                       и почему их аннулировал

Лицензии, NFR-ключи, кредиты активации и сертификации:
  licences list [--partner ID] [--voided]
                                       лицензии, проданные через партнёров
  licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME
      --start DATE --price AMOUNT [--seats N] [--end DATE] [--renews ID] [--sold DATE]
      [--edition E] [--modules A,B] [--currency C] [--note TEXT]
                                       записать продажу лицензии (или лицензию для внутреннего использования)
  renewals [--partner ID] [--days 30|60|90] [--as-of DATE]
                                       лицензии, которые пора продлевать
  nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N]
      [--addon-days N] [--override REASON] [--by NAME]
                                       выдать подписанный демонстрационный ключ не для перепродажи
  nfr list [--partner ID] [--as-of DATE] | nfr revoke SERIAL --reason TEXT
  nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]
                                       проверить ключ автономно (с --db проверяется и отзыв);
                                       код завершения 0 только для действующего ключа
  keys show | keys export FILE [--public] | keys import FILE [--key-dir DIR]
                                       ключ подписи вендора (хранится вне базы данных)
  credits buy --partner ID --credits N [--discount PCT]
  credits consume --partner ID --credits N --customer CODE
  credits correct --partner ID --corrects ENTRY --credits N [--paid AMOUNT] --reason TEXT
  credits balance|ledger --partner ID  журнал кредитов активации (записи только добавляются)
  customer move CODE --to PARTNER --reason TEXT [--on DATE]
                                       перевести клиента к другому партнёру (без списания кредитов)
  certifications expiring [--days 90] [--partner ID] [--as-of DATE]
  certifications levels --partner ID | award --partner ID --level KEY [--on DATE] [--expires DATE]
  rates list --partner ID              согласованные ставки партнёра (с датой, только добавляются)
  rates set --partner ID --line KEY --from DATE --reason TEXT [--by NAME]
      (--percent P | --per-unit AMOUNT [--currency C] | --program-rate)
                                       ставка вознаграждения или комиссия за единицу для
                                       продуктовой линейки (или renewal) с даты DATE или
                                       возврат к ставке программы

Выплаты (одно начисление на партнёра и валюту закрытого квартала):
  payouts list [--state owed|approved|paid|carried] [--quarter Q] [--currency C]
      [--owner NAME] [--partner ID]    начисления с итогами по валютам и состояниям
  payouts approve ID [--by NAME]       утвердить начисление к выплате
  payouts pay ID --date ГГГГ-ММ-ДД --reference TEXT [--by NAME]
                                       записать выплату утверждённого начисления
  payouts export FILE.csv [фильтры]    выбранные начисления в CSV

Квартальные бизнес-обзоры (PDF):
  qbr (--partner ID | --all [--program KEY]) --quarter 2026-Q3 --out PATH [--lang en|es|ru]
      [--paper a4|letter] [--today DATE]
                                       один PDF (PATH.pdf или папка) либо по PDF на каждого
                                       партнёра в папке PATH; используются все ядра

Командная база данных (--db postgresql://USER@HOST:PORT/DATABASE[?sslmode=require]):
  admin roles                          создать роли manager и rep и их права
  admin grant USER manager|rep         назначить пользователю базы данных одну из ролей
  admin prune-changes --before DATE | --days N
                                       удалить старые записи журнала изменений (автономные копии,
                                       обновлённые раньше этой даты, нужно взять заново)
  history --partner ID                 изменения уровня и синхронизированные поля партнёра
  notes --partner ID | notes add --partner ID TEXT
                                       заметки о партнёре (торговые представители могут только добавлять заметки)
  offline take FILE [--territory T] [--program KEY] [--country CC] [--replace]
                                       скопировать в файл партнёров, нужных торговому представителю;
                                       автономную копию другой базы данных заменяет только с --replace
  offline refresh | info | verify      (--db FILE) обновить копию; показать её источник;
                                       сравнить её с источником

Коды завершения: 0 — успех, 1 — неверные входные данные, 2 — ошибка использования.
</translation>
    </message>
    <message>
        <source>Show what closing would freeze; write nothing.</source>
        <translation>Показать, что зафиксирует закрытие; ничего не записывать.</translation>
    </message>
    <message>
        <source>Back to the program&apos;s rate.</source>
        <translation>Вернуться к ставке программы.</translation>
    </message>
    <message>
        <source>
Log (for support): --verbose prints it to stderr, debug lines included;
--log-file FILE writes it to FILE (renewed at 1 MB, five files kept).
</source>
        <translation>
Журнал работы (для поддержки): --verbose выводит его в stderr, включая отладочные строки;
--log-file FILE записывает его в FILE (новый файл после 1 МБ, хранятся пять файлов).
</translation>
    </message>
    <message>
        <source>Print the log (debug lines too) to stderr.</source>
        <translation>Выводить журнал работы (включая отладочные строки) в stderr.</translation>
    </message>
    <message>
        <source>Also write the log to this file.</source>
        <translation>Также записывать журнал работы в этот файл.</translation>
    </message>
</context>
<context>
    <name>pd::ChangeLog</name>
    <message>
        <source>The date to prune the change history before is not valid.</source>
        <translation>Дата, до которой сокращается журнал изменений, неверна.</translation>
    </message>
    <message>
        <source>The change history can be pruned up to today (%1) at the latest, not %2.</source>
        <translation>Журнал изменений можно сократить не дальше сегодняшнего дня (%1), а не до %2.</translation>
    </message>
    <message>
        <source>%1 is an offline copy: prune the change history of the database it was taken from.</source>
        <translation>%1 — автономная копия: сокращайте журнал изменений базы данных, из которой она взята.</translation>
    </message>
</context>
<context>
    <name>pd::Corrections</name>
    <message>
        <source>Sale %1</source>
        <translation>Продажа %1</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Лицензия %1</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Событие %1</translation>
    </message>
    <message>
        <source>Certification %1</source>
        <translation>Сертификация %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Оценка %1</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>Продажи %1 нет.</translation>
    </message>
    <message>
        <source>There is no licence %1.</source>
        <translation>Лицензии %1 нет.</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>События %1 нет.</translation>
    </message>
    <message>
        <source>There is no certification %1.</source>
        <translation>Сертификации %1 нет.</translation>
    </message>
    <message>
        <source>There is no score %1.</source>
        <translation>Оценки %1 нет.</translation>
    </message>
    <message>
        <source>%1 was already voided on %2 by %3 (%4).</source>
        <extracomment>%1 is &quot;Sale 12&quot;; %2 a date and time (UTC), %3 a user name, %4 the reason given</extracomment>
        <translation>%1: уже аннулировано %2 (%3: %4).</translation>
    </message>
    <message>
        <source>Sale %1 has a return that is not voided (sale %2): void its returns first.</source>
        <translation>У продажи %1 есть неаннулированный возврат (продажа %2): сначала аннулируйте её возвраты.</translation>
    </message>
    <message>
        <source>Sale %1 is the sale of licence %2: void or correct the licence instead.</source>
        <translation>Продажа %1 — это продажа лицензии %2: аннулируйте или исправьте лицензию.</translation>
    </message>
    <message>
        <source>Licence %1 is renewed by licence %2: void that renewal first.</source>
        <translation>Лицензия %1 продлена лицензией %2: сначала аннулируйте это продление.</translation>
    </message>
    <message>
        <source>%1 was voided by someone else meanwhile.</source>
        <translation>%1: тем временем аннулировано другим пользователем.</translation>
    </message>
    <message>
        <source>%1: give the reason for the void or correction.</source>
        <extracomment>%1 is &quot;Sale 12&quot;</extracomment>
        <translation>%1: укажите причину аннулирования или исправления.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no product line &quot;%2&quot;.</source>
        <translation>В программе «%1» нет продуктовой линейки «%2».</translation>
    </message>
    <message>
        <source>A sale needs a date.</source>
        <translation>У продажи должна быть дата.</translation>
    </message>
    <message>
        <source>A unit price cannot be negative.</source>
        <translation>Цена за единицу не может быть отрицательной.</translation>
    </message>
    <message>
        <source>A sale&apos;s quantity is a whole number of at least 1.</source>
        <translation>Количество в продаже — целое число не меньше 1.</translation>
    </message>
    <message>
        <source>A return&apos;s quantity is negative.</source>
        <translation>Количество в возврате отрицательное.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a customer of this partner.</source>
        <translation>%1 (%2) не клиент этого партнёра.</translation>
    </message>
    <message>
        <source>Sale %1, which this line returns, is voided.</source>
        <translation>Продажа %1, которую возвращает эта строка, аннулирована.</translation>
    </message>
    <message>
        <source>The return of %1 units exceeds the %2 left of sale %3.</source>
        <translation>Возврат %1 ед. превышает остаток продажи %3 (%2 ед.).</translation>
    </message>
    <message>
        <source>An event needs a date.</source>
        <translation>У события должна быть дата.</translation>
    </message>
    <message>
        <source>A score is of nps, satisfaction or advocacy.</source>
        <translation>Оценка бывает nps, satisfaction или advocacy.</translation>
    </message>
    <message>
        <source>A score needs a date.</source>
        <translation>У оценки должна быть дата.</translation>
    </message>
    <message>
        <source>An NPS score lies between -100 and 100.</source>
        <translation>Оценка NPS лежит в пределах от -100 до 100.</translation>
    </message>
    <message>
        <source>A score lies between 0 and 100.</source>
        <translation>Оценка лежит в пределах от 0 до 100.</translation>
    </message>
    <message>
        <source>Name the certificate.</source>
        <translation>Укажите сертификат.</translation>
    </message>
    <message>
        <source>A certification needs the date it was passed.</source>
        <translation>У сертификации должна быть дата сдачи.</translation>
    </message>
    <message>
        <source>The certification expires (%1) before it is passed (%2).</source>
        <translation>Сертификация истекает (%1) раньше даты сдачи (%2).</translation>
    </message>
    <message>
        <source>Staff member %1 is not with this partner.</source>
        <translation>Сотрудник %1 не работает у этого партнёра.</translation>
    </message>
    <message>
        <source>%1 is not voided: there is nothing to restore.</source>
        <translation>%1: не аннулировано, восстанавливать нечего.</translation>
    </message>
    <message>
        <source>%1 was corrected by record %2: correct or void that one instead.</source>
        <translation>%1: исправлено записью %2; исправьте или аннулируйте её.</translation>
    </message>
    <message>
        <source>%1 restored as record %2: %3</source>
        <extracomment>%1 is &quot;Sale 12&quot;; %2 the new record&apos;s id; %3 the reason given</extracomment>
        <translation>%1: восстановлено как запись %2: %3</translation>
    </message>
</context>
<context>
    <name>pd::CsvReader</name>
    <message>
        <source>the file is UTF-16; save it as UTF-8 (&quot;CSV UTF-8&quot;)</source>
        <translation>файл в кодировке UTF-16; сохраните его в UTF-8 («CSV UTF-8»)</translation>
    </message>
    <message>
        <source>a quoted field is not closed (its quote opens on line %1)</source>
        <translation>поле в кавычках не закрыто (кавычка открыта в строке %1)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>лишний текст после закрывающей кавычки (кавычку внутри поля в кавычках нужно удваивать)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>кавычка внутри поля без кавычек (заключите всё поле в кавычки и удвойте кавычку)</translation>
    </message>
    <message>
        <source>the text holds NUL bytes: save the file as UTF-8 (&quot;CSV UTF-8&quot;), not UTF-16</source>
        <translation>в тексте есть нулевые байты (NUL): сохраните файл в UTF-8 («CSV UTF-8»), а не в UTF-16</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</source>
        <translation>текст не является корректным UTF-8 (сохраните файл как «CSV UTF-8»)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>ожидалось полей: %1, как в заголовке, найдено: %2</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the most one record may hold; the rest of the file is not read</source>
        <translation>строка длиннее %1 байт — это наибольший размер записи; остальная часть файла не читается</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 bytes, the most one field may hold</source>
        <translation>поле %1 длиннее %2 байт — это наибольший размер поля</translation>
    </message>
</context>
<context>
    <name>pd::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation>Не удалось записать CSV-файл: %1</translation>
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <source>%1 is not a PartnerDesk database. It was not changed.</source>
        <translation>%1 — не база данных PartnerDesk. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PartnerDesk (database version %2; this version reads up to %3). Update PartnerDesk to open it. It was not changed.</source>
        <translation>Файл %1 создан более новой версией PartnerDesk (версия базы данных %2; эта версия читает версии до %3). Обновите PartnerDesk, чтобы открыть его. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of PartnerDesk and must be upgraded before it can be opened read-only.</source>
        <translation>Файл %1 создан более старой версией PartnerDesk; его нужно обновить, прежде чем открывать только для чтения.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не установлен.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до версии %1: %2</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; it is needed for %1.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен; он нужен для %1.</translation>
    </message>
    <message>
        <source>Could not connect to the team database (%1): %2</source>
        <translation>Не удалось подключиться к командной базе данных (%1): %2</translation>
    </message>
    <message>
        <source>%1 holds no PartnerDesk data yet.</source>
        <translation>В %1 ещё нет данных PartnerDesk.</translation>
    </message>
    <message>
        <source>Your database role may only read partner records and add notes; ask a manager to make this change.</source>
        <translation>Ваша роль в базе данных позволяет только читать записи о партнёрах и добавлять заметки; попросите менеджера внести это изменение.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to version %2 that only its owner (the user who created it) may run: open it once as that user.</source>
        <translation>Базе данных %1 требуется обновление до версии %2, которое может выполнить только её владелец (создавший её пользователь): откройте её один раз от имени этого пользователя.</translation>
    </message>
    <message>
        <source>The database %1 is read-only and could not be opened.</source>
        <translation>База данных %1 доступна только для чтения, и её не удалось открыть.</translation>
    </message>
    <message>
        <source>The database is open read-only; changes are not allowed.</source>
        <translation>База данных открыта только для чтения; изменения невозможны.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>Базе данных не удалось начать транзакцию: %1</translation>
    </message>
    <message>
        <source>The database could not save the changes: %1</source>
        <translation>Базе данных не удалось сохранить изменения: %1</translation>
    </message>
    <message>
        <source>The database could not run the statement &quot;%1&quot;: %2</source>
        <translation>Базе данных не удалось выполнить запрос «%1»: %2</translation>
    </message>
    <message>
        <source>The offline copy could not be written: %1</source>
        <translation>Не удалось записать автономную копию: %1</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it (another PartnerDesk window, a partnerdesk-cli command or a backup). Try again when it has finished.</source>
        <translation>База данных %1 заблокирована другой программой, которая в неё пишет (другое окно PartnerDesk, команда partnerdesk-cli или резервное копирование). Повторите попытку, когда она закончит.</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full. Free some disk space, then try again.</source>
        <translation>Диск с базой данных %1 заполнен. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only for you. Make both writable, then try again.</source>
        <translation>Не удаётся записать в базу данных %1: файл или его папка доступны вам только для чтения. Разрешите запись в них и повторите попытку.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written: the disk reported an input/output error (%2). Check the disk or network drive, then try again.</source>
        <translation>Не удалось прочитать или записать базу данных %1: диск сообщил об ошибке ввода-вывода (%2). Проверьте диск или сетевой диск и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>Не удалось создать %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a PartnerDesk database. Create a database with &quot;init&quot; or File › New Database. It was not changed.</source>
        <translation>%1 — пустой файл, а не база данных PartnerDesk. Создайте базу данных командой &quot;init&quot; или через Файл › Создать базу данных. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is damaged (cut short or partly overwritten) and cannot be read. Restore it from a backup. It was not changed.</source>
        <translation>%1 повреждён (обрезан или частично перезаписан) и не может быть прочитан. Восстановите его из резервной копии. Файл не изменён.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in use: another program kept it locked for more than %n second(s). Try again when it is done. It was not changed.</source>
        <translation>
            <numerusform>%1 занят: другая программа держит его заблокированным дольше %n секунды. Повторите попытку, когда она закончит. Файл не изменён.</numerusform>
            <numerusform>%1 занят: другая программа держит его заблокированным дольше %n секунд. Повторите попытку, когда она закончит. Файл не изменён.</numerusform>
            <numerusform>%1 занят: другая программа держит его заблокированным дольше %n секунд. Повторите попытку, когда она закончит. Файл не изменён.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted (the -journal or -wal file beside it). It can be read only after that change is rolled back, which needs write access to the file and its folder. It was not changed.</source>
        <translation>%1 содержит прерванное изменение (файл -journal или -wal рядом с ним). Его можно прочитать только после отката этого изменения, а для этого нужны права на запись в файл и его папку. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is in a folder PartnerDesk may not write to, and this database needs its -wal and -shm files beside it. Copy it to a folder you can write to. It was not changed.</source>
        <translation>%1 находится в папке, в которую PartnerDesk не может писать, а этой базе данных нужны файлы -wal и -shm рядом с ней. Скопируйте её в папку, доступную для записи. Файл не изменён.</translation>
    </message>
    <message>
        <source>The database server sent a malformed row.</source>
        <translation>Сервер базы данных прислал строку неверного формата.</translation>
    </message>
    <message>
        <source>%1.%2 holds &quot;%3&quot;, which is not a date (YYYY-MM-DD)</source>
        <translation>%1.%2 содержит «%3», что не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
</context>
<context>
    <name>pd::ExchangeRates</name>
    <message>
        <source>No exchange rate from %1 to %2 on or before %3. Add it to the exchange-rate table.</source>
        <translation>Нет валютного курса %1 к %2 на %3 или более раннюю дату. Добавьте его в таблицу валютных курсов.</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 в %3</translation>
    </message>
</context>
<context>
    <name>pd::Exporter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>pd::Generator</name>
    <message>
        <source>The number of partners must be between 0 and %1.</source>
        <translation>Число партнёров должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>The number of sales lines must be between 0 and %1.</source>
        <translation>Число строк продаж должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>Sales lines need at least one partner.</source>
        <translation>Для строк продаж нужен хотя бы один партнёр.</translation>
    </message>
    <message>
        <source>The as-of date for the generated data is not a valid date.</source>
        <translation>Дата расчёта для генерируемых данных некорректна.</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n partner(s). Generate data into a new, empty database.</source>
        <translation>
            <numerusform>В базе данных уже есть %n партнёр. Создайте данные в новой пустой базе данных.</numerusform>
            <numerusform>В базе данных уже есть %n партнёра. Создайте данные в новой пустой базе данных.</numerusform>
            <numerusform>В базе данных уже есть %n партнёров. Создайте данные в новой пустой базе данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the built-in programs is available to generate data for.</source>
        <translation>Нет ни одной встроенной программы, для которой можно создать данные.</translation>
    </message>
    <message>
        <source>Data generation was cancelled; nothing was written.</source>
        <translation>Создание данных отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Requirements met at the annual review</source>
        <translation>Требования выполнены на ежегодной проверке</translation>
    </message>
    <message>
        <source>PartnerDesk demo data</source>
        <translation>Демонстрационные данные PartnerDesk</translation>
    </message>
    <message>
        <source>Privileged yearly SPIF %1</source>
        <translation>Годовой SPIF Privileged %1</translation>
    </message>
    <message>
        <source>PartnerDesk demo data: 2 % of every line sold while Privileged.</source>
        <translation>Демонстрационные данные PartnerDesk: 2 % от каждой строки, проданной на уровне Privileged.</translation>
    </message>
</context>
<context>
    <name>pd::Importer</name>
    <message>
        <source>there is no partner &quot;%1&quot;</source>
        <translation>партнёра «%1» нет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a staff role (%2)</source>
        <translation>«%1» — не роль сотрудника (%2)</translation>
    </message>
    <message>
        <source>%1 must be after passed_on (%2)</source>
        <translation>%1 должна быть позже passed_on (%2)</translation>
    </message>
    <message>
        <source>%1 is already recorded with the role %2</source>
        <translation>%1 уже записан с ролью %2</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot; passed on %3</source>
        <translation>у %1 уже есть «%2», полученный %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event kind (%2)</source>
        <translation>«%1» — не тип события (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scored metric (%2)</source>
        <translation>«%1» — не оцениваемый показатель (%2)</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>одно из значений: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD, for example 2026-03-31)</source>
        <translation>«%1» — не дата (ожидается ГГГГ-ММ-ДД, например 2026-03-31)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two upper-case letters, for example ES, RU, US)</source>
        <translation>«%1» — не код страны ISO 3166 (две заглавные латинские буквы, например ES, RU, US)</translation>
    </message>
    <message>
        <source>appears twice in this file (first on line %1)</source>
        <translation>встречается в этом файле дважды (впервые в строке %1)</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; already exists</source>
        <translation>партнёр «%1» уже существует</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (%2)</source>
        <translation>«%1» — не категория (%2)</translation>
    </message>
    <message>
        <source>there is no program &quot;%1&quot; in the database (%2)</source>
        <translation>программы «%1» нет в базе данных (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of program %2 (%3)</source>
        <translation>«%1» — не уровень программы %2 (%3)</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; already exists</source>
        <translation>клиент «%1» уже существует</translation>
    </message>
    <message>
        <source>there is no customer &quot;%1&quot;</source>
        <translation>клиента «%1» нет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of program %2 (%3)</source>
        <translation>«%1» — не продуктовая линейка программы %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is negative; a unit price must not be</source>
        <translation>%1 — отрицательное значение; цена за единицу не может быть отрицательной</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (yes, no, true, false, 1, 0 or empty)</source>
        <translation>«%1» — не «да» или «нет» (yes, no, true, false, 1, 0 или пусто)</translation>
    </message>
    <message>
        <source>the quote currency must differ from the base currency</source>
        <translation>котируемая валюта должна отличаться от базовой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>«%1» — не десятичное число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 6 decimals</source>
        <translation>в «%1» больше 6 знаков после запятой</translation>
    </message>
    <message>
        <source>an exchange rate must be more than 0</source>
        <translation>валютный курс должен быть больше 0</translation>
    </message>
    <message>
        <source>the rate %1/%2 of this date appears twice in this file (first on line %3)</source>
        <translation>курс %1/%2 на эту дату встречается в этом файле дважды (впервые в строке %3)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) found.</source>
        <translation>
            <numerusform>Из %1 ничего не импортировано: найдена %n проблема.</numerusform>
            <numerusform>Из %1 ничего не импортировано: найдены %n проблемы.</numerusform>
            <numerusform>Из %1 ничего не импортировано: найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... и ещё %n.</numerusform>
            <numerusform>... и ещё %n.</numerusform>
            <numerusform>... и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be imported.</source>
        <translation>База данных открыта только для чтения; импорт невозможен.</translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns (%1)</source>
        <translation>файл пуст; в первой строке должны быть названия столбцов (%1)</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>у столбца %1 в заголовке нет названия</translation>
    </message>
    <message>
        <source>unknown column (the columns of %1 are: %2)</source>
        <translation>неизвестный столбец (столбцы для %1: %2)</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>столбец встречается в заголовке дважды</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>в заголовке нет обязательного столбца</translation>
    </message>
    <message>
        <source>%1:%2: the database refused the record: %3
Nothing was imported.</source>
        <translation>%1:%2: база данных отклонила запись: %3
Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>Импорт %1 отменён; ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n characters, more than the %1 this column may hold</source>
        <translation>
            <numerusform>%n символ — больше %1, допустимых в этом столбце</numerusform>
            <numerusform>%n символа — больше %1, допустимых в этом столбце</numerusform>
            <numerusform>%n символов — больше %1, допустимых в этом столбце</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.
%2</source>
        <translation>Из %1 ничего не импортировано.
%2</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; already has moves in the database; moves are imported only for customers without any</source>
        <translation>у клиента «%1» уже есть переводы в базе данных; переводы импортируются только для клиентов, у которых их нет</translation>
    </message>
    <message>
        <source>a customer moves to another partner, not to the one it leaves</source>
        <translation>клиента переводят к другому партнёру, а не к тому, от которого он уходит</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; is with partner %2 now, so its last move must be to %2, not to %3</source>
        <translation>клиент «%1» сейчас у партнёра %2, поэтому его последний перевод должен быть к %2, а не к %3</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; was with partner %2 after its move on line %3, not with %4</source>
        <translation>после перевода в строке %3 клиент «%1» был у партнёра %2, а не у %4</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; moved on %2 (line %3); its moves must be in date order</source>
        <translation>клиент «%1» переведён %2 (строка %3); его переводы должны идти в порядке дат</translation>
    </message>
    <message>
        <source>%1; import with update (--update, or &quot;Update existing records&quot;) to change existing records</source>
        <translation>%1; чтобы изменить существующие записи, импортируйте с обновлением (--update или «Обновить существующие записи»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row version (a whole number of 1 or more, as an export writes it)</source>
        <translation>«%1» — не версия строки (целое число от 1, как его записывает экспорт)</translation>
    </message>
    <message>
        <source>a negative quantity is a return: name the reference of the line it returns in this column</source>
        <translation>отрицательное количество означает возврат: укажите в этом столбце ссылку на возвращаемую строку</translation>
    </message>
    <message>
        <source>a return (of %1) needs a negative quantity, not %2</source>
        <translation>для возврата (%1) нужно отрицательное количество, а не %2</translation>
    </message>
    <message>
        <source>reference %1 appears twice in this file (first on line %2)</source>
        <translation>ссылка %1 встречается в этом файле дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>reference %1 is already in the database as sale %2, with different content (%3); correct the stored line with &quot;partnerdesk-cli correct sale %2 ...&quot;, void it with &quot;partnerdesk-cli void sale %2 --reason TEXT&quot;, or give this line its own reference</source>
        <translation>ссылка %1 уже есть в базе данных (продажа %2), но с другим содержимым (%3); исправьте сохранённую строку командой &quot;partnerdesk-cli correct sale %2 ...&quot;, аннулируйте её командой &quot;partnerdesk-cli void sale %2 --reason ТЕКСТ&quot; или дайте этой строке собственную ссылку</translation>
    </message>
    <message>
        <source>the line with reference %1 (sale %2) is voided; a voided line cannot be returned</source>
        <translation>строка со ссылкой %1 (продажа %2) аннулирована; аннулированную строку нельзя вернуть</translation>
    </message>
    <message>
        <source>line %1 of this file (reference %2) is itself a return; name the line that was sold</source>
        <translation>строка %1 этого файла (ссылка %2) сама является возвратом; укажите проданную строку</translation>
    </message>
    <message>
        <source>there is no sale line with reference %1, neither in the database nor earlier in this file</source>
        <translation>строки продажи со ссылкой %1 нет ни в базе данных, ни выше в этом файле</translation>
    </message>
    <message>
        <source>sale %1 (reference %2) is itself a return; name the line that was sold</source>
        <translation>продажа %1 (ссылка %2) сама является возвратом; укажите проданную строку</translation>
    </message>
    <message>
        <source>the line it returns (%1) was sold by partner %2, not %3</source>
        <translation>возвращаемую строку (%1) продал партнёр %2, а не %3</translation>
    </message>
    <message>
        <source>the line it returns (%1) is of product line %2, not %3</source>
        <translation>возвращаемая строка (%1) относится к продуктовой линейке %2, а не %3</translation>
    </message>
    <message>
        <source>the line it returns (%1) is in %2, not %3</source>
        <translation>возвращаемая строка (%1) в валюте %2, а не %3</translation>
    </message>
    <message>
        <source>a return takes the unit price of the line it returns (%1): %2, not %3</source>
        <translation>возврат идёт по цене за единицу возвращаемой строки (%1): %2, а не %3</translation>
    </message>
    <message>
        <source>a return cannot come before the line it returns (%1, sold on %2)</source>
        <translation>возврат не может быть раньше возвращаемой строки (%1, продана %2)</translation>
    </message>
    <message numerus="yes">
        <source>returns %n unit(s), but only %1 of the %2 units of %3 are left to return (%4 returned already)</source>
        <translation>
            <numerusform>возвращает %n единицу, но из %2 единиц %3 вернуть можно только %1 (уже возвращено: %4)</numerusform>
            <numerusform>возвращает %n единицы, но из %2 единиц %3 вернуть можно только %1 (уже возвращено: %4)</numerusform>
            <numerusform>возвращает %n единиц, но из %2 единиц %3 вернуть можно только %1 (уже возвращено: %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: file %2, database %3</source>
        <translation>%1: в файле %2, в базе данных %3</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; belonged to partner %2 on %3, not %4</source>
        <translation>клиент «%1» на %3 был у партнёра %2, а не у %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number other than 0 (negative for a return)</source>
        <translation>&quot;%1&quot; — не целое число, отличное от 0 (для возврата — отрицательное)</translation>
    </message>
    <message>
        <source>re-sync from %1</source>
        <translation>повторная синхронизация из %1</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is at row version %2, not %3: it was changed after this file was written; export it again, or leave row_version empty to update it anyway</source>
        <translation>партнёр «%1» имеет версию строки %2, а не %3: он изменён после записи этого файла; экспортируйте его заново или оставьте row_version пустым, чтобы всё равно обновить его</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is in program %2; an update does not move a partner to another program</source>
        <translation>партнёр «%1» состоит в программе %2; обновление не переводит партнёра в другую программу</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; has held tier %2 since %3; the date changes only with the tier</source>
        <translation>партнёр «%1» имеет уровень %2 с %3; дата меняется только вместе с уровнем</translation>
    </message>
    <message>
        <source>Only partners and customers can update existing records; %1 are only added.</source>
        <translation>Обновлять существующие записи можно только для партнёров и клиентов; %1 только добавляются.</translation>
    </message>
</context>
<context>
    <name>pd::Integrity</name>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>строка %2 таблицы %1 ссылается на отсутствующую строку таблицы %3</translation>
    </message>
    <message>
        <source>partner %1: tier &quot;%2&quot; is not in program &quot;%3&quot;</source>
        <translation>партнёр %1: уровня «%2» нет в программе «%3»</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of program &quot;%1&quot; on product line &quot;%2&quot;, which the program does not have</source>
        <translation>
            <numerusform>%n продажа по программе «%1» в продуктовой линейке «%2», которой в программе нет</numerusform>
            <numerusform>%n продажи по программе «%1» в продуктовой линейке «%2», которой в программе нет</numerusform>
            <numerusform>%n продаж по программе «%1» в продуктовой линейке «%2», которой в программе нет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) in unknown currency &quot;%1&quot;</source>
        <translation>
            <numerusform>%n продажа в неизвестной валюте «%1»</numerusform>
            <numerusform>%n продажи в неизвестной валюте «%1»</numerusform>
            <numerusform>%n продаж в неизвестной валюте «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) expire before they were passed</source>
        <translation>
            <numerusform>%n сертификация истекает раньше, чем была получена</numerusform>
            <numerusform>%n сертификации истекают раньше, чем были получены</numerusform>
            <numerusform>%n сертификаций истекают раньше, чем были получены</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row %2: %3 %4 is beyond the largest amount (%5 minor units either way)</source>
        <translation>%1, строка %2: %3 %4 превышает наибольшую сумму (%5 минимальных единиц по модулю)</translation>
    </message>
</context>
<context>
    <name>pd::LicenceStore</name>
    <message>
        <source>Refused: the balance is %1 credits and this entry takes %2; %3 credits are missing. The balance can never go below zero.</source>
        <translation>Отклонено: баланс кредитов — %1, а для этой записи нужно %2; не хватает %3. Баланс не может стать отрицательным.</translation>
    </message>
    <message>
        <source>There is no credit ledger entry %1.</source>
        <translation>Записи %1 в журнале кредитов нет.</translation>
    </message>
    <message>
        <source>Credit entry %1: balance after is %2, the running sum is %3.</source>
        <translation>Запись о кредитах %1: баланс после операции — %2, нарастающий итог — %3.</translation>
    </message>
    <message>
        <source>Partner %1: the credit balance is %2, its entries add up to %3.</source>
        <translation>Партнёр %1: баланс кредитов — %2, а сумма записей — %3.</translation>
    </message>
    <message>
        <source>Partner %1: the credit balance is %2 with no entries.</source>
        <translation>Партнёр %1: баланс кредитов — %2, но записей нет.</translation>
    </message>
    <message>
        <source>There is no licence %1.</source>
        <translation>Лицензии %1 нет.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Клиента %1 нет.</translation>
    </message>
    <message>
        <source>The customer is no longer with the partner it was to be moved from.</source>
        <translation>Клиент больше не относится к партнёру, от которого его нужно было перевести.</translation>
    </message>
    <message>
        <source>There is no NFR key %1 in this database.</source>
        <translation>NFR-ключа %1 в этой базе данных нет.</translation>
    </message>
    <message>
        <source>The NFR key is already revoked.</source>
        <translation>NFR-ключ уже отозван.</translation>
    </message>
    <message>
        <source>Credit entry %1: the running sum of %2 credits overflows.</source>
        <translation>Запись %1: накопленная сумма %2 кредитов переполняется.</translation>
    </message>
</context>
<context>
    <name>pd::Licensing</name>
    <message>
        <source>An award needs a date.</source>
        <translation>Для присвоения нужна дата.</translation>
    </message>
    <message>
        <source>A certification expires after the day it is awarded.</source>
        <translation>Сертификация должна истекать позже дня присвоения.</translation>
    </message>
    <message>
        <source>Say who awards the certification.</source>
        <translation>Укажите, кто присваивает сертификацию.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n month(s) in the partnership; the partner has %2 on %3 (eligible from %4).</source>
        <extracomment>%2 is the partner&apos;s time in the partnership: &quot;7 months&quot;</extracomment>
        <translation>
            <numerusform>Для уровня %1 нужен %n месяц партнёрства; на %3 у партнёра месяцев партнёрства: %2 (уровень доступен с %4).</numerusform>
            <numerusform>Для уровня %1 нужно %n месяца партнёрства; на %3 у партнёра месяцев партнёрства: %2 (уровень доступен с %4).</numerusform>
            <numerusform>Для уровня %1 нужно %n месяцев партнёрства; на %3 у партнёра месяцев партнёрства: %2 (уровень доступен с %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requires %2, which the partner does not hold on %3.</source>
        <translation>Для уровня %1 нужен уровень %2, которого у партнёра нет на %3.</translation>
    </message>
    <message>
        <source>Expiring certifications are listed for 1 to 366 days ahead.</source>
        <translation>Истекающие сертификации показываются на срок от 1 до 366 дней вперёд.</translation>
    </message>
    <message>
        <source>Say who records the credit entry.</source>
        <translation>Укажите, кто вносит запись о кредитах.</translation>
    </message>
    <message>
        <source>A credit entry needs a date.</source>
        <translation>Для записи о кредитах нужна дата.</translation>
    </message>
    <message>
        <source>A purchase is of 1 to 1,000,000,000,000 credits.</source>
        <translation>Покупка — от 1 до 1 000 000 000 000 кредитов.</translation>
    </message>
    <message>
        <source>Consumption is of 1 to 1,000,000,000,000 credits.</source>
        <translation>Списание — от 1 до 1 000 000 000 000 кредитов.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a customer of this partner.</source>
        <translation>%1 (%2) — не клиент этого партнёра.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Для исправления нужна причина.</translation>
    </message>
    <message>
        <source>A correction changes the credits, the amount paid, or both.</source>
        <translation>Исправление меняет кредиты, оплаченную сумму или и то и другое.</translation>
    </message>
    <message>
        <source>A correction is of at most 1,000,000,000,000 credits.</source>
        <translation>Исправление — не более 1 000 000 000 000 кредитов.</translation>
    </message>
    <message>
        <source>Credit entry %1 belongs to another partner.</source>
        <translation>Запись о кредитах %1 относится к другому партнёру.</translation>
    </message>
    <message>
        <source>no NFR keys</source>
        <translation>без NFR-ключей</translation>
    </message>
    <message>
        <source>NFR keys on request (each one decided by a manager)</source>
        <translation>NFR-ключи по запросу (каждый одобряет менеджер)</translation>
    </message>
    <message numerus="yes">
        <source>%n NFR key(s) valid at a time</source>
        <translation>
            <numerusform>%n действующий NFR-ключ одновременно</numerusform>
            <numerusform>%n действующих NFR-ключа одновременно</numerusform>
            <numerusform>%n действующих NFR-ключей одновременно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, valid %n month(s)</source>
        <translation>
            <numerusform>, срок действия %n месяц</numerusform>
            <numerusform>, срок действия %n месяца</numerusform>
            <numerusform>, срок действия %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, add-on modules enabled for %n day(s)</source>
        <translation>
            <numerusform>, дополнительные модули включены на %n день</numerusform>
            <numerusform>, дополнительные модули включены на %n дня</numerusform>
            <numerusform>, дополнительные модули включены на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>The program sets no validity for NFR keys of this tier: give the number of months.</source>
        <translation>Программа не задаёт срок действия NFR-ключей для этого уровня: укажите число месяцев.</translation>
    </message>
    <message>
        <source>An NFR key is valid for at most 120 months.</source>
        <translation>NFR-ключ действует не более 120 месяцев.</translation>
    </message>
    <message>
        <source>Add-on modules are enabled for 0 to 3660 days.</source>
        <translation>Дополнительные модули включаются на срок от 0 до 3660 дней.</translation>
    </message>
    <message>
        <source>the tier %1 has no NFR keys in its program</source>
        <translation>у уровня %1 в его программе нет NFR-ключей</translation>
    </message>
    <message>
        <source>the tier %1 gets NFR keys on request only</source>
        <translation>уровень %1 получает NFR-ключи только по запросу</translation>
    </message>
    <message numerus="yes">
        <source>a key of the tier %1 is valid for %n month(s), not %2</source>
        <translation>
            <numerusform>ключ уровня %1 действует %n месяц, а не %2</numerusform>
            <numerusform>ключ уровня %1 действует %n месяца, а не %2</numerusform>
            <numerusform>ключ уровня %1 действует %n месяцев, а не %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the tier %1 enables add-on modules for %n day(s), not %2</source>
        <translation>
            <numerusform>уровень %1 включает дополнительные модули на %n день, а не на %2</numerusform>
            <numerusform>уровень %1 включает дополнительные модули на %n дня, а не на %2</numerusform>
            <numerusform>уровень %1 включает дополнительные модули на %n дней, а не на %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The tier %1 has no discount on activation credits.</source>
        <translation>У уровня %1 нет скидки на кредиты активации.</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>внутреннее использование</translation>
    </message>
    <message>
        <source>resale</source>
        <translation>перепродажа</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>покупка</translation>
    </message>
    <message>
        <source>consumption</source>
        <translation>списание</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>исправление</translation>
    </message>
    <message>
        <source>A module name cannot contain a comma: &quot;%1&quot;.</source>
        <translation>Название модуля не может содержать запятую: «%1».</translation>
    </message>
    <message>
        <source>Name the licensed product.</source>
        <translation>Укажите лицензируемый продукт.</translation>
    </message>
    <message>
        <source>A licence has at least one seat.</source>
        <translation>В лицензии должно быть хотя бы одно место.</translation>
    </message>
    <message>
        <source>A licence needs a start date.</source>
        <translation>Для лицензии нужна дата начала.</translation>
    </message>
    <message>
        <source>The licence ends (%1) before it starts (%2).</source>
        <translation>Лицензия заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Licence %1 is not of the same customer and kind, so this one cannot renew it.</source>
        <translation>Лицензия %1 оформлена на другого клиента или имеет другой тип, поэтому эта лицензия не может её продлить.</translation>
    </message>
    <message>
        <source>Licence %1 was already renewed by licence %2.</source>
        <translation>Лицензия %1 уже продлена лицензией %2.</translation>
    </message>
    <message>
        <source>Licence %1 is another partner&apos;s internal-use licence.</source>
        <translation>Лицензия %1 — лицензия другого партнёра для внутреннего использования.</translation>
    </message>
    <message>
        <source>The partner&apos;s tier has no internal-use discount in its program.</source>
        <translation>Для уровня партнёра в его программе нет скидки для внутреннего использования.</translation>
    </message>
    <message>
        <source>Renewals due are listed for 1 to 366 days ahead.</source>
        <translation>Предстоящие продления показываются на срок от 1 до 366 дней вперёд.</translation>
    </message>
    <message>
        <source>A move needs a date.</source>
        <translation>Для перевода нужна дата.</translation>
    </message>
    <message>
        <source>Give the reason for moving the customer.</source>
        <translation>Укажите причину перевода клиента.</translation>
    </message>
    <message>
        <source>Say who moves the customer.</source>
        <translation>Укажите, кто переводит клиента.</translation>
    </message>
    <message>
        <source>The customer is already with %1.</source>
        <translation>Клиент уже относится к партнёру %1.</translation>
    </message>
    <message>
        <source>An NFR key needs an issue date.</source>
        <translation>Для NFR-ключа нужна дата выдачи.</translation>
    </message>
    <message>
        <source>Name the product the NFR key is for.</source>
        <translation>Укажите продукт, для которого выдаётся NFR-ключ.</translation>
    </message>
    <message>
        <source>There is no vendor signing key to issue NFR keys with.</source>
        <translation>Нет ключа подписи вендора для выдачи NFR-ключей.</translation>
    </message>
    <message>
        <source>Say who issues the NFR key.</source>
        <translation>Укажите, кто выдаёт NFR-ключ.</translation>
    </message>
    <message>
        <source>Refused: %1. A manager can issue it anyway with a written reason, which is kept with the key.</source>
        <translation>Отклонено: %1. Менеджер может всё же выдать ключ, указав причину; она сохраняется вместе с ключом.</translation>
    </message>
    <message>
        <source>A revocation needs a date.</source>
        <translation>Для отзыва нужна дата.</translation>
    </message>
    <message>
        <source>Give the reason for revoking the NFR key.</source>
        <translation>Укажите причину отзыва NFR-ключа.</translation>
    </message>
    <message>
        <source>The NFR key %1 was already revoked on %2.</source>
        <translation>NFR-ключ %1 уже отозван %2.</translation>
    </message>
    <message>
        <source>there is no vendor public key to verify with</source>
        <translation>нет открытого ключа вендора для проверки</translation>
    </message>
    <message>
        <source>revoked on %1: %2</source>
        <translation>отозван %1: %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>ещё не действует</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>недействителен</translation>
    </message>
    <message>
        <source>this is not a PartnerDesk NFR key</source>
        <translation>это не NFR-ключ PartnerDesk</translation>
    </message>
    <message>
        <source>the key is damaged (its encoding is not valid)</source>
        <translation>ключ повреждён (некорректная кодировка)</translation>
    </message>
    <message>
        <source>the signature does not match the vendor&apos;s public key (id %1): the key was altered or signed by someone else</source>
        <translation>подпись не соответствует открытому ключу вендора (идентификатор %1): ключ изменён или подписан кем-то другим</translation>
    </message>
    <message>
        <source>the key&apos;s content is not understood by this version of PartnerDesk</source>
        <translation>эта версия PartnerDesk не понимает содержимое ключа</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>действует с %1</translation>
    </message>
    <message>
        <source>expired after %1</source>
        <translation>истёк после %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the tier %1 allows %2 at a time and the partner already holds %n</source>
        <extracomment>%2 is a number of keys (&quot;2 NFR keys&quot;); %n is how many the partner holds</extracomment>
        <translation>
            <numerusform>уровень %1 допускает %2 одновременно, а у партнёра уже %n</numerusform>
            <numerusform>уровень %1 допускает %2 одновременно, а у партнёра уже %n</numerusform>
            <numerusform>уровень %1 допускает %2 одновременно, а у партнёра уже %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NFR key(s)</source>
        <translation>
            <numerusform>%n NFR-ключ</numerusform>
            <numerusform>%n NFR-ключа</numerusform>
            <numerusform>%n NFR-ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln пользователь</numerusform>
            <numerusform>%Ln пользователя</numerusform>
            <numerusform>%Ln пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no certification levels.</source>
        <translation>В программе «%1» нет уровней сертификации.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no certification level &quot;%2&quot; (it has: %3).</source>
        <translation>В программе «%1» нет уровня сертификации «%2» (есть: %3).</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; does not use activation credits.</source>
        <translation>Программа «%1» не использует кредиты активации.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no product line &quot;%2&quot;.</source>
        <translation>В программе «%1» нет продуктовой линейки «%2».</translation>
    </message>
    <message>
        <source>A discount of %1 is outside the tier %2&apos;s range of %3.</source>
        <translation>Скидка %1 выходит за пределы диапазона уровня %2: %3.</translation>
    </message>
    <message>
        <source>Refused: the internal-use discount of %1 covers at most %2; %3 are already licensed for internal use in this period and this licence adds %4 (%5 too many).</source>
        <extracomment>%2 to %5 are numbers of users: &quot;30 users&quot;</extracomment>
        <translation>Отклонено: лимит скидки %1 для внутреннего использования — %2; в этом периоде для внутреннего использования уже лицензировано: %3, эта лицензия добавляет: %4 (сверх лимита: %5).</translation>
    </message>
    <message>
        <source>Licence %1 was voided, so this one cannot renew it.</source>
        <translation>Лицензия %1 аннулирована, поэтому эта лицензия не может её продлить.</translation>
    </message>
    <message>
        <source>Customer %1 bought from the partner it leaves on %2; date the move after that sale.</source>
        <translation>Клиент %1 купил у партнёра, от которого уходит, %2; укажите дату перевода после этой продажи.</translation>
    </message>
</context>
<context>
    <name>pd::Metric</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <source>Certified technical specialists</source>
        <translation>Сертифицированные технические специалисты</translation>
    </message>
    <message>
        <source>Certified sales specialists</source>
        <translation>Сертифицированные специалисты по продажам</translation>
    </message>
    <message>
        <source>Renewal deals</source>
        <translation>Сделки по продлению</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Рост выручки</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Удержание клиентов</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Индекс NPS (Net Promoter Score)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Удовлетворённость клиентов</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Готовность рекомендовать</translation>
    </message>
    <message>
        <source>Months in the program</source>
        <translation>Месяцы в программе</translation>
    </message>
    <message>
        <source>Compliance event</source>
        <translation>Событие соответствия</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Подписание договора</translation>
    </message>
    <message>
        <source>Monthly financial report filed</source>
        <translation>Сдача ежемесячного финансового отчёта</translation>
    </message>
    <message>
        <source>Joint promotion</source>
        <translation>Совместное продвижение</translation>
    </message>
    <message>
        <source>Partner review or customer testimonial submitted</source>
        <translation>Отзыв партнёра или клиента</translation>
    </message>
    <message>
        <source>Vendor information on the partner&apos;s web site</source>
        <translation>Информация о вендоре на сайте партнёра</translation>
    </message>
    <message>
        <source>Template approved to the vendor&apos;s standard</source>
        <translation>Одобрение шаблона по стандарту вендора</translation>
    </message>
    <message>
        <source>Implementation training completed</source>
        <translation>Прохождение обучения по внедрению</translation>
    </message>
    <message>
        <source>Registered for the national portals</source>
        <translation>Регистрация на национальных порталах</translation>
    </message>
    <message>
        <source>Business case accepted by headquarters</source>
        <translation>Одобрение бизнес-кейса головным офисом</translation>
    </message>
</context>
<context>
    <name>pd::Money</name>
    <message>
        <source>unknown currency &quot;%1&quot; (expected an ISO 4217 code such as USD, EUR, RUB)</source>
        <translation>неизвестная валюта «%1» (ожидается код ISO 4217, например USD, EUR, RUB)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«%1» — не сумма</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>в «%1» больше знаков после запятой, чем допускает %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage with at most two decimals</source>
        <translation>«%1» — не процент (допускается не более двух знаков после запятой)</translation>
    </message>
    <message>
        <source>%1 is more than %2</source>
        <translation>%1 — больше %2</translation>
    </message>
    <message>
        <source>%1 is beyond the largest amount PartnerDesk handles (%2 %3)</source>
        <translation>%1 превышает наибольшую сумму, с которой работает PartnerDesk (%2 %3)</translation>
    </message>
</context>
<context>
    <name>pd::OfflineCopy</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not an offline copy.</source>
        <translation>%1 — не автономная копия.</translation>
    </message>
    <message>
        <source>all partners</source>
        <translation>все партнёры</translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation>территория %1</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>программа %1</translation>
    </message>
    <message>
        <source>country %1</source>
        <translation>страна %1</translation>
    </message>
    <message>
        <source>A database in memory cannot be the source of an offline copy.</source>
        <translation>База данных в памяти не может быть источником автономной копии.</translation>
    </message>
    <message>
        <source>%1 must be upgraded before an offline copy can be taken from it.</source>
        <translation>Базу данных %1 нужно обновить, прежде чем снимать с неё автономную копию.</translation>
    </message>
    <message>
        <source>%1 is itself an offline copy; take the copy from the team database.</source>
        <translation>База данных %1 сама является автономной копией; снимите копию с командной базы данных.</translation>
    </message>
    <message>
        <source>An offline copy cannot replace the database it is taken from.</source>
        <translation>Автономная копия не может заменить базу данных, с которой она снимается.</translation>
    </message>
    <message>
        <source>The offline copy could not be moved into place as %1: %2</source>
        <translation>Не удалось поместить автономную копию на место %1: %2</translation>
    </message>
    <message>
        <source>%1 does not say how far it is up to date; take a new copy.</source>
        <translation>В базе данных %1 не указано, насколько она актуальна; снимите новую копию.</translation>
    </message>
    <message>
        <source>%1 is not the database this copy was taken from (it was recreated or replaced); take a new copy.</source>
        <translation>%1 — не та база данных, с которой снята эта копия (её пересоздали или заменили); снимите новую копию.</translation>
    </message>
    <message>
        <source>The offline copy was taken from another kind of database than %1; take a new copy.</source>
        <translation>Автономная копия снята с базы данных другого типа, чем %1; снимите новую копию.</translation>
    </message>
    <message>
        <source>Stopped at your request; the offline copy was left as it was.</source>
        <translation>Остановлено по вашему запросу; автономная копия оставлена без изменений.</translation>
    </message>
    <message>
        <source>A row of %1 could not be written to the offline copy.</source>
        <translation>Не удалось записать строку таблицы %1 в автономную копию.</translation>
    </message>
    <message>
        <source>Offline copies do not know the table %1 yet.</source>
        <translation>Автономные копии пока не поддерживают таблицу %1.</translation>
    </message>
    <message>
        <source>This offline copy is older than the team database&apos;s change history (pruned up to %1); take it offline again.</source>
        <translation>Эта автономная копия старше журнала изменений командной базы данных (он сокращён до %1); возьмите копию заново.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an offline copy; it is not replaced. Choose another file. It was not changed.</source>
        <translation>%1 уже существует и не является автономной копией; он не заменяется. Выберите другой файл. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is a PartnerDesk database with its own records, not an offline copy; it is not replaced. Choose another file. It was not changed.</source>
        <translation>%1 — база данных PartnerDesk со своими записями, а не автономная копия; она не заменяется. Выберите другой файл. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is an offline copy of %2, not of %3. It was not changed.</source>
        <translation>%1 — автономная копия %2, а не %3. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is being changed by another program; try again when it is done. It was not changed.</source>
        <translation>%1 сейчас изменяет другая программа; повторите попытку, когда она закончит. Файл не изменён.</translation>
    </message>
</context>
<context>
    <name>pd::Partner</name>
    <message>
        <source>Technology</source>
        <translation>Технологии</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>AI/ML platform</source>
        <translation>Платформа ИИ/МО</translation>
    </message>
    <message>
        <source>Cloud infrastructure</source>
        <translation>Облачная инфраструктура</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Интеграция</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Professional training</source>
        <translation>Профессиональное обучение</translation>
    </message>
    <message>
        <source>Marketing agency</source>
        <translation>Маркетинговое агентство</translation>
    </message>
    <message>
        <source>Technology consultant</source>
        <translation>Технологический консультант</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Реселлер</translation>
    </message>
    <message>
        <source>Referral partner</source>
        <translation>Партнёр по рекомендациям</translation>
    </message>
</context>
<context>
    <name>pd::PartnerRules</name>
    <message>
        <source>Enter the partner&apos;s code.</source>
        <translation>Введите код партнёра.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Введите название партнёра.</translation>
    </message>
    <message>
        <source>Enter the two-letter country code (ISO 3166), such as ES or RU.</source>
        <translation>Введите двухбуквенный код страны (ISO 3166), например ES или RU.</translation>
    </message>
    <message>
        <source>Enter the date the partner joined the program.</source>
        <translation>Введите дату вступления партнёра в программу.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n character(s).</source>
        <translation>
            <numerusform>Название — не более %n символа.</numerusform>
            <numerusform>Название — не более %n символов.</numerusform>
            <numerusform>Название — не более %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A region has at most %n character(s).</source>
        <translation>
            <numerusform>Регион — не более %n символа.</numerusform>
            <numerusform>Регион — не более %n символов.</numerusform>
            <numerusform>Регион — не более %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A territory has at most %n character(s).</source>
        <translation>
            <numerusform>Территория — не более %n символа.</numerusform>
            <numerusform>Территория — не более %n символов.</numerusform>
            <numerusform>Территория — не более %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An account owner&apos;s name has at most %n character(s).</source>
        <translation>
            <numerusform>Имя ответственного менеджера — не более %n символа.</numerusform>
            <numerusform>Имя ответственного менеджера — не более %n символов.</numerusform>
            <numerusform>Имя ответственного менеджера — не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>A code has up to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and no spaces.</source>
        <translation>Код — до 32 латинских букв, цифр, «.», «_» или «-», без пробелов.</translation>
    </message>
    <message>
        <source>The joining date cannot be in the future.</source>
        <translation>Дата вступления не может быть в будущем.</translation>
    </message>
    <message>
        <source>The partner cannot join after it got its current tier (%1).</source>
        <translation>Партнёр не может вступить в программу позже, чем получил текущий уровень (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Enter two capital letters (ISO 3166), such as ES or RU.</source>
        <translation>«%1» — не код страны. Введите две заглавные латинские буквы (ISO 3166), например ES или RU.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subcategory of %2 (%3).</source>
        <translation>«%1» — не подкатегория категории %2 (%3).</translation>
    </message>
    <message>
        <source>Tier %1 holds no territory. Leave the territory empty or change the tier first.</source>
        <translation>У уровня %1 нет территории. Оставьте территорию пустой или сначала измените уровень.</translation>
    </message>
    <message>
        <source>Program %1 has no brands. Leave the brand empty.</source>
        <translation>В программе %1 нет брендов. Оставьте бренд пустым.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a brand of program %2 (%3).</source>
        <translation>«%1» — не бренд программы %2 (%3).</translation>
    </message>
    <message>
        <source>Enter a full web address such as https://example.com, or leave it empty.</source>
        <translation>Введите полный веб-адрес, например https://example.com, или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutLedger</name>
    <message>
        <source>Carried</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Partner %1 has two payables in %2 for %3; a quarter has one per partner and currency.</source>
        <translation>У партнёра %1 два начисления в %2 за %3; за квартал положено одно начисление на партнёра и валюту.</translation>
    </message>
    <message>
        <source>There is no payable %1.</source>
        <translation>Начисления %1 нет.</translation>
    </message>
    <message>
        <source>Payable %1 (%2, %3, %4)</source>
        <translation>Начисление %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>%1 cannot be approved: it is %2, and only an owed payable is approved.</source>
        <translation>%1 нельзя утвердить: его состояние — «%2», а утверждается только начисление «к выплате».</translation>
    </message>
    <message>
        <source>%1 cannot be approved without the name of who approves it.</source>
        <translation>%1 нельзя утвердить без имени утверждающего.</translation>
    </message>
    <message>
        <source>%1 was approved meanwhile by %2; nothing was changed.</source>
        <translation>%1 тем временем уже утвердил(а) %2; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be paid: it is %2, and only an approved payable is paid.</source>
        <translation>%1 нельзя выплатить: его состояние — «%2», а выплачивается только утверждённое начисление.</translation>
    </message>
    <message>
        <source>%1 cannot be paid without the name of who records the payment.</source>
        <translation>%1 нельзя выплатить без имени того, кто записывает платёж.</translation>
    </message>
    <message>
        <source>%1 cannot be paid without the payment date.</source>
        <translation>%1 нельзя выплатить без даты платежа.</translation>
    </message>
    <message>
        <source>%1 cannot be paid on %2: it was approved on %3, and a payment is never dated before its approval.</source>
        <translation>%1 нельзя выплатить %2: оно утверждено %3, а платёж не датируется раньше утверждения.</translation>
    </message>
    <message>
        <source>%1 cannot be paid on %2: the date is in the future. Record a payment once it is made.</source>
        <translation>%1 нельзя выплатить %2: это дата в будущем. Запишите платёж, когда он будет сделан.</translation>
    </message>
    <message>
        <source>%1 cannot be paid without a payment reference.</source>
        <translation>%1 нельзя выплатить без номера платежа.</translation>
    </message>
    <message>
        <source>%1 cannot be paid: the payment reference has %2 characters, at most %3 are allowed.</source>
        <translation>%1 нельзя выплатить: символов в номере платежа: %2, а допускается не более %3.</translation>
    </message>
    <message>
        <source>%1 was paid meanwhile (reference %2, recorded by %3); nothing was changed.</source>
        <translation>%1 тем временем уже выплачено (платёж %2, записал(а) %3); ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutReport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::Program</name>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>за %n месяц</numerusform>
            <numerusform>за %n месяца</numerusform>
            <numerusform>за %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (if the partner has a web site)</source>
        <translation>%1 (если у партнёра есть сайт)</translation>
    </message>
    <message>
        <source>%1 at least once %2</source>
        <translation>%1: хотя бы раз %2</translation>
    </message>
    <message>
        <source>%1 every quarter</source>
        <translation>%1: ежеквартально</translation>
    </message>
    <message>
        <source>%1 every month with sales</source>
        <translation>%1: ежемесячно при наличии продаж</translation>
    </message>
    <message>
        <source>%1 every month</source>
        <translation>%1: ежемесячно</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>не менее %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>более %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>«%1» — недопустимый ключ (строчные латинские буквы, цифры, «_» и «-»)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» — не одно из значений: %2</translation>
    </message>
    <message>
        <source>must be a percentage</source>
        <translation>должно быть процентом</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of this program</source>
        <translation>«%1» — не продуктовая линейка этой программы</translation>
    </message>
    <message>
        <source>needs exactly one threshold, &quot;atLeast&quot; or &quot;moreThan&quot;</source>
        <translation>нужен ровно один порог: «atLeast» или «moreThan»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: automatic, review, invitation</source>
        <translation>«%1» — не одно из значений: automatic, review, invitation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: none, regional, country</source>
        <translation>«%1» — не одно из значений: none, regional, country</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>некорректный JSON в строке %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>format %1 is not supported (this version reads format %2)</source>
        <translation>формат %1 не поддерживается (эта версия читает формат %2)</translation>
    </message>
    <message>
        <source>&quot;renewal&quot; is reserved for the renewal rate</source>
        <translation>ключ «renewal» зарезервирован для ставки продления</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>«%1» встречается дважды</translation>
    </message>
    <message>
        <source>needs at least one tier</source>
        <translation>нужен хотя бы один уровень</translation>
    </message>
    <message>
        <source>the first tier is where partners start: it must be automatic</source>
        <translation>с первого уровня партнёры начинают участие: он должен присваиваться автоматически</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of this program</source>
        <translation>«%1» — не уровень этой программы</translation>
    </message>
    <message>
        <source>must be yes/no, a number, a text or null</source>
        <translation>должно быть «да/нет», числом, текстом или null</translation>
    </message>
    <message>
        <source>the minimum %1 is above the maximum %2</source>
        <translation>минимум %1 больше максимума %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>the definition is larger than %1 bytes, the most a program may hold</source>
        <translation>описание больше %1 байт — это наибольший размер программы</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>must be {&quot;perUnit&quot;: &quot;amount&quot;} or &quot;negotiated&quot;</source>
        <translation>должно быть {&quot;perUnit&quot;: &quot;сумма&quot;} или &quot;negotiated&quot;</translation>
    </message>
    <message>
        <source>must be an amount in the program&apos;s currency, as a text (&quot;250.00&quot;)</source>
        <translation>должно быть суммой в валюте программы, в виде текста (&quot;250.00&quot;)</translation>
    </message>
    <message>
        <source>has more than one of a reward, a discount and a commission; give one</source>
        <translation>содержит больше одного из: вознаграждение, скидка, комиссия; укажите одно</translation>
    </message>
    <message>
        <source>needs a &quot;reward&quot;, a &quot;discount&quot;, a &quot;commission&quot; or a &quot;note&quot;</source>
        <translation>нужно указать &quot;reward&quot;, &quot;discount&quot;, &quot;commission&quot; или &quot;note&quot;</translation>
    </message>
</context>
<context>
    <name>pd::QuarterClosing</name>
    <message>
        <source>Quarter %1 is closed already: it was closed on %2 by %3.</source>
        <translation>Квартал %1 уже закрыт: его закрыл(а) %3 %2.</translation>
    </message>
    <message>
        <source>Quarter %1 has not ended yet: it ends on %2, so it can be closed from %3 on.</source>
        <translation>Квартал %1 ещё не закончился: он заканчивается %2, поэтому его можно закрыть начиная с %3.</translation>
    </message>
    <message>
        <source>Quarter %1 is before %2, the first closed quarter: quarters before the ledger are never closed. The next quarter to close is %3.</source>
        <translation>Квартал %1 раньше %2, первого закрытого квартала: кварталы до начала учёта не закрываются. Следующий квартал к закрытию — %3.</translation>
    </message>
    <message>
        <source>Quarter %1 cannot be closed yet: quarters close in order, and %2 must be closed first.</source>
        <translation>Квартал %1 пока нельзя закрыть: кварталы закрываются по порядку, сначала нужно закрыть %2.</translation>
    </message>
    <message>
        <source>Closing %1 was cancelled; nothing was written.</source>
        <translation>Закрытие %1 отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>A closed statement&apos;s stored document is damaged: %1.</source>
        <translation>Сохранённый документ закрытой выписки повреждён: %1.</translation>
    </message>
    <message>
        <source>it holds no statement</source>
        <translation>в нём нет выписки</translation>
    </message>
</context>
<context>
    <name>pd::RateOverrideStore</name>
    <message>
        <source>negotiated: %1 per unit (%2)</source>
        <translation>согласовано: %1 за единицу (%2)</translation>
    </message>
    <message>
        <source>negotiated: %1 (%2)</source>
        <translation>согласовано: %1 (%2)</translation>
    </message>
    <message>
        <source>The negotiated rate needs a valid date from which it holds.</source>
        <translation>Для согласованной ставки нужна корректная дата начала действия.</translation>
    </message>
    <message>
        <source>The negotiated rate needs a reason (what was agreed, with whom).</source>
        <translation>Для согласованной ставки нужна причина (о чём и с кем договорились).</translation>
    </message>
    <message>
        <source>The rate %1 is not between 0 and 100 %.</source>
        <translation>Ставка %1 не находится в пределах от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The amount per unit must be from 0 to the largest amount, not %1.</source>
        <translation>Сумма за единицу должна быть от 0 до наибольшей допустимой суммы, а не %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of the program %2 (one of: %3).</source>
        <translation>«%1» — не продуктовая линейка программы %2 (допустимые: %3).</translation>
    </message>
</context>
<context>
    <name>pd::Score</name>
    <message>
        <source>%1 must not be negative (only nps may be)</source>
        <translation>%1 не может быть отрицательным (только nps может)</translation>
    </message>
</context>
<context>
    <name>pd::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«%1» — не адрес PostgreSQL; укажите postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>«%1» — не номер порта.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;; use one of: %2.</source>
        <translation>Неизвестный режим TLS «%1»; используйте один из следующих: %2.</translation>
    </message>
    <message>
        <source>The setting %1 of a PostgreSQL address may not be empty or hold spaces, quotes or semicolons.</source>
        <translation>Параметр %1 в адресе PostgreSQL не может быть пустым или содержать пробелы, кавычки или точки с запятой.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in a PostgreSQL address; known: host, port, sslmode, %2.</source>
        <translation>Неизвестный параметр «%1» в адресе PostgreSQL; допустимые: host, port, sslmode, %2.</translation>
    </message>
    <message>
        <source>A PostgreSQL address names one database: postgresql://USER@HOST/DATABASE.</source>
        <translation>Адрес PostgreSQL указывает одну базу данных: postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>локальный сервер</translation>
    </message>
    <message>
        <source>database &quot;%1&quot; on %2</source>
        <translation>база данных «%1» на %2</translation>
    </message>
</context>
<context>
    <name>pd::Spif</name>
    <message>
        <source>is not a field of a SPIF campaign (known: %1)</source>
        <translation>не является полем кампании SPIF (известные: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>must be a key (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>должно быть ключом (строчные латинские буквы, цифры, &apos;_&apos; и &apos;-&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>«%1» встречается дважды</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>должно быть процентом от 0 до 100</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>не должно быть отрицательным</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: perUnit, perLine, percent</source>
        <translation>«%1» — не одно из: perUnit, perLine, percent</translation>
    </message>
    <message>
        <source>the definition is larger than %1 bytes, the most a SPIF campaign may hold</source>
        <translation>определение больше %1 байт — предела для кампании SPIF</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>некорректный JSON в строке %1, столбце %2: %3</translation>
    </message>
    <message>
        <source>format %1 is not supported (this version reads format %2)</source>
        <translation>формат %1 не поддерживается (эта версия читает формат %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>«%1» — недопустимый ключ (строчные латинские буквы, цифры, &apos;_&apos; и &apos;-&apos;)</translation>
    </message>
    <message>
        <source>%1 is before the start, %2</source>
        <translation>%1 раньше начала (%2)</translation>
    </message>
    <message>
        <source>is required: the programs the campaign is open to</source>
        <translation>обязательно: программы, для которых действует кампания</translation>
    </message>
    <message>
        <source>needs at least one program</source>
        <translation>нужна хотя бы одна программа</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>There is no SPIF campaign &quot;%1&quot;.</source>
        <translation>Кампании SPIF «%1» нет.</translation>
    </message>
    <message>
        <source>there is no program &quot;%1&quot;</source>
        <translation>программы «%1» нет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of the campaign&apos;s programs</source>
        <translation>«%1» — не уровень программ кампании</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of the campaign&apos;s programs</source>
        <translation>«%1» — не продуктовая линейка программ кампании</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; is not saved:
%2</source>
        <translation>Кампания SPIF «%1» не сохранена:
%2</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; cannot be removed: its period overlaps the closed quarter %2, whose statements may hold its earnings.</source>
        <translation>Кампанию SPIF «%1» нельзя удалить: её период пересекается с закрытым кварталом %2, выписки которого могут содержать её бонусы.</translation>
    </message>
</context>
<context>
    <name>pd::Statement</name>
    <message>
        <source>tier &quot;%1&quot; is not in the program</source>
        <translation>уровня «%1» нет в программе</translation>
    </message>
    <message>
        <source>no reward rate for this product line in tier %1</source>
        <translation>для этой продуктовой линейки на уровне %1 нет ставки вознаграждения</translation>
    </message>
    <message>
        <source>the tier gives a discount on this line, not a reward</source>
        <translation>уровень даёт по этой линейке скидку, а не вознаграждение</translation>
    </message>
    <message>
        <source>range %1: the lower bound applies until a partner rate is set</source>
        <translation>диапазон %1: нижняя граница применяется, пока не задана ставка партнёра</translation>
    </message>
    <message>
        <source>the returned line %1 is voided: no reward to claw back</source>
        <translation>возвращённая строка %1 аннулирована: удерживать нечего</translation>
    </message>
    <message>
        <source>the returned line %1 is in another currency: no reward to claw back</source>
        <translation>возвращённая строка %1 в другой валюте: удерживать нечего</translation>
    </message>
    <message>
        <source>limited to the reward left on the returned line %1</source>
        <translation>не больше вознаграждения, оставшегося по возвращённой строке %1</translation>
    </message>
    <message>
        <source>the commission of %1 per unit is in %2 and this sale is in %3: no commission</source>
        <translation>комиссия %1 за единицу указана в %2, а эта продажа в %3: комиссии нет</translation>
    </message>
    <message>
        <source>commission negotiated per partner: no amount is set for this partner</source>
        <translation>комиссия согласуется с каждым партнёром: для этого партнёра сумма не задана</translation>
    </message>
    <message>
        <source>commission of %1 per unit</source>
        <translation>комиссия %1 за единицу</translation>
    </message>
</context>
<context>
    <name>pd::Store</name>
    <message>
        <source>A note needs some text.</source>
        <translation>Заметка не может быть пустой.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с идентификатором %1 нет.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation>Партнёра «%1» нет.</translation>
    </message>
    <message>
        <source>There is no program &quot;%1&quot;.</source>
        <translation>Программы «%1» нет.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; was changed by someone else since it was opened. Reload it and apply the change again.</source>
        <translation>Партнёр «%1» был изменён кем-то другим после открытия. Перезагрузите его и внесите изменение снова.</translation>
    </message>
    <message>
        <source>A tier change needs a reason.</source>
        <translation>Для изменения уровня нужна причина.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of program &quot;%2&quot;.</source>
        <translation>«%1» — не уровень программы «%2».</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; was changed by someone else; its tier was not changed.</source>
        <translation>Партнёр «%1» был изменён кем-то другим; его уровень не изменён.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (held by %n partner(s))</source>
        <translation>
            <numerusform>«%1» (у %n партнёра)</numerusform>
            <numerusform>«%1» (у %n партнёров)</numerusform>
            <numerusform>«%1» (у %n партнёров)</numerusform>
        </translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; cannot drop tiers that partners hold: %2. Move those partners first.</source>
        <translation>Из программы «%1» нельзя удалить уровни, которые есть у партнёров: %2. Сначала переведите этих партнёров.</translation>
    </message>
    <message>
        <source>An exchange rate must be positive.</source>
        <translation>Валютный курс должен быть положительным.</translation>
    </message>
    <message>
        <source>There is no certification %1.</source>
        <translation>Сертификации %1 нет.</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>Продажи %1 нет.</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>События %1 нет.</translation>
    </message>
    <message>
        <source>There is no score %1.</source>
        <translation>Оценки %1 нет.</translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; was changed by someone else since it was read; it was not updated.</source>
        <translation>Клиент «%1» был изменён кем-то другим после чтения; он не обновлён.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; was not saved: %2</source>
        <translation>Партнёр «%1» не сохранён: %2</translation>
    </message>
</context>
<context>
    <name>pd::TeamRoles</name>
    <message>
        <source>Roles apply to a team database on PostgreSQL; %1 is a file, which has no database users.</source>
        <translation>Роли применяются к командной базе данных на PostgreSQL; %1 — файл, у него нет пользователей базы данных.</translation>
    </message>
    <message>
        <source>Setting up roles needs the user who created the team database (it owns the tables) with the right to create roles, or a superuser.</source>
        <translation>Для настройки ролей нужен пользователь, создавший командную базу данных (владелец таблиц) и имеющий право создавать роли, или суперпользователь.</translation>
    </message>
    <message>
        <source>There is no database user &quot;%1&quot;. Create it first (CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;).</source>
        <translation>Пользователя базы данных «%1» нет. Сначала создайте его (CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;).</translation>
    </message>
    <message>
        <source>The PartnerDesk roles do not exist yet; run: partnerdesk-cli admin roles</source>
        <translation>Роли PartnerDesk ещё не созданы; выполните: partnerdesk-cli admin roles</translation>
    </message>
</context>
<context>
    <name>pd::TierEngine</name>
    <message>
        <source>not applicable: no web site</source>
        <translation>неприменимо: нет сайта</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>не хватает: %1</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>последнее — %1</translation>
    </message>
    <message numerus="yes">
        <source>needs: %1 within the last %n month(s)</source>
        <translation>
            <numerusform>не хватает: %1 за последний %n месяц</numerusform>
            <numerusform>не хватает: %1 за последние %n месяца</numerusform>
            <numerusform>не хватает: %1 за последние %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n month(s)</source>
        <translation>
            <numerusform>%1 из %n месяца</numerusform>
            <numerusform>%1 из %n месяцев</numerusform>
            <numerusform>%1 из %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 missing for %n month(s): %2</source>
        <translation>
            <numerusform>%1: пропущен %n месяц: %2</numerusform>
            <numerusform>%1: пропущено %n месяца: %2</numerusform>
            <numerusform>%1: пропущено %n месяцев: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quarter(s)</source>
        <translation>
            <numerusform>%1 из %n квартала</numerusform>
            <numerusform>%1 из %n кварталов</numerusform>
            <numerusform>%1 из %n кварталов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 missing for %n quarter(s): %2</source>
        <translation>
            <numerusform>%1: пропущен %n квартал: %2</numerusform>
            <numerusform>%1: пропущено %n квартала: %2</numerusform>
            <numerusform>%1: пропущено %n кварталов: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more certified technical specialist(s)</source>
        <translation>
            <numerusform>не хватает %n сертифицированного технического специалиста</numerusform>
            <numerusform>не хватает %n сертифицированных технических специалистов</numerusform>
            <numerusform>не хватает %n сертифицированных технических специалистов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more certified sales specialist(s)</source>
        <translation>
            <numerusform>не хватает %n сертифицированного специалиста по продажам</numerusform>
            <numerusform>не хватает %n сертифицированных специалистов по продажам</numerusform>
            <numerusform>не хватает %n сертифицированных специалистов по продажам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more month(s) in the program</source>
        <translation>
            <numerusform>не хватает %n месяца в программе</numerusform>
            <numerusform>не хватает %n месяцев в программе</numerusform>
            <numerusform>не хватает %n месяцев в программе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %1 more sales in the trailing %n month(s)</source>
        <translation>
            <numerusform>не хватает %1 продаж за последний %n месяц</numerusform>
            <numerusform>не хватает %1 продаж за последние %n месяца</numerusform>
            <numerusform>не хватает %1 продаж за последние %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no sales in the previous %n month(s) to compare with</source>
        <translation>
            <numerusform>нет продаж за предыдущий %n месяц для сравнения</numerusform>
            <numerusform>нет продаж за предыдущие %n месяца для сравнения</numerusform>
            <numerusform>нет продаж за предыдущие %n месяцев для сравнения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no customers in the previous %n month(s)</source>
        <translation>
            <numerusform>нет клиентов за предыдущий %n месяц</numerusform>
            <numerusform>нет клиентов за предыдущие %n месяца</numerusform>
            <numerusform>нет клиентов за предыдущие %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 is granted after a vendor review.</source>
        <translation>Уровень %1 присваивается после проверки вендором.</translation>
    </message>
    <message>
        <source>%1 is by invitation only.</source>
        <translation>Уровень %1 присваивается только по приглашению.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>Партнёра с идентификатором %1 нет.</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>Дата расчёта некорректна.</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Оценка отменена.</translation>
    </message>
    <message>
        <source>There is no program &quot;%1&quot;.</source>
        <translation>Программы «%1» нет.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; already holds the proposed tier.</source>
        <translation>У партнёра «%1» уже предлагаемый уровень.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; changed tier since it was evaluated; evaluate it again.</source>
        <translation>Уровень партнёра «%1» изменился после оценки; оцените его снова.</translation>
    </message>
    <message numerus="yes">
        <source>in the trailing %n month(s)</source>
        <translation>
            <numerusform>за последний %n месяц</numerusform>
            <numerusform>за последние %n месяца</numerusform>
            <numerusform>за последние %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>needs %1 percentage points more revenue growth</source>
        <translation>не хватает %1 п. п. роста выручки</translation>
    </message>
    <message>
        <source>needs %1 percentage points more customer retention</source>
        <translation>не хватает %1 п. п. удержания клиентов</translation>
    </message>
    <message>
        <source>needs a Net Promoter Score %1 points higher</source>
        <translation>не хватает %1 п. индекса NPS</translation>
    </message>
    <message>
        <source>needs %1 percentage points more customer satisfaction</source>
        <translation>не хватает %1 п. п. удовлетворённости клиентов</translation>
    </message>
    <message>
        <source>needs %1 percentage points more advocacy</source>
        <translation>не хватает %1 п. п. готовности рекомендовать</translation>
    </message>
    <message>
        <source>needs %1 percentage points more</source>
        <translation>не хватает %1 п. п.</translation>
    </message>
    <message numerus="yes">
        <source>no Net Promoter Score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>нет данных индекса NPS за последний %n месяц</numerusform>
            <numerusform>нет данных индекса NPS за последние %n месяца</numerusform>
            <numerusform>нет данных индекса NPS за последние %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no customer satisfaction score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>нет оценки удовлетворённости клиентов за последний %n месяц</numerusform>
            <numerusform>нет оценки удовлетворённости клиентов за последние %n месяца</numerusform>
            <numerusform>нет оценки удовлетворённости клиентов за последние %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no advocacy score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>нет оценки готовности рекомендовать за последний %n месяц</numerusform>
            <numerusform>нет оценки готовности рекомендовать за последние %n месяца</numerusform>
            <numerusform>нет оценки готовности рекомендовать за последние %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>нет оценки за последний %n месяц</numerusform>
            <numerusform>нет оценки за последние %n месяца</numerusform>
            <numerusform>нет оценки за последние %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more active customer(s) %1</source>
        <extracomment>%1 is the period: &quot;in the trailing 12 months&quot;</extracomment>
        <translation>
            <numerusform>не хватает %n активного клиента %1</numerusform>
            <numerusform>не хватает %n активных клиентов %1</numerusform>
            <numerusform>не хватает %n активных клиентов %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more renewal deal(s) %1</source>
        <extracomment>%1 is the period: &quot;in the trailing 12 months&quot;</extracomment>
        <translation>
            <numerusform>не хватает %n сделки по продлению %1</numerusform>
            <numerusform>не хватает %n сделок по продлению %1</numerusform>
            <numerusform>не хватает %n сделок по продлению %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::VendorKey</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation>Не удалось инициализировать криптографическую библиотеку (libsodium).</translation>
    </message>
    <message>
        <source>This is not a valid PartnerDesk signing key file: %1.</source>
        <translation>Это некорректный файл ключа подписи PartnerDesk: %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be set.</source>
        <translation>Не удалось установить права доступа к %1.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>Не удалось заменить %1.</translation>
    </message>
    <message>
        <source>the public key is not %1 bytes long</source>
        <translation>длина открытого ключа не равна %1 байтам</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>это не объект JSON</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>неизвестный формат</translation>
    </message>
    <message>
        <source>the algorithm is not Ed25519</source>
        <translation>алгоритм — не Ed25519</translation>
    </message>
    <message>
        <source>the public key is damaged</source>
        <translation>открытый ключ повреждён</translation>
    </message>
    <message>
        <source>the secret key is damaged</source>
        <translation>секретный ключ повреждён</translation>
    </message>
    <message>
        <source>its secret and public parts do not belong together</source>
        <translation>его секретная и открытая части не соответствуют друг другу</translation>
    </message>
    <message>
        <source>its key id does not match its public key</source>
        <translation>его идентификатор не соответствует открытому ключу</translation>
    </message>
    <message>
        <source>This machine holds only the public part of the vendor key (id %1): it can verify NFR keys but not issue them. Import the full key with: partnerdesk-cli keys import FILE</source>
        <translation>На этом компьютере есть только открытая часть ключа вендора (идентификатор %1): он может проверять NFR-ключи, но не выдавать их. Импортируйте полный ключ командой: partnerdesk-cli keys import FILE</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>There is no vendor signing key in %1.</source>
        <translation>В %1 нет ключа подписи вендора.</translation>
    </message>
    <message>
        <source>This machine holds only the public part of the vendor key; there is no secret part to export.</source>
        <translation>На этом компьютере есть только открытая часть ключа вендора; экспортировать секретную часть нечего.</translation>
    </message>
    <message>
        <source>%1 already holds a different vendor key (id %2). NFR keys it signed would no longer verify; move that file away first if you really mean to replace it.</source>
        <translation>В %1 уже есть другой ключ вендора (идентификатор %2). NFR-ключи, подписанные им, перестанут проходить проверку; если вы действительно хотите его заменить, сначала переместите этот файл.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key with a passphrase.</source>
        <translation>Недостаточно памяти, чтобы защитить ключ парольной фразой.</translation>
    </message>
    <message>
        <source>its secret part is protected by a passphrase, and none was given</source>
        <translation>его секретная часть защищена парольной фразой, а она не указана</translation>
    </message>
    <message>
        <source>There is not enough memory to open the key&apos;s passphrase protection.</source>
        <translation>Недостаточно памяти, чтобы снять защиту ключа парольной фразой.</translation>
    </message>
    <message>
        <source>the passphrase is wrong, or the file was altered</source>
        <translation>парольная фраза неверна или файл был изменён</translation>
    </message>
</context>
<context>
    <name>pd::ui::ApproveDialog</name>
    <message>
        <source>Payable %1: %2 (%3), %4, %5</source>
        <translation>Начисление %1: %2 (%3), %4, %5</translation>
    </message>
    <message>
        <source>Approve Payout</source>
        <translation>Утвердить выплату</translation>
    </message>
    <message>
        <source>Approve the payout of %1 to %2?</source>
        <translation>Утвердить выплату %1 партнёру %2?</translation>
    </message>
    <message>
        <source>Approved by %1. An approval is final: it is recorded with its time and cannot be withdrawn.</source>
        <translation>Утверждает: %1. Утверждение окончательно: оно записывается со временем и не может быть отозвано.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>pd::ui::BenefitMatrixModel</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes, no, a number, a text, or empty when the tier does not offer it</source>
        <translation>да, нет, число, текст или пусто, если уровень этого не предоставляет</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Привилегия</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
</context>
<context>
    <name>pd::ui::CertificationCorrectionDialog</name>
    <message>
        <source>Correct Certification</source>
        <translation>Исправить сертификацию</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>Дата о&amp;кончания:</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>&amp;Сертификат:</translation>
    </message>
    <message>
        <source>&amp;Passed on:</source>
        <translation>Дата с&amp;дачи:</translation>
    </message>
</context>
<context>
    <name>pd::ui::CertificationsView</name>
    <message>
        <source>Certification levels of the partner</source>
        <translation>Уровни сертификации партнёра</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Истекают в ближайший %n день</numerusform>
            <numerusform>Истекают в ближайшие %n дня</numerusform>
            <numerusform>Истекают в ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire</source>
        <translation>
            <numerusform>истекает %n сертификат</numerusform>
            <numerusform>истекают %n сертификата</numerusform>
            <numerusform>истекают %n сертификатов</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ward Level…</source>
        <translation>Прис&amp;воить уровень…</translation>
    </message>
    <message>
        <source>Award the partner a certification level of its program</source>
        <translation>Присвоить партнёру уровень сертификации его программы</translation>
    </message>
    <message>
        <source>Award Certification Level</source>
        <translation>Присвоить уровень сертификации</translation>
    </message>
</context>
<context>
    <name>pd::ui::ChartBuilder</name>
    <message numerus="yes">
        <source>%1: %2 in %n month(s)</source>
        <translation>
            <numerusform>%1: %2 за %n месяц</numerusform>
            <numerusform>%1: %2 за %n месяца</numerusform>
            <numerusform>%1: %2 за %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>12 months to the end of %1: %2</source>
        <translation>12 месяцев до конца %1: %2</translation>
    </message>
    <message>
        <source>Partners, ranked by revenue</source>
        <translation>Партнёры по убыванию выручки</translation>
    </message>
    <message>
        <source>%1 band</source>
        <translation>Диапазон «%1»</translation>
    </message>
    <message>
        <source>Partner revenue, 12 months</source>
        <translation>Выручка партнёра за 12 месяцев</translation>
    </message>
    <message>
        <source>Partner %1 of %2 by revenue: %3</source>
        <translation>Партнёр %1 из %2 по выручке: %3</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>Текущий уровень</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Предлагаемый уровень</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>current tier</source>
        <translation>текущий уровень</translation>
    </message>
    <message>
        <source>proposed tier</source>
        <translation>предлагаемый уровень</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 partner(s)</source>
        <extracomment>%3 is the number of partners, grouped: &quot;Certified, current tier: 1,200 partners&quot;</extracomment>
        <translation>
            <numerusform>%1, %2: %3 партнёр</numerusform>
            <numerusform>%1, %2: %3 партнёра</numerusform>
            <numerusform>%1, %2: %3 партнёров</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::CloseQuarterDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>&amp;Close Quarter</source>
        <translation>&amp;Закрыть квартал</translation>
    </message>
    <message>
        <source>Close Quarter</source>
        <translation>Закрытие квартала</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Вознаграждения</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Ретробонус</translation>
    </message>
    <message>
        <source>SPIF</source>
        <translation>SPIF</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Корректировки</translation>
    </message>
    <message>
        <source>Closing freezes every partner&apos;s statement of the quarter, books late changes to earlier closed quarters as adjustments and creates the payables. It cannot be undone.</source>
        <translation>Закрытие фиксирует выписку каждого партнёра за квартал, учитывает поздние изменения в ранее закрытых кварталах как корректировки и создаёт начисления. Отменить его нельзя.</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>Close %1? Its statements are frozen and its payables created; this cannot be undone.</source>
        <translation>Закрыть %1? Его выписки будут зафиксированы, а начисления созданы; отменить это нельзя.</translation>
    </message>
    <message>
        <source>Closing %1 was cancelled; nothing was written.</source>
        <translation>Закрытие %1 отменено; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Closing %1 would freeze %n statement(s).</source>
        <translation>
            <numerusform>Закрытие %1 зафиксирует %n выписку.</numerusform>
            <numerusform>Закрытие %1 зафиксирует %n выписки.</numerusform>
            <numerusform>Закрытие %1 зафиксирует %n выписок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1:</source>
        <translation>%1 закрыт:</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) frozen</source>
        <translation>
            <numerusform>зафиксирована %n выписка</numerusform>
            <numerusform>зафиксированы %n выписки</numerusform>
            <numerusform>зафиксировано %n выписок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payable(s)</source>
        <translation>
            <numerusform>%n начисление</numerusform>
            <numerusform>%n начисления</numerusform>
            <numerusform>%n начислений</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Quarter Preview</source>
        <translation>Предпросмотр закрытия квартала</translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>Закрытие %1…</translation>
    </message>
    <message>
        <source>Computing what closing %1 freezes…</source>
        <translation>Расчёт того, что зафиксирует закрытие %1…</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Save Partner: Conflicting Changes</source>
        <translation>Сохранение партнёра: конфликт изменений</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; was changed by someone else after you started editing it.&lt;/p&gt;&lt;p&gt;Choose, for each field, the value to keep. Nothing is saved until you choose Save; fields not listed hold the same value in both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Пока вы редактировали &lt;b&gt;%1&lt;/b&gt;, другой пользователь изменил эти данные.&lt;/p&gt;&lt;p&gt;Выберите для каждого поля значение, которое нужно сохранить. Ничего не будет сохранено, пока вы не нажмёте «Сохранить»; поля, которых нет в списке, совпадают в обеих версиях.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Поле&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сохранено другим пользователем&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ваше изменение&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation>%1 (изменено обоими)</translation>
    </message>
    <message>
        <source>&amp;Save Chosen Values</source>
        <translation>&amp;Сохранить выбранные значения</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>Все &amp;мои</translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation>Все &amp;чужие</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Подключение к командной базе данных</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com или папка сокета, например /run/postgresql</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>your database user name</source>
        <translation>ваше имя пользователя базы данных</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Отключено (disable)</translation>
    </message>
    <message>
        <source>If the server offers it (prefer)</source>
        <translation>Если сервер поддерживает (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Обязательно (require)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate and name checked (verify-full)</source>
        <translation>Обязательно, с проверкой сертификата и имени сервера (verify-full)</translation>
    </message>
    <message>
        <source>This build of PartnerDesk has no keychain support: the password is kept only until the window closes.</source>
        <translation>Эта сборка PartnerDesk не поддерживает системное хранилище паролей: пароль хранится только до закрытия окна.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Шифрование (TLS):</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditEntryDialog</name>
    <message>
        <source>Buy Activation Credits</source>
        <translation>Покупка кредитов активации</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>&amp;Кредиты:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <source>Consume Activation Credits</source>
        <translation>Списание кредитов активации</translation>
    </message>
    <message>
        <source>C&amp;ustomer onboarded:</source>
        <translation>Подключённый кл&amp;иент:</translation>
    </message>
    <message>
        <source>Correct Ledger Entry #%1</source>
        <translation>Исправление записи №%1</translation>
    </message>
    <message>
        <source>&amp;Credits (+ or −):</source>
        <translation>&amp;Кредиты (+ или −):</translation>
    </message>
    <message>
        <source>&amp;Paid correction (%1):</source>
        <translation>Исправление о&amp;платы (%1):</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>The partner has no customers to onboard.</source>
        <translation>У партнёра нет клиентов для подключения.</translation>
    </message>
    <message>
        <source>Choose the customer that was onboarded.</source>
        <translation>Выберите подключённого клиента.</translation>
    </message>
    <message>
        <source>&amp;Discount (%1):</source>
        <translation>&amp;Скидка (%1):</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditLedgerModel</name>
    <message>
        <source>%1 of #%2</source>
        <translation>%1 записи №%2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Записано %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кем записано</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditsView</name>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Купить…</translation>
    </message>
    <message>
        <source>C&amp;onsume…</source>
        <translation>&amp;Списать…</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <source>Adds an entry that corrects the selected one; entries are never edited.</source>
        <translation>Добавляет запись, исправляющую выбранную; сами записи никогда не изменяются.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Activation Credits</source>
        <translation>Кредиты активации</translation>
    </message>
    <message numerus="yes">
        <source>Balance: %1 credit(s) (1 credit = 1 %2). Discount of the partner&apos;s tier: %3.</source>
        <translation>
            <numerusform>Баланс: %1 кредит (1 кредит = 1 %2). Скидка уровня партнёра: %3.</numerusform>
            <numerusform>Баланс: %1 кредита (1 кредит = 1 %2). Скидка уровня партнёра: %3.</numerusform>
            <numerusform>Баланс: %1 кредитов (1 кредит = 1 %2). Скидка уровня партнёра: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; does not use activation credits.</source>
        <translation>Программа «%1» не использует кредиты активации.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CsvFileDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Import is all or nothing: every record is checked, and nothing is written unless all of them are good. Import partners before the records that name them.</source>
        <translation>Импорт выполняется по принципу «всё или ничего»: проверяется каждая запись, и ничего не записывается, пока все они не будут корректны. Импортируйте партнёров раньше, чем записи, которые на них ссылаются.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Staff certifications</source>
        <translation>Сертификации сотрудников</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Compliance events</source>
        <translation>События соответствия</translation>
    </message>
    <message>
        <source>Scores (NPS, satisfaction, advocacy)</source>
        <translation>Оценки (NPS, удовлетворённость, готовность рекомендовать)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Валютные курсы</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-файлы (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Update existing records</source>
        <translation>&amp;Обновить существующие записи</translation>
    </message>
    <message>
        <source>Records whose code exists are updated from the file: only changed fields are written, and each is logged in the partner&apos;s history. Without this, an existing code is a problem and nothing is imported.</source>
        <translation>Записи, код которых уже есть, обновляются из файла: записываются только изменённые поля, и каждое попадает в историю партнёра. Без этого существующий код — ошибка, и ничего не импортируется.</translation>
    </message>
    <message>
        <source>Customer moves</source>
        <translation>Переводы клиентов</translation>
    </message>
</context>
<context>
    <name>pd::ui::Dashboard</name>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>No program is selected.</source>
        <translation>Программа не выбрана.</translation>
    </message>
    <message>
        <source>Trailing 12-month revenue against the tier thresholds</source>
        <translation>Выручка за последние 12 месяцев в сравнении с порогами уровней</translation>
    </message>
    <message>
        <source>Partners per tier: current and proposed</source>
        <translation>Партнёры по уровням: текущий и предлагаемый</translation>
    </message>
    <message>
        <source>No partner belongs to this program.</source>
        <translation>В этой программе нет партнёров.</translation>
    </message>
    <message>
        <source>Evaluating partners…</source>
        <translation>Оценка партнёров…</translation>
    </message>
    <message>
        <source>Proposed tiers appear when the evaluation is done.</source>
        <translation>Предлагаемые уровни появятся после завершения оценки.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) left out: %1</source>
        <translation>
            <numerusform>Не учтён %n партнёр: %1</numerusform>
            <numerusform>Не учтены %n партнёра: %1</numerusform>
            <numerusform>Не учтено %n партнёров: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This program has no revenue thresholds.</source>
        <translation>В этой программе нет порогов выручки.</translation>
    </message>
    <message numerus="yes">
        <source>%1 partner(s) in %2.</source>
        <extracomment>%1 is the number of partners, grouped: &quot;1,200 partners in Reseller status.&quot;</extracomment>
        <translation>
            <numerusform>%1 партнёр в программе «%2».</numerusform>
            <numerusform>%1 партнёра в программе «%2».</numerusform>
            <numerusform>%1 партнёров в программе «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrades proposed: %1. Demotions proposed: %2.</source>
        <translation>Предложено повышений: %1. Предложено понижений: %2.</translation>
    </message>
</context>
<context>
    <name>pd::ui::EvaluationJob</name>
    <message>
        <source>Evaluating partners</source>
        <translation>Оценка партнёров</translation>
    </message>
</context>
<context>
    <name>pd::ui::EventCorrectionDialog</name>
    <message>
        <source>Correct Compliance Event</source>
        <translation>Исправить событие соответствия</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExpiringModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>certification level: %1</source>
        <translation>уровень сертификации: %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
</context>
<context>
    <name>pd::ui::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>pd::ui::LevelAwardDialog</name>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Истекает:</translation>
    </message>
    <message>
        <source>Award Certification Level to %1</source>
        <translation>Присвоить уровень сертификации: %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Requires:</source>
        <translation>Требует:</translation>
    </message>
    <message>
        <source>&amp;Awarded on:</source>
        <translation>&amp;Дата присвоения:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Присвоить</translation>
    </message>
    <message>
        <source>Needs %1 in the partnership: eligible from %2.</source>
        <extracomment>%1 is a number of months (&quot;6 months&quot;), %2 a date</extracomment>
        <translation>Нужен срок партнёрства %1: доступен с %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Held since %1.</source>
        <translation>Присвоен с %1.</translation>
    </message>
    <message>
        <source>The partner&apos;s program has no certification levels.</source>
        <translation>В программе партнёра нет уровней сертификации.</translation>
    </message>
    <message>
        <source>%1 can be awarded from %2, once the partner has %3 in the partnership.</source>
        <translation>%1 можно присвоить с %2, когда срок партнёрства составит %3.</translation>
    </message>
</context>
<context>
    <name>pd::ui::LevelsModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>held since %1, until %2</source>
        <translation>действует с %1 по %2</translation>
    </message>
    <message>
        <source>held since %1</source>
        <translation>действует с %1</translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation>истёк %1</translation>
    </message>
    <message>
        <source>not yet eligible</source>
        <translation>пока недоступен</translation>
    </message>
    <message>
        <source>months reached; requires %1 first</source>
        <translation>срок партнёрства достигнут; сначала нужен уровень %1</translation>
    </message>
    <message>
        <source>eligible, not awarded</source>
        <translation>доступен, не присвоен</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>In the partnership</source>
        <translation>Срок партнёрства</translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation>Доступен с</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Требует</translation>
    </message>
</context>
<context>
    <name>pd::ui::LicenceDialog</name>
    <message>
        <source>E&amp;nds on:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>Record Licence for %1</source>
        <translation>Регистрация лицензии: %1</translation>
    </message>
    <message>
        <source>Sold to a customer</source>
        <translation>Продана клиенту</translation>
    </message>
    <message>
        <source>Internal use by the partner</source>
        <translation>Для внутреннего использования партнёром</translation>
    </message>
    <message>
        <source>The partner&apos;s tier has no internal-use discount.</source>
        <translation>Для уровня партнёра нет скидки на внутреннее использование.</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(без клиента)</translation>
    </message>
    <message>
        <source>The product as named on the licence</source>
        <translation>Продукт так, как он назван в лицензии</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Необязательно, через запятую</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>Продуктовая &amp;линейка:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Продукт:</translation>
    </message>
    <message>
        <source>E&amp;dition:</source>
        <translation>Р&amp;едакция:</translation>
    </message>
    <message>
        <source>Add-on &amp;modules:</source>
        <translation>Дополнительные &amp;модули:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Мест:</translation>
    </message>
    <message>
        <source>P&amp;rice per seat (%1):</source>
        <translation>&amp;Цена за место (%1):</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <source>S&amp;old on:</source>
        <translation>Дата п&amp;родажи:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>Rene&amp;ws:</source>
        <translation>Пр&amp;одление лицензии:</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Not a renewal</source>
        <translation>Не продление</translation>
    </message>
    <message>
        <source>Licence #%1: %2, %3 to %4</source>
        <translation>Лицензия № %1: %2, с %3 по %4</translation>
    </message>
    <message>
        <source>perpetual</source>
        <translation>бессрочная</translation>
    </message>
    <message>
        <source>Enter the price of one seat for the term.</source>
        <translation>Введите цену одного места за срок.</translation>
    </message>
    <message>
        <source>The partner has no customers yet: import them, or record a licence for the partner&apos;s internal use.</source>
        <translation>У партнёра ещё нет клиентов: импортируйте их или зарегистрируйте лицензию для внутреннего использования партнёром.</translation>
    </message>
    <message>
        <source>Choose the customer the licence is sold to.</source>
        <translation>Выберите клиента, которому продана лицензия.</translation>
    </message>
    <message>
        <source>The partner&apos;s program has no product lines.</source>
        <translation>В программе партнёра нет продуктовых линеек.</translation>
    </message>
    <message numerus="yes">
        <source>The internal-use discount covers at most %n user(s).</source>
        <translation>
            <numerusform>Скидка на внутреннее использование распространяется не более чем на %n пользователя.</numerusform>
            <numerusform>Скидка на внутреннее использование распространяется не более чем на %n пользователей.</numerusform>
            <numerusform>Скидка на внутреннее использование распространяется не более чем на %n пользователей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s) at %2)</source>
        <translation>
            <numerusform>%1 (%n место по %2)</numerusform>
            <numerusform>%1 (%n места по %2)</numerusform>
            <numerusform>%1 (%n мест по %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Internal use: %1 discount, at most %n user(s) in the partner&apos;s tier.</source>
        <translation>
            <numerusform>Внутреннее использование: скидка %1, не более %n пользователя на уровне партнёра.</numerusform>
            <numerusform>Внутреннее использование: скидка %1, не более %n пользователей на уровне партнёра.</numerusform>
            <numerusform>Внутреннее использование: скидка %1, не более %n пользователей на уровне партнёра.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after the %2 internal-use discount on %3</source>
        <translation>%1 после скидки на внутреннее использование %2 от %3</translation>
    </message>
    <message>
        <source>Give the reason for the correction: it is kept with the licence.</source>
        <translation>Укажите причину исправления: она сохраняется вместе с лицензией.</translation>
    </message>
    <message>
        <source>Correct Licence #%1</source>
        <translation>Исправить лицензию №%1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>При&amp;чина:</translation>
    </message>
</context>
<context>
    <name>pd::ui::LicenceTableModel</name>
    <message>
        <source>%1 (customer now with %2)</source>
        <translation>%1 (клиент теперь у партнёра %2)</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>для внутреннего использования</translation>
    </message>
    <message>
        <source>perpetual</source>
        <translation>бессрочная</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершена</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>renewed by #%1</source>
        <translation>продлена лицензией №%1</translation>
    </message>
    <message>
        <source>renews #%1</source>
        <translation>продлевает №%1</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>Модули: %1</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>%1 (%2 off)</source>
        <translation>%1 (скидка %2)</translation>
    </message>
</context>
<context>
    <name>pd::ui::LicencesView</name>
    <message>
        <source>All licences</source>
        <translation>Все лицензии</translation>
    </message>
    <message>
        <source>Renewals due in 30 days</source>
        <translation>Продления в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Renewals due in 60 days</source>
        <translation>Продления в ближайшие 60 дней</translation>
    </message>
    <message>
        <source>Renewals due in 90 days</source>
        <translation>Продления в ближайшие 90 дней</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s)</source>
        <translation>
            <numerusform>%n лицензия</numerusform>
            <numerusform>%n лицензии</numerusform>
            <numerusform>%n лицензий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) to renew by %1</source>
        <translation>
            <numerusform>%n лицензия к продлению до %1</numerusform>
            <numerusform>%n лицензии к продлению до %1</numerusform>
            <numerusform>%n лицензий к продлению до %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rec&amp;ord Licence…</source>
        <translation>&amp;Зарегистрировать лицензию…</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Пр&amp;одлить…</translation>
    </message>
    <message>
        <source>Record the renewal of the selected licence</source>
        <translation>Зарегистрировать продление выбранной лицензии</translation>
    </message>
    <message>
        <source>Record a licence sold to one of the partner&apos;s customers or bought for its internal use</source>
        <translation>Зарегистрировать лицензию, проданную клиенту партнёра или купленную для внутреннего использования</translation>
    </message>
    <message>
        <source>Choose a partner first.</source>
        <translation>Сначала выберите партнёра.</translation>
    </message>
    <message>
        <source>Recorded licence #%1: %2 paid.</source>
        <translation>Зарегистрирована лицензия № %1: оплачено %2.</translation>
    </message>
    <message>
        <source>Recorded as renewal sale #%1.</source>
        <translation>Записано как продажа-продление № %1.</translation>
    </message>
    <message>
        <source>Recorded as sale #%1.</source>
        <translation>Записано как продажа № %1.</translation>
    </message>
    <message>
        <source>Record Licence</source>
        <translation>Зарегистрировать лицензию</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Аннулировать…</translation>
    </message>
    <message>
        <source>Show voi&amp;ded</source>
        <translation>Показать а&amp;ннулированные</translation>
    </message>
    <message>
        <source>Void the selected licence with a reason: it leaves the figures and stays in the history</source>
        <translation>Аннулировать выбранную лицензию с указанием причины: она исключается из показателей и остаётся в истории</translation>
    </message>
    <message>
        <source>Also list voided licences, struck through, with who voided them, when and why</source>
        <translation>Показывать и аннулированные лицензии, зачёркнутыми, с тем, кто, когда и почему их аннулировал</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>внутреннее использование</translation>
    </message>
    <message numerus="yes">
        <source>Licence #%1: %2, %n seat(s), %3, paid %4</source>
        <translation>
            <numerusform>Лицензия №%1: %2, %n место, %3, оплачено %4</numerusform>
            <numerusform>Лицензия №%1: %2, %n места, %3, оплачено %4</numerusform>
            <numerusform>Лицензия №%1: %2, %n мест, %3, оплачено %4</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <source>Replace the selected licence with a corrected one; the original stays in the history, voided</source>
        <translation>Заменить выбранную лицензию исправленной; исходная остаётся в истории как аннулированная</translation>
    </message>
    <message>
        <source>Correct Licence</source>
        <translation>Исправить лицензию</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n voided</source>
        <translation>
            <numerusform>%1 · аннулирована %n</numerusform>
            <numerusform>%1 · аннулировано %n</numerusform>
            <numerusform>%1 · аннулировано %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>&amp;Найти партнёра</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Партнёры</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>P&amp;rograms</source>
        <translation>Про&amp;граммы</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;О программе PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Import &amp;Program JSON…</source>
        <translation>Импорт &amp;программы из JSON…</translation>
    </message>
    <message>
        <source>Export Program &amp;JSON…</source>
        <translation>Экспорт программы в &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation>&amp;Быстрый фильтр</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>П&amp;артнёр</translation>
    </message>
    <message>
        <source>P&amp;rogram</source>
        <translation>Пр&amp;ограмма</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>%1[*] — PartnerDesk</source>
        <translation>%1[*] — PartnerDesk</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Открыта база данных %1.</translation>
    </message>
    <message>
        <source>PartnerDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных PartnerDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>Базы данных PartnerDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>This database is open. Choose another file name.</source>
        <translation>Эта база данных открыта. Выберите другое имя файла.</translation>
    </message>
    <message numerus="yes">
        <source>Fill the new database with demo data (%n partner(s) with two years of records)?</source>
        <translation>
            <numerusform>Заполнить новую базу данных демонстрационными данными (%n партнёр с записями за два года)?</numerusform>
            <numerusform>Заполнить новую базу данных демонстрационными данными (%n партнёра с записями за два года)?</numerusform>
            <numerusform>Заполнить новую базу данных демонстрационными данными (%n партнёров с записями за два года)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the demo database</source>
        <translation>Создание демонстрационной базы данных</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n demo partner(s) with two years of records…</source>
        <translation>
            <numerusform>Создание %n демонстрационного партнёра с записями за два года…</numerusform>
            <numerusform>Создание %n демонстрационных партнёров с записями за два года…</numerusform>
            <numerusform>Создание %n демонстрационных партнёров с записями за два года…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was written.</source>
        <translation>Файл %1 не импортирован; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) of %1.</source>
        <translation>
            <numerusform>Импортирована %Ln запись из %1.</numerusform>
            <numerusform>Импортированы %Ln записи из %1.</numerusform>
            <numerusform>Импортировано %Ln записей из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %Ln запись в %1.</numerusform>
            <numerusform>Экспортированы %Ln записи в %1.</numerusform>
            <numerusform>Экспортировано %Ln записей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>About PartnerDesk</source>
        <translation>О программе PartnerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Partner programs as data: tiers, requirements, rates and benefits; partners&apos; records; tier evaluation with what is missing for the next tier.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Партнёрские программы как данные: уровни, требования, ставки и привилегии; записи о партнёрах; оценка уровней с указанием того, чего не хватает до следующего уровня.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Quarterly Review…</source>
        <translation>Экспорт ква&amp;ртального бизнес-обзора…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системный</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing %1…</source>
        <translation>Ожидание, пока другая программа закончит запись в %1…</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <extracomment>%1 is the kind of records; %2 to %4 are counts: &quot;Partners: 3 updated, 997 unchanged, 10 added.&quot;</extracomment>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln обновлена</numerusform>
            <numerusform>%Ln обновлены</numerusform>
            <numerusform>%Ln обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln без изменений</numerusform>
            <numerusform>%Ln без изменений</numerusform>
            <numerusform>%Ln без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln добавлена</numerusform>
            <numerusform>%Ln добавлены</numerusform>
            <numerusform>%Ln добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing new was imported; %Ln record(s) already present.</source>
        <translation>
            <numerusform>%1: ничего нового не импортировано; %Ln запись уже есть в базе данных.</numerusform>
            <numerusform>%1: ничего нового не импортировано; все %Ln записи уже есть в базе данных.</numerusform>
            <numerusform>%1: ничего нового не импортировано; все %Ln записей уже есть в базе данных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 imported, %Ln already present.</source>
        <translation>
            <numerusform>%1: импортировано: %2, уже было: %Ln.</numerusform>
            <numerusform>%1: импортировано: %2, уже было: %Ln.</numerusform>
            <numerusform>%1: импортировано: %2, уже было: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>&amp;Выплаты</translation>
    </message>
    <message>
        <source>Partner &amp;Statements…</source>
        <translation>Вы&amp;писки партнёров…</translation>
    </message>
    <message>
        <source>C&amp;lose Quarter…</source>
        <translation>За&amp;крыть квартал…</translation>
    </message>
    <message>
        <source>SPIF &amp;Campaigns…</source>
        <translation>&amp;Кампании SPIF…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © %1 The PartnerDesk developers&lt;/p&gt;&lt;p&gt;PartnerDesk is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%2&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © %1 Разработчики PartnerDesk&lt;/p&gt;&lt;p&gt;PartnerDesk — свободная программа: вы можете распространять и (или) изменять её на условиях &lt;a href=&quot;%2&quot;&gt;Стандартной общественной лицензии GNU&lt;/a&gt; версии 3 или (по вашему выбору) любой более поздней версии.&lt;/p&gt;&lt;p&gt;Программа распространяется БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>Show the folder of PartnerDesk&apos;s log, to attach it to a support request.</source>
        <translation>Показать папку журнала работы PartnerDesk, чтобы приложить его к запросу в поддержку.</translation>
    </message>
    <message>
        <source>&lt;p&gt;PartnerDesk keeps a log of its work in %1 (Help › Open Log Folder); attach it to a support request.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PartnerDesk ведёт журнал работы в %1 (Справка › Открыть папку журнала); приложите его к запросу в поддержку.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
    <message>
        <source>The log folder %1 could not be opened.</source>
        <translation>Не удалось открыть папку журнала %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::NegotiatedRates</name>
    <message>
        <source>Product line</source>
        <translation>Продуктовая линейка</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Когда записано</translation>
    </message>
    <message>
        <source>Add Negotiated &amp;Rate…</source>
        <translation>Добавить согласованную &amp;ставку…</translation>
    </message>
    <message>
        <source>Reward rate</source>
        <translation>Ставка вознаграждения</translation>
    </message>
    <message>
        <source>Commission per unit</source>
        <translation>Комиссия за единицу</translation>
    </message>
    <message>
        <source>Program&apos;s rate</source>
        <translation>Ставка программы</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Продления</translation>
    </message>
    <message numerus="yes">
        <source>%n negotiated rate(s): each replaces the program&apos;s rate for its line from its date</source>
        <translation>
            <numerusform>%n согласованная ставка: заменяет ставку программы для своей линейки со своей даты</numerusform>
            <numerusform>%n согласованные ставки: каждая заменяет ставку программы для своей линейки со своей даты</numerusform>
            <numerusform>%n согласованных ставок: каждая заменяет ставку программы для своей линейки со своей даты</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner is shown.</source>
        <translation>Партнёр не выбран.</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrIssueDialog</name>
    <message>
        <source>Issue NFR Key to %1</source>
        <translation>Выдача NFR-ключа партнёру %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message numerus="yes">
        <source>tier: %n month(s)</source>
        <translation>
            <numerusform>уровень: %n месяц</numerusform>
            <numerusform>уровень: %n месяца</numerusform>
            <numerusform>уровень: %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(обязательно)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message numerus="yes">
        <source>tier: %n day(s)</source>
        <translation>
            <numerusform>уровень: %n день</numerusform>
            <numerusform>уровень: %n дня</numerusform>
            <numerusform>уровень: %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>tier: none</source>
        <translation>уровень: нет</translation>
    </message>
    <message>
        <source>The product the demo key is for</source>
        <translation>Продукт, для которого выдаётся демонстрационный ключ</translation>
    </message>
    <message>
        <source>Add-on modules, separated by commas (empty: all)</source>
        <translation>Дополнительные модули через запятую (пусто — все)</translation>
    </message>
    <message>
        <source>Entitlement of the partner&apos;s tier: %1.</source>
        <translation>Положено по уровню партнёра: %1.</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Продукт:</translation>
    </message>
    <message>
        <source>Add-on &amp;modules:</source>
        <translation>&amp;Дополнительные модули:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>Дата &amp;выдачи:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Срок действия:</translation>
    </message>
    <message>
        <source>Add-ons &amp;enabled for:</source>
        <translation>Модули вкл&amp;ючены на:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrKeyModel</name>
    <message>
        <source>revoked on %1</source>
        <translation>отозван %1</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>ещё не действует</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>valid, add-on modules enabled</source>
        <translation>действует, дополнительные модули включены</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 до %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Revoked by %1: %2</source>
        <translation>Отозван пользователем %1: %2</translation>
    </message>
    <message>
        <source>Issued by %1, signed with vendor key %2</source>
        <translation>Выдан пользователем %1, подписан ключом вендора %2</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Add-on modules</source>
        <translation>Дополнительные модули</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Manager override</source>
        <translation>Исключение менеджера</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrKeysView</name>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Ото&amp;звать…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>Пров&amp;ерить…</translation>
    </message>
    <message numerus="yes">
        <source>NFR keys of every partner: %n valid today.</source>
        <translation>
            <numerusform>NFR-ключи всех партнёров: сегодня действует %n.</numerusform>
            <numerusform>NFR-ключи всех партнёров: сегодня действуют %n.</numerusform>
            <numerusform>NFR-ключи всех партнёров: сегодня действуют %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitlement of the partner&apos;s tier: %1. Valid today: %2.</source>
        <translation>Положено по уровню партнёра: %1. Действуют сегодня: %2.</translation>
    </message>
    <message>
        <source>NFR Keys</source>
        <translation>NFR-ключи</translation>
    </message>
    <message>
        <source>This key goes beyond the entitlement: %1.</source>
        <translation>Этот ключ сверх положенного: %1.</translation>
    </message>
    <message>
        <source>NFR Key Issued</source>
        <translation>NFR-ключ выдан</translation>
    </message>
    <message>
        <source>NFR key %1 was issued and copied to the clipboard.</source>
        <translation>NFR-ключ %1 выдан и скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Issue Ke&amp;y…</source>
        <translation>Выдать кл&amp;юч…</translation>
    </message>
    <message>
        <source>C&amp;opy Key</source>
        <translation>Копировать клю&amp;ч</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrOverrideDialog</name>
    <message>
        <source>Beyond the NFR Entitlement</source>
        <translation>Сверх положенных NFR-ключей</translation>
    </message>
    <message>
        <source>A manager can issue the key anyway. Write why: the reason is kept with the key and shown wherever the key is listed.</source>
        <translation>Менеджер может всё же выдать ключ. Укажите причину: она сохраняется вместе с ключом и отображается везде, где показан ключ.</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Причина исключения</translation>
    </message>
    <message>
        <source>Issue Anyway</source>
        <translation>Всё равно выдать</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrRevokeDialog</name>
    <message>
        <source>Revoke NFR Key</source>
        <translation>Отзыв NFR-ключа</translation>
    </message>
    <message>
        <source>Why is %1 revoked?</source>
        <translation>Почему отзывается ключ %1?</translation>
    </message>
    <message>
        <source>The reason is kept with the key, and a check of the key reports it.</source>
        <translation>Причина хранится вместе с ключом, и проверка ключа её сообщает.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrVerifyDialog</name>
    <message>
        <source>Verify NFR Key</source>
        <translation>Проверка NFR-ключа</translation>
    </message>
    <message>
        <source>Paste the key (PDNFR1.…)</source>
        <translation>Вставьте ключ (PDNFR1.…)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Serial %1, issued to %2 (%3)</source>
        <translation>Серийный номер %1, выдан партнёру %2 (%3)</translation>
    </message>
    <message>
        <source>%1, not for resale, valid %2 to %3</source>
        <translation>%1, не для перепродажи, действует с %2 по %3</translation>
    </message>
    <message>
        <source>No add-on modules.</source>
        <translation>Дополнительных модулей нет.</translation>
    </message>
    <message>
        <source>Add-on modules enabled until %1.</source>
        <translation>Дополнительные модули включены до %1.</translation>
    </message>
    <message>
        <source>Add-on modules no longer enabled (until %1).</source>
        <translation>Дополнительные модули больше не включены (были до %1).</translation>
    </message>
    <message>
        <source>Issued from this database.</source>
        <translation>Выдан из этой базы данных.</translation>
    </message>
    <message>
        <source>Not in this database: its revocation could not be checked.</source>
        <translation>Отсутствует в этой базе данных: проверить отзыв не удалось.</translation>
    </message>
</context>
<context>
    <name>pd::ui::OfflineDialog</name>
    <message>
        <source>&amp;All partners</source>
        <translation>&amp;Все партнёры</translation>
    </message>
    <message>
        <source>Only the partners &amp;matching:</source>
        <translation>Только партнёры, &amp;подходящие под условия:</translation>
    </message>
    <message>
        <source>Take Offline</source>
        <translation>Создание автономной копии</translation>
    </message>
    <message>
        <source>Copies the programs, exchange rates and the chosen partners with all their records into a file that opens read-only without a network. Refresh it later to fetch only what changed.</source>
        <translation>Копирует программы, валютные курсы и выбранных партнёров со всеми их записями в файл, который открывается только для чтения без подключения к сети. Позже копию можно обновить, получив только изменения.</translation>
    </message>
    <message>
        <source>any territory</source>
        <translation>любая территория</translation>
    </message>
    <message>
        <source>any program</source>
        <translation>любая программа</translation>
    </message>
    <message>
        <source>any country (two letters, such as ES)</source>
        <translation>любая страна (две буквы, например ES)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Take Offline</source>
        <translation>&amp;Создать автономную копию</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Территория:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>Про&amp;грамма:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Стра&amp;на:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Куда сохранить:</translation>
    </message>
    <message>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>Базы данных PartnerDesk (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>pd::ui::OverrideDialog</name>
    <message>
        <source>Add Negotiated Rate</source>
        <translation>Добавить согласованную ставку</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Продления</translation>
    </message>
    <message>
        <source>Reward rate (%)</source>
        <translation>Ставка вознаграждения (%)</translation>
    </message>
    <message>
        <source>Commission per unit</source>
        <translation>Комиссия за единицу</translation>
    </message>
    <message>
        <source>Back to the program&apos;s rate</source>
        <translation>Вернуться к ставке программы</translation>
    </message>
    <message>
        <source>The rate replaces the program&apos;s for this line from its date, until the next negotiated rate of the line. It is never changed: add another to change it.</source>
        <translation>Ставка заменяет ставку программы для этой линейки с указанной даты до следующей согласованной ставки линейки. Она никогда не изменяется: чтобы изменить её, добавьте новую.</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>Продуктовая &amp;линейка:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С даты:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>В&amp;алюта:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Amount per unit:</source>
        <translation>С&amp;умма за единицу:</translation>
    </message>
    <message>
        <source>&amp;Rate (%):</source>
        <translation>Ст&amp;авка (%):</translation>
    </message>
    <message>
        <source>Enter the rate or the amount that was negotiated.</source>
        <translation>Введите согласованную ставку или сумму.</translation>
    </message>
    <message>
        <source>Give the reason: what was agreed, with whom.</source>
        <translation>Укажите причину: о чём и с кем договорились.</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerBrowser</name>
    <message>
        <source>Filter by name, code, country, program or tier (Ctrl+F)</source>
        <translation>Фильтр по названию, коду, стране, программе или уровню (Ctrl+F)</translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation>Фильтр партнёров</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Все партнёры</translation>
    </message>
    <message>
        <source>Show every partner that matches the filter</source>
        <translation>Показать всех партнёров, соответствующих фильтру</translation>
    </message>
    <message>
        <source>Qualifies for upgrade</source>
        <translation>Могут получить повышение</translation>
    </message>
    <message>
        <source>Partners whose records meet every requirement of a higher tier</source>
        <translation>Партнёры, записи которых соответствуют всем требованиям более высокого уровня</translation>
    </message>
    <message>
        <source>Below current tier</source>
        <translation>Ниже текущего уровня</translation>
    </message>
    <message>
        <source>Partners that no longer meet the requirements of the tier they hold</source>
        <translation>Партнёры, которые больше не соответствуют требованиям своего уровня</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Предстоящие продления</translation>
    </message>
    <message>
        <source>&amp;Re-evaluate All Partners</source>
        <translation>П&amp;ереоценить всех партнёров</translation>
    </message>
    <message>
        <source>Compute every partner&apos;s revenue, proposed tier and gap again</source>
        <translation>Заново рассчитать выручку, предлагаемый уровень и недостающее для каждого партнёра</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>Остановить выполняемую задачу</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Оценка отменена.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) could not be evaluated: %1</source>
        <translation>
            <numerusform>Не удалось оценить %n партнёра: %1</numerusform>
            <numerusform>Не удалось оценить %n партнёров: %1</numerusform>
            <numerusform>Не удалось оценить %n партнёров: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners with a licence, NFR key or certification that ends in the next %n day(s)</source>
        <translation>
            <numerusform>Партнёры с лицензией, NFR-ключом или сертификацией, срок которых истекает в ближайший %n день</numerusform>
            <numerusform>Партнёры с лицензией, NFR-ключом или сертификацией, срок которых истекает в ближайшие %n дня</numerusform>
            <numerusform>Партнёры с лицензией, NFR-ключом или сертификацией, срок которых истекает в ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 partner(s)</source>
        <translation>
            <numerusform>%1 партнёр</numerusform>
            <numerusform>%1 партнёра</numerusform>
            <numerusform>%1 партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 partner(s)</source>
        <translation>
            <numerusform>%1 из %2 партнёра</numerusform>
            <numerusform>%1 из %2 партнёров</numerusform>
            <numerusform>%1 из %2 партнёров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerLoadJob</name>
    <message>
        <source>Loading partners</source>
        <translation>Загрузка партнёров</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerPage</name>
    <message>
        <source>&amp;Save Partner</source>
        <translation>&amp;Сохранить партнёра</translation>
    </message>
    <message>
        <source>&amp;Revert Partner</source>
        <translation>&amp;Отменить изменения партнёра</translation>
    </message>
    <message>
        <source>Drop unsaved edits of the profile</source>
        <translation>Отменить несохранённые изменения профиля</translation>
    </message>
    <message>
        <source>Change &amp;Tier…</source>
        <translation>Изменить &amp;уровень…</translation>
    </message>
    <message>
        <source>Move the partner to another tier, with a reason for the history</source>
        <translation>Перевести партнёра на другой уровень с указанием причины для истории</translation>
    </message>
    <message>
        <source>&amp;Apply Proposed Tier…</source>
        <translation>&amp;Применить предлагаемый уровень…</translation>
    </message>
    <message>
        <source>Move the partner to the tier its records qualify for</source>
        <translation>Перевести партнёра на уровень, которому соответствуют его записи</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>Про&amp;филь</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>Sa&amp;les</source>
        <translation>Прод&amp;ажи</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>Соб&amp;ытия</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation>Партнёр не выбран</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its profile, records and tier status.</source>
        <translation>Выберите партнёра в списке, чтобы увидеть его профиль, записи и статус уровня.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n сертификация</numerusform>
            <numerusform>%n сертификации</numerusform>
            <numerusform>%n сертификаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales line(s)</source>
        <translation>
            <numerusform>%n строка продажи</numerusform>
            <numerusform>%n строки продаж</numerusform>
            <numerusform>%n строк продаж</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliance event(s)</source>
        <translation>
            <numerusform>%n событие соответствия</numerusform>
            <numerusform>%n события соответствия</numerusform>
            <numerusform>%n событий соответствия</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner&apos;s program &quot;%1&quot; is missing.</source>
        <translation>Программа партнёра «%1» отсутствует.</translation>
    </message>
    <message numerus="yes">
        <source>%n tier change(s)</source>
        <translation>
            <numerusform>%n изменение уровня</numerusform>
            <numerusform>%n изменения уровня</numerusform>
            <numerusform>%n изменений уровня</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (изменён)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 since %4</source>
        <translation>%1 · %2 · %3 с %4</translation>
    </message>
    <message>
        <source>Correct the marked fields to save</source>
        <translation>Исправьте отмеченные поля, чтобы сохранить</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The profile of %1 has unsaved changes.</source>
        <translation>В профиле %1 есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>Сохранить их?</translation>
    </message>
    <message>
        <source>Some fields are invalid; they cannot be saved as they are.</source>
        <translation>Некоторые поля заполнены неверно; сохранить их в таком виде нельзя.</translation>
    </message>
    <message>
        <source>Save Partner</source>
        <translation>Сохранение партнёра</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Партнёр %1 сохранён.</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>Партнёр %1 переведён на уровень %2.</translation>
    </message>
    <message>
        <source>Change Tier</source>
        <translation>Изменение уровня</translation>
    </message>
    <message>
        <source>The partner&apos;s program is missing.</source>
        <translation>Программа партнёра отсутствует.</translation>
    </message>
    <message>
        <source>Sta&amp;ff</source>
        <translation>Со&amp;трудники</translation>
    </message>
    <message>
        <source>Tier Stat&amp;us</source>
        <translation>Статус уро&amp;вня</translation>
    </message>
    <message>
        <source>Lice&amp;nces</source>
        <translation>&amp;Лицензии</translation>
    </message>
    <message>
        <source>NFR &amp;Keys</source>
        <translation>&amp;NFR-ключи</translation>
    </message>
    <message>
        <source>Cre&amp;dits</source>
        <translation>Кре&amp;диты</translation>
    </message>
    <message>
        <source>Certificat&amp;ions</source>
        <translation>Се&amp;ртификации</translation>
    </message>
    <message>
        <source>Save Partner: Not Allowed</source>
        <translation>Сохранение партнёра: запрещено</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>О&amp;ценки</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message>
        <source>A correction is being written.</source>
        <translation>Идёт запись исправления.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <source>The records are shown again as they are now.</source>
        <translation>Записи показаны заново в их текущем виде.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed by imports with update</source>
        <translation>
            <numerusform>%n поле изменено импортом с обновлением</numerusform>
            <numerusform>%n поля изменены импортом с обновлением</numerusform>
            <numerusform>%n полей изменено импортом с обновлением</numerusform>
        </translation>
    </message>
    <message>
        <source>Negotiated &amp;Rates</source>
        <translation>Согласованные &amp;ставки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The partner could not be read</source>
        <translation>Не удалось прочитать партнёра</translation>
    </message>
    <message>
        <source>Some of the partner&apos;s records could not be read: %1</source>
        <translation>Не удалось прочитать часть записей партнёра: %1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Не прочитано: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerTableModel</name>
    <message>
        <source>no rate</source>
        <translation>нет ставки</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Оценка…</translation>
    </message>
    <message>
        <source>Qualifies for an upgrade from %1</source>
        <translation>Может получить повышение с уровня %1</translation>
    </message>
    <message>
        <source>No longer meets the requirements of %1</source>
        <translation>Больше не соответствует требованиям уровня %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Предлагаемый уровень</translation>
    </message>
    <message>
        <source>Gap to next tier</source>
        <translation>Не хватает до следующего уровня</translation>
    </message>
    <message>
        <source>12-month revenue</source>
        <translation>Выручка 12 мес</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Не удалось прочитать системное хранилище паролей: %1</translation>
    </message>
    <message>
        <source>The password was not saved in the system keychain: %1</source>
        <translation>Пароль не сохранён в системном хранилище паролей: %1</translation>
    </message>
    <message>
        <source>This build of PartnerDesk has no keychain support; the password was not saved.</source>
        <translation>Эта сборка PartnerDesk не поддерживает системное хранилище паролей; пароль не сохранён.</translation>
    </message>
</context>
<context>
    <name>pd::ui::PaymentDialog</name>
    <message>
        <source>Mark Payout Paid</source>
        <translation>Отметить выплату как выплаченную</translation>
    </message>
    <message>
        <source>The bank transfer&apos;s or remittance&apos;s reference</source>
        <translation>Номер банковского перевода или платёжного поручения</translation>
    </message>
    <message>
        <source>Payment &amp;date:</source>
        <translation>&amp;Дата платежа:</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>&amp;Номер платежа:</translation>
    </message>
    <message>
        <source>Approved on %1 by %2.</source>
        <translation>Утверждено %1, утвердил(а): %2.</translation>
    </message>
    <message>
        <source>Mark Paid</source>
        <translation>Отметить выплату</translation>
    </message>
    <message>
        <source>Enter the payment reference (of the bank transfer, for instance).</source>
        <translation>Введите номер платежа (например, банковского перевода).</translation>
    </message>
</context>
<context>
    <name>pd::ui::PayoutTableModel</name>
    <message>
        <source>Nothing to pay: the sum is zero or negative, and a negative sum is carried to the partner&apos;s next payable in %1.</source>
        <translation>Выплачивать нечего: сумма равна нулю или отрицательна, а отрицательная сумма переносится в следующее начисление партнёра в %1.</translation>
    </message>
    <message>
        <source>%1 is carried forward to the next payable.</source>
        <translation>%1 переносится в следующее начисление.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Вознаграждения</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Ретробонус</translation>
    </message>
    <message>
        <source>SPIF</source>
        <translation>SPIF</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Корректировки</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>Перенесено ранее</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Переносится</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утвердил(а)</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата платежа</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Номер платежа</translation>
    </message>
</context>
<context>
    <name>pd::ui::PayoutsView</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Утвердить…</translation>
    </message>
    <message>
        <source>Mark &amp;Paid…</source>
        <translation>Отметить &amp;выплату…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Approves the selected owed payable for payment.</source>
        <translation>Утверждает к выплате выбранное начисление.</translation>
    </message>
    <message>
        <source>Records the payment of the selected approved payable: its date and reference.</source>
        <translation>Записывает платёж по выбранному утверждённому начислению: дату и номер.</translation>
    </message>
    <message>
        <source>Writes the listed payables to a CSV file.</source>
        <translation>Записывает показанные начисления в файл CSV.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>All quarters</source>
        <translation>Все кварталы</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Все валюты</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Loading payouts</source>
        <translation>Загрузка выплат</translation>
    </message>
    <message>
        <source>The payouts could not be read: %1</source>
        <translation>Не удалось прочитать выплаты: %1</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(без ответственного)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payable(s)</source>
        <translation>
            <numerusform>%1 из %n начисления</numerusform>
            <numerusform>%1 из %n начислений</numerusform>
            <numerusform>%1 из %n начислений</numerusform>
        </translation>
    </message>
    <message>
        <source>No payables listed.</source>
        <translation>Начислений в списке нет.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>Начисления</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Переносится</translation>
    </message>
    <message>
        <source>Approved %1.</source>
        <translation>Утверждено: %1.</translation>
    </message>
    <message>
        <source>Marked %1 paid (reference %2).</source>
        <translation>Отмечена выплата: %1 (платёж %2).</translation>
    </message>
    <message>
        <source>Export Payouts</source>
        <translation>Экспорт выплат</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payable(s) to %1.</source>
        <translation>
            <numerusform>Экспортировано %n начисление в %1.</numerusform>
            <numerusform>Экспортировано %n начисления в %1.</numerusform>
            <numerusform>Экспортировано %n начислений в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ProductLinesModel</name>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
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
        <source>Program:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>изменение категории</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, с %2</translation>
    </message>
    <message>
        <source>The channel manager responsible for the partner</source>
        <translation>Менеджер по работе с каналом, отвечающий за партнёра</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProfileValidator</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Подкатегория</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Ответственный менеджер</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProgramEditor</name>
    <message>
        <source>&amp;New Program</source>
        <translation>&amp;Новая программа</translation>
    </message>
    <message>
        <source>Start a new program definition</source>
        <translation>Начать новое определение программы</translation>
    </message>
    <message>
        <source>&amp;Import Program JSON…</source>
        <translation>&amp;Импорт программы из JSON…</translation>
    </message>
    <message>
        <source>Load a program definition from a JSON file</source>
        <translation>Загрузить определение программы из JSON-файла</translation>
    </message>
    <message>
        <source>&amp;Export Program JSON…</source>
        <translation>&amp;Экспорт программы в JSON…</translation>
    </message>
    <message>
        <source>Write the program definition to a JSON file</source>
        <translation>Записать определение программы в JSON-файл</translation>
    </message>
    <message>
        <source>&amp;Save Program</source>
        <translation>&amp;Сохранить программу</translation>
    </message>
    <message>
        <source>Save the program definition in the database</source>
        <translation>Сохранить определение программы в базе данных</translation>
    </message>
    <message>
        <source>&amp;Revert Program</source>
        <translation>&amp;Отменить изменения программы</translation>
    </message>
    <message>
        <source>Drop unsaved changes of the program</source>
        <translation>Отменить несохранённые изменения программы</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>П&amp;рограмма:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Об&amp;щие</translation>
    </message>
    <message>
        <source>&amp;Tiers and Requirements</source>
        <translation>&amp;Уровни и требования</translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation>Ст&amp;авки</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>&amp;Привилегии</translation>
    </message>
    <message>
        <source>Problems in the program definition</source>
        <translation>Ошибки в определении программы</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, &apos;_&apos; and &apos;-&apos;; fixed once the program is saved</source>
        <translation>Строчные латинские буквы, цифры, «_» и «-»; после сохранения программы не меняется</translation>
    </message>
    <message>
        <source>Partners buy activation credits (1 credit = 1 unit of the program currency)</source>
        <translation>Партнёры покупают кредиты активации (1 кредит = 1 единица валюты программы)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Описани&amp;е:</translation>
    </message>
    <message>
        <source>Add Product Line</source>
        <translation>Добавить продуктовую линейку</translation>
    </message>
    <message>
        <source>Remove Product Line</source>
        <translation>Удалить продуктовую линейку</translation>
    </message>
    <message>
        <source>Also removes the line&apos;s rates</source>
        <translation>Также удаляет ставки этой линейки</translation>
    </message>
    <message>
        <source>New product line</source>
        <translation>Новая продуктовая линейка</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Продуктовые линейки</translation>
    </message>
    <message>
        <source>Tiers, lowest first</source>
        <translation>Уровни, от низшего к высшему</translation>
    </message>
    <message>
        <source>Add Tier</source>
        <translation>Добавить уровень</translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation>Удалить уровень</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>Добавить целевой показатель</translation>
    </message>
    <message>
        <source>Add Requirement</source>
        <translation>Добавить требование</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Удалить целевой показатель</translation>
    </message>
    <message>
        <source>Remove Requirement</source>
        <translation>Удалить требование</translation>
    </message>
    <message>
        <source>Requirements of the selected tier</source>
        <translation>Требования выбранного уровня</translation>
    </message>
    <message>
        <source>Success targets of the selected tier (reported, not required)</source>
        <translation>Целевые показатели выбранного уровня (для отчётности, не обязательны)</translation>
    </message>
    <message>
        <source>Add Benefit</source>
        <translation>Добавить привилегию</translation>
    </message>
    <message>
        <source>Remove Benefit</source>
        <translation>Удалить привилегию</translation>
    </message>
    <message>
        <source>New benefit</source>
        <translation>Новая привилегия</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Новый уровень</translation>
    </message>
    <message>
        <source>Select a tier first.</source>
        <translation>Сначала выберите уровень.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Сначала выберите строку.</translation>
    </message>
    <message>
        <source>The definition is valid.</source>
        <translation>Определение корректно.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be corrected before saving (double-click one to go there):</source>
        <translation>
            <numerusform>Перед сохранением нужно исправить %n ошибку (дважды щёлкните по ней, чтобы перейти к ней):</numerusform>
            <numerusform>Перед сохранением нужно исправить %n ошибки (дважды щёлкните по ошибке, чтобы перейти к ней):</numerusform>
            <numerusform>Перед сохранением нужно исправить %n ошибок (дважды щёлкните по ошибке, чтобы перейти к ней):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (не сохранена)</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Unsaved Program</source>
        <translation>Несохранённая программа</translation>
    </message>
    <message>
        <source>It has problems and cannot be saved as it is.</source>
        <translation>В ней есть ошибки, и сохранить её в таком виде нельзя.</translation>
    </message>
    <message>
        <source>Save Program</source>
        <translation>Сохранение программы</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Saved program %1.</source>
        <translation>Программа %1 сохранена.</translation>
    </message>
    <message>
        <source>Imported %1; saving replaces the stored program with the same key.</source>
        <translation>Программа %1 импортирована; при сохранении она заменит сохранённую программу с тем же ключом.</translation>
    </message>
    <message>
        <source>Imported %1; save it to add it to the database.</source>
        <translation>Программа %1 импортирована; сохраните её, чтобы добавить в базу данных.</translation>
    </message>
    <message>
        <source>The program has problems; correct them before exporting.</source>
        <translation>В программе есть ошибки; исправьте их перед экспортом.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Import Program</source>
        <translation>Импорт программы</translation>
    </message>
    <message>
        <source>Program definitions (*.json);;All files (*)</source>
        <translation>Определения программ (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is not a valid program definition.</source>
        <translation>%1 — некорректное определение программы.</translation>
    </message>
    <message>
        <source>Export Program</source>
        <translation>Экспорт программы</translation>
    </message>
    <message>
        <source>Program definitions (*.json)</source>
        <translation>Определения программ (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Программа %1 экспортирована в %2.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has unsaved changes.</source>
        <translation>В программе «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Rates earned on sales by product line and tier: a percentage (25), a range set per partner (10-15), either with a note in parentheses, or only a note. In a commission line: an amount per unit in the program&apos;s currency (250.00), or a note alone when the amount is negotiated per partner.</source>
        <translation>Ставки по продажам в разрезе продуктовых линеек и уровней: процент (25), диапазон, уточняемый для каждого партнёра (10-15), любой из них с примечанием в скобках или только примечание. В строке комиссии: сумма за единицу в валюте программы (250.00) или только примечание, если сумма согласуется с каждым партнёром.</translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrBatch</name>
    <message>
        <source>Partner %1: %2</source>
        <translation>Партнёр %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrCollector</name>
    <message>
        <source>Revenue by quarter, in %1</source>
        <translation>Выручка по кварталам, %1</translation>
    </message>
    <message>
        <source>Rewards could not be computed: %1</source>
        <translation>Не удалось рассчитать вознаграждения: %1</translation>
    </message>
    <message>
        <source>The tier status could not be evaluated: %1</source>
        <translation>Не удалось оценить статус уровня: %1</translation>
    </message>
    <message>
        <source>Licence renewals could not be read: %1</source>
        <translation>Не удалось прочитать продления лицензий: %1</translation>
    </message>
    <message>
        <source>NFR keys could not be read: %1</source>
        <translation>Не удалось прочитать NFR-ключи: %1</translation>
    </message>
    <message>
        <source>Expiring certifications could not be read: %1</source>
        <translation>Не удалось прочитать истекающие сертификации: %1</translation>
    </message>
    <message>
        <source>The credit ledger could not be read: %1</source>
        <translation>Не удалось прочитать журнал кредитов: %1</translation>
    </message>
    <message>
        <source>The payout status could not be read: %1</source>
        <translation>Не удалось прочитать статус выплаты: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrDialog</name>
    <message>
        <source>The current &amp;partner</source>
        <translation>&amp;Текущий партнёр</translation>
    </message>
    <message>
        <source>All partners of the p&amp;rogram</source>
        <translation>Все партнёры &amp;программы</translation>
    </message>
    <message>
        <source>The partners of the current &amp;filter</source>
        <translation>Партнёры текущего &amp;фильтра</translation>
    </message>
    <message>
        <source>Export Quarterly Review</source>
        <translation>Экспорт квартального обзора</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Все программы</translation>
    </message>
    <message>
        <source>From the language (US Letter for English, A4 otherwise)</source>
        <translation>По языку (US Letter для английского, A4 для остальных)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Quarterly reviews</source>
        <translation>Квартальные обзоры</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Folder for the reviews</source>
        <translation>Папка для обзоров</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Партнёры:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message numerus="yes">
        <source>The partners of the current &amp;filter (%n)</source>
        <translation>
            <numerusform>Партнёры текущего &amp;фильтра (%n)</numerusform>
            <numerusform>Партнёры текущего &amp;фильтра (%n)</numerusform>
            <numerusform>Партнёры текущего &amp;фильтра (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners to export.</source>
        <translation>Нет партнёров для экспорта.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n review(s) written</source>
        <translation>
            <numerusform>Записано %1 из %n обзора</numerusform>
            <numerusform>Записано %1 из %n обзоров</numerusform>
            <numerusform>Записано %1 из %n обзоров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n review(s) written.</source>
        <translation>
            <numerusform>Отменено: записан %n обзор.</numerusform>
            <numerusform>Отменено: записано %n обзора.</numerusform>
            <numerusform>Отменено: записано %n обзоров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) written.</source>
        <translation>
            <numerusform>Записан %n обзор.</numerusform>
            <numerusform>Записано %n обзора.</numerusform>
            <numerusform>Записано %n обзоров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>Ошибка в %n обзоре:</numerusform>
            <numerusform>Ошибки в %n обзорах:</numerusform>
            <numerusform>Ошибки в %n обзорах:</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>Save the review as</source>
        <translation>Сохранить обзор как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>Choose the folder to write into.</source>
        <translation>Выберите папку для записи.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>От&amp;мена</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n review(s)…</source>
        <translation>
            <numerusform>Запись %n обзора…</numerusform>
            <numerusform>Запись %n обзоров…</numerusform>
            <numerusform>Запись %n обзоров…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Partner Statements</source>
        <translation>Выписки партнёров</translation>
    </message>
    <message>
        <source>Partner statements</source>
        <translation>Выписки партнёров</translation>
    </message>
    <message>
        <source>Save the statement as</source>
        <translation>Сохранить выписку как</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Папка для выписок</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n statement(s)…</source>
        <translation>
            <numerusform>Запись %n выписки…</numerusform>
            <numerusform>Запись %n выписок…</numerusform>
            <numerusform>Запись %n выписок…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statement(s) written</source>
        <translation>
            <numerusform>Записано %1 из %n выписки</numerusform>
            <numerusform>Записано %1 из %n выписок</numerusform>
            <numerusform>Записано %1 из %n выписок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n statement(s) written.</source>
        <translation>
            <numerusform>Отменено: записана %n выписка.</numerusform>
            <numerusform>Отменено: записаны %n выписки.</numerusform>
            <numerusform>Отменено: записано %n выписок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written.</source>
        <translation>
            <numerusform>Записана %n выписка.</numerusform>
            <numerusform>Записаны %n выписки.</numerusform>
            <numerusform>Записано %n выписок.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrHtml</name>
    <message>
        <source>%1 · Quarterly business review %2 · page %3 of %4</source>
        <translation>%1 · Квартальный бизнес-обзор %2 · страница %3 из %4</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>нет целевого показателя</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Квартальный бизнес-обзор</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Target of the tier %1</source>
        <translation>Целевой показатель уровня %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>Выручка за %1</translation>
    </message>
    <message>
        <source>Revenue, trailing 12 months</source>
        <translation>Выручка за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Growth against %1 (%2)</source>
        <translation>Рост по сравнению с %1 (%2)</translation>
    </message>
    <message>
        <source>no revenue a year ago</source>
        <translation>год назад выручки не было</translation>
    </message>
    <message>
        <source>Rewards earned</source>
        <translation>Начисленные вознаграждения</translation>
    </message>
    <message>
        <source>Rewards earned (%1)</source>
        <translation>Начисленные вознаграждения (%1)</translation>
    </message>
    <message>
        <source>Rebate %1 (%2)</source>
        <translation>Ретробонус %1 (%2)</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Индекс NPS (Net Promoter Score)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Удержание клиентов</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Сводка показателей</translation>
    </message>
    <message>
        <source>Amounts in %1 converted at the recorded exchange rates; targets and status as of %2.</source>
        <translation>Суммы в %1 пересчитаны по записанным валютным курсам; целевые показатели и статус — на %2.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Partner has</source>
        <translation>У партнёра</translation>
    </message>
    <message>
        <source>This tier has no requirements.</source>
        <translation>У этого уровня нет требований.</translation>
    </message>
    <message>
        <source>Tier status</source>
        <translation>Статус уровня</translation>
    </message>
    <message>
        <source>The records of the quarter qualify for %1.</source>
        <translation>Записи за квартал соответствуют уровню %1.</translation>
    </message>
    <message>
        <source>The records of the quarter no longer meet %1; they meet %2.</source>
        <translation>Записи за квартал больше не соответствуют уровню %1; они соответствуют уровню %2.</translation>
    </message>
    <message>
        <source>Current tier: %1</source>
        <translation>Текущий уровень: %1</translation>
    </message>
    <message>
        <source>Next tier: %1</source>
        <translation>Следующий уровень: %1</translation>
    </message>
    <message>
        <source>%1 is by invitation only.</source>
        <translation>Уровень %1 присваивается только по приглашению.</translation>
    </message>
    <message>
        <source>%1 is decided by the vendor after a review.</source>
        <translation>Уровень %1 присваивается вендором по итогам проверки.</translation>
    </message>
    <message>
        <source>%1 is the highest tier of the program.</source>
        <translation>%1 — высший уровень программы.</translation>
    </message>
    <message>
        <source>Licences, NFR keys and certifications</source>
        <translation>Лицензии, NFR-ключи и сертификации</translation>
    </message>
    <message>
        <source>Licences renewing in %1</source>
        <translation>Лицензии к продлению в %1</translation>
    </message>
    <message>
        <source>No licence ends in %1.</source>
        <translation>В %1 ни одна лицензия не заканчивается.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>List amount</source>
        <translation>Сумма по прайс-листу</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>для внутреннего использования</translation>
    </message>
    <message>
        <source>NFR keys</source>
        <translation>NFR-ключи</translation>
    </message>
    <message>
        <source>No NFR key valid in %1.</source>
        <translation>В %1 действующих NFR-ключей нет.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>истекает в %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Certifications expiring by %1</source>
        <translation>Сертификации, истекающие до %1</translation>
    </message>
    <message>
        <source>No certification expires by %1.</source>
        <translation>До %1 ни одна сертификация не истекает.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Activation credits</source>
        <translation>Кредиты активации</translation>
    </message>
    <message>
        <source>Balance on %1: %2 credits</source>
        <translation>Баланс кредитов на %1: %2</translation>
    </message>
    <message>
        <source>No movements in %1.</source>
        <translation>В %1 движений нет.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Keep %1: %2</source>
        <translation>Сохранить уровень %1: %2</translation>
    </message>
    <message>
        <source>Reach %1: %2</source>
        <translation>Достичь уровня %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Renew %1 for %2 (%n seat(s)) before %3.</source>
        <translation>
            <numerusform>Продлить %1 для %2 (%n место) до %3.</numerusform>
            <numerusform>Продлить %1 для %2 (%n места) до %3.</numerusform>
            <numerusform>Продлить %1 для %2 (%n мест) до %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>NFR key %1 (%2) expires on %3: request a new key if the demo is still needed.</source>
        <translation>NFR-ключ %1 (%2) истекает %3: запросите новый ключ, если демонстрация ещё нужна.</translation>
    </message>
    <message>
        <source>Renew the certification %1 of %2 before %3.</source>
        <translation>Продлить сертификацию %1 (%2) до %3.</translation>
    </message>
    <message>
        <source>The credit balance is zero: buy credits before onboarding new customers.</source>
        <translation>Баланс кредитов равен нулю: купите кредиты, прежде чем подключать новых клиентов.</translation>
    </message>
    <message>
        <source>Actions for next quarter</source>
        <translation>Действия на следующий квартал</translation>
    </message>
    <message>
        <source>No open gaps or due dates.</source>
        <translation>Нет невыполненных требований и истекающих сроков.</translation>
    </message>
    <message>
        <source>Revenue by quarter</source>
        <translation>Выручка по кварталам</translation>
    </message>
    <message>
        <source>Bars: revenue per quarter; line: trailing 12 months; dashed lines: the sales thresholds of the tiers.</source>
        <translation>Столбцы — выручка за квартал; линия — за последние 12 месяцев; пунктир — пороги продаж уровней.</translation>
    </message>
    <message>
        <source>Apply for %1: the records of the quarter meet its requirements.</source>
        <translation>Подать заявку на уровень %1: данные за квартал соответствуют его требованиям.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; does not use activation credits.</source>
        <translation>Программа «%1» не использует кредиты активации.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Вознаграждение</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>Returns in %1</source>
        <translation>Возвраты за %1</translation>
    </message>
    <message>
        <source>Returned line</source>
        <translation>Возвращённая строка</translation>
    </message>
    <message>
        <source>SPIF bonuses (%1)</source>
        <translation>Бонусы SPIF (%1)</translation>
    </message>
    <message>
        <source>Adjustments for closed quarters (%1)</source>
        <translation>Корректировки по закрытым кварталам (%1)</translation>
    </message>
    <message>
        <source>Payout (%1)</source>
        <translation>Выплата (%1)</translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrWriter</name>
    <message>
        <source>Quarterly business review %1: %2</source>
        <translation>Квартальный бизнес-обзор %1: %2</translation>
    </message>
    <message>
        <source>The review of %1 could not be rendered.</source>
        <translation>Не удалось сформировать обзор для %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RatesModel</name>
    <message>
        <source>Reward</source>
        <translation>Вознаграждение</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate. Enter a percentage (25), a range (10-15) or a note.</source>
        <translation>«%1» — не ставка. Введите процент (25), диапазон (10-15) или примечание.</translation>
    </message>
    <message>
        <source>A percentage (25), a range set per partner (10-15), either with a note in parentheses, or a note alone; empty for no rate.</source>
        <translation>Процент (25), диапазон, уточняемый для каждого партнёра (10-15), любой из них с примечанием в скобках или только примечание; пусто, если ставки нет.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Продления</translation>
    </message>
    <message>
        <source>The minimum %1 is above the maximum %2.</source>
        <translation>Минимум %1 больше максимума %2.</translation>
    </message>
    <message>
        <source>Commission per unit</source>
        <translation>Комиссия за единицу</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount per unit. Enter an amount in %2 (250.00), optionally with a note in parentheses, or a note alone (negotiated).</source>
        <translation>«%1» — не сумма за единицу. Введите сумму в %2 (250.00), при необходимости с примечанием в скобках, или только примечание (согласуется).</translation>
    </message>
    <message>
        <source>negotiated</source>
        <translation>согласуется</translation>
    </message>
    <message>
        <source>An amount per unit in %1 (250.00), optionally with a note in parentheses, or a note alone: the amount is negotiated per partner; empty for no rate.</source>
        <translation>Сумма за единицу в %1 (250.00), при необходимости с примечанием в скобках, или только примечание: сумма согласуется с каждым партнёром; пусто — ставки нет.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReasonDialog</name>
    <message>
        <source>Nothing is deleted: the record stays in the partner&apos;s history, voided, with who voided it, when and why, and leaves the figures and statements.</source>
        <translation>Ничего не удаляется: запись остаётся в истории партнёра как аннулированная — с тем, кто, когда и почему её аннулировал, — и исключается из показателей и выписок.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Give the reason: it is kept with the record.</source>
        <translation>Укажите причину: она сохраняется вместе с записью.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Недавних баз данных нет</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordCorrections</name>
    <message>
        <source>sale</source>
        <translation>продажа</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>лицензия</translation>
    </message>
    <message>
        <source>compliance event</source>
        <translation>событие соответствия</translation>
    </message>
    <message>
        <source>certification</source>
        <translation>сертификация</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>Void Sale</source>
        <translation>Аннулировать продажу</translation>
    </message>
    <message>
        <source>Void Licence</source>
        <translation>Аннулировать лицензию</translation>
    </message>
    <message>
        <source>Void Compliance Event</source>
        <translation>Аннулировать событие соответствия</translation>
    </message>
    <message>
        <source>Void Certification</source>
        <translation>Аннулировать сертификацию</translation>
    </message>
    <message>
        <source>Void Score</source>
        <translation>Аннулировать оценку</translation>
    </message>
    <message>
        <source>Another correction is still being written.</source>
        <translation>Ещё записывается другое исправление.</translation>
    </message>
    <message>
        <source>Voiding the %1…</source>
        <translation>Аннулирование (%1)…</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>аннулирование (%1)</translation>
    </message>
    <message>
        <source>Voided the %1. Undo (Ctrl+Z) restores it.</source>
        <translation>Аннулировано: %1. Отмена (Ctrl+Z) восстановит запись.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Correcting the %1…</source>
        <translation>Исправление (%1)…</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>исправление (%1)</translation>
    </message>
    <message>
        <source>Corrected the %1. Undo (Ctrl+Z) brings the original back.</source>
        <translation>Исправлено: %1. Отмена (Ctrl+Z) вернёт исходную запись.</translation>
    </message>
    <message>
        <source>undo of void</source>
        <translation>отмена аннулирования</translation>
    </message>
    <message>
        <source>Undo Void</source>
        <translation>Отмена аннулирования</translation>
    </message>
    <message>
        <source>Restoring the %1…</source>
        <translation>Восстановление (%1)…</translation>
    </message>
    <message>
        <source>Restored the %1.</source>
        <translation>Восстановлено: %1.</translation>
    </message>
    <message>
        <source>undo of correction</source>
        <translation>отмена исправления</translation>
    </message>
    <message>
        <source>Undo Correction</source>
        <translation>Отмена исправления</translation>
    </message>
    <message>
        <source>Restoring the original %1…</source>
        <translation>Восстановление исходной записи (%1)…</translation>
    </message>
    <message>
        <source>Restored the original %1.</source>
        <translation>Исходная запись восстановлена: %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordRows</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Valid certificates</source>
        <translation>Действующие сертификаты</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Специалист по продажам</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Технический специалист</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>ещё не действует</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Sales lines</source>
        <translation>Строки продаж</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Продуктовая линейка</translation>
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
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С уровня</translation>
    </message>
    <message>
        <source>To</source>
        <translation>На уровень</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Sale of %1 on %2 to %3: %4 × %5 = %6</source>
        <translation>Продажа: %1, %2, клиент %3: %4 × %5 = %6</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 measured on %3</source>
        <translation>%1: %2, измерено %3</translation>
    </message>
    <message>
        <source>%1 of %2, passed on %3</source>
        <translation>%1 — %2, сдан %3</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Подкатегория</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Вступил</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Партнёр %1</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Ответственный менеджер</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordTable</name>
    <message>
        <source>Sho&amp;w voided</source>
        <translation>Показать а&amp;ннулированные</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Аннулировать…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <source>Also list voided records, struck through, with who voided them, when and why</source>
        <translation>Показывать и аннулированные записи, зачёркнутыми, с тем, кто, когда и почему их аннулировал</translation>
    </message>
    <message>
        <source>Void the selected record with a reason: it leaves the figures and stays in the history</source>
        <translation>Аннулировать выбранную запись с указанием причины: она исключается из показателей и остаётся в истории</translation>
    </message>
    <message>
        <source>Replace the selected record with a corrected one; the original stays in the history, voided</source>
        <translation>Заменить выбранную запись исправленной; исходная остаётся в истории как аннулированная</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n voided</source>
        <translation>
            <numerusform>%1 · аннулирована %n</numerusform>
            <numerusform>%1 · аннулировано %n</numerusform>
            <numerusform>%1 · аннулировано %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordTableModel</name>
    <message>
        <source>Voided by %1 on %2 at %3: %4</source>
        <translation>Аннулировал(а) %1, %2 в %3: %4</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReportPdf</name>
    <message>
        <source>The bundled fonts could not be loaded.</source>
        <translation>Не удалось загрузить встроенные шрифты.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::RequirementsModel</name>
    <message>
        <source>Once, ever</source>
        <translation>Однократно, когда угодно</translation>
    </message>
    <message>
        <source>Once in the period</source>
        <translation>Однократно за период</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Ежеквартально</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <source>When there were sales</source>
        <translation>При наличии продаж</translation>
    </message>
    <message>
        <source>When the partner has a web site</source>
        <translation>Если у партнёра есть сайт</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>не менее</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>более</translation>
    </message>
    <message>
        <source>An amount such as 500000.00; add a currency code (500000 USD) for another currency.</source>
        <translation>Сумма, например 500000.00; для другой валюты добавьте её код (500000 USD).</translation>
    </message>
    <message>
        <source>Product line keys separated by commas; empty for every line.</source>
        <translation>Ключи продуктовых линеек через запятую; пусто — все линейки.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>A threshold must not be negative.</source>
        <translation>Порог не может быть отрицательным.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation>«%1» — не целое число от нуля и больше.</translation>
    </message>
    <message>
        <source>A period is between 1 and 120 months.</source>
        <translation>Период — от 1 до 120 месяцев.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Продуктовые линейки</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>pd::ui::RevenueChartData</name>
    <message>
        <source>The %1 threshold is not drawn: %2</source>
        <translation>Порог уровня %1 не показан: %2</translation>
    </message>
    <message>
        <source>Revenue by quarter, in %1</source>
        <translation>Выручка по кварталам, %1</translation>
    </message>
    <message>
        <source>Some sales are left out: %1 Add the rate under exchange rates and reopen the partner.</source>
        <translation>Некоторые продажи не учтены: %1 Добавьте курс в валютные курсы и снова откройте партнёра.</translation>
    </message>
    <message numerus="yes">
        <source>No sales in the last %n quarter(s).</source>
        <translation>
            <numerusform>Нет продаж за последний %n квартал.</numerusform>
            <numerusform>Нет продаж за последние %n квартала.</numerusform>
            <numerusform>Нет продаж за последние %n кварталов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sales are left out: %1</source>
        <translation>Некоторые продажи не учтены: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::SaleCorrectionDialog</name>
    <message>
        <source>Correct Sale</source>
        <translation>Исправить продажу</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Product line:</source>
        <translation>&amp;Продуктовая линейка:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>К&amp;оличество:</translation>
    </message>
    <message>
        <source>U&amp;nit price (%1):</source>
        <translation>&amp;Цена за единицу (%1):</translation>
    </message>
</context>
<context>
    <name>pd::ui::ScoreCorrectionDialog</name>
    <message>
        <source>Correct Score</source>
        <translation>Исправить оценку</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Показатель:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Value (%):</source>
        <translation>&amp;Значение (%):</translation>
    </message>
</context>
<context>
    <name>pd::ui::Session</name>
    <message>
        <source>This is an offline copy, opened read-only: changes are made in the team database and reach this copy with File › Refresh Offline Copy.</source>
        <translation>Это автономная копия, открытая только для чтения: изменения вносятся в командную базу данных и попадают в эту копию через Файл › Обновить автономную копию.</translation>
    </message>
    <message>
        <source>The database is open read-only; changes are not allowed.</source>
        <translation>База данных открыта только для чтения; изменения не допускаются.</translation>
    </message>
    <message>
        <source>Your database role may only read partner records and add notes; ask a manager to make changes.</source>
        <translation>Ваша роль в базе данных позволяет только читать записи о партнёрах и добавлять заметки; попросите менеджера внести изменения.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetProfileFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>изменение поля «%1»</translation>
    </message>
</context>
<context>
    <name>pd::ui::SpifCampaignsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>SPIF Campaigns</source>
        <translation>Кампании SPIF</translation>
    </message>
    <message>
        <source>Remove SPIF Campaign</source>
        <translation>Удаление кампании SPIF</translation>
    </message>
    <message>
        <source>Remove the SPIF campaign &quot;%1&quot;? Statements no longer show its bonuses.</source>
        <translation>Удалить кампанию SPIF «%1»? Выписки перестанут показывать её бонусы.</translation>
    </message>
    <message>
        <source>Import SPIF Campaign</source>
        <translation>Импорт кампании SPIF</translation>
    </message>
    <message>
        <source>SPIF campaign (*.json)</source>
        <translation>Кампания SPIF (*.json)</translation>
    </message>
    <message>
        <source>Export SPIF Campaign</source>
        <translation>Экспорт кампании SPIF</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; imported from %2.</source>
        <translation>Кампания SPIF «%1» импортирована из %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; exported to %2.</source>
        <translation>Кампания SPIF «%1» экспортирована в %2.</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; removed.</source>
        <translation>Кампания SPIF «%1» удалена.</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; saved.</source>
        <translation>Кампания SPIF «%1» сохранена.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SpifEditDialog</name>
    <message>
        <source>Re&amp;newals earn the bonus</source>
        <translation>Бонус начисляется и за &amp;продления</translation>
    </message>
    <message>
        <source>New SPIF Campaign</source>
        <translation>Новая кампания SPIF</translation>
    </message>
    <message>
        <source>Edit SPIF Campaign %1</source>
        <translation>Изменение кампании SPIF %1</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>строчные латинские буквы, цифры, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Amount per unit</source>
        <translation>Сумма за единицу</translation>
    </message>
    <message>
        <source>Amount per line</source>
        <translation>Сумма за строку</translation>
    </message>
    <message>
        <source>Percentage of the line</source>
        <translation>Процент от строки</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Дата начала:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Дата окон&amp;чания:</translation>
    </message>
    <message>
        <source>&amp;Programs:</source>
        <translation>П&amp;рограммы:</translation>
    </message>
    <message>
        <source>&amp;Tiers:</source>
        <translation>&amp;Уровни:</translation>
    </message>
    <message>
        <source>Product &amp;lines:</source>
        <translation>Продуктовые &amp;линейки:</translation>
    </message>
    <message>
        <source>With no tier or product line checked, the campaign pays on all of them.</source>
        <translation>Если не отмечены уровни или продуктовые линейки, кампания действует для всех.</translation>
    </message>
    <message>
        <source>&amp;Bonus:</source>
        <translation>&amp;Вид бонуса:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Валю&amp;та:</translation>
    </message>
    <message>
        <source>P&amp;ercent:</source>
        <translation>Про&amp;цент:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>pd::ui::SpifModel</name>
    <message>
        <source>%1 per unit</source>
        <translation>%1 за единицу</translation>
    </message>
    <message>
        <source>%1 per line</source>
        <translation>%1 за строку</translation>
    </message>
    <message>
        <source>%1 of the line</source>
        <translation>%1 от строки</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A campaign&apos;s period: first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Бонус</translation>
    </message>
</context>
<context>
    <name>pd::ui::StatementCollector</name>
    <message>
        <source>The program could not be read: %1</source>
        <translation>Не удалось прочитать программу: %1</translation>
    </message>
    <message>
        <source>The payout status could not be read: %1</source>
        <translation>Не удалось прочитать статус выплаты: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::StatementHtml</name>
    <message>
        <source>carried forward</source>
        <translation>перенесено</translation>
    </message>
    <message>
        <source>owed</source>
        <translation>к выплате</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>выплачено</translation>
    </message>
    <message>
        <source>nothing to pay; %1 carried forward</source>
        <translation>к выплате ничего нет; перенесённый остаток: %1</translation>
    </message>
    <message>
        <source>owed: %1, not approved yet</source>
        <translation>к выплате: %1, ещё не утверждено</translation>
    </message>
    <message>
        <source>approved on %1 by %2: %3</source>
        <translation>утверждено %1 (%2): %3</translation>
    </message>
    <message>
        <source>paid on %1, reference %2: %3</source>
        <translation>выплачено %1, номер платежа %2: %3</translation>
    </message>
    <message>
        <source>%1 · Partner statement %2 · page %3 of %4</source>
        <translation>%1 · Выписка партнёра %2 · страница %3 из %4</translation>
    </message>
    <message>
        <source>Partner statement</source>
        <translation>Выписка партнёра</translation>
    </message>
    <message>
        <source>closed on %1 by %2</source>
        <translation>закрыта %1 (%2)</translation>
    </message>
    <message>
        <source>provisional: the quarter is open</source>
        <translation>предварительная: квартал открыт</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Tier at quarter end</source>
        <translation>Уровень на конец квартала</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <source>Sales and returns</source>
        <translation>Продажи и возвраты</translation>
    </message>
    <message>
        <source>No sales in this quarter.</source>
        <translation>В этом квартале продаж нет.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Продуктовая линейка</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>Количество × цена</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Вознаграждение</translation>
    </message>
    <message>
        <source>SPIF</source>
        <translation>SPIF</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>продление</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>return of %1 (%2)</source>
        <translation>возврат по %1 (%2)</translation>
    </message>
    <message>
        <source>SPIF %1: %2</source>
        <translation>SPIF %1: %2</translation>
    </message>
    <message>
        <source>SPIF campaign</source>
        <translation>Кампания SPIF</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Бонус</translation>
    </message>
    <message>
        <source>SPIF bonuses</source>
        <translation>Бонусы SPIF</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Ретробонус</translation>
    </message>
    <message>
        <source>voided after the close</source>
        <translation>аннулирована после закрытия</translation>
    </message>
    <message>
        <source>late return of %1</source>
        <translation>поздний возврат по %1</translation>
    </message>
    <message>
        <source>late sale</source>
        <translation>поздняя продажа</translation>
    </message>
    <message>
        <source>Adjustments for closed quarters</source>
        <translation>Корректировки по закрытым кварталам</translation>
    </message>
    <message>
        <source>Changes dated in a quarter that was already closed: their effect is booked on this statement.</source>
        <translation>Изменения, датированные уже закрытым кварталом: их результат учитывается в этой выписке.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Nothing earned in this quarter.</source>
        <translation>В этом квартале ничего не начислено.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Sales, net of returns</source>
        <translation>Продажи за вычетом возвратов</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Вознаграждения</translation>
    </message>
    <message>
        <source>Rebate %1</source>
        <translation>Ретробонус %1</translation>
    </message>
    <message>
        <source>Earned in the quarter</source>
        <translation>Начислено за квартал</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <source>No payable was created for this quarter.</source>
        <translation>Начисление за этот квартал не создано.</translation>
    </message>
    <message>
        <source>The payout is set when the quarter is closed.</source>
        <translation>Выплата определяется при закрытии квартала.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>Перенесено из прошлого</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Перенесено дальше</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, номер платежа %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::StatementWriter</name>
    <message>
        <source>Partner statement %1: %2</source>
        <translation>Выписка партнёра %1: %2</translation>
    </message>
    <message>
        <source>The statement of %1 could not be rendered.</source>
        <translation>Не удалось сформировать выписку для %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::TeamActions</name>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Подключиться к &amp;командной базе данных…</translation>
    </message>
    <message>
        <source>&amp;Take Offline…</source>
        <translation>Создать &amp;автономную копию…</translation>
    </message>
    <message>
        <source>Re&amp;fresh Offline Copy</source>
        <translation>О&amp;бновить автономную копию</translation>
    </message>
    <message>
        <source>Copy partners into a file that opens without a network</source>
        <translation>Скопировать партнёров в файл, который открывается без подключения к сети</translation>
    </message>
    <message>
        <source>Fetch what changed in the team database since the copy was taken</source>
        <translation>Получить изменения из командной базы данных с момента создания копии</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Автономная копия от %1</translation>
    </message>
    <message>
        <source>Not connected. Check the fields and try again.</source>
        <translation>Подключение не установлено. Проверьте поля и повторите попытку.</translation>
    </message>
    <message>
        <source>Take Offline</source>
        <translation>Создание автономной копии</translation>
    </message>
    <message>
        <source>This database is open. Choose another file for the offline copy.</source>
        <translation>Эта база данных открыта. Выберите другой файл для автономной копии.</translation>
    </message>
    <message>
        <source>Taking the offline copy was cancelled; no file was written.</source>
        <translation>Создание автономной копии отменено; файл не записан.</translation>
    </message>
    <message numerus="yes">
        <source>Took an offline copy of %n partner(s) into %1.</source>
        <translation>
            <numerusform>Автономная копия %n партнёра создана в %1.</numerusform>
            <numerusform>Автономная копия %n партнёров создана в %1.</numerusform>
            <numerusform>Автономная копия %n партнёров создана в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying partners into %1…</source>
        <translation>Копирование партнёров в %1…</translation>
    </message>
    <message>
        <source>Refresh Offline Copy</source>
        <translation>Обновление автономной копии</translation>
    </message>
    <message>
        <source>Refresh cancelled; the offline copy is as it was.</source>
        <translation>Обновление отменено; автономная копия не изменилась.</translation>
    </message>
    <message numerus="yes">
        <source>Offline copy refreshed: %n row(s) written</source>
        <translation>
            <numerusform>Автономная копия обновлена: записана %n строка</numerusform>
            <numerusform>Автономная копия обновлена: записано %n строки</numerusform>
            <numerusform>Автономная копия обновлена: записано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed.</source>
        <translation>
            <numerusform>Удалена %n строка.</numerusform>
            <numerusform>Удалено %n строки.</numerusform>
            <numerusform>Удалено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching what changed since %1…</source>
        <translation>Получение изменений с %1…</translation>
    </message>
    <message>
        <source>The offline copy is as it was.</source>
        <translation>Автономная копия не изменилась.</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Подключение к командной базе данных</translation>
    </message>
    <message>
        <source>%1 is already an offline copy of this database, taken %2. Replace it with a new copy?</source>
        <translation>%1 уже является автономной копией этой базы данных, созданной %2. Заменить её новой копией?</translation>
    </message>
    <message>
        <source>%1 is an offline copy of another database, %2, taken %3. Replace it with a copy of this database?</source>
        <translation>%1 — автономная копия другой базы данных, %2, созданная %3. Заменить её копией этой базы данных?</translation>
    </message>
</context>
<context>
    <name>pd::ui::TierChangeDialog</name>
    <message>
        <source>Change Tier of %1</source>
        <translation>Изменение уровня партнёра %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущий)</translation>
    </message>
    <message>
        <source>Why the tier changes; kept in the tier history</source>
        <translation>Почему меняется уровень; сохраняется в истории уровней</translation>
    </message>
    <message>
        <source>Current tier:</source>
        <translation>Текущий уровень:</translation>
    </message>
    <message>
        <source>&amp;New tier:</source>
        <translation>&amp;Новый уровень:</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Change Tier</source>
        <translation>Изменить уровень</translation>
    </message>
    <message>
        <source>Choose a tier other than the current one.</source>
        <translation>Выберите уровень, отличный от текущего.</translation>
    </message>
    <message>
        <source>Give a reason: it is written to the tier history.</source>
        <translation>Укажите причину: она записывается в историю уровней.</translation>
    </message>
    <message>
        <source>%1 is by invitation only: make sure the invitation was issued.</source>
        <translation>Уровень %1 присваивается только по приглашению: убедитесь, что приглашение было отправлено.</translation>
    </message>
    <message>
        <source>%1 is decided by the vendor&apos;s review.</source>
        <translation>Уровень %1 присваивается по итогам проверки вендором.</translation>
    </message>
</context>
<context>
    <name>pd::ui::TierStatusTab</name>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>достигнут</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>не достигнут</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Partner has</source>
        <translation>У партнёра</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>Tier requirements</source>
        <translation>Требования уровня</translation>
    </message>
    <message>
        <source>The tier status cannot be computed: %1</source>
        <translation>Не удаётся рассчитать статус уровня: %1</translation>
    </message>
    <message>
        <source>Holds &lt;b&gt;%1&lt;/b&gt;. Revenue in the trailing 12 months: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Уровень: &lt;b&gt;%1&lt;/b&gt;. Выручка за последние 12 месяцев: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Meets every requirement of &lt;b&gt;%1&lt;/b&gt;: an upgrade is proposed.</source>
        <translation>Соответствует всем требованиям уровня &lt;b&gt;%1&lt;/b&gt;: предлагается повышение.</translation>
    </message>
    <message>
        <source>No longer meets the requirements of the tier it holds: &lt;b&gt;%1&lt;/b&gt; is proposed.</source>
        <translation>Больше не соответствует требованиям своего уровня: предлагается &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No tier change is proposed.</source>
        <translation>Изменение уровня не предлагается.</translation>
    </message>
    <message>
        <source>For &lt;b&gt;%1&lt;/b&gt;: </source>
        <translation>Для уровня &lt;b&gt;%1&lt;/b&gt;: </translation>
    </message>
    <message>
        <source>every requirement is met.</source>
        <translation>все требования выполнены.</translation>
    </message>
    <message>
        <source>%1 (current tier)</source>
        <translation>%1 (текущий уровень)</translation>
    </message>
    <message>
        <source>%1 (next tier)</source>
        <translation>%1 (следующий уровень)</translation>
    </message>
    <message>
        <source>qualifies</source>
        <translation>соответствует</translation>
    </message>
    <message>
        <source>does not qualify</source>
        <translation>не соответствует</translation>
    </message>
    <message>
        <source>by invitation only</source>
        <translation>только по приглашению</translation>
    </message>
    <message>
        <source>decided by review</source>
        <translation>по итогам проверки</translation>
    </message>
    <message>
        <source>No requirements.</source>
        <translation>Требований нет.</translation>
    </message>
    <message>
        <source>Success targets (reported, not required):</source>
        <translation>Целевые показатели (для отчётности, не обязательны):</translation>
    </message>
</context>
<context>
    <name>pd::ui::TiersModel</name>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Vendor review</source>
        <translation>Проверка вендором</translation>
    </message>
    <message>
        <source>Invitation only</source>
        <translation>Только по приглашению</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Regional exclusivity</source>
        <translation>Региональная эксклюзивность</translation>
    </message>
    <message>
        <source>Country exclusivity</source>
        <translation>Эксклюзивность в стране</translation>
    </message>
    <message>
        <source>Automatic tiers are proposed by the tier engine; review and invitation-only tiers never are.</source>
        <translation>Автоматические уровни предлагает механизм оценки уровней; уровни по проверке и только по приглашению никогда не предлагаются.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Порядок присвоения</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
</TS>
