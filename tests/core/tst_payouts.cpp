// The payout ledger (issue 16, point 3): payables created inside a close's transaction, negative
// balances carried forward and never paid negative, currencies kept apart, the states owed ->
// approved -> paid with every refusal changing nothing, and the database refusing the same
// (and any rewrite) when the ledger is bypassed.
#include "licensingfixture.h"
#include "payouts/payoutledger.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pd;

namespace
{

const QString kBy = QStringLiteral("ana");

// "r,b,s,a": a draft's rewards, rebate, SPIF and adjustments; "-": no draft that quarter.
std::optional<PayableDraft> draftOf(qint64 partner, const QString &currency, const QString &spec)
{
    if (spec == QLatin1StringView("-"))
        return std::nullopt;
    const QStringList parts = spec.split(u',');
    Q_ASSERT(parts.size() == 4);
    return PayableDraft { partner, currency, parts[0].toLongLong(), parts[1].toLongLong(),
        parts[2].toLongLong(), parts[3].toLongLong() };
}

// "in/amount/out" of a payable, or "-" for none.
QString figures(const std::optional<Payable> &p)
{
    if (!p)
        return QStringLiteral("-");
    return QStringLiteral("%1/%2/%3").arg(p->carriedInMinor).arg(p->amountMinor).arg(p->carriedOutMinor);
}

} // namespace

Q_DECLARE_METATYPE(pd::PayableDraft)

class TestPayouts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void carryForward_data();
    void carryForward();
    void currenciesAndPartnersApart();
    void draftsRefused_data();
    void draftsRefused();
    void transitions();
    void refusals_data();
    void refusals();
    void listFilters();
    void databaseRefuses_data();
    void databaseRefuses();
    void databaseKeepsTheChain();
    void listOf100000();

private:
    // Closes `quarter` (its quarter_closes row, as the close does) and creates its payables in
    // the same transaction.
    Result<QList<Payable>> close(const QString &quarter, const QList<PayableDraft> &drafts);
    std::optional<Payable> payableOf(qint64 partner, const QString &quarter, const QString &currency);
    // Payables and events, in one line: what a refusal must leave as it was.
    QString state();
    qint64 owed(qint64 amount); // a fresh owed payable of partner A in EUR
    Database &db() { return *m_f.db; }

    LicensingFixture m_f;
    qint64 m_a = 0;
    qint64 m_b = 0;
    int m_closed = 0; // quarters closed in this test, from 2025-Q1
};

void TestPayouts::init()
{
    QVERIFY(m_f.open());
    m_a = m_f.addPartner(
        QStringLiteral("P-A"), QStringLiteral("reseller-status"), QStringLiteral("authorized"));
    m_b = m_f.addPartner(
        QStringLiteral("P-B"), QStringLiteral("reseller-status"), QStringLiteral("authorized"));
    QVERIFY(sql::exec(db(), QStringLiteral("UPDATE partners SET owner = 'Lucía' WHERE id = ?"), { m_a })
                .has_value());
    QVERIFY(sql::exec(db(), QStringLiteral("UPDATE partners SET owner = 'Oleg' WHERE id = ?"), { m_b })
                .has_value());
    m_closed = 0;
}

void TestPayouts::cleanup()
{
    m_f.close();
}

