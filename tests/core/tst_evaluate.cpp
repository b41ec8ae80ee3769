// The tier engine against a real database: the facts queries' windows and counts.
#include "storage/database.h"
#include "storage/factsquery.h"
#include "storage/sql.h"
#include "storage/store.h"
#include "tierengine.h"
#include "translations.h"

#include <QTest>

using namespace pd;

namespace {
const QDate kAsOf(2026, 9, 30);

// One line of a returns scenario: `returns` is the index of the line it returns (-1: a sale).
struct Line {
    QDate on;
    qint64 unit = 10000;
    int quantity = 1;
    int returns = -1;
    bool voided = false;
};
using Lines = QList<Line>;

const QString kVoided = QStringLiteral("voided_at = '2026-12-01T10:00:00.000Z', voided_by = 'test', void_reason = 'typo'");

bool voidRow(const Database &db, const char *table, qint64 id)
{
    return sql::exec(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(QLatin1StringView(table), kVoided), { id })
        .has_value();
}
} // namespace

Q_DECLARE_METATYPE(Lines)

class TestEvaluate final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void salesWindowBoundaries();
    void certificationsOnTheAsOfDate();
    void retentionAndActiveCustomers();
    void monthlyReportsFromEvents();
    void missingRateOnlyFailsThatPartner();
    void applyWritesHistory();
    void returnsAndVoidsInTheWindow_data();
    void returnsAndVoidsInTheWindow();
    void voidedRecordsLeaveTheRequirements();

private:
    qint64 addPartner(const QString &code, const QString &program = QStringLiteral("reseller-status"),
                      const QString &tier = QStringLiteral("authorized"));
    qint64 addCustomer(qint64 partner, const QString &code);
    void addSale(qint64 partner, qint64 customer, const QDate &on, qint64 minor, const QString &currency = QStringLiteral("RUB"),
                 bool renewal = false);
    Evaluation evaluate(qint64 id);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

void TestEvaluate::init()
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    m_db = std::move(*db);
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY(m_store->installBuiltinPrograms().has_value());
}

void TestEvaluate::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 TestEvaluate::addPartner(const QString &code, const QString &program, const QString &tier)
{
    Partner p;
    p.code = code;
    p.name = code;
    p.country = QStringLiteral("RU");
    p.programKey = program;
    p.tierKey = tier;
    p.tierSince = QDate(2024, 1, 1);
    p.joinedOn = QDate(2023, 1, 1);
    return *m_store->insertPartner(p);
}

qint64 TestEvaluate::addCustomer(qint64 partner, const QString &code)
{
    Customer c;
    c.partnerId = partner;
    c.code = code;
    c.name = code;
    return *m_store->insertCustomer(c);
}

void TestEvaluate::addSale(qint64 partner, qint64 customer, const QDate &on, qint64 minor, const QString &currency, bool renewal)
{
    Sale s;
    s.partnerId = partner;
    s.customerId = customer;
    s.soldOn = on;
    s.productLine = QStringLiteral("ti");
    s.unitPrice = Money { minor, currency };
    s.renewal = renewal;
    QVERIFY(m_store->insertSale(s).has_value());
}

Evaluation TestEvaluate::evaluate(qint64 id)
{
    TierEngine engine(*m_store);
    const auto e = engine.evaluate(id, kAsOf);
    if (!e)
        qFatal("%s", qPrintable(e.error().message));
    return *e;
}

void TestEvaluate::salesWindowBoundaries()
{
    const qint64 p = addPartner(QStringLiteral("P-1"));
    const qint64 c = addCustomer(p, QStringLiteral("C-1"));
    addSale(p, c, QDate(2025, 9, 30), 100000000); // exactly 12 months before: outside (after, until]
    addSale(p, c, QDate(2025, 10, 1), 20000000);  // first day inside
    addSale(p, c, kAsOf, 30000000);               // the as-of day: inside
    addSale(p, c, QDate(2026, 10, 1), 40000000);  // after: outside
    const Evaluation e = evaluate(p);
    QCOMPARE(e.trailingRevenue, (Money { 50000000, QStringLiteral("RUB") }));
    // 500,000 RUB exactly: Certified's sales requirement is met (other requirements are not).
    const RequirementCheck sales = e.tiers.at(1).requirements.at(1);
    QCOMPARE(sales.requirement.metric, Metric::Sales);
    QVERIFY(sales.met);
    // The full-table run gives the same answer as the single-partner run.
    TierEngine engine(*m_store);
    const auto all = engine.evaluateAll(kAsOf);
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().trailingRevenue, e.trailingRevenue);
}

