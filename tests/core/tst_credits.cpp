// Activation credits (PROGRAMS.md §2): purchase price at the tier discount, discounts inside and
// outside the tier's range, the append-only ledger that never goes negative, corrections as new
// entries, and two connections writing at once.
#include "licensing/creditservice.h"
#include "licensing/entitlements.h"
#include "licensingfixture.h"
#include "storage/creditledger.h"
#include "translations.h"

#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace pd;

namespace {

const QDate kOn(2026, 6, 1);
const QString kBy = QStringLiteral("test");

const Program &credits()
{
    static const Program p = [] {
        for (const Program &q : builtinPrograms()) {
            if (q.key == QLatin1StringView("activation-credits"))
                return q;
        }
        qFatal("no activation-credits preset");
    }();
    return p;
}

// One writer on its own connection (one per thread, as Qt Sql requires).
class Writer final : public QThread
{
public:
    Writer(QString path, qint64 partner, qint64 customer, int count, qint64 credits, bool consume,
        std::atomic<int> *ready)
        : m_path(std::move(path))
        , m_partner(partner)
        , m_customer(customer)
        , m_count(count)
        , m_credits(credits)
        , m_consume(consume)
        , m_ready(ready)
    {
    }
    int succeeded = 0;
    int refused = 0;
    QStringList errors;

protected:
    void run() override
    {
        std::unique_ptr<Database> db;
        {
            // Opening driver connections concurrently is not thread-safe before Qt 6.5.
            static QMutex opening;
            QMutexLocker lock(&opening);
            auto opened = Database::open(m_path);
            if (!opened) {
                errors << opened.error().message;
                m_ready->fetch_add(1);
                return;
            }
            db = std::move(*opened);
        }
        m_ready->fetch_add(1);
        while (m_ready->load() < 2)
            QThread::yieldCurrentThread();
        {
            Store store(*db);
            CreditService service(store);
            for (int i = 0; i < m_count; ++i) {
                const auto r = m_consume ? service.consume(m_partner, m_credits, m_customer, kOn, kBy)
                                         : service.buy(m_partner, m_credits, std::nullopt, kOn, kBy);
                if (r)
                    ++succeeded;
                else if (r.error().code == Error::Code::InvalidInput
                    && r.error().message.contains(QLatin1StringView("missing")))
                    ++refused;
                else
                    errors << r.error().message;
            }
        }
    }

private:
    QString m_path;
    qint64 m_partner;
    qint64 m_customer;
    int m_count;
    qint64 m_credits;
    bool m_consume;
    std::atomic<int> *m_ready;
};

} // namespace

class TestCredits final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void purchasePrice_data();
    void purchasePrice();
    void discountRange_data();
    void discountRange();

    void purchaseRecordsCreditsAndFiat();
    void tierOnThePurchaseDateDecidesTheRange();
    void consumptionNeverBelowZero();
    void consumptionOnlyForOwnCustomers();
    void correctionsAreNewEntries();
    void notACreditProgram();
    void ledgerIsAppendOnlyInTheDatabase();
    void concurrentPurchasesLoseNothing();
    void concurrentConsumptionNeverOverdraws();

private:
    LicensingFixture f;
};

void TestCredits::init()
{
    QVERIFY(f.open());
}

void TestCredits::cleanup()
{
    f.close();
}

void TestCredits::purchasePrice_data()
{
    QTest::addColumn<qint64>("credits");
    QTest::addColumn<int>("discountBp");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("paidMinor");
    QTest::newRow("1,000 at 20% = 800.00 USD") << qint64(1000) << 2000 << "USD" << qint64(80000);
    QTest::newRow("1,000 at 45% = 550.00") << qint64(1000) << 4500 << "USD" << qint64(55000);
    QTest::newRow("1 at 10% = 0.90") << qint64(1) << 1000 << "USD" << qint64(90);
    // 1 credit at 12.5 %: the discount is 0.125 USD -> 0.13 (halves away from zero), paid 0.87.
    QTest::newRow("half a cent rounds away from zero") << qint64(1) << 1250 << "USD" << qint64(87);
    QTest::newRow("no discount") << qint64(7) << 0 << "USD" << qint64(700);
    QTest::newRow("zero-digit currency") << qint64(1000) << 1550 << "JPY" << qint64(845);
    QTest::newRow("a billion credits") << qint64(1000000000) << 2000 << "USD" << qint64(80000000000);
}

void TestCredits::purchasePrice()
{
    QFETCH(qint64, credits);
    QFETCH(int, discountBp);
    QFETCH(QString, currency);
    QFETCH(qint64, paidMinor);
    const auto paid = creditPurchasePrice(credits, Rate { discountBp }, currency);
    QVERIFY(paid.has_value());
    QCOMPARE(paid->minor, paidMinor);
    QCOMPARE(paid->currency, currency);
}

