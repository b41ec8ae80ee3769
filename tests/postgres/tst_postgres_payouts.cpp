// The payout ledger on a team database (issue 16): carry-forward and the states through the
// ledger as a manager; two approvals at once, of which exactly one wins; and what the server
// refuses a manager, a rep and even the owner who go around the ledger with psql: rewriting,
// deleting or emptying payables and their events, paying what was not approved, approving
// nothing, and a payable whose amount does not add up.
#include "payouts/payoutledger.h"
#include "pgtest.h"
#include "storage/store.h"
#include "storage/teamroles.h"

#include <QProcess>
#include <QTest>
#include <QThread>

using namespace pd;

namespace
{

const QString kManager = QStringLiteral("payouts_mgr");
const QString kRep = QStringLiteral("payouts_rep");
const QString kManagerSecret = QStringLiteral("payouts-mgr-secret");
const QString kRepSecret = QStringLiteral("payouts-rep-secret");

// Everything a refused statement must leave as it was.
const QString kLedger = QStringLiteral(
    "SELECT (SELECT count(*) || ' ' || coalesce(sum(amount_minor), 0) || ' ' || "
    "coalesce(sum(carried_out_minor), 0) "
    "FROM payables) || ' | ' || (SELECT count(*) || ' ' || coalesce(string_agg(payable_id || state || "
    "coalesce(paid_on::text, '') || payment_reference, ',' ORDER BY id), '') FROM payout_events)");

// Closes `quarter` (its quarter_closes row) and creates its payables in one transaction.
Result<QList<Payable>> closeWith(Database &db, const QString &quarter, const QList<PayableDraft> &drafts)
{
    QList<Payable> out;
    const auto done = db.transaction([&]() -> Result<void> {
        PayoutLedger ledger(db);
        auto created = ledger.createWithin(*Quarter::parse(quarter), drafts, QStringLiteral("owner"));
        if (!created)
            return std::unexpected(created.error());
        out = *created;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

} // namespace

// A database with two partners, the team roles and one login of each; quarters 2026-Q1..Q3
// closed (their rows written as the close does). Returns the partners' ids.
void TestPostgres::payoutsDatabase(const QString &name, qint64 *a, qint64 *b)
{
    const QString location = createDatabase(name);
    auto owner = open(location);
    QVERIFY(owner);
    Store store(*owner);
    QVERIFY(store.installBuiltinPrograms().has_value());
    *a = *store.insertPartner(samplePartner(QStringLiteral("PA-1")));
    *b = *store.insertPartner(samplePartner(QStringLiteral("PA-2")));
    QVERIFY(createTeamRoles(*owner).has_value());
    psql(QStringLiteral("postgres"),
        QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2; CREATE ROLE %1 LOGIN PASSWORD '%3'; "
                       "CREATE ROLE %2 LOGIN PASSWORD '%4'")
            .arg(kManager, kRep, kManagerSecret, kRepSecret));
    QVERIFY(grantTeamRole(*owner, kManager, TeamRole::Manager).has_value());
    QVERIFY(grantTeamRole(*owner, kRep, TeamRole::Rep).has_value());
    psql(name,
        QStringLiteral("INSERT INTO quarter_closes (quarter, closed_at, closed_by) VALUES "
                       "('2026-Q1', '2026-04-02T09:00:00.000Z', 'owner'), ('2026-Q2', "
                       "'2026-07-02T09:00:00.000Z', 'owner'), "
                       "('2026-Q3', '2026-10-02T09:00:00.000Z', 'owner')"));
}

void TestPostgres::payoutsLedgerOnServer()
{
    const QString name = QStringLiteral("payouts");
    qint64 a = 0, b = 0;
    payoutsDatabase(name, &a, &b);
    if (QTest::currentTestFailed())
        return;
    auto manager
        = open(url(name, kManager), Database::Options { Database::Access::ReadWrite, kManagerSecret });
    QVERIFY(manager);
    const QString eur = QStringLiteral("EUR");

    // A clawback carried over two quarters and paid down; dollars and the other partner apart.
    auto q1 = closeWith(*manager, QStringLiteral("2026-Q1"),
        { { a, eur, 0, 0, 0, -30000 }, { a, QStringLiteral("USD"), 1000, 0, 0, 0 },
            { b, eur, 500, 0, 0, 0 } });
    QVERIFY2(q1.has_value(), qPrintable(q1 ? QString() : q1.error().message));
    QCOMPARE(q1->size(), 3);
    auto q2 = closeWith(*manager, QStringLiteral("2026-Q2"), { { a, eur, 10000, 0, 0, 0 } });
    QVERIFY(q2.has_value());
    QCOMPARE(q2->size(), 1);
    QCOMPARE(q2->first().carriedInMinor, -30000);
    QCOMPARE(q2->first().amountMinor, 0);
    QCOMPARE(q2->first().carriedOutMinor, -20000);
    auto q3 = closeWith(
        *manager, QStringLiteral("2026-Q3"), { { a, eur, 25000, 0, 1000, 0 }, { b, eur, 0, 0, 0, 0 } });
    QVERIFY(q3.has_value());
    QCOMPARE(q3->size(), 1);
    QCOMPARE(q3->first().carriedInMinor, -20000);
    QCOMPARE(q3->first().amountMinor, 6000);
    QCOMPARE(q3->first().state, PayoutState::Owed);
    const qint64 owed = q3->first().id;

    PayoutLedger ledger(*manager);
    const auto all = ledger.list();
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->first().partnerCode, QStringLiteral("PA-1"));

    // Two approvals at once: psql's, begun first and committed late, and the ledger's, which
    // waits for it and then reports that the payable was approved meanwhile.
    QProcess rival;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), kManagerSecret);
    rival.setProcessEnvironment(env);
    rival.start(m_bin + QStringLiteral("/psql"),
        { QStringLiteral("-h"), m_server.host, QStringLiteral("-p"), QString::number(m_server.port),
            QStringLiteral("-U"), kManager, QStringLiteral("-d"), name, QStringLiteral("-X"),
            QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-c"), QStringLiteral("BEGIN"), QStringLiteral("-c"),
            QStringLiteral(
                "INSERT INTO payout_events (payable_id, partner_id, state, recorded_at, recorded_by) "
                "VALUES (%1, %2, 'approved', '2026-10-05T09:00:00.000Z', 'rival')")
                .arg(owed)
                .arg(a),
            QStringLiteral("-c"), QStringLiteral("SELECT pg_sleep(3)"), QStringLiteral("-c"),
            QStringLiteral("COMMIT") });
    QVERIFY(rival.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(
        psql(name,
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'")),
        QStringLiteral("1"), 10000);
    const auto lost = ledger.approve(owed, QStringLiteral("late"));
    QVERIFY(!lost.has_value());
    QCOMPARE(lost.error().code, Error::Code::Conflict);
    QVERIFY2(lost.error().message.contains(QStringLiteral("was approved meanwhile by rival")),
        qPrintable(lost.error().message));
    QVERIFY(rival.waitForFinished(20000));
    QVERIFY2(rival.exitCode() == 0, rival.readAllStandardError().constData());
    QCOMPARE(
        psql(name,
            QStringLiteral("SELECT string_agg(recorded_by, ',') FROM payout_events WHERE payable_id = %1")
                .arg(owed)),
        QStringLiteral("rival"));

    const auto paid
        = ledger.pay(owed, QDateTime::currentDateTimeUtc().date(), QStringLiteral("WIRE-9"), kManager);
    QVERIFY2(paid.has_value(), qPrintable(paid ? QString() : paid.error().message));
    QCOMPARE(paid->state, PayoutState::Paid);
    QCOMPARE(paid->approvedBy, QStringLiteral("rival"));

    // A rep reads the payables but changes nothing.
    auto rep = open(url(name, kRep), Database::Options { Database::Access::ReadWrite, kRepSecret });
    QVERIFY(rep);
    PayoutLedger repLedger(*rep);
    QCOMPARE(repLedger.list()->size(), 5);
    const qint64 usd = all->at(1).id;
    QCOMPARE(all->at(1).currency, QStringLiteral("USD"));
    const auto refused = repLedger.approve(usd, kRep);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QCOMPARE(repLedger.payable(usd)->state, PayoutState::Owed);
}

void TestPostgres::payoutsGuardedOnServer()
{
    const QString name = QStringLiteral("payoutguards");
    qint64 a = 0, b = 0;
    payoutsDatabase(name, &a, &b);
    if (QTest::currentTestFailed())
        return;
    const QString eur = QStringLiteral("EUR");
    qint64 owed = 0, approved = 0, carried = 0;
    {
        auto owner = open(url(name));
        QVERIFY(owner);
        const auto q1 = closeWith(*owner, QStringLiteral("2026-Q1"),
            { { a, eur, 100, 0, 0, 0 }, { a, QStringLiteral("USD"), 200, 0, 0, 0 },
                { b, eur, 0, 0, 0, -7 } });
        QVERIFY(q1.has_value());
        owed = q1->at(0).id;
        approved = q1->at(1).id;
        carried = q1->at(2).id;
        QVERIFY(PayoutLedger(*owner).approve(approved, QStringLiteral("owner")).has_value());
    }
    const QString before = psql(name, kLedger);
    QVERIFY2(before.startsWith(QStringLiteral("3 300 -7 | 1 ")), qPrintable(before));

    const QString event
        = QStringLiteral("INSERT INTO payout_events (payable_id, partner_id, state, recorded_at, "
                         "recorded_by, paid_on, payment_reference) VALUES ");
    const QString payable = QStringLiteral(
        "INSERT INTO payables (partner_id, quarter, currency, rewards_minor, rebate_minor, spif_minor, "
        "adjustments_minor, carried_in_minor, amount_minor, carried_out_minor, created_at, created_by) "
        "VALUES ");
    const QString B = QString::number(b);
    // Refused to the manager (by the grants or by the triggers and checks) and to the owner (by
    // the triggers and checks, which bind the owner too); each with its reason.
    const QString denied = QStringLiteral("permission denied");
    const QString checked = QStringLiteral("violates check constraint");
    const QString chain = QStringLiteral("carries in what its partner's previous payable in that currency carried out");
    struct Attack {
        QString statement;
        QString manager; // what the manager is told
        QString owner; // what the owner is told; empty: only the owner may, and it is not tried
    };
    const QList<Attack> attacks {
        { QStringLiteral("UPDATE payables SET amount_minor = 0, rewards_minor = 0"), denied,
            QStringLiteral("payables is append-only") },
        { QStringLiteral("DELETE FROM payables"), denied, QStringLiteral("payables is append-only") },
        { QStringLiteral("TRUNCATE payables CASCADE"), denied, QStringLiteral("is never emptied") },
        { QStringLiteral("UPDATE payout_events SET recorded_by = 'x'"), denied,
            QStringLiteral("payout_events is append-only") },
        { QStringLiteral("DELETE FROM payout_events"), denied,
            QStringLiteral("payout_events is append-only") },
        { QStringLiteral("TRUNCATE payout_events"), denied,
            QStringLiteral("payout_events is never emptied") },
        { event
                + QStringLiteral("(%1, %2, 'paid', '2026-05-01T00:00:00.000Z', 'x', '2026-05-01', 'R')")
                      .arg(owed)
                      .arg(a),
            QStringLiteral("a payable is paid only once approved"),
            QStringLiteral("a payable is paid only once approved") },
        { event
                + QStringLiteral("(%1, %2, 'paid', '2026-05-01T00:00:00.000Z', 'x', '2000-01-01', 'R')")
                      .arg(approved)
                      .arg(a),
            QStringLiteral("on or after the approval's day"),
            QStringLiteral("on or after the approval's day") },
        { event
                + QStringLiteral("(%1, %2, 'paid', '2026-05-01T00:00:00.000Z', 'x', '2099-13-01', 'R')")
                      .arg(approved)
                      .arg(a),
            // paid_on is a date (schema 10): the server's type refuses it before any trigger.
            QStringLiteral("date/time field value out of range: \"2099-13-01\""),
            QStringLiteral("date/time field value out of range: \"2099-13-01\"") },
        { event
                + QStringLiteral("(%1, %2, 'approved', '2026-05-01T00:00:00.000Z', 'x', NULL, '')")
                      .arg(carried)
                      .arg(b),
            QStringLiteral("only a payable with an amount to pay is approved"),
            QStringLiteral("only a payable with an amount to pay is approved") },
        { event
                + QStringLiteral("(%1, %2, 'approved', '2026-05-01T00:00:00.000Z', 'x', NULL, '')")
                      .arg(owed)
                      .arg(b),
            QStringLiteral("a payout event belongs to its payable's partner"),
            QStringLiteral("a payout event belongs to its payable's partner") },
        { event
                + QStringLiteral("(%1, %2, 'approved', '2026-05-01T00:00:00.000Z', 'x', NULL, '')")
                      .arg(approved)
                      .arg(a),
            QStringLiteral("duplicate key"), QStringLiteral("duplicate key") },
        { payable + QStringLiteral("(%1, '2026-Q2', 'EUR', 100, 0, 0, 0, -7, 101, 0, 'x', 'x')").arg(B),
            checked, checked },
        { payable + QStringLiteral("(%1, '2026-Q2', 'EUR', -100, 0, 0, 0, -7, -107, 0, 'x', 'x')").arg(B),
            checked, checked },
        // B's 2026-Q1 payable carried -7 out: the next one starts from it.
        { payable + QStringLiteral("(%1, '2026-Q2', 'EUR', 100, 0, 0, 0, 0, 100, 0, 'x', 'x')").arg(B),
            chain, chain },
        { QStringLiteral("ALTER TABLE payout_events DISABLE TRIGGER payout_events_states"),
            QStringLiteral("must be owner"), {} },
        { QStringLiteral("DROP TRIGGER payables_append_only ON payables"), QStringLiteral("must be owner"),
            {} },
        { QStringLiteral(
              "CREATE OR REPLACE FUNCTION partnerdesk_payout_event_states() RETURNS trigger LANGUAGE plpgsql "
              "AS $$ BEGIN RETURN NEW; END $$"),
            denied, {} },
    };
    for (const Attack &attack : attacks) {
        const CliRun r = psqlAs(name, kManager, kManagerSecret, { attack.statement });
        QVERIFY2(r.exit != 0 && r.err.contains(attack.manager), qPrintable(attack.statement + u'\n' + r.err));
        QCOMPARE(psql(name, kLedger), before);
        if (attack.owner.isEmpty())
            continue;
        const CliRun owner = psqlAs(
            name, QStringLiteral("postgres"), qEnvironmentVariable("PGPASSWORD"), { attack.statement });
        QVERIFY2(owner.exit != 0 && owner.err.contains(attack.owner),
            qPrintable(attack.statement + u'\n' + owner.err));
        QCOMPARE(psql(name, kLedger), before);
    }

    // What a manager's work needs is granted: a payable and its events (rolled back here).
    const CliRun work = psqlAs(name, kManager, kManagerSecret,
        { QStringLiteral("BEGIN"),
            payable + QStringLiteral("(%1, '2026-Q2', 'EUR', 100, 0, 0, 0, -7, 93, 0, 'x', 'x')").arg(B),
            event
                + QStringLiteral("(%1, %2, 'paid', '2026-05-01T00:00:00.000Z', 'x', '2099-01-01', 'R')")
                      .arg(approved)
                      .arg(a),
            QStringLiteral("ROLLBACK") });
    QVERIFY2(work.exit == 0, qPrintable(work.err));
    QCOMPARE(psql(name, kLedger), before);

    // A rep may read, and nothing else.
    const CliRun read = psqlAs(name, kRep, kRepSecret, { QStringLiteral("SELECT count(*) FROM payables") });
    QVERIFY2(read.exit == 0, qPrintable(read.err));
    QCOMPARE(read.out, QStringLiteral("3"));
    for (const QString &statement : QStringList {
             payable + QStringLiteral("(%1, '2026-Q2', 'EUR', 100, 0, 0, 0, 0, 100, 0, 'x', 'x')").arg(B),
             event
                 + QStringLiteral("(%1, %2, 'approved', '2026-05-01T00:00:00.000Z', 'x', NULL, '')")
                       .arg(owed)
                       .arg(a),
             QStringLiteral("UPDATE payables SET created_by = 'x'"),
             QStringLiteral("DELETE FROM payout_events") }) {
        const CliRun r = psqlAs(name, kRep, kRepSecret, { statement });
        QVERIFY2(r.exit != 0 && r.err.contains(QStringLiteral("permission denied")),
            qPrintable(statement + u'\n' + r.err));
        QCOMPARE(psql(name, kLedger), before);
    }
}