Result<QList<Payable>> TestPayouts::close(const QString &quarter, const QList<PayableDraft> &drafts)
{
    QList<Payable> out;
    PayoutLedger ledger(db());
    const auto done = db().transaction([&]() -> Result<void> {
        if (auto r = sql::exec(db(),
                QStringLiteral("INSERT INTO quarter_closes (quarter, closed_at, closed_by) VALUES (?, ?, ?)"),
                { quarter, QStringLiteral("2026-01-01T00:00:00.000Z"), kBy });
            !r)
            return r;
        auto created = ledger.createWithin(*Quarter::parse(quarter), drafts, kBy);
        if (!created)
            return std::unexpected(created.error());
        out = *created;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    ++m_closed;
    return out;
}

std::optional<Payable> TestPayouts::payableOf(qint64 partner, const QString &quarter, const QString &currency)
{
    PayoutFilter f;
    f.partnerId = partner;
    f.quarter = Quarter::parse(quarter);
    f.currency = currency;
    const auto rows = PayoutLedger(db()).list(f);
    if (!rows || rows->size() > 1)
        qFatal("list failed or more than one payable");
    return rows->isEmpty() ? std::nullopt : std::optional<Payable>(rows->first());
}

QString TestPayouts::state()
{
    const auto r = sql::scalar(db(),
        QStringLiteral(
            "SELECT (SELECT count(*) || ':' || coalesce(sum(amount_minor), 0) || ':' "
            "|| coalesce(sum(carried_out_minor), 0) FROM payables) || '|' || (SELECT count(*) || ':' "
            "|| coalesce(group_concat(payable_id || state || coalesce(paid_on, '') || payment_reference "
            "|| recorded_by), '') FROM payout_events)"));
    return r ? r->toString() : r.error().message;
}

qint64 TestPayouts::owed(qint64 amount)
{
    const QString quarter = QStringLiteral("%1-Q%2").arg(2025 + m_closed / 4).arg(m_closed % 4 + 1);
    const auto created = close(quarter, { PayableDraft { m_a, QStringLiteral("EUR"), amount, 0, 0, 0 } });
    if (!created || created->size() != 1)
        qFatal("no payable: %s", created ? "none" : qPrintable(created.error().message));
    return created->first().id;
}

// One partner in EUR over five quarters: quarter i's draft and the payable expected of it.
void TestPayouts::carryForward_data()
{
    QTest::addColumn<QStringList>("drafts");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("states");
    QTest::newRow("paid-then-clawback-paid-down")
        << QStringList { "100,20,0,0", "0,0,0,-270", "60,0,10,0", "-", "80,0,0,0" }
        << QStringList { "0/120/0", "0/0/-270", "-270/0/-200", "-200/0/-200", "-200/0/-120" }
        << QStringList { "owed", "carried", "carried", "carried", "carried" };
    QTest::newRow("balance-repaid-exactly-then-owed")
        << QStringList { "0,0,0,-50", "30,0,0,0", "20,0,0,0", "15,5,0,0", "-" }
        << QStringList { "0/0/-50", "-50/0/-20", "-20/0/0", "0/20/0", "-" }
        << QStringList { "carried", "carried", "carried", "owed", "-" };
    QTest::newRow("zero-sum-quarters") << QStringList { "0,0,0,0", "50,0,0,-50", "-", "0,0,0,0", "1,0,0,0" }
                                       << QStringList { "-", "0/0/0", "-", "-", "0/1/0" }
                                       << QStringList { "-", "carried", "-", "-", "owed" };
    QTest::newRow("clawback-larger-than-the-next-payable")
        << QStringList { "500,0,0,0", "0,0,0,-800", "100,0,0,0", "100,0,0,0", "900,0,0,-100" }
        << QStringList { "0/500/0", "0/0/-800", "-800/0/-700", "-700/0/-600", "-600/200/0" }
        << QStringList { "owed", "carried", "carried", "carried", "owed" };
}

void TestPayouts::carryForward()
{
    QFETCH(QStringList, drafts);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, states);
    const QStringList quarters { "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3" };
    for (qsizetype i = 0; i < quarters.size(); ++i) {
        QList<PayableDraft> list;
        if (const auto d = draftOf(m_a, QStringLiteral("EUR"), drafts[i]))
            list << *d;
        const auto created = close(quarters[i], list);
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().message));
        const auto p = payableOf(m_a, quarters[i], QStringLiteral("EUR"));
        QCOMPARE(created->size(), p ? 1 : 0);
        QCOMPARE(figures(p), expected[i]);
        QCOMPARE(p ? payoutStateKey(p->state) : QStringLiteral("-"), states[i]);
        if (p) {
            QCOMPARE(created->first().id, p->id);
            QVERIFY(p->amountMinor >= 0);
            QCOMPARE(p->partnerCode, QStringLiteral("P-A"));
            QCOMPARE(p->createdBy, kBy);
            QVERIFY(p->createdAt.isValid());
            QCOMPARE(p->createdAt.timeSpec(), Qt::UTC);
        }
    }
}

