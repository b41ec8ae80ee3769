// Opening, migrating and refusing database files; optimistic locking; tier history.
#include "storage/database.h"
#include "storage/store.h"
#include "filetools.h"
#include "oldpartner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Partner samplePartner(const QString &code)
{
    Partner p;
    p.code = code;
    p.name = QStringLiteral("ООО «Сетевые решения»");
    p.country = QStringLiteral("RU");
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("authorized");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 6, 1);
    return p;
}

// Writes a SQLite file whose header says "another application" or a newer PartnerDesk.
void writeSqliteWith(const QString &path, quint32 applicationId, int userVersion)
{
    auto db = Database::openAtVersion(path, 1); // creates a real SQLite file of ours
    QVERIFY(db.has_value());
    db->reset();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    auto put = [&](int offset, quint32 v) {
        for (int i = 0; i < 4; ++i)
            bytes[offset + i] = char((v >> (24 - 8 * i)) & 0xff);
    };
    put(60, quint32(userVersion));
    put(68, applicationId);
    f.seek(0);
    f.write(bytes);
}

struct Shell {
    int exit = -1;
    QString out;
    QString err;
};

// Runs SQL through the sqlite3 shell, as someone editing the file by hand would (foreign keys
// are off there).
Shell sqlite3(const QString &path, const QString &sql)
{
    QProcess shell;
    shell.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), { path, sql });
    shell.waitForFinished(60000);
    return Shell { shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1,
        QString::fromUtf8(shell.readAllStandardOutput()).trimmed(),
        QString::fromUtf8(shell.readAllStandardError()) };
}

// Everything a refused statement must leave as it was, in one line.
const QString kAuditState = QStringLiteral(
    "SELECT (SELECT count(*) || ' ' || group_concat(to_tier) FROM tier_history), "
    "(SELECT count(*) || ' ' || group_concat(reason) FROM customer_moves), "
    "(SELECT count(*) || ' ' || min(serial) || ' ' || min(valid_until) || ' ' || min(token) FROM nfr_keys), "
    "(SELECT count(*) || ' ' || sum(balance) FROM credit_accounts), "
    "(SELECT count(*) || ' ' || sum(credits) FROM credit_ledger), "
    "(SELECT count(*) || ' ' || coalesce(min(logged_at), '-') FROM change_log);");

} // namespace

class TestStorage final : public QObject {
    Q_OBJECT
private slots:
    void createsCurrentSchema();
    void upgradesAnOldDatabase();
    void upgradeDropsTheSalesDateIndex();
    void refusesFiles_data();
    void refusesFiles();
    void onlyCreateMakesADatabase();
    void failedCreateLeavesNoFile();
    void unusableFilesSayWhy_data();
    void unusableFilesSayWhy();
    void createdFilesArePrivate();
    void readOnlyRefusesWrites();
    void foreignKeysAreEnforced();
    void concurrentEditIsDetected();
    void tierChangeWritesHistory();
    void tierChangeNeedsReasonAndValidTier();
    void programCannotDropHeldTier();
    void partnerIdsInCodeOrder_data();
    void partnerIdsInCodeOrder();
    void auditTablesRefuseRewrites_data();
    void auditTablesRefuseRewrites();

private:
    QTemporaryDir m_dir;
};

void TestStorage::createsCurrentSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::create(path);
    QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    QCOMPARE(store.programs()->size(), 4);
    QVERIFY(store.installBuiltinPrograms().has_value()); // idempotent
    QCOMPARE(store.programs()->size(), 4);
}

void TestStorage::upgradesAnOldDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        auto db = Database::openAtVersion(path, 1);
        QVERIFY(db.has_value());
        QCOMPARE((*db)->schemaVersion(), 1);
        Store store(**db);
        QVERIFY(store.installBuiltinPrograms().has_value());
        QVERIFY(insertOldPartner(**db, samplePartner(QStringLiteral("P-1"))).has_value());
        // Version 1 had no exchange-rate table.
        QVERIFY(!store.fxRates().has_value());
    }
    auto db = Database::open(path);
    QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
    Store store(**db);
    const auto p = store.partnerByCode(QStringLiteral("P-1"));
    QVERIFY(p.has_value());
    QCOMPARE(p->name, QStringLiteral("ООО «Сетевые решения»"));
    QVERIFY(store.setFxRate(FxRate { QDate(2026, 1, 1), QStringLiteral("USD"), QStringLiteral("RUB"), 90000000 }).has_value());
    QCOMPARE(store.fxRates()->size(), 1);
}

