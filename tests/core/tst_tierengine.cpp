// The tier engine on hand-made facts: every requirement kind, thresholds exactly at the
// boundary, admission rules and currencies.
#include "facts.h"
#include "program.h"
#include "requirementtext.h"
#include "tierengine.h"
#include "translations.h"

#include <QTest>

using namespace pd;

namespace {

const QDate kAsOf(2026, 9, 30);

// The checks carry values only; their sentences are rendered in English here.
TextContext english()
{
    return TextContext::forLocale(QLocale(QLocale::English, QLocale::UnitedStates));
}

Program program(const char *json)
{
    auto p = programFromJson(QByteArray(json));
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    return *p;
}

// Two tiers: "base" (no requirements) and "top" with the requirement given.
Program withRequirement(const QString &requirementJson, const char *topAdmission = "automatic")
{
    const QString json = QStringLiteral(R"({"format":1,"key":"t","name":"T","currency":"RUB",
        "productLines":[{"key":"ti","name":"TI"},{"key":"hw","name":"HW"}],
        "tiers":[{"key":"base","name":"Base","requirements":[]},
                 {"key":"top","name":"Top","admission":"%2","requirements":[%1]}]})")
                             .arg(requirementJson, QLatin1StringView(topAdmission));
    return program(json.toUtf8().constData());
}

Partner partner(const QString &tier = QStringLiteral("base"))
{
    Partner p;
    p.id = 1;
    p.code = QStringLiteral("P-1");
    p.name = QStringLiteral("Test");
    p.programKey = QStringLiteral("t");
    p.tierKey = tier;
    p.joinedOn = QDate(2020, 1, 15);
    p.website = QStringLiteral("https://example.com");
    return p;
}

PartnerFacts salesFacts(qint64 rubMinor, qint64 usdMinor = 0)
{
    PartnerFacts f;
    if (rubMinor)
        f.windows[12].sales << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("ti"), false, rubMinor, 3 };
    if (usdMinor)
        f.windows[12].sales << SalesAggregate { QStringLiteral("USD"), QStringLiteral("hw"), false, usdMinor, 1 };
    return f;
}

ExchangeRates usdRub()
{
    return ExchangeRates({ FxRate { QDate(2026, 9, 1), QStringLiteral("USD"), QStringLiteral("RUB"), 90000000 } });
}

} // namespace

class TestTierEngine final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void salesThreshold_data();
    void salesThreshold();
    void gapIsWorded();
    void convertsCurrencies();
    void missingRateIsAnError();
    void productLineFilter();
    void counts_data();
    void counts();
    void percentages_data();
    void percentages();
    void monthsInProgram_data();
    void monthsInProgram();
    void events_data();
    void events();
    void admission_data();
    void admission();
    void demotionIsProposed();
    void nextTierGapsListOnlyUnmet();
    void resellerPresetEndToEnd();
};

void TestTierEngine::salesThreshold_data()
{
    QTest::addColumn<QString>("comparison");
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<bool>("met");
    QTest::addColumn<qint64>("gap");
    const qint64 t = 50000000; // 500,000.00 RUB
    QTest::newRow("at least: exactly at the threshold") << "atLeast" << t << true << qint64(0);
    QTest::newRow("at least: one kopeck below") << "atLeast" << t - 1 << false << qint64(1);
    QTest::newRow("at least: above") << "atLeast" << t + 1 << true << qint64(0);
    QTest::newRow("at least: nothing") << "atLeast" << qint64(0) << false << t;
    QTest::newRow("more than: exactly at the threshold") << "moreThan" << t << false << qint64(1);
    QTest::newRow("more than: one kopeck above") << "moreThan" << t + 1 << true << qint64(0);
}

void TestTierEngine::salesThreshold()
{
    QFETCH(QString, comparison);
    QFETCH(qint64, actual);
    QFETCH(bool, met);
    QFETCH(qint64, gap);
    const Program p = withRequirement(
        QStringLiteral(R"({"metric":"sales","%1":{"amount":"500000.00","currency":"RUB"}})").arg(comparison));
    const Evaluation e = evaluatePartner(partner(), p, salesFacts(actual), {}, kAsOf);
    QVERIFY(!e.error);
    QCOMPARE(e.tiers.at(1).qualifies, met);
    QCOMPARE(e.tiers.at(1).requirements.at(0).actual, actual);
    QCOMPARE(e.tiers.at(1).requirements.at(0).gap, gap);
    QCOMPARE(e.proposedTier, met ? QStringLiteral("top") : QStringLiteral("base"));
    QCOMPARE(e.move, met ? TierMove::Upgrade : TierMove::None);
    QCOMPARE(e.trailingRevenue, (Money { actual, QStringLiteral("RUB") }));
}

