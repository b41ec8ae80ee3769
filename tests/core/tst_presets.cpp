// The built-in programs checked against the tables of PROGRAMS.md, one row per fact.
#include "program.h"

#include <QJsonValue>
#include <QTest>

using namespace pd;

namespace {

const Program &preset(const QString &key)
{
    static const QList<Program> programs = builtinPrograms();
    for (const Program &p : programs) {
        if (p.key == key)
            return p;
    }
    qFatal("no preset %s", qPrintable(key));
}

const Requirement *findRequirement(const Tier &tier, Metric metric, EventKind event = EventKind::ContractSigned)
{
    for (const Requirement &r : tier.requirements) {
        if (r.metric == metric && (metric != Metric::Event || r.event == event))
            return &r;
    }
    return nullptr;
}

// "" = not required; otherwise a short description of the requirement as PROGRAMS.md states it.
QString eventRule(const Tier &tier, EventKind event)
{
    const Requirement *r = findRequirement(tier, Metric::Event, event);
    if (!r)
        return QStringLiteral("-");
    return cadenceKey(r->cadence) + (r->condition == Condition::Always ? QString() : u'/' + conditionKey(r->condition));
}

QString benefitText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("-");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isString())
        return v.toString();
    return QStringLiteral("-");
}

} // namespace

class TestPresets final : public QObject {
    Q_OBJECT
private slots:
    void everyPresetIsValidAndRoundTrips();
    void tiers_data();
    void tiers();
    void resellerRequirements_data();
    void resellerRequirements();
    void resellerRewards_data();
    void resellerRewards();
    void benefits_data();
    void benefits();
    void creditDiscounts_data();
    void creditDiscounts();
    void creditRules();
    void revenueBands_data();
    void revenueBands();
    void revenueTargets_data();
    void revenueTargets();
    void certificationLevels_data();
    void certificationLevels();
    void marketplace_data();
    void marketplace();
};

void TestPresets::everyPresetIsValidAndRoundTrips()
{
    const QList<Program> programs = builtinPrograms();
    QCOMPARE(programs.size(), 4);
    for (const Program &p : programs) {
        const QByteArray json = programToJson(p);
        const auto again = programFromJson(json);
        QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(programToJson(*again), json);
    }
}

void TestPresets::tiers_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("admission");
    QTest::addColumn<QStringList>("territory");
    QTest::addColumn<QString>("currency");
    QTest::newRow("reseller status (§1)") << "reseller-status" << QStringList { "Authorized", "Certified", "Privileged" }
                                          << QStringList { "automatic", "automatic", "automatic" }
                                          << QStringList { "none", "none", "none" } << "RUB";
    QTest::newRow("activation credits (§2)")
        << "activation-credits" << QStringList { "Authorized", "Specialist", "Regional", "Strategic" }
        << QStringList { "automatic", "review", "review", "invitation" }
        << QStringList { "none", "none", "regional", "country" } << "USD";
    QTest::newRow("revenue band (§3)") << "revenue-band" << QStringList { "Standard", "Preferred", "Strategic" }
                                       << QStringList { "automatic", "automatic", "automatic" }
                                       << QStringList { "none", "none", "none" } << "USD";
    QTest::newRow("marketplace developer (§4)")
        << "marketplace-developer" << QStringList { "Certified Developer", "Implementation Partner", "Regional Partner" }
        << QStringList { "automatic", "automatic", "invitation" } << QStringList { "none", "none", "country" } << "USD";
}

void TestPresets::tiers()
{
    QFETCH(QString, program);
    QFETCH(QStringList, names);
    QFETCH(QStringList, admission);
    QFETCH(QStringList, territory);
    QFETCH(QString, currency);
    const Program &p = preset(program);
    QCOMPARE(p.currency, currency);
    QStringList gotNames, gotAdmission, gotTerritory;
    for (const Tier &t : p.tiers) {
        gotNames << t.name;
        gotAdmission << (t.admission == Admission::Automatic ? "automatic"
                         : t.admission == Admission::Review  ? "review"
                                                             : "invitation");
        gotTerritory << (t.territory == Territory::None ? "none" : t.territory == Territory::Regional ? "regional" : "country");
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotAdmission, admission);
    QCOMPARE(gotTerritory, territory);
}

