// Negotiated rate overrides on a team database (issue 16): a manager records them, a rep is refused
// by the server, and nobody rewrites or deletes one with psql.
#include "payouts/overrides.h"
#include "pgtest.h"
#include "storage/store.h"
#include "storage/teamroles.h"

#include <QTest>

using namespace pd;

namespace
{

const QString kRows = QStringLiteral("SELECT coalesce(string_agg(id || ':' || product_line || ':' || effective_on || ':' "
                                     "|| kind || ':' || coalesce(rate_bp::text, '-') || ':' || reason, ',' ORDER BY id), "
                                     "'none') FROM rate_overrides");

RateOverride tiOverride(qint64 partner, int percent)
{
    RateOverride o;
    o.partnerId = partner;
    o.productLine = QStringLiteral("ti");
    o.effectiveOn = QDate(2026, 8, 15);
    o.rate = Rate::percent(percent);
    o.reason = QStringLiteral("volume deal");
    o.recordedBy = QStringLiteral("orep");
    return o;
}

} // namespace

void TestPostgres::overridesOnTeamDatabase()
{
    const QString name = QStringLiteral("overrides");
    const QString location = createDatabase(name);
    qint64 partner = 0;
    {
        auto owner = open(location);
        QVERIFY(owner);
        Store store(*owner);
        QVERIFY(store.installBuiltinPrograms().has_value());
        partner = *store.insertPartner(samplePartner(QStringLiteral("O-1")));
        QVERIFY(createTeamRoles(*owner).has_value());
        psql(QStringLiteral("postgres"),
            QStringLiteral("DROP ROLE IF EXISTS orep; DROP ROLE IF EXISTS omgr; "
                           "CREATE ROLE orep LOGIN PASSWORD 'rep-secret'; CREATE ROLE omgr LOGIN PASSWORD "
                           "'mgr-secret'"));
        QVERIFY(grantTeamRole(*owner, QStringLiteral("orep"), TeamRole::Rep).has_value());
        QVERIFY(grantTeamRole(*owner, QStringLiteral("omgr"), TeamRole::Manager).has_value());
    }
    // A manager records one; who is stamped from the recorder's name.
    {
        auto mgr = open(url(name, QStringLiteral("omgr")),
            Database::Options { Database::Access::ReadWrite, QStringLiteral("mgr-secret") });
        QVERIFY(mgr);
        RateOverride o = tiOverride(partner, 35);
        o.recordedBy = QStringLiteral("omgr");
        const auto added = RateOverrideStore(*mgr).add(o);
        QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().message));
        const auto all = RateOverrideStore(*mgr).forPartner(partner);
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().rate, Rate::percent(35));
        QCOMPARE(all->first().recordedBy, QStringLiteral("omgr"));
    }
    const QString before = psql(name, kRows);
    QVERIFY2(before.endsWith(QStringLiteral(":ti:2026-08-15:rate:3500:volume deal")), qPrintable(before));

    // A rep may not: the server refuses the store's insert and psql's.
    {
        auto rep = open(url(name, QStringLiteral("orep")),
            Database::Options { Database::Access::ReadWrite, QStringLiteral("rep-secret") });
        QVERIFY(rep);
        const auto refused = RateOverrideStore(*rep).add(tiOverride(partner, 50));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    }
    const CliRun repInsert = psqlAs(name, QStringLiteral("orep"), QStringLiteral("rep-secret"),
        { QStringLiteral("INSERT INTO rate_overrides (partner_id, product_line, effective_on, kind, rate_bp, reason, "
                         "recorded_by, recorded_at) VALUES (%1, 'ti', '2026-01-01', 'rate', 9000, 'mine', 'orep', "
                         "'2026-01-01T00:00:00.000Z')")
              .arg(partner) });
    QVERIFY(repInsert.exit != 0);
    QVERIFY2(repInsert.err.contains(QStringLiteral("permission denied")), qPrintable(repInsert.err));
    QCOMPARE(psql(name, kRows), before);

    // Nobody rewrites or deletes one: not a rep, not a manager, not the owner.
    const QString admin = QStringLiteral("postgres");
    const QString adminPassword = qEnvironmentVariable("PGPASSWORD");
    for (const auto &[user, password] : std::initializer_list<std::pair<QString, QString>> {
             { QStringLiteral("orep"), QStringLiteral("rep-secret") },
             { QStringLiteral("omgr"), QStringLiteral("mgr-secret") }, { admin, adminPassword } }) {
        for (const char *statement : { "UPDATE rate_overrides SET rate_bp = 9000", "DELETE FROM rate_overrides",
                                       "UPDATE rate_overrides SET effective_on = '2020-01-01'",
                                       "TRUNCATE rate_overrides" }) {
            const CliRun r = psqlAs(name, user, password, { QString::fromLatin1(statement) });
            QVERIFY2(r.exit != 0 && r.err.contains(QStringLiteral("ERROR")),
                qPrintable(QStringLiteral("%1 ran: %2").arg(user, QString::fromLatin1(statement))));
            QCOMPARE(psql(name, kRows), before);
        }
    }
}