void TestEvaluate::certificationsOnTheAsOfDate()
{
    const qint64 p = addPartner(QStringLiteral("P-2"));
    auto addStaff = [&](const QString &name, StaffRole role, const QDate &passed, const QDate &expires) {
        StaffMember s;
        s.partnerId = p;
        s.name = name;
        s.role = role;
        const qint64 id = *m_store->insertStaff(s);
        QVERIFY(m_store->insertCertification(Certification { 0, id, QStringLiteral("TI Engineer"), passed, expires, 0, {} }).has_value());
    };
    addStaff(QStringLiteral("expired"), StaffRole::Technical, QDate(2024, 1, 1), QDate(2026, 9, 30)); // expires on the day
    addStaff(QStringLiteral("future"), StaffRole::Technical, QDate(2026, 10, 1), {});
    addStaff(QStringLiteral("seller"), StaffRole::Sales, QDate(2025, 1, 1), QDate(2027, 1, 1));
    Evaluation e = evaluate(p);
    const auto countOf = [&](Metric m) {
        for (const RequirementCheck &c : e.tiers.at(2).requirements) {
            if (c.requirement.metric == m)
                return c.actual;
        }
        return qint64(-1);
    };
    QCOMPARE(countOf(Metric::CertifiedTechnical), qint64(0));
    QCOMPARE(countOf(Metric::CertifiedSales), qint64(1));
    addStaff(QStringLiteral("valid"), StaffRole::Technical, QDate(2026, 9, 30), {}); // passed on the day
    e = evaluate(p);
    QCOMPARE(countOf(Metric::CertifiedTechnical), qint64(1));
}

void TestEvaluate::retentionAndActiveCustomers()
{
    // Revenue-band Standard targets: retention 85 %.
    const qint64 p = addPartner(QStringLiteral("P-3"), QStringLiteral("revenue-band"), QStringLiteral("standard"));
    QVERIFY(m_store->setFxRate(FxRate { QDate(2026, 1, 1), QStringLiteral("USD"), QStringLiteral("RUB"), 90000000 }).has_value());
    for (int i = 0; i < 4; ++i) {
        const qint64 c = addCustomer(p, QStringLiteral("C-3-%1").arg(i));
        addSale(p, c, QDate(2025, 3, 1), 100000, QStringLiteral("USD")); // previous window
        if (i < 3)
            addSale(p, c, QDate(2026, 3, 1), 100000, QStringLiteral("USD")); // bought again
    }
    const qint64 fresh = addCustomer(p, QStringLiteral("C-3-new"));
    addSale(p, fresh, QDate(2026, 4, 1), 100000, QStringLiteral("USD"));
    const Evaluation e = evaluate(p);
    QVERIFY(!e.error);
    for (const RequirementCheck &t : e.tiers.at(0).targets) {
        if (t.requirement.metric == Metric::Retention)
            QCOMPARE(t.actual, qint64(7500)); // 3 of 4
        if (t.requirement.metric == Metric::Growth)
            QCOMPARE(t.actual, qint64(0)); // 4,000 USD vs 4,000 USD
    }
}

void TestEvaluate::monthlyReportsFromEvents()
{
    const qint64 p = addPartner(QStringLiteral("P-4"));
    const qint64 c = addCustomer(p, QStringLiteral("C-4"));
    addSale(p, c, QDate(2026, 2, 10), 100);
    addSale(p, c, QDate(2026, 5, 10), 100);
    QVERIFY(m_store->insertEvent(ComplianceEvent { 0, p, EventKind::MonthlyReport, QDate(2026, 2, 28), {}, 0, {} }).has_value());
    const Evaluation e = evaluate(p);
    RequirementCheck reports;
    for (const RequirementCheck &r : e.tiers.at(0).requirements) {
        if (r.requirement.metric == Metric::Event && r.requirement.event == EventKind::MonthlyReport)
            reports = r;
    }
    QVERIFY(!reports.met);
    QCOMPARE(reports.gap, qint64(1));
    QCOMPARE(reports.missingPeriods, QList<QDate> { QDate(2026, 5, 1) });
}