void TestPresets::resellerRequirements_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<qint64>("minSalesRub");   // -1: none
    QTest::addColumn<int>("technical");
    QTest::addColumn<int>("salesSpecialists");
    QTest::addColumn<QString>("contract");
    QTest::addColumn<QString>("jointPromotion");
    QTest::addColumn<QString>("reviews");
    QTest::addColumn<QString>("monthlyReports");
    QTest::addColumn<bool>("renewals");
    QTest::addColumn<QString>("vendorInfo");
    // | requirement | Authorized | Certified | Privileged | of PROGRAMS.md §1
    QTest::newRow("Authorized") << "authorized" << qint64(-1) << 0 << 0 << "ever" << "-" << "period"
                                << "monthly/when_sales" << false << "ever/when_website";
    QTest::newRow("Certified") << "certified" << qint64(500000) << 1 << 0 << "ever" << "-" << "period"
                               << "monthly/when_sales" << false << "ever";
    QTest::newRow("Privileged") << "privileged" << qint64(1000000) << 1 << 1 << "ever" << "quarterly" << "period"
                                << "monthly" << true << "ever";
}

void TestPresets::resellerRequirements()
{
    QFETCH(QString, tier);
    QFETCH(qint64, minSalesRub);
    QFETCH(int, technical);
    QFETCH(int, salesSpecialists);
    QFETCH(QString, contract);
    QFETCH(QString, jointPromotion);
    QFETCH(QString, reviews);
    QFETCH(QString, monthlyReports);
    QFETCH(bool, renewals);
    QFETCH(QString, vendorInfo);
    const Tier *t = preset(QStringLiteral("reseller-status")).tier(tier);
    QVERIFY(t);
    const Requirement *sales = findRequirement(*t, Metric::Sales);
    if (minSalesRub < 0) {
        QVERIFY(!sales);
    } else {
        QVERIFY(sales);
        QCOMPARE(sales->money, (Money { minSalesRub * 100, QStringLiteral("RUB") }));
        QCOMPARE(sales->comparison, Comparison::AtLeast);
        QCOMPARE(sales->periodMonths, 12); // "per year"
    }
    const Requirement *tech = findRequirement(*t, Metric::CertifiedTechnical);
    QCOMPARE(tech ? int(tech->count) : 0, technical);
    const Requirement *salesSpec = findRequirement(*t, Metric::CertifiedSales);
    QCOMPARE(salesSpec ? int(salesSpec->count) : 0, salesSpecialists);
    QCOMPARE(eventRule(*t, EventKind::ContractSigned), contract);
    QCOMPARE(eventRule(*t, EventKind::JointPromotion), jointPromotion);
    QCOMPARE(eventRule(*t, EventKind::ReviewSubmitted), reviews);
    QCOMPARE(eventRule(*t, EventKind::MonthlyReport), monthlyReports);
    QCOMPARE(eventRule(*t, EventKind::VendorInfoPublished), vendorInfo);
    const Requirement *renewal = findRequirement(*t, Metric::RenewalDeals);
    QCOMPARE(renewal != nullptr, renewals);
    if (renewal)
        QCOMPARE(renewal->count, qint64(1));
}

void TestPresets::resellerRewards_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("percent");
    const char *tiers[] = { "authorized", "certified", "privileged" };
    const struct {
        const char *line;
        int rates[3];
    } table[] = { { "ti", { 25, 30, 35 } }, { "ting", { 15, 20, 25 } }, { "depo_ti", { 15, 20, 25 } },
                  { "renewal", { 25, 30, 35 } } };
    for (const auto &row : table) {
        for (int i = 0; i < 3; ++i)
            QTest::addRow("%s %s", row.line, tiers[i]) << tiers[i] << row.line << row.rates[i];
    }
}

