// Voids and corrections on a team database (issue 15): a manager voids and corrects, a rep is
// refused by the server, and neither can rewrite, delete or un-void a record with psql. The
// certificate key that only live rows hold lets a correction repeat it.
#include "pgtest.h"
#include "storage/corrections.h"
#include "storage/store.h"
#include "storage/teamroles.h"

#include <QTest>

using namespace pd;

namespace
{

const QString kRows = QStringLiteral("SELECT concat_ws(' | ', (SELECT string_agg(id || ':' || quantity || "
                                     "':' || coalesce(voided_at, '-') || ':' || "
                                     "voided_by || ':' || void_reason, ',' ORDER BY id) FROM sales), "
                                     "(SELECT string_agg(id || ':' || coalesce(voided_at, '-') || ':' || "
                                     "coalesce(corrects_id::text, '-'), ',' ORDER BY "
                                     "id) FROM certifications), (SELECT count(*) FROM scores))");

} // namespace

void TestPostgres::voidsOnTeamDatabase()
{
    const QString name = QStringLiteral("voids");
    const QString location = createDatabase(name);
    qint64 sale = 0;
    qint64 cert = 0;
    qint64 partner = 0;
    {
        auto owner = open(location);
        QVERIFY(owner);
        Store store(*owner);
        QVERIFY(store.installBuiltinPrograms().has_value());
        partner = *store.insertPartner(samplePartner(QStringLiteral("V-1")));
        Customer c { 0, partner, QStringLiteral("VC-1"), QStringLiteral("Cliente"), QStringLiteral("ES") };
        c.id = *store.insertCustomer(c);
        Sale s;
        s.partnerId = partner;
        s.customerId = c.id;
        s.soldOn = QDate(2026, 3, 1);
        s.productLine = QStringLiteral("ti");
        s.unitPrice = Money { 5000, QStringLiteral("EUR") };
        s.quantity = 2;
        s.reference = QStringLiteral("INV-9");
        sale = *store.insertSale(s);
        const qint64 staff = *store.insertStaff(
            StaffMember { 0, partner, QStringLiteral("Eva"), QStringLiteral("eva@x"), StaffRole::Technical });
        cert = *store.insertCertification(
            Certification { 0, staff, QStringLiteral("Pro"), QDate(2026, 1, 5), QDate(2027, 1, 5), 0, {} });
        QVERIFY(store.insertScore(Score { 0, partner, Metric::Nps, QDate(2026, 2, 1), Rate { 3000 }, 0, {} })
                    .has_value());
        QVERIFY(createTeamRoles(*owner).has_value());
        psql(QStringLiteral("postgres"),
            QStringLiteral("DROP ROLE IF EXISTS vrep; DROP ROLE IF EXISTS vmgr; "
                           "CREATE ROLE vrep LOGIN PASSWORD 'rep-secret'; CREATE ROLE vmgr LOGIN PASSWORD "
                           "'mgr-secret'"));
        QVERIFY(grantTeamRole(*owner, QStringLiteral("vrep"), TeamRole::Rep).has_value());
        QVERIFY(grantTeamRole(*owner, QStringLiteral("vmgr"), TeamRole::Manager).has_value());
    }

    // A rep may not void: the server refuses the write, and nothing changes.
    const QString before = psql(name, kRows);
    {
        auto rep = open(url(name, QStringLiteral("vrep")),
            Database::Options { Database::Access::ReadWrite, QStringLiteral("rep-secret") });
        QVERIFY(rep);
        const auto refused
            = Corrections(*rep).voidRecord(RecordKind::Sale, sale, QStringLiteral("rep tries"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    }
    QCOMPARE(psql(name, kRows), before);
    const CliRun repUpdate = psqlAs(name, QStringLiteral("vrep"), QStringLiteral("rep-secret"),
        { QStringLiteral("UPDATE sales SET voided_at = 'x', voided_by = 'vrep', "
                         "void_reason = 'y'") });
    QVERIFY(repUpdate.exit != 0);
    QVERIFY2(repUpdate.err.contains(QStringLiteral("permission denied")), qPrintable(repUpdate.err));

    // A manager voids and corrects; who is the database user.
    {
        auto manager = open(url(name, QStringLiteral("vmgr")),
            Database::Options { Database::Access::ReadWrite, QStringLiteral("mgr-secret") });
        QVERIFY(manager);
        Corrections corrections(*manager);
        Store store(*manager);
        Sale fixed = *store.sale(sale);
        fixed.quantity = 1;
        const auto id = corrections.correctSale(sale, fixed, QStringLiteral("one unit"));
        QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().message));
        QCOMPARE(store.sale(sale)->voided.by, QStringLiteral("vmgr"));
        QCOMPARE(store.sale(*id)->reference, QStringLiteral("INV-9"));
        // The same certificate, staff member and day again: only live rows hold the key.
        Certification c = *store.certification(cert);
        const auto same = corrections.correctCertification(cert, c, QStringLiteral("re-entered"));
        QVERIFY2(same.has_value(), qPrintable(same ? QString() : same.error().message));
        const auto twice = corrections.voidRecord(RecordKind::Sale, sale, QStringLiteral("again"));
        QCOMPARE(twice.error().code, Error::Code::Conflict);
    }

    // Around the application, with psql: each refused, nothing changed.
    const QString after = psql(name, kRows);
    QVERIFY2(after.contains(QStringLiteral("vmgr:one unit")), qPrintable(after));
    const QString s = QString::number(sale);
    for (const QString &statement : { QStringLiteral("UPDATE sales SET quantity = 10 WHERE id = %1").arg(s),
             QStringLiteral(
                 "UPDATE sales SET voided_at = NULL, voided_by = '', void_reason = '' WHERE id = %1")
                 .arg(s),
             QStringLiteral("UPDATE sales SET void_reason = 'rewritten' WHERE id = %1").arg(s),
             QStringLiteral("DELETE FROM sales WHERE id = %1").arg(s),
             QStringLiteral("TRUNCATE sales CASCADE"), QStringLiteral("DELETE FROM licences"),
             QStringLiteral("UPDATE scores SET value_bp = 0"), QStringLiteral("DELETE FROM scores"),
             QStringLiteral("UPDATE certifications SET corrects_id = NULL"),
             QStringLiteral("ALTER TABLE sales DISABLE TRIGGER sales_void_guard") }) {
        const CliRun run = psqlAs(name, QStringLiteral("vmgr"), QStringLiteral("mgr-secret"), { statement });
        QVERIFY2(run.exit != 0, qPrintable(statement));
        QCOMPARE(psql(name, kRows), after);
    }
    // Even the owner's psql meets the triggers.
    for (const QString &statement : { QStringLiteral("UPDATE sales SET quantity = 10 WHERE id = %1").arg(s),
             QStringLiteral(
                 "UPDATE sales SET voided_at = NULL, voided_by = '', void_reason = '' WHERE id = %1")
                 .arg(s),
             QStringLiteral("DELETE FROM sales WHERE id = %1").arg(s),
             QStringLiteral("UPDATE certifications SET corrects_id = NULL"),
             QStringLiteral("UPDATE scores SET voided_at = 'now', voided_by = 'x'") }) {
        QVERIFY2(psql(name, statement + QStringLiteral("; SELECT 'applied'")) != QStringLiteral("applied"),
            qPrintable(statement));
        QCOMPARE(psql(name, kRows), after);
    }
}