// Schema 11 drops SQLite's sales date index (the evaluation's window scan reads partner and date);
// the partner-and-date index stays.
void TestStorage::upgradeDropsTheSalesDateIndex()
{
    const QString path = m_dir.filePath(QStringLiteral("v10.sqlite"));
    const auto salesIndexes = [&](Database &db) {
        QStringList names;
        sql::Statement st(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sales' "
                                             "AND sql IS NOT NULL ORDER BY name"));
        if (st.run({}))
            while (st.query().next())
                names << st.query().value(0).toString();
        return names;
    };
    {
        auto db = Database::openAtVersion(path, 10);
        QVERIFY(db.has_value());
        QVERIFY(salesIndexes(**db).contains(QStringLiteral("sales_date")));
    }
    auto db = Database::open(path);
    QVERIFY(db.has_value());
    QCOMPARE(salesIndexes(**db),
             QStringList({ QStringLiteral("sales_customer"), QStringLiteral("sales_partner_date"),
                           QStringLiteral("sales_reference"), QStringLiteral("sales_returns") }));
}

void TestStorage::refusesFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("text file") << "text" << int(Error::Code::NotADatabase) << "not a PartnerDesk database";
    QTest::newRow("another application's SQLite") << "foreign" << int(Error::Code::NotADatabase)
                                                  << "not a PartnerDesk database";
    QTest::newRow("newer PartnerDesk") << "newer" << int(Error::Code::NewerDatabase) << "newer version";
    QTest::newRow("truncated SQLite header") << "truncated" << int(Error::Code::NotADatabase)
                                             << "not a PartnerDesk database";
}

void TestStorage::refusesFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
    if (kind == QLatin1StringView("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,country\nAcme,US\n");
    } else if (kind == QLatin1StringView("foreign")) {
        writeSqliteWith(path, 0x12345678, 3);
    } else if (kind == QLatin1StringView("newer")) {
        writeSqliteWith(path, Database::kApplicationId, Database::kSchemaVersion + 1);
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16));
    }
    const QByteArray before = fileHash(path);
    const auto db = Database::open(path);
    QVERIFY(!db.has_value());
    QCOMPARE(int(db.error().code), code);
    QVERIFY2(db.error().message.contains(mentions), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("not changed")));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFile(path + QStringLiteral("-wal")).size() == 0);
}

void TestStorage::onlyCreateMakesADatabase()
{
    // An empty file (a failed init on a full disk leaves one) is not silently made a database.
    const QString path = m_dir.filePath(QStringLiteral("zero.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (const Database::Access access : { Database::Access::ReadWrite, Database::Access::ReadOnly }) {
        const auto db = Database::open(path, access);
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, Error::Code::NotADatabase);
        QVERIFY2(db.error().message.contains(QStringLiteral("is empty")), qPrintable(db.error().message));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const auto none = Database::open(missing);
    QVERIFY(!none.has_value());
    QCOMPARE(none.error().code, Error::Code::NotFound);
    QVERIFY(!QFile::exists(missing));
    // init on that empty file makes the database.
    const auto made = Database::create(path);
    QVERIFY2(made.has_value(), qPrintable(made ? QString() : made.error().message));
    QCOMPARE((*made)->schemaVersion(), Database::kSchemaVersion);
}

void TestStorage::failedCreateLeavesNoFile()
{
#ifdef Q_OS_UNIX
    const QString path = m_dir.filePath(QStringLiteral("full-disk.sqlite"));
    {
        const test::FileSizeLimit full(16 * 1024);
        const auto db = Database::create(path);
        QVERIFY(!db.has_value());
    }
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QVERIFY2(!QFile::exists(path + QLatin1StringView(suffix)), suffix);
#else
    QSKIP("The full disk is simulated with a file size limit (Unix).");
#endif
}

void TestStorage::unusableFilesSayWhy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("locked by another program") << "locked" << int(Error::Code::Busy) << "in use";
    QTest::newRow("cut short") << "truncated" << int(Error::Code::Damaged) << "damaged";
    QTest::newRow("write-ahead log in a read-only folder") << "folder" << int(Error::Code::FolderReadOnly)
                                                           << "folder";
}

