// Commission kinds (issue 16, point 5): a fixed commission per unit from the program, and a partner's
// dated negotiated rate overrides of a product line; what statements earn with them, exact to the
// minor unit, and how the overrides are kept (validated, append-only).
#include "payouts/overrides.h"
#include "statement.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kUsd = QStringLiteral("USD");

const Program &marketplace()
{
    static const Program p = [] {
        for (const Program &q : builtinPrograms()) {
            if (q.key == QLatin1StringView("marketplace-developer"))
                return q;
        }
        qFatal("no marketplace preset");
    }();
    return p;
}

// The marketplace program with a fixed commission of 250.00 per deployment at Implementation Partner.
Program withFixedCommission()
{
    Program p = marketplace();
    for (Tier &t : p.tiers) {
        if (t.key == QLatin1StringView("implementation_partner"))
            t.rates[QStringLiteral("implementation")].perUnit = Money { 25000, kUsd };
    }
    return p;
}

Sale sale(const QString &line, qint64 unitMinor, int quantity, const QDate &on, bool renewal = false,
          const QString &currency = kUsd)
{
    Sale s;
    s.productLine = line;
    s.unitPrice = Money { unitMinor, currency };
    s.quantity = quantity;
    s.soldOn = on;
    s.renewal = renewal;
    s.reference = QStringLiteral("INV-1");
    return s;
}

// "line:kind:value:yyyy-MM-dd" -> an override; kind rate (percent), fixed (amount currency) or program.
RateOverride parseOverride(const QString &spec, qint64 id)
{
    const QStringList f = spec.split(u':');
    RateOverride o;
    o.id = id;
    o.productLine = f.at(0);
    o.effectiveOn = QDate::fromString(f.at(3), Qt::ISODate);
    o.reason = QStringLiteral("deal %1").arg(id);
    if (f.at(1) == QLatin1StringView("rate")) {
        o.kind = OverrideKind::Rate;
        o.rate = *Rate::parsePercent(f.at(2));
    } else if (f.at(1) == QLatin1StringView("fixed")) {
        o.kind = OverrideKind::Fixed;
        const QStringList amount = f.at(2).split(u' ');
        o.perUnit = *Money::parse(amount.at(0), amount.at(1));
    } else {
        o.kind = OverrideKind::Program;
    }
    return o;
}

RewardContext context(const QStringList &overrides, const Program &program = marketplace())
{
    RewardContext ctx;
    ctx.program = program;
    ctx.partner.tierKey = QStringLiteral("implementation_partner");
    for (const QString &spec : overrides)
        ctx.overrides << parseOverride(spec, ctx.overrides.size() + 1);
    return ctx;
}

// A database with the built-in programs and one marketplace partner at Implementation Partner.
struct Fixture {
    std::unique_ptr<Database> db;
    qint64 partner = 0;
    qint64 customer = 0;
};

std::optional<Fixture> fixture(const QString &path = QStringLiteral(":memory:"))
{
    auto db = Database::create(path);
    if (!db)
        return std::nullopt;
    Store store(**db);
    if (!store.installBuiltinPrograms())
        return std::nullopt;
    Partner p;
    p.code = QStringLiteral("M-1");
    p.name = QStringLiteral("Implementer");
    p.country = QStringLiteral("DE");
    p.programKey = QStringLiteral("marketplace-developer");
    p.tierKey = QStringLiteral("implementation_partner");
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
    return Fixture { std::move(*db), *id, *customer };
}

qint64 addLine(Database &db, const Fixture &f, const QString &line, const QDate &on, qint64 unit, int quantity,
               const QString &reference, qint64 returns = 0)
{
    const auto id = sql::insertReturningId(db,
        QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, "
                       "quantity, renewal, amount_minor, reference, returns_id) VALUES (?, ?, ?, ?, ?, 'USD', ?, 0, ?, ?, ?)"),
        { f.partner, f.customer, on.toString(Qt::ISODate), line, unit, quantity, unit * quantity, reference,
          returns ? QVariant(returns) : QVariant(QMetaType(QMetaType::LongLong)) });
    return id.value_or(0);
}