void TestCredits::discountRange_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("requestedBp"); // -1: none requested
    QTest::addColumn<int>("expectedBp"); // -1: refused
    // PROGRAMS.md §2: Authorized 10–15, Specialist 20–25, Regional 30–35, Strategic 40–45.
    QTest::newRow("authorized default: lower bound") << "authorized" << -1 << 1000;
    QTest::newRow("authorized 10") << "authorized" << 1000 << 1000;
    QTest::newRow("authorized 12.5") << "authorized" << 1250 << 1250;
    QTest::newRow("authorized 15") << "authorized" << 1500 << 1500;
    QTest::newRow("authorized 9.99") << "authorized" << 999 << -1;
    QTest::newRow("authorized 15.01") << "authorized" << 1501 << -1;
    QTest::newRow("authorized 20 (next tier's)") << "authorized" << 2000 << -1;
    QTest::newRow("specialist 20") << "specialist" << 2000 << 2000;
    QTest::newRow("specialist 25") << "specialist" << 2500 << 2500;
    QTest::newRow("specialist 15") << "specialist" << 1500 << -1;
    QTest::newRow("regional default") << "regional" << -1 << 3000;
    QTest::newRow("regional 36") << "regional" << 3600 << -1;
    QTest::newRow("strategic 45") << "strategic" << 4500 << 4500;
    QTest::newRow("strategic 50") << "strategic" << 5000 << -1;
    QTest::newRow("unknown tier") << "platinum" << -1 << -1;
}

void TestCredits::discountRange()
{
    QFETCH(QString, tier);
    QFETCH(int, requestedBp);
    QFETCH(int, expectedBp);
    const std::optional<Rate> requested
        = requestedBp < 0 ? std::nullopt : std::optional<Rate>(Rate { requestedBp });
    const auto rate = creditDiscount(creditDiscountRange(credits(), tier), tier, requested);
    if (expectedBp < 0) {
        QVERIFY(!rate.has_value());
        QVERIFY(!rate.error().message.isEmpty());
        return;
    }
    QVERIFY2(rate.has_value(), rate ? "" : qPrintable(rate.error().message));
    QCOMPARE(rate->bp, expectedBp);
}

