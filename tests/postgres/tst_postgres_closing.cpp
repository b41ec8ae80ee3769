// Closing a quarter on a team database (issue 16, points 1 to 3): a rep may not close; a manager
// closes 2026-Q3 with the seed figures of PROGRAMS.md §1; after a rate change, a back-dated tier
// change, a late sale, a late return, a void and a correction the closed statements stay the
// same field for field, the late changes become the next quarter's adjustments and payables, all
// exactly as the same work gives on SQLite; and the closed quarters, statements and lines refuse
// a manager's and the owner's psql.
#include "../core/closingfixture.h"
#include "../core/statementcompare.h"
#include "pgtest.h"
#include "reportjson.h"
#include "storage/teamroles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace
{

const QString kManager = QStringLiteral("closing_mgr");
const QString kRep = QStringLiteral("closing_rep");
const QString kManagerSecret = QStringLiteral("closing-mgr-secret");
const QString kRepSecret = QStringLiteral("closing-rep-secret");

// What the refused statements must leave as they were.
const QString kClosed = QStringLiteral(
    "SELECT (SELECT count(*) || ' ' || string_agg(quarter || closed_by, ',') FROM quarter_closes) || ' | ' || "
    "(SELECT count(*) || ' ' || sum(length(document)) FROM closed_statements) || ' | ' || "
    "(SELECT count(*) || ' ' || sum(reward_minor) || ' ' || sum(rebate_minor) FROM closed_lines)");

// A statement's JSON without when it was closed (the two databases close at different moments).
QByteArray comparable(const QuarterStatement &statement)
{
    QJsonObject json = statementToJson(statement);
    json.remove(QStringLiteral("closedAt"));
    return QJsonDocument(json).toJson();
}

// The statements of both partners for 2026-Q3 and 2026-Q4, as compared between the databases.
QList<QByteArray> statements(const ClosingData &d)
{
    QList<QByteArray> out;
    for (const qint64 id : { d.privileged, d.certified }) {
        for (const Quarter &q : { kQ3, kQ4 }) {
            const auto st = buildStatement(*d.store, id, q);
            out << (st ? comparable(*st) : QByteArray("error: ") + st.error().message.toUtf8());
        }
    }
    return out;
}

} // namespace