void TestTierEngine::gapIsWorded()
{
    const Program p = withRequirement(QStringLiteral(R"({"metric":"sales","atLeast":{"amount":"500000.00","currency":"RUB"}},
        {"metric":"certified_technical","atLeast":1})"));
    const Evaluation e = evaluatePartner(partner(), p, salesFacts(38000000), {}, kAsOf);
    QCOMPARE(e.nextTier, QStringLiteral("top"));
    QCOMPARE(e.gaps.size(), 2);
    QCOMPARE(e.gaps.at(0).gap, 12000000);
    QCOMPARE(e.gaps.at(1).gap, 1);
    QCOMPARE(gapText(e.gaps.at(0), english()), QStringLiteral("needs RUB\u00A0120,000.00 more sales in the trailing 12 months"));
    QCOMPARE(gapText(e.gaps.at(1), english()), QStringLiteral("needs 1 more certified technical specialist"));
}

void TestTierEngine::convertsCurrencies()
{
    const Program p = withRequirement(QStringLiteral(R"({"metric":"sales","atLeast":{"amount":"500000.00","currency":"RUB"}})"));
    // 410,000 RUB + 1,000 USD at 90 = 500,000 RUB: exactly at the threshold
    const Evaluation e = evaluatePartner(partner(), p, salesFacts(41000000, 100000), usdRub(), kAsOf);
    QVERIFY(!e.error);
    QCOMPARE(e.tiers.at(1).requirements.at(0).actual, qint64(50000000));
    QVERIFY(e.tiers.at(1).qualifies);
}

void TestTierEngine::missingRateIsAnError()
{
    const Program p = withRequirement(QStringLiteral(R"({"metric":"sales","atLeast":{"amount":"1.00","currency":"RUB"}})"));
    const Evaluation e = evaluatePartner(partner(), p, salesFacts(100, 100), {}, kAsOf);
    QVERIFY(e.error.has_value());
    QCOMPARE(e.error->code, Error::Code::MissingRate);
    QVERIFY(e.error->message.contains(QStringLiteral("USD")));
    QVERIFY(e.error->message.contains(QStringLiteral("RUB")));
    QVERIFY(e.error->message.contains(QStringLiteral("2026-09-30")));
}

void TestTierEngine::productLineFilter()
{
    const Program p = withRequirement(
        QStringLiteral(R"({"metric":"sales","atLeast":{"amount":"100.00","currency":"RUB"},"productLines":["hw"]})"));
    PartnerFacts f = salesFacts(1000000); // all on "ti"
    QVERIFY(!evaluatePartner(partner(), p, f, {}, kAsOf).tiers.at(1).qualifies);
    f.windows[12].sales << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("hw"), false, 10000, 1 };
    QVERIFY(evaluatePartner(partner(), p, f, {}, kAsOf).tiers.at(1).qualifies);
}

void TestTierEngine::counts_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("have");
    QTest::addColumn<int>("need");
    QTest::addColumn<bool>("met");
    QTest::newRow("technical met") << "certified_technical" << 1 << 1 << true;
    QTest::newRow("technical missing") << "certified_technical" << 0 << 1 << false;
    QTest::newRow("sales specialists") << "certified_sales" << 1 << 2 << false;
    QTest::newRow("active customers at threshold") << "active_customers" << 10 << 10 << true;
    QTest::newRow("active customers below") << "active_customers" << 9 << 10 << false;
    QTest::newRow("renewal deals") << "renewal_deals" << 0 << 1 << false;
    QTest::newRow("renewal deals met") << "renewal_deals" << 2 << 1 << true;
}

