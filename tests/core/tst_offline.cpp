// Offline copies of an SQLite source: take, refresh (new, changed and deleted rows, a filter),
// interruption, refusals; notes. Changes the Store has no call for (deletes, swaps) are made
// with the sqlite3 tool, as another program on the same file would.
#include "storage/changelog.h"
#include "filetools.h"
#include "offlinefiles.h"
#include "oldpartner.h"

#include <QCryptographicHash>

using namespace pd;

namespace
{

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Partner newPartner(const QString &code, const QString &territory = {})
{
    Partner p;
    p.code = code;
    p.name = QStringLiteral("Partner ") + code;
    p.country = QStringLiteral("ES");
    p.programKey = QStringLiteral("revenue-band");
    p.tierKey = QStringLiteral("standard");
    p.tierSince = QDate(2026, 1, 1);
    p.joinedOn = QDate(2025, 6, 1);
    p.territory = territory;
    return p;
}

} // namespace

class TestOffline final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void takeCopiesEverything();
    void copyIsReadOnly();
    void refreshBringsNewChangedAndDeletedRows();
    void refreshFindsReusedIds();
    void refreshSurvivesSwappedCodes();
    void territoryFilter();
    void interruptedRefreshLeavesCopyIntact();
    void cancelledTakeKeepsOlderCopy();
    void refusals_data();
    void refusals();
    void notes();
    void changeLogUpgradeStampsEntries();
    void pruneRefusals();
    void prunedHistoryRefusesOlderCopies();
    void takeRefusesWhatIsNotACopy_data();
    void takeRefusesWhatIsNotACopy();
    void takeReplacesAnotherSourcesCopyOnlyWhenAsked();
    void interruptedCopyIsReportedAsSuch();
    void failedTakeKeepsInterruptedCopyWhole();
    void failedTakeRemovesPartialFile();
    void copiesArePrivate();

private:
    void interrupt(const QString &copy, const QString &result);
    QString sqlValue(const QString &file, const QString &query); // through the sqlite3 tool
    QString path(const QString &name) const { return m_files.path(name); }
    QString freshSource(const QString &name) const { return m_files.freshSource(name); }
    void runSql(const QString &file, const QString &statements) const { m_files.runSql(file, statements); }
    static std::unique_ptr<Database> open(const QString &file, Database::Access access = Database::Access::ReadWrite)
    {
        return OfflineFiles::open(file, access);
    }
    static QStringList differences(const QString &copy) { return OfflineFiles::differences(copy); }

    OfflineFiles m_files;
};

void TestOffline::initTestCase()
{
    m_files.init();
}

void TestOffline::takeCopiesEverything()
{
    const QString source = freshSource(QStringLiteral("take.sqlite"));
    const QString copy = path(QStringLiteral("take-copy.sqlite"));
    auto db = open(source);
    QVERIFY(db);
    QList<qint64> seen;
    const auto summary = OfflineCopy::take(*db, copy, {}, [&](qint64 done, qint64 total) {
        seen << done;
        return done <= total;
    });
    QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->partners, 40);
    QVERIFY(summary->written > 2000);
    QVERIFY(!seen.isEmpty());
    QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    QCOMPARE(differences(copy), QStringList());

    auto reader = open(copy, Database::Access::ReadOnly);
    QVERIFY(reader);
    const auto info = offlineInfo(*reader);
    QVERIFY(info.has_value() && info->has_value());
    QCOMPARE((*info)->source, QFileInfo(source).absoluteFilePath());
    QVERIFY((*info)->filter.isEmpty());
    QVERIFY((*info)->takenAt.isValid());
    QCOMPARE((*info)->refreshedAt, (*info)->takenAt);
    Store store(*reader);
    QCOMPARE(*store.partnerCount(), 40);
    QCOMPARE(store.programs()->size(), Store(*db).programs()->size());
    QCOMPARE(store.fxRates()->size(), Store(*db).fxRates()->size());
    // The source is not an offline copy.
    QVERIFY(!offlineInfo(*db)->has_value());
}

