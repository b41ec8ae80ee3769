<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Preset</name>
    <message>
        <source>Activation-credit program</source>
        <translation>Programa de créditos de activación</translation>
    </message>
    <message>
        <source>Partners pre-purchase activation credits (1 credit = 1 USD of deployment value) at their tier&apos;s discount and consume them as customers are onboarded. No recruitment payouts, downlines or referral trees: margins come only from real customer consumption.</source>
        <translation>Los socios compran por adelantado créditos de activación (1 crédito = 1 USD de valor de implantación) con el descuento de su nivel y los consumen a medida que incorporan clientes. Sin pagos por captación, redes descendentes ni árboles de referidos: los márgenes provienen solo del consumo real de los clientes.</translation>
    </message>
    <message>
        <source>Activation credits</source>
        <translation>Créditos de activación</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Every partner starts here. Global.</source>
        <translation>Todos los socios empiezan aquí. Global.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Earned from deployment history (active customers), customer-success metrics (NPS, retention) and recurring activation volume. Global.</source>
        <translation>Se obtiene por el historial de implantaciones (clientes activos), las métricas de éxito del cliente (NPS, retención) y el volumen recurrente de activaciones. Global.</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Earned from deployment history, customer-success metrics and recurring activation volume. May hold territorial exclusivity.</source>
        <translation>Se obtiene por el historial de implantaciones, las métricas de éxito del cliente y el volumen recurrente de activaciones. Puede tener exclusividad territorial.</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Estratégico</translation>
    </message>
    <message>
        <source>By invitation only, through direct engagement with the platform operator. May hold territorial exclusivity.</source>
        <translation>Solo por invitación, mediante relación directa con el operador de la plataforma. Puede tener exclusividad territorial.</translation>
    </message>
    <message>
        <source>Sell core bundles</source>
        <translation>Venta de paquetes básicos</translation>
    </message>
    <message>
        <source>Partner pricing on skills and packs</source>
        <translation>Precios para socios en habilidades y paquetes</translation>
    </message>
    <message>
        <source>Priority support (4 h SLA)</source>
        <translation>Soporte prioritario (SLA de 4 h)</translation>
    </message>
    <message>
        <source>Lead sharing and co-selling</source>
        <translation>Intercambio de oportunidades y venta conjunta</translation>
    </message>
    <message>
        <source>Early access (skills and packs)</source>
        <translation>Acceso anticipado (habilidades y paquetes)</translation>
    </message>
    <message>
        <source>Territory opportunities</source>
        <translation>Oportunidades territoriales</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>regionales</translation>
    </message>
    <message>
        <source>country-level</source>
        <translation>nacionales</translation>
    </message>
    <message>
        <source>Dedicated account support</source>
        <translation>Soporte de cuenta dedicado</translation>
    </message>
    <message>
        <source>Joint product roadmap</source>
        <translation>Hoja de ruta de producto conjunta</translation>
    </message>
    <message>
        <source>Quarterly executive reviews</source>
        <translation>Revisiones trimestrales con la dirección</translation>
    </message>
    <message>
        <source>Custom SLA and contractual terms</source>
        <translation>SLA y condiciones contractuales a medida</translation>
    </message>
    <message>
        <source>Application model</source>
        <translation>Modelo de solicitud</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>autoservicio</translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation>solo por invitación</translation>
    </message>
    <message>
        <source>Latin America brand</source>
        <translation>Marca para América Latina</translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation>América Latina</translation>
    </message>
    <message>
        <source>USA/Canada brand</source>
        <translation>Marca para EE. UU. y Canadá</translation>
    </message>
    <message>
        <source>USA</source>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>EU/Spain brand</source>
        <translation>Marca para la UE y España</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Marketplace developer program</source>
        <translation>Programa de desarrolladores del marketplace</translation>
    </message>
    <message>
        <source>Developers and implementers of an automation platform. Revenue sources: subscriptions (up to 20% recurring), marketplace sales (70% share), implementation services (commission per partner-led deployment).</source>
        <translation>Desarrolladores e implantadores de una plataforma de automatización. Fuentes de ingresos: suscripciones (hasta un 20 % recurrente), ventas en el marketplace (70 % de participación), servicios de implantación (comisión por cada implantación realizada por el socio).</translation>
    </message>
    <message>
        <source>Marketplace templates and apps</source>
        <translation>Plantillas y aplicaciones del marketplace</translation>
    </message>
    <message>
        <source>Client subscriptions</source>
        <translation>Suscripciones de clientes</translation>
    </message>
    <message>
        <source>Implementation services</source>
        <translation>Servicios de implantación</translation>
    </message>
    <message>
        <source>Certified Developer</source>
        <translation>Desarrollador certificado</translation>
    </message>
    <message>
        <source>Sells templates on the marketplace with a 70% revenue share.</source>
        <translation>Vende plantillas en el marketplace con una participación del 70 % en los ingresos.</translation>
    </message>
    <message>
        <source>submit templates that meet the vendor&apos;s standard</source>
        <translation>enviar plantillas que cumplan el estándar del proveedor</translation>
    </message>
    <message>
        <source>Implementation Partner</source>
        <translation>Socio de implantación</translation>
    </message>
    <message>
        <source>Deploys the platform for clients; listed on national portals; 20% recurring revenue on client subscriptions.</source>
        <translation>Implanta la plataforma para clientes; figura en los portales nacionales; 20 % de ingresos recurrentes por las suscripciones de clientes.</translation>
    </message>
    <message>
        <source>complete implementation training</source>
        <translation>completar la formación en implantación</translation>
    </message>
    <message>
        <source>register to be listed on the national portals</source>
        <translation>registrarse para figurar en los portales nacionales</translation>
    </message>
    <message>
        <source>commission per partner-led deployment</source>
        <translation>comisión por cada implantación realizada por el socio</translation>
    </message>
    <message>
        <source>Regional Partner</source>
        <translation>Socio regional</translation>
    </message>
    <message>
        <source>Exclusive country rights, co-branding, custom terms: a business case negotiated with headquarters.</source>
        <translation>Derechos exclusivos en el país, marca compartida, condiciones a medida: un caso de negocio negociado con la sede central.</translation>
    </message>
    <message>
        <source>business case, negotiated with headquarters</source>
        <translation>caso de negocio, negociado con la sede central</translation>
    </message>
    <message>
        <source>custom terms negotiated with headquarters</source>
        <translation>condiciones a medida negociadas con la sede central</translation>
    </message>
    <message>
        <source>Revenue share on templates sold on the marketplace</source>
        <translation>Participación en los ingresos de las plantillas vendidas en el marketplace</translation>
    </message>
    <message>
        <source>Deploys the platform for clients</source>
        <translation>Implanta la plataforma para clientes</translation>
    </message>
    <message>
        <source>Listed on national portals</source>
        <translation>Figura en los portales nacionales</translation>
    </message>
    <message>
        <source>Recurring revenue on client subscriptions</source>
        <translation>Ingresos recurrentes por las suscripciones de clientes</translation>
    </message>
    <message>
        <source>custom terms</source>
        <translation>condiciones a medida</translation>
    </message>
    <message>
        <source>Exclusive country rights</source>
        <translation>Derechos exclusivos en el país</translation>
    </message>
    <message>
        <source>Co-branding</source>
        <translation>Marca compartida</translation>
    </message>
    <message>
        <source>Custom terms and revenue models</source>
        <translation>Condiciones y modelos de ingresos a medida</translation>
    </message>
    <message>
        <source>Reseller status program</source>
        <translation>Programa de niveles para revendedores</translation>
    </message>
    <message>
        <source>Three statuses for resellers and regional distributors. Privileged is for regional distributors with a partner network, joint promotion on regional markets and in the enterprise segment.</source>
        <translation>Tres niveles para revendedores y distribuidores regionales. Privilegiado es para distribuidores regionales con una red de socios y promoción conjunta en los mercados regionales y en el segmento corporativo.</translation>
    </message>
    <message>
        <source>Software licences (TI)</source>
        <translation>Licencias de software (TI)</translation>
    </message>
    <message>
        <source>Hardware-software appliances (TING)</source>
        <translation>Equipos de hardware y software (TING)</translation>
    </message>
    <message>
        <source>Hardware appliances (DEPO TI)</source>
        <translation>Equipos de hardware (DEPO TI)</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiado</translation>
    </message>
    <message>
        <source>Regional distributors with a partner network, joint promotion on regional markets and in the enterprise segment.</source>
        <translation>Distribuidores regionales con una red de socios y promoción conjunta en los mercados regionales y en el segmento corporativo.</translation>
    </message>
    <message>
        <source>works on licence renewals</source>
        <translation>trabaja con renovaciones de licencias</translation>
    </message>
    <message>
        <source>Pre-sales, sales and post-sales support, price lists, renewal price lists, deal registration</source>
        <translation>Soporte de preventa, venta y posventa, listas de precios, listas de precios de renovación, registro de operaciones</translation>
    </message>
    <message>
        <source>Licence keys issued in advance (before payment)</source>
        <translation>Claves de licencia emitidas por adelantado (antes del pago)</translation>
    </message>
    <message>
        <source>Sales-specialist training, launch kit, partner portal access</source>
        <translation>Formación de especialistas en ventas, kit de lanzamiento, acceso al portal de socios</translation>
    </message>
    <message>
        <source>Dedicated partner manager (sales)</source>
        <translation>Gestor de socios dedicado (ventas)</translation>
    </message>
    <message>
        <source>30-day payment deferral</source>
        <translation>Aplazamiento de pago de 30 días</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Leads passed on by the vendor (tenders, regional purchases)</source>
        <translation>Oportunidades transferidas por el proveedor (licitaciones, compras regionales)</translation>
    </message>
    <message>
        <source>Leads from the vendor site&apos;s partner finder</source>
        <translation>Oportunidades del buscador de socios del sitio web del proveedor</translation>
    </message>
    <message>
        <source>Discount on software for internal use</source>
        <translation>Descuento en software para uso interno</translation>
    </message>
    <message>
        <source>50% discount on software for internal use, up to this many users</source>
        <translation>Descuento del 50 % en software para uso interno, hasta este número de usuarios</translation>
    </message>
    <message>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <source>SPIF (yearly)</source>
        <translation>SPIF (anual)</translation>
    </message>
    <message>
        <source>Rebate (quarterly)</source>
        <translation>Bonificación (trimestral)</translation>
    </message>
    <message>
        <source>Co-branded marketing, press releases</source>
        <translation>Marketing de marca compartida, comunicados de prensa</translation>
    </message>
    <message>
        <source>Help with complex network set-ups, demos to the partner&apos;s clients</source>
        <translation>Ayuda con configuraciones de red complejas, demostraciones para los clientes del socio</translation>
    </message>
    <message>
        <source>Free technical support for partners; dedicated partner manager (support)</source>
        <translation>Soporte técnico gratuito para socios; gestor de socios dedicado (soporte)</translation>
    </message>
    <message>
        <source>Marketing materials, web banners, joint marketing, joint webinars for clients, price promotions</source>
        <translation>Materiales de marketing, banners web, marketing conjunto, seminarios web conjuntos para clientes, promociones de precios</translation>
    </message>
    <message>
        <source>NFR (not-for-resale) demo licences, unlimited</source>
        <translation>Licencias de demostración NFR (no para reventa), ilimitadas</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>lic.</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>bajo petición</translation>
    </message>
    <message>
        <source>NFR licence validity</source>
        <translation>Validez de la licencia NFR</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>NFR add-on modules enabled for</source>
        <translation>Módulos adicionales NFR habilitados durante</translation>
    </message>
    <message>
        <source>Technical-specialist training with certificate</source>
        <translation>Formación de especialistas técnicos con certificado</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Seminarios web</translation>
    </message>
    <message>
        <source>on the site</source>
        <translation>en el sitio web</translation>
    </message>
    <message>
        <source>on the site and on request</source>
        <translation>en el sitio web y bajo petición</translation>
    </message>
    <message>
        <source>Revenue-band program</source>
        <translation>Programa por franjas de ingresos</translation>
    </message>
    <message>
        <source>Technology, education, business and channel partners banded by annual partner revenue, with success targets per tier. Lifecycle: identification, onboarding (agreement, technical integration, training, certification, launch), management (performance monitoring, support, optimisation, expansion).</source>
        <translation>Socios tecnológicos, educativos, de negocio y de canal agrupados en franjas según sus ingresos anuales, con objetivos de éxito por nivel. Ciclo de vida: identificación, incorporación (acuerdo, integración técnica, formación, certificación, lanzamiento), gestión (seguimiento del rendimiento, soporte, optimización, expansión).</translation>
    </message>
    <message>
        <source>Platform subscriptions</source>
        <translation>Suscripciones a la plataforma</translation>
    </message>
    <message>
        <source>Services and training</source>
        <translation>Servicios y formación</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Annual partner revenue below 25K USD.</source>
        <translation>Ingresos anuales del socio inferiores a 25 000 USD.</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferente</translation>
    </message>
    <message>
        <source>Annual partner revenue from 25K to 100K USD.</source>
        <translation>Ingresos anuales del socio de 25 000 a 100 000 USD.</translation>
    </message>
    <message>
        <source>Annual partner revenue above 100K USD.</source>
        <translation>Ingresos anuales del socio superiores a 100 000 USD.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Elite</source>
        <translation>Élite</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Partner program management</source>
        <translation>Gestión de programas de socios</translation>
    </message>
    <message>
        <source>A database to open.</source>
        <translation>Base de datos que se abrirá.</translation>
    </message>
    <message>
        <source>Open the database FILE, or the team database at a postgresql:// URL.</source>
        <translation>Abre la base de datos FILE, o la base de datos del equipo en una URL postgresql://.</translation>
    </message>