void TestPayouts::currenciesAndPartnersApart()
{
    const QString eur = QStringLiteral("EUR"), usd = QStringLiteral("USD"), rub = QStringLiteral("RUB");
    auto r = close(QStringLiteral("2026-Q1"),
        { { m_a, eur, 0, 0, 0, -100 }, { m_a, usd, 100, 0, 0, 0 }, { m_b, eur, 40, 0, 0, 0 },
            { m_b, rub, 0, 0, 0, -7 } });
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->size(), 4);
    QCOMPARE(figures(payableOf(m_a, QStringLiteral("2026-Q1"), eur)), QStringLiteral("0/0/-100"));
    QCOMPARE(figures(payableOf(m_a, QStringLiteral("2026-Q1"), usd)), QStringLiteral("0/100/0"));
    QCOMPARE(figures(payableOf(m_b, QStringLiteral("2026-Q1"), eur)), QStringLiteral("0/40/0"));

    // A's euro clawback is not taken from its dollars nor from B's euros; B's roubles carry alone.
    r = close(QStringLiteral("2026-Q2"),
        { { m_a, eur, 30, 0, 0, 0 }, { m_a, usd, 5, 0, 0, 0 }, { m_b, eur, 10, 0, 0, 0 } });
    QVERIFY(r.has_value());
    QCOMPARE(r->size(), 4);
    QCOMPARE(figures(payableOf(m_a, QStringLiteral("2026-Q2"), eur)), QStringLiteral("-100/0/-70"));
    QCOMPARE(figures(payableOf(m_a, QStringLiteral("2026-Q2"), usd)), QStringLiteral("0/5/0"));
    QCOMPARE(figures(payableOf(m_b, QStringLiteral("2026-Q2"), eur)), QStringLiteral("0/10/0"));
    QCOMPARE(figures(payableOf(m_b, QStringLiteral("2026-Q2"), rub)), QStringLiteral("-7/0/-7"));
    const auto carried = payableOf(m_b, QStringLiteral("2026-Q2"), rub);
    QCOMPARE(
        carried->rewardsMinor + carried->rebateMinor + carried->spifMinor + carried->adjustmentsMinor, 0);
    QCOMPARE(carried->state, PayoutState::Carried);
}

void TestPayouts::draftsRefused_data()
{
    QTest::addColumn<QList<PayableDraft>>("drafts");
    QTest::addColumn<QString>("message");
    const QString eur = QStringLiteral("EUR");
    QTest::newRow("same-partner-and-currency-twice")
        << QList<PayableDraft> { { 1, eur, 10, 0, 0, 0 }, { 2, eur, 5, 0, 0, 0 }, { 1, eur, 3, 0, 0, 0 } }
        << QStringLiteral("Partner 1 has two payables in EUR for 2026-Q1");
    QTest::newRow("sum-beyond-the-largest-amount") << QList<PayableDraft> { { 2, eur, 1, 0, 0, 0 },
        { 1, eur, kMaxMinor, 0, 1, 0 } } << QStringLiteral("beyond the largest amount");
    QTest::newRow("unknown-currency") << QList<PayableDraft> { { 1, QStringLiteral("EURO"), 10, 0, 0, 0 } }
                                      << QStringLiteral("unknown currency \"EURO\"");
    QTest::newRow("sum-overflows-qint64")
        << QList<PayableDraft> { { 1, eur, std::numeric_limits<qint64>::max(), 1, 0, 0 } }
        << QStringLiteral("beyond the largest amount");
}

// A refused draft fails the whole close: nothing of it is written.
void TestPayouts::draftsRefused()
{
    QFETCH(QList<PayableDraft>, drafts);
    QFETCH(QString, message);
    QCOMPARE(m_a, 1);
    QCOMPARE(m_b, 2);
    const QString before = state();
    const auto r = close(QStringLiteral("2026-Q1"), drafts);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(state(), before);
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT count(*) FROM quarter_closes"))->toInt(), 0);
}

