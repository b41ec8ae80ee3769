// What the server refuses a manager and a sales rep who go around the application with psql:
// rewriting or emptying the ledgers, histories and change log, switching their triggers off,
// and hiding writes from offline copies behind a temporary change_log. Each database starts at
// schema version 5 with the grants older versions gave, so the upgrade must bring the fixes.
#include "../core/oldpartner.h"
#include "pgtest.h"
#include "io/importer.h"
#include "storage/changelog.h"
#include "storage/store.h"

#include <QBuffer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace pd;

namespace
{

// Everything a refused statement must leave as it was, in one line.
const QString kState = QStringLiteral(
    "SELECT concat_ws(' | ', (SELECT count(*) || ' ' || string_agg(to_tier, ',') FROM tier_history), "
    "(SELECT count(*) || ' ' || string_agg(reason, ',') FROM customer_moves), "
    "(SELECT count(*) || ' ' || min(serial) || ' ' || min(valid_until) || ' ' || min(token) FROM nfr_keys), "
    "(SELECT count(*) || ' ' || sum(balance) FROM credit_accounts), "
    "(SELECT count(*) || ' ' || sum(credits) FROM credit_ledger), (SELECT count(*) FROM change_log), "
    "(SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM meta WHERE key <> 'database_id'), "
    "(SELECT count(*) FROM partners), "
    "(SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'O'))");

QString login(const QString &database, const char *role)
{
    return database + QLatin1Char('_') + QLatin1StringView(role);
}

QString secret(const QString &user)
{
    return user + QStringLiteral("-secret");
}

} // namespace

CliRun TestPostgres::psqlAs(
    const QString &database, const QString &user, const QString &password, const QStringList &statements)
{
    QStringList args { QStringLiteral("-h"), m_server.host, QStringLiteral("-p"),
        QString::number(m_server.port), QStringLiteral("-U"), user, QStringLiteral("-d"), database,
        QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-tA"), QStringLiteral("-v"),
        QStringLiteral("ON_ERROR_STOP=1") };
    for (const QString &s : statements)
        args << QStringLiteral("-c") << s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(m_bin + QStringLiteral("/psql"), args);
    p.waitForFinished(120000);
    return CliRun { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QString::fromUtf8(p.readAllStandardError()) };
}

void TestPostgres::guardedDatabase(const QString &name, qint64 *partner)
{
    const QString location = createDatabase(name);
    {
        auto old = Database::openAtVersion(location, 5);
        QVERIFY2(old.has_value(), qPrintable(old ? QString() : old.error().message));
        Store store(**old);
        QVERIFY(store.installBuiltinPrograms().has_value());
        const auto first = insertOldPartner(**old, samplePartner(QStringLiteral("G-1")));
        QVERIFY(first.has_value());
        *partner = *first;
        QVERIFY(insertOldPartner(**old, samplePartner(QStringLiteral("G-2"))).has_value());
    }
    psql(name,
        QStringLiteral(
            "INSERT INTO customers (partner_id, code, name) VALUES (%1, 'C-1', 'Cliente Uno'); "
            "INSERT INTO tier_history (partner_id, from_tier, to_tier, effective_on, reason, changed_by, "
            "recorded_at) "
            "VALUES (%1, 'authorized', 'silver', '2026-01-01', 'earned', 'ana', '2026-01-01T09:00:00.000Z'); "
            "INSERT INTO customer_moves (customer_id, from_partner_id, to_partner_id, moved_on, reason, "
            "moved_by, "
            "recorded_at) VALUES ((SELECT id FROM customers WHERE code = 'C-1'), %1, %1 + 1, '2026-02-01', "
            "'territory', 'ana', '2026-02-01T09:00:00.000Z'); "
            "INSERT INTO nfr_keys (partner_id, serial, tier, product, issued_on, valid_until, token, "
            "signer_key_id, "
            "issued_by) VALUES (%1, 'NFR-1', 'silver', 'suite', '2026-01-05', '2026-12-31', 'signed', 'k1', "
            "'ana'); "
            "INSERT INTO credit_accounts (partner_id, balance) VALUES (%1, 100); "
            "INSERT INTO credit_ledger (partner_id, kind, entry_on, credits, recorded_by, recorded_at, "
            "balance_after) "
            "VALUES (%1, 'purchase', '2026-01-10', 100, 'ana', '2026-01-10T09:00:00.000Z', 100)")
            .arg(*partner));
    // The roles with the grants version 5's "admin roles" gave them, and one login of each.
    const QString manager = login(name, "mgr");
    const QString rep = login(name, "rep");
    psql(name,
        QStringLiteral(
            "DO $$ BEGIN "
            "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'partnerdesk_manager') "
            "THEN CREATE ROLE partnerdesk_manager NOLOGIN; END IF; "
            "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'partnerdesk_rep') "
            "THEN CREATE ROLE partnerdesk_rep NOLOGIN; END IF; END $$; "
            "GRANT USAGE ON SCHEMA public TO partnerdesk_manager, partnerdesk_rep; "
            "GRANT ALL ON ALL TABLES IN SCHEMA public TO partnerdesk_manager; "
            "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO partnerdesk_manager; "
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO partnerdesk_rep; "
            "GRANT INSERT ON partner_notes TO partnerdesk_rep; "
            "GRANT USAGE ON SEQUENCE partner_notes_id_seq TO partnerdesk_rep; "
            "DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE partnerdesk_manager; "
            "DROP ROLE IF EXISTS %3; CREATE ROLE %3 LOGIN PASSWORD '%4' IN ROLE partnerdesk_rep")
            .arg(manager, secret(manager), rep, secret(rep)));
    // What version 5 allowed a manager.
    const CliRun emptied = psqlAs(name, manager, secret(manager),
        { QStringLiteral("BEGIN"), QStringLiteral("TRUNCATE credit_ledger CASCADE"),
            QStringLiteral("ROLLBACK") });
    QVERIFY2(emptied.exit == 0, qPrintable(emptied.err));
    auto owner = open(location); // the upgrade
    QVERIFY(owner);
    QCOMPARE(owner->schemaVersion(), Database::kSchemaVersion);
}