void TestOffline::copyIsReadOnly()
{
    const QString source = freshSource(QStringLiteral("ro.sqlite"));
    const QString copy = path(QStringLiteral("ro-copy.sqlite"));
    auto db = open(source);
    QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());
    auto reader = open(copy, Database::Access::ReadOnly);
    Store store(*reader);
    Partner p = *store.partnerByCode(QStringLiteral("P-000001"));
    p.name = QStringLiteral("Edited offline");
    const auto r = store.updatePartner(p);
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(QStringLiteral("read-only")), qPrintable(r.error().message));
}

void TestOffline::refreshBringsNewChangedAndDeletedRows()
{
    const QString source = freshSource(QStringLiteral("refresh.sqlite"));
    const QString copy = path(QStringLiteral("refresh-copy.sqlite"));
    auto db = open(source);
    Store store(*db);
    // A partner with dependent rows that will be deleted after the take.
    const qint64 doomed = *store.insertPartner(newPartner(QStringLiteral("X-DOOMED")));
    QVERIFY(store.insertContact(Contact { 0, doomed, QStringLiteral("Ann"), {}, {}, {} }).has_value());
    const qint64 staff
        = *store.insertStaff(StaffMember { 0, doomed, QStringLiteral("Bob"), {}, StaffRole::Technical });
    QVERIFY(store.insertCertification(Certification { 0, staff, QStringLiteral("T1"), QDate(2026, 1, 1), {}, 0, {} })
                .has_value());
    QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());
    QCOMPARE(differences(copy), QStringList());

    // New rows, a changed partner, deleted rows (one cascading to its contacts, staff and certificates).
    const qint64 added = *store.insertPartner(newPartner(QStringLiteral("X-NEW")));
    QVERIFY(store.insertContact(Contact { 0, added, QStringLiteral("Carla"), {}, {}, {} }).has_value());
    const qint64 customer = *store.insertCustomer(
        Customer { 0, added, QStringLiteral("C-NEW"), QStringLiteral("Cliente"), {} });
    Sale sale;
    sale.partnerId = added;
    sale.customerId = customer;
    sale.soldOn = QDate(2026, 9, 1);
    sale.productLine = QStringLiteral("subscriptions");
    sale.unitPrice = Money { 150000, QStringLiteral("USD") };
    QVERIFY(store.insertSale(sale).has_value());
    QVERIFY(store.addNote(added, QStringLiteral("Met at the fair")).has_value());
    Partner changed = *store.partnerByCode(QStringLiteral("P-000002"));
    changed.name = QStringLiteral("Renamed after the take");
    QVERIFY(store.updatePartner(changed).has_value());
    runSql(source,
        QStringLiteral("DELETE FROM partners WHERE code = 'X-DOOMED';"
                       "DELETE FROM contacts WHERE id = (SELECT min(id) FROM contacts);"));
    QVERIFY(!differences(copy).isEmpty());

    const auto summary = OfflineCopy::refresh(copy);
    QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->partners, 41);
    QVERIFY(summary->written >= 6);
    QVERIFY(summary->deleted >= 5); // partner, contact, staff, certification, the other contact
    QCOMPARE(differences(copy), QStringList());

    auto reader = open(copy, Database::Access::ReadOnly);
    Store copied(*reader);
    QCOMPARE(
        copied.partnerByCode(QStringLiteral("P-000002"))->name, QStringLiteral("Renamed after the take"));
    QVERIFY(!copied.partnerByCode(QStringLiteral("X-DOOMED")).has_value());
    QCOMPARE(copied.notes(added)->size(), 1);
    QCOMPARE(copied.sales(added, QDate(2026, 1, 1), QDate(2026, 12, 31))->size(), 1);
    const auto info = offlineInfo(*reader);
    QVERIFY((*info)->refreshedAt >= (*info)->takenAt);

    // Nothing changed since: a second refresh writes nothing.
    reader.reset();
    const auto again = OfflineCopy::refresh(copy);
    QVERIFY(again.has_value());
    QCOMPARE(again->written, 0);
    QCOMPARE(again->deleted, 0);
}