</context>
<context>
    <name>partnerdesk_cli</name>
    <message>
        <source>balance %1</source>
        <translation>saldo %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>pagado %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>corrects #%1</source>
        <translation>corrige el asiento #%1</translation>
    </message>
    <message>
        <source>Use: credits buy|consume|correct|balance|ledger --partner ID [...]</source>
        <translation>Uso: credits buy|consume|correct|balance|ledger --partner ID [...]</translation>
    </message>
    <message>
        <source>--on needs a date as YYYY-MM-DD.</source>
        <translation>--on requiere una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>credits %1 needs --credits N.</source>
        <translation>credits %1 requiere --credits N.</translation>
    </message>
    <message>
        <source>credits consume needs --customer CODE.</source>
        <translation>credits consume requiere --customer CODE.</translation>
    </message>
    <message>
        <source>credits correct needs --corrects ENTRY and --reason TEXT.</source>
        <translation>credits correct requiere --corrects ENTRY y --reason TEXT.</translation>
    </message>
    <message>
        <source>No credit entries.</source>
        <translation>No hay asientos de créditos.</translation>
    </message>
    <message>
        <source>--corrects needs an entry number.</source>
        <translation>--corrects requiere un número de asiento.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n socio</numerusform>
            <numerusform>%n socios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venta</numerusform>
            <numerusform>%n ventas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliance event(s)</source>
        <translation>
            <numerusform>%n evento de cumplimiento</numerusform>
            <numerusform>%n eventos de cumplimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange rate(s)</source>
        <translation>
            <numerusform>%n tipo de cambio</numerusform>
            <numerusform>%n tipos de cambio</numerusform>
        </translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init no admite argumentos.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today requiere una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed requiere un número entero.</translation>
    </message>
    <message>
        <source>%1 already holds partners; demo data goes into a new database.</source>
        <translation>%1 ya contiene socios; los datos de demostración se cargan en una base de datos nueva.</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Base de datos lista: %1</translation>
    </message>
    <message>
        <source>generate needs --partners N (1 or more) and --sales M (0 or more).</source>
        <translation>generate requiere --partners N (1 o más) y --sales M (0 o más).</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD and --seed a whole number.</source>
        <translation>--today requiere una fecha con el formato AAAA-MM-DD, y --seed un número entero.</translation>
    </message>
    <message>
        <source>import needs KIND and FILE.csv.</source>
        <translation>import requiere KIND y FILE.csv.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Tipo desconocido &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Se importó %n registro.</numerusform>
            <numerusform>Se importaron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs KIND and FILE.csv.</source>
        <translation>export requiere KIND y FILE.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Se exportó %n registro.</numerusform>
            <numerusform>Se exportaron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check no admite argumentos.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>uso interno</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n puesto</numerusform>
            <numerusform>%n puestos</numerusform>
        </translation>
    </message>
    <message>
        <source>perpetual</source>
        <translation>perpetua</translation>
    </message>
    <message>
        <source>renews #%1</source>
        <translation>renueva #%1</translation>
    </message>
    <message>
        <source>renewed by #%1</source>
        <translation>renovada por #%1</translation>
    </message>
    <message>
        <source>(customer now with %1)</source>
        <translation>(el cliente está ahora con %1)</translation>
    </message>
    <message>
        <source>Use: licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME --start DATE --price AMOUNT [--seats N] [--end DATE] [--currency C] [--edition E] [--modules A,B] [--renews ID] [--sold DATE] [--note TEXT]</source>
        <translation>Uso: licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME --start DATE --price AMOUNT [--seats N] [--end DATE] [--currency C] [--edition E] [--modules A,B] [--renews ID] [--sold DATE] [--note TEXT]</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Las fechas se escriben con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--seats and --renews need whole numbers.</source>
        <translation>--seats y --renews requieren números enteros.</translation>
    </message>
    <message>
        <source>Recorded licence #%1: %2 paid</source>
        <translation>Licencia #%1 registrada: %2 pagado</translation>
    </message>
    <message>
        <source>as sale #%1%2</source>
        <translation>como venta #%1%2</translation>
    </message>
    <message>
        <source> (renewal)</source>
        <translation> (renovación)</translation>
    </message>
    <message>
        <source>No licences.</source>
        <translation>No hay licencias.</translation>
    </message>
    <message>
        <source>Use: renewals [--partner ID] [--days 30|60|90] [--as-of DATE]</source>
        <translation>Uso: renewals [--partner ID] [--days 30|60|90] [--as-of DATE]</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD and --days a number of days (30, 60, 90).</source>
        <translation>--as-of requiere una fecha con el formato AAAA-MM-DD, y --days un número de días (30, 60, 90).</translation>
    </message>
    <message numerus="yes">
        <source>Renewals due from %1 to %2: %n licence(s)</source>
        <translation>
            <numerusform>Renovaciones pendientes del %1 al %2: %n licencia</numerusform>
            <numerusform>Renovaciones pendientes del %1 al %2: %n licencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: customer move CODE --to PARTNER --reason TEXT [--on DATE] [--by NAME]</source>
        <translation>Uso: customer move CODE --to PARTNER --reason TEXT [--on DATE] [--by NAME]</translation>
    </message>
    <message>
        <source>Moved %1 (%2) from %3 to %4 on %5. No credits were charged; its sales, licences and history stay as they were.</source>
        <translation>%1 (%2) se transfirió de %3 a %4 el %5. No se cobró ningún crédito; sus ventas, licencias e historial se conservan tal como estaban.</translation>
    </message>
    <message>
        <source>Use: certifications expiring [--days N] [--partner ID] | levels --partner ID | award --partner ID --level KEY [--on DATE] [--expires DATE]</source>
        <translation>Uso: certifications expiring [--days N] [--partner ID] | levels --partner ID | award --partner ID --level KEY [--on DATE] [--expires DATE]</translation>
    </message>
    <message>
        <source>certifications %1 needs --partner ID.</source>
        <translation>certifications %1 requiere --partner ID.</translation>
    </message>
    <message>
        <source>--days needs a number of days.</source>
        <translation>--days requiere un número de días.</translation>
    </message>
    <message>
        <source>partner level %1</source>
        <translation>nivel de socio %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>No certifications expire in the next %n day(s).</source>
        <translation>
            <numerusform>No vence ninguna certificación en el próximo %n día.</numerusform>
            <numerusform>No vence ninguna certificación en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>certifications award needs --level KEY.</source>
        <translation>certifications award requiere --level KEY.</translation>
    </message>
    <message>
        <source>Awarded %1 on %2.</source>
        <translation>Se otorgó %1 el %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) in the partnership</source>
        <translation>
            <numerusform>%n mes como socio</numerusform>
            <numerusform>%n meses como socio</numerusform>
        </translation>
    </message>
    <message>
        <source>eligible from %1</source>
        <translation>apto desde el %1</translation>
    </message>
    <message>
        <source>held since %1</source>
        <translation>vigente desde el %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, hasta el %1</translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>no obtenido</translation>
    </message>
    <message>
        <source>requires: %1</source>
        <translation>requiere: %1</translation>
    </message>
    <message>
        <source>The partner&apos;s program has no certification levels.</source>
        <translation>El programa del socio no tiene niveles de certificación.</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revocada el %1</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>aún no es válida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>Created the vendor signing key %1 in %2. Keep a copy: partnerdesk-cli keys export FILE</source>
        <translation>Se creó la clave de firma del proveedor %1 en %2. Guarde una copia: partnerdesk-cli keys export FILE</translation>
    </message>
    <message>
        <source>%1 Give the vendor&apos;s public key with --public-key FILE, or install it with: partnerdesk-cli keys import FILE</source>
        <translation>%1 Indique la clave pública del proveedor con --public-key FILE o instálela con: partnerdesk-cli keys import FILE</translation>
    </message>
    <message>
        <source>serial: %1</source>
        <translation>número de serie: %1</translation>
    </message>
    <message>
        <source>partner: %1 (%2), %3 / %4</source>
        <translation>socio: %1 (%2), %3 / %4</translation>
    </message>
    <message>
        <source>product: %1, not for resale</source>
        <translation>producto: %1, no para reventa</translation>
    </message>
    <message>
        <source>valid: %1 to %2</source>
        <translation>validez: del %1 al %2</translation>
    </message>
    <message>
        <source>all add-on modules</source>
        <translation>todos los módulos adicionales</translation>
    </message>
    <message>
        <source>add-on modules: none</source>
        <translation>módulos adicionales: ninguno</translation>
    </message>
    <message>
        <source>add-on modules enabled until %1: %2</source>
        <translation>módulos adicionales habilitados hasta el %1: %2</translation>
    </message>
    <message>
        <source>add-on modules no longer enabled (until %1): %2</source>
        <translation>módulos adicionales ya no habilitados (hasta el %1): %2</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>firmada con la clave %1</translation>
    </message>
    <message>
        <source>issued from this database</source>
        <translation>emitida desde esta base de datos</translation>
    </message>
    <message>
        <source>not in this database (revocation could not be checked)</source>
        <translation>no está en esta base de datos (no se pudo comprobar la revocación)</translation>
    </message>
    <message>
        <source>Use: nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]</source>
        <translation>Uso: nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD.</source>
        <translation>--as-of requiere una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>Use: nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N] [--addon-days N] [--override REASON] [--by NAME]</source>
        <translation>Uso: nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N] [--addon-days N] [--override REASON] [--by NAME]</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 requiere un número entero.</translation>
    </message>
    <message>
        <source>Issued NFR key %1 to %2 (%3): %4, valid %5 to %6</source>
        <translation>Clave NFR %1 emitida para %2 (%3): %4, válida del %5 al %6</translation>
    </message>
    <message>
        <source>Add-on modules enabled until %1.</source>
        <translation>Módulos adicionales habilitados hasta el %1.</translation>
    </message>
    <message>
        <source>Issued beyond the entitlement (%1): %2. Reason kept: %3</source>
        <translation>Emitida por encima del derecho (%1): %2. Motivo registrado: %3</translation>
    </message>
    <message>
        <source>[override by %1: %2]</source>
        <translation>[excepción autorizada por %1: %2]</translation>
    </message>
    <message>
        <source>No NFR keys.</source>
        <translation>No hay claves NFR.</translation>
    </message>
    <message>
        <source>Use: nfr revoke SERIAL --reason TEXT [--on DATE] [--by NAME]</source>
        <translation>Uso: nfr revoke SERIAL --reason TEXT [--on DATE] [--by NAME]</translation>
    </message>
    <message>
        <source>Revoked NFR key %1 from %2.</source>
        <translation>Clave NFR %1 revocada a %2.</translation>
    </message>
    <message>
        <source>Use: nfr issue | list | revoke SERIAL | verify KEY</source>
        <translation>Uso: nfr issue | list | revoke SERIAL | verify KEY</translation>
    </message>
    <message>
        <source>nfr list takes no arguments.</source>
        <translation>nfr list no admite argumentos.</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>Indique la base de datos con --db FILE.</translation>
    </message>
    <message>
        <source>Use: keys show | keys export FILE [--public] | keys import FILE</source>
        <translation>Uso: keys show | keys export FILE [--public] | keys import FILE</translation>
    </message>
    <message>
        <source>Vendor key %1 is in %2 (%3).</source>
        <translation>La clave del proveedor %1 está en %2 (%3).</translation>
    </message>
    <message>
        <source>can issue and verify</source>
        <translation>puede emitir y verificar</translation>
    </message>
    <message>
        <source>public part only: verifies</source>
        <translation>solo la parte pública: verifica</translation>
    </message>
    <message>
        <source>key id: %1</source>
        <translation>id de clave: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>archivo: %1</translation>
    </message>
    <message>
        <source>algorithm: Ed25519 (libsodium)</source>
        <translation>algoritmo: Ed25519 (libsodium)</translation>
    </message>
    <message>
        <source>public key: %1</source>
        <translation>clave pública: %1</translation>
    </message>
    <message>
        <source>can issue and verify NFR keys</source>
        <translation>puede emitir y verificar claves NFR</translation>
    </message>
    <message>
        <source>public part only: verifies NFR keys</source>
        <translation>solo la parte pública: verifica claves NFR</translation>
    </message>
    <message>
        <source>Wrote the public key %1 to %2.</source>
        <translation>Se escribió la clave pública %1 en %2.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>vendor review</source>
        <translation>revisión del proveedor</translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation>solo por invitación</translation>
    </message>
    <message>
        <source>reward %1</source>
        <translation>recompensa %1</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>descuento %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>, built-in</source>
        <translation>, integrado</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Moneda: %1</translation>
    </message>
    <message>
        <source>Product lines: %1</source>
        <translation>Líneas de productos: %1</translation>
    </message>
    <message>
        <source>No requirements.</source>
        <translation>Sin requisitos.</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>objetivo: %1</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Use: programs list | programs show KEY | programs export KEY FILE.json | programs import FILE.json</source>
        <translation>Uso: programs list | programs show KEY | programs export KEY FILE.json | programs import FILE.json</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; saved.</source>
        <translation>Programa &quot;%1&quot; guardado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (upgrade)</source>
        <translation>%1 -&gt; %2 (ascenso)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (demotion proposed)</source>
        <translation>%1 -&gt; %2 (descenso propuesto)</translation>
    </message>
    <message>
        <source>%1 (stays)</source>
        <translation>%1 (se mantiene)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>trailing 12 months: %1</source>
        <translation>últimos 12 meses: %1</translation>
    </message>
    <message>
        <source>to %1:</source>
        <translation>para llegar a %1:</translation>
    </message>
    <message>
        <source>evaluate takes no arguments.</source>
        <translation>evaluate no admite argumentos.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) could not be evaluated.</source>
        <translation>
            <numerusform>No se pudo evaluar %n socio.</numerusform>
            <numerusform>No se pudieron evaluar %n socios.</numerusform>
        </translation>
    </message>
    <message>
        <source>apply needs --partner ID and --reason TEXT.</source>
        <translation>apply requiere --partner ID y --reason TEXT.</translation>
    </message>
    <message>
        <source>statement needs --partner ID and --quarter YYYY-QN.</source>
        <translation>statement requiere --partner ID y --quarter AAAA-QN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter; write it as 2026-Q3.</source>
        <translation>&quot;%1&quot; no es un trimestre; escríbalo como 2026-Q3.</translation>
    </message>
    <message>
        <source>Statement %1 for %2 (%3), %4, tier at quarter end: %5</source>
        <translation>Liquidación %1 de %2 (%3), %4, nivel al cierre del trimestre: %5</translation>
    </message>
    <message>
        <source>No sales in this quarter.</source>
        <translation>No hay ventas en este trimestre.</translation>
    </message>
    <message numerus="yes">
        <source>Total %1: %n line(s), sales %2, rewards %3</source>
        <translation>
            <numerusform>Total %1: %n línea, ventas %2, recompensas %3</numerusform>
            <numerusform>Total %1: %n líneas, ventas %2, recompensas %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: fx list | fx set DATE BASE QUOTE RATE (1 BASE = RATE QUOTE).</source>
        <translation>Uso: fx list | fx set DATE BASE QUOTE RATE (1 BASE = RATE QUOTE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>A rate needs two different currencies.</source>
        <translation>Un tipo de cambio requiere dos monedas distintas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate (a positive decimal with at most 6 decimals).</source>
        <translation>&quot;%1&quot; no es un tipo de cambio (un decimal positivo con 6 decimales como máximo).</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) in the offline copy %1</source>
        <translation>
            <numerusform>%n socio en la copia sin conexión %1</numerusform>
            <numerusform>%n socios en la copia sin conexión %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n fila escrita</numerusform>
            <numerusform>%n filas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed</source>
        <translation>
            <numerusform>%n fila eliminada</numerusform>
            <numerusform>%n filas eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles %1 and %2 are ready on %3.</source>
        <translation>Los roles %1 y %2 están listos en %3.</translation>
    </message>
    <message>
        <source>admin grant needs USER and a role: manager or rep.</source>
        <translation>admin grant requiere USER y un rol: manager o rep.</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 es ahora miembro de %2.</translation>
    </message>
    <message>
        <source>Took an offline copy of %1 (%2).</source>
        <translation>Se creó una copia sin conexión de %1 (%2).</translation>
    </message>
    <message>
        <source>The offline copy differs from its source in: %1. Run: offline refresh</source>
        <translation>La copia sin conexión difiere de su origen en: %1. Ejecute: offline refresh</translation>
    </message>
    <message>
        <source>The offline copy matches its source.</source>
        <translation>La copia sin conexión coincide con su origen.</translation>
    </message>
    <message>
        <source>%1 is not an offline copy.</source>
        <translation>%1 no es una copia sin conexión.</translation>
    </message>
    <message>
        <source>Offline copy of %1</source>
        <translation>Copia sin conexión de %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Socios: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Creada: %1</translation>
    </message>
    <message>
        <source>Offline since: %1</source>
        <translation>Sin conexión desde: %1</translation>
    </message>
    <message>
        <source>Use: notes --partner ID | notes add --partner ID TEXT</source>
        <translation>Uso: notes --partner ID | notes add --partner ID TEXT</translation>
    </message>
    <message>
        <source>Note %1 added.</source>
        <translation>Nota %1 añadida.</translation>
    </message>
    <message>
        <source>%1 does not exist. Create it with: partnerdesk-cli --db %1 init</source>
        <translation>%1 no existe. Créela con: partnerdesk-cli --db %1 init</translation>
    </message>
    <message>
        <source>Run partnerdesk-cli --help for usage.</source>
        <translation>Ejecute partnerdesk-cli --help para ver el uso.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>The database file, or a postgresql:// address.</source>
        <translation>Archivo de base de datos o dirección postgresql://.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language of messages (en, es, ru).</source>
        <translation>Idioma de los mensajes (en, es, ru).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Fill a new database with demo data.</source>
        <translation>Llena una base de datos nueva con datos de demostración.</translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation>Escribe JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>An internal-use licence.</source>
        <translation>Licencia de uso interno.</translation>
    </message>
    <message>
        <source>Only the public part of the key.</source>
        <translation>Solo la parte pública de la clave.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Comando que se ejecutará.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>La opción --%1 no se aplica a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>qbr needs --partner ID or --all, --quarter YYYY-QN and --out PATH.</source>
        <translation>qbr requiere --partner ID o --all, --quarter AAAA-QN y --out PATH.</translation>
    </message>
    <message>
        <source>--program applies to qbr --all only.</source>
        <translation>--program solo se aplica a qbr --all.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter like 2026-Q3.</source>
        <translation>&quot;%1&quot; no es un trimestre como 2026-Q3.</translation>
    </message>
    <message>
        <source>The review&apos;s language must be one of: %1.</source>
        <translation>El idioma de la revisión debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper es a4 o letter.</translation>
    </message>
    <message>
        <source>--today takes a date like 2026-10-05.</source>
        <translation>--today requiere una fecha como 2026-10-05.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>1 review written in %1 ms.</source>
        <translation>1 revisión escrita en %1 ms.</translation>
    </message>
    <message>
        <source>No partners to export.</source>
        <translation>No hay socios que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) written to %1</source>
        <translation>
            <numerusform>%n revisión escrita en %1</numerusform>
            <numerusform>%n revisiones escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Tiempo: %1 s</translation>
    </message>
    <message>
        <source>Every partner (of --program, when given).</source>
        <translation>Todos los socios (del --program, si se indica).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 credit(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 crédito</numerusform>
            <numerusform>%1 (%2): %3 créditos</numerusform>
        </translation>
    </message>
    <message>
        <source>admin prune-changes needs either --before DATE or --days N.</source>
        <translation>admin prune-changes necesita --before DATE o --days N.</translation>
    </message>
    <message>
        <source>--before takes a date such as 2026-01-31, not &quot;%1&quot;.</source>
        <translation>--before espera una fecha como 2026-01-31, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--days takes a number of days (0 or more), not &quot;%1&quot;.</source>
        <translation>--days espera un número de días (0 o más), no &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n change-log entry(s) logged before %1 from %2.</source>
        <translation>
            <numerusform>Se eliminó %n entrada del registro de cambios anterior a %1 de %2.</numerusform>
            <numerusform>Se eliminaron %n entradas del registro de cambios anteriores a %1 de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline copies last taken or refreshed before %1 must be taken again.</source>
        <translation>Las copias sin conexión tomadas o actualizadas por última vez antes del %1 deben tomarse de nuevo.</translation>
    </message>
    <message>
        <source>Use: admin roles | admin grant USER manager|rep | admin prune-changes (--before DATE | --days N)</source>
        <translation>Uso: admin roles | admin grant USER manager|rep | admin prune-changes (--before DATE | --days N)</translation>
    </message>
    <message>
        <source>paid %1 at %2 off</source>
        <translation>pagado %1 con un %2 de descuento</translation>
    </message>
    <message>
        <source>(%1 off)</source>
        <translation>(%1 de descuento)</translation>
    </message>
    <message>
        <source>internal-use discount %1</source>
        <translation>descuento por uso interno del %1</translation>
    </message>
    <message>
        <source>reward %1 = %2</source>
        <translation>recompensa %1 = %2</translation>
    </message>
    <message>
        <source>rebate %1 = %2</source>
        <translation>bonificación %1 = %2</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>Passphrase to protect the exported key: </source>
        <translation>Frase de contraseña para proteger la clave exportada: </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>Wrote the key pair %1 to %2, protected by its passphrase.</source>
        <translation>Se escribió el par de claves %1 en %2, protegido por su frase de contraseña.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing %1…</source>
        <translation>Esperando a que otro programa termine de escribir en %1…</translation>
    </message>
    <message>
        <source>Warning: the password in --db can be seen by other users of this computer in the process list. Leave it out and set PGPASSWORD or put it in ~/.pgpass instead.</source>
        <translation>Advertencia: la contraseña de --db es visible para otros usuarios de este equipo en la lista de procesos. Quítela y use PGPASSWORD o el archivo ~/.pgpass.</translation>
    </message>
    <message>
        <source>A passphrase is needed: run this in a terminal, or set it in the environment variable PARTNERDESK_KEY_PASSPHRASE.</source>
        <translation>Se necesita una frase de contraseña: ejecute esto en un terminal o póngala en la variable de entorno PARTNERDESK_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Give --replace to replace it with a copy of %1.</source>
        <translation>Indique --replace para sustituirla por una copia de %1.</translation>
    </message>
    <message>
        <source>--territory, --program, --country and --replace apply to &quot;offline take&quot;.</source>
        <translation>--territory, --program, --country y --replace se aplican a &quot;offline take&quot;.</translation>
    </message>
    <message>
        <source>Use: offline take FILE [--territory T] [--program KEY] [--country CC] [--replace] | offline refresh | offline info | offline verify</source>
        <translation>Uso: offline take FILE [--territory T] [--program KEY] [--country CC] [--replace] | offline refresh | offline info | offline verify</translation>
    </message>
    <message>
        <source>Replace an offline copy of another database.</source>
        <translation>Sustituir una copia sin conexión de otra base de datos.</translation>
    </message>
    <message>
        <source>KIND: %1</source>
        <translation>KIND: %1</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation>--date necesita una fecha AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--quantity needs a whole number.</source>
        <translation>--quantity necesita un número entero.</translation>
    </message>
    <message>
        <source>--renewal is yes or no.</source>
        <translation>--renewal es yes o no.</translation>
    </message>
    <message>
        <source>--kind is one of: %1.</source>
        <translation>--kind es uno de: %1.</translation>
    </message>
    <message>
        <source>--metric is nps, satisfaction or advocacy.</source>
        <translation>--metric es nps, satisfaction o advocacy.</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renovación</translation>
    </message>
    <message>
        <source>ref %1</source>
        <translation>ref. %1</translation>
    </message>
    <message>
        <source>returns #%1</source>
        <translation>devuelve n.º %1</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>no vence</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>No hay registros.</translation>
    </message>
    <message>
        <source>VOIDED %1 by %2: %3</source>
        <extracomment>%1 is a date and time (UTC), %2 a user name, %3 the reason given</extracomment>
        <translation>ANULADO %1 por %2: %3</translation>
    </message>
    <message>
        <source>Use: void KIND ID --reason TEXT</source>
        <translation>Uso: void KIND ID --reason TEXTO</translation>
    </message>
    <message>
        <source>Voided %1 %2; it stays in the partner&apos;s history.</source>
        <translation>Anulado: %1 %2; queda en el historial del socio.</translation>
    </message>
    <message>
        <source>Use: correct KIND ID --reason TEXT --FIELD VALUE ...</source>
        <translation>Uso: correct KIND ID --reason TEXTO --CAMPO VALOR ...</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to a %2; it takes %3.</source>
        <extracomment>%3 lists the options, &quot;--date, --note&quot;</extracomment>
        <translation>La opción --%1 no se aplica a %2; admite %3.</translation>
    </message>
    <message>
        <source>Name at least one field to correct: %1.</source>
        <translation>Indique al menos un campo que corregir: %1.</translation>
    </message>
    <message>
        <source>Corrected %1 %2: the correction is %1 %3.</source>
        <translation>Corregido: %1 %2; la corrección es %1 %3.</translation>
    </message>
    <message>
        <source>Use: restore KIND ID --reason TEXT</source>
        <translation>Uso: restore KIND ID --reason TEXTO</translation>
    </message>
    <message>
        <source>Restored %1 %2 as %1 %3.</source>
        <translation>Restaurado: %1 %2 como %1 %3.</translation>
    </message>
    <message>
        <source>Use: records KIND --partner ID [--voided]</source>
        <translation>Uso: records KIND --partner ID [--voided]</translation>
    </message>
    <message>
        <source>Use: licences list [--partner ID] [--voided] | licences add ...</source>
        <translation>Uso: licences list [--partner ID] [--voided] | licences add ...</translation>
    </message>
    <message>
        <source>List voided records too.</source>
        <translation>Listar también los registros anulados.</translation>
    </message>
    <message>
        <source>return of %1 (%2)</source>
        <translation>devolución de %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <extracomment>the three counts of an import with --update: &quot;3 updated, 997 unchanged, 10 added.&quot;</extracomment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new was imported: %Ln record(s) already present.</source>
        <translation>
            <numerusform>No se importó nada nuevo: %Ln registro ya estaba en la base de datos.</numerusform>
            <numerusform>No se importó nada nuevo: los %Ln registros ya estaban en la base de datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported, %Ln already present.</source>
        <translation>
            <numerusform>%1 importados, %Ln ya estaba.</numerusform>
            <numerusform>%1 importados, %Ln ya estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: history --partner ID</source>
        <translation>Uso: history --partner ID</translation>
    </message>
    <message>
        <source>tier %1 -&gt; %2 from %3 (%4)</source>
        <translation>nivel %1 -&gt; %2 desde %3 (%4)</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>socio %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4 (from %5)</source>
        <translation>%1 %2: %3 -&gt; %4 (de %5)</translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (%2): %n change(s)</source>
        <translation>
            <numerusform>Historial de %1 (%2): %n cambio</numerusform>
            <numerusform>Historial de %1 (%2): %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Update existing partners and customers by code.</source>
        <translation>Actualiza por código los socios y clientes existentes.</translation>
    </message>
    <message>
        <source>commission %1 per unit</source>
        <translation>comisión de %1 por unidad</translation>
    </message>
    <message>
        <source>commission per unit, negotiated per partner</source>
        <translation>comisión por unidad, negociada con cada socio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payout state; use owed, approved, paid or carried.</source>
        <translation>&quot;%1&quot; no es un estado de pago; use owed, approved, paid o carried.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1, ref. %2</source>
        <translation>%1, ref. %2</translation>
    </message>
    <message>
        <source>No payables.</source>
        <translation>No hay importes a pagar.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Saldo trasladado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>Importes a pagar</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Payable %1 (%2, %3, %4): %5, %6</source>
        <translation>Importe a pagar %1 (%2, %3, %4): %5, %6</translation>
    </message>
    <message>
        <source>Use: payouts list [filters] | export FILE.csv [filters] | approve ID | pay ID --date YYYY-MM-DD --reference TEXT</source>
        <translation>Uso: payouts list [filtros] | export FILE.csv [filtros] | approve ID | pay ID --date AAAA-MM-DD --reference TEXT</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;payouts %2&quot;.</source>
        <translation>La opción --%1 no se aplica a &quot;payouts %2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payable number.</source>
        <translation>&quot;%1&quot; no es un número de importe a pagar.</translation>
    </message>
    <message>
        <source>payouts pay needs --date YYYY-MM-DD and --reference TEXT.</source>
        <translation>payouts pay necesita --date AAAA-MM-DD y --reference TEXT.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 payable(s) to %2.</source>
        <translation>
            <numerusform>Se escribió %1 importe a pagar en %2.</numerusform>
            <numerusform>Se escribieron %1 importes a pagar en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>sales %1, rewards %2, rebate %3, SPIF %4, adjustments %5</source>
        <translation>ventas %1, recompensas %2, bonificación %3, SPIF %4, ajustes %5</translation>
    </message>
    <message>
        <source>No sales and no adjustments in this quarter.</source>
        <translation>Sin ventas ni ajustes en este trimestre.</translation>
    </message>
    <message>
        <source>closed on %1 by %2</source>
        <translation>cerrado el %1 por %2</translation>
    </message>
    <message>
        <source>No quarter is closed yet.</source>
        <translation>Todavía no hay ningún trimestre cerrado.</translation>
    </message>
    <message>
        <source>close list takes no other option.</source>
        <translation>close list no admite ninguna otra opción.</translation>
    </message>
    <message>
        <source>Use: close --quarter YYYY-QN [--preview] [--today DATE] [--by NAME] | close list.</source>
        <translation>Uso: close --quarter AAAA-QN [--preview] [--today DATE] [--by NAME] | close list.</translation>
    </message>
    <message numerus="yes">
        <source>Closing %1 would freeze %n statement(s) (nothing written):</source>
        <translation>
            <numerusform>Cerrar %1 congelaría %n liquidación (no se ha escrito nada):</numerusform>
            <numerusform>Cerrar %1 congelaría %n liquidaciones (no se ha escrito nada):</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1:</source>
        <translation>%1 cerrado:</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) frozen</source>
        <translation>
            <numerusform>%n liquidación congelada</numerusform>
            <numerusform>%n liquidaciones congeladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payable(s)</source>
        <translation>
            <numerusform>%n importe a pagar</numerusform>
            <numerusform>%n importes a pagar</numerusform>
        </translation>
    </message>
    <message>
        <source>This partnerdesk-cli was built without the window&apos;s part: it writes no PDF.</source>
        <translation>Este partnerdesk-cli se compiló sin la parte de la ventana: no escribe PDF.</translation>
    </message>
    <message>
        <source>Closed on %1 by %2: the figures frozen at the close.</source>
        <translation>Cerrado el %1 por %2: las cifras congeladas al cierre.</translation>
    </message>
    <message>
        <source>commission %1 × %2 = %3</source>
        <translation>comisión %1 × %2 = %3</translation>
    </message>
    <message>
        <source>SPIF &quot;%1&quot; %2</source>
        <translation>SPIF &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>Adjustments of closed quarters:</source>
        <translation>Ajustes de trimestres cerrados:</translation>
    </message>
    <message>
        <source>voided line</source>
        <translation>línea anulada</translation>
    </message>
    <message>
        <source>late line</source>
        <translation>línea tardía</translation>
    </message>
    <message>
        <source>reward %1, rebate %2, SPIF %3</source>
        <translation>recompensa %1, bonificación %2, SPIF %3</translation>
    </message>
    <message>
        <source>SPIF %1</source>
        <translation>SPIF %1</translation>
    </message>
    <message>
        <source>adjustments %1</source>
        <translation>ajustes %1</translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation>obtenido %1</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 por unidad</translation>
    </message>
    <message>
        <source>%1 per line</source>
        <translation>%1 por línea</translation>
    </message>
    <message>
        <source>%1 of the line</source>
        <translation>%1 de la línea</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Programs: %1</source>
        <translation>Programas: %1</translation>
    </message>
    <message>
        <source>Tiers: %1</source>
        <translation>Niveles: %1</translation>
    </message>
    <message>
        <source>Renewals earn it.</source>
        <translation>Las renovaciones lo ganan.</translation>
    </message>
    <message>
        <source>Renewals do not earn it.</source>
        <translation>Las renovaciones no lo ganan.</translation>
    </message>
    <message>
        <source>Bonus: %1</source>
        <translation>Bono: %1</translation>
    </message>
    <message>
        <source>Use: spif list | spif show KEY | spif import FILE.json | spif export KEY FILE.json | spif remove KEY</source>
        <translation>Uso: spif list | spif show KEY | spif import FILE.json | spif export KEY FILE.json | spif remove KEY</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; saved.</source>
        <translation>Campaña SPIF &quot;%1&quot; guardada.</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; removed.</source>
        <translation>Campaña SPIF &quot;%1&quot; quitada.</translation>
    </message>
    <message>
        <source>statement as PDF needs --partner ID --pdf FILE, or --all --out DIR, and --quarter YYYY-QN.</source>
        <translation>statement en PDF necesita --partner ID --pdf FILE, o --all --out DIR, y --quarter YYYY-QN.</translation>
    </message>
    <message>
        <source>--program applies to statement --all only.</source>
        <translation>--program solo se aplica a statement --all.</translation>
    </message>
    <message>
        <source>The statement&apos;s language must be one of: %1.</source>
        <translation>El idioma de la liquidación debe ser uno de estos: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1</source>
        <translation>
            <numerusform>%n liquidación escrita en %1</numerusform>
            <numerusform>%n liquidaciones escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>back to the program&apos;s rate</source>
        <translation>vuelta a la tasa del programa</translation>
    </message>
    <message numerus="yes">
        <source>Negotiated rates of %1 (%2): %n</source>
        <translation>
            <numerusform>Tasas negociadas de %1 (%2): %n</numerusform>
            <numerusform>Tasas negociadas de %1 (%2): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: rates set --partner ID --line KEY --from DATE (--percent P | --per-unit AMOUNT [--currency C] | --program-rate) --reason TEXT [--by NAME]</source>
        <translation>Uso: rates set --partner ID --line KEY --from DATE (--percent P | --per-unit AMOUNT [--currency C] | --program-rate) --reason TEXT [--by NAME]</translation>
    </message>
    <message>
        <source>--currency goes with --per-unit.</source>
        <translation>--currency solo acompaña a --per-unit.</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from espera una fecha AAAA-MM-DD, no «%1».</translation>
    </message>
    <message>
        <source>Recorded #%1: %2 on %3 from %4 for %5.</source>
        <translation>Registrada #%1: %2 en %3 desde %4 para %5.</translation>
    </message>
    <message>
        <source>Use: rates list --partner ID | rates set --partner ID ...</source>
        <translation>Uso: rates list --partner ID | rates set --partner ID ...</translation>
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
        <translation>Uso: partnerdesk-cli --db FILE COMMAND [ARGUMENTS] [OPTIONS]

Comandos:
  init [--demo] [--seed S]             crea la base de datos (con datos de demostración)
  import KIND FILE.csv                 importa registros, todos o ninguno
  import partners|customers FILE.csv --update [--by NAME]
                                       actualiza además por código los registros existentes;
                                       cada campo cambiado queda en el historial del socio
  export KIND FILE.csv                 exporta registros
      KIND: partners, certifications, customers, moves, sales, events, scores, fxrates
  programs list                        enumera los programas
  programs show KEY                    muestra los niveles y requisitos de un programa
  programs export KEY FILE.json        escribe una definición de programa
  programs import FILE.json            añade o sustituye una definición de programa
  spif list | spif show KEY            campañas SPIF (bonos en las liquidaciones)
  spif import FILE.json | spif export KEY FILE.json | spif remove KEY
                                       añade o sustituye, escribe, quita una campaña
  evaluate [--as-of DATE] [--program KEY] [--json]
                                       nivel actual y propuesto, lo que falta para el siguiente nivel
  apply --partner ID --reason TEXT [--as-of DATE] [--by NAME]
                                       aplica el cambio de nivel propuesto y lo registra
  statement --partner ID --quarter 2026-Q3 [--json]
                                       ventas, recompensas y bonificación de un trimestre
  statement --partner ID --quarter 2026-Q3 --pdf FILE [--paper a4|letter] [--lang en|es|ru]
  statement --all [--program KEY] --quarter 2026-Q3 --out DIR
                                       la liquidación del socio en PDF (una por socio)
  close --quarter 2026-Q3 [--preview] [--today DATE] [--by NAME]
                                       congela las liquidaciones del trimestre, registra los
                                       cambios tardíos como ajustes y crea los importes a pagar;
                                       los trimestres se cierran en orden, una vez, al terminar
  close list                           los trimestres cerrados, cuándo y por quién
  fx list | fx set DATE BASE QUOTE RATE tipos de cambio (1 BASE = RATE QUOTE)
  generate --partners N --sales M [--seed S]
                                       añade un conjunto de datos sintéticos para pruebas de escala
  check                                comprueba la integridad de la base de datos

Anulaciones y correcciones (los registros nunca se eliminan; KIND: sale, licence, event,
certification, score):
  void KIND ID --reason TEXT           anula un registro: deja de contar en métricas y liquidaciones
  correct KIND ID --reason TEXT --FIELD VALUE ...
                                       anula un registro y añade su copia corregida; campos:
      sale: --date --customer --product-line --unit-price --currency --quantity --renewal
      licence: las opciones de licences add; event: --kind --date --note
      certification: --certificate --passed --expires; score: --metric --date --value
  restore KIND ID --reason TEXT        deshace una anulación: una copia vigente del registro anulado
  records KIND --partner ID [--voided] los registros de un socio, con los anulados y
                                       quién, cuándo y por qué los anuló

Licencias, claves NFR, créditos de activación y certificaciones:
  licences list [--partner ID] [--voided]
                                       licencias vendidas a través de socios
  licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME
      --start DATE --price AMOUNT [--seats N] [--end DATE] [--renews ID] [--sold DATE]
      [--edition E] [--modules A,B] [--currency C] [--note TEXT]
                                       registra la venta de una licencia (o una licencia de uso interno)
  renewals [--partner ID] [--days 30|60|90] [--as-of DATE]
                                       licencias pendientes de renovación
  nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N]
      [--addon-days N] [--override REASON] [--by NAME]
                                       emite una clave de demostración firmada no para reventa
  nfr list [--partner ID] [--as-of DATE] | nfr revoke SERIAL --reason TEXT
  nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]
                                       comprueba una clave sin conexión (--db comprueba además
                                       la revocación); código de salida 0 solo si la clave es válida
  keys show | keys export FILE [--public] | keys import FILE [--key-dir DIR]
                                       la clave de firma del proveedor (fuera de la base de datos)
  credits buy --partner ID --credits N [--discount PCT]
  credits consume --partner ID --credits N --customer CODE
  credits correct --partner ID --corrects ENTRY --credits N [--paid AMOUNT] --reason TEXT
  credits balance|ledger --partner ID  el libro de créditos de activación (solo se añaden asientos)
  customer move CODE --to PARTNER --reason TEXT [--on DATE]
                                       transfiere un cliente a otro socio (sin créditos)
  certifications expiring [--days 90] [--partner ID] [--as-of DATE]
  certifications levels --partner ID | award --partner ID --level KEY [--on DATE] [--expires DATE]
  rates list --partner ID              tasas negociadas de un socio (con fecha, solo se añaden)
  rates set --partner ID --line KEY --from DATE --reason TEXT [--by NAME]
      (--percent P | --per-unit AMOUNT [--currency C] | --program-rate)
                                       una tasa de recompensa o una comisión por unidad para
                                       una línea de productos (o renewal) desde DATE, o la
                                       vuelta a la tasa del programa

