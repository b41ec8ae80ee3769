<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Preset</name>
    <message>
        <source>Activation-credit program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners pre-purchase activation credits (1 credit = 1 USD of deployment value) at their tier&apos;s discount and consume them as customers are onboarded. No recruitment payouts, downlines or referral trees: margins come only from real customer consumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partner starts here. Global.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned from deployment history (active customers), customer-success metrics (NPS, retention) and recurring activation volume. Global.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned from deployment history, customer-success metrics and recurring activation volume. May hold territorial exclusivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By invitation only, through direct engagement with the platform operator. May hold territorial exclusivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell core bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner pricing on skills and packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority support (4 h SLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sharing and co-selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early access (skills and packs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated account support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint product roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly executive reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom SLA and contractual terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin America brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USA/Canada brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU/Spain brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace developer program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers and implementers of an automation platform. Revenue sources: subscriptions (up to 20% recurring), marketplace sales (70% share), implementation services (commission per partner-led deployment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace templates and apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sells templates on the marketplace with a 70% revenue share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit templates that meet the vendor&apos;s standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys the platform for clients; listed on national portals; 20% recurring revenue on client subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete implementation training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register to be listed on the national portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission per partner-led deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive country rights, co-branding, custom terms: a business case negotiated with headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business case, negotiated with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom terms negotiated with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share on templates sold on the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys the platform for clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on national portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring revenue on client subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive country rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom terms and revenue models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller status program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three statuses for resellers and regional distributors. Privileged is for regional distributors with a partner network, joint promotion on regional markets and in the enterprise segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software licences (TI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware-software appliances (TING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware appliances (DEPO TI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional distributors with a partner network, joint promotion on regional markets and in the enterprise segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works on licence renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-sales, sales and post-sales support, price lists, renewal price lists, deal registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence keys issued in advance (before payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-specialist training, launch kit, partner portal access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated partner manager (sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-day payment deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads passed on by the vendor (tenders, regional purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads from the vendor site&apos;s partner finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on software for internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50% discount on software for internal use, up to this many users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF (yearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate (quarterly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-branded marketing, press releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with complex network set-ups, demos to the partner&apos;s clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free technical support for partners; dedicated partner manager (support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing materials, web banners, joint marketing, joint webinars for clients, price promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR (not-for-resale) demo licences, unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR licence validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR add-on modules enabled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical-specialist training with certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the site and on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue-band program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology, education, business and channel partners banded by annual partner revenue, with success targets per tier. Lifecycle: identification, onboarding (agreement, technical integration, training, certification, launch), management (performance monitoring, support, optimisation, expansion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual partner revenue below 25K USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual partner revenue from 25K to 100K USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual partner revenue above 100K USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Partner program management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE, or the team database at a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partnerdesk_cli</name>
    <message>
        <source>balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrects #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: credits buy|consume|correct|balance|ledger --partner ID [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits %1 needs --credits N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits consume needs --customer CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits correct needs --corrects ENTRY and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--corrects needs an entry number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliance event(s)</source>
        <translation>
            <numerusform>%n compliance event</numerusform>
            <numerusform>%n compliance events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange rate(s)</source>
        <translation>
            <numerusform>%n exchange rate</numerusform>
            <numerusform>%n exchange rates</numerusform>
        </translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds partners; demo data goes into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --partners N (1 or more) and --sales M (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD and --seed a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs KIND and FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs KIND and FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Exported %n record.</numerusform>
            <numerusform>Exported %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed by #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(customer now with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME --start DATE --price AMOUNT [--seats N] [--end DATE] [--currency C] [--edition E] [--modules A,B] [--renews ID] [--sold DATE] [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seats and --renews need whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded licence #%1: %2 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as sale #%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (renewal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: renewals [--partner ID] [--days 30|60|90] [--as-of DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD and --days a number of days (30, 60, 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renewals due from %1 to %2: %n licence(s)</source>
        <translation>
            <numerusform>Renewals due from %1 to %2: %n licence</numerusform>
            <numerusform>Renewals due from %1 to %2: %n licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: customer move CODE --to PARTNER --reason TEXT [--on DATE] [--by NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 (%2) from %3 to %4 on %5. No credits were charged; its sales, licences and history stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: certifications expiring [--days N] [--partner ID] | levels --partner ID | award --partner ID --level KEY [--on DATE] [--expires DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certifications %1 needs --partner ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No certifications expire in the next %n day(s).</source>
        <translation>
            <numerusform>No certifications expire in the next %n day.</numerusform>
            <numerusform>No certifications expire in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>certifications award needs --level KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) in the partnership</source>
        <translation>
            <numerusform>%n month in the partnership</numerusform>
            <numerusform>%n months in the partnership</numerusform>
        </translation>
    </message>
    <message>
        <source>eligible from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s program has no certification levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vendor signing key %1 in %2. Keep a copy: partnerdesk-cli keys export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Give the vendor&apos;s public key with --public-key FILE, or install it with: partnerdesk-cli keys import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner: %1 (%2), %3 / %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product: %1, not for resale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all add-on modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-on modules: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-on modules enabled until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-on modules no longer enabled (until %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued from this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this database (revocation could not be checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N] [--addon-days N] [--override REASON] [--by NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued NFR key %1 to %2 (%3): %4, valid %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on modules enabled until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued beyond the entitlement (%1): %2. Reason kept: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[override by %1: %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NFR keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: nfr revoke SERIAL --reason TEXT [--on DATE] [--by NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked NFR key %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: nfr issue | list | revoke SERIAL | verify KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfr list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: keys show | keys export FILE [--public] | keys import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor key %1 is in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can issue and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public part only: verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm: Ed25519 (libsodium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can issue and verify NFR keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public part only: verifies NFR keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the public key %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: programs list | programs show KEY | programs export KEY FILE.json | programs import FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (demotion proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) could not be evaluated.</source>
        <translation>
            <numerusform>%n partner could not be evaluated.</numerusform>
            <numerusform>%n partners could not be evaluated.</numerusform>
        </translation>
    </message>
    <message>
        <source>apply needs --partner ID and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement needs --partner ID and --quarter YYYY-QN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter; write it as 2026-Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 for %2 (%3), %4, tier at quarter end: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total %1: %n line(s), sales %2, rewards %3</source>
        <translation>
            <numerusform>Total %1: %n line, sales %2, rewards %3</numerusform>
            <numerusform>Total %1: %n lines, sales %2, rewards %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: fx list | fx set DATE BASE QUOTE RATE (1 BASE = RATE QUOTE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate needs two different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate (a positive decimal with at most 6 decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) in the offline copy %1</source>
        <translation>
            <numerusform>%n partner in the offline copy %1</numerusform>
            <numerusform>%n partners in the offline copy %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n row written</numerusform>
            <numerusform>%n rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed</source>
        <translation>
            <numerusform>%n row removed</numerusform>
            <numerusform>%n rows removed</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles %1 and %2 are ready on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin grant needs USER and a role: manager or rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took an offline copy of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy differs from its source in: %1. Run: offline refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy matches its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: notes --partner ID | notes add --partner ID TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Create it with: partnerdesk-cli --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run partnerdesk-cli --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file, or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages (en, es, ru).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new database with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal-use licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the public part of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbr needs --partner ID or --all, --quarter YYYY-QN and --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--program applies to qbr --all only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter like 2026-Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review&apos;s language must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today takes a date like 2026-10-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 review written in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) written to %1</source>
        <translation>
            <numerusform>%n review written to %1</numerusform>
            <numerusform>%n reviews written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partner (of --program, when given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 credit(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 credit</numerusform>
            <numerusform>%1 (%2): %3 credits</numerusform>
        </translation>
    </message>
    <message>
        <source>admin prune-changes needs either --before DATE or --days N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--before takes a date such as 2026-01-31, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a number of days (0 or more), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n change-log entry(s) logged before %1 from %2.</source>
        <translation>
            <numerusform>Removed %n change-log entry logged before %1 from %2.</numerusform>
            <numerusform>Removed %n change-log entrys logged before %1 from %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline copies last taken or refreshed before %1 must be taken again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: admin roles | admin grant USER manager|rep | admin prune-changes (--before DATE | --days N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid %1 at %2 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal-use discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebate %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase to protect the exported key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the key pair %1 to %2, protected by its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the password in --db can be seen by other users of this computer in the process list. Leave it out and set PGPASSWORD or put it in ~/.pgpass instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed: run this in a terminal, or set it in the environment variable PARTNERDESK_KEY_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --replace to replace it with a copy of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--territory, --program, --country and --replace apply to &quot;offline take&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: offline take FILE [--territory T] [--program KEY] [--country CC] [--replace] | offline refresh | offline info | offline verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an offline copy of another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quantity needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--renewal is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric is nps, satisfaction or advocacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED %1 by %2: %3</source>
        <extracomment>%1 is a date and time (UTC), %2 a user name, %3 the reason given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: void KIND ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided %1 %2; it stays in the partner&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: correct KIND ID --reason TEXT --FIELD VALUE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to a %2; it takes %3.</source>
        <extracomment>%3 lists the options, &quot;--date, --note&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one field to correct: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected %1 %2: the correction is %1 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: restore KIND ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 %2 as %1 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: records KIND --partner ID [--voided]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: licences list [--partner ID] [--voided] | licences add ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List voided records too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <extracomment>the three counts of an import with --update: &quot;3 updated, 997 unchanged, 10 added.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new was imported: %Ln record(s) already present.</source>
        <translation>
            <numerusform>Nothing new was imported: %Ln record already present.</numerusform>
            <numerusform>Nothing new was imported: %Ln records already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported, %Ln already present.</source>
        <translation>
            <numerusform>%1 imported, %Ln already present.</numerusform>
            <numerusform>%1 imported, %Ln already present.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: history --partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1 -&gt; %2 from %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4 (from %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (%2): %n change(s)</source>
        <translation>
            <numerusform>History of %1 (%2): %n change</numerusform>
            <numerusform>History of %1 (%2): %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Update existing partners and customers by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission %1 per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission per unit, negotiated per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payout state; use owed, approved, paid or carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ref. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable %1 (%2, %3, %4): %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: payouts list [filters] | export FILE.csv [filters] | approve ID | pay ID --date YYYY-MM-DD --reference TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;payouts %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payable number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payouts pay needs --date YYYY-MM-DD and --reference TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 payable(s) to %2.</source>
        <translation>
            <numerusform>Wrote %1 payable to %2.</numerusform>
            <numerusform>Wrote %1 payables to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>sales %1, rewards %2, rebate %3, SPIF %4, adjustments %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales and no adjustments in this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quarter is closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close list takes no other option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: close --quarter YYYY-QN [--preview] [--today DATE] [--by NAME] | close list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closing %1 would freeze %n statement(s) (nothing written):</source>
        <translation>
            <numerusform>Closing %1 would freeze %n statement (nothing written):</numerusform>
            <numerusform>Closing %1 would freeze %n statements (nothing written):</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) frozen</source>
        <translation>
            <numerusform>%n statement frozen</numerusform>
            <numerusform>%n statements frozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payable(s)</source>
        <translation>
            <numerusform>%n payable</numerusform>
            <numerusform>%n payables</numerusform>
        </translation>
    </message>
    <message>
        <source>This partnerdesk-cli was built without the window&apos;s part: it writes no PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1 by %2: the figures frozen at the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission %1 × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments of closed quarters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward %1, rebate %2, SPIF %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustments %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals earn it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals do not earn it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: spif list | spif show KEY | spif import FILE.json | spif export KEY FILE.json | spif remove KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement as PDF needs --partner ID --pdf FILE, or --all --out DIR, and --quarter YYYY-QN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--program applies to statement --all only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s language must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1</source>
        <translation>
            <numerusform>%n statement written to %1</numerusform>
            <numerusform>%n statements written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>back to the program&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Negotiated rates of %1 (%2): %n</source>
        <translation>
            <numerusform>Negotiated rates of %1 (%2): %n</numerusform>
            <numerusform>Negotiated rates of %1 (%2): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: rates set --partner ID --line KEY --from DATE (--percent P | --per-unit AMOUNT [--currency C] | --program-rate) --reason TEXT [--by NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency goes with --per-unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded #%1: %2 on %3 from %4 for %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: rates list --partner ID | rates set --partner ID ...</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what closing would freeze; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the program&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Log (for support): --verbose prints it to stderr, debug lines included;
--log-file FILE writes it to FILE (renewed at 1 MB, five files kept).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the log (debug lines too) to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the log to this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ChangeLog</name>
    <message>
        <source>The date to prune the change history before is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change history can be pruned up to today (%1) at the latest, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an offline copy: prune the change history of the database it was taken from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Corrections</name>
    <message>
        <source>Sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no licence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certification %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no score %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already voided on %2 by %3 (%4).</source>
        <extracomment>%1 is &quot;Sale 12&quot;; %2 a date and time (UTC), %3 a user name, %4 the reason given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 has a return that is not voided (sale %2): void its returns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is the sale of licence %2: void or correct the licence instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1 is renewed by licence %2: void that renewal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was voided by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the reason for the void or correction.</source>
        <extracomment>%1 is &quot;Sale 12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no product line &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale&apos;s quantity is a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return&apos;s quantity is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not a customer of this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1, which this line returns, is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return of %1 units exceeds the %2 left of sale %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is of nps, satisfaction or advocacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NPS score lies between -100 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score lies between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certification needs the date it was passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification expires (%1) before it is passed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 is not with this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not voided: there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was corrected by record %2: correct or void that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored as record %2: %3</source>
        <extracomment>%1 is &quot;Sale 12&quot;; %2 the new record&apos;s id; %3 the reason given</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::CsvReader</name>
    <message>
        <source>the file is UTF-16; save it as UTF-8 (&quot;CSV UTF-8&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed (its quote opens on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds NUL bytes: save the file as UTF-8 (&quot;CSV UTF-8&quot;), not UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the most one record may hold; the rest of the file is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is longer than %2 bytes, the most one field may hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <source>%1 is not a PartnerDesk database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of PartnerDesk and must be upgraded before it can be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PartnerDesk (database version %2; this version reads up to %3). Update PartnerDesk to open it. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; it is needed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the team database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PartnerDesk data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role may only read partner records and add notes; ask a manager to make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to version %2 that only its owner (the user who created it) may run: open it once as that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only and could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; changes are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not run the statement &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it (another PartnerDesk window, a partnerdesk-cli command or a backup). Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full. Free some disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only for you. Make both writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read or written: the disk reported an input/output error (%2). Check the disk or network drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a PartnerDesk database. Create a database with &quot;init&quot; or File › New Database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (cut short or partly overwritten) and cannot be read. Restore it from a backup. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is in use: another program kept it locked for more than %n second(s). Try again when it is done. It was not changed.</source>
        <translation>
            <numerusform>%1 is in use: another program kept it locked for more than %n second. Try again when it is done. It was not changed.</numerusform>
            <numerusform>%1 is in use: another program kept it locked for more than %n seconds. Try again when it is done. It was not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted (the -journal or -wal file beside it). It can be read only after that change is rolled back, which needs write access to the file and its folder. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a folder PartnerDesk may not write to, and this database needs its -wal and -shm files beside it. Copy it to a folder you can write to. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server sent a malformed row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 holds &quot;%3&quot;, which is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ExchangeRates</name>
    <message>
        <source>No exchange rate from %1 to %2 on or before %3. Add it to the exchange-rate table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Exporter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Generator</name>
    <message>
        <source>The number of partners must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sales lines must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales lines need at least one partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date for the generated data is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n partner(s). Generate data into a new, empty database.</source>
        <translation>
            <numerusform>The database already holds %n partner. Generate data into a new, empty database.</numerusform>
            <numerusform>The database already holds %n partners. Generate data into a new, empty database.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the built-in programs is available to generate data for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data generation was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements met at the annual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged yearly SPIF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk demo data: 2 % of every line sold while Privileged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Importer</name>
    <message>
        <source>there is no partner &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a staff role (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be after passed_on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded with the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot; passed on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event kind (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scored metric (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD, for example 2026-03-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two upper-case letters, for example ES, RU, US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in this file (first on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no program &quot;%1&quot; in the database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of program %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of program %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative; a unit price must not be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (yes, no, true, false, 1, 0 or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote currency must differ from the base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 6 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exchange rate must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate %1/%2 of this date appears twice in this file (first on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem found.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column (the columns of %1 are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the database refused the record: %3
Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters, more than the %1 this column may hold</source>
        <translation>
            <numerusform>%n characters, more than the %1 this column may hold</numerusform>
            <numerusform>%n characters, more than the %1 this column may hold</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; already has moves in the database; moves are imported only for customers without any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer moves to another partner, not to the one it leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; is with partner %2 now, so its last move must be to %2, not to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; was with partner %2 after its move on line %3, not with %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; moved on %2 (line %3); its moves must be in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; import with update (--update, or &quot;Update existing records&quot;) to change existing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row version (a whole number of 1 or more, as an export writes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative quantity is a return: name the reference of the line it returns in this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return (of %1) needs a negative quantity, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 appears twice in this file (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 is already in the database as sale %2, with different content (%3); correct the stored line with &quot;partnerdesk-cli correct sale %2 ...&quot;, void it with &quot;partnerdesk-cli void sale %2 --reason TEXT&quot;, or give this line its own reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line with reference %1 (sale %2) is voided; a voided line cannot be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of this file (reference %2) is itself a return; name the line that was sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sale line with reference %1, neither in the database nor earlier in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale %1 (reference %2) is itself a return; name the line that was sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line it returns (%1) was sold by partner %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line it returns (%1) is of product line %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line it returns (%1) is in %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return takes the unit price of the line it returns (%1): %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return cannot come before the line it returns (%1, sold on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>returns %n unit(s), but only %1 of the %2 units of %3 are left to return (%4 returned already)</source>
        <translation>
            <numerusform>returns %n unit, but only %1 of the %2 units of %3 are left to return (%4 returned already)</numerusform>
            <numerusform>returns %n units, but only %1 of the %2 units of %3 are left to return (%4 returned already)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: file %2, database %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; belonged to partner %2 on %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number other than 0 (negative for a return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-sync from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is at row version %2, not %3: it was changed after this file was written; export it again, or leave row_version empty to update it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is in program %2; an update does not move a partner to another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; has held tier %2 since %3; the date changes only with the tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners and customers can update existing records; %1 are only added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Integrity</name>
    <message>
        <source>SQLite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner %1: tier &quot;%2&quot; is not in program &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of program &quot;%1&quot; on product line &quot;%2&quot;, which the program does not have</source>
        <translation>
            <numerusform>%n sale of program &quot;%1&quot; on product line &quot;%2&quot;, which the program does not have</numerusform>
            <numerusform>%n sales of program &quot;%1&quot; on product line &quot;%2&quot;, which the program does not have</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) in unknown currency &quot;%1&quot;</source>
        <translation>
            <numerusform>%n sale in unknown currency &quot;%1&quot;</numerusform>
            <numerusform>%n sales in unknown currency &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) expire before they were passed</source>
        <translation>
            <numerusform>%n certification expire before they were passed</numerusform>
            <numerusform>%n certifications expire before they were passed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row %2: %3 %4 is beyond the largest amount (%5 minor units either way)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::LicenceStore</name>
    <message>
        <source>Refused: the balance is %1 credits and this entry takes %2; %3 credits are missing. The balance can never go below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no credit ledger entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit entry %1: balance after is %2, the running sum is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1: the credit balance is %2, its entries add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1: the credit balance is %2 with no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no licence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is no longer with the partner it was to be moved from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no NFR key %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFR key is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit entry %1: the running sum of %2 credits overflows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Licensing</name>
    <message>
        <source>An award needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certification expires after the day it is awarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who awards the certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n month(s) in the partnership; the partner has %2 on %3 (eligible from %4).</source>
        <extracomment>%2 is the partner&apos;s time in the partnership: &quot;7 months&quot;</extracomment>
        <translation>
            <numerusform>%1 needs %n month in the partnership; the partner has %2 on %3 (eligible from %4).</numerusform>
            <numerusform>%1 needs %n months in the partnership; the partner has %2 on %3 (eligible from %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requires %2, which the partner does not hold on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring certifications are listed for 1 to 366 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who records the credit entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit entry needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase is of 1 to 1,000,000,000,000 credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption is of 1 to 1,000,000,000,000 credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not a customer of this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction changes the credits, the amount paid, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction is of at most 1,000,000,000,000 credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit entry %1 belongs to another partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NFR keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR keys on request (each one decided by a manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n NFR key(s) valid at a time</source>
        <translation>
            <numerusform>%n NFR key valid at a time</numerusform>
            <numerusform>%n NFR keys valid at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, valid %n month(s)</source>
        <translation>
            <numerusform>, valid %n month</numerusform>
            <numerusform>, valid %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, add-on modules enabled for %n day(s)</source>
        <translation>
            <numerusform>, add-on modules enabled for %n day</numerusform>
            <numerusform>, add-on modules enabled for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The program sets no validity for NFR keys of this tier: give the number of months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NFR key is valid for at most 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on modules are enabled for 0 to 3660 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier %1 has no NFR keys in its program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier %1 gets NFR keys on request only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a key of the tier %1 is valid for %n month(s), not %2</source>
        <translation>
            <numerusform>a key of the tier %1 is valid for %n month, not %2</numerusform>
            <numerusform>a key of the tier %1 is valid for %n months, not %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the tier %1 enables add-on modules for %n day(s), not %2</source>
        <translation>
            <numerusform>the tier %1 enables add-on modules for %n day, not %2</numerusform>
            <numerusform>the tier %1 enables add-on modules for %n days, not %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The tier %1 has no discount on activation credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module name cannot contain a comma: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the licensed product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence has at least one seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1 is not of the same customer and kind, so this one cannot renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1 was already renewed by licence %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1 is another partner&apos;s internal-use licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s tier has no internal-use discount in its program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals due are listed for 1 to 366 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for moving the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who moves the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is already with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NFR key needs an issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the product the NFR key is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vendor signing key to issue NFR keys with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who issues the NFR key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1. A manager can issue it anyway with a written reason, which is kept with the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for revoking the NFR key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFR key %1 was already revoked on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no vendor public key to verify with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a PartnerDesk NFR key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is damaged (its encoding is not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the vendor&apos;s public key (id %1): the key was altered or signed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s content is not understood by this version of PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the tier %1 allows %2 at a time and the partner already holds %n</source>
        <extracomment>%2 is a number of keys (&quot;2 NFR keys&quot;); %n is how many the partner holds</extracomment>
        <translation>
            <numerusform>the tier %1 allows %2 at a time and the partner already holds %n</numerusform>
            <numerusform>the tier %1 allows %2 at a time and the partner already holds %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NFR key(s)</source>
        <translation>
            <numerusform>%n NFR key</numerusform>
            <numerusform>%n NFR keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no certification levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no certification level &quot;%2&quot; (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; does not use activation credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has no product line &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount of %1 is outside the tier %2&apos;s range of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the internal-use discount of %1 covers at most %2; %3 are already licensed for internal use in this period and this licence adds %4 (%5 too many).</source>
        <extracomment>%2 to %5 are numbers of users: &quot;30 users&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1 was voided, so this one cannot renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 bought from the partner it leaves on %2; date the move after that sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Metric</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified technical specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified sales specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly financial report filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner review or customer testimonial submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor information on the partner&apos;s web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template approved to the vendor&apos;s standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation training completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered for the national portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business case accepted by headquarters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Money</name>
    <message>
        <source>unknown currency &quot;%1&quot; (expected an ISO 4217 code such as USD, EUR, RUB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond the largest amount PartnerDesk handles (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::OfflineCopy</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database in memory cannot be the source of an offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be upgraded before an offline copy can be taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is itself an offline copy; take the copy from the team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline copy cannot replace the database it is taken from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy could not be moved into place as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say how far it is up to date; take a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the database this copy was taken from (it was recreated or replaced); take a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy was taken from another kind of database than %1; take a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at your request; the offline copy was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 could not be written to the offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copies do not know the table %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offline copy is older than the team database&apos;s change history (pruned up to %1); take it offline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an offline copy; it is not replaced. Choose another file. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PartnerDesk database with its own records, not an offline copy; it is not replaced. Choose another file. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an offline copy of %2, not of %3. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being changed by another program; try again when it is done. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Partner</name>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI/ML platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PartnerRules</name>
    <message>
        <source>Enter the partner&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the two-letter country code (ISO 3166), such as ES or RU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the partner joined the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n character(s).</source>
        <translation>
            <numerusform>A name has at most %n character.</numerusform>
            <numerusform>A name has at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A region has at most %n character(s).</source>
        <translation>
            <numerusform>A region has at most %n character.</numerusform>
            <numerusform>A region has at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A territory has at most %n character(s).</source>
        <translation>
            <numerusform>A territory has at most %n character.</numerusform>
            <numerusform>A territory has at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An account owner&apos;s name has at most %n character(s).</source>
        <translation>
            <numerusform>An account owner&apos;s name has at most %n character.</numerusform>
            <numerusform>An account owner&apos;s name has at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A code has up to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joining date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner cannot join after it got its current tier (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Enter two capital letters (ISO 3166), such as ES or RU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subcategory of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 holds no territory. Leave the territory empty or change the tier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 has no brands. Leave the brand empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a brand of program %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full web address such as https://example.com, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PayoutLedger</name>
    <message>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 has two payables in %2 for %3; a quarter has one per partner and currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable %1 (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be approved: it is %2, and only an owed payable is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be approved without the name of who approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was approved meanwhile by %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be paid: it is %2, and only an approved payable is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be paid without the name of who records the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be paid without the payment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be paid on %2: it was approved on %3, and a payment is never dated before its approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be paid on %2: the date is in the future. Record a payment once it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be paid without a payment reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be paid: the payment reference has %2 characters, at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was paid meanwhile (reference %2, recorded by %3); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PayoutReport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Program</name>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (if the partner has a web site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at least once %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 every month with sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly one threshold, &quot;atLeast&quot; or &quot;moreThan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: automatic, review, invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: none, regional, country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not supported (this version reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;renewal&quot; is reserved for the renewal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first tier is where partners start: it must be automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes/no, a number, a text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum %1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition is larger than %1 bytes, the most a program may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {&quot;perUnit&quot;: &quot;amount&quot;} or &quot;negotiated&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount in the program&apos;s currency, as a text (&quot;250.00&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than one of a reward, a discount and a commission; give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a &quot;reward&quot;, a &quot;discount&quot;, a &quot;commission&quot; or a &quot;note&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::QuarterClosing</name>
    <message>
        <source>Quarter %1 is closed already: it was closed on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 has not ended yet: it ends on %2, so it can be closed from %3 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 is before %2, the first closed quarter: quarters before the ledger are never closed. The next quarter to close is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 cannot be closed yet: quarters close in order, and %2 must be closed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed statement&apos;s stored document is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::RateOverrideStore</name>
    <message>
        <source>negotiated: %1 per unit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiated: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The negotiated rate needs a valid date from which it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The negotiated rate needs a reason (what was agreed, with whom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate %1 is not between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount per unit must be from 0 to the largest amount, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of the program %2 (one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Score</name>
    <message>
        <source>%1 must not be negative (only nps may be)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 of a PostgreSQL address may not be empty or hold spaces, quotes or semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in a PostgreSQL address; known: host, port, sslmode, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL address names one database: postgresql://USER@HOST/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Spif</name>
    <message>
        <source>is not a field of a SPIF campaign (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a key (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: perUnit, perLine, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition is larger than %1 bytes, the most a SPIF campaign may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not supported (this version reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the start, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: the programs the campaign is open to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SPIF campaign &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no program &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of the campaign&apos;s programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product line of the campaign&apos;s programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; is not saved:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; cannot be removed: its period overlaps the closed quarter %2, whose statements may hold its earnings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Statement</name>
    <message>
        <source>tier &quot;%1&quot; is not in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reward rate for this product line in tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier gives a discount on this line, not a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1: the lower bound applies until a partner rate is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the returned line %1 is voided: no reward to claw back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the returned line %1 is in another currency: no reward to claw back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited to the reward left on the returned line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commission of %1 per unit is in %2 and this sale is in %3: no commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission negotiated per partner: no amount is set for this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission of %1 per unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Store</name>
    <message>
        <source>There is no partner with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; was changed by someone else since it was opened. Reload it and apply the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier change needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of program &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; was changed by someone else; its tier was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (held by %n partner(s))</source>
        <translation>
            <numerusform>&quot;%1&quot; (held by %n partner)</numerusform>
            <numerusform>&quot;%1&quot; (held by %n partners)</numerusform>
        </translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; cannot drop tiers that partners hold: %2. Move those partners first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange rate must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certification %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no score %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; was changed by someone else since it was read; it was not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::TeamRoles</name>
    <message>
        <source>Roles apply to a team database on PostgreSQL; %1 is a file, which has no database users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up roles needs the user who created the team database (it owns the tables) with the right to create roles, or a superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database user &quot;%1&quot;. Create it first (CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;...&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PartnerDesk roles do not exist yet; run: partnerdesk-cli admin roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::TierEngine</name>
    <message>
        <source>not applicable: no web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>needs: %1 within the last %n month(s)</source>
        <translation>
            <numerusform>needs: %1 within the last %n month</numerusform>
            <numerusform>needs: %1 within the last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n month(s)</source>
        <translation>
            <numerusform>%1 of %n month</numerusform>
            <numerusform>%1 of %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 missing for %n month(s): %2</source>
        <translation>
            <numerusform>%1 missing for %n month: %2</numerusform>
            <numerusform>%1 missing for %n months: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quarter(s)</source>
        <translation>
            <numerusform>%1 of %n quarter</numerusform>
            <numerusform>%1 of %n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 missing for %n quarter(s): %2</source>
        <translation>
            <numerusform>%1 missing for %n quarter: %2</numerusform>
            <numerusform>%1 missing for %n quarters: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more certified technical specialist(s)</source>
        <translation>
            <numerusform>needs %n more certified technical specialist</numerusform>
            <numerusform>needs %n more certified technical specialists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more certified sales specialist(s)</source>
        <translation>
            <numerusform>needs %n more certified sales specialist</numerusform>
            <numerusform>needs %n more certified sales specialists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more month(s) in the program</source>
        <translation>
            <numerusform>needs %n more month in the program</numerusform>
            <numerusform>needs %n more months in the program</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %1 more sales in the trailing %n month(s)</source>
        <translation>
            <numerusform>needs %1 more sales in the trailing %n month</numerusform>
            <numerusform>needs %1 more sales in the trailing %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no sales in the previous %n month(s) to compare with</source>
        <translation>
            <numerusform>no sales in the previous %n month to compare with</numerusform>
            <numerusform>no sales in the previous %n months to compare with</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no customers in the previous %n month(s)</source>
        <translation>
            <numerusform>no customers in the previous %n month</numerusform>
            <numerusform>no customers in the previous %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is granted after a vendor review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is by invitation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; already holds the proposed tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; changed tier since it was evaluated; evaluate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in the trailing %n month(s)</source>
        <translation>
            <numerusform>in the trailing %n month</numerusform>
            <numerusform>in the trailing %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>needs %1 percentage points more revenue growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 percentage points more customer retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a Net Promoter Score %1 points higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 percentage points more customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 percentage points more advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 percentage points more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no Net Promoter Score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>no Net Promoter Score recorded in the last %n month</numerusform>
            <numerusform>no Net Promoter Score recorded in the last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no customer satisfaction score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>no customer satisfaction score recorded in the last %n month</numerusform>
            <numerusform>no customer satisfaction score recorded in the last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no advocacy score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>no advocacy score recorded in the last %n month</numerusform>
            <numerusform>no advocacy score recorded in the last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no score recorded in the last %n month(s)</source>
        <translation>
            <numerusform>no score recorded in the last %n month</numerusform>
            <numerusform>no score recorded in the last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more active customer(s) %1</source>
        <extracomment>%1 is the period: &quot;in the trailing 12 months&quot;</extracomment>
        <translation>
            <numerusform>needs %n more active customer %1</numerusform>
            <numerusform>needs %n more active customers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more renewal deal(s) %1</source>
        <extracomment>%1 is the period: &quot;in the trailing 12 months&quot;</extracomment>
        <translation>
            <numerusform>needs %n more renewal deal %1</numerusform>
            <numerusform>needs %n more renewal deals %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::VendorKey</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid PartnerDesk signing key file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions of %1 could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not %1 bytes long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the algorithm is not Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its secret and public parts do not belong together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key id does not match its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine holds only the public part of the vendor key (id %1): it can verify NFR keys but not issue them. Import the full key with: partnerdesk-cli keys import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vendor signing key in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine holds only the public part of the vendor key; there is no secret part to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a different vendor key (id %2). NFR keys it signed would no longer verify; move that file away first if you really mean to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its secret part is protected by a passphrase, and none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to open the key&apos;s passphrase protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is wrong, or the file was altered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ApproveDialog</name>
    <message>
        <source>Payable %1: %2 (%3), %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the payout of %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1. An approval is final: it is recorded with its time and cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::BenefitMatrixModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, no, a number, a text, or empty when the tier does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CertificationCorrectionDialog</name>
    <message>
        <source>Correct Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passed on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CertificationsView</name>
    <message>
        <source>Certification levels of the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Expiring in the next %n day</numerusform>
            <numerusform>Expiring in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire</source>
        <translation>
            <numerusform>%n certificate expire</numerusform>
            <numerusform>%n certificates expire</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ward Level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award the partner a certification level of its program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award Certification Level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ChartBuilder</name>
    <message numerus="yes">
        <source>%1: %2 in %n month(s)</source>
        <translation>
            <numerusform>%1: %2 in %n month</numerusform>
            <numerusform>%1: %2 in %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months to the end of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners, ranked by revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner revenue, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 of %2 by revenue: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 partner(s)</source>
        <extracomment>%3 is the number of partners, grouped: &quot;Certified, current tier: 1,200 partners&quot;</extracomment>
        <translation>
            <numerusform>%1, %2: %3 partner</numerusform>
            <numerusform>%1, %2: %3 partners</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CloseQuarterDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing freezes every partner&apos;s statement of the quarter, books late changes to earlier closed quarters as adjustments and creates the payables. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1? Its statements are frozen and its payables created; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closing %1 would freeze %n statement(s).</source>
        <translation>
            <numerusform>Closing %1 would freeze %n statement.</numerusform>
            <numerusform>Closing %1 would freeze %n statements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) frozen</source>
        <translation>
            <numerusform>%n statement frozen</numerusform>
            <numerusform>%n statements frozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payable(s)</source>
        <translation>
            <numerusform>%n payable</numerusform>
            <numerusform>%n payables</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Quarter Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing what closing %1 freezes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Partner: Conflicting Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; was changed by someone else after you started editing it.&lt;/p&gt;&lt;p&gt;Choose, for each field, the value to keep. Nothing is saved until you choose Save; fields not listed hold the same value in both.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Chosen Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate and name checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of PartnerDesk has no keychain support: the password is kept only until the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditEntryDialog</name>
    <message>
        <source>Buy Activation Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consume Activation Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer onboarded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Ledger Entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits (+ or −):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid correction (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner has no customers to onboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer that was onboarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditLedgerModel</name>
    <message>
        <source>%1 of #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CreditsView</name>
    <message>
        <source>&amp;Buy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an entry that corrects the selected one; entries are never edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Balance: %1 credit(s) (1 credit = 1 %2). Discount of the partner&apos;s tier: %3.</source>
        <translation>
            <numerusform>Balance: %1 credit (1 credit = 1 %2). Discount of the partner&apos;s tier: %3.</numerusform>
            <numerusform>Balance: %1 credits (1 credit = 1 %2). Discount of the partner&apos;s tier: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; does not use activation credits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::CsvFileDialog</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import is all or nothing: every record is checked, and nothing is written unless all of them are good. Import partners before the records that name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores (NPS, satisfaction, advocacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update existing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records whose code exists are updated from the file: only changed fields are written, and each is logged in the partner&apos;s history. Without this, an existing code is a problem and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer moves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::Dashboard</name>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing 12-month revenue against the tier thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners per tier: current and proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner belongs to this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed tiers appear when the evaluation is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) left out: %1</source>
        <translation>
            <numerusform>%n partner left out: %1</numerusform>
            <numerusform>%n partners left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This program has no revenue thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 partner(s) in %2.</source>
        <extracomment>%1 is the number of partners, grouped: &quot;1,200 partners in Reseller status.&quot;</extracomment>
        <translation>
            <numerusform>%1 partner in %2.</numerusform>
            <numerusform>%1 partners in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrades proposed: %1. Demotions proposed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::EvaluationJob</name>
    <message>
        <source>Evaluating partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::EventCorrectionDialog</name>
    <message>
        <source>Correct Compliance Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ExpiringModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::LevelAwardDialog</name>
    <message>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award Certification Level to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Awarded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 in the partnership: eligible from %2.</source>
        <extracomment>%1 is a number of months (&quot;6 months&quot;), %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Held since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s program has no certification levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be awarded from %2, once the partner has %3 in the partnership.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::LevelsModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>held since %1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months reached; requires %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible, not awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::LicenceDialog</name>
    <message>
        <source>E&amp;nds on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Licence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal use by the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s tier has no internal-use discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product as named on the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on &amp;modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice per seat (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;old on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rene&amp;ws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence #%1: %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price of one seat for the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner has no customers yet: import them, or record a licence for the partner&apos;s internal use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer the licence is sold to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s program has no product lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The internal-use discount covers at most %n user(s).</source>
        <translation>
            <numerusform>The internal-use discount covers at most %n user.</numerusform>
            <numerusform>The internal-use discount covers at most %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s) at %2)</source>
        <translation>
            <numerusform>%1 (%n seat at %2)</numerusform>
            <numerusform>%1 (%n seats at %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Internal use: %1 discount, at most %n user(s) in the partner&apos;s tier.</source>
        <translation>
            <numerusform>Internal use: %1 discount, at most %n user in the partner&apos;s tier.</numerusform>
            <numerusform>Internal use: %1 discount, at most %n users in the partner&apos;s tier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after the %2 internal-use discount on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the correction: it is kept with the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Licence #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::LicenceTableModel</name>
    <message>
        <source>%1 (customer now with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>renewed by #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::LicencesView</name>
    <message>
        <source>All licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals due in 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals due in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s)</source>
        <translation>
            <numerusform>%n licence</numerusform>
            <numerusform>%n licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) to renew by %1</source>
        <translation>
            <numerusform>%n licence to renew by %1</numerusform>
            <numerusform>%n licences to renew by %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rec&amp;ord Licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the renewal of the selected licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a licence sold to one of the partner&apos;s customers or bought for its internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded licence #%1: %2 paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as renewal sale #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as sale #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show voi&amp;ded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected licence with a reason: it leaves the figures and stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list voided licences, struck through, with who voided them, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Licence #%1: %2, %n seat(s), %3, paid %4</source>
        <translation>
            <numerusform>Licence #%1: %2, %n seat, %3, paid %4</numerusform>
            <numerusform>Licence #%1: %2, %n seats, %3, paid %4</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected licence with a corrected one; the original stays in the history, voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n voided</source>
        <translation>
            <numerusform>%1 · %n voided</numerusform>
            <numerusform>%1 · %n voided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Program JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Program &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fill the new database with demo data (%n partner(s) with two years of records)?</source>
        <translation>
            <numerusform>Fill the new database with demo data (%n partner with two years of records)?</numerusform>
            <numerusform>Fill the new database with demo data (%n partners with two years of records)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating %n demo partner(s) with two years of records…</source>
        <translation>
            <numerusform>Creating %n demo partner with two years of records…</numerusform>
            <numerusform>Creating %n demo partners with two years of records…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) of %1.</source>
        <translation>
            <numerusform>Imported %Ln record of %1.</numerusform>
            <numerusform>Imported %Ln records of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln record to %1.</numerusform>
            <numerusform>Exported %Ln records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Partner programs as data: tiers, requirements, rates and benefits; partners&apos; records; tier evaluation with what is missing for the next tier.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Quarterly Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <extracomment>%1 is the kind of records; %2 to %4 are counts: &quot;Partners: 3 updated, 997 unchanged, 10 added.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing new was imported; %Ln record(s) already present.</source>
        <translation>
            <numerusform>%1: nothing new was imported; %Ln record already present.</numerusform>
            <numerusform>%1: nothing new was imported; %Ln records already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 imported, %Ln already present.</source>
        <translation>
            <numerusform>%1: %2 imported, %Ln already present.</numerusform>
            <numerusform>%1: %2 imported, %Ln already present.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;Statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Quarter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF &amp;Campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © %1 The PartnerDesk developers&lt;/p&gt;&lt;p&gt;PartnerDesk is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%2&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of PartnerDesk&apos;s log, to attach it to a support request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;PartnerDesk keeps a log of its work in %1 (Help › Open Log Folder); attach it to a support request.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::NegotiatedRates</name>
    <message>
        <source>Product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Negotiated &amp;Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n negotiated rate(s): each replaces the program&apos;s rate for its line from its date</source>
        <translation>
            <numerusform>%n negotiated rate: each replaces the program&apos;s rate for its line from its date</numerusform>
            <numerusform>%n negotiated rates: each replaces the program&apos;s rate for its line from its date</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrIssueDialog</name>
    <message>
        <source>Issue NFR Key to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tier: %n month(s)</source>
        <translation>
            <numerusform>tier: %n month</numerusform>
            <numerusform>tier: %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tier: %n day(s)</source>
        <translation>
            <numerusform>tier: %n day</numerusform>
            <numerusform>tier: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>tier: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product the demo key is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on modules, separated by commas (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement of the partner&apos;s tier: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on &amp;modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons &amp;enabled for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrKeyModel</name>
    <message>
        <source>revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, add-on modules enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1, signed with vendor key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrKeysView</name>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NFR keys of every partner: %n valid today.</source>
        <translation>
            <numerusform>NFR keys of every partner: %n valid today.</numerusform>
            <numerusform>NFR keys of every partner: %n valid today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitlement of the partner&apos;s tier: %1. Valid today: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key goes beyond the entitlement: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR Key Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR key %1 was issued and copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Ke&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrOverrideDialog</name>
    <message>
        <source>Beyond the NFR Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager can issue the key anyway. Write why: the reason is kept with the key and shown wherever the key is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrRevokeDialog</name>
    <message>
        <source>Revoke NFR Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 revoked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is kept with the key, and a check of the key reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::NfrVerifyDialog</name>
    <message>
        <source>Verify NFR Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key (PDNFR1.…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1, issued to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not for resale, valid %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No add-on modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on modules enabled until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on modules no longer enabled (until %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued from this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this database: its revocation could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::OfflineDialog</name>
    <message>
        <source>&amp;All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the partners &amp;matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the programs, exchange rates and the chosen partners with all their records into a file that opens read-only without a network. Refresh it later to fetch only what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any country (two letters, such as ES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::OverrideDialog</name>
    <message>
        <source>Add Negotiated Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the program&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate replaces the program&apos;s for this line from its date, until the next negotiated rate of the line. It is never changed: add another to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount per unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rate or the amount that was negotiated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason: what was agreed, with whom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerBrowser</name>
    <message>
        <source>Filter by name, code, country, program or tier (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every partner that matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifies for upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners whose records meet every requirement of a higher tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below current tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners that no longer meet the requirements of the tier they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-evaluate All Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute every partner&apos;s revenue, proposed tier and gap again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) could not be evaluated: %1</source>
        <translation>
            <numerusform>%n partner could not be evaluated: %1</numerusform>
            <numerusform>%n partners could not be evaluated: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners with a licence, NFR key or certification that ends in the next %n day(s)</source>
        <translation>
            <numerusform>Partners with a licence, NFR key or certification that ends in the next %n day</numerusform>
            <numerusform>Partners with a licence, NFR key or certification that ends in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 partner(s)</source>
        <translation>
            <numerusform>%1 partner</numerusform>
            <numerusform>%1 partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 partner(s)</source>
        <translation>
            <numerusform>%1 of %2 partner</numerusform>
            <numerusform>%1 of %2 partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerLoadJob</name>
    <message>
        <source>Loading partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerPage</name>
    <message>
        <source>&amp;Save Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop unsaved edits of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the partner to another tier, with a reason for the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Proposed Tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the partner to the tier its records qualify for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its profile, records and tier status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation>
            <numerusform>%n certification</numerusform>
            <numerusform>%n certifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sales line(s)</source>
        <translation>
            <numerusform>%n sales line</numerusform>
            <numerusform>%n sales lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliance event(s)</source>
        <translation>
            <numerusform>%n compliance event</numerusform>
            <numerusform>%n compliance events</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner&apos;s program &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tier change(s)</source>
        <translation>
            <numerusform>%n tier change</numerusform>
            <numerusform>%n tier changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile of %1 has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are invalid; they cannot be saved as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s program is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lice&amp;nces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR &amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Partner: Not Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message>
        <source>A correction is being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are shown again as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed by imports with update</source>
        <translation>
            <numerusform>%n field changed by imports with update</numerusform>
            <numerusform>%n fields changed by imports with update</numerusform>
        </translation>
    </message>
    <message>
        <source>Negotiated &amp;Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the partner&apos;s records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerTableModel</name>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifies for an upgrade from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer meets the requirements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap to next tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of PartnerDesk has no keychain support; the password was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PaymentDialog</name>
    <message>
        <source>Mark Payout Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank transfer&apos;s or remittance&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payment reference (of the bank transfer, for instance).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PayoutTableModel</name>
    <message>
        <source>Nothing to pay: the sum is zero or negative, and a negative sum is carried to the partner&apos;s next payable in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is carried forward to the next payable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::PayoutsView</name>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves the selected owed payable for payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the payment of the selected approved payable: its date and reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the listed payables to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payouts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payable(s)</source>
        <translation>
            <numerusform>%1 of %n payable</numerusform>
            <numerusform>%1 of %n payables</numerusform>
        </translation>
    </message>
    <message>
        <source>No payables listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 paid (reference %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payable(s) to %1.</source>
        <translation>
            <numerusform>Exported %n payable to %1.</numerusform>
            <numerusform>Exported %n payables to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ProductLinesModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ProfileForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel manager responsible for the partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ProfileValidator</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ProgramEditor</name>
    <message>
        <source>&amp;New Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new program definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Program JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a program definition from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Program JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the program definition to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the program definition in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop unsaved changes of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiers and Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the program definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits, &apos;_&apos; and &apos;-&apos;; fixed once the program is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners buy activation credits (1 credit = 1 unit of the program currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Product Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Product Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also removes the line&apos;s rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements of the selected tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success targets of the selected tier (reported, not required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be corrected before saving (double-click one to go there):</source>
        <translation>
            <numerusform>%n problem must be corrected before saving (double-click one to go there):</numerusform>
            <numerusform>%n problems must be corrected before saving (double-click one to go there):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has problems and cannot be saved as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved program %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; saving replaces the stored program with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; save it to add it to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has problems; correct them before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program definitions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid program definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates earned on sales by product line and tier: a percentage (25), a range set per partner (10-15), either with a note in parentheses, or only a note. In a commission line: an amount per unit in the program&apos;s currency (250.00), or a note alone when the amount is negotiated per partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrBatch</name>
    <message>
        <source>Partner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrCollector</name>
    <message>
        <source>Revenue by quarter, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier status could not be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence renewals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR keys could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring certifications could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit ledger could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrDialog</name>
    <message>
        <source>The current &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners of the p&amp;rogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners of the current &amp;filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Quarterly Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the language (US Letter for English, A4 otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The partners of the current &amp;filter (%n)</source>
        <translation>
            <numerusform>The partners of the current &amp;filter (%n)</numerusform>
            <numerusform>The partners of the current &amp;filter (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n review(s) written</source>
        <translation>
            <numerusform>%1 of %n review written</numerusform>
            <numerusform>%1 of %n reviews written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n review(s) written.</source>
        <translation>
            <numerusform>Cancelled: %n review written.</numerusform>
            <numerusform>Cancelled: %n reviews written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) written.</source>
        <translation>
            <numerusform>%n review written.</numerusform>
            <numerusform>%n reviews written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n failed:</numerusform>
            <numerusform>%n failed:</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n review(s)…</source>
        <translation>
            <numerusform>Writing %n review…</numerusform>
            <numerusform>Writing %n reviews…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n statement(s)…</source>
        <translation>
            <numerusform>Writing %n statement…</numerusform>
            <numerusform>Writing %n statements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statement(s) written</source>
        <translation>
            <numerusform>%1 of %n statement written</numerusform>
            <numerusform>%1 of %n statements written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n statement(s) written.</source>
        <translation>
            <numerusform>Cancelled: %n statement written.</numerusform>
            <numerusform>Cancelled: %n statements written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written.</source>
        <translation>
            <numerusform>%n statement written.</numerusform>
            <numerusform>%n statements written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrHtml</name>
    <message>
        <source>%1 · Quarterly business review %2 · page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of the tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, trailing 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth against %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no revenue a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards earned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 converted at the recorded exchange rates; targets and status as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tier has no requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of the quarter qualify for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of the quarter no longer meet %1; they meet %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is by invitation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is decided by the vendor after a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the highest tier of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences, NFR keys and certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences renewing in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No licence ends in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NFR key valid in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications expiring by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certification expires by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance on %1: %2 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No movements in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renew %1 for %2 (%n seat(s)) before %3.</source>
        <translation>
            <numerusform>Renew %1 for %2 (%n seat) before %3.</numerusform>
            <numerusform>Renew %1 for %2 (%n seats) before %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>NFR key %1 (%2) expires on %3: request a new key if the demo is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certification %1 of %2 before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit balance is zero: buy credits before onboarding new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open gaps or due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: revenue per quarter; line: trailing 12 months; dashed lines: the sales thresholds of the tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for %1: the records of the quarter meet its requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; does not use activation credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF bonuses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments for closed quarters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::QbrWriter</name>
    <message>
        <source>Quarterly business review %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of %1 could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::RatesModel</name>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate. Enter a percentage (25), a range (10-15) or a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage (25), a range set per partner (10-15), either with a note in parentheses, or a note alone; empty for no rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum %1 is above the maximum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount per unit. Enter an amount in %2 (250.00), optionally with a note in parentheses, or a note alone (negotiated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount per unit in %1 (250.00), optionally with a note in parentheses, or a note alone: the amount is negotiated per partner; empty for no rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReasonDialog</name>
    <message>
        <source>Nothing is deleted: the record stays in the partner&apos;s history, voided, with who voided it, when and why, and leaves the figures and statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason: it is kept with the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordCorrections</name>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Compliance Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another correction is still being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided the %1. Undo (Ctrl+Z) restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected the %1. Undo (Ctrl+Z) brings the original back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo of void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo of correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the original %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the original %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordRows</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale of %1 on %2 to %3: %4 × %5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 measured on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, passed on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordTable</name>
    <message>
        <source>Sho&amp;w voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list voided records, struck through, with who voided them, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected record with a reason: it leaves the figures and stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected record with a corrected one; the original stays in the history, voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n voided</source>
        <translation>
            <numerusform>%1 · %n voided</numerusform>
            <numerusform>%1 · %n voided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RecordTableModel</name>
    <message>
        <source>Voided by %1 on %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ReportPdf</name>
    <message>
        <source>The bundled fonts could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::RequirementsModel</name>
    <message>
        <source>Once, ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When there were sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the partner has a web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount such as 500000.00; add a currency code (500000 USD) for another currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product line keys separated by commas; empty for every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>A threshold must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is between 1 and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::RevenueChartData</name>
    <message>
        <source>The %1 threshold is not drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by quarter, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sales are left out: %1 Add the rate under exchange rates and reopen the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No sales in the last %n quarter(s).</source>
        <translation>
            <numerusform>No sales in the last %n quarter.</numerusform>
            <numerusform>No sales in the last %n quarters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sales are left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SaleCorrectionDialog</name>
    <message>
        <source>Correct Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit price (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::ScoreCorrectionDialog</name>
    <message>
        <source>Correct Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (%):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::Session</name>
    <message>
        <source>This is an offline copy, opened read-only: changes are made in the team database and reach this copy with File › Refresh Offline Copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; changes are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role may only read partner records and add notes; ask a manager to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SetProfileFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SpifCampaignsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove SPIF Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SPIF campaign &quot;%1&quot;? Statements no longer show its bonuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import SPIF Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SPIF Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; imported from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SpifEditDialog</name>
    <message>
        <source>Re&amp;newals earn the bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SPIF Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SPIF Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no tier or product line checked, the campaign pays on all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bonus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ercent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::SpifModel</name>
    <message>
        <source>%1 per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A campaign&apos;s period: first and last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::StatementCollector</name>
    <message>
        <source>The program could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::StatementHtml</name>
    <message>
        <source>carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to pay; %1 carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owed: %1, not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved on %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid on %1, reference %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Partner statement %2 · page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional: the quarter is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier at quarter end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIF bonuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided after the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late return of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments for closed quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes dated in a quarter that was already closed: their effect is booked on this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing earned in this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, net of returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned in the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payable was created for this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout is set when the quarter is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::StatementWriter</name>
    <message>
        <source>Partner statement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement of %1 could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::TeamActions</name>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh Offline Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy partners into a file that opens without a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch what changed in the team database since the copy was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Check the fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open. Choose another file for the offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the offline copy was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Took an offline copy of %n partner(s) into %1.</source>
        <translation>
            <numerusform>Took an offline copy of %n partner into %1.</numerusform>
            <numerusform>Took an offline copy of %n partners into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying partners into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Offline Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh cancelled; the offline copy is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline copy refreshed: %n row(s) written</source>
        <translation>
            <numerusform>Offline copy refreshed: %n row written</numerusform>
            <numerusform>Offline copy refreshed: %n rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed.</source>
        <translation>
            <numerusform>%n row removed.</numerusform>
            <numerusform>%n rows removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching what changed since %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already an offline copy of this database, taken %2. Replace it with a new copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an offline copy of another database, %2, taken %3. Replace it with a copy of this database?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::TierChangeDialog</name>
    <message>
        <source>Change Tier of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the tier changes; kept in the tier history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tier other than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: it is written to the tier history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is by invitation only: make sure the invitation was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is decided by the vendor&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::TierStatusTab</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier status cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds &lt;b&gt;%1&lt;/b&gt;. Revenue in the trailing 12 months: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets every requirement of &lt;b&gt;%1&lt;/b&gt;: an upgrade is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer meets the requirements of the tier it holds: &lt;b&gt;%1&lt;/b&gt; is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier change is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &lt;b&gt;%1&lt;/b&gt;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every requirement is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (next tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by invitation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success targets (reported, not required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ui::TiersModel</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional exclusivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country exclusivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic tiers are proposed by the tier engine; review and invitation-only tiers never are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