void TestStorage::unusableFilesSayWhy()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, mentions);
#ifdef Q_OS_UNIX
    if (kind == QLatin1StringView("folder") && test::runningAsRoot())
        QSKIP("root may write to a read-only folder");
#else
    if (kind == QLatin1StringView("folder"))
        QSKIP("folder permissions are set the Unix way");
#endif
    const QString folder = m_dir.filePath(kind);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/partners.sqlite");
    {
        auto db = Database::create(path);
        QVERIFY(db.has_value());
        Store store(**db);
        QVERIFY(store.installBuiltinPrograms().has_value());
        for (int i = 0; i < 200; ++i)
            QVERIFY(store.insertPartner(samplePartner(QStringLiteral("P-%1").arg(i))).has_value());
    }
    std::unique_ptr<QProcess> holder;
    if (kind == QLatin1StringView("locked")) {
        holder = test::lockWithSqlite3(path);
        QVERIFY(holder);
    } else if (kind == QLatin1StringView("truncated")) {
        QFile f(path);
        QVERIFY(f.resize(f.size() / 2));
    } else {
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QByteArray before = fileHash(path);
    QList<Database::Access> accesses { Database::Access::ReadWrite };
    if (kind != QLatin1StringView("locked")) // each try waits out the busy timeout
        accesses << Database::Access::ReadOnly;
    for (const Database::Access access : accesses) {
        const auto db = Database::open(path, access);
        QVERIFY(!db.has_value());
        QCOMPARE(int(db.error().code), code);
        QVERIFY2(db.error().message.contains(mentions), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("not changed")));
        QVERIFY(!db.error().message.contains(QStringLiteral("not a PartnerDesk database")));
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (holder) {
        holder->closeWriteChannel();
        QVERIFY(holder->waitForFinished(10000));
    }
    QCOMPARE(fileHash(path), before);
}

void TestStorage::createdFilesArePrivate()
{
#ifdef Q_OS_UNIX
    const QString path = m_dir.filePath(QStringLiteral("private.sqlite"));
    auto db = Database::create(path);
    QVERIFY(db.has_value());
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    // Open, a database in write-ahead mode has its -wal and -shm files beside it.
    for (const char *suffix : { "", "-wal", "-shm" })
        QVERIFY2(test::fileMode(path + QLatin1StringView(suffix)) == 0600, suffix);
#else
    QSKIP("File modes are Unix's.");
#endif
}

void TestStorage::readOnlyRefusesWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
    {
        auto db = Database::create(path);
        QVERIFY(db.has_value());
        QVERIFY(Store(**db).installBuiltinPrograms().has_value());
    }
    auto db = Database::open(path, Database::Access::ReadOnly);
    QVERIFY(db.has_value());
    Store store(**db);
    QCOMPARE(store.programs()->size(), 4);
    const auto r = store.insertPartner(samplePartner(QStringLiteral("P-ro")));
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(QStringLiteral("read-only")), qPrintable(r.error().message));
}

void TestStorage::foreignKeysAreEnforced()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    Store store(**db);
    Customer c;
    c.partnerId = 999;
    c.code = QStringLiteral("C-1");
    c.name = QStringLiteral("Nobody's");
    QVERIFY(!store.insertCustomer(c).has_value());
}

void TestStorage::concurrentEditIsDetected()
{
    // Two connections on one file, as two windows would have.
    const QString path = m_dir.filePath(QStringLiteral("two.sqlite"));
    auto a = Database::create(path);
    QVERIFY(a.has_value());
    Store sa(**a);
    QVERIFY(sa.installBuiltinPrograms().has_value());
    const qint64 id = *sa.insertPartner(samplePartner(QStringLiteral("P-2")));
    auto b = Database::open(path);
    QVERIFY(b.has_value());
    Store sb(**b);
    Partner first = *sa.partner(id);
    Partner second = *sb.partner(id);
    first.name = QStringLiteral("First editor");
    second.name = QStringLiteral("Second editor");
    const auto saved = sa.updatePartner(first);
    QVERIFY(saved.has_value());
    QCOMPARE(*saved, first.rowVersion + 1);
    const auto clash = sb.updatePartner(second);
    QVERIFY(!clash.has_value());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QCOMPARE(sb.partner(id)->name, QStringLiteral("First editor"));
}