Pagos (un importe a pagar por socio y moneda de un trimestre cerrado):
  payouts list [--state owed|approved|paid|carried] [--quarter Q] [--currency C]
      [--owner NAME] [--partner ID]    importes a pagar, con totales por moneda y estado
  payouts approve ID [--by NAME]       aprueba para el pago un importe pendiente
  payouts pay ID --date AAAA-MM-DD --reference TEXT [--by NAME]
                                       registra el pago de un importe aprobado
  payouts export FILE.csv [filtros]    los importes listados, en CSV

Revisiones trimestrales de negocio (PDF):
  qbr (--partner ID | --all [--program KEY]) --quarter 2026-Q3 --out PATH [--lang en|es|ru]
      [--paper a4|letter] [--today DATE]
                                       un PDF (PATH.pdf o una carpeta) o uno por socio
                                       en la carpeta PATH, usando todos los núcleos

Base de datos del equipo (--db postgresql://USER@HOST:PORT/DATABASE[?sslmode=require]):
  admin roles                          crea los roles manager y rep y sus permisos
  admin grant USER manager|rep         asigna uno de los roles a un usuario de la base de datos
  admin prune-changes --before DATE | --days N
                                       elimina entradas antiguas del registro de cambios (las copias
                                       sin conexión actualizadas antes deben tomarse de nuevo)
  history --partner ID                 cambios de nivel y campos resincronizados de un socio
  notes --partner ID | notes add --partner ID TEXT
                                       las notas de un socio (los comerciales solo pueden añadir notas)
  offline take FILE [--territory T] [--program KEY] [--country CC] [--replace]
                                       copia en un archivo los socios que necesita un comercial;
                                       sustituye la copia sin conexión de otra base de datos solo con --replace
  offline refresh | info | verify      (--db FILE) actualiza la copia; muestra su origen;
                                       la compara con su origen

Código de salida: 0 correcto, 1 entrada o datos incorrectos, 2 error de uso.
</translation>
    </message>
    <message>
        <source>Show what closing would freeze; write nothing.</source>
        <translation>Muestra lo que congelaría el cierre; no escribe nada.</translation>
    </message>
    <message>
        <source>Back to the program&apos;s rate.</source>
        <translation>Volver a la tasa del programa.</translation>
    </message>
    <message>
        <source>
Log (for support): --verbose prints it to stderr, debug lines included;
--log-file FILE writes it to FILE (renewed at 1 MB, five files kept).
</source>
        <translation>
Registro (para soporte): --verbose lo escribe en stderr, con las líneas de depuración;
--log-file FILE lo escribe en FILE (se renueva al llegar a 1 MB; se guardan cinco archivos).
</translation>
    </message>
    <message>
        <source>Print the log (debug lines too) to stderr.</source>
        <translation>Escribir el registro (también las líneas de depuración) en stderr.</translation>
    </message>
    <message>
        <source>Also write the log to this file.</source>
        <translation>Escribir además el registro en este archivo.</translation>
    </message>
</context>
<context>
    <name>pd::ChangeLog</name>
    <message>
        <source>The date to prune the change history before is not valid.</source>
        <translation>La fecha hasta la que se poda el historial de cambios no es válida.</translation>
    </message>
    <message>
        <source>The change history can be pruned up to today (%1) at the latest, not %2.</source>
        <translation>El historial de cambios se puede podar como máximo hasta hoy (%1), no hasta %2.</translation>
    </message>
    <message>
        <source>%1 is an offline copy: prune the change history of the database it was taken from.</source>
        <translation>%1 es una copia sin conexión: pode el historial de cambios de la base de datos de la que se tomó.</translation>
    </message>
</context>
<context>
    <name>pd::Corrections</name>
    <message>
        <source>Sale %1</source>
        <translation>Venta %1</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Licencia %1</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>Certification %1</source>
        <translation>Certificación %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Puntuación %1</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>No existe la venta %1.</translation>
    </message>
    <message>
        <source>There is no licence %1.</source>
        <translation>No existe la licencia %1.</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>No existe el evento %1.</translation>
    </message>
    <message>
        <source>There is no certification %1.</source>
        <translation>No existe la certificación %1.</translation>
    </message>
    <message>
        <source>There is no score %1.</source>
        <translation>No existe la puntuación %1.</translation>
    </message>
    <message>
        <source>%1 was already voided on %2 by %3 (%4).</source>
        <extracomment>%1 is &quot;Sale 12&quot;; %2 a date and time (UTC), %3 a user name, %4 the reason given</extracomment>
        <translation>%1: ya se anuló el %2 (por %3: %4).</translation>
    </message>
    <message>
        <source>Sale %1 has a return that is not voided (sale %2): void its returns first.</source>
        <translation>La venta %1 tiene una devolución no anulada (venta %2): anule primero sus devoluciones.</translation>
    </message>
    <message>
        <source>Sale %1 is the sale of licence %2: void or correct the licence instead.</source>
        <translation>La venta %1 es la venta de la licencia %2: anule o corrija la licencia en su lugar.</translation>
    </message>
    <message>
        <source>Licence %1 is renewed by licence %2: void that renewal first.</source>
        <translation>La licencia %1 se renueva con la licencia %2: anule primero esa renovación.</translation>
    </message>
    <message>
        <source>%1 was voided by someone else meanwhile.</source>
        <translation>Otra persona anuló %1 mientras tanto.</translation>
    </message>
    <message>
        <source>%1: give the reason for the void or correction.</source>
        <extracomment>%1 is &quot;Sale 12&quot;</extracomment>
        <translation>%1: indique el motivo de la anulación o corrección.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no product line &quot;%2&quot;.</source>
        <translation>El programa «%1» no tiene la línea de productos «%2».</translation>
    </message>
    <message>
        <source>A sale needs a date.</source>
        <translation>Una venta necesita una fecha.</translation>
    </message>
    <message>
        <source>A unit price cannot be negative.</source>
        <translation>Un precio unitario no puede ser negativo.</translation>
    </message>
    <message>
        <source>A sale&apos;s quantity is a whole number of at least 1.</source>
        <translation>La cantidad de una venta es un número entero de al menos 1.</translation>
    </message>
    <message>
        <source>A return&apos;s quantity is negative.</source>
        <translation>La cantidad de una devolución es negativa.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a customer of this partner.</source>
        <translation>%1 (%2) no es cliente de este socio.</translation>
    </message>
    <message>
        <source>Sale %1, which this line returns, is voided.</source>
        <translation>La venta %1, que esta línea devuelve, está anulada.</translation>
    </message>
    <message>
        <source>The return of %1 units exceeds the %2 left of sale %3.</source>
        <translation>La devolución de %1 unidades supera las %2 que quedan de la venta %3.</translation>
    </message>
    <message>
        <source>An event needs a date.</source>
        <translation>Un evento necesita una fecha.</translation>
    </message>
    <message>
        <source>A score is of nps, satisfaction or advocacy.</source>
        <translation>Una puntuación es de nps, satisfaction o advocacy.</translation>
    </message>
    <message>
        <source>A score needs a date.</source>
        <translation>Una puntuación necesita una fecha.</translation>
    </message>
    <message>
        <source>An NPS score lies between -100 and 100.</source>
        <translation>Una puntuación NPS está entre -100 y 100.</translation>
    </message>
    <message>
        <source>A score lies between 0 and 100.</source>
        <translation>Una puntuación está entre 0 y 100.</translation>
    </message>
    <message>
        <source>Name the certificate.</source>
        <translation>Indique el certificado.</translation>
    </message>
    <message>
        <source>A certification needs the date it was passed.</source>
        <translation>Una certificación necesita la fecha en que se aprobó.</translation>
    </message>
    <message>
        <source>The certification expires (%1) before it is passed (%2).</source>
        <translation>La certificación vence (%1) antes de aprobarse (%2).</translation>
    </message>
    <message>
        <source>Staff member %1 is not with this partner.</source>
        <translation>El miembro del personal %1 no pertenece a este socio.</translation>
    </message>
    <message>
        <source>%1 is not voided: there is nothing to restore.</source>
        <translation>%1: no consta ninguna anulación, no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>%1 was corrected by record %2: correct or void that one instead.</source>
        <translation>%1: lo corrigió el registro %2; corrija o anule ese en su lugar.</translation>
    </message>
    <message>
        <source>%1 restored as record %2: %3</source>
        <extracomment>%1 is &quot;Sale 12&quot;; %2 the new record&apos;s id; %3 the reason given</extracomment>
        <translation>%1: restaurado como registro %2: %3</translation>
    </message>
</context>
<context>
    <name>pd::CsvReader</name>
    <message>
        <source>the file is UTF-16; save it as UTF-8 (&quot;CSV UTF-8&quot;)</source>
        <translation>el archivo está en UTF-16; guárdelo como UTF-8 (&quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>a quoted field is not closed (its quote opens on line %1)</source>
        <translation>un campo entre comillas no está cerrado (sus comillas se abren en la línea %1)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>texto inesperado después de las comillas de cierre (unas comillas dentro de un campo entre comillas deben duplicarse)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>comillas dentro de un campo sin comillas (ponga todo el campo entre comillas y duplique las comillas)</translation>
    </message>
    <message>
        <source>the text holds NUL bytes: save the file as UTF-8 (&quot;CSV UTF-8&quot;), not UTF-16</source>
        <translation>el texto contiene bytes NUL: guarde el archivo como UTF-8 (&quot;CSV UTF-8&quot;), no como UTF-16</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</source>
        <translation>el texto no es UTF-8 válido (guarde el archivo como &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>se esperaban %1 campos, como en el encabezado, pero hay %2</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the most one record may hold; the rest of the file is not read</source>
        <translation>la línea supera los %1 bytes, lo máximo que puede tener un registro; el resto del archivo no se lee</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 bytes, the most one field may hold</source>
        <translation>el campo %1 supera los %2 bytes, lo máximo que puede tener un campo</translation>
    </message>
</context>
<context>
    <name>pd::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation>No se pudo escribir el archivo CSV: %1</translation>
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <source>%1 is not a PartnerDesk database. It was not changed.</source>
        <translation>%1 no es una base de datos de PartnerDesk. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PartnerDesk (database version %2; this version reads up to %3). Update PartnerDesk to open it. It was not changed.</source>
        <translation>%1 se escribió con una versión más reciente de PartnerDesk (versión de base de datos %2; esta versión lee hasta la %3). Actualice PartnerDesk para abrirla. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of PartnerDesk and must be upgraded before it can be opened read-only.</source>
        <translation>%1 se escribió con una versión anterior de PartnerDesk y debe actualizarse antes de poder abrirse en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>No se pudo actualizar la base de datos a la versión %1: %2</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; it is needed for %1.</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL) no está instalado; se necesita para %1.</translation>
    </message>
    <message>
        <source>Could not connect to the team database (%1): %2</source>
        <translation>No se pudo conectar a la base de datos del equipo (%1): %2</translation>
    </message>
    <message>
        <source>%1 holds no PartnerDesk data yet.</source>
        <translation>%1 aún no contiene datos de PartnerDesk.</translation>
    </message>
    <message>
        <source>Your database role may only read partner records and add notes; ask a manager to make this change.</source>
        <translation>Su rol en la base de datos solo permite leer los registros de socios y añadir notas; pida a un responsable que haga este cambio.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to version %2 that only its owner (the user who created it) may run: open it once as that user.</source>
        <translation>%1 necesita una actualización a la versión %2 que solo puede ejecutar su propietario (el usuario que la creó): ábrala una vez como ese usuario.</translation>
    </message>
    <message>
        <source>The database %1 is read-only and could not be opened.</source>
        <translation>La base de datos %1 es de solo lectura y no se pudo abrir.</translation>
    </message>
    <message>
        <source>The database is open read-only; changes are not allowed.</source>
        <translation>La base de datos está abierta en modo de solo lectura; no se permiten cambios.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>No se pudo abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>La base de datos no pudo iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>The database could not save the changes: %1</source>
        <translation>La base de datos no pudo guardar los cambios: %1</translation>
    </message>
    <message>
        <source>The database could not run the statement &quot;%1&quot;: %2</source>
        <translation>La base de datos no pudo ejecutar la instrucción &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The offline copy could not be written: %1</source>
        <translation>No se pudo escribir la copia sin conexión: %1</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it (another PartnerDesk window, a partnerdesk-cli command or a backup). Try again when it has finished.</source>
        <translation>La base de datos %1 está bloqueada por otro programa que escribe en ella (otra ventana de PartnerDesk, un comando de partnerdesk-cli o una copia de seguridad). Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full. Free some disk space, then try again.</source>
        <translation>El disco de la base de datos %1 está lleno. Libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only for you. Make both writable, then try again.</source>
        <translation>No se puede escribir en la base de datos %1: el archivo o su carpeta son de solo lectura para usted. Permita escribir en ambos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written: the disk reported an input/output error (%2). Check the disk or network drive, then try again.</source>
        <translation>No se pudo leer ni escribir la base de datos %1: el disco informó de un error de entrada/salida (%2). Revise el disco o la unidad de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>No se ha podido crear %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a PartnerDesk database. Create a database with &quot;init&quot; or File › New Database. It was not changed.</source>
        <translation>%1 está vacío, no es una base de datos de PartnerDesk. Cree una base de datos con &quot;init&quot; o Archivo › Nueva base de datos. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is damaged (cut short or partly overwritten) and cannot be read. Restore it from a backup. It was not changed.</source>
        <translation>%1 está dañado (cortado o sobrescrito en parte) y no se puede leer. Restáurelo desde una copia de seguridad. No se ha modificado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in use: another program kept it locked for more than %n second(s). Try again when it is done. It was not changed.</source>
        <translation>
            <numerusform>%1 está en uso: otro programa lo ha mantenido bloqueado más de %n segundo. Inténtelo de nuevo cuando termine. No se ha modificado.</numerusform>
            <numerusform>%1 está en uso: otro programa lo ha mantenido bloqueado más de %n segundos. Inténtelo de nuevo cuando termine. No se ha modificado.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted (the -journal or -wal file beside it). It can be read only after that change is rolled back, which needs write access to the file and its folder. It was not changed.</source>
        <translation>%1 contiene un cambio que se interrumpió (el archivo -journal o -wal que tiene al lado). Solo se puede leer cuando ese cambio se deshaga, y para ello hace falta permiso de escritura en el archivo y en su carpeta. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is in a folder PartnerDesk may not write to, and this database needs its -wal and -shm files beside it. Copy it to a folder you can write to. It was not changed.</source>
        <translation>%1 está en una carpeta en la que PartnerDesk no puede escribir, y esta base de datos necesita sus archivos -wal y -shm a su lado. Cópiela a una carpeta en la que pueda escribir. No se ha modificado.</translation>
    </message>
    <message>
        <source>The database server sent a malformed row.</source>
        <translation>El servidor de la base de datos envió una fila mal formada.</translation>
    </message>
    <message>
        <source>%1.%2 holds &quot;%3&quot;, which is not a date (YYYY-MM-DD)</source>
        <translation>%1.%2 contiene «%3», que no es una fecha (AAAA-MM-DD)</translation>
    </message>
</context>
<context>
    <name>pd::ExchangeRates</name>
    <message>
        <source>No exchange rate from %1 to %2 on or before %3. Add it to the exchange-rate table.</source>
        <translation>No hay tipo de cambio de %1 a %2 en la fecha %3 ni antes. Añádalo a la tabla de tipos de cambio.</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 en %3</translation>
    </message>
</context>
<context>
    <name>pd::Exporter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
</context>
<context>
    <name>pd::Generator</name>
    <message>
        <source>The number of partners must be between 0 and %1.</source>
        <translation>El número de socios debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>The number of sales lines must be between 0 and %1.</source>
        <translation>El número de líneas de venta debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>Sales lines need at least one partner.</source>
        <translation>Las líneas de venta necesitan al menos un socio.</translation>
    </message>
    <message>
        <source>The as-of date for the generated data is not a valid date.</source>
        <translation>La fecha de referencia de los datos generados no es una fecha válida.</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n partner(s). Generate data into a new, empty database.</source>
        <translation>
            <numerusform>La base de datos ya contiene %n socio. Genere los datos en una base de datos nueva y vacía.</numerusform>
            <numerusform>La base de datos ya contiene %n socios. Genere los datos en una base de datos nueva y vacía.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the built-in programs is available to generate data for.</source>
        <translation>No hay ningún programa integrado disponible para el que generar datos.</translation>
    </message>
    <message>
        <source>Data generation was cancelled; nothing was written.</source>
        <translation>Se canceló la generación de datos; no se escribió nada.</translation>
    </message>
    <message>
        <source>Requirements met at the annual review</source>
        <translation>Requisitos cumplidos en la revisión anual</translation>
    </message>
    <message>
        <source>PartnerDesk demo data</source>
        <translation>Datos de demostración de PartnerDesk</translation>
    </message>
    <message>
        <source>Privileged yearly SPIF %1</source>
        <translation>SPIF anual Privileged %1</translation>
    </message>
    <message>
        <source>PartnerDesk demo data: 2 % of every line sold while Privileged.</source>
        <translation>Datos de demostración de PartnerDesk: 2 % de cada línea vendida en el nivel Privileged.</translation>
    </message>
</context>
<context>
    <name>pd::Importer</name>
    <message>
        <source>there is no partner &quot;%1&quot;</source>
        <translation>no existe el socio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a staff role (%2)</source>
        <translation>&quot;%1&quot; no es un rol del personal (%2)</translation>
    </message>
    <message>
        <source>%1 must be after passed_on (%2)</source>
        <translation>%1 debe ser posterior a passed_on (%2)</translation>
    </message>
    <message>
        <source>%1 is already recorded with the role %2</source>
        <translation>%1 ya está registrado con el rol %2</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot; passed on %3</source>
        <translation>%1 ya tiene &quot;%2&quot;, obtenida el %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event kind (%2)</source>
        <translation>&quot;%1&quot; no es un tipo de evento (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scored metric (%2)</source>
        <translation>&quot;%1&quot; no es una métrica con puntuación (%2)</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de estos: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD, for example 2026-03-31)</source>
        <translation>&quot;%1&quot; no es una fecha (se espera AAAA-MM-DD, por ejemplo 2026-03-31)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two upper-case letters, for example ES, RU, US)</source>
        <translation>&quot;%1&quot; no es un código de país ISO 3166 (dos letras mayúsculas, por ejemplo ES, RU, US)</translation>
    </message>
    <message>
        <source>appears twice in this file (first on line %1)</source>
        <translation>aparece dos veces en este archivo (la primera en la línea %1)</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; already exists</source>
        <translation>el socio &quot;%1&quot; ya existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (%2)</source>
        <translation>&quot;%1&quot; no es una categoría (%2)</translation>
    </message>
    <message>
        <source>there is no program &quot;%1&quot; in the database (%2)</source>
        <translation>no existe el programa &quot;%1&quot; en la base de datos (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of program %2 (%3)</source>
        <translation>&quot;%1&quot; no es un nivel del programa %2 (%3)</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; already exists</source>
        <translation>el cliente &quot;%1&quot; ya existe</translation>
    </message>
    <message>
        <source>there is no customer &quot;%1&quot;</source>
        <translation>no existe el cliente &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of program %2 (%3)</source>
        <translation>&quot;%1&quot; no es una línea de productos del programa %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is negative; a unit price must not be</source>
        <translation>%1 es negativo; un precio unitario no puede serlo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (yes, no, true, false, 1, 0 or empty)</source>
        <translation>&quot;%1&quot; no es sí o no (yes, no, true, false, 1, 0 o vacío)</translation>
    </message>
    <message>
        <source>the quote currency must differ from the base currency</source>
        <translation>la moneda cotizada debe ser distinta de la moneda base</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>&quot;%1&quot; no es un número decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 6 decimals</source>
        <translation>&quot;%1&quot; tiene más de 6 decimales</translation>
    </message>
    <message>
        <source>an exchange rate must be more than 0</source>
        <translation>un tipo de cambio debe ser mayor que 0</translation>
    </message>
    <message>
        <source>the rate %1/%2 of this date appears twice in this file (first on line %3)</source>
        <translation>el tipo %1/%2 de esta fecha aparece dos veces en este archivo (la primera en la línea %3)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) found.</source>
        <translation>
            <numerusform>No se importó nada de %1: se encontró %n problema.</numerusform>
            <numerusform>No se importó nada de %1: se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... y %n más.</numerusform>
            <numerusform>... y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be imported.</source>
        <translation>La base de datos está abierta en modo de solo lectura; no se puede importar nada.</translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns (%1)</source>
        <translation>el archivo está vacío; su primera línea debe indicar las columnas (%1)</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>la columna %1 del encabezado no tiene nombre</translation>
    </message>
    <message>
        <source>unknown column (the columns of %1 are: %2)</source>
        <translation>columna desconocida (las columnas de %1 son: %2)</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la columna aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>falta una columna obligatoria en el encabezado</translation>
    </message>
    <message>
        <source>%1:%2: the database refused the record: %3
Nothing was imported.</source>
        <translation>%1:%2: la base de datos rechazó el registro: %3
No se importó nada.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación de %1; no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n characters, more than the %1 this column may hold</source>
        <translation>
            <numerusform>%n carácter, más de los %1 que admite esta columna</numerusform>
            <numerusform>%n caracteres, más de los %1 que admite esta columna</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.
%2</source>
        <translation>No se importó nada de %1.
%2</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; already has moves in the database; moves are imported only for customers without any</source>
        <translation>el cliente &quot;%1&quot; ya tiene transferencias en la base de datos; solo se importan transferencias de clientes que no tienen ninguna</translation>
    </message>
    <message>
        <source>a customer moves to another partner, not to the one it leaves</source>
        <translation>un cliente se transfiere a otro socio, no al mismo que deja</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; is with partner %2 now, so its last move must be to %2, not to %3</source>
        <translation>el cliente &quot;%1&quot; está ahora con el socio %2, así que su última transferencia debe ser a %2, no a %3</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; was with partner %2 after its move on line %3, not with %4</source>
        <translation>el cliente &quot;%1&quot; estaba con el socio %2 tras su transferencia de la línea %3, no con %4</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; moved on %2 (line %3); its moves must be in date order</source>
        <translation>el cliente &quot;%1&quot; se transfirió el %2 (línea %3); sus transferencias deben estar en orden de fecha</translation>
    </message>
    <message>
        <source>%1; import with update (--update, or &quot;Update existing records&quot;) to change existing records</source>
        <translation>%1; importe con actualización (--update o «Actualizar registros existentes») para cambiar registros existentes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row version (a whole number of 1 or more, as an export writes it)</source>
        <translation>«%1» no es una versión de fila (un número entero de 1 o más, como lo escribe una exportación)</translation>
    </message>
    <message>
        <source>a negative quantity is a return: name the reference of the line it returns in this column</source>
        <translation>una cantidad negativa es una devolución: indique en esta columna la referencia de la línea que devuelve</translation>
    </message>
    <message>
        <source>a return (of %1) needs a negative quantity, not %2</source>
        <translation>una devolución (de %1) necesita una cantidad negativa, no %2</translation>
    </message>
    <message>
        <source>reference %1 appears twice in this file (first on line %2)</source>
        <translation>la referencia %1 aparece dos veces en este archivo (la primera en la línea %2)</translation>
    </message>
    <message>
        <source>reference %1 is already in the database as sale %2, with different content (%3); correct the stored line with &quot;partnerdesk-cli correct sale %2 ...&quot;, void it with &quot;partnerdesk-cli void sale %2 --reason TEXT&quot;, or give this line its own reference</source>
        <translation>la referencia %1 ya está en la base de datos como la venta %2, con otro contenido (%3); corrija la línea guardada con &quot;partnerdesk-cli correct sale %2 ...&quot;, anúlela con &quot;partnerdesk-cli void sale %2 --reason TEXTO&quot; o dé a esta línea su propia referencia</translation>
    </message>
    <message>
        <source>the line with reference %1 (sale %2) is voided; a voided line cannot be returned</source>
        <translation>la línea con la referencia %1 (venta %2) está anulada; una línea anulada no se puede devolver</translation>
    </message>
    <message>
        <source>line %1 of this file (reference %2) is itself a return; name the line that was sold</source>
        <translation>la línea %1 de este archivo (referencia %2) es a su vez una devolución; indique la línea que se vendió</translation>
    </message>
    <message>
        <source>there is no sale line with reference %1, neither in the database nor earlier in this file</source>
        <translation>no hay ninguna línea de venta con la referencia %1, ni en la base de datos ni antes en este archivo</translation>
    </message>
    <message>
        <source>sale %1 (reference %2) is itself a return; name the line that was sold</source>
        <translation>la venta %1 (referencia %2) es a su vez una devolución; indique la línea que se vendió</translation>
    </message>
    <message>
        <source>the line it returns (%1) was sold by partner %2, not %3</source>
        <translation>la línea que devuelve (%1) la vendió el socio %2, no %3</translation>
    </message>
    <message>
        <source>the line it returns (%1) is of product line %2, not %3</source>
        <translation>la línea que devuelve (%1) es de la línea de productos %2, no %3</translation>
    </message>
    <message>
        <source>the line it returns (%1) is in %2, not %3</source>
        <translation>la línea que devuelve (%1) está en %2, no en %3</translation>
    </message>
    <message>
        <source>a return takes the unit price of the line it returns (%1): %2, not %3</source>
        <translation>una devolución lleva el precio unitario de la línea que devuelve (%1): %2, no %3</translation>
    </message>
    <message>
        <source>a return cannot come before the line it returns (%1, sold on %2)</source>
        <translation>una devolución no puede ser anterior a la línea que devuelve (%1, vendida el %2)</translation>
    </message>
    <message numerus="yes">
        <source>returns %n unit(s), but only %1 of the %2 units of %3 are left to return (%4 returned already)</source>
        <translation>
            <numerusform>devuelve %n unidad, pero de las %2 unidades de %3 solo quedan %1 por devolver (%4 ya devueltas)</numerusform>
            <numerusform>devuelve %n unidades, pero de las %2 unidades de %3 solo quedan %1 por devolver (%4 ya devueltas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: file %2, database %3</source>
        <translation>%1: archivo %2, base de datos %3</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; belonged to partner %2 on %3, not %4</source>
        <translation>el cliente &quot;%1&quot; pertenecía al socio %2 el %3, no a %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number other than 0 (negative for a return)</source>
        <translation>&quot;%1&quot; no es un número entero distinto de 0 (negativo para una devolución)</translation>
    </message>
    <message>
        <source>re-sync from %1</source>
        <translation>resincronización desde %1</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is at row version %2, not %3: it was changed after this file was written; export it again, or leave row_version empty to update it anyway</source>
        <translation>el socio «%1» está en la versión de fila %2, no %3: se cambió después de escribir este archivo; expórtelo de nuevo o deje row_version vacío para actualizarlo de todos modos</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is in program %2; an update does not move a partner to another program</source>
        <translation>el socio «%1» está en el programa %2; una actualización no pasa un socio a otro programa</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; has held tier %2 since %3; the date changes only with the tier</source>
        <translation>el socio «%1» tiene el nivel %2 desde %3; la fecha solo cambia con el nivel</translation>
    </message>
    <message>
        <source>Only partners and customers can update existing records; %1 are only added.</source>
        <translation>Solo los socios y los clientes pueden actualizar registros existentes; %1 solo se añaden.</translation>
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
        <translation>la fila %2 de %1 hace referencia a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>partner %1: tier &quot;%2&quot; is not in program &quot;%3&quot;</source>
        <translation>socio %1: el nivel &quot;%2&quot; no pertenece al programa &quot;%3&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of program &quot;%1&quot; on product line &quot;%2&quot;, which the program does not have</source>
        <translation>
            <numerusform>%n venta del programa &quot;%1&quot; en la línea de productos &quot;%2&quot;, que el programa no tiene</numerusform>
            <numerusform>%n ventas del programa &quot;%1&quot; en la línea de productos &quot;%2&quot;, que el programa no tiene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) in unknown currency &quot;%1&quot;</source>
        <translation>
            <numerusform>%n venta en la moneda desconocida &quot;%1&quot;</numerusform>
            <numerusform>%n ventas en la moneda desconocida &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) expire before they were passed</source>
        <translation>
            <numerusform>%n certificación vence antes de haberse obtenido</numerusform>
            <numerusform>%n certificaciones vencen antes de haberse obtenido</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row %2: %3 %4 is beyond the largest amount (%5 minor units either way)</source>
        <translation>%1, fila %2: %3 %4 supera el importe máximo (%5 unidades menores en valor absoluto)</translation>
    </message>