void TestPostgres::managerCannotRewriteHistory()
{
    const QString name = QStringLiteral("guards");
    qint64 partner = 0;
    guardedDatabase(name, &partner);
    if (QTest::currentTestFailed())
        return;
    const QString p = QString::number(partner);
    const QString manager = login(name, "mgr");
    const QString before = psql(name, kState);
    QVERIFY2(before.startsWith(
                 QStringLiteral("1 silver | 1 territory | 1 NFR-1 2026-12-31 signed | 1 100 | 1 100 | ")),
        qPrintable(before));

    for (const char *statement : { "TRUNCATE credit_ledger", "TRUNCATE credit_ledger CASCADE",
             "TRUNCATE partners CASCADE", "TRUNCATE tier_history", "TRUNCATE change_log",
             "DELETE FROM change_log", "UPDATE change_log SET txid = 0",
             "INSERT INTO change_log (table_name, row_id) VALUES ('partners', 1)",
             "UPDATE credit_ledger SET credits = 1000000", "DELETE FROM credit_ledger",
             "UPDATE tier_history SET to_tier = 'platinum'", "DELETE FROM tier_history",
             "UPDATE customer_moves SET reason = 'rewritten'", "DELETE FROM customer_moves",
             "DELETE FROM nfr_keys", "UPDATE nfr_keys SET valid_until = '2030-12-31'",
             "UPDATE nfr_keys SET token = 'forged'", "DELETE FROM credit_accounts",
             "UPDATE credit_accounts SET partner_id = partner_id + 1",
             "UPDATE credit_accounts SET balance = 1000000",
             "UPDATE meta SET value = '2000-01-01' WHERE key = 'schema_version'",
             "INSERT INTO meta (key, value) VALUES ('change_log_pruned_before', '2000-01-01')",
             "DELETE FROM meta WHERE key = 'database_id'",
             "DROP TRIGGER credit_ledger_append_only ON credit_ledger",
             "ALTER TABLE credit_ledger DISABLE TRIGGER ALL",
             "ALTER TABLE change_log DISABLE TRIGGER change_log_no_truncate",
             "CREATE TRIGGER sneaky BEFORE INSERT ON credit_ledger FOR EACH ROW "
             "EXECUTE FUNCTION partnerdesk_append_only()",
             "SELECT partnerdesk_log_change()" }) {
        const CliRun r = psqlAs(name, manager, secret(manager), { QString::fromLatin1(statement) });
        QVERIFY2(r.exit != 0 && r.err.contains(QStringLiteral("ERROR")),
            qPrintable(QStringLiteral("a manager ran: %1").arg(QString::fromLatin1(statement))));
        QCOMPARE(psql(name, kState), before);
    }

    // Not even the owner may rewrite or empty them without first dropping the triggers.
    const QString admin = QStringLiteral("postgres");
    const QString adminPassword = qEnvironmentVariable("PGPASSWORD");
    for (const auto &[statement, message] : std::initializer_list<std::pair<const char *, const char *>> {
             { "TRUNCATE credit_ledger CASCADE", "credit_ledger is never emptied" },
             { "TRUNCATE change_log", "change_log is never emptied" },
             { "TRUNCATE nfr_keys CASCADE", "nfr_keys is never emptied" },
             { "UPDATE credit_ledger SET credits = 1000000", "credit_ledger is append-only" },
             { "UPDATE tier_history SET to_tier = 'platinum'", "tier_history is append-only" },
             { "DELETE FROM customer_moves", "customer_moves is append-only" },
             { "DELETE FROM nfr_keys", "NFR keys are never deleted" },
             { "UPDATE nfr_keys SET token = 'forged'", "an issued NFR key does not change" },
             { "DELETE FROM credit_accounts", "credit balances are never deleted" },
             { "UPDATE credit_accounts SET balance = 1000000", "differs from its ledger (100)" } }) {
        const CliRun r = psqlAs(name, admin, adminPassword, { QString::fromLatin1(statement) });
        QVERIFY2(r.exit != 0, statement);
        QVERIFY2(r.err.contains(QLatin1StringView(message)), qPrintable(r.err));
        QCOMPARE(psql(name, kState), before);
    }

    // What a manager's work needs still works: a revocation, a purchase (the balance with its
    // ledger entry), a tier change.
    const CliRun work = psqlAs(name, manager, secret(manager),
        { QStringLiteral("BEGIN"),
            QStringLiteral("UPDATE nfr_keys SET revoked_on = '2026-06-01', revoke_reason = 'lost', "
                           "revoked_by = 'mgr' WHERE serial = 'NFR-1'"),
            QStringLiteral("UPDATE credit_accounts SET balance = balance + 50 WHERE partner_id = %1").arg(p),
            QStringLiteral("INSERT INTO credit_ledger (partner_id, kind, entry_on, credits, recorded_by, "
                           "recorded_at, balance_after) VALUES (%1, 'purchase', '2026-06-02', 50, 'mgr', "
                           "'2026-06-02T09:00:00.000Z', 150)")
                .arg(p),
            QStringLiteral(
                "INSERT INTO tier_history (partner_id, from_tier, to_tier, effective_on, reason, "
                "changed_by, recorded_at) VALUES (%1, 'silver', 'gold', '2026-06-03', 'earned', 'mgr', "
                "'2026-06-03T09:00:00.000Z')")
                .arg(p),
            QStringLiteral("COMMIT") });
    QVERIFY2(work.exit == 0, qPrintable(work.err));

    // The roles belong to the whole server: a new database is not theirs until "admin roles".
    QVERIFY(open(createDatabase(QStringLiteral("guardfresh"))));
    QCOMPARE(psql(QStringLiteral("guardfresh"),
                 QStringLiteral("SELECT has_table_privilege('partnerdesk_manager', 'partners', 'SELECT')")),
        QStringLiteral("f"));
    QVERIFY2(psql(name, kState)
                 .startsWith(QStringLiteral("2 silver,gold | 1 territory | 1 NFR-1 2026-12-31 signed | "
                                            "1 150 | 2 150 | ")),
        qPrintable(psql(name, kState)));
}