void TestTierEngine::counts()
{
    QFETCH(QString, metric);
    QFETCH(int, have);
    QFETCH(int, need);
    QFETCH(bool, met);
    const Program p = withRequirement(QStringLiteral(R"({"metric":"%1","atLeast":%2})").arg(metric).arg(need));
    PartnerFacts f;
    f.certifiedTechnical = metric == QLatin1StringView("certified_technical") ? have : 0;
    f.certifiedSales = metric == QLatin1StringView("certified_sales") ? have : 0;
    f.windows[12].activeCustomers = metric == QLatin1StringView("active_customers") ? have : 0;
    if (metric == QLatin1StringView("renewal_deals") && have > 0)
        f.windows[12].sales << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("ti"), true, 100, have }
                            << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("ti"), false, 100, 50 };
    const RequirementCheck c = evaluatePartner(partner(), p, f, {}, kAsOf).tiers.at(1).requirements.at(0);
    QCOMPARE(c.met, met);
    QCOMPARE(c.actual, qint64(have));
    QCOMPARE(c.gap, met ? 0 : qint64(need - have));
    QCOMPARE(gapText(c, english()).isEmpty(), met);
}

void TestTierEngine::percentages_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("need");
    QTest::addColumn<qint64>("expectBp"); // -1 unknown
    QTest::addColumn<bool>("met");
    // growth: 120 now vs 100 before = 20 %
    QTest::newRow("growth exactly 20 %") << "growth" << "20" << qint64(2000) << true;
    QTest::newRow("growth needs 30 %") << "growth" << "30" << qint64(2000) << false;
    // retention: 17 of 20 previous customers = 85 %
    QTest::newRow("retention exactly 85 %") << "retention" << "85" << qint64(8500) << true;
    QTest::newRow("retention needs 90 %") << "retention" << "90" << qint64(8500) << false;
    QTest::newRow("satisfaction recorded 80 %") << "satisfaction" << "80" << qint64(8000) << true;
    QTest::newRow("nps not recorded in the period") << "nps" << "50" << qint64(-1) << false;
    QTest::newRow("advocacy recorded 59.99 %") << "advocacy" << "60" << qint64(5999) << false;
}

void TestTierEngine::percentages()
{
    QFETCH(QString, metric);
    QFETCH(QString, need);
    QFETCH(qint64, expectBp);
    QFETCH(bool, met);
    const Program p = withRequirement(QStringLiteral(R"({"metric":"%1","atLeast":"%2"})").arg(metric, need));
    PartnerFacts f;
    WindowFacts &w = f.windows[12];
    w.sales << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("ti"), false, 12000, 2 };
    w.previousSales << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("ti"), false, 10000, 2 };
    w.previousCustomers = 20;
    w.retainedCustomers = 17;
    f.latestScores.insert(Metric::Satisfaction, { QDate(2026, 6, 1), Rate { 8000 } });
    f.latestScores.insert(Metric::Nps, { QDate(2025, 6, 1), Rate { 9000 } }); // older than 12 months
    f.latestScores.insert(Metric::Advocacy, { QDate(2026, 9, 30), Rate { 5999 } });
    const RequirementCheck c = evaluatePartner(partner(), p, f, {}, kAsOf).tiers.at(1).requirements.at(0);
    QCOMPARE(c.met, met);
    QCOMPARE(c.unknown, expectBp < 0);
    if (expectBp >= 0)
        QCOMPARE(c.actual, expectBp);
    QCOMPARE(gapText(c, english()).isEmpty(), met);
}

void TestTierEngine::monthsInProgram_data()
{
    QTest::addColumn<QDate>("joined");
    QTest::addColumn<int>("need");
    QTest::addColumn<qint64>("months");
    QTest::newRow("exactly 6 months") << QDate(2026, 3, 30) << 6 << qint64(6);
    QTest::newRow("one day short of 6") << QDate(2026, 3, 31) << 6 << qint64(5); // 30 Sep < 31 Mar + 6 months
    QTest::newRow("24 months") << QDate(2024, 9, 1) << 24 << qint64(24);
    QTest::newRow("joined after the as-of date") << QDate(2026, 10, 1) << 1 << qint64(0);
}

void TestTierEngine::monthsInProgram()
{
    QFETCH(QDate, joined);
    QFETCH(int, need);
    QFETCH(qint64, months);
    const Program p = withRequirement(QStringLiteral(R"({"metric":"months_in_program","atLeast":%1})").arg(need));
    Partner pa = partner();
    pa.joinedOn = joined;
    const RequirementCheck c = evaluatePartner(pa, p, {}, {}, kAsOf).tiers.at(1).requirements.at(0);
    QCOMPARE(c.actual, months);
    QCOMPARE(c.met, months >= need);
}