</context>
<context>
    <name>pd::LicenceStore</name>
    <message>
        <source>Refused: the balance is %1 credits and this entry takes %2; %3 credits are missing. The balance can never go below zero.</source>
        <translation>Rechazado: el saldo de créditos es %1 y este asiento requiere %2; faltan %3. El saldo nunca puede ser negativo.</translation>
    </message>
    <message>
        <source>There is no credit ledger entry %1.</source>
        <translation>No existe el asiento %1 del libro de créditos.</translation>
    </message>
    <message>
        <source>Credit entry %1: balance after is %2, the running sum is %3.</source>
        <translation>Asiento de créditos %1: el saldo posterior es %2, la suma acumulada es %3.</translation>
    </message>
    <message>
        <source>Partner %1: the credit balance is %2, its entries add up to %3.</source>
        <translation>Socio %1: el saldo de créditos es %2 y sus asientos suman %3.</translation>
    </message>
    <message>
        <source>Partner %1: the credit balance is %2 with no entries.</source>
        <translation>Socio %1: el saldo de créditos es %2 sin ningún asiento.</translation>
    </message>
    <message>
        <source>There is no licence %1.</source>
        <translation>No existe la licencia %1.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>No existe el cliente %1.</translation>
    </message>
    <message>
        <source>The customer is no longer with the partner it was to be moved from.</source>
        <translation>El cliente ya no está con el socio desde el que se iba a transferir.</translation>
    </message>
    <message>
        <source>There is no NFR key %1 in this database.</source>
        <translation>No existe la clave NFR %1 en esta base de datos.</translation>
    </message>
    <message>
        <source>The NFR key is already revoked.</source>
        <translation>La clave NFR ya está revocada.</translation>
    </message>
    <message>
        <source>Credit entry %1: the running sum of %2 credits overflows.</source>
        <translation>Asiento %1: la suma acumulada de %2 créditos se desborda.</translation>
    </message>