void TestEvaluate::missingRateOnlyFailsThatPartner()
{
    const qint64 good = addPartner(QStringLiteral("P-5"));
    const qint64 bad = addPartner(QStringLiteral("P-6"));
    addSale(good, addCustomer(good, QStringLiteral("C-5")), QDate(2026, 6, 1), 100);
    addSale(bad, addCustomer(bad, QStringLiteral("C-6")), QDate(2026, 6, 1), 100, QStringLiteral("MXN"));
    TierEngine engine(*m_store);
    const auto all = engine.evaluateAll(kAsOf);
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 2);
    QVERIFY(!all->at(0).error);
    QVERIFY(all->at(1).error.has_value());
    QVERIFY(all->at(1).error->message.contains(QStringLiteral("MXN")));

    // The streaming form hands over the same evaluations, in partner order, one at a time.
    QList<Evaluation> streamed;
    QVERIFY(engine.evaluateEach(kAsOf, [&](Evaluation &&e) { streamed << std::move(e); }).has_value());
    QCOMPARE(streamed.size(), 2);
    QCOMPARE(streamed.at(0).partnerId, good);
    QCOMPARE(streamed.at(0).trailingRevenue.minor, all->at(0).trailingRevenue.minor);
    QCOMPARE(streamed.at(0).proposedTier, all->at(0).proposedTier);
    QCOMPARE(streamed.at(1).partnerId, bad);
    QVERIFY(streamed.at(1).error.has_value());
}

void TestEvaluate::applyWritesHistory()
{
    // Revenue band: 30,000 USD in 12 months qualifies a Standard partner for Preferred.
    const qint64 p = addPartner(QStringLiteral("P-7"), QStringLiteral("revenue-band"), QStringLiteral("standard"));
    addSale(p, addCustomer(p, QStringLiteral("C-7")), QDate(2026, 6, 1), 3000000, QStringLiteral("USD"));
    TierEngine engine(*m_store);
    const Evaluation e = evaluate(p);
    QCOMPARE(e.proposedTier, QStringLiteral("preferred"));
    QCOMPARE(e.move, TierMove::Upgrade);
    QCOMPARE(e.nextTier, QStringLiteral("strategic"));
    QCOMPARE(e.gaps.size(), 1);
    QCOMPARE(e.gaps.first().gap, qint64(7000001)); // more than 100,000.00: 70,000.01 USD short
    QVERIFY(engine.apply(e, QStringLiteral("Annual review"), QStringLiteral("test")).has_value());
    QCOMPARE(m_store->partner(p)->tierKey, QStringLiteral("preferred"));
    QCOMPARE(m_store->tierHistory(p)->size(), 1);
    // Applying the same evaluation again is refused: the partner already holds the tier.
    QCOMPARE(engine.apply(e, QStringLiteral("again"), QStringLiteral("test")).error().code, Error::Code::Conflict);
    QCOMPARE(m_store->tierHistory(p)->size(), 1);
}