void TestPresets::resellerRewards()
{
    QFETCH(QString, tier);
    QFETCH(QString, line);
    QFETCH(int, percent);
    const Tier *t = preset(QStringLiteral("reseller-status")).tier(tier);
    QVERIFY(t && t->rates.contains(line));
    const RateRule r = t->rates.value(line);
    QCOMPARE(r.kind, RateKind::Reward);
    QVERIFY(!r.isRange());
    QCOMPARE(r.min, Rate::percent(percent));
}

void TestPresets::benefits_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("benefit");
    QTest::addColumn<QStringList>("values"); // one per tier, lowest first; "-" = not offered
    const QString r = QStringLiteral("reseller-status");
    const QString y = QStringLiteral("yes"), n = QStringLiteral("-");
    QTest::newRow("§1 support, price lists, deal registration") << r << "sales_support" << QStringList { y, y, y };
    QTest::newRow("§1 keys before payment") << r << "keys_in_advance" << QStringList { n, n, y };
    QTest::newRow("§1 training, launch kit, portal") << r << "sales_training" << QStringList { y, y, y };
    QTest::newRow("§1 partner manager (sales)") << r << "partner_manager_sales" << QStringList { n, n, y };
    QTest::newRow("§1 30-day deferral") << r << "payment_deferral" << QStringList { n, n, "30" };
    QTest::newRow("§1 vendor leads") << r << "vendor_leads" << QStringList { n, y, y };
    QTest::newRow("§1 partner-finder leads") << r << "finder_leads" << QStringList { y, y, y };
    QTest::newRow("§1 internal use discount 50%") << r << "internal_use_discount" << QStringList { "50", "50", "50" };
    QTest::newRow("§1 internal use users") << r << "internal_use_users" << QStringList { "30", "50", "100" };
    QTest::newRow("§1 SPIF") << r << "spif" << QStringList { n, n, y };
    QTest::newRow("§1 5% quarterly rebate") << r << "quarterly_rebate" << QStringList { n, n, "5" };
    QTest::newRow("§1 co-branded marketing") << r << "co_branded_marketing" << QStringList { n, n, y };
    QTest::newRow("§1 complex set-ups") << r << "complex_setup_help" << QStringList { n, n, y };
    QTest::newRow("§1 partner support") << r << "partner_support" << QStringList { y, y, y };
    QTest::newRow("§1 marketing materials") << r << "marketing_materials" << QStringList { y, y, y };
    QTest::newRow("§1 NFR licences") << r << "nfr_licences" << QStringList { "on request", "1", "2" };
    QTest::newRow("§1 NFR valid 1 year") << r << "nfr_valid_months" << QStringList { n, "12", "12" };
    QTest::newRow("§1 NFR add-ons 30 days") << r << "nfr_addon_days" << QStringList { n, "30", "30" };
    QTest::newRow("§1 technical training") << r << "technical_training" << QStringList { y, y, y };
    QTest::newRow("§1 webinars") << r << "webinars"
                                 << QStringList { "on the site", "on the site", "on the site and on request" };
    const QString c = QStringLiteral("activation-credits");
    QTest::newRow("§2 core bundles") << c << "core_bundles" << QStringList { y, y, y, y };
    QTest::newRow("§2 partner pricing") << c << "partner_pricing" << QStringList { y, y, y, y };
    QTest::newRow("§2 priority support") << c << "priority_support" << QStringList { n, y, y, y };
    QTest::newRow("§2 lead sharing") << c << "lead_sharing" << QStringList { n, y, y, y };
    QTest::newRow("§2 early access") << c << "early_access" << QStringList { n, y, y, y };
    QTest::newRow("§2 territory") << c << "territory_opportunities" << QStringList { n, n, "regional", "country-level" };
    QTest::newRow("§2 dedicated account") << c << "dedicated_account" << QStringList { n, n, y, y };
    QTest::newRow("§2 joint roadmap") << c << "joint_roadmap" << QStringList { n, n, n, y };
    QTest::newRow("§2 executive reviews") << c << "executive_reviews" << QStringList { n, n, y, y };
    QTest::newRow("§2 custom SLA") << c << "custom_sla" << QStringList { n, n, n, y };
    QTest::newRow("§2 application model")
        << c << "application_model" << QStringList { "self-service", "self-service", "self-service", "invitation only" };
    const QString m = QStringLiteral("marketplace-developer");
    QTest::newRow("§4 70% template share") << m << "marketplace_share" << QStringList { "70", "70", "70" };
    QTest::newRow("§4 national portals") << m << "national_portals" << QStringList { n, y, y };
    QTest::newRow("§4 20% recurring") << m << "recurring_share" << QStringList { n, "20", "custom terms" };
    QTest::newRow("§4 exclusive country rights") << m << "exclusive_country_rights" << QStringList { n, n, y };
    QTest::newRow("§4 co-branding") << m << "co_branding" << QStringList { n, n, y };
}

