#pragma once
// tst_postgres: storage, roles, conflicts, offline copies and the command-line tool on a real
// PostgreSQL server. run-pg-tests.sh starts the server and sets PD_TEST_PG_URL (the superuser on
// a Unix socket), PD_TEST_PG_BIN (psql's folder) and PGPASSWORD. Raw SQL (setting up roles, a
// foreign schema, deletes the Store has no call for) goes through psql, as an administrator's
// would.
#include "io/importer.h"
#include "records.h"
#include "storage/database.h"
#include "storage/serverlocation.h"

#include <QObject>
#include <QTemporaryDir>
#include <memory>
#include <optional>

// A reseller-program partner in its first tier, for tests that need one to write (tst_postgres.cpp).
pd::Partner samplePartner(const QString &code);
// Imports `bytes` as the sales file "sales.csv" (tst_postgres_bulk.cpp); `bulk` as Importer::setBulk.
pd::Result<pd::ImportResult> importSales(pd::Store &store, const QByteArray &bytes, const pd::ProgressFn &progress = {},
                                         std::optional<bool> bulk = {});

struct CliRun {
    int exit = -1;
    QString out;
    QString err;
};

class TestPostgres final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    // tst_postgres.cpp: opening, migrations, refusals, roles, conflicts
    void migrationsOnEmptyServer();
    void upgradesStepByStep();
    void upgradeNeedsOwner();
    void concurrentFirstOpens();
    void refusesOtherDatabases_data();
    void refusesOtherDatabases();
    void connectionErrors_data();
    void connectionErrors();
    void readOnlyConnection();
    void updateConflict();
    void partnerOwner();
    void repRoleRefusedByServer();

    // tst_postgres_guards.cpp: what managers and reps may not do, tried as they would (psql)
    void managerCannotRewriteHistory();
    void managerPrunesThroughFunction();
    void repCannotHideWrites();
    void resyncLogsAppendOnly(); // import with update on the server; record_changes refused rewriting

    // tst_postgres_voids.cpp: voids and corrections by a manager, refused to a rep and to psql
    void voidsOnTeamDatabase();
    // tst_postgres_salerefs.cpp: sale references and returns on the server (issue 15)
    void salesGetReferencesOnUpgrade();
    // tst_postgres_spif.cpp: SPIF campaigns on the server (issue 16)
    void spifOnTeamDatabase();

    // tst_postgres_payouts.cpp: the payout ledger as a manager and a rep, two approvals at once,
    // and what the server refuses anyone who goes around the ledger (issue 16)
    void payoutsLedgerOnServer();
    void payoutsGuardedOnServer();
    // tst_postgres_closing.cpp: closing quarters as a manager (a rep refused), closed statements
    // unchanged by late changes, adjustments and payables as on SQLite, psql refused (issue 16)
    void closingOnServer();
    // tst_postgres_overrides.cpp: negotiated rate overrides, append-only on the server (issue 16)
    void overridesOnTeamDatabase();

    // tst_postgres_bulk.cpp: COPY imports and exports (issue 22)
    void bulkImportMatchesRowByRow();
    void bulkImportRefusedWritesNothing();
    void bulkImportBesideAnotherWriter();
    void bulkImportRefusedToRep();
    void datesBecomeDates(); // schema 10: dates stored as text become dates

    // tst_postgres_offline.cpp
    void offlineTakeAndRefresh();
    void offlineSeesLateCommits();
    void offlineTerritoryFilter();
    void offlineInterruptedRefresh();
    void offlineForRep();
    void offlinePrunedHistory();
    // A take and a refresh through COPY and the direct SQLite path write what QSqlQuery writes
    void offlineCopyMatchesValueByValue();

    // tst_postgres_cli.cpp: every command on PostgreSQL, compared with SQLite where they report
    void cliEvaluateAndStatementMatchSqlite();
    void cliProgramsFxCheckApply();
    void cliExportImportRoundTrip();
    void cliGenerate();
    void cliTeamCommands();
    void cliOffline();
    void cliLicensingMatchesSqlite();
    void cliReturnsAndVoidsMatchSqlite();

private:
    // A new, empty database on the test server; returns its URL (as `user`, no password).
    QString createDatabase(const QString &name);
    QString url(const QString &database, const QString &user = QStringLiteral("postgres"),
        const QString &password = {}) const;
    // Runs SQL through psql as the superuser; returns its unaligned output.
    QString psql(const QString &database, const QString &sql);
    // Runs each statement through psql as `user` in one session; stops at the first error.
    CliRun psqlAs(
        const QString &database, const QString &user, const QString &password, const QStringList &statements);
    // tst_postgres_guards.cpp: a database `name` upgraded from version 5, with a row in every
    // guarded table and the logins name_mgr and name_rep; `partner` gets the guarded partner.
    void guardedDatabase(const QString &name, qint64 *partner);
    // tst_postgres_payouts.cpp: two partners, the team roles with a manager and a rep login,
    // 2026-Q1..Q3 closed.
    void payoutsDatabase(const QString &name, qint64 *a, qint64 *b);
    // tst_postgres_bulk.cpp: a database `name` with the built-in programs, partners P-1 and P-2
    // and their customers C-1 and C-2.
    void bulkDatabase(const QString &name);
    std::unique_ptr<pd::Database> open(const QString &location, const pd::Database::Options &options = {});
    // A database with the built-in programs and a generated data set.
    QString generated(const QString &name, int partners, qint64 sales);
    CliRun cli(const QStringList &args);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    pd::ServerLocation m_server;
    QString m_bin;
    QTemporaryDir m_dir;
    QString m_demoPg; // init --demo on the server ...
    QString m_demoSqlite; // ... and in a file, same seed and day
};