void TestEvaluate::returnsAndVoidsInTheWindow_data()
{
    // The 3-month window as of 30 September is (30 June, 30 September]; the one before it is
    // (31 March, 30 June]. Every line is a renewal of 100.00 RUB a unit to one customer.
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<qint64>("revenue");
    QTest::addColumn<qint64>("deals");
    QTest::addColumn<qint64>("active");
    QTest::addColumn<qint64>("previousRevenue");
    QTest::addColumn<qint64>("previousDeals");
    QTest::addColumn<qint64>("previousActive");
    const QDate july(2026, 7, 10), august(2026, 8, 10), may(2026, 5, 10);
    QTest::newRow("partial return, same window")
        << Lines { { july, 10000, 3 }, { august, 10000, -1, 0 } } << qint64(20000) << qint64(1) << qint64(1)
        << qint64(0) << qint64(0) << qint64(0);
    // The return counts on its own date: the earlier window keeps the sale.
    QTest::newRow("partial return, later window")
        << Lines { { may, 10000, 3 }, { august, 10000, -1, 0 } } << qint64(-10000) << qint64(0) << qint64(0)
        << qint64(30000) << qint64(1) << qint64(1);
    QTest::newRow("full return, same window")
        << Lines { { july, 10000, 2 }, { august, 10000, -2, 0 } } << qint64(0) << qint64(0) << qint64(0) << qint64(0)
        << qint64(0) << qint64(0);
    QTest::newRow("full return in two parts")
        << Lines { { july, 10000, 2 }, { QDate(2026, 8, 1), 10000, -1, 0 }, { august, 10000, -1, 0 } } << qint64(0)
        << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("full return, later window")
        << Lines { { may, 10000, 2 }, { august, 10000, -2, 0 } } << qint64(-20000) << qint64(-1) << qint64(0)
        << qint64(20000) << qint64(1) << qint64(1);
    // The sale is older than the 12-month window: the window has -1 deals, the requirement none.
    QTest::newRow("full return of an older sale")
        << Lines { { QDate(2025, 8, 10), 10000, 1 }, { august, 10000, -1, 0 } } << qint64(-10000) << qint64(-1)
        << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("voided sale") << Lines { { july, 10000, 1, -1, true } } << qint64(0) << qint64(0) << qint64(0)
                                 << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("voided return") << Lines { { july, 10000, 2 }, { august, 10000, -2, 0, true } } << qint64(20000)
                                   << qint64(1) << qint64(1) << qint64(0) << qint64(0) << qint64(0);
    // A free line still makes an active customer: its net amount is zero, its net quantity is not.
    QTest::newRow("free line") << Lines { { july, 0, 1 } } << qint64(0) << qint64(1) << qint64(1) << qint64(0)
                               << qint64(0) << qint64(0);
}

void TestEvaluate::returnsAndVoidsInTheWindow()
{
    QFETCH(Lines, lines);
    QFETCH(qint64, revenue);
    QFETCH(qint64, deals);
    QFETCH(qint64, active);
    QFETCH(qint64, previousRevenue);
    QFETCH(qint64, previousDeals);
    QFETCH(qint64, previousActive);
    const qint64 p = addPartner(QStringLiteral("P-9"));
    const qint64 c = addCustomer(p, QStringLiteral("C-9"));
    QList<qint64> ids;
    for (const Line &l : lines) {
        const auto id = sql::insertReturningId(*m_db,
            QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, "
                           "currency, quantity, renewal, amount_minor, reference, returns_id) "
                           "VALUES (?, ?, ?, 'ti', ?, 'RUB', ?, 1, ?, ?, ?)"),
            { p, c, l.on.toString(Qt::ISODate), l.unit, l.quantity, l.unit * l.quantity,
              QStringLiteral("R-%1").arg(ids.size()),
              l.returns >= 0 ? QVariant(ids.at(l.returns)) : QVariant(QMetaType(QMetaType::LongLong)) });
        QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().message));
        ids << *id;
        if (l.voided)
            QVERIFY(voidRow(*m_db, "sales", *id));
    }
    FactsRequest request;
    request.asOf = kAsOf;
    request.windowMonths = { 3 };
    const auto facts = FactsQuery(*m_db).run(request, p);
    QVERIFY(facts.has_value());
    const WindowFacts w = facts->value(p).windows.value(3);
    const auto sums = [](const QList<SalesAggregate> &sales) {
        std::pair<qint64, qint64> out;
        for (const SalesAggregate &a : sales) {
            out.first += a.amountMinor;
            out.second += a.renewal ? a.lines : 0;
        }
        return out;
    };
    QCOMPARE(sums(w.sales), std::make_pair(revenue, deals));
    QCOMPARE(sums(w.previousSales), std::make_pair(previousRevenue, previousDeals));
    QCOMPARE(w.activeCustomers, active);
    QCOMPARE(w.previousCustomers, previousActive);
    QCOMPARE(w.retainedCustomers, active * previousActive);
    // The engine reads the same facts: the trailing revenue and the renewal deals of the 12 months
    // (this window and the one before), never fewer than none.
    const Evaluation e = evaluate(p);
    QCOMPARE(e.trailingRevenue.minor, revenue + previousRevenue);
    bool renewalChecked = false;
    for (const TierCheck &t : e.tiers) {
        for (const RequirementCheck &r : t.requirements) {
            if (r.requirement.metric == Metric::RenewalDeals) {
                QCOMPARE(r.actual, std::max<qint64>(deals + previousDeals, 0));
                renewalChecked = true;
            }
        }
    }
    QVERIFY(renewalChecked);
}

