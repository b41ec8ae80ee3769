// Opening and upgrading a team database, refusals, connection errors, read-only access, the
// update conflict and the server-enforced rep role.
#include "generate/generator.h"
#include "../core/oldpartner.h"
#include "pgtest.h"
#include "storage/store.h"
#include "storage/teamroles.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace pd;

Partner samplePartner(const QString &code)
{
    Partner p;
    p.code = code;
    p.name = QStringLiteral("Soluciones ") + code;
    p.country = QStringLiteral("MX");
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("authorized");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 6, 1);
    return p;
}

namespace
{

const QString kRepMessage
    = QStringLiteral("Your database role may only read partner records and add notes; ask a "
                     "manager to make this change.");

} // namespace

void TestPostgres::initTestCase()
{
    const QString base = qEnvironmentVariable("PD_TEST_PG_URL");
    QVERIFY2(
        !base.isEmpty(), "PD_TEST_PG_URL is not set: run this test through tests/postgres/run-pg-tests.sh");
    const auto server = ServerLocation::parse(base);
    QVERIFY2(server.has_value(), qPrintable(server ? QString() : server.error().message));
    m_server = *server;
    m_bin = qEnvironmentVariable("PD_TEST_PG_BIN");
    QVERIFY(m_dir.isValid());

    // The demo data set on both engines, for the command-line comparisons.
    m_demoPg = createDatabase(QStringLiteral("demo"));
    m_demoSqlite = path(QStringLiteral("demo.sqlite"));
    for (const QString &db : { m_demoPg, m_demoSqlite }) {
        const CliRun r = cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
            QStringLiteral("--today"), QStringLiteral("2026-11-22") });
        QVERIFY2(r.exit == 0, qPrintable(r.err));
    }
}

QString TestPostgres::url(const QString &database, const QString &user, const QString &password) const
{
    ServerLocation loc = m_server;
    loc.database = database;
    loc.user = user;
    QString text = loc.url();
    if (!password.isEmpty())
        text.replace(QStringLiteral("postgresql://%1@").arg(user),
            QStringLiteral("postgresql://%1:%2@").arg(user, password));
    return text;
}

QString TestPostgres::psql(const QString &database, const QString &sql)
{
    QProcess p;
    p.start(m_bin + QStringLiteral("/psql"),
        { QStringLiteral("-h"), m_server.host, QStringLiteral("-p"), QString::number(m_server.port),
            QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), database,
            QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-tA"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql });
    p.waitForFinished(120000);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0)
        qWarning("psql failed: %s", qPrintable(err));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString TestPostgres::createDatabase(const QString &name)
{
    psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    return url(name);
}

std::unique_ptr<Database> TestPostgres::open(const QString &location, const Database::Options &options)
{
    auto db = Database::open(location, options);
    if (!db)
        qWarning("%s", qPrintable(db.error().message));
    return db ? std::move(*db) : nullptr;
}

QString TestPostgres::generated(const QString &name, int partners, qint64 sales)
{
    const QString location = createDatabase(name);
    auto db = open(location);
    if (!db)
        return {};
    Store store(*db);
    GenerateOptions options;
    options.partners = partners;
    options.sales = sales;
    options.seed = 11;
    options.today = QDate(2026, 9, 30);
    const auto summary = generate(store, options);
    if (!summary)
        qWarning("%s", qPrintable(summary.error().message));
    return summary ? location : QString();
}

CliRun TestPostgres::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PD_CLI), QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    p.waitForFinished(600000);
    return CliRun { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

void TestPostgres::migrationsOnEmptyServer()
{
    const QString location = createDatabase(QStringLiteral("empty"));
    {
        auto db = open(location);
        QVERIFY(db);
        QCOMPARE(db->backend(), Backend::PostgreSQL);
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(db->userName(), QStringLiteral("postgres"));
        QVERIFY(!db->location().contains(qEnvironmentVariable("PGPASSWORD")));
        Store store(*db);
        QVERIFY(store.installBuiltinPrograms().has_value());
        QCOMPARE(store.programs()->size(), 4);
    }
    QCOMPARE(
        psql(QStringLiteral("empty"), QStringLiteral("SELECT value FROM meta WHERE key = 'application'")),
        QStringLiteral("PartnerDesk"));
    QCOMPARE(
        psql(QStringLiteral("empty"), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
        QString::number(Database::kSchemaVersion));
    QCOMPARE(psql(QStringLiteral("empty"),
                 QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'partners_log'")),
        QStringLiteral("1"));
    // Opening again changes nothing.
    auto again = open(location);
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(Store(*again).programs()->size(), 4);
}

void TestPostgres::upgradesStepByStep()
{
    const QString location = createDatabase(QStringLiteral("steps"));
    for (int version = 1; version <= Database::kSchemaVersion; ++version) {
        auto db = Database::openAtVersion(location, version);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), version);
        if (version == 1) {
            Store store(**db);
            QVERIFY(store.installBuiltinPrograms().has_value());
            QVERIFY(insertOldPartner(**db, samplePartner(QStringLiteral("P-1"))).has_value());
        }
    }
    auto db = open(location);
    QVERIFY(db);
    QCOMPARE(Store(*db).partnerByCode(QStringLiteral("P-1"))->name, QStringLiteral("Soluciones P-1"));
}

void TestPostgres::upgradeNeedsOwner()
{
    // Only the owner of the tables may upgrade them; anyone else is told who can, and nothing changes.
    const QString location = createDatabase(QStringLiteral("owned"));
    QVERIFY(Database::openAtVersion(location, 1).has_value());
    psql(QStringLiteral("owned"),
        QStringLiteral("DROP ROLE IF EXISTS helper; CREATE ROLE helper LOGIN PASSWORD 'helper-pw'; "
                       "GRANT ALL ON ALL TABLES IN SCHEMA public TO helper"));
    const auto db = Database::open(url(QStringLiteral("owned"), QStringLiteral("helper")),
        Database::Options { Database::Access::ReadWrite, QStringLiteral("helper-pw") });
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, Error::Code::PermissionDenied);
    QVERIFY2(db.error().message.contains(QStringLiteral("only its owner")), qPrintable(db.error().message));
    QCOMPARE(
        psql(QStringLiteral("owned"), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
        QStringLiteral("1"));
}

void TestPostgres::concurrentFirstOpens()
{
    // Three clients find the same empty database at once: one upgrades it, the others wait for
    // the lock and then find nothing to do; likewise for installing the preset programs.
    const QString location = createDatabase(QStringLiteral("race"));
    QList<QProcess *> runs;
    for (int i = 0; i < 3; ++i) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(PD_CLI), { QStringLiteral("--db"), location, QStringLiteral("init") });
        runs << p;
    }
    for (QProcess *p : runs) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        delete p;
    }
    auto db = open(location);
    QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(Store(*db).programs()->size(), 4);
}