void TestPostgres::managerPrunesThroughFunction()
{
    const QString name = QStringLiteral("guardprune");
    qint64 partner = 0;
    guardedDatabase(name, &partner);
    if (QTest::currentTestFailed())
        return;
    const QString manager = login(name, "mgr");
    psql(name, QStringLiteral("UPDATE partners SET name = 'Renamed in March' WHERE id = %1").arg(partner));
    psql(name, QStringLiteral("UPDATE change_log SET logged_at = '2026-03-10T08:00:00.000Z'"));
    const QString logged = psql(name, QStringLiteral("SELECT count(*) FROM change_log"));
    const QString lastSeq = psql(name, QStringLiteral("SELECT max(seq) FROM change_log"));
    const QString lastTxid = psql(name, QStringLiteral("SELECT max(txid) FROM change_log"));
    QVERIFY(logged.toInt() >= 3);

    // The manager's prune removes the entries and records the horizon with them.
    auto db = open(url(name, manager), Database::Options { Database::Access::ReadWrite, secret(manager) });
    QVERIFY(db);
    const auto pruned = ChangeLog::prune(*db, QDate(2026, 5, 1));
    QVERIFY2(pruned.has_value(), qPrintable(pruned ? QString() : pruned.error().message));
    QCOMPARE(QString::number(pruned->removed), logged);
    QCOMPARE(pruned->horizon.before, QDate(2026, 5, 1));
    QCOMPARE(QString::number(pruned->horizon.seq), lastSeq);
    QCOMPARE(QString::number(pruned->horizon.txid), lastTxid);
    QCOMPARE(psql(name, QStringLiteral("SELECT count(*) FROM change_log")), QStringLiteral("0"));

    // Called by hand with an earlier day, the function removes nothing more and keeps the horizon.
    const CliRun again = psqlAs(
        name, manager, secret(manager), { QStringLiteral("SELECT partnerdesk_prune_changes('2026-04-01')") });
    QVERIFY2(again.exit == 0, qPrintable(again.err));
    QCOMPARE(again.out, QStringLiteral("0"));
    const auto horizon = ChangeLog::horizon(*db);
    QVERIFY(horizon.has_value() && horizon->has_value());
    QCOMPARE((*horizon)->before, QDate(2026, 5, 1));
    QCOMPARE(QString::number((*horizon)->seq), lastSeq);
    QCOMPARE(QString::number((*horizon)->txid), lastTxid);
}