void TestCredits::purchaseRecordsCreditsAndFiat()
{
    const qint64 p = f.addPartner(
        QStringLiteral("A-1"), QStringLiteral("activation-credits"), QStringLiteral("specialist"));
    CreditService service(*f.store);
    const auto e = service.buy(p, 1000, Rate { 2000 }, kOn, kBy, QStringLiteral("first pack"));
    QVERIFY2(e.has_value(), e ? "" : qPrintable(e.error().message));
    QCOMPARE(e->kind, CreditEntryKind::Purchase);
    QCOMPARE(e->credits, 1000);
    QCOMPARE(e->paid, (Money { 80000, QStringLiteral("USD") })); // 800.00 USD
    QCOMPARE(e->discount.bp, 2000);
    QCOMPARE(e->balanceAfter, 1000);
    QVERIFY(e->id > 0);
    QCOMPARE(*service.balance(p), 1000);
    const FormattingScope english(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto outside = service.buy(p, 1000, Rate { 3000 }, kOn, kBy);
    QVERIFY(!outside.has_value());
    QVERIFY2(outside.error().message.startsWith(QStringLiteral("A discount of 30% is outside"))
                 && outside.error().message.endsWith(QStringLiteral("range of 20%–25%.")),
             qPrintable(outside.error().message));
    QCOMPARE(service.ledger(p)->size(), 1);
    QVERIFY(!service.buy(p, 0, std::nullopt, kOn, kBy).has_value());
    QVERIFY(!service.buy(p, -5, std::nullopt, kOn, kBy).has_value());
    QVERIFY(!service.buy(p, 10, std::nullopt, kOn, QString()).has_value()); // who records it
}

void TestCredits::tierOnThePurchaseDateDecidesTheRange()
{
    const qint64 p = f.addPartner(
        QStringLiteral("A-2"), QStringLiteral("activation-credits"), QStringLiteral("authorized"));
    const Partner before = *f.store->partner(p);
    QVERIFY(f.store
                ->applyTierChange(p, QStringLiteral("regional"), QDate(2026, 7, 1), QStringLiteral("review"),
                    QStringLiteral("vendor"), before.rowVersion)
                .has_value());
    CreditService service(*f.store);
    QVERIFY(!service.buy(p, 100, Rate { 3000 }, QDate(2026, 6, 30), kBy).has_value()); // still Authorized
    const auto after = service.buy(p, 100, Rate { 3000 }, QDate(2026, 7, 1), kBy);
    QVERIFY(after.has_value());
    QCOMPARE(after->paid.minor, 7000);
}

void TestCredits::consumptionNeverBelowZero()
{
    const qint64 p = f.addPartner(
        QStringLiteral("A-3"), QStringLiteral("activation-credits"), QStringLiteral("authorized"));
    const qint64 c = f.addCustomer(p, QStringLiteral("C-3"));
    CreditService service(*f.store);
    QVERIFY(service.buy(p, 100, std::nullopt, kOn, kBy).has_value());
    const auto used = service.consume(p, 60, c, kOn, kBy);
    QVERIFY(used.has_value());
    QCOMPARE(used->credits, -60);
    QCOMPARE(used->balanceAfter, 40);
    const auto refused = service.consume(p, 150, c, kOn, kBy);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    // The shortfall is named: 40 on hand, 150 asked, 110 missing.
    QVERIFY2(refused.error().message.contains(QLatin1StringView("110")), qPrintable(refused.error().message));
    QCOMPARE(*service.balance(p), 40);
    QCOMPARE(service.ledger(p)->size(), 2);
    QVERIFY(service.consume(p, 40, c, kOn, kBy).has_value()); // exactly to zero
    QCOMPARE(*service.balance(p), 0);
    QVERIFY(!service.consume(p, 1, c, kOn, kBy).has_value());
    // A partner that never bought anything has nothing to consume.
    const qint64 q = f.addPartner(
        QStringLiteral("A-4"), QStringLiteral("activation-credits"), QStringLiteral("authorized"));
    QVERIFY(!service.consume(q, 1, f.addCustomer(q, QStringLiteral("C-4")), kOn, kBy).has_value());
    QCOMPARE(*service.balance(q), 0);
    QVERIFY(CreditLedger(*f.db).audit()->isEmpty());
}

void TestCredits::consumptionOnlyForOwnCustomers()
{
    const qint64 p = f.addPartner(
        QStringLiteral("A-5"), QStringLiteral("activation-credits"), QStringLiteral("authorized"));
    const qint64 q = f.addPartner(
        QStringLiteral("A-6"), QStringLiteral("activation-credits"), QStringLiteral("authorized"));
    const qint64 theirs = f.addCustomer(q, QStringLiteral("C-6"));
    CreditService service(*f.store);
    QVERIFY(service.buy(p, 100, std::nullopt, kOn, kBy).has_value());
    QVERIFY(!service.consume(p, 10, theirs, kOn, kBy).has_value());
    QVERIFY(!service.consume(p, 10, 999999, kOn, kBy).has_value());
    QCOMPARE(*service.balance(p), 100);
}

void TestCredits::correctionsAreNewEntries()
{
    const qint64 p = f.addPartner(
        QStringLiteral("A-7"), QStringLiteral("activation-credits"), QStringLiteral("specialist"));
    CreditService service(*f.store);
    const auto bought = service.buy(p, 1000, Rate { 2000 }, kOn, kBy);
    QVERIFY(bought.has_value());
    // 1,000 credits were recorded but 900 delivered: correct by -100 credits and -80.00 USD.
    QVERIFY(!service.correct(p, bought->id, -100, -8000, kOn, QString(), kBy).has_value()); // reason required
    QVERIFY(!service.correct(p, bought->id, 0, 0, kOn, QStringLiteral("nothing"), kBy).has_value());
    const auto fix = service.correct(p, bought->id, -100, -8000, kOn, QStringLiteral("900 delivered"), kBy);
    QVERIFY2(fix.has_value(), fix ? "" : qPrintable(fix.error().message));
    QCOMPARE(fix->kind, CreditEntryKind::Correction);
    QCOMPARE(fix->correctsId, bought->id);
    QCOMPARE(fix->balanceAfter, 900);
    const auto ledger = service.ledger(p);
    QCOMPARE(ledger->size(), 2);
    QCOMPARE(ledger->at(0).credits, 1000); // the purchase is unchanged
    QCOMPARE(ledger->at(0).paid.minor, 80000);
    QCOMPARE(ledger->at(1).paid.minor, -8000);
    // A correction cannot take the balance below zero either.
    const auto tooMuch = service.correct(p, bought->id, -901, 0, kOn, QStringLiteral("typo"), kBy);
    QVERIFY(!tooMuch.has_value());
    QVERIFY(tooMuch.error().message.contains(QLatin1StringView("901")));
    // Nor correct another partner's entry.
    const qint64 q = f.addPartner(
        QStringLiteral("A-8"), QStringLiteral("activation-credits"), QStringLiteral("specialist"));
    QVERIFY(!service.correct(q, bought->id, 10, 0, kOn, QStringLiteral("x"), kBy).has_value());
    QCOMPARE(*service.balance(p), 900);
    QVERIFY(CreditLedger(*f.db).audit()->isEmpty());
}

void TestCredits::notACreditProgram()
{
    const qint64 p = f.addPartner(
        QStringLiteral("R-1"), QStringLiteral("reseller-status"), QStringLiteral("privileged"));
    CreditService service(*f.store);
    const auto refused = service.buy(p, 100, std::nullopt, kOn, kBy);
    QVERIFY(!refused.has_value());
    // The name is quoted, not put after "the program": names often start with "Program" in
    // Spanish ("Programa de niveles…").
    QCOMPARE(refused.error().message,
             QStringLiteral("Program \"Reseller status program\" does not use activation credits."));
    QVERIFY(!creditDiscountRange(credits(), QStringLiteral("nope")).offered);
}

void TestCredits::ledgerIsAppendOnlyInTheDatabase()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    f.close();
    QVERIFY(f.open(path));
    const qint64 p = f.addPartner(
        QStringLiteral("A-9"), QStringLiteral("activation-credits"), QStringLiteral("authorized"));
    QVERIFY(CreditService(*f.store).buy(p, 100, std::nullopt, kOn, kBy).has_value());
    f.close();
    for (const char *statement :
        { "UPDATE credit_ledger SET credits = 1000000;", "DELETE FROM credit_ledger;" }) {
        QProcess shell;
        shell.start(sqlite3, { path, QString::fromLatin1(statement) });
        QVERIFY(shell.waitForFinished(60000));
        QVERIFY(shell.exitCode() != 0);
        QVERIFY(shell.readAllStandardError().contains("append-only"));
    }
    QVERIFY(f.open(path));
    const auto ledger = CreditLedger(*f.db).entries(p);
    QCOMPARE(ledger->size(), 1);
    QCOMPARE(ledger->first().credits, 100);
}