void TestPostgres::refusesOtherDatabases_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("another application's tables")
        << "CREATE TABLE invoices (id int PRIMARY KEY)" << int(Error::Code::NotADatabase)
        << "not a PartnerDesk database";
    QTest::newRow("another application's meta")
        << "CREATE TABLE meta (key text PRIMARY KEY, value text); "
           "INSERT INTO meta VALUES ('application', 'Ledger')"
        << int(Error::Code::NotADatabase) << "not a PartnerDesk database";
    QTest::newRow("newer PartnerDesk")
        << "CREATE TABLE meta (key text PRIMARY KEY, value text); "
           "INSERT INTO meta VALUES ('application', 'PartnerDesk'), ('schema_version', '99')"
        << int(Error::Code::NewerDatabase) << "newer version";
}

void TestPostgres::refusesOtherDatabases()
{
    QFETCH(QString, setup);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString location = createDatabase(QStringLiteral("alien"));
    psql(QStringLiteral("alien"), setup);
    const QString tables = QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM "
                                          "information_schema.tables WHERE table_schema = 'public'");
    const QString before = psql(QStringLiteral("alien"), tables);
    const auto db = Database::open(location);
    QVERIFY(!db.has_value());
    QCOMPARE(int(db.error().code), code);
    QVERIFY2(db.error().message.contains(mentions), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("not changed")), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("\"alien\"")));
    QCOMPARE(psql(QStringLiteral("alien"), tables), before);
}

void TestPostgres::connectionErrors_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wrong password") << "partnerdesk"
                                    << "not-the-password" << 0 << "password authentication failed";
    QTest::newRow("no such database") << "nosuchdb"
                                      << "" << 0 << "\"nosuchdb\"";
    QTest::newRow("no server there") << "partnerdesk"
                                     << "" << 1 << "Could not connect";
}

void TestPostgres::connectionErrors()
{
    QFETCH(QString, database);
    QFETCH(QString, password);
    QFETCH(int, port);
    QFETCH(QString, mentions);
    ServerLocation loc = m_server;
    loc.database = database;
    loc.user = QStringLiteral("postgres");
    if (port)
        loc.port = port;
    const auto db = Database::open(loc.url(), Database::Options { Database::Access::ReadWrite, password });
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, Error::Code::Storage);
    QVERIFY2(db.error().message.contains(mentions), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("database \"%1\"").arg(database)),
        qPrintable(db.error().message));
    if (!password.isEmpty())
        QVERIFY(!db.error().message.contains(password));
}