void TestPresets::benefits()
{
    QFETCH(QString, program);
    QFETCH(QString, benefit);
    QFETCH(QStringList, values);
    const Program &p = preset(program);
    QCOMPARE(p.tiers.size(), values.size());
    QStringList got;
    for (const Tier &t : p.tiers)
        got << benefitText(p.benefit(benefit, t.key));
    QCOMPARE(got, values);
}

void TestPresets::creditDiscounts_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::newRow("Authorized 10–15%") << "authorized" << 10 << 15;
    QTest::newRow("Specialist 20–25%") << "specialist" << 20 << 25;
    QTest::newRow("Regional 30–35%") << "regional" << 30 << 35;
    QTest::newRow("Strategic 40–45%") << "strategic" << 40 << 45;
}

void TestPresets::creditDiscounts()
{
    QFETCH(QString, tier);
    QFETCH(int, min);
    QFETCH(int, max);
    const Program &p = preset(QStringLiteral("activation-credits"));
    const RateRule r = p.tier(tier)->rates.value(QStringLiteral("credits"));
    QCOMPARE(r.kind, RateKind::Discount);
    QCOMPARE(r.min, Rate::percent(min));
    QCOMPARE(r.max, Rate::percent(max));
}

void TestPresets::creditRules()
{
    const Program &p = preset(QStringLiteral("activation-credits"));
    QVERIFY(p.usesCredits);
    QCOMPARE(p.tiers.first().key, QStringLiteral("authorized")); // every partner starts at Authorized
    QCOMPARE(p.tier(QStringLiteral("strategic"))->admission, Admission::Invitation);
    QStringList regions;
    for (const Brand &b : p.brands)
        regions << b.regions.join(u'/');
    QCOMPARE(regions, (QStringList { "Latin America", "USA/Canada", "EU/Spain" }));
}

void TestPresets::revenueBands_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<qint64>("thresholdUsd"); // -1 none
    QTest::addColumn<bool>("strict");
    QTest::newRow("Standard < 25K") << "standard" << qint64(-1) << false;
    QTest::newRow("Preferred 25K–100K") << "preferred" << qint64(25000) << false;
    QTest::newRow("Strategic > 100K") << "strategic" << qint64(100000) << true;
}

void TestPresets::revenueBands()
{
    QFETCH(QString, tier);
    QFETCH(qint64, thresholdUsd);
    QFETCH(bool, strict);
    const Tier *t = preset(QStringLiteral("revenue-band")).tier(tier);
    const Requirement *r = findRequirement(*t, Metric::Sales);
    if (thresholdUsd < 0) {
        QVERIFY(!r);
        return;
    }
    QVERIFY(r);
    QCOMPARE(r->money, (Money { thresholdUsd * 100, QStringLiteral("USD") }));
    QCOMPARE(r->comparison, strict ? Comparison::MoreThan : Comparison::AtLeast);
}

