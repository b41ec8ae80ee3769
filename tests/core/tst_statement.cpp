// Rewards per sale and quarterly statements: rates by tier on the sale date, renewals,
// the quarterly rebate, rounding and per-currency totals.
#include "statement.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QTest>

using namespace pd;

namespace {

const Program &reseller()
{
    static const Program p = [] {
        for (const Program &q : builtinPrograms()) {
            if (q.key == QLatin1StringView("reseller-status"))
                return q;
        }
        qFatal("no reseller preset");
    }();
    return p;
}

Sale sale(const QString &line, qint64 unitMinor, int quantity, bool renewal, const QString &currency = QStringLiteral("RUB"),
          const QDate &on = QDate(2026, 8, 10))
{
    Sale s;
    s.productLine = line;
    s.unitPrice = Money { unitMinor, currency };
    s.quantity = quantity;
    s.renewal = renewal;
    s.soldOn = on;
    return s;
}

// An in-memory database with the built-in programs, one reseller-program partner (Certified since
// 2025) and its customer.
struct OnePartner {
    std::unique_ptr<Database> db;
    qint64 partner = 0;
    qint64 customer = 0;
};

std::optional<OnePartner> onePartner()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    if (!db)
        return std::nullopt;
    Store store(**db);
    if (!store.installBuiltinPrograms())
        return std::nullopt;
    Partner p;
    p.code = QStringLiteral("P-1");
    p.name = QStringLiteral("Distributor");
    p.country = QStringLiteral("RU");
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("certified");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 1, 1);
    const auto id = store.insertPartner(p);
    if (!id)
        return std::nullopt;
    Customer cu;
    cu.partnerId = *id;
    cu.code = QStringLiteral("C-1");
    cu.name = QStringLiteral("Customer");
    const auto customer = store.insertCustomer(cu);
    if (!customer)
        return std::nullopt;
    return OnePartner { std::move(*db), *id, *customer };
}

} // namespace

class TestStatement final : public QObject {
    Q_OBJECT
private slots:
    void rewardPerLine_data();
    void rewardPerLine();
    void lineWithoutRewardRate();
    void tierOnDate_data();
    void tierOnDate();
    void quarterStatement();
    void lineBeyondTheLargestAmount();
    void totalBeyondTheLargestAmount_data();
    void totalBeyondTheLargestAmount();
};

void TestStatement::rewardPerLine_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("renewal");
    QTest::addColumn<qint64>("unitMinor");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("reward");
    // 2 × 24,900.00 RUB of TI at Certified (30 %) = 14,940.00
    QTest::newRow("certified TI") << "certified" << "ti" << false << qint64(2490000) << 2 << qint64(1494000);
    QTest::newRow("authorized TING 15%") << "authorized" << "ting" << false << qint64(10000000) << 1 << qint64(1500000);
    QTest::newRow("privileged DEPO TI 25%") << "privileged" << "depo_ti" << false << qint64(10000000) << 1 << qint64(2500000);
    // A renewal of a hardware line earns the renewal rate (Authorized 25 %), not the line's 15 %.
    QTest::newRow("renewal uses renewal rate") << "authorized" << "ting" << true << qint64(10000000) << 1 << qint64(2500000);
    QTest::newRow("privileged renewal 35%") << "privileged" << "ti" << true << qint64(100) << 1 << qint64(35);
    // 25 % of 0.02 RUB = 0.005 -> rounds half away from zero to 0.01
    QTest::newRow("rounding half up") << "authorized" << "ti" << false << qint64(2) << 1 << qint64(1);
    // 15 % of 0.03 RUB = 0.0045 -> 0.00
    QTest::newRow("rounding below half") << "authorized" << "ting" << false << qint64(3) << 1 << qint64(0);
}

void TestStatement::rewardPerLine()
{
    QFETCH(QString, tier);
    QFETCH(QString, line);
    QFETCH(bool, renewal);
    QFETCH(qint64, unitMinor);
    QFETCH(int, quantity);
    QFETCH(qint64, reward);
    const StatementLine l = rewardFor(sale(line, unitMinor, quantity, renewal), reseller(), tier);
    QCOMPARE(l.reward, (Money { reward, QStringLiteral("RUB") }));
    QVERIFY(l.note.isEmpty());
}

void TestStatement::lineWithoutRewardRate()
{
    Program market;
    for (const Program &q : builtinPrograms()) {
        if (q.key == QLatin1StringView("marketplace-developer"))
            market = q;
    }
    // Implementation services earn a negotiated commission: no rate, reward 0, with the reason.
    const StatementLine l = rewardFor(sale(QStringLiteral("implementation"), 100000, 1, false, QStringLiteral("USD")), market,
                                      QStringLiteral("implementation_partner"));
    QCOMPARE(l.reward.minor, qint64(0));
    QVERIFY(l.note.contains(QStringLiteral("commission")));
    // Certified developers have no subscription rate at all.
    const StatementLine none = rewardFor(sale(QStringLiteral("subscriptions"), 100000, 1, false, QStringLiteral("USD")), market,
                                         QStringLiteral("certified_developer"));
    QCOMPARE(none.reward.minor, qint64(0));
    QVERIFY(!none.note.isEmpty());
}

void TestStatement::tierOnDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("tier");
    QTest::newRow("before the first change") << QDate(2026, 1, 1) << "authorized";
    QTest::newRow("on the first change") << QDate(2026, 3, 1) << "certified";
    QTest::newRow("between changes") << QDate(2026, 5, 31) << "certified";
    QTest::newRow("after the last change") << QDate(2026, 9, 1) << "privileged";
}