void TestPayouts::transitions()
{
    PayoutLedger ledger(db());
    const qint64 id = owed(12345);
    QCOMPARE(ledger.payable(id)->state, PayoutState::Owed);

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const auto approved = ledger.approve(id, QStringLiteral("  Marta  "));
    QVERIFY2(approved.has_value(), qPrintable(approved ? QString() : approved.error().message));
    QCOMPARE(approved->state, PayoutState::Approved);
    QCOMPARE(approved->approvedBy, QStringLiteral("Marta"));
    QVERIFY(approved->approvedAt >= before && approved->approvedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!approved->paidOn.isValid());

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto paid = ledger.pay(id, today, QStringLiteral("  SEPA-2026-0042 "), QStringLiteral("Iván"));
    QVERIFY2(paid.has_value(), qPrintable(paid ? QString() : paid.error().message));
    QCOMPARE(paid->state, PayoutState::Paid);
    QCOMPARE(paid->paidOn, today);
    QCOMPARE(paid->paymentReference, QStringLiteral("SEPA-2026-0042"));
    QCOMPARE(paid->paidBy, QStringLiteral("Iván"));
    QCOMPARE(paid->approvedBy, QStringLiteral("Marta"));
    QCOMPARE(paid->amountMinor, 12345);
    // Read back the same.
    const auto again = ledger.payable(id);
    QCOMPARE(again->state, PayoutState::Paid);
    QCOMPARE(again->paymentReference, QStringLiteral("SEPA-2026-0042"));

    const auto missing = ledger.approve(id + 100, kBy);
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

// Each refusal names the payable and its state, and changes nothing.
void TestPayouts::refusals_data()
{
    QTest::addColumn<QString>("prepared"); // the state the payable is brought to first
    QTest::addColumn<QString>("action"); // approve, or pay with the fields below
    QTest::addColumn<int>("daysFromToday"); // the payment date
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("message");
    const QString ref = QStringLiteral("TR-1");
    const QString named = QStringLiteral("Payable %1 (P-A, %2, EUR)");
    QTest::newRow("approve-approved")
        << "approved"
        << "approve" << 0 << ref << kBy
        << QString(named + QStringLiteral(" cannot be approved: it is approved"));
    QTest::newRow("approve-paid") << "paid"
                                  << "approve" << 0 << ref << kBy
                                  << QString(named + QStringLiteral(" cannot be approved: it is paid"));
    QTest::newRow("approve-carried") << "carried"
                                     << "approve" << 0 << ref << kBy
                                     << QString(named + QStringLiteral(" cannot be approved: it is carried"));
    QTest::newRow("approve-nobody") << "owed"
                                    << "approve" << 0 << ref << " "
                                    << QString(
                                           named + QStringLiteral(" cannot be approved without the name"));
    QTest::newRow("pay-owed") << "owed"
                              << "pay" << 0 << ref << kBy
                              << QString(named + QStringLiteral(" cannot be paid: it is owed"));
    QTest::newRow("pay-carried") << "carried"
                                 << "pay" << 0 << ref << kBy
                                 << QString(named + QStringLiteral(" cannot be paid: it is carried"));
    QTest::newRow("pay-paid") << "paid"
                              << "pay" << 0 << ref << kBy
                              << QString(named + QStringLiteral(" cannot be paid: it is paid"));
    QTest::newRow("pay-before-approval")
        << "approved"
        << "pay" << -1 << ref << kBy << QString(named + QStringLiteral(" cannot be paid on "));
    QTest::newRow("pay-in-the-future")
        << "approved"
        << "pay" << 2 << ref << kBy << QStringLiteral("the date is in the future");
    QTest::newRow("pay-empty-reference")
        << "approved"
        << "pay" << 0 << " \t " << kBy
        << QString(named + QStringLiteral(" cannot be paid without a payment reference"));
    QTest::newRow("pay-reference-too-long")
        << "approved"
        << "pay" << 0 << QString(101, u'x') << kBy
        << QStringLiteral("the payment reference has 101 characters, at most 100");
    QTest::newRow("pay-nobody") << "approved"
                                << "pay" << 0 << ref << ""
                                << QString(named + QStringLiteral(" cannot be paid without the name"));
}

void TestPayouts::refusals()
{
    QFETCH(QString, prepared);
    QFETCH(QString, action);
    QFETCH(int, daysFromToday);
    QFETCH(QString, reference);
    QFETCH(QString, by);
    QFETCH(QString, message);
    PayoutLedger ledger(db());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    // A carried payable comes from a clawback.
    const qint64 target = owed(prepared == QLatin1StringView("carried") ? -5 : 900);
    if (prepared == QLatin1StringView("approved") || prepared == QLatin1StringView("paid"))
        QVERIFY(ledger.approve(target, kBy).has_value());
    if (prepared == QLatin1StringView("paid"))
        QVERIFY(ledger.pay(target, today, QStringLiteral("first"), kBy).has_value());
    const auto p = ledger.payable(target);
    QCOMPARE(payoutStateKey(p->state), prepared);

    const QString before = state();
    const auto r = action == QLatin1StringView("approve")
        ? ledger.approve(target, by)
        : ledger.pay(target, today.addDays(daysFromToday), reference, by);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    const QString expected
        = message.contains(QStringLiteral("%1")) ? message.arg(target).arg(p->quarter.text()) : message;
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message + u'\n' + expected));
    QCOMPARE(state(), before);
    QCOMPARE(ledger.payable(target)->state, p->state);
}