void TestCredits::concurrentPurchasesLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("concurrent.sqlite"));
    f.close();
    QVERIFY(f.open(path));
    const qint64 p = f.addPartner(
        QStringLiteral("A-10"), QStringLiteral("activation-credits"), QStringLiteral("authorized"));
    f.close();
    std::atomic<int> ready { 0 };
    constexpr int kEach = 40;
    Writer a(path, p, 0, kEach, 10, false, &ready);
    Writer b(path, p, 0, kEach, 1, false, &ready);
    a.start();
    b.start();
    QVERIFY(a.wait());
    QVERIFY(b.wait());
    QVERIFY2(a.errors.isEmpty(), qPrintable(a.errors.join(u'\n')));
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.join(u'\n')));
    QCOMPARE(a.succeeded + b.succeeded, 2 * kEach);
    QVERIFY(f.open(path));
    CreditLedger ledger(*f.db);
    QCOMPARE(ledger.entries(p)->size(), 2 * kEach);
    QCOMPARE(*ledger.balance(p), kEach * 10 + kEach * 1);
    QVERIFY(ledger.audit()->isEmpty()); // each balance-after is the running sum
}

void TestCredits::concurrentConsumptionNeverOverdraws()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overdraw.sqlite"));
    f.close();
    QVERIFY(f.open(path));
    const qint64 p = f.addPartner(
        QStringLiteral("A-11"), QStringLiteral("activation-credits"), QStringLiteral("authorized"));
    const qint64 c = f.addCustomer(p, QStringLiteral("C-11"));
    QVERIFY(CreditService(*f.store).buy(p, 1000, std::nullopt, kOn, kBy).has_value());
    f.close();
    // 2 × 15 attempts of 40 credits = 1,200 asked of 1,000: exactly 25 succeed.
    std::atomic<int> ready { 0 };
    Writer a(path, p, c, 15, 40, true, &ready);
    Writer b(path, p, c, 15, 40, true, &ready);
    a.start();
    b.start();
    QVERIFY(a.wait());
    QVERIFY(b.wait());
    QVERIFY2(a.errors.isEmpty() && b.errors.isEmpty(), qPrintable((a.errors + b.errors).join(u'\n')));
    QCOMPARE(a.succeeded + b.succeeded, 25);
    QCOMPARE(a.refused + b.refused, 5);
    QVERIFY(f.open(path));
    CreditLedger ledger(*f.db);
    QCOMPARE(*ledger.balance(p), 0);
    QCOMPARE(ledger.entries(p)->size(), 26);
    QVERIFY(ledger.audit()->isEmpty());
}

QTEST_GUILESS_MAIN(TestCredits)
#include "tst_credits.moc"