void TestPostgres::closingOnServer()
{
    const QString name = QStringLiteral("closing");
    const QString location = createDatabase(name);
    auto owner = open(location);
    QVERIFY(owner);
    ClosingData d;
    d.db = owner.get();
    QVERIFY(d.seed());
    QVERIFY(createTeamRoles(*owner).has_value());
    psql(QStringLiteral("postgres"),
        QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2; CREATE ROLE %1 LOGIN PASSWORD '%3'; "
                       "CREATE ROLE %2 LOGIN PASSWORD '%4'")
            .arg(kManager, kRep, kManagerSecret, kRepSecret));
    QVERIFY(grantTeamRole(*owner, kManager, TeamRole::Manager).has_value());
    QVERIFY(grantTeamRole(*owner, kRep, TeamRole::Rep).has_value());

    // The same work on SQLite, for the comparison.
    auto file = Database::open(QStringLiteral(":memory:"));
    QVERIFY(file.has_value());
    ClosingData lite;
    lite.db = file->get();
    QVERIFY(lite.seed());

    // A rep may not close: refused by the server, nothing written.
    {
        auto rep = open(url(name, kRep), Database::Options { Database::Access::ReadWrite, kRepSecret });
        QVERIFY(rep);
        Store store(*rep);
        const auto refused = QuarterClosing(store).close(kQ3, kAfterQ3, kRep);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QCOMPARE(d.written(), QList<qint64>({ 0, 0, 0, 0 }));
    }

    // A manager closes 2026-Q3: the seed figures, two payables.
    auto manager = open(url(name, kManager), Database::Options { Database::Access::ReadWrite, kManagerSecret });
    QVERIFY(manager);
    Store managerStore(*manager);
    QuarterClosing closing(managerStore);
    const auto closed = closing.close(kQ3, kAfterQ3, kManager);
    QVERIFY2(closed.has_value(), closed ? "" : qPrintable(closed.error().message));
    QCOMPARE(closed->partners, 2);
    QCOMPARE(closed->totals.size(), 1);
    QCOMPARE(closed->totals.first().lines, 9);
    QCOMPARE(closed->totals.first().sales.minor, 56000003);
    QCOMPARE(closed->totals.first().rewards.minor, 15150001); // TI 35/30 %, TING and DEPO 25/20 %, renewals 35/30 %
    QCOMPARE(closed->totals.first().rebate.minor, 1750000);   // 5 % on Privileged only
    QCOMPARE(closed->payables, 2);
    QCOMPARE(d.written(), QList<qint64>({ 1, 2, 9, 2 }));
    QVERIFY(QuarterClosing(*lite.store).close(kQ3, kAfterQ3, kManager).has_value());

    // Once: a second close is refused with who closed it, and writes nothing.
    const auto again = closing.close(kQ3, kAfterQ3, kManager);
    QVERIFY(!again.has_value());
    QVERIFY2(again.error().message.contains(QStringLiteral("closed already")), qPrintable(again.error().message));
    QCOMPARE(d.written(), QList<qint64>({ 1, 2, 9, 2 }));

    QHash<qint64, QuarterStatement> frozen;
    for (const qint64 id : { d.privileged, d.certified }) {
        const auto st = buildStatement(managerStore, id, kQ3);
        QVERIFY(st.has_value());
        QVERIFY(st->closed);
        QCOMPARE(st->closedBy, kManager);
        frozen.insert(id, *st);
    }

    // Every kind of late change, on both databases.
    QVERIFY(d.lateChanges());
    QVERIFY(lite.lateChanges());
    for (const qint64 id : { d.privileged, d.certified }) {
        const auto now = buildStatement(managerStore, id, kQ3);
        QVERIFY(now.has_value());
        compareStatements(*now, frozen.value(id));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(statementToJson(*now), statementToJson(frozen.value(id)));
    }
    const auto q4 = buildStatement(managerStore, d.certified, kQ4);
    QVERIFY(q4.has_value());
    QCOMPARE(q4->adjustments.size(), 3); // B-TING's void and its correction, B-DEPO's void
    QCOMPARE(q4->totals.first().adjustments.minor, -1000000 - 1000000 + 2500000);
    QCOMPARE(statements(d), statements(lite));

    // Closing 2026-Q4 books the adjustments once: P-1's clawback is carried, P-2 is owed 5,000.00.
    const auto closedQ4 = closing.close(kQ4, kAfterQ4, kManager);
    QVERIFY2(closedQ4.has_value(), closedQ4 ? "" : qPrintable(closedQ4.error().message));
    QCOMPARE(closedQ4->totals.first().adjustments.minor, -5550000 + 500000);
    QVERIFY(QuarterClosing(*lite.store).close(kQ4, kAfterQ4, kManager).has_value());
    QCOMPARE(statements(d), statements(lite));
    const auto payables = PayoutLedger(*manager).list(PayoutFilter { std::nullopt, kQ4, {}, {}, 0 });
    QVERIFY(payables.has_value());
    QCOMPARE(payables->size(), 2);
    for (const Payable &p : *payables) {
        QCOMPARE(p.amountMinor, p.partnerId == d.privileged ? 0 : 500000);
        QCOMPARE(p.carriedOutMinor, p.partnerId == d.privileged ? 40000 + 5000 - 5550000 : 0);
    }

    // Around the application: refused to the manager by the grants and to the owner by the triggers.
    const QString before = psql(name, kClosed);
    QVERIFY2(before.startsWith(QStringLiteral("2 ")), qPrintable(before));
    for (const QString &table : { QStringLiteral("quarter_closes"), QStringLiteral("closed_statements"),
             QStringLiteral("closed_lines") }) {
        const QString column = table == QLatin1String("quarter_closes") ? QStringLiteral("closed_by")
            : table == QLatin1String("closed_statements")                ? QStringLiteral("document")
                                                                         : QStringLiteral("currency");
        const QStringList attacks { QStringLiteral("UPDATE %1 SET %2 = 'x'").arg(table, column),
            QStringLiteral("DELETE FROM %1").arg(table), QStringLiteral("TRUNCATE %1 CASCADE").arg(table) };
        for (const QString &attack : attacks) {
            const CliRun asManager = psqlAs(name, kManager, kManagerSecret, { attack });
            QVERIFY2(asManager.exit != 0 && asManager.err.contains(QStringLiteral("permission denied")),
                qPrintable(attack + u'\n' + asManager.err));
            const CliRun asOwner
                = psqlAs(name, QStringLiteral("postgres"), qEnvironmentVariable("PGPASSWORD"), { attack });
            QVERIFY2(asOwner.exit != 0
                    && (asOwner.err.contains(QStringLiteral("append-only"))
                        || asOwner.err.contains(QStringLiteral("never emptied"))),
                qPrintable(attack + u'\n' + asOwner.err));
            QCOMPARE(psql(name, kClosed), before);
        }
    }
    const CliRun read = psqlAs(name, kRep, kRepSecret, { QStringLiteral("SELECT count(*) FROM closed_lines") });
    QVERIFY2(read.exit == 0, qPrintable(read.err));
    const CliRun write = psqlAs(name, kRep, kRepSecret,
        { QStringLiteral("INSERT INTO quarter_closes (quarter, closed_at, closed_by) VALUES ('2027-Q1', 'x', 'x')") });
    QVERIFY2(write.exit != 0 && write.err.contains(QStringLiteral("permission denied")), qPrintable(write.err));
    QCOMPARE(psql(name, kClosed), before);
}