void TestStatement::tierOnDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, tier);
    Partner p;
    p.tierKey = QStringLiteral("privileged");
    const QList<TierChange> history {
        TierChange { 1, 1, QStringLiteral("authorized"), QStringLiteral("certified"), QDate(2026, 3, 1), {}, {}, {} },
        TierChange { 2, 1, QStringLiteral("certified"), QStringLiteral("privileged"), QDate(2026, 6, 1), {}, {}, {} },
    };
    QCOMPARE(tierOn(p, history, date), tier);
    QCOMPARE(tierOn(p, {}, date), QStringLiteral("privileged"));
}

void TestStatement::quarterStatement()
{
    const auto fixture = onePartner();
    QVERIFY(fixture);
    Store store(*fixture->db);
    const qint64 id = fixture->partner;
    const qint64 customer = fixture->customer;
    auto add = [&](const QDate &on, qint64 unit, const QString &currency, bool renewal = false) {
        Sale s = sale(QStringLiteral("ti"), unit, 1, renewal, currency, on);
        s.partnerId = id;
        s.customerId = customer;
        QVERIFY(store.insertSale(s).has_value());
    };
    add(QDate(2026, 7, 15), 10000000, QStringLiteral("RUB"));        // 100,000 RUB at Certified 30 %
    add(QDate(2026, 8, 20), 20000000, QStringLiteral("RUB"), true);  // renewal after the upgrade: 35 %
    add(QDate(2026, 9, 30), 50000, QStringLiteral("USD"));           // 500 USD, kept apart
    add(QDate(2026, 10, 1), 99900000, QStringLiteral("RUB"));        // next quarter: not included
    QVERIFY(store.applyTierChange(id, QStringLiteral("privileged"), QDate(2026, 8, 1), QStringLiteral("Q2 results"),
                                  QStringLiteral("test"), 1)
                .has_value());

    const auto st = buildStatement(store, id, Quarter { 2026, 3 });
    QVERIFY2(st.has_value(), qPrintable(st ? QString() : st.error().message));
    QCOMPARE(st->lines.size(), 3);
    QCOMPARE(st->lines.at(0).tierKey, QStringLiteral("certified"));
    QCOMPARE(st->lines.at(0).reward.minor, qint64(3000000));
    QCOMPARE(st->lines.at(1).tierKey, QStringLiteral("privileged"));
    QCOMPARE(st->lines.at(1).reward.minor, qint64(7000000));
    QCOMPARE(st->tierAtQuarterEnd, QStringLiteral("privileged"));
    QCOMPARE(st->rebateRate, Rate::percent(5)); // Privileged has the 5 % quarterly rebate
    QCOMPARE(st->totals.size(), 2);
    const StatementTotal &rub = st->totals.at(0);
    QCOMPARE(rub.currency, QStringLiteral("RUB"));
    QCOMPARE(rub.sales.minor, qint64(30000000));
    QCOMPARE(rub.rewards.minor, qint64(10000000));
    QCOMPARE(rub.rebate.minor, qint64(1500000)); // 5 % of 300,000 RUB
    const StatementTotal &usd = st->totals.at(1);
    QCOMPARE(usd.currency, QStringLiteral("USD"));
    QCOMPARE(usd.sales.minor, qint64(50000));
    QCOMPARE(usd.rewards.minor, qint64(17500));
    QCOMPARE(usd.rebate.minor, qint64(2500));

    // A Certified partner has no rebate.
    const auto q2 = buildStatement(store, id, Quarter { 2026, 2 });
    QVERIFY(q2.has_value());
    QCOMPARE(q2->tierAtQuarterEnd, QStringLiteral("certified"));
    QCOMPARE(q2->rebateRate.bp, 0);
    QVERIFY(q2->lines.isEmpty());
}

void TestStatement::lineBeyondTheLargestAmount()
{
    // issue 14: 999999999999999.99 × 100000 wrapped to a huge reward.
    const StatementLine l = rewardFor(sale(QStringLiteral("ti"), kMaxMinor, 2, false), reseller(), QStringLiteral("certified"));
    QCOMPARE(l.reward.minor, qint64(0));
    QCOMPARE(l.amount.minor, qint64(0));
    QVERIFY2(l.note.contains(QStringLiteral("largest amount")), qPrintable(l.note));
}

void TestStatement::totalBeyondTheLargestAmount_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("second");
    QTest::addColumn<bool>("fits");
    QTest::newRow("sum at the largest") << kMaxMinor / 2 << kMaxMinor / 2 + 1 << true;
    QTest::newRow("sum one over") << kMaxMinor / 2 + 1 << kMaxMinor / 2 + 1 << false;
}

void TestStatement::totalBeyondTheLargestAmount()
{
    QFETCH(qint64, first);
    QFETCH(qint64, second);
    QFETCH(bool, fits);
    const auto fixture = onePartner();
    QVERIFY(fixture);
    Store store(*fixture->db);
    const qint64 id = fixture->partner;
    const qint64 customer = fixture->customer;
    for (const qint64 unit : { first, second }) {
        Sale s = sale(QStringLiteral("ti"), unit, 1, false);
        s.partnerId = id;
        s.customerId = customer;
        QVERIFY(store.insertSale(s).has_value());
    }
    const auto st = buildStatement(store, id, Quarter { 2026, 3 });
    QCOMPARE(st.has_value(), fits);
    if (fits)
        QCOMPARE(st->totals.first().sales.minor, kMaxMinor);
    else
        QVERIFY2(st.error().message.contains(QStringLiteral("largest amount")), qPrintable(st.error().message));
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