RateOverride rateOverride(qint64 partner, const QString &line, const QDate &from, int percent)
{
    RateOverride o;
    o.partnerId = partner;
    o.productLine = line;
    o.effectiveOn = from;
    o.kind = OverrideKind::Rate;
    o.rate = Rate::percent(percent);
    o.reason = QStringLiteral("agreed with headquarters");
    o.recordedBy = QStringLiteral("anna");
    return o;
}

qint64 overrideCount(Database &db)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM rate_overrides")).value_or(-1).toLongLong();
}

} // namespace

class TestCommission final : public QObject {
    Q_OBJECT
private slots:
    void programCommission_data();
    void programCommission();
    void commissionClawback_data();
    void commissionClawback();
    void overridesByDate_data();
    void overridesByDate();
    void addValidates_data();
    void addValidates();
    void addStampsAndLists();
    void statementUsesOverrides();
    void overridesAreAppendOnly();
};

void TestCommission::programCommission_data()
{
    QTest::addColumn<bool>("fixed");     // the program's commission is 250.00 (else negotiated)
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("reward");
    QTest::addColumn<QString>("noteMentions");
    QTest::newRow("3 deployments") << true << 3 << kUsd << qint64(75000) << "250.00";
    QTest::newRow("1 deployment") << true << 1 << kUsd << qint64(25000) << "250.00";
    QTest::newRow("free line still earns per unit") << true << 2 << kUsd << qint64(50000) << "250.00";
    QTest::newRow("another currency") << true << 3 << "EUR" << qint64(0) << "EUR";
    QTest::newRow("negotiated, no amount set") << false << 3 << kUsd << qint64(0) << "negotiated";
}

void TestCommission::programCommission()
{
    QFETCH(bool, fixed);
    QFETCH(int, quantity);
    QFETCH(QString, currency);
    QFETCH(qint64, reward);
    QFETCH(QString, noteMentions);
    const Program p = fixed ? withFixedCommission() : marketplace();
    const qint64 unit = QTest::currentDataTag() == QLatin1StringView("free line still earns per unit") ? 0 : 500000;
    const StatementLine line = rewardFor(sale(QStringLiteral("implementation"), unit, quantity, QDate(2026, 8, 1),
                                              false, currency),
                                         p, QStringLiteral("implementation_partner"));
    QCOMPARE(line.reward, (Money { reward, currency }));
    QCOMPARE(line.rate, Rate {});
    QVERIFY2(line.note.contains(noteMentions), qPrintable(line.note));
}

void TestCommission::commissionClawback_data()
{
    QTest::addColumn<QList<int>>("returned");
    QTest::addColumn<QList<qint64>>("clawback");
    // 3 deployments at 250.00 earned 750.00; each return takes back 250.00 per unit, never more than was earned.
    QTest::newRow("one") << QList<int> { -1 } << QList<qint64> { -25000 };
    QTest::newRow("all at once") << QList<int> { -3 } << QList<qint64> { -75000 };
    QTest::newRow("bounded") << QList<int> { -2, -2 } << QList<qint64> { -50000, -25000 };
}

void TestCommission::commissionClawback()
{
    QFETCH(QList<int>, returned);
    QFETCH(QList<qint64>, clawback);
    // The unit price (5,000.00) is no part of the clawback: a percentage of it would be different.
    const StatementLine earned = rewardFor(sale(QStringLiteral("implementation"), 500000, 3, QDate(2026, 7, 1)),
                                           withFixedCommission(), QStringLiteral("implementation_partner"));
    QCOMPARE(earned.reward.minor, qint64(75000));
    QList<Sale> returns;
    for (const int q : returned) {
        Sale r = sale(QStringLiteral("implementation"), 500000, q, QDate(2026, 8, 1));
        r.returnsId = 1;
        returns << r;
    }
    const QList<StatementLine> lines = returnLines(earned, returns);
    QCOMPARE(lines.size(), clawback.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).reward, (Money { clawback.at(i), kUsd }));
}