</context>
<context>
    <name>pd::Licensing</name>
    <message>
        <source>An award needs a date.</source>
        <translation>Un otorgamiento requiere una fecha.</translation>
    </message>
    <message>
        <source>A certification expires after the day it is awarded.</source>
        <translation>Una certificación vence después del día en que se otorga.</translation>
    </message>
    <message>
        <source>Say who awards the certification.</source>
        <translation>Indique quién otorga la certificación.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n month(s) in the partnership; the partner has %2 on %3 (eligible from %4).</source>
        <extracomment>%2 is the partner&apos;s time in the partnership: &quot;7 months&quot;</extracomment>
        <translation>
            <numerusform>%1 requiere %n mes de antigüedad como socio; a fecha de %3, meses de antigüedad del socio: %2 (apto desde el %4).</numerusform>
            <numerusform>%1 requiere %n meses de antigüedad como socio; a fecha de %3, meses de antigüedad del socio: %2 (apto desde el %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requires %2, which the partner does not hold on %3.</source>
        <translation>%1 requiere %2, que el socio no tiene a fecha de %3.</translation>
    </message>
    <message>
        <source>Expiring certifications are listed for 1 to 366 days ahead.</source>
        <translation>Las certificaciones que vencen se muestran con una antelación de 1 a 366 días.</translation>
    </message>
    <message>
        <source>Say who records the credit entry.</source>
        <translation>Indique quién registra el asiento de créditos.</translation>
    </message>
    <message>
        <source>A credit entry needs a date.</source>
        <translation>Un asiento de créditos requiere una fecha.</translation>
    </message>
    <message>
        <source>A purchase is of 1 to 1,000,000,000,000 credits.</source>
        <translation>Una compra es de 1 a 1.000.000.000.000 créditos.</translation>
    </message>
    <message>
        <source>Consumption is of 1 to 1,000,000,000,000 credits.</source>
        <translation>Un consumo es de 1 a 1.000.000.000.000 créditos.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a customer of this partner.</source>
        <translation>%1 (%2) no es cliente de este socio.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Una corrección requiere su motivo.</translation>
    </message>
    <message>
        <source>A correction changes the credits, the amount paid, or both.</source>
        <translation>Una corrección modifica los créditos, el importe pagado o ambos.</translation>
    </message>
    <message>
        <source>A correction is of at most 1,000,000,000,000 credits.</source>
        <translation>Una corrección es de 1.000.000.000.000 créditos como máximo.</translation>
    </message>
    <message>
        <source>Credit entry %1 belongs to another partner.</source>
        <translation>El asiento de créditos %1 pertenece a otro socio.</translation>
    </message>
    <message>
        <source>no NFR keys</source>
        <translation>sin claves NFR</translation>
    </message>
    <message>
        <source>NFR keys on request (each one decided by a manager)</source>
        <translation>claves NFR bajo petición (cada una la decide un responsable)</translation>
    </message>
    <message numerus="yes">
        <source>%n NFR key(s) valid at a time</source>
        <translation>
            <numerusform>%n clave NFR vigente a la vez</numerusform>
            <numerusform>%n claves NFR vigentes a la vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, valid %n month(s)</source>
        <translation>
            <numerusform>, con validez de %n mes</numerusform>
            <numerusform>, con validez de %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, add-on modules enabled for %n day(s)</source>
        <translation>
            <numerusform>, módulos adicionales habilitados durante %n día</numerusform>
            <numerusform>, módulos adicionales habilitados durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The program sets no validity for NFR keys of this tier: give the number of months.</source>
        <translation>El programa no fija la validez de las claves NFR de este nivel: indique el número de meses.</translation>
    </message>
    <message>
        <source>An NFR key is valid for at most 120 months.</source>
        <translation>Una clave NFR tiene una validez máxima de 120 meses.</translation>
    </message>
    <message>
        <source>Add-on modules are enabled for 0 to 3660 days.</source>
        <translation>Los módulos adicionales se habilitan durante 0 a 3660 días.</translation>
    </message>
    <message>
        <source>the tier %1 has no NFR keys in its program</source>
        <translation>el nivel %1 no tiene claves NFR en su programa</translation>
    </message>
    <message>
        <source>the tier %1 gets NFR keys on request only</source>
        <translation>el nivel %1 recibe claves NFR solo bajo petición</translation>
    </message>
    <message numerus="yes">
        <source>a key of the tier %1 is valid for %n month(s), not %2</source>
        <translation>
            <numerusform>una clave del nivel %1 tiene una validez de %n mes, no de %2</numerusform>
            <numerusform>una clave del nivel %1 tiene una validez de %n meses, no de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the tier %1 enables add-on modules for %n day(s), not %2</source>
        <translation>
            <numerusform>el nivel %1 habilita los módulos adicionales durante %n día, no %2</numerusform>
            <numerusform>el nivel %1 habilita los módulos adicionales durante %n días, no %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The tier %1 has no discount on activation credits.</source>
        <translation>El nivel %1 no tiene descuento en créditos de activación.</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>uso interno</translation>
    </message>
    <message>
        <source>resale</source>
        <translation>reventa</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>compra</translation>
    </message>
    <message>
        <source>consumption</source>
        <translation>consumo</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>A module name cannot contain a comma: &quot;%1&quot;.</source>
        <translation>El nombre de un módulo no puede contener una coma: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the licensed product.</source>
        <translation>Indique el producto licenciado.</translation>
    </message>
    <message>
        <source>A licence has at least one seat.</source>
        <translation>Una licencia tiene al menos un puesto.</translation>
    </message>
    <message>
        <source>A licence needs a start date.</source>
        <translation>Una licencia requiere una fecha de inicio.</translation>
    </message>
    <message>
        <source>The licence ends (%1) before it starts (%2).</source>
        <translation>La licencia termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un precio no puede ser negativo.</translation>
    </message>
    <message>
        <source>Licence %1 is not of the same customer and kind, so this one cannot renew it.</source>
        <translation>La licencia %1 no es del mismo cliente ni del mismo tipo, así que esta no puede renovarla.</translation>
    </message>
    <message>
        <source>Licence %1 was already renewed by licence %2.</source>
        <translation>La licencia %1 ya fue renovada por la licencia %2.</translation>
    </message>
    <message>
        <source>Licence %1 is another partner&apos;s internal-use licence.</source>
        <translation>La licencia %1 es una licencia de uso interno de otro socio.</translation>
    </message>
    <message>
        <source>The partner&apos;s tier has no internal-use discount in its program.</source>
        <translation>El nivel del socio no tiene descuento por uso interno en su programa.</translation>
    </message>
    <message>
        <source>Renewals due are listed for 1 to 366 days ahead.</source>
        <translation>Las renovaciones pendientes se muestran con una antelación de 1 a 366 días.</translation>
    </message>
    <message>
        <source>A move needs a date.</source>
        <translation>Una transferencia requiere una fecha.</translation>
    </message>
    <message>
        <source>Give the reason for moving the customer.</source>
        <translation>Indique el motivo de la transferencia del cliente.</translation>
    </message>
    <message>
        <source>Say who moves the customer.</source>
        <translation>Indique quién transfiere al cliente.</translation>
    </message>
    <message>
        <source>The customer is already with %1.</source>
        <translation>El cliente ya está con %1.</translation>
    </message>
    <message>
        <source>An NFR key needs an issue date.</source>
        <translation>Una clave NFR requiere una fecha de emisión.</translation>
    </message>
    <message>
        <source>Name the product the NFR key is for.</source>
        <translation>Indique el producto al que corresponde la clave NFR.</translation>
    </message>
    <message>
        <source>There is no vendor signing key to issue NFR keys with.</source>
        <translation>No hay ninguna clave de firma del proveedor con la que emitir claves NFR.</translation>
    </message>
    <message>
        <source>Say who issues the NFR key.</source>
        <translation>Indique quién emite la clave NFR.</translation>
    </message>
    <message>
        <source>Refused: %1. A manager can issue it anyway with a written reason, which is kept with the key.</source>
        <translation>Rechazado: %1. Un responsable puede emitirla de todos modos con un motivo por escrito, que se guarda con la clave.</translation>
    </message>
    <message>
        <source>A revocation needs a date.</source>
        <translation>Una revocación requiere una fecha.</translation>
    </message>
    <message>
        <source>Give the reason for revoking the NFR key.</source>
        <translation>Indique el motivo de la revocación de la clave NFR.</translation>
    </message>
    <message>
        <source>The NFR key %1 was already revoked on %2.</source>
        <translation>La clave NFR %1 ya se revocó el %2.</translation>
    </message>
    <message>
        <source>there is no vendor public key to verify with</source>
        <translation>no hay clave pública del proveedor con la que verificar</translation>
    </message>
    <message>
        <source>revoked on %1: %2</source>
        <translation>revocada el %1: %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>aún no es válida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>this is not a PartnerDesk NFR key</source>
        <translation>no es una clave NFR de PartnerDesk</translation>
    </message>
    <message>
        <source>the key is damaged (its encoding is not valid)</source>
        <translation>la clave está dañada (su codificación no es válida)</translation>
    </message>
    <message>
        <source>the signature does not match the vendor&apos;s public key (id %1): the key was altered or signed by someone else</source>
        <translation>la firma no coincide con la clave pública del proveedor (id %1): la clave se modificó o la firmó otra persona</translation>
    </message>
    <message>
        <source>the key&apos;s content is not understood by this version of PartnerDesk</source>
        <translation>esta versión de PartnerDesk no entiende el contenido de la clave</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>válida desde el %1</translation>
    </message>
    <message>
        <source>expired after %1</source>
        <translation>caducó después del %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the tier %1 allows %2 at a time and the partner already holds %n</source>
        <extracomment>%2 is a number of keys (&quot;2 NFR keys&quot;); %n is how many the partner holds</extracomment>
        <translation>
            <numerusform>el nivel %1 permite %2 a la vez y el socio ya tiene %n</numerusform>
            <numerusform>el nivel %1 permite %2 a la vez y el socio ya tiene %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NFR key(s)</source>
        <translation>
            <numerusform>%n clave NFR</numerusform>
            <numerusform>%n claves NFR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no certification levels.</source>
        <translation>El programa «%1» no tiene niveles de certificación.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no certification level &quot;%2&quot; (it has: %3).</source>
        <translation>El programa «%1» no tiene el nivel de certificación «%2» (tiene: %3).</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; does not use activation credits.</source>
        <translation>El programa «%1» no usa créditos de activación.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no product line &quot;%2&quot;.</source>
        <translation>El programa «%1» no tiene la línea de productos «%2».</translation>
    </message>
    <message>
        <source>A discount of %1 is outside the tier %2&apos;s range of %3.</source>
        <translation>Un descuento del %1 está fuera del intervalo del nivel %2 (%3).</translation>
    </message>
    <message>
        <source>Refused: the internal-use discount of %1 covers at most %2; %3 are already licensed for internal use in this period and this licence adds %4 (%5 too many).</source>
        <extracomment>%2 to %5 are numbers of users: &quot;30 users&quot;</extracomment>
        <translation>Rechazado: el descuento por uso interno del %1 cubre como máximo a %2; en este periodo ya hay %3 con licencia de uso interno y esta licencia añade %4 (%5 de más).</translation>
    </message>
    <message>
        <source>Licence %1 was voided, so this one cannot renew it.</source>
        <translation>La licencia %1 está anulada, así que esta no puede renovarla.</translation>
    </message>
    <message>
        <source>Customer %1 bought from the partner it leaves on %2; date the move after that sale.</source>
        <translation>El cliente %1 compró al socio que deja el %2; indique una fecha de transferencia posterior a esa venta.</translation>
    </message>
</context>
<context>
    <name>pd::Metric</name>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Certified technical specialists</source>
        <translation>Especialistas técnicos certificados</translation>
    </message>
    <message>
        <source>Certified sales specialists</source>
        <translation>Especialistas comerciales certificados</translation>
    </message>
    <message>
        <source>Renewal deals</source>
        <translation>Operaciones de renovación</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Crecimiento de los ingresos</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Retención de clientes</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Satisfacción del cliente</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Months in the program</source>
        <translation>Meses en el programa</translation>
    </message>
    <message>
        <source>Compliance event</source>
        <translation>Evento de cumplimiento</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Firma del contrato</translation>
    </message>
    <message>
        <source>Monthly financial report filed</source>
        <translation>Presentación del informe financiero mensual</translation>
    </message>
    <message>
        <source>Joint promotion</source>
        <translation>Promoción conjunta</translation>
    </message>
    <message>
        <source>Partner review or customer testimonial submitted</source>
        <translation>Reseña del socio o testimonio de cliente</translation>
    </message>
    <message>
        <source>Vendor information on the partner&apos;s web site</source>
        <translation>Información del proveedor en el sitio web del socio</translation>
    </message>
    <message>
        <source>Template approved to the vendor&apos;s standard</source>
        <translation>Aprobación de plantilla según el estándar del proveedor</translation>
    </message>
    <message>
        <source>Implementation training completed</source>
        <translation>Finalización de la formación de implementación</translation>
    </message>
    <message>
        <source>Registered for the national portals</source>
        <translation>Registro en los portales nacionales</translation>
    </message>
    <message>
        <source>Business case accepted by headquarters</source>
        <translation>Aprobación del caso de negocio por la sede central</translation>
    </message>
</context>
<context>
    <name>pd::Money</name>
    <message>
        <source>unknown currency &quot;%1&quot; (expected an ISO 4217 code such as USD, EUR, RUB)</source>
        <translation>moneda desconocida &quot;%1&quot; (se espera un código ISO 4217, como USD, EUR o RUB)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; no es un importe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>&quot;%1&quot; tiene más decimales de los que permite %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage with at most two decimals</source>
        <translation>&quot;%1&quot; no es un porcentaje con dos decimales como máximo</translation>
    </message>
    <message>
        <source>%1 is more than %2</source>
        <translation>%1 es más del %2</translation>
    </message>
    <message>
        <source>%1 is beyond the largest amount PartnerDesk handles (%2 %3)</source>
        <translation>%1 supera el importe máximo que admite PartnerDesk (%2 %3)</translation>
    </message>
</context>
<context>
    <name>pd::OfflineCopy</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not an offline copy.</source>
        <translation>%1 no es una copia sin conexión.</translation>
    </message>
    <message>
        <source>all partners</source>
        <translation>todos los socios</translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation>territorio %1</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>programa %1</translation>
    </message>
    <message>
        <source>country %1</source>
        <translation>país %1</translation>
    </message>
    <message>
        <source>A database in memory cannot be the source of an offline copy.</source>
        <translation>Una base de datos en memoria no puede ser el origen de una copia sin conexión.</translation>
    </message>
    <message>
        <source>%1 must be upgraded before an offline copy can be taken from it.</source>
        <translation>%1 debe actualizarse antes de poder crear una copia sin conexión a partir de ella.</translation>
    </message>
    <message>
        <source>%1 is itself an offline copy; take the copy from the team database.</source>
        <translation>%1 ya es una copia sin conexión; cree la copia a partir de la base de datos del equipo.</translation>
    </message>
    <message>
        <source>An offline copy cannot replace the database it is taken from.</source>
        <translation>Una copia sin conexión no puede sustituir a la base de datos de la que se crea.</translation>
    </message>
    <message>
        <source>The offline copy could not be moved into place as %1: %2</source>
        <translation>No se pudo colocar la copia sin conexión como %1: %2</translation>
    </message>
    <message>
        <source>%1 does not say how far it is up to date; take a new copy.</source>
        <translation>%1 no indica hasta cuándo está actualizada; cree una copia nueva.</translation>
    </message>
    <message>
        <source>%1 is not the database this copy was taken from (it was recreated or replaced); take a new copy.</source>
        <translation>%1 no es la base de datos de la que se creó esta copia (se volvió a crear o se sustituyó); cree una copia nueva.</translation>
    </message>
    <message>
        <source>The offline copy was taken from another kind of database than %1; take a new copy.</source>
        <translation>La copia sin conexión se creó a partir de otro tipo de base de datos distinto de %1; cree una copia nueva.</translation>
    </message>
    <message>
        <source>Stopped at your request; the offline copy was left as it was.</source>
        <translation>Detenido a petición suya; la copia sin conexión se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>A row of %1 could not be written to the offline copy.</source>
        <translation>No se pudo escribir una fila de %1 en la copia sin conexión.</translation>
    </message>
    <message>
        <source>Offline copies do not know the table %1 yet.</source>
        <translation>Las copias sin conexión aún no conocen la tabla %1.</translation>
    </message>
    <message>
        <source>This offline copy is older than the team database&apos;s change history (pruned up to %1); take it offline again.</source>
        <translation>Esta copia sin conexión es anterior al historial de cambios de la base de datos del equipo (podado hasta %1); tómela sin conexión de nuevo.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an offline copy; it is not replaced. Choose another file. It was not changed.</source>
        <translation>%1 ya existe y no es una copia sin conexión; no se sustituye. Elija otro archivo. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is a PartnerDesk database with its own records, not an offline copy; it is not replaced. Choose another file. It was not changed.</source>
        <translation>%1 es una base de datos de PartnerDesk con sus propios registros, no una copia sin conexión; no se sustituye. Elija otro archivo. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an offline copy of %2, not of %3. It was not changed.</source>
        <translation>%1 es una copia sin conexión de %2, no de %3. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is being changed by another program; try again when it is done. It was not changed.</source>
        <translation>Otro programa está modificando %1; inténtelo de nuevo cuando termine. No se ha modificado.</translation>
    </message>
</context>
<context>
    <name>pd::Partner</name>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>AI/ML platform</source>
        <translation>Plataforma de IA/ML</translation>
    </message>
    <message>
        <source>Cloud infrastructure</source>
        <translation>Infraestructura en la nube</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>Professional training</source>
        <translation>Formación profesional</translation>
    </message>
    <message>
        <source>Marketing agency</source>
        <translation>Agencia de marketing</translation>
    </message>
    <message>
        <source>Technology consultant</source>
        <translation>Consultor tecnológico</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Referral partner</source>
        <translation>Socio de referencia</translation>
    </message>
</context>
<context>
    <name>pd::PartnerRules</name>
    <message>
        <source>Enter the partner&apos;s code.</source>
        <translation>Introduzca el código del socio.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Introduzca el nombre del socio.</translation>
    </message>
    <message>
        <source>Enter the two-letter country code (ISO 3166), such as ES or RU.</source>
        <translation>Introduzca el código de país de dos letras (ISO 3166), como ES o RU.</translation>
    </message>
    <message>
        <source>Enter the date the partner joined the program.</source>
        <translation>Introduzca la fecha en que el socio se incorporó al programa.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Rellene este campo.</translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n character(s).</source>
        <translation>
            <numerusform>Un nombre tiene como máximo %n carácter.</numerusform>
            <numerusform>Un nombre tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A region has at most %n character(s).</source>
        <translation>
            <numerusform>Una región tiene como máximo %n carácter.</numerusform>
            <numerusform>Una región tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A territory has at most %n character(s).</source>
        <translation>
            <numerusform>Un territorio tiene como máximo %n carácter.</numerusform>
            <numerusform>Un territorio tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An account owner&apos;s name has at most %n character(s).</source>
        <translation>
            <numerusform>El nombre del responsable de la cuenta tiene como máximo %n carácter.</numerusform>
            <numerusform>El nombre del responsable de la cuenta tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A code has up to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and no spaces.</source>
        <translation>Un código tiene hasta 32 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, sin espacios.</translation>
    </message>
    <message>
        <source>The joining date cannot be in the future.</source>
        <translation>La fecha de incorporación no puede ser futura.</translation>
    </message>
    <message>
        <source>The partner cannot join after it got its current tier (%1).</source>
        <translation>El socio no puede incorporarse después de obtener su nivel actual (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Enter two capital letters (ISO 3166), such as ES or RU.</source>
        <translation>&quot;%1&quot; no es un código de país. Introduzca dos letras mayúsculas (ISO 3166), como ES o RU.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subcategory of %2 (%3).</source>
        <translation>&quot;%1&quot; no es una subcategoría de %2 (%3).</translation>
    </message>
    <message>
        <source>Tier %1 holds no territory. Leave the territory empty or change the tier first.</source>
        <translation>El nivel %1 no tiene territorio. Deje el territorio vacío o cambie antes el nivel.</translation>
    </message>
    <message>
        <source>Program %1 has no brands. Leave the brand empty.</source>
        <translation>El programa %1 no tiene marcas. Deje la marca vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a brand of program %2 (%3).</source>
        <translation>&quot;%1&quot; no es una marca del programa %2 (%3).</translation>
    </message>
    <message>
        <source>Enter a full web address such as https://example.com, or leave it empty.</source>
        <translation>Introduzca una dirección web completa, como https://example.com, o déjela vacía.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutLedger</name>
    <message>
        <source>Carried</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Partner %1 has two payables in %2 for %3; a quarter has one per partner and currency.</source>
        <translation>El socio %1 tiene dos importes a pagar en %2 para %3; un trimestre tiene uno por socio y moneda.</translation>
    </message>
    <message>
        <source>There is no payable %1.</source>
        <translation>No existe el importe a pagar %1.</translation>
    </message>
    <message>
        <source>Payable %1 (%2, %3, %4)</source>
        <translation>El importe a pagar %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>%1 cannot be approved: it is %2, and only an owed payable is approved.</source>
        <translation>%1 no se puede aprobar: su estado es &quot;%2&quot; y solo se aprueba un importe pendiente.</translation>
    </message>
    <message>
        <source>%1 cannot be approved without the name of who approves it.</source>
        <translation>%1 no se puede aprobar sin el nombre de quien lo aprueba.</translation>
    </message>
    <message>
        <source>%1 was approved meanwhile by %2; nothing was changed.</source>
        <translation>%1 fue aprobado entretanto por %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 cannot be paid: it is %2, and only an approved payable is paid.</source>
        <translation>%1 no se puede pagar: su estado es &quot;%2&quot; y solo se paga un importe aprobado.</translation>
    </message>
    <message>
        <source>%1 cannot be paid without the name of who records the payment.</source>
        <translation>%1 no se puede pagar sin el nombre de quien registra el pago.</translation>
    </message>
    <message>
        <source>%1 cannot be paid without the payment date.</source>
        <translation>%1 no se puede pagar sin la fecha de pago.</translation>
    </message>
    <message>
        <source>%1 cannot be paid on %2: it was approved on %3, and a payment is never dated before its approval.</source>
        <translation>%1 no se puede pagar el %2: se aprobó el %3 y un pago nunca tiene una fecha anterior a su aprobación.</translation>
    </message>
    <message>
        <source>%1 cannot be paid on %2: the date is in the future. Record a payment once it is made.</source>
        <translation>%1 no se puede pagar el %2: la fecha es futura. Registre el pago una vez hecho.</translation>
    </message>
    <message>
        <source>%1 cannot be paid without a payment reference.</source>
        <translation>%1 no se puede pagar sin una referencia del pago.</translation>
    </message>
    <message>
        <source>%1 cannot be paid: the payment reference has %2 characters, at most %3 are allowed.</source>
        <translation>%1 no se puede pagar: la referencia del pago tiene %2 caracteres y se permiten como máximo %3.</translation>
    </message>
    <message>
        <source>%1 was paid meanwhile (reference %2, recorded by %3); nothing was changed.</source>
        <translation>%1 fue pagado entretanto (referencia %2, registrado por %3); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutReport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::Program</name>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>en %n mes</numerusform>
            <numerusform>en %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (if the partner has a web site)</source>
        <translation>%1 (si el socio tiene sitio web)</translation>
    </message>
    <message>
        <source>%1 at least once %2</source>
        <translation>%1: al menos una vez %2</translation>
    </message>
    <message>
        <source>%1 every quarter</source>
        <translation>%1: cada trimestre</translation>
    </message>
    <message>
        <source>%1 every month with sales</source>
        <translation>%1: cada mes con ventas</translation>
    </message>
    <message>
        <source>%1 every month</source>
        <translation>%1: cada mes</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>más de %1</translation>
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
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>&quot;%1&quot; no es una clave válida (letras minúsculas, dígitos, &apos;_&apos; y &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; no es uno de estos: %2</translation>
    </message>
    <message>
        <source>must be a percentage</source>
        <translation>debe ser un porcentaje</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of this program</source>
        <translation>&quot;%1&quot; no es una línea de productos de este programa</translation>
    </message>
    <message>
        <source>needs exactly one threshold, &quot;atLeast&quot; or &quot;moreThan&quot;</source>
        <translation>necesita exactamente un umbral, &quot;atLeast&quot; o &quot;moreThan&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: automatic, review, invitation</source>
        <translation>&quot;%1&quot; no es uno de estos: automatic, review, invitation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: none, regional, country</source>
        <translation>&quot;%1&quot; no es uno de estos: none, regional, country</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>format %1 is not supported (this version reads format %2)</source>
        <translation>no se admite el formato %1 (esta versión lee el formato %2)</translation>
    </message>
    <message>
        <source>&quot;renewal&quot; is reserved for the renewal rate</source>
        <translation>&quot;renewal&quot; está reservado para la tasa de renovación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>needs at least one tier</source>
        <translation>necesita al menos un nivel</translation>
    </message>
    <message>
        <source>the first tier is where partners start: it must be automatic</source>
        <translation>el primer nivel es donde empiezan los socios: debe ser automático</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of this program</source>
        <translation>&quot;%1&quot; no es un nivel de este programa</translation>
    </message>
    <message>
        <source>must be yes/no, a number, a text or null</source>
        <translation>debe ser sí/no, un número, un texto o null</translation>
    </message>
    <message>
        <source>the minimum %1 is above the maximum %2</source>
        <translation>el mínimo del %1 es superior al máximo del %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>the definition is larger than %1 bytes, the most a program may hold</source>
        <translation>la definición supera los %1 bytes, lo máximo que puede tener un programa</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>must be {&quot;perUnit&quot;: &quot;amount&quot;} or &quot;negotiated&quot;</source>
        <translation>debe ser {&quot;perUnit&quot;: &quot;importe&quot;} o &quot;negotiated&quot;</translation>
    </message>
    <message>
        <source>must be an amount in the program&apos;s currency, as a text (&quot;250.00&quot;)</source>
        <translation>debe ser un importe en la moneda del programa, como texto (&quot;250.00&quot;)</translation>
    </message>
    <message>
        <source>has more than one of a reward, a discount and a commission; give one</source>
        <translation>tiene más de uno entre recompensa, descuento y comisión; indique uno</translation>
    </message>
    <message>
        <source>needs a &quot;reward&quot;, a &quot;discount&quot;, a &quot;commission&quot; or a &quot;note&quot;</source>
        <translation>necesita &quot;reward&quot;, &quot;discount&quot;, &quot;commission&quot; o &quot;note&quot;</translation>
    </message>
</context>
<context>
    <name>pd::QuarterClosing</name>
    <message>
        <source>Quarter %1 is closed already: it was closed on %2 by %3.</source>
        <translation>El trimestre %1 ya está cerrado: lo cerró %3 el %2.</translation>
    </message>
    <message>
        <source>Quarter %1 has not ended yet: it ends on %2, so it can be closed from %3 on.</source>
        <translation>El trimestre %1 aún no ha terminado: termina el %2, así que se puede cerrar a partir del %3.</translation>
    </message>
    <message>
        <source>Quarter %1 is before %2, the first closed quarter: quarters before the ledger are never closed. The next quarter to close is %3.</source>
        <translation>El trimestre %1 es anterior a %2, el primer trimestre cerrado: los trimestres anteriores al registro nunca se cierran. El próximo trimestre por cerrar es %3.</translation>
    </message>
    <message>
        <source>Quarter %1 cannot be closed yet: quarters close in order, and %2 must be closed first.</source>
        <translation>Todavía no se puede cerrar el trimestre %1: los trimestres se cierran en orden y antes hay que cerrar %2.</translation>
    </message>
    <message>
        <source>Closing %1 was cancelled; nothing was written.</source>
        <translation>Se canceló el cierre de %1; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>A closed statement&apos;s stored document is damaged: %1.</source>
        <translation>El documento guardado de una liquidación cerrada está dañado: %1.</translation>
    </message>
    <message>
        <source>it holds no statement</source>
        <translation>no contiene ninguna liquidación</translation>
    </message>
</context>
<context>
    <name>pd::RateOverrideStore</name>
    <message>
        <source>negotiated: %1 per unit (%2)</source>
        <translation>negociada: %1 por unidad (%2)</translation>
    </message>
    <message>
        <source>negotiated: %1 (%2)</source>
        <translation>negociada: %1 (%2)</translation>
    </message>
    <message>
        <source>The negotiated rate needs a valid date from which it holds.</source>
        <translation>La tasa negociada necesita una fecha válida desde la que rige.</translation>
    </message>
    <message>
        <source>The negotiated rate needs a reason (what was agreed, with whom).</source>
        <translation>La tasa negociada necesita un motivo (qué se acordó y con quién).</translation>
    </message>
    <message>
        <source>The rate %1 is not between 0 and 100 %.</source>
        <translation>La tasa %1 no está entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>The amount per unit must be from 0 to the largest amount, not %1.</source>
        <translation>El importe por unidad debe ir de 0 al importe máximo, no %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of the program %2 (one of: %3).</source>
        <translation>«%1» no es una línea de productos del programa %2 (una de: %3).</translation>
    </message>
</context>
<context>
    <name>pd::Score</name>
    <message>
        <source>%1 must not be negative (only nps may be)</source>
        <translation>%1 no puede ser negativo (solo nps puede serlo)</translation>
    </message>
</context>
<context>
    <name>pd::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>&quot;%1&quot; no es una dirección de PostgreSQL; escriba postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>&quot;%1&quot; no es un número de puerto.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;; use one of: %2.</source>
        <translation>Modo TLS desconocido &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The setting %1 of a PostgreSQL address may not be empty or hold spaces, quotes or semicolons.</source>
        <translation>El parámetro %1 de una dirección de PostgreSQL no puede estar vacío ni contener espacios, comillas o puntos y comas.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in a PostgreSQL address; known: host, port, sslmode, %2.</source>
        <translation>Parámetro desconocido &quot;%1&quot; en una dirección de PostgreSQL; los conocidos son: host, port, sslmode, %2.</translation>
    </message>
    <message>
        <source>A PostgreSQL address names one database: postgresql://USER@HOST/DATABASE.</source>
        <translation>Una dirección de PostgreSQL indica una sola base de datos: postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>el servidor local</translation>
    </message>
    <message>
        <source>database &quot;%1&quot; on %2</source>
        <translation>base de datos &quot;%1&quot; en %2</translation>
    </message>
</context>
<context>
    <name>pd::Spif</name>
    <message>
        <source>is not a field of a SPIF campaign (known: %1)</source>
        <translation>no es un campo de una campaña SPIF (conocidos: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be a key (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>debe ser una clave (letras minúsculas, dígitos, &apos;_&apos; y &apos;-&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>debe ser un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: perUnit, perLine, percent</source>
        <translation>&quot;%1&quot; no es uno de: perUnit, perLine, percent</translation>
    </message>
    <message>
        <source>the definition is larger than %1 bytes, the most a SPIF campaign may hold</source>
        <translation>la definición ocupa más de %1 bytes, el máximo de una campaña SPIF</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>format %1 is not supported (this version reads format %2)</source>
        <translation>no se admite el formato %1 (esta versión lee el formato %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>&quot;%1&quot; no es una clave válida (letras minúsculas, dígitos, &apos;_&apos; y &apos;-&apos;)</translation>
    </message>
    <message>
        <source>%1 is before the start, %2</source>
        <translation>%1 es anterior al inicio, %2</translation>
    </message>
    <message>
        <source>is required: the programs the campaign is open to</source>
        <translation>es obligatorio: los programas a los que se abre la campaña</translation>
    </message>
    <message>
        <source>needs at least one program</source>
        <translation>necesita al menos un programa</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>There is no SPIF campaign &quot;%1&quot;.</source>
        <translation>No existe la campaña SPIF &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>there is no program &quot;%1&quot;</source>
        <translation>no existe el programa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of the campaign&apos;s programs</source>
        <translation>&quot;%1&quot; no es un nivel de los programas de la campaña</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of the campaign&apos;s programs</source>
        <translation>&quot;%1&quot; no es una línea de productos de los programas de la campaña</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; is not saved:
%2</source>
        <translation>La campaña SPIF &quot;%1&quot; no se ha guardado:
%2</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; cannot be removed: its period overlaps the closed quarter %2, whose statements may hold its earnings.</source>
        <translation>No se puede quitar la campaña SPIF &quot;%1&quot;: su periodo coincide con el trimestre cerrado %2, cuyas liquidaciones pueden incluir sus bonos.</translation>
    </message>
</context>
<context>
    <name>pd::Statement</name>
    <message>
        <source>tier &quot;%1&quot; is not in the program</source>
        <translation>el nivel &quot;%1&quot; no pertenece al programa</translation>
    </message>
    <message>
        <source>no reward rate for this product line in tier %1</source>
        <translation>no hay tasa de recompensa para esta línea de productos en el nivel %1</translation>
    </message>
    <message>
        <source>the tier gives a discount on this line, not a reward</source>
        <translation>el nivel da un descuento en esta línea, no una recompensa</translation>
    </message>
    <message>
        <source>range %1: the lower bound applies until a partner rate is set</source>
        <translation>intervalo %1: se aplica el límite inferior hasta que se fije una tasa para el socio</translation>
    </message>
    <message>
        <source>the returned line %1 is voided: no reward to claw back</source>
        <translation>la línea devuelta %1 está anulada: no hay recompensa que recuperar</translation>
    </message>
    <message>
        <source>the returned line %1 is in another currency: no reward to claw back</source>
        <translation>la línea devuelta %1 está en otra moneda: no hay recompensa que recuperar</translation>
    </message>
    <message>
        <source>limited to the reward left on the returned line %1</source>
        <translation>limitada a la recompensa que queda de la línea devuelta %1</translation>
    </message>
    <message>
        <source>the commission of %1 per unit is in %2 and this sale is in %3: no commission</source>
        <translation>la comisión de %1 por unidad es en %2 y esta venta es en %3: sin comisión</translation>
    </message>
    <message>
        <source>commission negotiated per partner: no amount is set for this partner</source>
        <translation>comisión negociada con cada socio: no hay importe fijado para este socio</translation>
    </message>
    <message>
        <source>commission of %1 per unit</source>
        <translation>comisión de %1 por unidad</translation>
    </message>
</context>
<context>
    <name>pd::Store</name>
    <message>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>No existe ningún socio con el id %1.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation>No existe el socio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no program &quot;%1&quot;.</source>
        <translation>No existe el programa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; was changed by someone else since it was opened. Reload it and apply the change again.</source>
        <translation>Otra persona modificó el socio &quot;%1&quot; después de abrirlo. Vuelva a cargarlo y aplique el cambio de nuevo.</translation>
    </message>
    <message>
        <source>A tier change needs a reason.</source>
        <translation>Un cambio de nivel requiere un motivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of program &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; no es un nivel del programa &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; was changed by someone else; its tier was not changed.</source>
        <translation>Otra persona modificó el socio &quot;%1&quot;; su nivel no se ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (held by %n partner(s))</source>
        <translation>
            <numerusform>&quot;%1&quot; (lo tiene %n socio)</numerusform>
            <numerusform>&quot;%1&quot; (lo tienen %n socios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; cannot drop tiers that partners hold: %2. Move those partners first.</source>
        <translation>El programa &quot;%1&quot; no puede eliminar niveles que tienen socios: %2. Mueva primero a esos socios.</translation>
    </message>
    <message>
        <source>An exchange rate must be positive.</source>
        <translation>Un tipo de cambio debe ser positivo.</translation>
    </message>
    <message>
        <source>There is no certification %1.</source>
        <translation>No existe la certificación %1.</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>No existe la venta %1.</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>No existe el evento %1.</translation>
    </message>
    <message>
        <source>There is no score %1.</source>
        <translation>No existe la puntuación %1.</translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; was changed by someone else since it was read; it was not updated.</source>
        <translation>Otra persona cambió el cliente «%1» después de leerlo; no se actualizó.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; was not saved: %2</source>
        <translation>El socio &quot;%1&quot; no se ha guardado: %2</translation>
    </message>
</context>
<context>
    <name>pd::TeamRoles</name>
    <message>
        <source>Roles apply to a team database on PostgreSQL; %1 is a file, which has no database users.</source>
        <translation>Los roles se aplican a una base de datos del equipo en PostgreSQL; %1 es un archivo, que no tiene usuarios de base de datos.</translation>
    </message>
    <message>
        <source>Setting up roles needs the user who created the team database (it owns the tables) with the right to create roles, or a superuser.</source>
        <translation>Para configurar los roles se necesita el usuario que creó la base de datos del equipo (es el propietario de las tablas) con permiso para crear roles, o un superusuario.</translation>
    </message>
    <message>
        <source>There is no database user &quot;%1&quot;. Create it first (CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;).</source>
        <translation>No existe el usuario de base de datos &quot;%1&quot;. Créelo primero (CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;).</translation>
    </message>
    <message>
        <source>The PartnerDesk roles do not exist yet; run: partnerdesk-cli admin roles</source>
        <translation>Los roles de PartnerDesk aún no existen; ejecute: partnerdesk-cli admin roles</translation>
    </message>
</context>
<context>
    <name>pd::TierEngine</name>
    <message>
        <source>not applicable: no web site</source>
        <translation>no aplicable: sin sitio web</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>último: %1</translation>
    </message>
    <message numerus="yes">
        <source>needs: %1 within the last %n month(s)</source>
        <translation>
            <numerusform>falta: %1 en el último mes</numerusform>
            <numerusform>falta: %1 en los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n month(s)</source>
        <translation>
            <numerusform>%1 de %n mes</numerusform>
            <numerusform>%1 de %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 missing for %n month(s): %2</source>
        <translation>
            <numerusform>%1: falta en %n mes: %2</numerusform>
            <numerusform>%1: falta en %n meses: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quarter(s)</source>
        <translation>
            <numerusform>%1 de %n trimestre</numerusform>
            <numerusform>%1 de %n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 missing for %n quarter(s): %2</source>
        <translation>
            <numerusform>%1: falta en %n trimestre: %2</numerusform>
            <numerusform>%1: falta en %n trimestres: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more certified technical specialist(s)</source>
        <translation>
            <numerusform>falta %n especialista técnico certificado más</numerusform>
            <numerusform>faltan %n especialistas técnicos certificados más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more certified sales specialist(s)</source>
        <translation>
            <numerusform>falta %n especialista comercial certificado más</numerusform>
            <numerusform>faltan %n especialistas comerciales certificados más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more month(s) in the program</source>
        <translation>
            <numerusform>falta %n mes más en el programa</numerusform>
            <numerusform>faltan %n meses más en el programa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %1 more sales in the trailing %n month(s)</source>
        <translation>
            <numerusform>faltan %1 de ventas en el último mes</numerusform>
            <numerusform>faltan %1 de ventas en los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no sales in the previous %n month(s) to compare with</source>
        <translation>
            <numerusform>no hay ventas en el mes anterior con las que comparar</numerusform>
            <numerusform>no hay ventas en los %n meses anteriores con las que comparar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no customers in the previous %n month(s)</source>
        <translation>
            <numerusform>no hay clientes en el mes anterior</numerusform>
            <numerusform>no hay clientes en los %n meses anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 is granted after a vendor review.</source>
        <translation>%1 se concede tras una revisión del proveedor.</translation>
    </message>
    <message>
        <source>%1 is by invitation only.</source>
        <translation>%1 solo se concede por invitación.</translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation>No existe ningún socio con el id %1.</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>La fecha de referencia no es una fecha válida.</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Evaluación cancelada.</translation>
    </message>
    <message>
        <source>There is no program &quot;%1&quot;.</source>
        <translation>No existe el programa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; already holds the proposed tier.</source>
        <translation>El socio &quot;%1&quot; ya tiene el nivel propuesto.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; changed tier since it was evaluated; evaluate it again.</source>
        <translation>El nivel del socio &quot;%1&quot; cambió después de evaluarlo; vuelva a evaluarlo.</translation>
    </message>
    <message numerus="yes">
        <source>in the trailing %n month(s)</source>
        <translation>
            <numerusform>en el último mes</numerusform>
            <numerusform>en los últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>needs %1 percentage points more revenue growth</source>
        <translation>faltan %1 puntos porcentuales de crecimiento de ingresos</translation>
    </message>
    <message>
        <source>needs %1 percentage points more customer retention</source>
        <translation>faltan %1 puntos porcentuales de retención de clientes</translation>
    </message>
    <message>
        <source>needs a Net Promoter Score %1 points higher</source>
        <translation>faltan %1 puntos de Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>needs %1 percentage points more customer satisfaction</source>
        <translation>faltan %1 puntos porcentuales de satisfacción del cliente</translation>
    </message>
    <message>
        <source>needs %1 percentage points more advocacy</source>
        <translation>faltan %1 puntos porcentuales de recomendación</translation>
    </message>
    <message>
        <source>needs %1 percentage points more</source>
        <translation>faltan %1 puntos porcentuales</translation>
    </message>
    <message numerus="yes">
        <source>no Net Promoter Score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>no hay Net Promoter Score (NPS) registrado en el último mes</numerusform>
            <numerusform>no hay Net Promoter Score (NPS) registrado en los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no customer satisfaction score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>no hay puntuación de satisfacción del cliente registrada en el último mes</numerusform>
            <numerusform>no hay puntuación de satisfacción del cliente registrada en los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no advocacy score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>no hay puntuación de recomendación registrada en el último mes</numerusform>
            <numerusform>no hay puntuación de recomendación registrada en los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>no hay puntuación registrada en el último mes</numerusform>
            <numerusform>no hay puntuación registrada en los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more active customer(s) %1</source>
        <extracomment>%1 is the period: &quot;in the trailing 12 months&quot;</extracomment>
        <translation>
            <numerusform>falta %n cliente activo más %1</numerusform>
            <numerusform>faltan %n clientes activos más %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more renewal deal(s) %1</source>
        <extracomment>%1 is the period: &quot;in the trailing 12 months&quot;</extracomment>
        <translation>
            <numerusform>falta %n operación de renovación más %1</numerusform>
            <numerusform>faltan %n operaciones de renovación más %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::VendorKey</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation>No se pudo inicializar la biblioteca criptográfica (libsodium).</translation>
    </message>
    <message>
        <source>This is not a valid PartnerDesk signing key file: %1.</source>
        <translation>Este no es un archivo de clave de firma de PartnerDesk válido: %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be set.</source>
        <translation>No se pudieron establecer los permisos de %1.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>No se pudo sustituir %1.</translation>
    </message>
    <message>
        <source>the public key is not %1 bytes long</source>
        <translation>la clave pública no tiene %1 bytes de longitud</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>the algorithm is not Ed25519</source>
        <translation>el algoritmo no es Ed25519</translation>
    </message>
    <message>
        <source>the public key is damaged</source>
        <translation>la clave pública está dañada</translation>
    </message>
    <message>
        <source>the secret key is damaged</source>
        <translation>la clave secreta está dañada</translation>
    </message>
    <message>
        <source>its secret and public parts do not belong together</source>
        <translation>sus partes secreta y pública no corresponden entre sí</translation>
    </message>
    <message>
        <source>its key id does not match its public key</source>
        <translation>su id de clave no coincide con su clave pública</translation>
    </message>
    <message>
        <source>This machine holds only the public part of the vendor key (id %1): it can verify NFR keys but not issue them. Import the full key with: partnerdesk-cli keys import FILE</source>
        <translation>Este equipo solo tiene la parte pública de la clave del proveedor (id %1): puede verificar claves NFR, pero no emitirlas. Importe la clave completa con: partnerdesk-cli keys import FILE</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>There is no vendor signing key in %1.</source>
        <translation>No hay ninguna clave de firma del proveedor en %1.</translation>
    </message>
    <message>
        <source>This machine holds only the public part of the vendor key; there is no secret part to export.</source>
        <translation>Este equipo solo tiene la parte pública de la clave del proveedor; no hay parte secreta que exportar.</translation>
    </message>
    <message>
        <source>%1 already holds a different vendor key (id %2). NFR keys it signed would no longer verify; move that file away first if you really mean to replace it.</source>
        <translation>%1 ya contiene otra clave del proveedor (id %2). Las claves NFR que firmó dejarían de verificarse; si de verdad quiere sustituirla, mueva antes ese archivo a otro sitio.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key with a passphrase.</source>
        <translation>No hay memoria suficiente para proteger la clave con una frase de contraseña.</translation>
    </message>
    <message>
        <source>its secret part is protected by a passphrase, and none was given</source>
        <translation>su parte secreta está protegida por una frase de contraseña y no se indicó ninguna</translation>
    </message>
    <message>
        <source>There is not enough memory to open the key&apos;s passphrase protection.</source>
        <translation>No hay memoria suficiente para abrir la protección de la clave con frase de contraseña.</translation>
    </message>
    <message>
        <source>the passphrase is wrong, or the file was altered</source>
        <translation>la frase de contraseña es incorrecta o el archivo fue modificado</translation>
    </message>
</context>
<context>
    <name>pd::ui::ApproveDialog</name>
    <message>
        <source>Payable %1: %2 (%3), %4, %5</source>
        <translation>Importe a pagar %1: %2 (%3), %4, %5</translation>
    </message>
    <message>
        <source>Approve Payout</source>
        <translation>Aprobar pago</translation>
    </message>
    <message>
        <source>Approve the payout of %1 to %2?</source>
        <translation>¿Aprobar el pago de %1 a %2?</translation>
    </message>
    <message>
        <source>Approved by %1. An approval is final: it is recorded with its time and cannot be withdrawn.</source>
        <translation>Lo aprueba %1. Una aprobación es definitiva: se registra con su hora y no se puede retirar.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
</context>
<context>
    <name>pd::ui::BenefitMatrixModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes, no, a number, a text, or empty when the tier does not offer it</source>
        <translation>sí, no, un número, un texto o vacío si el nivel no lo ofrece</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>pd::ui::CertificationCorrectionDialog</name>
    <message>
        <source>Correct Certification</source>
        <translation>Corregir certificación</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificado:</translation>
    </message>
    <message>
        <source>&amp;Passed on:</source>
        <translation>&amp;Aprobado el:</translation>
    </message>
</context>
<context>
    <name>pd::ui::CertificationsView</name>
    <message>
        <source>Certification levels of the partner</source>
        <translation>Niveles de certificación del socio</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Vencen en el próximo %n día</numerusform>
            <numerusform>Vencen en los próximos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire</source>
        <translation>
            <numerusform>vence %n certificado</numerusform>
            <numerusform>vencen %n certificados</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ward Level…</source>
        <translation>O&amp;torgar nivel…</translation>
    </message>
    <message>
        <source>Award the partner a certification level of its program</source>
        <translation>Otorgar al socio un nivel de certificación de su programa</translation>
    </message>
    <message>
        <source>Award Certification Level</source>
        <translation>Otorgar nivel de certificación</translation>
    </message>
</context>
<context>
    <name>pd::ui::ChartBuilder</name>
    <message numerus="yes">
        <source>%1: %2 in %n month(s)</source>
        <translation>
            <numerusform>%1: %2 en %n mes</numerusform>
            <numerusform>%1: %2 en %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>12 months to the end of %1: %2</source>
        <translation>12 meses hasta el final de %1: %2</translation>
    </message>
    <message>
        <source>Partners, ranked by revenue</source>
        <translation>Socios, ordenados por ingresos</translation>
    </message>
    <message>
        <source>%1 band</source>
        <translation>Franja %1</translation>
    </message>
    <message>
        <source>Partner revenue, 12 months</source>
        <translation>Ingresos del socio, 12 meses</translation>
    </message>
    <message>
        <source>Partner %1 of %2 by revenue: %3</source>
        <translation>Socio %1 de %2 por ingresos: %3</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Nivel propuesto</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>current tier</source>
        <translation>nivel actual</translation>
    </message>
    <message>
        <source>proposed tier</source>
        <translation>nivel propuesto</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 partner(s)</source>
        <extracomment>%3 is the number of partners, grouped: &quot;Certified, current tier: 1,200 partners&quot;</extracomment>
        <translation>
            <numerusform>%1, %2: %3 socio</numerusform>
            <numerusform>%1, %2: %3 socios</numerusform>
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
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Close Quarter</source>
        <translation>&amp;Cerrar trimestre</translation>
    </message>
    <message>
        <source>Close Quarter</source>
        <translation>Cerrar trimestre</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>SPIF</source>
        <translation>SPIF</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Closing freezes every partner&apos;s statement of the quarter, books late changes to earlier closed quarters as adjustments and creates the payables. It cannot be undone.</source>
        <translation>El cierre congela la liquidación del trimestre de cada socio, registra como ajustes los cambios tardíos en trimestres ya cerrados y crea los importes a pagar. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <source>Close %1? Its statements are frozen and its payables created; this cannot be undone.</source>
        <translation>¿Cerrar %1? Sus liquidaciones se congelan y se crean sus importes a pagar; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Closing %1 was cancelled; nothing was written.</source>
        <translation>Se canceló el cierre de %1; no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>Closing %1 would freeze %n statement(s).</source>
        <translation>
            <numerusform>Cerrar %1 congelaría %n liquidación.</numerusform>
            <numerusform>Cerrar %1 congelaría %n liquidaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1:</source>
        <translation>%1 cerrado:</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) frozen</source>
        <translation>
            <numerusform>%n liquidación congelada</numerusform>
            <numerusform>%n liquidaciones congeladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payable(s)</source>
        <translation>
            <numerusform>%n importe a pagar</numerusform>
            <numerusform>%n importes a pagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Quarter Preview</source>
        <translation>Vista previa del cierre</translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>Cerrando %1…</translation>
    </message>
    <message>
        <source>Computing what closing %1 freezes…</source>
        <translation>Calculando lo que congela el cierre de %1…</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Save Partner: Conflicting Changes</source>
        <translation>Guardar socio: cambios en conflicto</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; was changed by someone else after you started editing it.&lt;/p&gt;&lt;p&gt;Choose, for each field, the value to keep. Nothing is saved until you choose Save; fields not listed hold the same value in both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Otra persona modificó &lt;b&gt;%1&lt;/b&gt; después de que usted empezara a editarlo.&lt;/p&gt;&lt;p&gt;Elija, para cada campo, el valor que desea conservar. No se guarda nada hasta que elija Guardar; los campos que no aparecen tienen el mismo valor en ambas versiones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Guardado por otra persona&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su edición&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation>%1 (modificado por ambos)</translation>
    </message>
    <message>
        <source>&amp;Save Chosen Values</source>
        <translation>&amp;Guardar los valores elegidos</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>Todos los &amp;míos</translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation>Todos los &amp;ajenos</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Conectar a la base de datos del equipo</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com o una carpeta de sockets como /run/postgresql</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>your database user name</source>
        <translation>su nombre de usuario de la base de datos</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Desactivado (disable)</translation>
    </message>
    <message>
        <source>If the server offers it (prefer)</source>
        <translation>Si el servidor lo ofrece (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Obligatorio (require)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate and name checked (verify-full)</source>
        <translation>Obligatorio, con comprobación del certificado y el nombre del servidor (verify-full)</translation>
    </message>
    <message>
        <source>This build of PartnerDesk has no keychain support: the password is kept only until the window closes.</source>
        <translation>Esta versión de PartnerDesk no admite el llavero del sistema: la contraseña solo se conserva hasta que se cierre la ventana.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>C&amp;ifrado (TLS):</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditEntryDialog</name>
    <message>
        <source>Buy Activation Credits</source>
        <translation>Comprar créditos de activación</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>&amp;Créditos:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Consume Activation Credits</source>
        <translation>Consumir créditos de activación</translation>
    </message>
    <message>
        <source>C&amp;ustomer onboarded:</source>
        <translation>Cliente &amp;incorporado:</translation>
    </message>
    <message>
        <source>Correct Ledger Entry #%1</source>
        <translation>Corregir el asiento #%1</translation>
    </message>
    <message>
        <source>&amp;Credits (+ or −):</source>
        <translation>&amp;Créditos (+ o −):</translation>
    </message>
    <message>
        <source>&amp;Paid correction (%1):</source>
        <translation>Corrección del &amp;pago (%1):</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The partner has no customers to onboard.</source>
        <translation>El socio no tiene clientes que incorporar.</translation>
    </message>
    <message>
        <source>Choose the customer that was onboarded.</source>
        <translation>Elija el cliente incorporado.</translation>
    </message>
    <message>
        <source>&amp;Discount (%1):</source>
        <translation>&amp;Descuento (%1):</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditLedgerModel</name>
    <message>
        <source>%1 of #%2</source>
        <translation>%1 del asiento #%2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Registrado el %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditsView</name>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Comprar…</translation>
    </message>
    <message>
        <source>C&amp;onsume…</source>
        <translation>C&amp;onsumir…</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>Adds an entry that corrects the selected one; entries are never edited.</source>
        <translation>Añade un asiento que corrige el seleccionado; los asientos nunca se modifican.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Activation Credits</source>
        <translation>Créditos de activación</translation>
    </message>
    <message numerus="yes">
        <source>Balance: %1 credit(s) (1 credit = 1 %2). Discount of the partner&apos;s tier: %3.</source>
        <translation>
            <numerusform>Saldo: %1 crédito (1 crédito = 1 %2). Descuento del nivel del socio: %3.</numerusform>
            <numerusform>Saldo: %1 créditos (1 crédito = 1 %2). Descuento del nivel del socio: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; does not use activation credits.</source>
        <translation>El programa «%1» no usa créditos de activación.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CsvFileDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Registros:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Import is all or nothing: every record is checked, and nothing is written unless all of them are good. Import partners before the records that name them.</source>
        <translation>La importación es de todo o nada: se comprueba cada registro y no se escribe nada a menos que todos sean correctos. Importe los socios antes que los registros que los mencionan.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Staff certifications</source>
        <translation>Certificaciones del personal</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Compliance events</source>
        <translation>Eventos de cumplimiento</translation>
    </message>
    <message>
        <source>Scores (NPS, satisfaction, advocacy)</source>
        <translation>Puntuaciones (NPS, satisfacción, recomendación)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>&amp;Update existing records</source>
        <translation>&amp;Actualizar registros existentes</translation>
    </message>
    <message>
        <source>Records whose code exists are updated from the file: only changed fields are written, and each is logged in the partner&apos;s history. Without this, an existing code is a problem and nothing is imported.</source>
        <translation>Los registros cuyo código ya existe se actualizan desde el archivo: solo se escriben los campos cambiados, y cada uno queda en el historial del socio. Sin esta opción, un código existente es un problema y no se importa nada.</translation>
    </message>
    <message>
        <source>Customer moves</source>
        <translation>Transferencias de clientes</translation>
    </message>
</context>
<context>
    <name>pd::ui::Dashboard</name>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>No program is selected.</source>
        <translation>No hay ningún programa seleccionado.</translation>
    </message>
    <message>
        <source>Trailing 12-month revenue against the tier thresholds</source>
        <translation>Ingresos de los últimos 12 meses frente a los umbrales de nivel</translation>
    </message>
    <message>
        <source>Partners per tier: current and proposed</source>
        <translation>Socios por nivel: actual y propuesto</translation>
    </message>
    <message>
        <source>No partner belongs to this program.</source>
        <translation>Ningún socio pertenece a este programa.</translation>
    </message>
    <message>
        <source>Evaluating partners…</source>
        <translation>Evaluando socios…</translation>
    </message>
    <message>
        <source>Proposed tiers appear when the evaluation is done.</source>
        <translation>Los niveles propuestos aparecerán cuando termine la evaluación.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) left out: %1</source>
        <translation>
            <numerusform>%n socio omitido: %1</numerusform>
            <numerusform>%n socios omitidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This program has no revenue thresholds.</source>
        <translation>Este programa no tiene umbrales de ingresos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 partner(s) in %2.</source>
        <extracomment>%1 is the number of partners, grouped: &quot;1,200 partners in Reseller status.&quot;</extracomment>
        <translation>
            <numerusform>%1 socio en %2.</numerusform>
            <numerusform>%1 socios en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrades proposed: %1. Demotions proposed: %2.</source>
        <translation>Ascensos propuestos: %1. Descensos propuestos: %2.</translation>
    </message>
</context>
<context>
    <name>pd::ui::EvaluationJob</name>
    <message>
        <source>Evaluating partners</source>
        <translation>Evaluando socios</translation>
    </message>
</context>
<context>
    <name>pd::ui::EventCorrectionDialog</name>
    <message>
        <source>Correct Compliance Event</source>
        <translation>Corregir evento de cumplimiento</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExpiringModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>el socio</translation>
    </message>
    <message>
        <source>certification level: %1</source>
        <translation>nivel de certificación: %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
</context>
<context>
    <name>pd::ui::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>pd::ui::LevelAwardDialog</name>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>Award Certification Level to %1</source>
        <translation>Otorgar nivel de certificación a %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Requires:</source>
        <translation>Requiere:</translation>
    </message>
    <message>
        <source>&amp;Awarded on:</source>
        <translation>&amp;Otorgado el:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Otorgar</translation>
    </message>
    <message>
        <source>Needs %1 in the partnership: eligible from %2.</source>
        <extracomment>%1 is a number of months (&quot;6 months&quot;), %2 a date</extracomment>
        <translation>Requiere %1 de antigüedad como socio: apto desde el %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Held since %1.</source>
        <translation>Obtenido desde el %1.</translation>
    </message>
    <message>
        <source>The partner&apos;s program has no certification levels.</source>
        <translation>El programa del socio no tiene niveles de certificación.</translation>
    </message>
    <message>
        <source>%1 can be awarded from %2, once the partner has %3 in the partnership.</source>
        <translation>%1 se puede otorgar desde el %2, cuando el socio tenga %3 de antigüedad.</translation>
    </message>
</context>
<context>
    <name>pd::ui::LevelsModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>held since %1, until %2</source>
        <translation>vigente desde el %1 hasta el %2</translation>
    </message>
    <message>
        <source>held since %1</source>
        <translation>vigente desde el %1</translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>not yet eligible</source>
        <translation>aún no es apto</translation>
    </message>
    <message>
        <source>months reached; requires %1 first</source>
        <translation>meses cumplidos; antes requiere %1</translation>
    </message>
    <message>
        <source>eligible, not awarded</source>
        <translation>apto, no otorgado</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>In the partnership</source>
        <translation>Antigüedad como socio</translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation>Apto desde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Requiere</translation>
    </message>
</context>
<context>
    <name>pd::ui::LicenceDialog</name>
    <message>
        <source>E&amp;nds on:</source>
        <translation>&amp;Termina el:</translation>
    </message>
    <message>
        <source>Record Licence for %1</source>
        <translation>Registrar licencia para %1</translation>
    </message>
    <message>
        <source>Sold to a customer</source>
        <translation>Vendida a un cliente</translation>
    </message>
    <message>
        <source>Internal use by the partner</source>
        <translation>Uso interno del socio</translation>
    </message>
    <message>
        <source>The partner&apos;s tier has no internal-use discount.</source>
        <translation>El nivel del socio no tiene descuento por uso interno.</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>The product as named on the licence</source>
        <translation>El producto tal como figura en la licencia</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Opcional, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>&amp;Línea de productos:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>E&amp;dition:</source>
        <translation>E&amp;dición:</translation>
    </message>
    <message>
        <source>Add-on &amp;modules:</source>
        <translation>&amp;Módulos adicionales:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>P&amp;uestos:</translation>
    </message>
    <message>
        <source>P&amp;rice per seat (%1):</source>
        <translation>P&amp;recio por puesto (%1):</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>S&amp;old on:</source>
        <translation>&amp;Vendida el:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <source>Rene&amp;ws:</source>
        <translation>Reno&amp;vación de:</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>Not&amp;a:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Not a renewal</source>
        <translation>No es una renovación</translation>
    </message>
    <message>
        <source>Licence #%1: %2, %3 to %4</source>
        <translation>Licencia n.º %1: %2, del %3 al %4</translation>
    </message>
    <message>
        <source>perpetual</source>
        <translation>perpetua</translation>
    </message>
    <message>
        <source>Enter the price of one seat for the term.</source>
        <translation>Introduzca el precio de un puesto para el período.</translation>
    </message>
    <message>
        <source>The partner has no customers yet: import them, or record a licence for the partner&apos;s internal use.</source>
        <translation>El socio aún no tiene clientes: impórtelos o registre una licencia para uso interno del socio.</translation>
    </message>
    <message>
        <source>Choose the customer the licence is sold to.</source>
        <translation>Elija el cliente al que se vende la licencia.</translation>
    </message>
    <message>
        <source>The partner&apos;s program has no product lines.</source>
        <translation>El programa del socio no tiene líneas de productos.</translation>
    </message>
    <message numerus="yes">
        <source>The internal-use discount covers at most %n user(s).</source>
        <translation>
            <numerusform>El descuento por uso interno cubre como máximo %n usuario.</numerusform>
            <numerusform>El descuento por uso interno cubre como máximo %n usuarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s) at %2)</source>
        <translation>
            <numerusform>%1 (%n puesto a %2)</numerusform>
            <numerusform>%1 (%n puestos a %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Internal use: %1 discount, at most %n user(s) in the partner&apos;s tier.</source>
        <translation>
            <numerusform>Uso interno: %1 de descuento, como máximo %n usuario en el nivel del socio.</numerusform>
            <numerusform>Uso interno: %1 de descuento, como máximo %n usuarios en el nivel del socio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after the %2 internal-use discount on %3</source>
        <translation>%1 tras el descuento por uso interno del %2 sobre %3</translation>
    </message>
    <message>
        <source>Give the reason for the correction: it is kept with the licence.</source>
        <translation>Indique el motivo de la corrección: se guarda con la licencia.</translation>
    </message>
    <message>
        <source>Correct Licence #%1</source>
        <translation>Corregir la licencia n.º %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
</context>
<context>
    <name>pd::ui::LicenceTableModel</name>
    <message>
        <source>%1 (customer now with %2)</source>
        <translation>%1 (el cliente está ahora con %2)</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>uso interno</translation>
    </message>
    <message>
        <source>perpetual</source>
        <translation>perpetua</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>finalizada</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>renewed by #%1</source>
        <translation>renovada por #%1</translation>
    </message>
    <message>
        <source>renews #%1</source>
        <translation>renueva #%1</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>Módulos: %1</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Vendida por</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>%1 (%2 off)</source>
        <translation>%1 (%2 de descuento)</translation>
    </message>
</context>
<context>
    <name>pd::ui::LicencesView</name>
    <message>
        <source>All licences</source>
        <translation>Todas las licencias</translation>
    </message>
    <message>
        <source>Renewals due in 30 days</source>
        <translation>Renovaciones en los próximos 30 días</translation>
    </message>
    <message>
        <source>Renewals due in 60 days</source>
        <translation>Renovaciones en los próximos 60 días</translation>
    </message>
    <message>
        <source>Renewals due in 90 days</source>
        <translation>Renovaciones en los próximos 90 días</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s)</source>
        <translation>
            <numerusform>%n licencia</numerusform>
            <numerusform>%n licencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) to renew by %1</source>
        <translation>
            <numerusform>%n licencia que renovar antes del %1</numerusform>
            <numerusform>%n licencias que renovar antes del %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rec&amp;ord Licence…</source>
        <translation>Regis&amp;trar licencia…</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Reno&amp;var…</translation>
    </message>
    <message>
        <source>Record the renewal of the selected licence</source>
        <translation>Registrar la renovación de la licencia seleccionada</translation>
    </message>
    <message>
        <source>Record a licence sold to one of the partner&apos;s customers or bought for its internal use</source>
        <translation>Registrar una licencia vendida a un cliente del socio o comprada para su uso interno</translation>
    </message>
    <message>
        <source>Choose a partner first.</source>
        <translation>Elija primero un socio.</translation>
    </message>
    <message>
        <source>Recorded licence #%1: %2 paid.</source>
        <translation>Licencia n.º %1 registrada: %2 pagados.</translation>
    </message>
    <message>
        <source>Recorded as renewal sale #%1.</source>
        <translation>Registrada como venta de renovación n.º %1.</translation>
    </message>
    <message>
        <source>Recorded as sale #%1.</source>
        <translation>Registrada como venta n.º %1.</translation>
    </message>
    <message>
        <source>Record Licence</source>
        <translation>Registrar licencia</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>Show voi&amp;ded</source>
        <translation>Mostrar a&amp;nuladas</translation>
    </message>
    <message>
        <source>Void the selected licence with a reason: it leaves the figures and stays in the history</source>
        <translation>Anular la licencia seleccionada indicando el motivo: sale de las cifras y queda en el historial</translation>
    </message>
    <message>
        <source>Also list voided licences, struck through, with who voided them, when and why</source>
        <translation>Listar también las licencias anuladas, tachadas, con quién las anuló, cuándo y por qué</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>uso interno</translation>
    </message>
    <message numerus="yes">
        <source>Licence #%1: %2, %n seat(s), %3, paid %4</source>
        <translation>
            <numerusform>Licencia n.º %1: %2, %n puesto, %3, pagado %4</numerusform>
            <numerusform>Licencia n.º %1: %2, %n puestos, %3, pagado %4</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Replace the selected licence with a corrected one; the original stays in the history, voided</source>
        <translation>Sustituir la licencia seleccionada por una corregida; la original queda en el historial, anulada</translation>
    </message>
    <message>
        <source>Correct Licence</source>
        <translation>Corregir licencia</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n voided</source>
        <translation>
            <numerusform>%1 · %n anulada</numerusform>
            <numerusform>%1 · %n anuladas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>&amp;Buscar socio</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Socios</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>P&amp;rograms</source>
        <translation>P&amp;rogramas</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;Acerca de PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Import &amp;Program JSON…</source>
        <translation>Importar &amp;programa JSON…</translation>
    </message>
    <message>
        <source>Export Program &amp;JSON…</source>
        <translation>Exportar programa &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation>&amp;Filtro rápido</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Socio</translation>
    </message>
    <message>
        <source>P&amp;rogram</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
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
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>PartnerDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de PartnerDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>Bases de datos de PartnerDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>This database is open. Choose another file name.</source>
        <translation>Esta base de datos está abierta. Elija otro nombre de archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Fill the new database with demo data (%n partner(s) with two years of records)?</source>
        <translation>
            <numerusform>¿Llenar la base de datos nueva con datos de demostración (%n socio con dos años de registros)?</numerusform>
            <numerusform>¿Llenar la base de datos nueva con datos de demostración (%n socios con dos años de registros)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the demo database</source>
        <translation>Creando la base de datos de demostración</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n demo partner(s) with two years of records…</source>
        <translation>
            <numerusform>Creando %n socio de demostración con dos años de registros…</numerusform>
            <numerusform>Creando %n socios de demostración con dos años de registros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was written.</source>
        <translation>No se importó %1; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) of %1.</source>
        <translation>
            <numerusform>Se importó %Ln registro de %1.</numerusform>
            <numerusform>Se importaron %Ln registros de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln registro a %1.</numerusform>
            <numerusform>Se exportaron %Ln registros a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>About PartnerDesk</source>
        <translation>Acerca de PartnerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Partner programs as data: tiers, requirements, rates and benefits; partners&apos; records; tier evaluation with what is missing for the next tier.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Programas de socios como datos: niveles, requisitos, tasas y beneficios; registros de los socios; evaluación de niveles con lo que falta para el siguiente nivel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Quarterly Review…</source>
        <translation>Exportar revisión tri&amp;mestral de negocio…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing %1…</source>
        <translation>Esperando a que otro programa termine de escribir en %1…</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <extracomment>%1 is the kind of records; %2 to %4 are counts: &quot;Partners: 3 updated, 997 unchanged, 10 added.&quot;</extracomment>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln añadido</numerusform>
            <numerusform>%Ln añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing new was imported; %Ln record(s) already present.</source>
        <translation>
            <numerusform>%1: no se importó nada nuevo; %Ln registro ya estaba en la base de datos.</numerusform>
            <numerusform>%1: no se importó nada nuevo; los %Ln registros ya estaban en la base de datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 imported, %Ln already present.</source>
        <translation>
            <numerusform>%1: %2 importados, %Ln ya estaba.</numerusform>
            <numerusform>%1: %2 importados, %Ln ya estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>Pa&amp;gos</translation>
    </message>
    <message>
        <source>Partner &amp;Statements…</source>
        <translation>&amp;Liquidaciones de socios…</translation>
    </message>
    <message>
        <source>C&amp;lose Quarter…</source>
        <translation>Cerrar &amp;trimestre…</translation>
    </message>
    <message>
        <source>SPIF &amp;Campaigns…</source>
        <translation>&amp;Campañas SPIF…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © %1 The PartnerDesk developers&lt;/p&gt;&lt;p&gt;PartnerDesk is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%2&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © %1 Los desarrolladores de PartnerDesk&lt;/p&gt;&lt;p&gt;PartnerDesk es software libre: puede redistribuirlo y/o modificarlo según los términos de la &lt;a href=&quot;%2&quot;&gt;Licencia Pública General de GNU&lt;/a&gt;, versión 3 o (a su elección) cualquier versión posterior.&lt;/p&gt;&lt;p&gt;Se distribuye SIN NINGUNA GARANTÍA.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registro</translation>
    </message>
    <message>
        <source>Show the folder of PartnerDesk&apos;s log, to attach it to a support request.</source>
        <translation>Muestra la carpeta del registro de PartnerDesk, para adjuntarlo a una solicitud de soporte.</translation>
    </message>
    <message>
        <source>&lt;p&gt;PartnerDesk keeps a log of its work in %1 (Help › Open Log Folder); attach it to a support request.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PartnerDesk guarda un registro de su trabajo en %1 (Ayuda › Abrir carpeta de registro); adjúntelo a una solicitud de soporte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Abrir carpeta de registro</translation>
    </message>
    <message>
        <source>The log folder %1 could not be opened.</source>
        <translation>No se pudo abrir la carpeta de registro %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::NegotiatedRates</name>
    <message>
        <source>Product line</source>
        <translation>Línea de productos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Add Negotiated &amp;Rate…</source>
        <translation>Añadir tasa &amp;negociada…</translation>
    </message>
    <message>
        <source>Reward rate</source>
        <translation>Tasa de recompensa</translation>
    </message>
    <message>
        <source>Commission per unit</source>
        <translation>Comisión por unidad</translation>
    </message>
    <message>
        <source>Program&apos;s rate</source>
        <translation>Tasa del programa</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n negotiated rate(s): each replaces the program&apos;s rate for its line from its date</source>
        <translation>
            <numerusform>%n tasa negociada: sustituye a la tasa del programa para su línea desde su fecha</numerusform>
            <numerusform>%n tasas negociadas: cada una sustituye a la tasa del programa para su línea desde su fecha</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner is shown.</source>
        <translation>No se muestra ningún socio.</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrIssueDialog</name>
    <message>
        <source>Issue NFR Key to %1</source>
        <translation>Emitir clave NFR para %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message numerus="yes">
        <source>tier: %n month(s)</source>
        <translation>
            <numerusform>nivel: %n mes</numerusform>
            <numerusform>nivel: %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatorio)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message numerus="yes">
        <source>tier: %n day(s)</source>
        <translation>
            <numerusform>nivel: %n día</numerusform>
            <numerusform>nivel: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>tier: none</source>
        <translation>nivel: ninguno</translation>
    </message>
    <message>
        <source>The product the demo key is for</source>
        <translation>Producto al que corresponde la clave de demostración</translation>
    </message>
    <message>
        <source>Add-on modules, separated by commas (empty: all)</source>
        <translation>Módulos adicionales, separados por comas (vacío: todos)</translation>
    </message>
    <message>
        <source>Entitlement of the partner&apos;s tier: %1.</source>
        <translation>Derecho del nivel del socio: %1.</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>Add-on &amp;modules:</source>
        <translation>&amp;Módulos adicionales:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Emitida el:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Válida durante:</translation>
    </message>
    <message>
        <source>Add-ons &amp;enabled for:</source>
        <translation>Módulos &amp;habilitados durante:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrKeyModel</name>
    <message>
        <source>revoked on %1</source>
        <translation>revocada el %1</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>aún no es válida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>valid, add-on modules enabled</source>
        <translation>válida, módulos adicionales habilitados</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta el %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Revoked by %1: %2</source>
        <translation>Revocada por %1: %2</translation>
    </message>
    <message>
        <source>Issued by %1, signed with vendor key %2</source>
        <translation>Emitida por %1, firmada con la clave del proveedor %2</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Add-on modules</source>
        <translation>Módulos adicionales</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Manager override</source>
        <translation>Excepción autorizada</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrKeysView</name>
    <message>
        <source>&amp;Revoke…</source>
        <translation>An&amp;ular…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>Veri&amp;ficar…</translation>
    </message>
    <message numerus="yes">
        <source>NFR keys of every partner: %n valid today.</source>
        <translation>
            <numerusform>Claves NFR de todos los socios: %n válida hoy.</numerusform>
            <numerusform>Claves NFR de todos los socios: %n válidas hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitlement of the partner&apos;s tier: %1. Valid today: %2.</source>
        <translation>Derecho del nivel del socio: %1. Válidas hoy: %2.</translation>
    </message>
    <message>
        <source>NFR Keys</source>
        <translation>Claves NFR</translation>
    </message>
    <message>
        <source>This key goes beyond the entitlement: %1.</source>
        <translation>Esta clave supera el derecho: %1.</translation>
    </message>
    <message>
        <source>NFR Key Issued</source>
        <translation>Clave NFR emitida</translation>
    </message>
    <message>
        <source>NFR key %1 was issued and copied to the clipboard.</source>
        <translation>Se emitió la clave NFR %1 y se copió al portapapeles.</translation>
    </message>
    <message>
        <source>Issue Ke&amp;y…</source>
        <translation>E&amp;mitir clave…</translation>
    </message>
    <message>
        <source>C&amp;opy Key</source>
        <translation>Copiar cla&amp;ve</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrOverrideDialog</name>
    <message>
        <source>Beyond the NFR Entitlement</source>
        <translation>Por encima del derecho NFR</translation>
    </message>
    <message>
        <source>A manager can issue the key anyway. Write why: the reason is kept with the key and shown wherever the key is listed.</source>
        <translation>Un responsable puede emitir la clave de todos modos. Indique el motivo: se guarda con la clave y se muestra dondequiera que aparezca la clave.</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <source>Issue Anyway</source>
        <translation>Emitir de todos modos</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrRevokeDialog</name>
    <message>
        <source>Revoke NFR Key</source>
        <translation>Revocar clave NFR</translation>
    </message>
    <message>
        <source>Why is %1 revoked?</source>
        <translation>¿Por qué se revoca %1?</translation>
    </message>
    <message>
        <source>The reason is kept with the key, and a check of the key reports it.</source>
        <translation>El motivo se guarda con la clave, y al verificarla se informa de él.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrVerifyDialog</name>
    <message>
        <source>Verify NFR Key</source>
        <translation>Verificar clave NFR</translation>
    </message>
    <message>
        <source>Paste the key (PDNFR1.…)</source>
        <translation>Pegue la clave (PDNFR1.…)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Serial %1, issued to %2 (%3)</source>
        <translation>Número de serie %1, emitida para %2 (%3)</translation>
    </message>
    <message>
        <source>%1, not for resale, valid %2 to %3</source>
        <translation>%1, no para reventa, válida del %2 al %3</translation>
    </message>
    <message>
        <source>No add-on modules.</source>
        <translation>Sin módulos adicionales.</translation>
    </message>
    <message>
        <source>Add-on modules enabled until %1.</source>
        <translation>Módulos adicionales habilitados hasta el %1.</translation>
    </message>
    <message>
        <source>Add-on modules no longer enabled (until %1).</source>
        <translation>Módulos adicionales ya no habilitados (hasta el %1).</translation>
    </message>
    <message>
        <source>Issued from this database.</source>
        <translation>Emitida desde esta base de datos.</translation>
    </message>
    <message>
        <source>Not in this database: its revocation could not be checked.</source>
        <translation>No está en esta base de datos: no se pudo comprobar su revocación.</translation>
    </message>
</context>
<context>
    <name>pd::ui::OfflineDialog</name>
    <message>
        <source>&amp;All partners</source>
        <translation>To&amp;dos los socios</translation>
    </message>
    <message>
        <source>Only the partners &amp;matching:</source>
        <translation>Solo los socios &amp;que cumplan:</translation>
    </message>
    <message>
        <source>Take Offline</source>
        <translation>Crear copia sin conexión</translation>
    </message>
    <message>
        <source>Copies the programs, exchange rates and the chosen partners with all their records into a file that opens read-only without a network. Refresh it later to fetch only what changed.</source>
        <translation>Copia los programas, los tipos de cambio y los socios elegidos con todos sus registros en un archivo que se abre en modo de solo lectura sin red. Actualícela más adelante para obtener solo lo que haya cambiado.</translation>
    </message>
    <message>
        <source>any territory</source>
        <translation>cualquier territorio</translation>
    </message>
    <message>
        <source>any program</source>
        <translation>cualquier programa</translation>
    </message>
    <message>
        <source>any country (two letters, such as ES)</source>
        <translation>cualquier país (dos letras, como ES)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Take Offline</source>
        <translation>&amp;Crear copia sin conexión</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territorio:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>Bases de datos de PartnerDesk (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>pd::ui::OverrideDialog</name>
    <message>
        <source>Add Negotiated Rate</source>
        <translation>Añadir tasa negociada</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <source>Reward rate (%)</source>
        <translation>Tasa de recompensa (%)</translation>
    </message>
    <message>
        <source>Commission per unit</source>
        <translation>Comisión por unidad</translation>
    </message>
    <message>
        <source>Back to the program&apos;s rate</source>
        <translation>Volver a la tasa del programa</translation>
    </message>
    <message>
        <source>The rate replaces the program&apos;s for this line from its date, until the next negotiated rate of the line. It is never changed: add another to change it.</source>
        <translation>La tasa sustituye a la del programa para esta línea desde su fecha, hasta la siguiente tasa negociada de la línea. Nunca se modifica: para cambiarla, añada otra.</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>&amp;Línea de productos:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Amount per unit:</source>
        <translation>&amp;Importe por unidad:</translation>
    </message>
    <message>
        <source>&amp;Rate (%):</source>
        <translation>T&amp;asa (%):</translation>
    </message>
    <message>
        <source>Enter the rate or the amount that was negotiated.</source>
        <translation>Introduzca la tasa o el importe negociados.</translation>
    </message>
    <message>
        <source>Give the reason: what was agreed, with whom.</source>
        <translation>Indique el motivo: qué se acordó y con quién.</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerBrowser</name>
    <message>
        <source>Filter by name, code, country, program or tier (Ctrl+F)</source>
        <translation>Filtrar por nombre, código, país, programa o nivel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation>Filtro de socios</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos los socios</translation>
    </message>
    <message>
        <source>Show every partner that matches the filter</source>
        <translation>Muestra todos los socios que coinciden con el filtro</translation>
    </message>
    <message>
        <source>Qualifies for upgrade</source>
        <translation>Aptos para ascenso</translation>
    </message>
    <message>
        <source>Partners whose records meet every requirement of a higher tier</source>
        <translation>Socios cuyos registros cumplen todos los requisitos de un nivel superior</translation>
    </message>
    <message>
        <source>Below current tier</source>
        <translation>Por debajo del nivel actual</translation>
    </message>
    <message>
        <source>Partners that no longer meet the requirements of the tier they hold</source>
        <translation>Socios que ya no cumplen los requisitos del nivel que tienen</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Renovaciones pendientes</translation>
    </message>
    <message>
        <source>&amp;Re-evaluate All Partners</source>
        <translation>&amp;Volver a evaluar todos los socios</translation>
    </message>
    <message>
        <source>Compute every partner&apos;s revenue, proposed tier and gap again</source>
        <translation>Vuelve a calcular los ingresos, el nivel propuesto y lo que falta de cada socio</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>Detiene la tarea en curso</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Evaluación cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) could not be evaluated: %1</source>
        <translation>
            <numerusform>No se pudo evaluar %n socio: %1</numerusform>
            <numerusform>No se pudieron evaluar %n socios: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners with a licence, NFR key or certification that ends in the next %n day(s)</source>
        <translation>
            <numerusform>Socios con una licencia, clave NFR o certificación que vence en el próximo día</numerusform>
            <numerusform>Socios con una licencia, clave NFR o certificación que vence en los próximos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 partner(s)</source>
        <translation>
            <numerusform>%1 socio</numerusform>
            <numerusform>%1 socios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 partner(s)</source>
        <translation>
            <numerusform>%1 de %2 socio</numerusform>
            <numerusform>%1 de %2 socios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerLoadJob</name>
    <message>
        <source>Loading partners</source>
        <translation>Cargando socios</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerPage</name>
    <message>
        <source>&amp;Save Partner</source>
        <translation>&amp;Guardar socio</translation>
    </message>
    <message>
        <source>&amp;Revert Partner</source>
        <translation>&amp;Descartar cambios del socio</translation>
    </message>
    <message>
        <source>Drop unsaved edits of the profile</source>
        <translation>Descarta las modificaciones del perfil no guardadas</translation>
    </message>
    <message>
        <source>Change &amp;Tier…</source>
        <translation>Cambiar de &amp;nivel…</translation>
    </message>
    <message>
        <source>Move the partner to another tier, with a reason for the history</source>
        <translation>Mueve al socio a otro nivel, con un motivo para el historial</translation>
    </message>
    <message>
        <source>&amp;Apply Proposed Tier…</source>
        <translation>&amp;Aplicar nivel propuesto…</translation>
    </message>
    <message>
        <source>Move the partner to the tier its records qualify for</source>
        <translation>Mueve al socio al nivel para el que sus registros lo califican</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>Sa&amp;les</source>
        <translation>&amp;Ventas</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation>Ningún socio seleccionado</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its profile, records and tier status.</source>
        <translation>Elija un socio de la lista para ver su perfil, sus registros y el estado de su nivel.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n miembro del personal</numerusform>
            <numerusform>%n miembros del personal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n certificación</numerusform>
            <numerusform>%n certificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales line(s)</source>
        <translation>
            <numerusform>%n línea de venta</numerusform>
            <numerusform>%n líneas de venta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliance event(s)</source>
        <translation>
            <numerusform>%n evento de cumplimiento</numerusform>
            <numerusform>%n eventos de cumplimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner&apos;s program &quot;%1&quot; is missing.</source>
        <translation>Falta el programa &quot;%1&quot; del socio.</translation>
    </message>
    <message numerus="yes">
        <source>%n tier change(s)</source>
        <translation>
            <numerusform>%n cambio de nivel</numerusform>
            <numerusform>%n cambios de nivel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 since %4</source>
        <translation>%1 · %2 · %3 desde el %4</translation>
    </message>
    <message>
        <source>Correct the marked fields to save</source>
        <translation>Corrija los campos marcados para guardar</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Guarda el perfil</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The profile of %1 has unsaved changes.</source>
        <translation>El perfil de %1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Some fields are invalid; they cannot be saved as they are.</source>
        <translation>Algunos campos no son válidos; no se pueden guardar tal como están.</translation>
    </message>
    <message>
        <source>Save Partner</source>
        <translation>Guardar socio</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 pasó al nivel %2.</translation>
    </message>
    <message>
        <source>Change Tier</source>
        <translation>Cambiar de nivel</translation>
    </message>
    <message>
        <source>The partner&apos;s program is missing.</source>
        <translation>Falta el programa del socio.</translation>
    </message>
    <message>
        <source>Sta&amp;ff</source>
        <translation>Per&amp;sonal</translation>
    </message>
    <message>
        <source>Tier Stat&amp;us</source>
        <translation>Es&amp;tado del nivel</translation>
    </message>
    <message>
        <source>Lice&amp;nces</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <source>NFR &amp;Keys</source>
        <translation>Claves NF&amp;R</translation>
    </message>
    <message>
        <source>Cre&amp;dits</source>
        <translation>Crédit&amp;os</translation>
    </message>
    <message>
        <source>Certificat&amp;ions</source>
        <translation>Certificac&amp;iones</translation>
    </message>
    <message>
        <source>Save Partner: Not Allowed</source>
        <translation>Guardar socio: no permitido</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>P&amp;untuaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n puntuación</numerusform>
            <numerusform>%n puntuaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>A correction is being written.</source>
        <translation>Se está guardando una corrección.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>The records are shown again as they are now.</source>
        <translation>Los registros se muestran de nuevo tal como están ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed by imports with update</source>
        <translation>
            <numerusform>%n campo cambiado por importaciones con actualización</numerusform>
            <numerusform>%n campos cambiados por importaciones con actualización</numerusform>
        </translation>
    </message>
    <message>
        <source>Negotiated &amp;Rates</source>
        <translation>Tasas &amp;negociadas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The partner could not be read</source>
        <translation>No se pudo leer el socio</translation>
    </message>
    <message>
        <source>Some of the partner&apos;s records could not be read: %1</source>
        <translation>No se pudieron leer algunos registros del socio: %1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Sin leer: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerTableModel</name>
    <message>
        <source>no rate</source>
        <translation>sin tasa</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Evaluando…</translation>
    </message>
    <message>
        <source>Qualifies for an upgrade from %1</source>
        <translation>Apto para ascender desde %1</translation>
    </message>
    <message>
        <source>No longer meets the requirements of %1</source>
        <translation>Ya no cumple los requisitos de %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Nivel propuesto</translation>
    </message>
    <message>
        <source>Gap to next tier</source>
        <translation>Falta para el siguiente nivel</translation>
    </message>
    <message>
        <source>12-month revenue</source>
        <translation>Ingresos 12 meses</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The password was not saved in the system keychain: %1</source>
        <translation>La contraseña no se guardó en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>This build of PartnerDesk has no keychain support; the password was not saved.</source>
        <translation>Esta versión de PartnerDesk no admite el llavero del sistema; la contraseña no se guardó.</translation>
    </message>
</context>
<context>
    <name>pd::ui::PaymentDialog</name>
    <message>
        <source>Mark Payout Paid</source>
        <translation>Marcar el pago como pagado</translation>
    </message>
    <message>
        <source>The bank transfer&apos;s or remittance&apos;s reference</source>
        <translation>La referencia de la transferencia o de la remesa</translation>
    </message>
    <message>
        <source>Payment &amp;date:</source>
        <translation>&amp;Fecha del pago:</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>&amp;Referencia del pago:</translation>
    </message>
    <message>
        <source>Approved on %1 by %2.</source>
        <translation>Aprobado el %1 por %2.</translation>
    </message>
    <message>
        <source>Mark Paid</source>
        <translation>Marcar como pagado</translation>
    </message>
    <message>
        <source>Enter the payment reference (of the bank transfer, for instance).</source>
        <translation>Introduzca la referencia del pago (de la transferencia bancaria, por ejemplo).</translation>
    </message>
</context>
<context>
    <name>pd::ui::PayoutTableModel</name>
    <message>
        <source>Nothing to pay: the sum is zero or negative, and a negative sum is carried to the partner&apos;s next payable in %1.</source>
        <translation>Nada que pagar: la suma es cero o negativa, y una suma negativa se traslada al siguiente importe a pagar del socio en %1.</translation>
    </message>
    <message>
        <source>%1 is carried forward to the next payable.</source>
        <translation>%1 se traslada al siguiente importe a pagar.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>SPIF</source>
        <translation>SPIF</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Saldo trasladado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia del pago</translation>
    </message>
</context>
<context>
    <name>pd::ui::PayoutsView</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Mark &amp;Paid…</source>
        <translation>Marcar como &amp;pagado…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Approves the selected owed payable for payment.</source>
        <translation>Aprueba para el pago el importe pendiente seleccionado.</translation>
    </message>
    <message>
        <source>Records the payment of the selected approved payable: its date and reference.</source>
        <translation>Registra el pago del importe aprobado seleccionado: su fecha y su referencia.</translation>
    </message>
    <message>
        <source>Writes the listed payables to a CSV file.</source>
        <translation>Escribe los importes a pagar listados en un archivo CSV.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All quarters</source>
        <translation>Todos los trimestres</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Loading payouts</source>
        <translation>Cargando los pagos</translation>
    </message>
    <message>
        <source>The payouts could not be read: %1</source>
        <translation>No se pudieron leer los pagos: %1</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payable(s)</source>
        <translation>
            <numerusform>%1 de %n importe a pagar</numerusform>
            <numerusform>%1 de %n importes a pagar</numerusform>
        </translation>
    </message>
    <message>
        <source>No payables listed.</source>
        <translation>No hay importes a pagar listados.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>Importes a pagar</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Saldo trasladado</translation>
    </message>
    <message>
        <source>Approved %1.</source>
        <translation>Aprobado: %1.</translation>
    </message>
    <message>
        <source>Marked %1 paid (reference %2).</source>
        <translation>Marcado como pagado: %1 (referencia %2).</translation>
    </message>
    <message>
        <source>Export Payouts</source>
        <translation>Exportar pagos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payable(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n importe a pagar a %1.</numerusform>
            <numerusform>Se exportaron %n importes a pagar a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ProductLinesModel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>cambio de categoría</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <source>The channel manager responsible for the partner</source>
        <translation>El gestor de canal responsable del socio</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProfileValidator</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable de la cuenta</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProgramEditor</name>
    <message>
        <source>&amp;New Program</source>
        <translation>&amp;Nuevo programa</translation>
    </message>
    <message>
        <source>Start a new program definition</source>
        <translation>Empieza una nueva definición de programa</translation>
    </message>
    <message>
        <source>&amp;Import Program JSON…</source>
        <translation>&amp;Importar programa JSON…</translation>
    </message>
    <message>
        <source>Load a program definition from a JSON file</source>
        <translation>Carga una definición de programa desde un archivo JSON</translation>
    </message>
    <message>
        <source>&amp;Export Program JSON…</source>
        <translation>&amp;Exportar programa JSON…</translation>
    </message>
    <message>
        <source>Write the program definition to a JSON file</source>
        <translation>Escribe la definición de programa en un archivo JSON</translation>
    </message>
    <message>
        <source>&amp;Save Program</source>
        <translation>&amp;Guardar programa</translation>
    </message>
    <message>
        <source>Save the program definition in the database</source>
        <translation>Guarda la definición de programa en la base de datos</translation>
    </message>
    <message>
        <source>&amp;Revert Program</source>
        <translation>&amp;Descartar cambios del programa</translation>
    </message>
    <message>
        <source>Drop unsaved changes of the program</source>
        <translation>Descarta los cambios no guardados del programa</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rograma:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Gener&amp;al</translation>
    </message>
    <message>
        <source>&amp;Tiers and Requirements</source>
        <translation>Ni&amp;veles y requisitos</translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation>&amp;Tasas</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>&amp;Beneficios</translation>
    </message>
    <message>
        <source>Problems in the program definition</source>
        <translation>Problemas en la definición del programa</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, &apos;_&apos; and &apos;-&apos;; fixed once the program is saved</source>
        <translation>Letras minúsculas, dígitos, &apos;_&apos; y &apos;-&apos;; no se puede cambiar una vez guardado el programa</translation>
    </message>
    <message>
        <source>Partners buy activation credits (1 credit = 1 unit of the program currency)</source>
        <translation>Los socios compran créditos de activación (1 crédito = 1 unidad de la moneda del programa)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Add Product Line</source>
        <translation>Añadir línea de productos</translation>
    </message>
    <message>
        <source>Remove Product Line</source>
        <translation>Quitar línea de productos</translation>
    </message>
    <message>
        <source>Also removes the line&apos;s rates</source>
        <translation>También quita las tasas de la línea</translation>
    </message>
    <message>
        <source>New product line</source>
        <translation>Nueva línea de productos</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Líneas de productos</translation>
    </message>
    <message>
        <source>Tiers, lowest first</source>
        <translation>Niveles, del más bajo al más alto</translation>
    </message>
    <message>
        <source>Add Tier</source>
        <translation>Añadir nivel</translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation>Quitar nivel</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Add Requirement</source>
        <translation>Añadir requisito</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>Remove Requirement</source>
        <translation>Quitar requisito</translation>
    </message>
    <message>
        <source>Requirements of the selected tier</source>
        <translation>Requisitos del nivel seleccionado</translation>
    </message>
    <message>
        <source>Success targets of the selected tier (reported, not required)</source>
        <translation>Objetivos de éxito del nivel seleccionado (se informan, no son obligatorios)</translation>
    </message>
    <message>
        <source>Add Benefit</source>
        <translation>Añadir beneficio</translation>
    </message>
    <message>
        <source>Remove Benefit</source>
        <translation>Quitar beneficio</translation>
    </message>
    <message>
        <source>New benefit</source>
        <translation>Nuevo beneficio</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Nuevo nivel</translation>
    </message>
    <message>
        <source>Select a tier first.</source>
        <translation>Seleccione antes un nivel.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Seleccione antes una fila.</translation>
    </message>
    <message>
        <source>The definition is valid.</source>
        <translation>La definición es válida.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be corrected before saving (double-click one to go there):</source>
        <translation>
            <numerusform>Hay %n problema que debe corregirse antes de guardar (haga doble clic en él para ir allí):</numerusform>
            <numerusform>Hay %n problemas que deben corregirse antes de guardar (haga doble clic en uno para ir allí):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Unsaved Program</source>
        <translation>Programa sin guardar</translation>
    </message>
    <message>
        <source>It has problems and cannot be saved as it is.</source>
        <translation>Tiene problemas y no se puede guardar tal como está.</translation>
    </message>
    <message>
        <source>Save Program</source>
        <translation>Guardar programa</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Saved program %1.</source>
        <translation>Se guardó el programa %1.</translation>
    </message>
    <message>
        <source>Imported %1; saving replaces the stored program with the same key.</source>
        <translation>Se importó %1; al guardarlo se sustituye el programa almacenado con la misma clave.</translation>
    </message>
    <message>
        <source>Imported %1; save it to add it to the database.</source>
        <translation>Se importó %1; guárdelo para añadirlo a la base de datos.</translation>
    </message>
    <message>
        <source>The program has problems; correct them before exporting.</source>
        <translation>El programa tiene problemas; corríjalos antes de exportar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Import Program</source>
        <translation>Importar programa</translation>
    </message>
    <message>
        <source>Program definitions (*.json);;All files (*)</source>
        <translation>Definiciones de programa (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is not a valid program definition.</source>
        <translation>%1 no es una definición de programa válida.</translation>
    </message>
    <message>
        <source>Export Program</source>
        <translation>Exportar programa</translation>
    </message>
    <message>
        <source>Program definitions (*.json)</source>
        <translation>Definiciones de programa (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Se exportó %1 a %2.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has unsaved changes.</source>
        <translation>El programa «%1» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Rates earned on sales by product line and tier: a percentage (25), a range set per partner (10-15), either with a note in parentheses, or only a note. In a commission line: an amount per unit in the program&apos;s currency (250.00), or a note alone when the amount is negotiated per partner.</source>
        <translation>Tasas obtenidas por las ventas por línea de productos y nivel: un porcentaje (25), un intervalo fijado por socio (10-15), cualquiera de los dos con una nota entre paréntesis, o solo una nota. En una línea de comisión: un importe por unidad en la moneda del programa (250.00), o solo una nota si el importe se negocia con cada socio.</translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrBatch</name>
    <message>
        <source>Partner %1: %2</source>
        <translation>Socio %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrCollector</name>
    <message>
        <source>Revenue by quarter, in %1</source>
        <translation>Ingresos por trimestre, en %1</translation>
    </message>
    <message>
        <source>Rewards could not be computed: %1</source>
        <translation>No se pudieron calcular las recompensas: %1</translation>
    </message>
    <message>
        <source>The tier status could not be evaluated: %1</source>
        <translation>No se pudo evaluar el estado del nivel: %1</translation>
    </message>
    <message>
        <source>Licence renewals could not be read: %1</source>
        <translation>No se pudieron leer las renovaciones de licencias: %1</translation>
    </message>
    <message>
        <source>NFR keys could not be read: %1</source>
        <translation>No se pudieron leer las claves NFR: %1</translation>
    </message>
    <message>
        <source>Expiring certifications could not be read: %1</source>
        <translation>No se pudieron leer las certificaciones que vencen: %1</translation>
    </message>
    <message>
        <source>The credit ledger could not be read: %1</source>
        <translation>No se pudo leer el libro de créditos: %1</translation>
    </message>
    <message>
        <source>The payout status could not be read: %1</source>
        <translation>No se pudo leer el estado del pago: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrDialog</name>
    <message>
        <source>The current &amp;partner</source>
        <translation>El socio &amp;actual</translation>
    </message>
    <message>
        <source>All partners of the p&amp;rogram</source>
        <translation>Todos los socios del &amp;programa</translation>
    </message>
    <message>
        <source>The partners of the current &amp;filter</source>
        <translation>Los socios del &amp;filtro actual</translation>
    </message>
    <message>
        <source>Export Quarterly Review</source>
        <translation>Exportar revisión trimestral</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>From the language (US Letter for English, A4 otherwise)</source>
        <translation>Según el idioma (US Letter para inglés, A4 para los demás)</translation>
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
        <translation>Revisiones trimestrales</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Folder for the reviews</source>
        <translation>Carpeta para las revisiones</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Socios:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message numerus="yes">
        <source>The partners of the current &amp;filter (%n)</source>
        <translation>
            <numerusform>Los socios del &amp;filtro actual (%n)</numerusform>
            <numerusform>Los socios del &amp;filtro actual (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners to export.</source>
        <translation>No hay socios que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n review(s) written</source>
        <translation>
            <numerusform>%1 de %n revisión escrita</numerusform>
            <numerusform>%1 de %n revisiones escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n review(s) written.</source>
        <translation>
            <numerusform>Cancelado: se escribió %n revisión.</numerusform>
            <numerusform>Cancelado: se escribieron %n revisiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) written.</source>
        <translation>
            <numerusform>Se escribió %n revisión.</numerusform>
            <numerusform>Se escribieron %n revisiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n con error:</numerusform>
            <numerusform>%n con errores:</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>Save the review as</source>
        <translation>Guardar la revisión como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Choose the folder to write into.</source>
        <translation>Elija la carpeta en la que se va a escribir.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n review(s)…</source>
        <translation>
            <numerusform>Escribiendo %n revisión…</numerusform>
            <numerusform>Escribiendo %n revisiones…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Partner Statements</source>
        <translation>Liquidaciones de socios</translation>
    </message>
    <message>
        <source>Partner statements</source>
        <translation>Liquidaciones de socios</translation>
    </message>
    <message>
        <source>Save the statement as</source>
        <translation>Guardar la liquidación como</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Carpeta para las liquidaciones</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n statement(s)…</source>
        <translation>
            <numerusform>Escribiendo %n liquidación…</numerusform>
            <numerusform>Escribiendo %n liquidaciones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statement(s) written</source>
        <translation>
            <numerusform>Escritas: %1 de %n liquidación</numerusform>
            <numerusform>Escritas: %1 de %n liquidaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n statement(s) written.</source>
        <translation>
            <numerusform>Cancelado: %n liquidación escrita.</numerusform>
            <numerusform>Cancelado: %n liquidaciones escritas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written.</source>
        <translation>
            <numerusform>%n liquidación escrita.</numerusform>
            <numerusform>%n liquidaciones escritas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrHtml</name>
    <message>
        <source>%1 · Quarterly business review %2 · page %3 of %4</source>
        <translation>%1 · Revisión trimestral de negocio %2 · página %3 de %4</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Revisión trimestral de negocio</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target of the tier %1</source>
        <translation>Objetivo del nivel %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>Ingresos %1</translation>
    </message>
    <message>
        <source>Revenue, trailing 12 months</source>
        <translation>Ingresos, últimos 12 meses</translation>
    </message>
    <message>
        <source>Growth against %1 (%2)</source>
        <translation>Crecimiento frente a %1 (%2)</translation>
    </message>
    <message>
        <source>no revenue a year ago</source>
        <translation>sin ingresos hace un año</translation>
    </message>
    <message>
        <source>Rewards earned</source>
        <translation>Recompensas obtenidas</translation>
    </message>
    <message>
        <source>Rewards earned (%1)</source>
        <translation>Recompensas obtenidas (%1)</translation>
    </message>
    <message>
        <source>Rebate %1 (%2)</source>
        <translation>Bonificación del %1 (%2)</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Retención de clientes</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Cuadro de indicadores</translation>
    </message>
    <message>
        <source>Amounts in %1 converted at the recorded exchange rates; targets and status as of %2.</source>
        <translation>Importes en %1 convertidos con los tipos de cambio registrados; objetivos y estado a fecha de %2.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Partner has</source>
        <translation>El socio tiene</translation>
    </message>
    <message>
        <source>This tier has no requirements.</source>
        <translation>Este nivel no tiene requisitos.</translation>
    </message>
    <message>
        <source>Tier status</source>
        <translation>Estado del nivel</translation>
    </message>
    <message>
        <source>The records of the quarter qualify for %1.</source>
        <translation>Los registros del trimestre cumplen los requisitos de %1.</translation>
    </message>
    <message>
        <source>The records of the quarter no longer meet %1; they meet %2.</source>
        <translation>Los registros del trimestre ya no cumplen los requisitos de %1; cumplen los de %2.</translation>
    </message>
    <message>
        <source>Current tier: %1</source>
        <translation>Nivel actual: %1</translation>
    </message>
    <message>
        <source>Next tier: %1</source>
        <translation>Siguiente nivel: %1</translation>
    </message>
    <message>
        <source>%1 is by invitation only.</source>
        <translation>%1 solo se concede por invitación.</translation>
    </message>
    <message>
        <source>%1 is decided by the vendor after a review.</source>
        <translation>%1 lo decide el proveedor tras una revisión.</translation>
    </message>
    <message>
        <source>%1 is the highest tier of the program.</source>
        <translation>%1 es el nivel más alto del programa.</translation>
    </message>
    <message>
        <source>Licences, NFR keys and certifications</source>
        <translation>Licencias, claves NFR y certificaciones</translation>
    </message>
    <message>
        <source>Licences renewing in %1</source>
        <translation>Licencias que se renuevan en %1</translation>
    </message>
    <message>
        <source>No licence ends in %1.</source>
        <translation>Ninguna licencia termina en %1.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>List amount</source>
        <translation>Importe de lista</translation>
    </message>
    <message>
        <source>internal use</source>
        <translation>uso interno</translation>
    </message>
    <message>
        <source>NFR keys</source>
        <translation>Claves NFR</translation>
    </message>
    <message>
        <source>No NFR key valid in %1.</source>
        <translation>Ninguna clave NFR válida en %1.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitida el</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>vence en %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>Certifications expiring by %1</source>
        <translation>Certificaciones que vencen hasta el %1</translation>
    </message>
    <message>
        <source>No certification expires by %1.</source>
        <translation>Ninguna certificación vence hasta el %1.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Activation credits</source>
        <translation>Créditos de activación</translation>
    </message>
    <message>
        <source>Balance on %1: %2 credits</source>
        <translation>Saldo al %1: %2 créditos</translation>
    </message>
    <message>
        <source>No movements in %1.</source>
        <translation>Sin movimientos en %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Keep %1: %2</source>
        <translation>Mantener %1: %2</translation>
    </message>
    <message>
        <source>Reach %1: %2</source>
        <translation>Alcanzar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Renew %1 for %2 (%n seat(s)) before %3.</source>
        <translation>
            <numerusform>Renovar %1 para %2 (%n puesto) antes del %3.</numerusform>
            <numerusform>Renovar %1 para %2 (%n puestos) antes del %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>NFR key %1 (%2) expires on %3: request a new key if the demo is still needed.</source>
        <translation>La clave NFR %1 (%2) vence el %3: solicite una clave nueva si aún necesita la demostración.</translation>
    </message>
    <message>
        <source>Renew the certification %1 of %2 before %3.</source>
        <translation>Renovar la certificación %1 (%2) antes del %3.</translation>
    </message>
    <message>
        <source>The credit balance is zero: buy credits before onboarding new customers.</source>
        <translation>El saldo de créditos es cero: compre créditos antes de incorporar clientes nuevos.</translation>
    </message>
    <message>
        <source>Actions for next quarter</source>
        <translation>Acciones para el próximo trimestre</translation>
    </message>
    <message>
        <source>No open gaps or due dates.</source>
        <translation>No hay requisitos pendientes ni vencimientos.</translation>
    </message>
    <message>
        <source>Revenue by quarter</source>
        <translation>Ingresos por trimestre</translation>
    </message>
    <message>
        <source>Bars: revenue per quarter; line: trailing 12 months; dashed lines: the sales thresholds of the tiers.</source>
        <translation>Barras: ingresos por trimestre; línea: últimos 12 meses; líneas discontinuas: los umbrales de ventas de los niveles.</translation>
    </message>
    <message>
        <source>Apply for %1: the records of the quarter meet its requirements.</source>
        <translation>Solicitar el nivel %1: los registros del trimestre cumplen sus requisitos.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; does not use activation credits.</source>
        <translation>El programa «%1» no usa créditos de activación.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Returns in %1</source>
        <translation>Devoluciones en %1</translation>
    </message>
    <message>
        <source>Returned line</source>
        <translation>Línea devuelta</translation>
    </message>
    <message>
        <source>SPIF bonuses (%1)</source>
        <translation>Bonos SPIF (%1)</translation>
    </message>
    <message>
        <source>Adjustments for closed quarters (%1)</source>
        <translation>Ajustes de trimestres cerrados (%1)</translation>
    </message>
    <message>
        <source>Payout (%1)</source>
        <translation>Pago (%1)</translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrWriter</name>
    <message>
        <source>Quarterly business review %1: %2</source>
        <translation>Revisión trimestral de negocio %1: %2</translation>
    </message>
    <message>
        <source>The review of %1 could not be rendered.</source>
        <translation>No se pudo generar la revisión de %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RatesModel</name>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate. Enter a percentage (25), a range (10-15) or a note.</source>
        <translation>&quot;%1&quot; no es una tasa. Introduzca un porcentaje (25), un intervalo (10-15) o una nota.</translation>
    </message>
    <message>
        <source>A percentage (25), a range set per partner (10-15), either with a note in parentheses, or a note alone; empty for no rate.</source>
        <translation>Un porcentaje (25), un intervalo fijado por socio (10-15), cualquiera de los dos con una nota entre paréntesis, o solo una nota; vacío si no hay tasa.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <source>The minimum %1 is above the maximum %2.</source>
        <translation>El mínimo del %1 es superior al máximo del %2.</translation>
    </message>
    <message>
        <source>Commission per unit</source>
        <translation>Comisión por unidad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount per unit. Enter an amount in %2 (250.00), optionally with a note in parentheses, or a note alone (negotiated).</source>
        <translation>«%1» no es un importe por unidad. Introduzca un importe en %2 (250.00), opcionalmente con una nota entre paréntesis, o solo una nota (negociada).</translation>
    </message>
    <message>
        <source>negotiated</source>
        <translation>negociada</translation>
    </message>
    <message>
        <source>An amount per unit in %1 (250.00), optionally with a note in parentheses, or a note alone: the amount is negotiated per partner; empty for no rate.</source>
        <translation>Un importe por unidad en %1 (250.00), opcionalmente con una nota entre paréntesis, o solo una nota: el importe se negocia con cada socio; vacío si no hay tasa.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReasonDialog</name>
    <message>
        <source>Nothing is deleted: the record stays in the partner&apos;s history, voided, with who voided it, when and why, and leaves the figures and statements.</source>
        <translation>No se borra nada: el registro queda en el historial del socio, anulado, con quién lo anuló, cuándo y por qué, y sale de las cifras y las liquidaciones.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Give the reason: it is kept with the record.</source>
        <translation>Indique el motivo: se guarda con el registro.</translation>
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
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordCorrections</name>
    <message>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licencia</translation>
    </message>
    <message>
        <source>compliance event</source>
        <translation>evento de cumplimiento</translation>
    </message>
    <message>
        <source>certification</source>
        <translation>certificación</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>Void Sale</source>
        <translation>Anular venta</translation>
    </message>
    <message>
        <source>Void Licence</source>
        <translation>Anular licencia</translation>
    </message>
    <message>
        <source>Void Compliance Event</source>
        <translation>Anular evento de cumplimiento</translation>
    </message>
    <message>
        <source>Void Certification</source>
        <translation>Anular certificación</translation>
    </message>
    <message>
        <source>Void Score</source>
        <translation>Anular puntuación</translation>
    </message>
    <message>
        <source>Another correction is still being written.</source>
        <translation>Todavía se está guardando otra corrección.</translation>
    </message>
    <message>
        <source>Voiding the %1…</source>
        <translation>Anulando (%1)…</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>Anular %1</translation>
    </message>
    <message>
        <source>Voided the %1. Undo (Ctrl+Z) restores it.</source>
        <translation>Anulado: %1. Deshacer (Ctrl+Z) lo restaura.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Correcting the %1…</source>
        <translation>Corrigiendo (%1)…</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Corregir %1</translation>
    </message>
    <message>
        <source>Corrected the %1. Undo (Ctrl+Z) brings the original back.</source>
        <translation>Corregido: %1. Deshacer (Ctrl+Z) recupera el original.</translation>
    </message>
    <message>
        <source>undo of void</source>
        <translation>deshacer la anulación</translation>
    </message>
    <message>
        <source>Undo Void</source>
        <translation>Deshacer anulación</translation>
    </message>
    <message>
        <source>Restoring the %1…</source>
        <translation>Restaurando (%1)…</translation>
    </message>
    <message>
        <source>Restored the %1.</source>
        <translation>Restaurado: %1.</translation>
    </message>
    <message>
        <source>undo of correction</source>
        <translation>deshacer la corrección</translation>
    </message>
    <message>
        <source>Undo Correction</source>
        <translation>Deshacer corrección</translation>
    </message>
    <message>
        <source>Restoring the original %1…</source>
        <translation>Restaurando el original (%1)…</translation>
    </message>
    <message>
        <source>Restored the original %1.</source>
        <translation>Restaurado el original: %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordRows</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Valid certificates</source>
        <translation>Certificados vigentes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Especialista comercial</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Especialista técnico</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Obtenido el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>no vence</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>aún no vigente</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sales lines</source>
        <translation>Líneas de venta</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Última venta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Línea de productos</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Sale of %1 on %2 to %3: %4 × %5 = %6</source>
        <translation>Venta de %1 el %2 a %3: %4 × %5 = %6</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 el %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 measured on %3</source>
        <translation>%1 de %2 medido el %3</translation>
    </message>
    <message>
        <source>%1 of %2, passed on %3</source>
        <translation>%1 de %2, aprobado el %3</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Socio %1</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable de la cuenta</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordTable</name>
    <message>
        <source>Sho&amp;w voided</source>
        <translation>Mostrar a&amp;nulados</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Also list voided records, struck through, with who voided them, when and why</source>
        <translation>Listar también los registros anulados, tachados, con quién los anuló, cuándo y por qué</translation>
    </message>
    <message>
        <source>Void the selected record with a reason: it leaves the figures and stays in the history</source>
        <translation>Anular el registro seleccionado indicando el motivo: sale de las cifras y queda en el historial</translation>
    </message>
    <message>
        <source>Replace the selected record with a corrected one; the original stays in the history, voided</source>
        <translation>Sustituir el registro seleccionado por uno corregido; el original queda en el historial, anulado</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n voided</source>
        <translation>
            <numerusform>%1 · %n anulado</numerusform>
            <numerusform>%1 · %n anulados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordTableModel</name>
    <message>
        <source>Voided by %1 on %2 at %3: %4</source>
        <translation>Anulado por %1 el %2 a las %3: %4</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReportPdf</name>
    <message>
        <source>The bundled fonts could not be loaded.</source>
        <translation>No se pudieron cargar las fuentes incluidas.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::RequirementsModel</name>
    <message>
        <source>Once, ever</source>
        <translation>Una vez, en cualquier momento</translation>
    </message>
    <message>
        <source>Once in the period</source>
        <translation>Una vez en el periodo</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Cada trimestre</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>When there were sales</source>
        <translation>Cuando hubo ventas</translation>
    </message>
    <message>
        <source>When the partner has a web site</source>
        <translation>Cuando el socio tiene sitio web</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>An amount such as 500000.00; add a currency code (500000 USD) for another currency.</source>
        <translation>Un importe como 500000.00; añada un código de moneda (500000 USD) para otra moneda.</translation>
    </message>
    <message>
        <source>Product line keys separated by commas; empty for every line.</source>
        <translation>Claves de líneas de productos separadas por comas; vacío para todas las líneas.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>A threshold must not be negative.</source>
        <translation>Un umbral no puede ser negativo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation>&quot;%1&quot; no es un número entero igual o mayor que cero.</translation>
    </message>
    <message>
        <source>A period is between 1 and 120 months.</source>
        <translation>Un periodo está entre 1 y 120 meses.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Líneas de productos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>pd::ui::RevenueChartData</name>
    <message>
        <source>The %1 threshold is not drawn: %2</source>
        <translation>El umbral de %1 no se dibuja: %2</translation>
    </message>
    <message>
        <source>Revenue by quarter, in %1</source>
        <translation>Ingresos por trimestre, en %1</translation>
    </message>
    <message>
        <source>Some sales are left out: %1 Add the rate under exchange rates and reopen the partner.</source>
        <translation>Se omiten algunas ventas: %1 Añada el tipo de cambio en los tipos de cambio y vuelva a abrir el socio.</translation>
    </message>
    <message numerus="yes">
        <source>No sales in the last %n quarter(s).</source>
        <translation>
            <numerusform>No hay ventas en el último trimestre.</numerusform>
            <numerusform>No hay ventas en los últimos %n trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sales are left out: %1</source>
        <translation>Se omiten algunas ventas: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::SaleCorrectionDialog</name>
    <message>
        <source>Correct Sale</source>
        <translation>Corregir venta</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Product line:</source>
        <translation>Línea de &amp;productos:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>U&amp;nit price (%1):</source>
        <translation>Precio &amp;unitario (%1):</translation>
    </message>
</context>
<context>
    <name>pd::ui::ScoreCorrectionDialog</name>
    <message>
        <source>Correct Score</source>
        <translation>Corregir puntuación</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Value (%):</source>
        <translation>&amp;Valor (%):</translation>
    </message>
</context>
<context>
    <name>pd::ui::Session</name>
    <message>
        <source>This is an offline copy, opened read-only: changes are made in the team database and reach this copy with File › Refresh Offline Copy.</source>
        <translation>Esta es una copia sin conexión, abierta en modo de solo lectura: los cambios se hacen en la base de datos del equipo y llegan a esta copia con Archivo › Actualizar copia sin conexión.</translation>
    </message>
    <message>
        <source>The database is open read-only; changes are not allowed.</source>
        <translation>La base de datos está abierta en modo de solo lectura; no se permiten cambios.</translation>
    </message>
    <message>
        <source>Your database role may only read partner records and add notes; ask a manager to make changes.</source>
        <translation>Su rol en la base de datos solo permite leer los registros de socios y añadir notas; pida a un responsable que haga los cambios.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetProfileFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>edición de %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::SpifCampaignsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>SPIF Campaigns</source>
        <translation>Campañas SPIF</translation>
    </message>
    <message>
        <source>Remove SPIF Campaign</source>
        <translation>Quitar campaña SPIF</translation>
    </message>
    <message>
        <source>Remove the SPIF campaign &quot;%1&quot;? Statements no longer show its bonuses.</source>
        <translation>¿Quitar la campaña SPIF &quot;%1&quot;? Las liquidaciones dejarán de mostrar sus bonos.</translation>
    </message>
    <message>
        <source>Import SPIF Campaign</source>
        <translation>Importar campaña SPIF</translation>
    </message>
    <message>
        <source>SPIF campaign (*.json)</source>
        <translation>Campaña SPIF (*.json)</translation>
    </message>
    <message>
        <source>Export SPIF Campaign</source>
        <translation>Exportar campaña SPIF</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; imported from %2.</source>
        <translation>Campaña SPIF &quot;%1&quot; importada de %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; exported to %2.</source>
        <translation>Campaña SPIF &quot;%1&quot; exportada a %2.</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; removed.</source>
        <translation>Campaña SPIF &quot;%1&quot; quitada.</translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; saved.</source>
        <translation>Campaña SPIF &quot;%1&quot; guardada.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SpifEditDialog</name>
    <message>
        <source>Re&amp;newals earn the bonus</source>
        <translation>Las renovaciones &amp;ganan el bono</translation>
    </message>
    <message>
        <source>New SPIF Campaign</source>
        <translation>Nueva campaña SPIF</translation>
    </message>
    <message>
        <source>Edit SPIF Campaign %1</source>
        <translation>Editar campaña SPIF %1</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>letras minúsculas, dígitos, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Amount per unit</source>
        <translation>Importe por unidad</translation>
    </message>
    <message>
        <source>Amount per line</source>
        <translation>Importe por línea</translation>
    </message>
    <message>
        <source>Percentage of the line</source>
        <translation>Porcentaje de la línea</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Programs:</source>
        <translation>P&amp;rogramas:</translation>
    </message>
    <message>
        <source>&amp;Tiers:</source>
        <translation>&amp;Niveles:</translation>
    </message>
    <message>
        <source>Product &amp;lines:</source>
        <translation>&amp;Líneas de productos:</translation>
    </message>
    <message>
        <source>With no tier or product line checked, the campaign pays on all of them.</source>
        <translation>Sin ningún nivel ni línea de productos marcados, la campaña paga en todos.</translation>
    </message>
    <message>
        <source>&amp;Bonus:</source>
        <translation>&amp;Tipo de bono:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>I&amp;mporte:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Mon&amp;eda:</translation>
    </message>
    <message>
        <source>P&amp;ercent:</source>
        <translation>Porcenta&amp;je:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>pd::ui::SpifModel</name>
    <message>
        <source>%1 per unit</source>
        <translation>%1 por unidad</translation>
    </message>
    <message>
        <source>%1 per line</source>
        <translation>%1 por línea</translation>
    </message>
    <message>
        <source>%1 of the line</source>
        <translation>%1 de la línea</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A campaign&apos;s period: first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bono</translation>
    </message>
</context>
<context>
    <name>pd::ui::StatementCollector</name>
    <message>
        <source>The program could not be read: %1</source>
        <translation>No se pudo leer el programa: %1</translation>
    </message>
    <message>
        <source>The payout status could not be read: %1</source>
        <translation>No se pudo leer el estado del pago: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::StatementHtml</name>
    <message>
        <source>carried forward</source>
        <translation>trasladado</translation>
    </message>
    <message>
        <source>owed</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>nothing to pay; %1 carried forward</source>
        <translation>nada que pagar; saldo trasladado: %1</translation>
    </message>
    <message>
        <source>owed: %1, not approved yet</source>
        <translation>pendiente: %1, aún sin aprobar</translation>
    </message>
    <message>
        <source>approved on %1 by %2: %3</source>
        <translation>aprobado el %1 por %2: %3</translation>
    </message>
    <message>
        <source>paid on %1, reference %2: %3</source>
        <translation>pagado el %1, referencia del pago %2: %3</translation>
    </message>
    <message>
        <source>%1 · Partner statement %2 · page %3 of %4</source>
        <translation>%1 · Liquidación del socio %2 · página %3 de %4</translation>
    </message>
    <message>
        <source>Partner statement</source>
        <translation>Liquidación del socio</translation>
    </message>
    <message>
        <source>closed on %1 by %2</source>
        <translation>cerrada el %1 por %2</translation>
    </message>
    <message>
        <source>provisional: the quarter is open</source>
        <translation>provisional: el trimestre está abierto</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Tier at quarter end</source>
        <translation>Nivel al cierre del trimestre</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>Sales and returns</source>
        <translation>Ventas y devoluciones</translation>
    </message>
    <message>
        <source>No sales in this quarter.</source>
        <translation>No hay ventas en este trimestre.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Línea de productos</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>Cantidad × precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>SPIF</source>
        <translation>SPIF</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renovación</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>return of %1 (%2)</source>
        <translation>devolución de %1 (%2)</translation>
    </message>
    <message>
        <source>SPIF %1: %2</source>
        <translation>SPIF %1: %2</translation>
    </message>
    <message>
        <source>SPIF campaign</source>
        <translation>Campaña SPIF</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bono</translation>
    </message>
    <message>
        <source>SPIF bonuses</source>
        <translation>Bonos SPIF</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>voided after the close</source>
        <translation>anulada tras el cierre</translation>
    </message>
    <message>
        <source>late return of %1</source>
        <translation>devolución tardía de %1</translation>
    </message>
    <message>
        <source>late sale</source>
        <translation>venta tardía</translation>
    </message>
    <message>
        <source>Adjustments for closed quarters</source>
        <translation>Ajustes de trimestres cerrados</translation>
    </message>
    <message>
        <source>Changes dated in a quarter that was already closed: their effect is booked on this statement.</source>
        <translation>Cambios con fecha en un trimestre ya cerrado: su efecto se registra en esta liquidación.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Nothing earned in this quarter.</source>
        <translation>Nada obtenido en este trimestre.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Sales, net of returns</source>
        <translation>Ventas, netas de devoluciones</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Rebate %1</source>
        <translation>Bonificación del %1</translation>
    </message>
    <message>
        <source>Earned in the quarter</source>
        <translation>Obtenido en el trimestre</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>No payable was created for this quarter.</source>
        <translation>No se creó ningún importe a pagar para este trimestre.</translation>
    </message>
    <message>
        <source>The payout is set when the quarter is closed.</source>
        <translation>El pago se fija al cerrar el trimestre.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>Saldo trasladado recibido</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>A pagar</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Saldo trasladado al siguiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, referencia del pago %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::StatementWriter</name>
    <message>
        <source>Partner statement %1: %2</source>
        <translation>Liquidación del socio %1: %2</translation>
    </message>
    <message>
        <source>The statement of %1 could not be rendered.</source>
        <translation>No se pudo generar la liquidación de %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::TeamActions</name>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Conectar a la base de datos del e&amp;quipo…</translation>
    </message>
    <message>
        <source>&amp;Take Offline…</source>
        <translation>Crear copia sin &amp;conexión…</translation>
    </message>
    <message>
        <source>Re&amp;fresh Offline Copy</source>
        <translation>Ac&amp;tualizar copia sin conexión</translation>
    </message>
    <message>
        <source>Copy partners into a file that opens without a network</source>
        <translation>Copiar socios en un archivo que se abre sin red</translation>
    </message>
    <message>
        <source>Fetch what changed in the team database since the copy was taken</source>
        <translation>Obtener lo que ha cambiado en la base de datos del equipo desde que se hizo la copia</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <source>Not connected. Check the fields and try again.</source>
        <translation>No se ha conectado. Revise los campos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Take Offline</source>
        <translation>Crear copia sin conexión</translation>
    </message>
    <message>
        <source>This database is open. Choose another file for the offline copy.</source>
        <translation>Esta base de datos está abierta. Elija otro archivo para la copia sin conexión.</translation>
    </message>
    <message>
        <source>Taking the offline copy was cancelled; no file was written.</source>
        <translation>Se canceló la creación de la copia sin conexión; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Took an offline copy of %n partner(s) into %1.</source>
        <translation>
            <numerusform>Copia sin conexión de %n socio creada en %1.</numerusform>
            <numerusform>Copia sin conexión de %n socios creada en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying partners into %1…</source>
        <translation>Copiando socios en %1…</translation>
    </message>
    <message>
        <source>Refresh Offline Copy</source>
        <translation>Actualizar copia sin conexión</translation>
    </message>
    <message>
        <source>Refresh cancelled; the offline copy is as it was.</source>
        <translation>Actualización cancelada; la copia sin conexión no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Offline copy refreshed: %n row(s) written</source>
        <translation>
            <numerusform>Copia sin conexión actualizada: %n fila escrita</numerusform>
            <numerusform>Copia sin conexión actualizada: %n filas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed.</source>
        <translation>
            <numerusform>%n fila eliminada.</numerusform>
            <numerusform>%n filas eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching what changed since %1…</source>
        <translation>Obteniendo los cambios desde %1…</translation>
    </message>
    <message>
        <source>The offline copy is as it was.</source>
        <translation>La copia sin conexión no ha cambiado.</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Conectar a la base de datos del equipo</translation>
    </message>
    <message>
        <source>%1 is already an offline copy of this database, taken %2. Replace it with a new copy?</source>
        <translation>%1 ya es una copia sin conexión de esta base de datos, creada el %2. ¿Sustituirla por una copia nueva?</translation>
    </message>
    <message>
        <source>%1 is an offline copy of another database, %2, taken %3. Replace it with a copy of this database?</source>
        <translation>%1 es una copia sin conexión de otra base de datos, %2, creada el %3. ¿Sustituirla por una copia de esta base de datos?</translation>
    </message>
</context>
<context>
    <name>pd::ui::TierChangeDialog</name>
    <message>
        <source>Change Tier of %1</source>
        <translation>Cambiar el nivel de %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>Why the tier changes; kept in the tier history</source>
        <translation>Por qué cambia el nivel; se guarda en el historial de niveles</translation>
    </message>
    <message>
        <source>Current tier:</source>
        <translation>Nivel actual:</translation>
    </message>
    <message>
        <source>&amp;New tier:</source>
        <translation>&amp;Nuevo nivel:</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>&amp;En vigor desde:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Change Tier</source>
        <translation>Cambiar de nivel</translation>
    </message>
    <message>
        <source>Choose a tier other than the current one.</source>
        <translation>Elija un nivel distinto del actual.</translation>
    </message>
    <message>
        <source>Give a reason: it is written to the tier history.</source>
        <translation>Indique un motivo: se guarda en el historial de niveles.</translation>
    </message>
    <message>
        <source>%1 is by invitation only: make sure the invitation was issued.</source>
        <translation>%1 solo se concede por invitación: asegúrese de que se envió la invitación.</translation>
    </message>
    <message>
        <source>%1 is decided by the vendor&apos;s review.</source>
        <translation>%1 lo decide la revisión del proveedor.</translation>
    </message>
</context>
<context>
    <name>pd::ui::TierStatusTab</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Partner has</source>
        <translation>El socio tiene</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Tier requirements</source>
        <translation>Requisitos del nivel</translation>
    </message>
    <message>
        <source>The tier status cannot be computed: %1</source>
        <translation>No se puede calcular el estado del nivel: %1</translation>
    </message>
    <message>
        <source>Holds &lt;b&gt;%1&lt;/b&gt;. Revenue in the trailing 12 months: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Tiene &lt;b&gt;%1&lt;/b&gt;. Ingresos de los últimos 12 meses: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Meets every requirement of &lt;b&gt;%1&lt;/b&gt;: an upgrade is proposed.</source>
        <translation>Cumple todos los requisitos de &lt;b&gt;%1&lt;/b&gt;: se propone un ascenso.</translation>
    </message>
    <message>
        <source>No longer meets the requirements of the tier it holds: &lt;b&gt;%1&lt;/b&gt; is proposed.</source>
        <translation>Ya no cumple los requisitos del nivel que tiene: se propone &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No tier change is proposed.</source>
        <translation>No se propone ningún cambio de nivel.</translation>
    </message>
    <message>
        <source>For &lt;b&gt;%1&lt;/b&gt;: </source>
        <translation>Para &lt;b&gt;%1&lt;/b&gt;: </translation>
    </message>
    <message>
        <source>every requirement is met.</source>
        <translation>se cumplen todos los requisitos.</translation>
    </message>
    <message>
        <source>%1 (current tier)</source>
        <translation>%1 (nivel actual)</translation>
    </message>
    <message>
        <source>%1 (next tier)</source>
        <translation>%1 (siguiente nivel)</translation>
    </message>
    <message>
        <source>qualifies</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>does not qualify</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>by invitation only</source>
        <translation>solo por invitación</translation>
    </message>
    <message>
        <source>decided by review</source>
        <translation>decidido por revisión</translation>
    </message>
    <message>
        <source>No requirements.</source>
        <translation>Sin requisitos.</translation>
    </message>
    <message>
        <source>Success targets (reported, not required):</source>
        <translation>Objetivos de éxito (se informan, no son obligatorios):</translation>
    </message>
</context>
<context>
    <name>pd::ui::TiersModel</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Vendor review</source>
        <translation>Revisión del proveedor</translation>
    </message>
    <message>
        <source>Invitation only</source>
        <translation>Solo por invitación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Regional exclusivity</source>
        <translation>Exclusividad regional</translation>
    </message>
    <message>
        <source>Country exclusivity</source>
        <translation>Exclusividad nacional</translation>
    </message>
    <message>
        <source>Automatic tiers are proposed by the tier engine; review and invitation-only tiers never are.</source>
        <translation>Los niveles automáticos los propone el motor de niveles; los niveles por revisión y solo por invitación nunca se proponen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
</TS>