void TestPostgres::readOnlyConnection()
{
    const QString location = createDatabase(QStringLiteral("readonly"));
    const auto none = Database::open(location, Database::Access::ReadOnly);
    QVERIFY(!none.has_value());
    QCOMPARE(none.error().code, Error::Code::NotFound);
    {
        auto db = open(location);
        QVERIFY(Store(*db).installBuiltinPrograms().has_value());
    }
    auto db = open(location, Database::Options { Database::Access::ReadOnly, {} });
    QVERIFY(db);
    QVERIFY(db->isReadOnly());
    Store store(*db);
    QCOMPARE(store.programs()->size(), 4);
    const auto r = store.insertPartner(samplePartner(QStringLiteral("P-ro")));
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(QStringLiteral("read-only")), qPrintable(r.error().message));
    const auto access = teamAccess(*db);
    QVERIFY(access.has_value() && !access->editRecords && !access->addNotes);
}

void TestPostgres::updateConflict()
{
    // Two managers' windows: two connections to one team database.
    const QString location = createDatabase(QStringLiteral("conflict"));
    auto a = open(location);
    auto b = open(location);
    QVERIFY(a && b);
    Store sa(*a);
    Store sb(*b);
    QVERIFY(sa.installBuiltinPrograms().has_value());
    const qint64 id = *sa.insertPartner(samplePartner(QStringLiteral("P-2")));
    Partner first = *sa.partner(id);
    Partner second = *sb.partner(id);
    first.name = QStringLiteral("First manager");
    second.website = QStringLiteral("https://second.example");
    const auto saved = sa.updatePartner(first);
    QVERIFY(saved.has_value());
    QCOMPARE(*saved, first.rowVersion + 1);
    const auto clash = sb.updatePartner(second);
    QVERIFY(!clash.has_value());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    // Nothing was overwritten; the second window reloads to show both values.
    const Partner stored = *sb.partner(id);
    QCOMPARE(stored.name, QStringLiteral("First manager"));
    QCOMPARE(stored.website, QString());
    QCOMPARE(stored.rowVersion, *saved);
    // A tier change from a stale window is refused the same way.
    const auto stale = sb.applyTierChange(id, QStringLiteral("certified"), QDate(2026, 7, 1),
        QStringLiteral("review"), QStringLiteral("second"), second.rowVersion);
    QVERIFY(!stale.has_value());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    // Saving on top of what is stored now works.
    Partner retry = stored;
    retry.website = second.website;
    QVERIFY(sb.updatePartner(retry).has_value());
    QCOMPARE(sa.partner(id)->name, QStringLiteral("First manager"));
    QCOMPARE(sa.partner(id)->website, QStringLiteral("https://second.example"));
}