void TestCommission::overridesByDate_data()
{
    QTest::addColumn<QStringList>("overrides"); // in the order recorded
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("soldOn");
    QTest::addColumn<bool>("renewal");
    QTest::addColumn<qint64>("reward");  // of 1 × 1,000.00 USD (implementation: 2 units)
    QTest::addColumn<bool>("overridden");
    const QString subs = QStringLiteral("subscriptions");
    const QString impl = QStringLiteral("implementation");
    const QStringList midQuarter { QStringLiteral("subscriptions:rate:25:2026-08-15") };
    QTest::newRow("program rate before the override") << midQuarter << subs << QDate(2026, 8, 14) << false
                                                      << qint64(20000) << false;
    QTest::newRow("override from its date") << midQuarter << subs << QDate(2026, 8, 15) << false << qint64(25000)
                                            << true;
    const QStringList later { QStringLiteral("subscriptions:rate:25:2026-08-01"),
                              QStringLiteral("subscriptions:rate:12.5:2026-09-01") };
    QTest::newRow("first override") << later << subs << QDate(2026, 8, 31) << false << qint64(25000) << true;
    QTest::newRow("later override supersedes") << later << subs << QDate(2026, 9, 1) << false << qint64(12500) << true;
    const QStringList recordedOutOfOrder { QStringLiteral("subscriptions:rate:12.5:2026-09-01"),
                                           QStringLiteral("subscriptions:rate:25:2026-08-01") };
    QTest::newRow("by effective date, not by recording") << recordedOutOfOrder << subs << QDate(2026, 9, 2) << false
                                                         << qint64(12500) << true;
    const QStringList reverted { QStringLiteral("subscriptions:rate:25:2026-08-01"),
                                 QStringLiteral("subscriptions:program::2026-09-01") };
    QTest::newRow("program override reverts") << reverted << subs << QDate(2026, 9, 10) << false << qint64(20000)
                                              << false;
    QTest::newRow("before the revert") << reverted << subs << QDate(2026, 8, 10) << false << qint64(25000) << true;
    QTest::newRow("other line untouched") << midQuarter << QStringLiteral("templates") << QDate(2026, 9, 1) << false
                                          << qint64(70000) << false;
    const QStringList fixed { QStringLiteral("implementation:fixed:150.00 USD:2026-07-01") };
    QTest::newRow("fixed per deployment") << fixed << impl << QDate(2026, 7, 1) << false << qint64(30000) << true;
    QTest::newRow("negotiated commission before it") << fixed << impl << QDate(2026, 6, 30) << false << qint64(0)
                                                     << false;
    QTest::newRow("fixed in another currency") << QStringList { QStringLiteral("implementation:fixed:150.00 EUR:2026-07-01") }
                                               << impl << QDate(2026, 7, 2) << false << qint64(0) << true;
    QTest::newRow("fixed zero") << QStringList { QStringLiteral("implementation:fixed:0.00 USD:2026-07-01") } << impl
                                << QDate(2026, 7, 2) << false << qint64(0) << true;
    const QStringList renewal { QStringLiteral("subscriptions:rate:25:2026-07-01"),
                                QStringLiteral("renewal:rate:10:2026-07-01") };
    QTest::newRow("renewal override first") << renewal << subs << QDate(2026, 8, 1) << true << qint64(10000) << true;
    QTest::newRow("new sale: the line's override") << renewal << subs << QDate(2026, 8, 1) << false << qint64(25000)
                                                   << true;
    QTest::newRow("renewal falls back to the line's") << midQuarter << subs << QDate(2026, 8, 20) << true
                                                      << qint64(25000) << true;
    QTest::newRow("renewal before any override: program") << renewal << subs << QDate(2026, 6, 1) << true
                                                          << qint64(20000) << false;
}

void TestCommission::overridesByDate()
{
    QFETCH(QStringList, overrides);
    QFETCH(QString, line);
    QFETCH(QDate, soldOn);
    QFETCH(bool, renewal);
    QFETCH(qint64, reward);
    QFETCH(bool, overridden);
    const RewardContext ctx = context(overrides);
    const bool deployment = line == QLatin1StringView("implementation");
    const StatementLine l = lineFor(sale(line, 100000, deployment ? 2 : 1, soldOn, renewal), ctx);
    QCOMPARE(l.reward, (Money { reward, kUsd }));
    QCOMPARE(l.overrideId != 0, overridden);
    if (overridden && reward != 0)
        QVERIFY2(l.note.contains(QStringLiteral("deal %1").arg(l.overrideId)), qPrintable(l.note));
    if (overridden && reward == 0 && QTest::currentDataTag() == QLatin1StringView("fixed in another currency"))
        QVERIFY2(l.note.contains(QStringLiteral("EUR")), qPrintable(l.note));
}