void TestTierEngine::events_data()
{
    QTest::addColumn<QString>("requirement");
    QTest::addColumn<QList<int>>("eventMonths");   // months (1..12 of 2026, 0 = Oct 2025...) with events
    QTest::addColumn<QList<int>>("salesMonths");
    QTest::addColumn<bool>("hasWebsite");
    QTest::addColumn<bool>("met");
    QTest::addColumn<qint64>("gap");
    const QString monthly = QStringLiteral(R"({"metric":"event","event":"monthly_report","cadence":"monthly"})");
    const QString monthlyWhenSales =
        QStringLiteral(R"({"metric":"event","event":"monthly_report","cadence":"monthly","when":"when_sales"})");
    const QString quarterly = QStringLiteral(R"({"metric":"event","event":"joint_promotion","cadence":"quarterly"})");
    const QString website =
        QStringLiteral(R"({"metric":"event","event":"vendor_info_published","cadence":"ever","when":"when_website"})");
    const QString contract = QStringLiteral(R"({"metric":"event","event":"contract_signed","cadence":"ever"})");
    const QString review = QStringLiteral(R"({"metric":"event","event":"review_submitted","cadence":"period"})");
    QList<int> all;
    for (int m = -2; m <= 9; ++m)
        all << m; // Oct 2025 .. Sep 2026
    QList<int> allButTwo = all;
    allButTwo.removeAll(3);
    allButTwo.removeAll(5);
    QTest::newRow("monthly: every month") << monthly << all << QList<int> {} << true << true << qint64(0);
    QTest::newRow("monthly: two missing") << monthly << allButTwo << QList<int> {} << true << false << qint64(2);
    QTest::newRow("monthly when sales: missing months had no sales")
        << monthlyWhenSales << allButTwo << QList<int> { 1, 2, 4, 6 } << true << true << qint64(0);
    QTest::newRow("monthly when sales: a month with sales missing")
        << monthlyWhenSales << allButTwo << QList<int> { 3, 4 } << true << false << qint64(1);
    QTest::newRow("quarterly: one per quarter") << quarterly << QList<int> { -1, 2, 4, 9 } << QList<int> {} << true
                                                << true << qint64(0);
    QTest::newRow("quarterly: Q2 missing") << quarterly << QList<int> { -1, 2, 9 } << QList<int> {} << true << false
                                           << qint64(1);
    QTest::newRow("vendor info: no web site, not applicable") << website << QList<int> {} << QList<int> {} << false
                                                              << true << qint64(0);
    QTest::newRow("vendor info: has a site, missing") << website << QList<int> {} << QList<int> {} << true << false
                                                      << qint64(1);
    QTest::newRow("contract signed long ago") << contract << QList<int> { -30 } << QList<int> {} << true << true
                                              << qint64(0);
    QTest::newRow("contract missing") << contract << QList<int> {} << QList<int> {} << true << false << qint64(1);
    QTest::newRow("review within 12 months") << review << QList<int> { 1 } << QList<int> {} << true << true << qint64(0);
    QTest::newRow("review too old") << review << QList<int> { -4 } << QList<int> {} << true << false << qint64(1);
}

void TestTierEngine::events()
{
    QFETCH(QString, requirement);
    QFETCH(QList<int>, eventMonths);
    QFETCH(QList<int>, salesMonths);
    QFETCH(bool, hasWebsite);
    QFETCH(bool, met);
    QFETCH(qint64, gap);
    const Program p = withRequirement(requirement);
    const Requirement &r = p.tiers.at(1).requirements.at(0);
    PartnerFacts f;
    auto toMonth = [](int m) { return 2026 * 12 + m - 1; };
    for (const int m : eventMonths) {
        f.eventMonths[r.event].insert(toMonth(m));
        const QDate d(2026 + (m - 1 < 0 ? (m - 12) / 12 : (m - 1) / 12), ((m - 1) % 12 + 12) % 12 + 1, 15);
        if (!f.firstEvent.contains(r.event) || d < f.firstEvent.value(r.event))
            f.firstEvent.insert(r.event, d);
        if (!f.lastEvent.contains(r.event) || d > f.lastEvent.value(r.event))
            f.lastEvent.insert(r.event, d);
    }
    for (const int m : salesMonths)
        f.salesMonths.insert(toMonth(m));
    Partner pa = partner();
    if (!hasWebsite)
        pa.website.clear();
    const RequirementCheck c = evaluatePartner(pa, p, f, {}, kAsOf).tiers.at(1).requirements.at(0);
    QVERIFY2(c.met == met, qPrintable(gapText(c, english()) + u'|' + actualText(c, english())));
    QCOMPARE(c.gap, gap);
}