void TestPayouts::listFilters()
{
    const QString eur = QStringLiteral("EUR"), usd = QStringLiteral("USD");
    QVERIFY(close(QStringLiteral("2026-Q1"),
        { { m_b, eur, 10, 0, 0, 0 }, { m_a, usd, 20, 0, 0, 0 }, { m_a, eur, 30, 0, 0, 0 } }));
    QVERIFY(close(QStringLiteral("2026-Q2"), { { m_a, eur, 0, 0, 0, -1 }, { m_b, eur, 40, 0, 0, 0 } }));
    PayoutLedger ledger(db());
    const auto all = ledger.list();
    QVERIFY(all.has_value());
    QStringList order;
    for (const Payable &p : *all)
        order << QStringLiteral("%1 %2 %3").arg(p.quarter.text(), p.partnerCode, p.currency);
    QCOMPARE(order,
        (QStringList {
            "2026-Q1 P-A EUR", "2026-Q1 P-A USD", "2026-Q1 P-B EUR", "2026-Q2 P-A EUR", "2026-Q2 P-B EUR" }));
    QCOMPARE(all->first().owner, QStringLiteral("Lucía"));
    QCOMPARE(all->first().programKey, QStringLiteral("reseller-status"));
    QCOMPARE(all->first().partnerName, QStringLiteral("P-A Ltd"));

    const qint64 b1 = all->at(2).id;
    QVERIFY(ledger.approve(b1, kBy));
    QVERIFY(ledger.approve(all->at(1).id, kBy));
    QVERIFY(ledger.pay(all->at(1).id, QDateTime::currentDateTimeUtc().date(), QStringLiteral("R"), kBy));

    const auto count = [&](PayoutFilter f) {
        const auto rows = ledger.list(f);
        QStringList ids;
        for (const Payable &p : *rows)
            ids << QString::number(p.id);
        return ids.join(u',');
    };
    const auto id = [&](int i) { return QString::number(all->at(i).id); };
    PayoutFilter f;
    f.state = PayoutState::Owed;
    QCOMPARE(count(f), QString(id(0) + u',' + id(4)));
    f.state = PayoutState::Approved;
    QCOMPARE(count(f), id(2));
    f.state = PayoutState::Paid;
    QCOMPARE(count(f), id(1));
    f.state = PayoutState::Carried;
    QCOMPARE(count(f), id(3));
    f = {};
    f.quarter = Quarter::parse(QStringLiteral("2026-Q2"));
    QCOMPARE(count(f), QString(id(3) + u',' + id(4)));
    f = {};
    f.currency = QStringLiteral("usd");
    QCOMPARE(count(f), id(1));
    f = {};
    f.owner = QStringLiteral("Oleg");
    QCOMPARE(count(f), QString(id(2) + u',' + id(4)));
    f.state = PayoutState::Owed;
    f.partnerId = m_b;
    QCOMPARE(count(f), id(4));
    f.partnerId = m_a;
    QCOMPARE(count(f), QString());
}