void TestOffline::refreshFindsReusedIds()
{
    // SQLite gives a new row max(id) + 1: after the highest row is deleted, an id the copy has
    // already seen (or one below it, in a gap) is handed out again without an insert log entry.
    const QString source = freshSource(QStringLiteral("reuse.sqlite"));
    const QString copy = path(QStringLiteral("reuse-copy.sqlite"));
    auto db = open(source);
    Store store(*db);
    const qint64 partner = store.partnerByCode(QStringLiteral("P-000001"))->id;
    const qint64 a = *store.insertContact(Contact { 0, partner, QStringLiteral("A"), {}, {}, {} });
    const qint64 b = *store.insertContact(Contact { 0, partner, QStringLiteral("B"), {}, {}, {} });
    const qint64 c = *store.insertContact(Contact { 0, partner, QStringLiteral("C"), {}, {}, {} });
    runSql(
        source, QStringLiteral("DELETE FROM contacts WHERE id = %1;").arg(b)); // a gap below the highest id
    QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());

    runSql(source, QStringLiteral("DELETE FROM contacts WHERE id = %1;").arg(c));
    const qint64 d = *store.insertContact(Contact { 0, partner, QStringLiteral("D"), {}, {}, {} });
    QCOMPARE(d, a + 1); // the gap's id, below what the copy saw
    QVERIFY(OfflineCopy::refresh(copy).has_value());
    QCOMPARE(differences(copy), QStringList());
}

void TestOffline::refreshSurvivesSwappedCodes()
{
    const QString source = freshSource(QStringLiteral("swap.sqlite"));
    const QString copy = path(QStringLiteral("swap-copy.sqlite"));
    auto db = open(source);
    QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());
    runSql(source,
        QStringLiteral("UPDATE partners SET code = 'TMP' WHERE code = 'P-000003';"
                       "UPDATE partners SET code = 'P-000003' WHERE code = 'P-000004';"
                       "UPDATE partners SET code = 'P-000004' WHERE code = 'TMP';"));
    const auto summary = OfflineCopy::refresh(copy);
    QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(differences(copy), QStringList());
}

void TestOffline::territoryFilter()
{
    const QString source = freshSource(QStringLiteral("filter.sqlite"));
    const QString copy = path(QStringLiteral("filter-copy.sqlite"));
    auto db = open(source);
    Store store(*db);
    const OfflineFilter north { QStringLiteral("North"), {}, {} };
    const auto taken = OfflineCopy::take(*db, copy, north);
    QVERIFY(taken.has_value());
    QCOMPARE(taken->partners, 13); // ids 3, 6, ..., 39
    QCOMPARE(differences(copy), QStringList());
    {
        auto reader = open(copy, Database::Access::ReadOnly);
        const auto partners = Store(*reader).partners();
        QVERIFY(partners.has_value());
        for (const Partner &p : *partners)
            QCOMPARE(p.territory, QStringLiteral("North"));
        QCOMPARE((*offlineInfo(*reader))->filter.territory, QStringLiteral("North"));
    }

    // One partner moves into the territory (bringing its records), one leaves (taking them along).
    Partner joins = *store.partner(1);
    joins.territory = QStringLiteral("North");
    QVERIFY(store.updatePartner(joins).has_value());
    Partner leaves = *store.partner(3);
    leaves.territory = QStringLiteral("South");
    QVERIFY(store.updatePartner(leaves).has_value());
    QVERIFY(store.insertPartner(newPartner(QStringLiteral("X-SOUTH"), QStringLiteral("South"))).has_value());
    const auto summary = OfflineCopy::refresh(copy);
    QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->partners, 13);
    QCOMPARE(differences(copy), QStringList());
    auto reader = open(copy, Database::Access::ReadOnly);
    Store copied(*reader);
    QVERIFY(copied.partner(1).has_value());
    QCOMPARE(copied.contacts(1)->size(), store.contacts(1)->size());
    QCOMPARE(copied.customers(1)->size(), store.customers(1)->size());
    QVERIFY(!copied.partner(3).has_value());
    QVERIFY(copied.contacts(3)->isEmpty());
    QVERIFY(copied.customers(3)->isEmpty());
}

