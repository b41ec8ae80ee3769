// Rewards per sale and quarterly statements: rates by tier on the sale date, renewals,
// the quarterly rebate, rounding and per-currency totals.
#include "reportjson.h"
#include "statement.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QTimeZone>

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

// A line written straight into the table, as the import of returns writes one (a return names the
// line it returns); voided as the corrections API marks one. Returns the id, 0 on failure.
qint64 addLine(Database &db, const OnePartner &f, const QDate &on, qint64 unit, int quantity, const QString &reference,
               qint64 returns = 0, bool renewal = false)
{
    const auto id = sql::insertReturningId(db,
        QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, "
                       "quantity, renewal, amount_minor, reference, returns_id) VALUES (?, ?, ?, 'ti', ?, 'RUB', ?, ?, ?, ?, ?)"),
        { f.partner, f.customer, on.toString(Qt::ISODate), unit, quantity, renewal ? 1 : 0, unit * quantity, reference,
          returns ? QVariant(returns) : QVariant(QMetaType(QMetaType::LongLong)) });
    return id.value_or(0);
}

bool voidLine(Database &db, qint64 id)
{
    return sql::exec(db, QStringLiteral("UPDATE sales SET voided_at = '2026-12-01T10:00:00.000Z', voided_by = 'test', "
                                        "void_reason = 'typo' WHERE id = ?"), { id })
        .has_value();
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
    void returnByItsDate_data();
    void returnByItsDate();
    void clawbackRoundedAndBounded_data();
    void clawbackRoundedAndBounded();
    void clawbackAtTheOriginalTier();
    void voidedLinesLeaveTheStatement();
    void returnLinesInJson();
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

void TestStatement::returnByItsDate_data()
{
    // 3 × 100,000.00 RUB of TI on 15 July at Certified (30 %): 90,000.00 earned; 1 returned.
    QTest::addColumn<QDate>("returnedOn");
    QTest::addColumn<qint64>("q3Sales");
    QTest::addColumn<qint64>("q3Rewards");
    QTest::addColumn<qint64>("q4Sales");
    QTest::addColumn<qint64>("q4Rewards");
    QTest::newRow("same quarter") << QDate(2026, 9, 30) << qint64(20000000) << qint64(6000000) << qint64(0) << qint64(0);
    QTest::newRow("later quarter") << QDate(2026, 10, 1) << qint64(30000000) << qint64(9000000) << qint64(-10000000)
                                   << qint64(-3000000);
}

void TestStatement::returnByItsDate()
{
    QFETCH(QDate, returnedOn);
    QFETCH(qint64, q3Sales);
    QFETCH(qint64, q3Rewards);
    QFETCH(qint64, q4Sales);
    QFETCH(qint64, q4Rewards);
    const auto f = onePartner();
    QVERIFY(f);
    Store store(*f->db);
    const qint64 sold = addLine(*f->db, *f, QDate(2026, 7, 15), 10000000, 3, QStringLiteral("INV-1"));
    QVERIFY(sold);
    QVERIFY(addLine(*f->db, *f, returnedOn, 10000000, -1, QStringLiteral("CN-1"), sold));

    const auto q3 = buildStatement(store, f->partner, Quarter { 2026, 3 });
    const auto q4 = buildStatement(store, f->partner, Quarter { 2026, 4 });
    QVERIFY2(q3 && q4, qPrintable(!q3 ? q3.error().message : !q4 ? q4.error().message : QString()));
    QCOMPARE(q3->totals.value(0).sales.minor, q3Sales);
    QCOMPARE(q3->totals.value(0).rewards.minor, q3Rewards);
    QCOMPARE(q4->totals.value(0).sales.minor, q4Sales);
    QCOMPARE(q4->totals.value(0).rewards.minor, q4Rewards);
    // The return is one negative line, in the quarter of its own date, naming the original.
    const QList<StatementLine> lines = q3->lines + q4->lines;
    QCOMPARE(lines.size(), 2);
    const StatementLine &credit = lines.at(1);
    QCOMPARE(credit.sale.soldOn, returnedOn);
    QCOMPARE(credit.sale.reference, QStringLiteral("CN-1"));
    QCOMPARE(credit.returnsReference, QStringLiteral("INV-1"));
    QCOMPARE(credit.returnsSoldOn, QDate(2026, 7, 15));
    QCOMPARE(credit.amount.minor, qint64(-10000000));
    QCOMPARE(credit.reward.minor, qint64(-3000000));
    QCOMPARE(credit.rate, Rate::percent(30));
    QCOMPARE((returnedOn < QDate(2026, 10, 1) ? q3 : q4)->totals.value(0).lines, qint64(returnedOn < QDate(2026, 10, 1) ? 2 : 1));
}

void TestStatement::clawbackRoundedAndBounded_data()
{
    // The original: 3 × 0.05 RUB at 30 % = 0.045 -> 0.05 earned (5 minor units).
    QTest::addColumn<QList<int>>("returned");   // quantities of the returns, in order
    QTest::addColumn<bool>("originalVoided");
    QTest::addColumn<QList<qint64>>("clawback"); // minor units per return
    // 1 × 0.05 × 30 % = -0.015 -> -0.02 (halves away from zero); the third is held to the 0.01 left.
    QTest::newRow("one at a time, bounded") << QList<int> { -1, -1, -1 } << false << QList<qint64> { -2, -2, -1 };
    QTest::newRow("all at once") << QList<int> { -3 } << false << QList<qint64> { -5 };
    QTest::newRow("partial") << QList<int> { -2 } << false << QList<qint64> { -3 };
    // A voided line earned nothing on any statement, so its returns take nothing back.
    QTest::newRow("original voided") << QList<int> { -1 } << true << QList<qint64> { 0 };
}

void TestStatement::clawbackRoundedAndBounded()
{
    QFETCH(QList<int>, returned);
    QFETCH(bool, originalVoided);
    QFETCH(QList<qint64>, clawback);
    Sale original = sale(QStringLiteral("ti"), 5, 3, false, QStringLiteral("RUB"), QDate(2026, 7, 1));
    original.reference = QStringLiteral("INV-9");
    if (originalVoided)
        original.voided.at = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    const StatementLine earned = rewardFor(original, reseller(), QStringLiteral("certified"));
    QCOMPARE(earned.reward.minor, qint64(5));
    QList<Sale> returns;
    for (const int quantity : returned) {
        Sale r = sale(QStringLiteral("ti"), 5, quantity, false, QStringLiteral("RUB"), QDate(2026, 8, 1));
        r.id = returns.size() + 10;
        r.returnsId = 1;
        returns << r;
    }
    const QList<StatementLine> lines = returnLines(earned, returns);
    QCOMPARE(lines.size(), clawback.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).reward, (Money { clawback.at(i), QStringLiteral("RUB") }));
        QCOMPARE(lines.at(i).amount.minor, 5 * returned.at(i));
        QCOMPARE(lines.at(i).returnsReference, QStringLiteral("INV-9"));
    }
    if (originalVoided)
        QVERIFY2(lines.first().note.contains(QStringLiteral("voided")), qPrintable(lines.first().note));
}