// Around the ledger (the CLI shell, a script): the database refuses what the ledger refuses.
void TestPayouts::databaseRefuses_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");
    const QString event = QStringLiteral(
        "INSERT INTO payout_events (payable_id, partner_id, state, recorded_at, recorded_by, paid_on, "
        "payment_reference) VALUES ");
    QTest::newRow("update-payable")
        << "UPDATE payables SET amount_minor = amount_minor + 1, rewards_minor = rewards_minor + 1"
        << "payables is append-only";
    QTest::newRow("delete-payable") << "DELETE FROM payables"
                                    << "payables is append-only";
    QTest::newRow("update-event") << "UPDATE payout_events SET recorded_by = 'x'"
                                  << "payout_events is append-only";
    QTest::newRow("delete-event") << "DELETE FROM payout_events"
                                  << "payout_events is append-only";
    QTest::newRow("paid-without-approval") << QString(
        event + QStringLiteral("(:owed, :a, 'paid', '2026-01-01T00:00:00.000Z', 'x', '2026-02-01', 'R')"))
                                           << "a payable is paid only once approved";
    QTest::newRow("paid-before-approval-day") << QString(
        event + QStringLiteral("(:approved, :a, 'paid', '2026-01-01T00:00:00.000Z', 'x', '2000-01-01', 'R')"))
                                              << "on or after the approval's day";
    QTest::newRow("paid-on-no-date") << QString(
        event + QStringLiteral("(:approved, :a, 'paid', '2026-01-01T00:00:00.000Z', 'x', 'soon', 'R')"))
                                     << "a payment date is a YYYY-MM-DD date";
    QTest::newRow("paid-twice") << QString(
        event + QStringLiteral("(:paid, :a, 'paid', '2099-01-01T00:00:00.000Z', 'x', '2099-01-01', 'R2')"))
                                << "UNIQUE";
    QTest::newRow("paid-no-reference") << QString(
        event + QStringLiteral("(:approved, :a, 'paid', '2026-01-01T00:00:00.000Z', 'x', '2099-01-01', '')"))
                                       << "CHECK";
    QTest::newRow("approve-zero") << QString(
        event + QStringLiteral("(:carried, :a, 'approved', '2026-01-01T00:00:00.000Z', 'x', NULL, '')"))
                                  << "only a payable with an amount to pay is approved";
    QTest::newRow("approve-other-partner") << QString(
        event + QStringLiteral("(:owed, :b, 'approved', '2026-01-01T00:00:00.000Z', 'x', NULL, '')"))
                                           << "a payout event belongs to its payable's partner";
    QTest::newRow("approve-twice") << QString(
        event + QStringLiteral("(:approved, :a, 'approved', '2026-01-01T00:00:00.000Z', 'x', NULL, '')"))
                                   << "UNIQUE";
    const QString payable = QStringLiteral(
        "INSERT INTO payables (partner_id, quarter, currency, rewards_minor, rebate_minor, spif_minor, "
        "adjustments_minor, carried_in_minor, amount_minor, carried_out_minor, created_at, created_by) "
        "VALUES ");
    QTest::newRow("amount-does-not-add-up")
        << QString(payable + QStringLiteral("(:b, '2025-Q1', 'EUR', 100, 0, 0, 0, 0, 101, 0, 'x', 'x')"))
        << "CHECK";
    QTest::newRow("paid-negative") << QString(
        payable + QStringLiteral("(:b, '2025-Q1', 'EUR', -100, 0, 0, 0, 0, -100, 0, 'x', 'x')"))
                                   << "CHECK";
    QTest::newRow("paid-and-carried")
        << QString(payable + QStringLiteral("(:b, '2025-Q1', 'EUR', 0, 0, 0, 0, 0, 10, -10, 'x', 'x')"))
        << "CHECK";
    // Partner A has no dollar payable: nothing to carry in.
    QTest::newRow("carried-in-from-nowhere")
        << QString(payable + QStringLiteral("(:a, '2025-Q2', 'USD', 10, 0, 0, 0, -5, 5, 0, 'x', 'x')"))
        << "a payable carries in what its partner's previous payable in that currency carried out";
    QTest::newRow("quarter-not-closed")
        << QString(payable + QStringLiteral("(:b, '2030-Q1', 'EUR', 1, 0, 0, 0, 0, 1, 0, 'x', 'x')"))
        << "FOREIGN KEY";
}

void TestPayouts::databaseRefuses()
{
    QFETCH(QString, statement);
    QFETCH(QString, message);
    PayoutLedger ledger(db());
    const qint64 owedId = owed(100);
    const qint64 approvedId = owed(200);
    const qint64 paidId = owed(300);
    const qint64 carriedId = owed(-50);
    QVERIFY(ledger.approve(approvedId, kBy));
    QVERIFY(ledger.approve(paidId, kBy));
    QVERIFY(ledger.pay(paidId, QDateTime::currentDateTimeUtc().date(), QStringLiteral("R"), kBy));
    statement.replace(QStringLiteral(":owed"), QString::number(owedId))
        .replace(QStringLiteral(":approved"), QString::number(approvedId))
        .replace(QStringLiteral(":paid"), QString::number(paidId))
        .replace(QStringLiteral(":carried"), QString::number(carriedId))
        .replace(QStringLiteral(":a"), QString::number(m_a))
        .replace(QStringLiteral(":b"), QString::number(m_b));
    const QString before = state();
    const auto r = sql::exec(db(), statement);
    QVERIFY2(!r.has_value(), qPrintable(statement));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(state(), before);
}