void TestOffline::interruptedRefreshLeavesCopyIntact()
{
    const QString source = freshSource(QStringLiteral("stop.sqlite"));
    const QString copy = path(QStringLiteral("stop-copy.sqlite"));
    auto db = open(source);
    QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());
    // Enough changes for progress to be reported on the way.
    runSql(source,
        QStringLiteral("UPDATE sales SET voided_at = '2026-06-01T00:00:00.000Z', voided_by = 'ana', "
                       "void_reason = 'duplicate' WHERE id % 2 = 0;"
                       "DELETE FROM scores WHERE id % 5 = 0;"));
    const QByteArray before = fileHash(copy);
    for (const int stopAt : { 2, 3 }) {
        int calls = 0;
        const auto stopped = OfflineCopy::refresh(copy, {}, [&](qint64, qint64) { return ++calls < stopAt; });
        QVERIFY(!stopped.has_value());
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
        QCOMPARE(calls, stopAt);
        QCOMPARE(fileHash(copy), before);
        QVERIFY(!QFile::exists(copy + QStringLiteral("-journal")));
    }
    QCOMPARE(differences(copy), QStringList({ QStringLiteral("sales"), QStringLiteral("scores") }));
    QVERIFY(OfflineCopy::refresh(copy).has_value());
    QCOMPARE(differences(copy), QStringList());
}

void TestOffline::cancelledTakeKeepsOlderCopy()
{
    const QString source = freshSource(QStringLiteral("retake.sqlite"));
    const QString copy = path(QStringLiteral("retake-copy.sqlite"));
    auto db = open(source);
    QVERIFY(OfflineCopy::take(*db, copy, OfflineFilter { QStringLiteral("North"), {}, {} }).has_value());
    const QByteArray before = fileHash(copy);
    int calls = 0;
    const auto stopped = OfflineCopy::take(*db, copy, {}, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!stopped.has_value());
    QCOMPARE(stopped.error().code, Error::Code::Cancelled);
    QCOMPARE(fileHash(copy), before);
    QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    // A complete take replaces it.
    const auto full = OfflineCopy::take(*db, copy, {});
    QVERIFY(full.has_value());
    QCOMPARE(full->partners, 40);
    QCOMPARE(differences(copy), QStringList());
}

void TestOffline::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("refresh of a plain database")
        << "plain" << int(Error::Code::InvalidInput) << "not an offline copy";
    QTest::newRow("refresh of a missing file") << "missing" << int(Error::Code::NotFound) << "does not exist";
    QTest::newRow("copy of a copy") << "copy-of-copy" << int(Error::Code::InvalidInput)
                                    << "itself an offline copy";
    QTest::newRow("source in memory") << "memory" << int(Error::Code::InvalidInput) << "memory";
    QTest::newRow("source replaced") << "replaced" << int(Error::Code::InvalidInput) << "take a new copy";
    QTest::newRow("source gone") << "gone" << int(Error::Code::NotFound) << "does not exist";
}