void TestStatement::clawbackAtTheOriginalTier()
{
    const auto f = onePartner();
    QVERIFY(f);
    Store store(*f->db);
    // Sold at Certified (30 % TI, 30 % renewals), returned after the move to Privileged (35 %).
    const qint64 sold = addLine(*f->db, *f, QDate(2026, 7, 15), 10000000, 2, QStringLiteral("INV-2"));
    const qint64 renewed = addLine(*f->db, *f, QDate(2026, 7, 20), 10000000, 1, QStringLiteral("INV-3"), 0, true);
    QVERIFY(sold && renewed);
    QVERIFY(store.applyTierChange(f->partner, QStringLiteral("privileged"), QDate(2026, 8, 1), QStringLiteral("Q2"),
                                  QStringLiteral("test"), 1)
                .has_value());
    QVERIFY(addLine(*f->db, *f, QDate(2026, 9, 10), 10000000, -1, QStringLiteral("CN-2"), sold));
    QVERIFY(addLine(*f->db, *f, QDate(2026, 11, 2), 10000000, -1, QStringLiteral("CN-3"), renewed, true));
    const auto q3 = buildStatement(store, f->partner, Quarter { 2026, 3 });
    QVERIFY(q3.has_value());
    QCOMPARE(q3->lines.size(), 3);
    QCOMPARE(q3->lines.at(2).tierKey, QStringLiteral("certified"));
    QCOMPARE(q3->lines.at(2).reward.minor, qint64(-3000000)); // 30 %, not Privileged's 35 %
    const auto q4 = buildStatement(store, f->partner, Quarter { 2026, 4 });
    QVERIFY(q4.has_value());
    QCOMPARE(q4->lines.size(), 1);
    QCOMPARE(q4->lines.at(0).reward.minor, qint64(-3000000)); // the renewal's 30 % at Certified
    QCOMPARE(q4->totals.value(0).rewards.minor, qint64(-3000000));
    // Privileged's rebate (5 %) applies to the quarter's net sales.
    QCOMPARE(q4->totals.value(0).rebate.minor, qint64(-500000));
}