// The database keeps the chain of balances: a payable carries in what the partner's previous
// payable in its currency carried out, and none is added before a later one.
void TestPayouts::databaseKeepsTheChain()
{
    // 2025-Q1: A is carried -30 in euros; 2025-Q2: B earns 10 and A's balance is carried on.
    QVERIFY(close(QStringLiteral("2025-Q1"), { PayableDraft { m_a, QStringLiteral("EUR"), -3000, 0, 0, 0 } }));
    QVERIFY(close(QStringLiteral("2025-Q2"), { PayableDraft { m_b, QStringLiteral("EUR"), 1000, 0, 0, 0 } }));
    QCOMPARE(payableOf(m_a, QStringLiteral("2025-Q2"), QStringLiteral("EUR"))->carriedInMinor, -3000);
    const QString payable = QStringLiteral(
        "INSERT INTO payables (partner_id, quarter, currency, rewards_minor, rebate_minor, spif_minor, "
        "adjustments_minor, carried_in_minor, amount_minor, carried_out_minor, created_at, created_by) "
        "VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?, ?, 'x', 'x')");
    const QString before = state();
    struct Row {
        qint64 partner;
        const char *quarter;
        const char *currency;
        qint64 rewards, carriedIn, amount, carriedOut;
    };
    // Each adds up; each breaks the chain.
    for (const Row &r : { Row { m_b, "2025-Q1", "EUR", 500, 0, 500, 0 },  // before B's 2025-Q2 payable
                          Row { m_a, "2025-Q1", "USD", 500, -1, 499, 0 }, // no earlier dollar balance
                          Row { m_b, "2025-Q1", "USD", 0, -1, 0, -1 } }) {
        const auto refused = sql::exec(db(), payable,
                                       { r.partner, QString::fromLatin1(r.quarter), QString::fromLatin1(r.currency), r.rewards,
                                         r.carriedIn, r.amount, r.carriedOut });
        QVERIFY2(!refused.has_value(), r.quarter);
        QVERIFY2(refused.error().message.contains(QStringLiteral("carries in what its partner's previous payable")),
                 qPrintable(refused.error().message));
        QCOMPARE(state(), before);
    }
    // One that keeps the chain is taken (as the ledger would write it).
    QVERIFY(sql::exec(db(), payable, { m_b, QStringLiteral("2025-Q2"), QStringLiteral("USD"), 700, 0, 700, 0 }));
}

// One query whatever the number of payables: 100,000 (1,000 partners, 25 quarters, 4 currencies).
void TestPayouts::listOf100000()
{
    const QStringList currencies { "EUR", "USD", "RUB", "MXN" };
    QList<qint64> partners { m_a, m_b };
    const auto added = db().transaction([&]() -> Result<void> {
        for (int i = 2; i < 1000; ++i)
            partners << m_f.addPartner(QStringLiteral("P-%1").arg(i, 4, 10, QLatin1Char('0')),
                QStringLiteral("reseller-status"), QStringLiteral("authorized"));
        return {};
    });
    QVERIFY(added.has_value());
    QElapsedTimer timer;
    timer.start();
    for (int q = 0; q < 25; ++q) {
        QList<PayableDraft> drafts;
        for (const qint64 partner : partners) {
            for (const QString &c : currencies)
                drafts << PayableDraft { partner, c, (partner + q) % 7 == 0 ? -300 : 100, 0, 0, 0 };
        }
        const QString quarter = QStringLiteral("%1-Q%2").arg(2020 + q / 4).arg(q % 4 + 1);
        const auto created = close(quarter, drafts);
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->size(), 4000);
    }
    qInfo("created 100,000 payables in %lld ms", timer.restart());
    const auto rows = PayoutLedger(db()).list();
    const qint64 ms = timer.elapsed();
    qInfo("listed them in %lld ms", ms);
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), 100000);
    QVERIFY2(ms < 15000, "listing 100,000 payables took more than 15 s");
    for (const Payable &p : *rows)
        QVERIFY(p.amountMinor >= 0 && p.carriedOutMinor <= 0);
}

QTEST_GUILESS_MAIN(TestPayouts)
#include "tst_payouts.moc"