void TestEvaluate::voidedRecordsLeaveTheRequirements()
{
    const qint64 p = addPartner(QStringLiteral("P-10"));
    StaffMember engineer;
    engineer.partnerId = p;
    engineer.name = QStringLiteral("engineer");
    const qint64 staff = *m_store->insertStaff(engineer);
    const auto cert = m_store->insertCertification(
        Certification { 0, staff, QStringLiteral("TI Engineer"), QDate(2025, 1, 1), {}, 0, {} });
    const auto contract = m_store->insertEvent(
        ComplianceEvent { 0, p, EventKind::ContractSigned, QDate(2025, 2, 1), {}, 0, {} });
    const auto report = m_store->insertEvent(
        ComplianceEvent { 0, p, EventKind::MonthlyReport, QDate(2026, 8, 31), {}, 0, {} });
    QVERIFY(m_store->insertScore(Score { 0, p, Metric::Nps, QDate(2026, 3, 1), Rate { 5000 }, 0, {} }).has_value());
    const auto lateScore = m_store->insertScore(Score { 0, p, Metric::Nps, QDate(2026, 9, 1), Rate { 9000 }, 0, {} });
    QVERIFY(cert && contract && report && lateScore);

    const auto requirement = [&](const Evaluation &e, Metric metric, EventKind event = EventKind::ContractSigned) {
        for (const TierCheck &t : e.tiers) {
            for (const RequirementCheck &r : t.requirements) {
                if (r.requirement.metric == metric && (metric != Metric::Event || r.requirement.event == event))
                    return r;
            }
        }
        return RequirementCheck {};
    };
    FactsRequest request;
    request.asOf = kAsOf;
    Evaluation e = evaluate(p);
    QCOMPARE(requirement(e, Metric::CertifiedTechnical).actual, qint64(1));
    QVERIFY(requirement(e, Metric::Event, EventKind::ContractSigned).met);
    QCOMPARE(FactsQuery(*m_db).run(request, p)->value(p).latestScores.value(Metric::Nps).second, Rate { 9000 });

    QVERIFY(voidRow(*m_db, "certifications", *cert));
    QVERIFY(voidRow(*m_db, "compliance_events", *contract));
    QVERIFY(voidRow(*m_db, "compliance_events", *report));
    QVERIFY(voidRow(*m_db, "scores", *lateScore));
    e = evaluate(p);
    QCOMPARE(requirement(e, Metric::CertifiedTechnical).actual, qint64(0));
    QVERIFY(!requirement(e, Metric::CertifiedTechnical).met);
    QVERIFY(!requirement(e, Metric::Event, EventKind::ContractSigned).met);
    // The gaps toward the next tier name what the voided records no longer give.
    bool certificationGap = false;
    for (const RequirementCheck &g : e.gaps)
        certificationGap = certificationGap || g.requirement.metric == Metric::CertifiedTechnical;
    QVERIFY(certificationGap);
    const PartnerFacts facts = FactsQuery(*m_db).run(request, p)->value(p);
    QVERIFY(!facts.firstEvent.contains(EventKind::ContractSigned));
    QVERIFY(!facts.eventMonths.value(EventKind::MonthlyReport).contains(monthNumber(QDate(2026, 8, 1))));
    // The earlier score is the latest live one.
    QCOMPARE(facts.latestScores.value(Metric::Nps).second, Rate { 5000 });
}

QTEST_GUILESS_MAIN(TestEvaluate)
#include "tst_evaluate.moc"