void TestPostgres::repCannotHideWrites()
{
    const QString name = QStringLiteral("guardhide");
    qint64 partner = 0;
    guardedDatabase(name, &partner);
    if (QTest::currentTestFailed())
        return;
    const QString p = QString::number(partner);
    const QString rep = login(name, "rep");
    const QString manager = login(name, "mgr");

    // A temporary change_log of the writer's session does not take the entries: the rep's note
    // and the manager's edit are logged in the real one.
    const QString shadow = QStringLiteral("CREATE TEMP TABLE change_log (seq bigint, table_name text, "
                                          "row_id bigint, txid bigint, tail_id bigint, logged_at text)");
    const CliRun note = psqlAs(name, rep, secret(rep),
        { shadow,
            QStringLiteral(
                "INSERT INTO partner_notes (partner_id, author, written_at, body) VALUES (%1, '%2', "
                "'2026-11-01T10:00:00.000Z', 'Visited') RETURNING id")
                .arg(p, rep),
            QStringLiteral("SELECT count(*) FROM pg_temp.change_log") });
    QVERIFY2(note.exit == 0, qPrintable(note.err));
    const QStringList noteOut = note.out.split(QLatin1Char('\n'));
    QCOMPARE(noteOut.size(), 2);
    QCOMPARE(noteOut.at(1), QStringLiteral("0"));
    QCOMPARE(psql(name,
                 QStringLiteral(
                     "SELECT count(*) FROM change_log WHERE table_name = 'partner_notes' AND row_id = %1")
                     .arg(noteOut.at(0))),
        QStringLiteral("1"));

    const QString partnerEntries
        = QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'partners' AND row_id = %1")
              .arg(p);
    const int before = psql(name, partnerEntries).toInt();
    const CliRun edit = psqlAs(name, manager, secret(manager),
        { shadow, QStringLiteral("UPDATE partners SET name = 'Renamed in secret' WHERE id = %1").arg(p),
            QStringLiteral("SELECT count(*) FROM pg_temp.change_log") });
    QVERIFY2(edit.exit == 0, qPrintable(edit.err));
    QCOMPARE(edit.out, QStringLiteral("0"));
    QCOMPARE(psql(name, partnerEntries).toInt(), before + 1);

    // Neither function may be called by a rep.
    const QString logged = psql(name, QStringLiteral("SELECT count(*) FROM change_log"));
    for (const char *call :
        { "SELECT partnerdesk_log_change()", "SELECT partnerdesk_prune_changes('2030-01-01')" }) {
        const CliRun r = psqlAs(name, rep, secret(rep), { QString::fromLatin1(call) });
        QVERIFY2(r.exit != 0 && r.err.contains(QStringLiteral("permission denied for function")),
            qPrintable(r.err));
    }
    QCOMPARE(psql(name, QStringLiteral("SELECT count(*) FROM change_log")), logged);
}