void TestCommission::addValidates_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("line of another program") << "line" << "ti";
    QTest::newRow("rate over 100") << "rate" << "100";
    QTest::newRow("rate negative") << "negative rate" << "100";
    QTest::newRow("negative amount") << "amount" << "from 0";
    QTest::newRow("unknown currency") << "currency" << "XYZ";
    QTest::newRow("blank reason") << "reason" << "reason";
    QTest::newRow("no date") << "date" << "date";
    QTest::newRow("unknown partner") << "partner" << "";
}

void TestCommission::addValidates()
{
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    auto f = fixture();
    QVERIFY(f);
    RateOverride o = rateOverride(f->partner, QStringLiteral("subscriptions"), QDate(2026, 8, 1), 25);
    if (field == QLatin1StringView("line"))
        o.productLine = QStringLiteral("ti");
    else if (field == QLatin1StringView("rate"))
        o.rate = Rate { 10001 };
    else if (field == QLatin1StringView("negative rate"))
        o.rate = Rate { -1 };
    else if (field == QLatin1StringView("amount"))
        o.kind = OverrideKind::Fixed, o.perUnit = Money { -100, kUsd };
    else if (field == QLatin1StringView("currency"))
        o.kind = OverrideKind::Fixed, o.perUnit = Money { 100, QStringLiteral("XYZ") };
    else if (field == QLatin1StringView("reason"))
        o.reason = QStringLiteral("  \t ");
    else if (field == QLatin1StringView("date"))
        o.effectiveOn = QDate();
    else if (field == QLatin1StringView("partner"))
        o.partnerId = f->partner + 100;
    const auto added = RateOverrideStore(*f->db).add(o);
    QVERIFY(!added.has_value());
    QCOMPARE(added.error().code, field == QLatin1StringView("partner") ? Error::Code::NotFound : Error::Code::InvalidInput);
    QVERIFY2(added.error().message.contains(mentions), qPrintable(added.error().message));
    QCOMPARE(overrideCount(*f->db), qint64(0));
}

void TestCommission::addStampsAndLists()
{
    auto f = fixture();
    QVERIFY(f);
    RateOverrideStore store(*f->db);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    RateOverride later = rateOverride(f->partner, QStringLiteral("subscriptions"), QDate(2026, 9, 1), 30);
    later.reason = QStringLiteral("  renewed deal  ");
    QVERIFY(store.add(later).has_value());
    RateOverride fixed = rateOverride(f->partner, QStringLiteral("implementation"), QDate(2026, 7, 1), 0);
    fixed.kind = OverrideKind::Fixed;
    fixed.perUnit = Money { 12345, kUsd };
    const auto added = store.add(fixed);
    QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().message));
    QVERIFY(added->id > 0);
    QCOMPARE(added->recordedBy, QStringLiteral("anna"));
    QVERIFY(added->recordedAt >= before && added->recordedAt <= QDateTime::currentDateTimeUtc());
    RateOverride back = rateOverride(f->partner, QStringLiteral("renewal"), QDate(2026, 10, 1), 0);
    back.kind = OverrideKind::Program;
    QVERIFY(store.add(back).has_value());

    const auto all = store.forPartner(f->partner);
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).productLine, QStringLiteral("implementation")); // by effective date
    QCOMPARE(all->at(0).kind, OverrideKind::Fixed);
    QCOMPARE(all->at(0).perUnit, (Money { 12345, kUsd }));
    QCOMPARE(all->at(1).rate, Rate::percent(30));
    QCOMPARE(all->at(1).reason, QStringLiteral("renewed deal"));
    QCOMPARE(all->at(2).kind, OverrideKind::Program);
    QCOMPARE(all->at(2).effectiveOn, QDate(2026, 10, 1));
    QVERIFY(store.forPartner(f->partner + 1)->isEmpty());
}