void TestOffline::refusals()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString source = freshSource(kind + QStringLiteral(".sqlite"));
    const QString copy = path(kind + QStringLiteral("-copy.sqlite"));
    Error error;
    if (kind == QLatin1StringView("plain")) {
        error = OfflineCopy::refresh(source).error();
    } else if (kind == QLatin1StringView("missing")) {
        error = OfflineCopy::refresh(path(QStringLiteral("nothing.sqlite"))).error();
    } else if (kind == QLatin1StringView("memory")) {
        auto db = open(QStringLiteral(":memory:"));
        error = OfflineCopy::take(*db, copy, {}).error();
    } else {
        {
            auto db = open(source);
            QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());
        }
        if (kind == QLatin1StringView("copy-of-copy")) {
            auto db = open(copy);
            error = OfflineCopy::take(*db, path(QStringLiteral("second.sqlite")), {}).error();
        } else if (kind == QLatin1StringView("replaced")) {
            QVERIFY(QFile::remove(source));
            QVERIFY(Database::create(source).has_value()); // a new, empty database at the same place
            error = OfflineCopy::refresh(copy).error();
        } else {
            QVERIFY(QFile::remove(source));
            error = OfflineCopy::refresh(copy).error();
        }
    }
    QCOMPARE(int(error.code), code);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestOffline::notes()
{
    auto db = open(QStringLiteral(":memory:"));
    Store store(*db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    const qint64 id = *store.insertPartner(newPartner(QStringLiteral("N-1")));
    QVERIFY(store.addNote(id, QStringLiteral("First call"), QStringLiteral("ana")).has_value());
    QVERIFY(store.addNote(id, QStringLiteral("  Second call  ")).has_value());
    const auto notes = store.notes(id);
    QVERIFY(notes.has_value());
    QCOMPARE(notes->size(), 2);
    QCOMPARE(notes->at(0).body, QStringLiteral("Second call")); // newest first, trimmed
    QCOMPARE(notes->at(0).author, db->userName());
    QCOMPARE(notes->at(1).author, QStringLiteral("ana"));
    QVERIFY(notes->at(1).writtenAt.isValid());
    const auto empty = store.addNote(id, QStringLiteral("   "));
    QVERIFY(!empty.has_value());
    QCOMPARE(empty.error().code, Error::Code::InvalidInput);
    const auto nobody = store.addNote(id + 100, QStringLiteral("text"));
    QVERIFY(!nobody.has_value());
    QCOMPARE(nobody.error().code, Error::Code::NotFound);
}

QString TestOffline::sqlValue(const QString &file, const QString &query)
{
    QProcess p;
    p.start(m_files.sqlite3, { file, query });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("error: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void TestOffline::changeLogUpgradeStampsEntries()
{
    // Entries logged by version 4 (no time) get the upgrade's time; later ones their own.
    const QString file = path(QStringLiteral("v4.sqlite"));
    {
        auto db = Database::openAtVersion(file, 4);
        QVERIFY(db.has_value());
        Store store(**db);
        QVERIFY(store.installBuiltinPrograms().has_value());
        // As version 4 wrote them (the current store also writes version 8's owner).
        const auto id = insertOldPartner(**db, newPartner(QStringLiteral("V4-1")));
        QVERIFY(id.has_value());
        sql::Statement update(**db, QStringLiteral("UPDATE partners SET name = 'Changed at version 4', "
                                                   "row_version = row_version + 1 WHERE id = ?"));
        QVERIFY(update.run({ *id }).has_value());
    }
    QCOMPARE(sqlValue(file, QStringLiteral("SELECT count(*) FROM change_log")), QStringLiteral("1"));
    const QString before = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto db = open(file);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
    Store store(*db);
    Partner p = *store.partnerByCode(QStringLiteral("V4-1"));
    p.name = QStringLiteral("Changed at version 5");
    QVERIFY(store.updatePartner(p).has_value());
    const QStringList stamps = sqlValue(file, QStringLiteral("SELECT logged_at FROM change_log ORDER BY seq"))
                                   .split(QLatin1Char('\n'));
    QCOMPARE(stamps.size(), 2);
    for (const QString &stamp : stamps) {
        QVERIFY2(QDateTime::fromString(stamp, Qt::ISODateWithMs).isValid(), qPrintable(stamp));
        QVERIFY2(stamp.left(19) >= before.left(19), qPrintable(stamp + QStringLiteral(" < ") + before));
    }
}

void TestOffline::pruneRefusals()
{
    const QString source = freshSource(QStringLiteral("prune-refused.sqlite"));
    const QString copy = path(QStringLiteral("prune-refused-copy.sqlite"));
    auto db = open(source);
    Store store(*db);
    Partner p = *store.partner(1);
    p.name = QStringLiteral("Logged");
    QVERIFY(store.updatePartner(p).has_value());
    const qint64 logged = *ChangeLog::size(*db);
    QVERIFY(logged >= 1);
    const QDate today(2026, 12, 3);

    const auto future = ChangeLog::prune(*db, today.addDays(1), today);
    QVERIFY(!future.has_value());
    QCOMPARE(future.error().code, Error::Code::InvalidInput);
    QVERIFY2(
        future.error().message.contains(QStringLiteral("2026-12-04")), qPrintable(future.error().message));
    const auto invalid = ChangeLog::prune(*db, QDate(), today);
    QVERIFY(!invalid.has_value());
    QCOMPARE(invalid.error().code, Error::Code::InvalidInput);
    QCOMPARE(*ChangeLog::size(*db), logged);
    QVERIFY(!ChangeLog::horizon(*db)->has_value());

    // An offline copy has no history of its own to prune.
    QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());
    auto copied = open(copy, Database::Access::ReadOnly);
    const auto onCopy = ChangeLog::prune(*copied, today, today);
    QVERIFY(!onCopy.has_value());
    QCOMPARE(onCopy.error().code, Error::Code::InvalidInput);
    QVERIFY2(
        onCopy.error().message.contains(QStringLiteral("offline copy")), qPrintable(onCopy.error().message));
}

void TestOffline::prunedHistoryRefusesOlderCopies()
{
    const QString source = freshSource(QStringLiteral("prune.sqlite"));
    const QString old = path(QStringLiteral("prune-old.sqlite"));
    const QString recent = path(QStringLiteral("prune-recent.sqlite"));
    const QString after = path(QStringLiteral("prune-after.sqlite"));
    auto db = open(source);
    Store store(*db);
    QVERIFY(OfflineCopy::take(*db, old, {}).has_value());

    // Changes the old copy has not seen, logged "in March"; the recent copy has seen them.
    Partner p = *store.partner(2);
    p.name = QStringLiteral("Renamed in March");
    QVERIFY(store.updatePartner(p).has_value());
    runSql(source, QStringLiteral("DELETE FROM contacts WHERE id = (SELECT min(id) FROM contacts);"));
    // (Entries are never rewritten: only a hand edit that drops the guard first can age them.)
    runSql(source,
        QStringLiteral("DROP TRIGGER change_log_no_update;"
                       "UPDATE change_log SET logged_at = '2026-03-10T08:00:00.000Z';"));
    QVERIFY(OfflineCopy::take(*db, recent, {}).has_value());
    const qint64 logged = *ChangeLog::size(*db);
    QVERIFY(logged >= 2);

    // Pruning up to May removes them, in one transaction with the horizon.
    const auto pruned = ChangeLog::prune(*db, QDate(2026, 5, 1), QDate(2026, 12, 3));
    QVERIFY2(pruned.has_value(), qPrintable(pruned ? QString() : pruned.error().message));
    QCOMPARE(pruned->removed, logged);
    QCOMPARE(pruned->horizon.before, QDate(2026, 5, 1));
    QCOMPARE(*ChangeLog::size(*db), 0);
    QCOMPARE(
        sqlValue(source, QStringLiteral("SELECT value FROM meta WHERE key = 'change_log_pruned_before'")),
        QStringLiteral("2026-05-01"));
    const auto horizon = ChangeLog::horizon(*db);
    QVERIFY(horizon.has_value() && horizon->has_value());
    QCOMPARE((*horizon)->before, QDate(2026, 5, 1));
    QVERIFY((*horizon)->seq >= logged);

    // The old copy would need what was pruned: refused, and left exactly as it was.
    const QByteArray before = fileHash(old);
    const auto refused = OfflineCopy::refresh(old);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().message,
        QStringLiteral("This offline copy is older than the team database's change history (pruned up to "
                       "2026-05-01); take it offline again."));
    QCOMPARE(fileHash(old), before);
    QVERIFY(!QFile::exists(old + QStringLiteral("-journal")));

    // A copy taken after the pruned changes, and one taken from the emptied log, still refresh.
    QVERIFY(OfflineCopy::take(*db, after, {}).has_value());
    p = *store.partner(3);
    p.name = QStringLiteral("Renamed after the prune");
    QVERIFY(store.updatePartner(p).has_value());
    for (const QString &copy : { recent, after }) {
        const auto refreshed = OfflineCopy::refresh(copy);
        QVERIFY2(refreshed.has_value(), qPrintable(refreshed ? QString() : refreshed.error().message));
        QCOMPARE(differences(copy), QStringList());
    }

    // The horizon never moves back: an earlier day removes nothing and keeps it.
    const auto earlier = ChangeLog::prune(*db, QDate(2026, 4, 1), QDate(2026, 12, 3));
    QVERIFY(earlier.has_value());
    QCOMPARE(earlier->removed, 0);
    QCOMPARE(earlier->horizon.before, QDate(2026, 5, 1));
    QCOMPARE(*ChangeLog::size(*db), 1); // the change after the prune

    // Taken again, the old copy refreshes.
    QVERIFY(OfflineCopy::take(*db, old, {}).has_value());
    QVERIFY(OfflineCopy::refresh(old).has_value());
    QCOMPARE(differences(old), QStringList());
}

void TestOffline::takeRefusesWhatIsNotACopy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("a database with its own partners")
        << "database" << int(Error::Code::InvalidInput) << "PartnerDesk database with its own records";
    QTest::newRow("a text file") << "text" << int(Error::Code::NotADatabase) << "is not an offline copy";
    QTest::newRow("an empty file") << "empty" << int(Error::Code::NotADatabase) << "is not an offline copy";
}