void TestStorage::tierChangeWritesHistory()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    const qint64 id = *store.insertPartner(samplePartner(QStringLiteral("P-3")));
    const Partner p = *store.partner(id);
    QVERIFY(store.applyTierChange(id, QStringLiteral("certified"), QDate(2026, 7, 1), QStringLiteral("Met Q2 targets"),
                                  QStringLiteral("anna"), p.rowVersion)
                .has_value());
    const Partner after = *store.partner(id);
    QCOMPARE(after.tierKey, QStringLiteral("certified"));
    QCOMPARE(after.tierSince, QDate(2026, 7, 1));
    QCOMPARE(after.rowVersion, p.rowVersion + 1);
    const auto history = store.tierHistory(id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().fromTier, QStringLiteral("authorized"));
    QCOMPARE(history->first().toTier, QStringLiteral("certified"));
    QCOMPARE(history->first().reason, QStringLiteral("Met Q2 targets"));
    QCOMPARE(history->first().changedBy, QStringLiteral("anna"));
    // A stale row version changes nothing.
    const auto stale = store.applyTierChange(id, QStringLiteral("privileged"), QDate(2026, 8, 1), QStringLiteral("x"),
                                             QStringLiteral("bob"), p.rowVersion);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(store.tierHistory(id)->size(), 1);
    QCOMPARE(store.partner(id)->tierKey, QStringLiteral("certified"));
}

void TestStorage::tierChangeNeedsReasonAndValidTier()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    const qint64 id = *store.insertPartner(samplePartner(QStringLiteral("P-4")));
    QCOMPARE(store.applyTierChange(id, QStringLiteral("certified"), QDate(2026, 7, 1), QStringLiteral("  "),
                                   QStringLiteral("a"), 1)
                 .error()
                 .code,
             Error::Code::InvalidInput);
    QCOMPARE(store.applyTierChange(id, QStringLiteral("gold"), QDate(2026, 7, 1), QStringLiteral("r"), QStringLiteral("a"), 1)
                 .error()
                 .code,
             Error::Code::InvalidInput);
    QCOMPARE(store.tierHistory(id)->size(), 0);
}

void TestStorage::programCannotDropHeldTier()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    QVERIFY(store.insertPartner(samplePartner(QStringLiteral("P-5"))).has_value());
    Program p = store.program(QStringLiteral("reseller-status"))->program;
    p.tiers.removeFirst(); // "authorized", held by P-5
    const auto r = store.saveProgram(p);
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(QStringLiteral("authorized")), qPrintable(r.error().message));
    QCOMPARE(store.program(QStringLiteral("reseller-status"))->program.tiers.size(), 3);
}

void TestStorage::partnerIdsInCodeOrder_data()
{
    QTest::addColumn<QString>("programKey");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("every program") << QString() << QStringList { "A-1", "B-2", "C-3" };
    QTest::newRow("reseller-status") << "reseller-status" << QStringList { "A-1", "C-3" };
    QTest::newRow("activation-credits") << "activation-credits" << QStringList { "B-2" };
    QTest::newRow("no such program") << "none" << QStringList {};
}

void TestStorage::partnerIdsInCodeOrder()
{
    QFETCH(QString, programKey);
    QFETCH(QStringList, codes);
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    // Inserted out of code order: ids and codes sort differently.
    QVERIFY(store.insertPartner(samplePartner(QStringLiteral("C-3"))).has_value());
    Partner credits = samplePartner(QStringLiteral("B-2"));
    credits.programKey = QStringLiteral("activation-credits");
    QVERIFY(store.insertPartner(credits).has_value());
    QVERIFY(store.insertPartner(samplePartner(QStringLiteral("A-1"))).has_value());
    const auto ids = store.partnerIds(programKey);
    QVERIFY(ids.has_value());
    QStringList got;
    for (const qint64 id : *ids)
        got << store.partner(id)->code;
    QCOMPARE(got, codes);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"

void TestStorage::auditTablesRefuseRewrites_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");
    const QString appendOnly = QStringLiteral("%1 is append-only");
    QTest::newRow("tier_history update") << QStringLiteral("UPDATE tier_history SET to_tier = 'platinum';")
                                         << appendOnly.arg(QStringLiteral("tier_history"));
    QTest::newRow("tier_history delete")
        << QStringLiteral("DELETE FROM tier_history;") << appendOnly.arg(QStringLiteral("tier_history"));
    QTest::newRow("customer_moves update")
        << QStringLiteral("UPDATE customer_moves SET reason = 'rewritten';")
        << appendOnly.arg(QStringLiteral("customer_moves"));
    QTest::newRow("customer_moves delete")
        << QStringLiteral("DELETE FROM customer_moves;") << appendOnly.arg(QStringLiteral("customer_moves"));
    QTest::newRow("nfr_keys delete") << QStringLiteral("DELETE FROM nfr_keys;")
                                     << QStringLiteral("NFR keys are never deleted");
    QTest::newRow("nfr_keys validity") << QStringLiteral("UPDATE nfr_keys SET valid_until = '2030-12-31';")
                                       << QStringLiteral("an issued NFR key does not change");
    QTest::newRow("nfr_keys token") << QStringLiteral("UPDATE nfr_keys SET token = 'forged';")
                                    << QStringLiteral("an issued NFR key does not change");
    QTest::newRow("credit_accounts delete") << QStringLiteral("DELETE FROM credit_accounts;")
                                            << QStringLiteral("credit balances are never deleted");
    QTest::newRow("credit_ledger update")
        << QStringLiteral("UPDATE credit_ledger SET credits = 1000000;") << QStringLiteral("append-only");
    QTest::newRow("change_log update") << QStringLiteral("UPDATE change_log SET logged_at = '2020-01-01';")
                                       << appendOnly.arg(QStringLiteral("change_log"));
}