// An import with update on the server writes its changes and their log in one transaction; the
// log is then refused rewriting to everyone, and a rep may read it but not add to it.
void TestPostgres::resyncLogsAppendOnly()
{
    const QString name = QStringLiteral("guardresync");
    qint64 partner = 0;
    guardedDatabase(name, &partner);
    if (QTest::currentTestFailed())
        return;
    const QString manager = login(name, "mgr");
    const QString rep = login(name, "rep");
    {
        auto db = open(url(name, manager), Database::Options { Database::Access::ReadWrite, secret(manager) });
        QVERIFY(db);
        Store store(*db);
        const Partner g1 = *store.partnerByCode(QStringLiteral("G-1"));
        QByteArray file = "code,name,country,category,program,tier,tier_since,joined_on,row_version\n"
            + QStringLiteral("G-1,Renamed,%1,%2,%3,%4,%5,%6,%7\n")
                  .arg(g1.country, categoryKey(g1.category), g1.programKey, g1.tierKey,
                       g1.tierSince.toString(Qt::ISODate), g1.joinedOn.toString(Qt::ISODate))
                  .arg(g1.rowVersion)
                  .toUtf8();
        QBuffer buffer(&file);
        buffer.open(QIODevice::ReadOnly);
        Importer importer(store);
        importer.setOptions(ImportOptions { true, {} });
        const auto r = importer.importDevice(CsvKind::Partners, &buffer, QStringLiteral("crm.csv"));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->updated, 1);
        const auto changes = store.recordChanges(partner);
        QVERIFY(changes.has_value());
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().changedBy, manager);
        QCOMPARE(changes->first().recordCode, QStringLiteral("G-1"));
        QCOMPARE(changes->first().newValue, QStringLiteral("Renamed"));
    }
    const QString state = QStringLiteral("SELECT count(*) || ' ' || string_agg(new_value, ',') FROM record_changes");
    QCOMPARE(psql(name, state), QStringLiteral("1 Renamed"));
    for (const char *statement : { "UPDATE record_changes SET new_value = 'forged'", "DELETE FROM record_changes",
                                   "TRUNCATE record_changes" }) {
        const CliRun r = psqlAs(name, manager, secret(manager), { QString::fromLatin1(statement) });
        QVERIFY2(r.exit != 0 && r.err.contains(QStringLiteral("ERROR")), statement);
        const CliRun owner = psqlAs(name, QStringLiteral("postgres"), qEnvironmentVariable("PGPASSWORD"),
                                    { QString::fromLatin1(statement) });
        QVERIFY2(owner.exit != 0, statement);
        QVERIFY2(owner.err.contains(QStringLiteral("record_changes is")), qPrintable(owner.err));
        QCOMPARE(psql(name, state), QStringLiteral("1 Renamed"));
    }
    const CliRun read = psqlAs(name, rep, secret(rep), { QStringLiteral("SELECT count(*) FROM record_changes") });
    QVERIFY2(read.exit == 0, qPrintable(read.err));
    QCOMPARE(read.out, QStringLiteral("1"));
    const CliRun forged = psqlAs(name, rep, secret(rep),
        { QStringLiteral("INSERT INTO record_changes (partner_id, record_kind, record_id, field, old_value, new_value, "
                         "changed_by, changed_at) VALUES (%1, 'partner', %1, 'name', 'a', 'b', 'rep', 'now')")
              .arg(partner) });
    QVERIFY2(forged.exit != 0 && forged.err.contains(QStringLiteral("permission denied")), qPrintable(forged.err));
    QCOMPARE(psql(name, state), QStringLiteral("1 Renamed"));
}