void TestOffline::takeRefusesWhatIsNotACopy()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString source = freshSource(QStringLiteral("refuse-") + kind + QStringLiteral(".sqlite"));
    const QString target = path(QStringLiteral("refuse-target-") + kind + QStringLiteral(".sqlite"));
    if (kind == QLatin1StringView("database")) {
        QVERIFY(QFile::copy(m_files.templatePath, target));
    } else {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == QLatin1StringView("text"))
            f.write("Partners to call on Monday\n");
    }
    const QByteArray before = fileHash(target);
    auto db = open(source);
    const auto taken = OfflineCopy::take(*db, target, {});
    QVERIFY(!taken.has_value());
    QCOMPARE(int(taken.error().code), code);
    QVERIFY2(taken.error().message.contains(mentions), qPrintable(taken.error().message));
    QVERIFY(taken.error().message.contains(QStringLiteral("not changed")));
    QCOMPARE(fileHash(target), before);
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    if (kind == QLatin1StringView("database"))
        QCOMPARE(sqlValue(target, QStringLiteral("SELECT count(*) FROM partners")), QStringLiteral("40"));
    // Replacing any copy does not extend to files that are not copies.
    QVERIFY(!OfflineCopy::take(*db, target, {}, {}, OfflineCopy::Replace::AnyCopy).has_value());
    QCOMPARE(fileHash(target), before);
}