void TestPresets::revenueTargets_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<qint64>("revenueUsd");
    QTest::addColumn<int>("growth");
    QTest::addColumn<int>("satisfaction");
    QTest::addColumn<int>("retention");
    QTest::addColumn<int>("advocacy");
    QTest::newRow("Standard") << "standard" << qint64(25000) << 20 << 80 << 85 << 60;
    QTest::newRow("Preferred") << "preferred" << qint64(100000) << 30 << 85 << 90 << 70;
    QTest::newRow("Strategic") << "strategic" << qint64(500000) << 50 << 90 << 95 << 80;
}

void TestPresets::revenueTargets()
{
    QFETCH(QString, tier);
    QFETCH(qint64, revenueUsd);
    QFETCH(int, growth);
    QFETCH(int, satisfaction);
    QFETCH(int, retention);
    QFETCH(int, advocacy);
    const Tier *t = preset(QStringLiteral("revenue-band")).tier(tier);
    QHash<Metric, const Requirement *> targets;
    for (const Requirement &r : t->targets)
        targets.insert(r.metric, &r);
    QCOMPARE(targets.size(), 5);
    QCOMPARE(targets.value(Metric::Sales)->money, (Money { revenueUsd * 100, QStringLiteral("USD") }));
    QCOMPARE(targets.value(Metric::Growth)->percent, Rate::percent(growth));
    QCOMPARE(targets.value(Metric::Satisfaction)->percent, Rate::percent(satisfaction));
    QCOMPARE(targets.value(Metric::Retention)->percent, Rate::percent(retention));
    QCOMPARE(targets.value(Metric::Advocacy)->percent, Rate::percent(advocacy));
}

void TestPresets::certificationLevels_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("months");
    QTest::newRow("Certified") << 0 << "Certified" << 6;
    QTest::newRow("Advanced") << 1 << "Advanced" << 12;
    QTest::newRow("Elite") << 2 << "Elite" << 24;
}

void TestPresets::certificationLevels()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(int, months);
    const Program &p = preset(QStringLiteral("revenue-band"));
    QCOMPARE(p.certificationLevels.size(), 3);
    QCOMPARE(p.certificationLevels.at(index).name, name);
    QCOMPARE(p.certificationLevels.at(index).monthsInPartnership, months);
}

void TestPresets::marketplace_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("reward"); // -1: no rate, a note (custom terms); -2: commission, negotiated
    QTest::newRow("developer templates 70%") << "certified_developer" << "templates" << 70;
    QTest::newRow("developer no implementation") << "certified_developer" << "implementation" << 0;
    QTest::newRow("implementation subscriptions 20%") << "implementation_partner" << "subscriptions" << 20;
    QTest::newRow("implementation recurring 20%") << "implementation_partner" << "renewal" << 20;
    // PROGRAMS.md names a commission per partner-led deployment without an amount: negotiated.
    QTest::newRow("implementation services commission") << "implementation_partner" << "implementation" << -2;
    QTest::newRow("regional services commission") << "regional_partner" << "implementation" << -2;
    QTest::newRow("regional custom terms") << "regional_partner" << "subscriptions" << -1;
}

void TestPresets::marketplace()
{
    QFETCH(QString, tier);
    QFETCH(QString, line);
    QFETCH(int, reward);
    const Tier *t = preset(QStringLiteral("marketplace-developer")).tier(tier);
    QVERIFY(t);
    QCOMPARE(t->rates.contains(line), reward != 0);
    const RateRule r = t->rates.value(line);
    if (reward == -2) {
        QCOMPARE(r.kind, RateKind::Commission);
        QCOMPARE(r.perUnit, (Money { 0, QStringLiteral("USD") }));
        QVERIFY(!r.note.isEmpty());
    } else if (reward == -1) {
        QCOMPARE(r.kind, RateKind::None);
        QVERIFY(!r.note.isEmpty());
    } else if (reward > 0) {
        QCOMPARE(r.kind, RateKind::Reward);
        QCOMPARE(r.min, Rate::percent(reward));
    }
}

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