void TestTierEngine::admission_data()
{
    QTest::addColumn<QString>("admission");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<QString>("note");
    QTest::newRow("automatic is proposed") << "automatic" << "base" << "top" << "";
    QTest::newRow("invitation is never proposed") << "invitation" << "base" << "base" << "invitation";
    QTest::newRow("review is never proposed") << "review" << "base" << "base" << "review";
    QTest::newRow("invitation tier held is kept") << "invitation" << "top" << "top" << "";
}

void TestTierEngine::admission()
{
    QFETCH(QString, admission);
    QFETCH(QString, current);
    QFETCH(QString, proposed);
    QFETCH(QString, note);
    const Program p = withRequirement(QStringLiteral(R"({"metric":"certified_technical","atLeast":0})"),
                                      admission.toUtf8().constData());
    const Evaluation e = evaluatePartner(partner(current), p, {}, {}, kAsOf);
    QVERIFY(e.tiers.at(1).qualifies);
    QCOMPARE(e.proposedTier, proposed);
    QCOMPARE(e.move, current == proposed ? TierMove::None : TierMove::Upgrade);
    QCOMPARE(admissionKey(e.nextTierAdmission), note.isEmpty() ? QStringLiteral("automatic") : note);
    QCOMPARE(nextTierNote(e, english()).contains(note), true);
    QCOMPARE(nextTierNote(e, english()).isEmpty(), note.isEmpty());
}

void TestTierEngine::demotionIsProposed()
{
    const Program p = withRequirement(QStringLiteral(R"({"metric":"certified_technical","atLeast":1})"));
    const Evaluation e = evaluatePartner(partner(QStringLiteral("top")), p, {}, {}, kAsOf);
    QCOMPARE(e.proposedTier, QStringLiteral("base"));
    QCOMPARE(e.move, TierMove::Demotion);
}

void TestTierEngine::nextTierGapsListOnlyUnmet()
{
    const Program p = withRequirement(QStringLiteral(R"({"metric":"certified_technical","atLeast":1},
        {"metric":"certified_sales","atLeast":1})"));
    PartnerFacts f;
    f.certifiedTechnical = 1;
    const Evaluation e = evaluatePartner(partner(), p, f, {}, kAsOf);
    QCOMPARE(e.gaps.size(), 1);
    QCOMPARE(e.gaps.first().requirement.metric, Metric::CertifiedSales);
}

void TestTierEngine::resellerPresetEndToEnd()
{
    // A reseller with 1,000,000 RUB, staff, renewals and all paperwork qualifies for Privileged;
    // without the sales specialist it stops at Certified with exactly that gap.
    Program reseller;
    for (const Program &p : builtinPrograms()) {
        if (p.key == QLatin1StringView("reseller-status"))
            reseller = p;
    }
    Partner pa = partner(QStringLiteral("authorized"));
    pa.programKey = reseller.key;
    PartnerFacts f;
    f.windows[12].sales << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("ti"), false, 90000000, 9 }
                        << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("ti"), true, 10000000, 1 };
    f.certifiedTechnical = 1;
    f.certifiedSales = 1;
    for (const EventKind k : { EventKind::ContractSigned, EventKind::ReviewSubmitted, EventKind::VendorInfoPublished,
                               EventKind::JointPromotion, EventKind::MonthlyReport }) {
        f.firstEvent.insert(k, QDate(2021, 1, 10));
        f.lastEvent.insert(k, QDate(2026, 9, 10));
        for (int m = monthNumber(QDate(2025, 9, 1)); m <= monthNumber(kAsOf); ++m)
            f.eventMonths[k].insert(m);
    }
    Evaluation e = evaluatePartner(pa, reseller, f, {}, kAsOf);
    QVERIFY(!e.error);
    QCOMPARE(e.proposedTier, QStringLiteral("privileged"));
    QCOMPARE(e.move, TierMove::Upgrade);
    QVERIFY(e.nextTier.isEmpty());
    f.certifiedSales = 0;
    e = evaluatePartner(pa, reseller, f, {}, kAsOf);
    QCOMPARE(e.proposedTier, QStringLiteral("certified"));
    QCOMPARE(e.gaps.size(), 1);
    QCOMPARE(e.gaps.first().requirement.metric, Metric::CertifiedSales);
}

QTEST_GUILESS_MAIN(TestTierEngine)
#include "tst_tierengine.moc"