void TestOffline::takeReplacesAnotherSourcesCopyOnlyWhenAsked()
{
    const QString first = freshSource(QStringLiteral("first-source.sqlite"));
    const QString second = freshSource(QStringLiteral("second-source.sqlite"));
    const QString copy = path(QStringLiteral("shared-copy.sqlite"));
    auto a = open(first);
    auto b = open(second);
    QVERIFY(OfflineCopy::take(*a, copy, OfflineFilter { QStringLiteral("North"), {}, {} }).has_value());
    const QByteArray before = fileHash(copy);
    // A copy of the same source is replaced without asking.
    QVERIFY(OfflineCopy::take(*a, copy, OfflineFilter { QStringLiteral("North"), {}, {} }).has_value());

    const QByteArray again = fileHash(copy);
    const auto refused = OfflineCopy::take(*b, copy, {});
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(QFileInfo(first).absoluteFilePath()), qPrintable(refused.error().message));
    QCOMPARE(fileHash(copy), again);
    QVERIFY(before != again); // taken again: a new file

    const auto replaced = OfflineCopy::take(*b, copy, {}, {}, OfflineCopy::Replace::AnyCopy);
    QVERIFY2(replaced.has_value(), qPrintable(replaced ? QString() : replaced.error().message));
    auto reader = open(copy, Database::Access::ReadOnly);
    QVERIFY(reader);
    QCOMPARE((*offlineInfo(*reader))->source, QFileInfo(second).absoluteFilePath());
    QCOMPARE(*Store(*reader).partnerCount(), 40);
}

// Leaves at `result` the copy as a refresh interrupted in its commit leaves it: the file partly
// overwritten, the journal of the original pages beside it. The sqlite3 tool makes the change
// (its small cache spills to the file) and `copy` is copied aside before it rolls back.
void TestOffline::interrupt(const QString &copy, const QString &result)
{
    QProcess p;
    p.start(m_files.sqlite3, { copy });
    p.write("PRAGMA cache_size = 1;\nBEGIN;\nUPDATE sales SET quantity = quantity + 1000;\nSELECT 'changed';\n");
    QByteArray out;
    while (!out.contains("changed") && p.waitForReadyRead(30000))
        out += p.readAllStandardOutput();
    QVERIFY(out.contains("changed"));
    QVERIFY(QFile::copy(copy + QStringLiteral("-journal"), result + QStringLiteral("-journal")));
    QVERIFY(QFile::copy(copy, result));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(fileHash(result) != fileHash(copy)); // the change reached the file
}