void TestStatement::voidedLinesLeaveTheStatement()
{
    const auto f = onePartner();
    QVERIFY(f);
    Store store(*f->db);
    QVERIFY(addLine(*f->db, *f, QDate(2026, 7, 15), 10000000, 1, QStringLiteral("INV-4")));
    const qint64 wrong = addLine(*f->db, *f, QDate(2026, 8, 15), 50000000, 1, QStringLiteral("INV-5"));
    const qint64 kept = addLine(*f->db, *f, QDate(2026, 8, 16), 10000000, 2, QStringLiteral("INV-6"));
    const qint64 credit = addLine(*f->db, *f, QDate(2026, 8, 20), 10000000, -1, QStringLiteral("CN-6"), kept);
    QVERIFY(wrong && credit);
    QVERIFY(voidLine(*f->db, wrong));
    QVERIFY(voidLine(*f->db, credit));
    const auto st = buildStatement(store, f->partner, Quarter { 2026, 3 });
    QVERIFY(st.has_value());
    QStringList references;
    for (const StatementLine &l : st->lines)
        references << l.sale.reference;
    QCOMPARE(references, (QStringList { QStringLiteral("INV-4"), QStringLiteral("INV-6") }));
    QCOMPARE(st->totals.value(0).lines, qint64(2));
    QCOMPARE(st->totals.value(0).sales.minor, qint64(30000000));
    QCOMPARE(st->totals.value(0).rewards.minor, qint64(9000000));
}

void TestStatement::returnLinesInJson()
{
    const auto f = onePartner();
    QVERIFY(f);
    Store store(*f->db);
    const qint64 sold = addLine(*f->db, *f, QDate(2026, 7, 15), 10000000, 3, QStringLiteral("INV-7"));
    QVERIFY(addLine(*f->db, *f, QDate(2026, 8, 1), 10000000, -1, QStringLiteral("CN-7"), sold));
    const auto st = buildStatement(store, f->partner, Quarter { 2026, 3 });
    QVERIFY(st.has_value());
    const QJsonObject json = statementToJson(*st);
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    const QJsonObject sale = lines.at(0).toObject();
    QCOMPARE(sale.value(QStringLiteral("reference")).toString(), QStringLiteral("INV-7"));
    QVERIFY(!sale.contains(QStringLiteral("returnsReference")));
    const QJsonObject credit = lines.at(1).toObject();
    QCOMPARE(credit.value(QStringLiteral("reference")).toString(), QStringLiteral("CN-7"));
    QCOMPARE(credit.value(QStringLiteral("returnsReference")).toString(), QStringLiteral("INV-7"));
    QCOMPARE(credit.value(QStringLiteral("returnsDate")).toString(), QStringLiteral("2026-07-15"));
    QCOMPARE(credit.value(QStringLiteral("quantity")).toInt(), -1);
    QCOMPARE(credit.value(QStringLiteral("amount")).toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("-100000.00"));
    QCOMPARE(credit.value(QStringLiteral("reward")).toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("-30000.00"));
    const QJsonObject total = json.value(QStringLiteral("totals")).toArray().at(0).toObject();
    QCOMPARE(total.value(QStringLiteral("sales")).toString(), QStringLiteral("200000.00"));
    QCOMPARE(total.value(QStringLiteral("rewards")).toString(), QStringLiteral("60000.00"));
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