// The account owner (issue 16) on a team database: stored, re-synced by an import with update
// (the change in the partner's history) and exported.
void TestPostgres::partnerOwner()
{
    const QString location = createDatabase(QStringLiteral("owner"));
    auto db = open(location);
    QVERIFY(db);
    Store store(*db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    Partner p = samplePartner(QStringLiteral("P-o"));
    p.owner = QStringLiteral("Ирина Волкова");
    const qint64 id = *store.insertPartner(p);
    QCOMPARE(store.partner(id)->owner, QStringLiteral("Ирина Волкова"));

    const QString file = path(QStringLiteral("owners.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("code,name,country,category,program,tier,tier_since,joined_on,owner\n"
              "P-o,Soluciones P-o,MX,channel,reseller-status,authorized,2025-01-01,2024-06-01,Javier Morales\n");
    csv.close();
    const CliRun imported = cli({ QStringLiteral("--db"), location, QStringLiteral("import"), QStringLiteral("partners"),
                                  file, QStringLiteral("--update"), QStringLiteral("--by"), QStringLiteral("ana") });
    QVERIFY2(imported.exit == 0, qPrintable(imported.err));
    QCOMPARE(store.partner(id)->owner, QStringLiteral("Javier Morales"));
    const auto changes = store.recordChanges(id);
    QVERIFY(changes.has_value());
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->first().field, QStringLiteral("owner"));
    QCOMPARE(changes->first().oldValue, QStringLiteral("Ирина Волкова"));
    QCOMPARE(changes->first().newValue, QStringLiteral("Javier Morales"));
    QCOMPARE(changes->first().changedBy, QStringLiteral("ana"));

    const QString out = path(QStringLiteral("owners-out.csv"));
    const CliRun exported
        = cli({ QStringLiteral("--db"), location, QStringLiteral("export"), QStringLiteral("partners"), out });
    QVERIFY2(exported.exit == 0, qPrintable(exported.err));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY2(bytes.contains(",owner,row_version") && bytes.contains(",Javier Morales,2"), bytes.constData());
}

void TestPostgres::repRoleRefusedByServer()
{
    const QString location = createDatabase(QStringLiteral("roles"));
    qint64 partner = 0;
    {
        auto owner = open(location);
        Store store(*owner);
        QVERIFY(store.installBuiltinPrograms().has_value());
        partner = *store.insertPartner(samplePartner(QStringLiteral("P-3")));
        QVERIFY(createTeamRoles(*owner).has_value());
        QVERIFY(createTeamRoles(*owner).has_value()); // again: nothing changes, nothing fails
        psql(QStringLiteral("postgres"),
            QStringLiteral("DROP ROLE IF EXISTS rep1; DROP ROLE IF EXISTS mgr1; "
                           "CREATE ROLE rep1 LOGIN PASSWORD 'rep-secret'; "
                           "CREATE ROLE mgr1 LOGIN PASSWORD 'mgr-secret'"));
        QVERIFY(grantTeamRole(*owner, QStringLiteral("rep1"), TeamRole::Rep).has_value());
        QVERIFY(grantTeamRole(*owner, QStringLiteral("mgr1"), TeamRole::Rep).has_value());
        QVERIFY(grantTeamRole(*owner, QStringLiteral("mgr1"), TeamRole::Manager)
                    .has_value()); // and no longer rep
        const auto nobody = grantTeamRole(*owner, QStringLiteral("nobody"), TeamRole::Rep);
        QVERIFY(!nobody.has_value());
        QCOMPARE(nobody.error().code, Error::Code::NotFound);
    }
    QCOMPARE(psql(QStringLiteral("postgres"),
                 QStringLiteral("SELECT pg_has_role('mgr1', 'partnerdesk_rep', 'MEMBER')")),
        QStringLiteral("f"));

    // The rep's password comes from the keychain in the window: here, Options.
    auto rep = open(url(QStringLiteral("roles"), QStringLiteral("rep1")),
        Database::Options { Database::Access::ReadWrite, QStringLiteral("rep-secret") });
    QVERIFY(rep);
    QCOMPARE(rep->userName(), QStringLiteral("rep1"));
    const auto access = teamAccess(*rep);
    QVERIFY(access.has_value());
    QVERIFY(!access->editRecords);
    QVERIFY(access->addNotes);
    Store store(*rep);
    QCOMPARE(store.partners()->size(), 1);
    const auto note = store.addNote(partner, QStringLiteral("Called about renewals"));
    QVERIFY2(note.has_value(), qPrintable(note ? QString() : note.error().message));
    QCOMPARE(store.notes(partner)->first().author, QStringLiteral("rep1"));

    Partner edited = *store.partner(partner);
    edited.name = QStringLiteral("Edited by a rep");
    const auto refused = store.updatePartner(edited);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QCOMPARE(refused.error().message, kRepMessage);
    const auto insert = store.insertPartner(samplePartner(QStringLiteral("P-rep")));
    QVERIFY(!insert.has_value());
    QCOMPARE(insert.error().code, Error::Code::PermissionDenied);
    const auto rate
        = store.setFxRate(FxRate { QDate(2026, 1, 1), QStringLiteral("USD"), QStringLiteral("EUR"), 920000 });
    QVERIFY(!rate.has_value());
    QCOMPARE(rate.error().code, Error::Code::PermissionDenied);
    QCOMPARE(store.partner(partner)->name, QStringLiteral("Soluciones P-3"));

    auto manager = open(url(QStringLiteral("roles"), QStringLiteral("mgr1")),
        Database::Options { Database::Access::ReadWrite, QStringLiteral("mgr-secret") });
    QVERIFY(manager);
    QVERIFY(teamAccess(*manager)->editRecords);
    Store managed(*manager);
    Partner changed = *managed.partner(partner);
    changed.name = QStringLiteral("Edited by a manager");
    QVERIFY(managed.updatePartner(changed).has_value());
    QVERIFY(managed.insertPartner(samplePartner(QStringLiteral("P-mgr"))).has_value());
    QCOMPARE(managed.notes(partner)->size(), 1);

    // Neither may hand out roles.
    const auto escalate = grantTeamRole(*rep, QStringLiteral("rep1"), TeamRole::Manager);
    QVERIFY(!escalate.has_value());
    QCOMPARE(escalate.error().code, Error::Code::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestPostgres)