void TestOffline::interruptedCopyIsReportedAsSuch()
{
    const QString source = freshSource(QStringLiteral("hot.sqlite"));
    const QString copy = path(QStringLiteral("hot-copy.sqlite"));
    const QString hot = path(QStringLiteral("hot-interrupted.sqlite"));
    {
        auto db = open(source);
        QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());
    }
    interrupt(copy, hot);
    const QByteArray before = fileHash(hot);
    const auto reader = Database::open(hot, Database::Access::ReadOnly);
    QVERIFY(!reader.has_value());
    QCOMPARE(reader.error().code, Error::Code::InterruptedWrite);
    QVERIFY2(reader.error().message.contains(QStringLiteral("interrupted")), qPrintable(reader.error().message));
    const auto verified = OfflineCopy::differences(hot);
    QVERIFY(!verified.has_value());
    QCOMPARE(verified.error().code, Error::Code::InterruptedWrite);
    QCOMPARE(fileHash(hot), before);
    QVERIFY(QFile::exists(hot + QStringLiteral("-journal")));
}

void TestOffline::failedTakeKeepsInterruptedCopyWhole()
{
    const QString source = freshSource(QStringLiteral("whole.sqlite"));
    const QString first = path(QStringLiteral("whole-first.sqlite"));
    const QString copy = path(QStringLiteral("whole-copy.sqlite"));
    auto db = open(source);
    QVERIFY(OfflineCopy::take(*db, first, {}).has_value());
    const QString quantities = sqlValue(first, QStringLiteral("SELECT sum(quantity) FROM sales"));
    interrupt(first, copy);

    // A take that fails at the very end: its finished file is gone when it is to be renamed.
    const QString partial = copy + QStringLiteral(".partial");
    const auto failed = OfflineCopy::take(*db, copy, {}, [&](qint64 done, qint64 total) {
        if (total > 0 && done == total)
            QFile::remove(partial);
        return true;
    });
    QVERIFY(!failed.has_value());
    QVERIFY2(failed.error().message.contains(QStringLiteral("moved into place")), qPrintable(failed.error().message));
    // The interrupted change was rolled back, not cut off: the copy is whole and as it was.
    QCOMPARE(sqlValue(copy, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(sqlValue(copy, QStringLiteral("SELECT sum(quantity) FROM sales")), quantities);
    QCOMPARE(differences(copy), QStringList());
}

void TestOffline::failedTakeRemovesPartialFile()
{
#ifdef Q_OS_UNIX
    const QString source = freshSource(QStringLiteral("full.sqlite"));
    const QString copy = path(QStringLiteral("full-copy.sqlite"));
    auto db = open(source);
    // A disk that fills up at once (the new file's schema) and one that fills up while copying.
    for (const rlim_t room : { rlim_t(16 * 1024), rlim_t(512 * 1024) }) {
        Result<OfflineSummary> taken;
        {
            const test::FileSizeLimit full(room);
            taken = OfflineCopy::take(*db, copy, {});
        }
        QVERIFY(!taken.has_value());
        for (const char *suffix : { "", ".partial", ".partial-journal", ".partial-wal", ".partial-shm" })
            QVERIFY2(!QFile::exists(copy + QLatin1StringView(suffix)), suffix);
    }
#else
    QSKIP("The full disk is simulated with a file size limit (Unix).");
#endif
}

void TestOffline::copiesArePrivate()
{
#ifdef Q_OS_UNIX
    const QString source = freshSource(QStringLiteral("private.sqlite"));
    const QString copy = path(QStringLiteral("private-copy.sqlite"));
    auto db = open(source);
    QList<int> journalModes;
    const auto taken = OfflineCopy::take(*db, copy, {}, [&](qint64, qint64) {
        const QString journal = copy + QStringLiteral(".partial-journal");
        if (QFile::exists(journal))
            journalModes << test::fileMode(journal);
        return true;
    });
    QVERIFY(taken.has_value());
    QCOMPARE(test::fileMode(copy), 0600);
    QVERIFY(!journalModes.isEmpty());
    QCOMPARE(journalModes, QList<int>(journalModes.size(), 0600));
#else
    QSKIP("File modes are Unix's.");
#endif
}

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