void TestCommission::statementUsesOverrides()
{
    auto f = fixture();
    QVERIFY(f);
    Store store(*f->db);
    RateOverrideStore overrides(*f->db);
    QVERIFY(overrides.add(rateOverride(f->partner, QStringLiteral("subscriptions"), QDate(2026, 8, 15), 25)).has_value());
    const qint64 before = addLine(*f->db, *f, QStringLiteral("subscriptions"), QDate(2026, 8, 1), 100000, 1,
                                  QStringLiteral("S-1"));
    const qint64 after = addLine(*f->db, *f, QStringLiteral("subscriptions"), QDate(2026, 8, 20), 100000, 4,
                                 QStringLiteral("S-2"));
    QVERIFY(before && after);
    // A later override (recorded after the sale) does not change what the sale earned under the first.
    QVERIFY(overrides.add(rateOverride(f->partner, QStringLiteral("subscriptions"), QDate(2026, 10, 1), 5)).has_value());
    // Returned in Q4, under the 5 % override: the clawback is at the original's 25 %.
    QVERIFY(addLine(*f->db, *f, QStringLiteral("subscriptions"), QDate(2026, 10, 5), 100000, -1, QStringLiteral("R-1"),
                    after));
    QVERIFY(addLine(*f->db, *f, QStringLiteral("subscriptions"), QDate(2026, 10, 6), 100000, 1, QStringLiteral("S-3")));

    const auto q3 = buildStatement(store, f->partner, Quarter { 2026, 3 });
    QVERIFY(q3.has_value());
    QCOMPARE(q3->lines.size(), 2);
    QCOMPARE(q3->lines.at(0).reward.minor, qint64(20000)); // the program's 20 %
    QCOMPARE(q3->lines.at(0).overrideId, qint64(0));
    QCOMPARE(q3->lines.at(1).reward.minor, qint64(100000)); // 4 × 1,000.00 at 25 %
    QVERIFY(q3->lines.at(1).overrideId > 0);
    QVERIFY2(q3->lines.at(1).note.contains(QStringLiteral("agreed with headquarters")), qPrintable(q3->lines.at(1).note));
    QCOMPARE(q3->totals.value(0).rewards.minor, qint64(120000));

    const auto q4 = buildStatement(store, f->partner, Quarter { 2026, 4 });
    QVERIFY(q4.has_value());
    QCOMPARE(q4->lines.size(), 2);
    QCOMPARE(q4->lines.at(0).reward.minor, qint64(-25000)); // 25 %, not the 5 % of the return's date
    QCOMPARE(q4->lines.at(1).reward.minor, qint64(5000));   // a new sale at 5 %
    QCOMPARE(q4->totals.value(0).rewards.minor, qint64(-20000));
}

void TestCommission::overridesAreAppendOnly()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terms.sqlite"));
    {
        auto f = fixture(path);
        QVERIFY(f);
        QVERIFY(RateOverrideStore(*f->db)
                    .add(rateOverride(f->partner, QStringLiteral("subscriptions"), QDate(2026, 8, 1), 25))
                    .has_value());
    }
    for (const char *statement : { "UPDATE rate_overrides SET rate_bp = 9000;", "DELETE FROM rate_overrides;",
                                   "UPDATE rate_overrides SET effective_on = '2020-01-01';" }) {
        QProcess shell;
        shell.start(sqlite3, { path, QString::fromLatin1(statement) });
        QVERIFY(shell.waitForFinished(60000));
        QVERIFY(shell.exitCode() != 0);
        QVERIFY(shell.readAllStandardError().contains("append-only"));
    }
    auto db = Database::open(path);
    QVERIFY(db);
    const auto all = RateOverrideStore(**db).forPartner(1);
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().rate, Rate::percent(25));
    QCOMPARE(all->first().effectiveOn, QDate(2026, 8, 1));
}

QTEST_GUILESS_MAIN(TestCommission)
#include "tst_commission.moc"