void TestStorage::auditTablesRefuseRewrites()
{
    QFETCH(QString, statement);
    QFETCH(QString, message);
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    // A file of version 5 with a row in each table, upgraded: the upgrade brings the guards.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    QVERIFY(Database::openAtVersion(path, 5).has_value());
    const Shell filled = sqlite3(path,
        QStringLiteral(
            "INSERT INTO tier_history (partner_id, from_tier, to_tier, effective_on, reason, changed_by, "
            "recorded_at) "
            "VALUES (1, 'authorized', 'silver', '2026-01-01', 'earned', 'ana', '2026-01-01T09:00:00.000Z');"
            "INSERT INTO customer_moves (customer_id, from_partner_id, to_partner_id, moved_on, reason, "
            "moved_by, "
            "recorded_at) VALUES (1, 1, 2, '2026-02-01', 'territory', 'ana', '2026-02-01T09:00:00.000Z');"
            "INSERT INTO nfr_keys (partner_id, serial, tier, product, issued_on, valid_until, token, "
            "signer_key_id, "
            "issued_by) VALUES (1, 'NFR-1', 'silver', 'suite', '2026-01-05', '2026-12-31', 'signed', 'k1', "
            "'ana');"
            "INSERT INTO credit_accounts (partner_id, balance) VALUES (1, 100);"
            "INSERT INTO credit_ledger (partner_id, kind, entry_on, credits, recorded_by, recorded_at, "
            "balance_after) "
            "VALUES (1, 'purchase', '2026-01-10', 100, 'ana', '2026-01-10T09:00:00.000Z', 100);"
            "INSERT INTO change_log (table_name, row_id, logged_at) VALUES ('partners', 1, "
            "'2026-03-01T09:00:00.000Z');"));
    QVERIFY2(filled.exit == 0, qPrintable(filled.err));
    QVERIFY(Database::open(path).has_value());
    const QString before = sqlite3(path, kAuditState).out;
    QCOMPARE(before,
        QStringLiteral(
            "1 silver|1 territory|1 NFR-1 2026-12-31 signed|1 100|1 100|1 2026-03-01T09:00:00.000Z"));

    const Shell refused = sqlite3(path, statement);
    QVERIFY(refused.exit != 0);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(sqlite3(path, kAuditState).out, before);

    // What the application does to them still works: revoking a key, moving a balance, pruning.
    const Shell allowed = sqlite3(path,
        QStringLiteral(
            "UPDATE nfr_keys SET revoked_on = '2026-06-01', revoke_reason = 'lost', revoked_by = 'ana';"
            "UPDATE nfr_keys SET override_reason = 'agreed';"
            "UPDATE credit_accounts SET balance = 40;"
            "DELETE FROM change_log;"));
    QVERIFY2(allowed.exit == 0, qPrintable(allowed.err));
    QCOMPARE(sqlite3(path, kAuditState).out,
        QStringLiteral("1 silver|1 territory|1 NFR-1 2026-12-31 signed|1 40|1 100|0 -"));
}
