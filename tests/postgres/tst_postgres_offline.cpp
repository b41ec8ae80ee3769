// Offline copies taken from a team database: take, refresh (new, changed, deleted rows), a
// transaction that commits after the copy's snapshot, a territory filter, an interrupted refresh,
// a sales rep's own copy, a copy older than the pruned change history, and copies written
// through COPY and straight on SQLite (issue 22) that are those written value by value.
#include "pgtest.h"
#include "storage/changelog.h"
#include "storage/offline.h"
#include "storage/pgcopy.h"
#include "storage/sql.h"
#include "storage/sqlitedirect.h"
#include "storage/store.h"
#include "storage/teamroles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

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

QStringList differences(const QString &copy, const QString &password = {})
{
    const auto d = OfflineCopy::differences(copy, password);
    if (!d)
        return { QStringLiteral("error: ") + d.error().message };
    return *d;
}

Partner newPartner(const QString &code, const QString &territory = {})
{
    Partner p;
    p.code = code;
    p.name = QStringLiteral("Partner ") + code;
    p.country = QStringLiteral("BR");
    p.programKey = QStringLiteral("activation-credits");
    p.tierKey = QStringLiteral("authorized");
    p.tierSince = QDate(2026, 1, 1);
    p.joinedOn = QDate(2025, 3, 1);
    p.territory = territory;
    return p;
}

// Every row of every table of an offline copy, each value quoted as SQLite quotes it (text in
// quotes, integers bare, NULL) with its type, sorted by table and row. The meta entries about the
// copy itself (its id, when it was taken, how far it is) differ between any two copies: left out.
QStringList copyContents(const QString &file)
{
    auto db = Database::open(file, Database::Options { Database::Access::ReadOnly, {} });
    if (!db)
        return { QStringLiteral("error: ") + db.error().message };
    QSqlQuery tables(sql::connection(**db));
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList out;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery info(sql::connection(**db));
        info.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QStringList values;
        while (info.next())
            values << QStringLiteral("quote(%1) || ':' || typeof(%1)").arg(info.value(0).toString());
        QString select = QStringLiteral("SELECT %1 FROM %2").arg(values.join(QStringLiteral(" || '|' || ")), table);
        if (table == QLatin1StringView("meta"))
            select += QStringLiteral(" WHERE key <> 'database_id' AND key NOT LIKE 'offline%'");
        QSqlQuery rows(sql::connection(**db));
        if (!rows.exec(select))
            return { QStringLiteral("error: ") + rows.lastError().text() };
        QStringList lines;
        while (rows.next())
            lines << table + u' ' + rows.value(0).toString();
        lines.sort();
        out << lines;
    }
    return out;
}

// Turns COPY and the direct SQLite path off for a scope: every value goes through QSqlQuery.
struct ValueByValue {
    ValueByValue()
    {
        sql::PgCopy::setEnabled(false);
        sql::DirectStatement::setEnabled(false);
    }
    ~ValueByValue()
    {
        sql::PgCopy::setEnabled(true);
        sql::DirectStatement::setEnabled(true);
    }
};

} // namespace

void TestPostgres::offlineTakeAndRefresh()
{
    const QString location = generated(QStringLiteral("offline"), 30, 1500);
    QVERIFY(!location.isEmpty());
    const QString copy = path(QStringLiteral("offline-copy.sqlite"));
    auto db = open(location);
    Store store(*db);
    const qint64 doomed = *store.insertPartner(newPartner(QStringLiteral("X-DOOMED")));
    QVERIFY(store.insertContact(Contact { 0, doomed, QStringLiteral("Ana"), {}, {}, {} }).has_value());
    const qint64 staff
        = *store.insertStaff(StaffMember { 0, doomed, QStringLiteral("Beto"), {}, StaffRole::Technical });
    QVERIFY(store.insertCertification(Certification { 0, staff, QStringLiteral("T1"), QDate(2026, 1, 1), {}, 0, {} })
                .has_value());

    const auto taken = OfflineCopy::take(*db, copy, {});
    QVERIFY2(taken.has_value(), qPrintable(taken ? QString() : taken.error().message));
    QCOMPARE(taken->partners, 31);
    QCOMPARE(differences(copy), QStringList());
    {
        auto reader = open(copy, Database::Options { Database::Access::ReadOnly, {} });
        QVERIFY(reader);
        const auto info = offlineInfo(*reader);
        QVERIFY(info.has_value() && info->has_value());
        QCOMPARE((*info)->source, db->location());
        QVERIFY(!(*info)->source.contains(qEnvironmentVariable("PGPASSWORD")));
    }

    // Inserts, an update, deletes (one cascading), many updated sales and a customer moved away
    // from the partner its old sales stay with.
    const qint64 added = *store.insertPartner(newPartner(QStringLiteral("X-NEW")));
    QVERIFY(store.insertContact(Contact { 0, added, QStringLiteral("Carla"), {}, {}, {} }).has_value());
    QVERIFY(store.addNote(added, QStringLiteral("Signed the contract")).has_value());
    Partner renamed = *store.partner(2);
    renamed.name = QStringLiteral("Renamed on the server");
    QVERIFY(store.updatePartner(renamed).has_value());
    psql(QStringLiteral("offline"),
        QStringLiteral("DELETE FROM partners WHERE code = 'X-DOOMED'; "
                       "DELETE FROM contacts WHERE id = (SELECT min(id) FROM contacts); "
                       "UPDATE sales SET voided_at = '2026-06-01T00:00:00.000Z', voided_by = 'ana', "
                       "void_reason = 'duplicate' WHERE id % 10 = 0; "
                       "UPDATE customers SET partner_id = 1 WHERE id = "
                       "(SELECT min(id) FROM customers WHERE partner_id = 2)"));
    QCOMPARE(differences(copy),
        QStringList({ QStringLiteral("certifications"), QStringLiteral("contacts"),
            QStringLiteral("customers"), QStringLiteral("partner_notes"), QStringLiteral("partners"),
            QStringLiteral("sales"), QStringLiteral("staff") }));
    const auto refreshed = OfflineCopy::refresh(copy);
    QVERIFY2(refreshed.has_value(), qPrintable(refreshed ? QString() : refreshed.error().message));
    QCOMPARE(refreshed->partners, 31);
    QVERIFY(refreshed->deleted >= 5);
    QVERIFY(refreshed->written >= 150);
    QCOMPARE(differences(copy), QStringList());
    auto reader = open(copy, Database::Options { Database::Access::ReadOnly, {} });
    Store copied(*reader);
    QCOMPARE(copied.partner(2)->name, QStringLiteral("Renamed on the server"));
    QVERIFY(!copied.partnerByCode(QStringLiteral("X-DOOMED")).has_value());
    QCOMPARE(copied.notes(added)->size(), 1);
}

void TestPostgres::offlineSeesLateCommits()
{
    // A transaction that started before the copy's snapshot and commits after it: its change is
    // not in the copy, and the next refresh must bring it.
    const QString location = generated(QStringLiteral("late"), 10, 200);
    QVERIFY(!location.isEmpty());
    const QString copy = path(QStringLiteral("late-copy.sqlite"));
    auto reader = open(location);
    auto writer = open(location);
    Store store(*writer);
    const auto written = writer->transaction([&]() -> Result<void> {
        Partner p = *store.partner(3);
        p.name = QStringLiteral("Committed after the snapshot");
        if (auto r = store.updatePartner(p); !r)
            return std::unexpected(r.error());
        const auto taken = OfflineCopy::take(*reader, copy, {});
        if (!taken)
            return std::unexpected(taken.error());
        return {};
    });
    QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
    QCOMPARE(differences(copy), QStringList { QStringLiteral("partners") });
    QVERIFY(OfflineCopy::refresh(copy).has_value());
    QCOMPARE(differences(copy), QStringList());
}

void TestPostgres::offlineTerritoryFilter()
{
    const QString location = generated(QStringLiteral("territory"), 30, 900);
    QVERIFY(!location.isEmpty());
    psql(QStringLiteral("territory"),
        QStringLiteral("UPDATE partners SET territory = 'Sur' WHERE id % 3 = 0"));
    const QString copy = path(QStringLiteral("territory-copy.sqlite"));
    auto db = open(location);
    Store store(*db);
    const auto taken = OfflineCopy::take(*db, copy, OfflineFilter { QStringLiteral("Sur"), {}, {} });
    QVERIFY(taken.has_value());
    QCOMPARE(taken->partners, 10);
    QCOMPARE(differences(copy), QStringList());

    Partner joins = *store.partner(1);
    joins.territory = QStringLiteral("Sur");
    QVERIFY(store.updatePartner(joins).has_value());
    Partner leaves = *store.partner(3);
    leaves.territory = QStringLiteral("Norte");
    QVERIFY(store.updatePartner(leaves).has_value());
    QVERIFY(store.insertPartner(newPartner(QStringLiteral("X-SUR"), QStringLiteral("Sur"))).has_value());
    QVERIFY(store.insertPartner(newPartner(QStringLiteral("X-NORTE"), QStringLiteral("Norte"))).has_value());
    psql(QStringLiteral("territory"), QStringLiteral("DELETE FROM scores WHERE partner_id = 6"));
    const auto refreshed = OfflineCopy::refresh(copy);
    QVERIFY2(refreshed.has_value(), qPrintable(refreshed ? QString() : refreshed.error().message));
    QCOMPARE(refreshed->partners, 11);
    QCOMPARE(differences(copy), QStringList());
    auto reader = open(copy, Database::Options { Database::Access::ReadOnly, {} });
    Store copied(*reader);
    QCOMPARE(copied.customers(1)->size(), store.customers(1)->size());
    QVERIFY(!copied.partner(3).has_value());
    QVERIFY(copied.customers(3)->isEmpty());
    QVERIFY(copied.scores(6)->isEmpty());
    QVERIFY(copied.partnerByCode(QStringLiteral("X-SUR")).has_value());
    QVERIFY(!copied.partnerByCode(QStringLiteral("X-NORTE")).has_value());
}

void TestPostgres::offlineInterruptedRefresh()
{
    const QString location = generated(QStringLiteral("interrupt"), 20, 3000);
    QVERIFY(!location.isEmpty());
    const QString copy = path(QStringLiteral("interrupt-copy.sqlite"));
    {
        auto db = open(location);
        QVERIFY(OfflineCopy::take(*db, copy, {}).has_value());
    }
    psql(QStringLiteral("interrupt"),
        QStringLiteral("UPDATE sales SET voided_at = '2026-06-01T00:00:00.000Z', voided_by = 'ana', "
                       "void_reason = 'duplicate' WHERE id % 2 = 0; "
                       "DELETE FROM compliance_events WHERE id % 4 = 0"));
    const QByteArray before = fileHash(copy);
    int calls = 0;
    const auto stopped = OfflineCopy::refresh(copy, {}, [&](qint64 done, qint64 total) {
        ++calls;
        return !(calls > 1 && done < total); // stop half-way
    });
    QVERIFY(!stopped.has_value());
    QCOMPARE(stopped.error().code, Error::Code::Cancelled);
    QCOMPARE(fileHash(copy), before);
    QCOMPARE(
        differences(copy), QStringList({ QStringLiteral("compliance_events"), QStringLiteral("sales") }));
    QVERIFY(OfflineCopy::refresh(copy).has_value());
    QCOMPARE(differences(copy), QStringList());
}

void TestPostgres::offlineForRep()
{
    // A sales rep takes and refreshes a copy with nothing but read rights; the note the rep adds
    // on the server (logged through the owner's trigger function) reaches the copy.
    const QString location = generated(QStringLiteral("repcopy"), 12, 300);
    QVERIFY(!location.isEmpty());
    {
        auto owner = open(location);
        QVERIFY(createTeamRoles(*owner).has_value());
        psql(QStringLiteral("postgres"),
            QStringLiteral("DROP ROLE IF EXISTS rep2; CREATE ROLE rep2 LOGIN PASSWORD 'rep2-secret'"));
        QVERIFY(grantTeamRole(*owner, QStringLiteral("rep2"), TeamRole::Rep).has_value());
    }
    const QString copy = path(QStringLiteral("rep-copy.sqlite"));
    auto rep = open(url(QStringLiteral("repcopy"), QStringLiteral("rep2")),
        Database::Options { Database::Access::ReadWrite, QStringLiteral("rep2-secret") });
    QVERIFY(rep);
    const auto taken = OfflineCopy::take(*rep, copy, {});
    QVERIFY2(taken.has_value(), qPrintable(taken ? QString() : taken.error().message));
    QVERIFY(Store(*rep).addNote(4, QStringLiteral("Visited on Tuesday")).has_value());
    // Without the password the refresh cannot reach the server, and says so.
    const auto denied = OfflineCopy::refresh(copy);
    QVERIFY(!denied.has_value());
    QVERIFY2(denied.error().message.contains(QStringLiteral("password authentication failed")),
        qPrintable(denied.error().message));
    const auto refreshed = OfflineCopy::refresh(copy, QStringLiteral("rep2-secret"));
    QVERIFY2(refreshed.has_value(), qPrintable(refreshed ? QString() : refreshed.error().message));
    QVERIFY(refreshed->written >= 1);
    QCOMPARE(differences(copy, QStringLiteral("rep2-secret")), QStringList());
}

void TestPostgres::offlinePrunedHistory()
{
    const QString location = generated(QStringLiteral("pruned"), 12, 300);
    QVERIFY(!location.isEmpty());
    const QString old = path(QStringLiteral("pruned-old.sqlite"));
    const QString recent = path(QStringLiteral("pruned-recent.sqlite"));
    auto db = open(location);
    Store store(*db);
    QVERIFY(OfflineCopy::take(*db, old, {}).has_value());

    // Changes the old copy has not seen; the server stamps each log entry with its time (UTC).
    Partner p = *store.partner(2);
    p.name = QStringLiteral("Renamed in March");
    QVERIFY(store.updatePartner(p).has_value());
    psql(QStringLiteral("pruned"),
        QStringLiteral("DELETE FROM scores WHERE id = (SELECT min(id) FROM scores)"));
    QCOMPARE(psql(QStringLiteral("pruned"),
                 QStringLiteral("SELECT count(*) FROM change_log WHERE logged_at IS NULL OR logged_at !~ "
                                "'^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$'")),
        QStringLiteral("0"));
    QVERIFY(psql(QStringLiteral("pruned"), QStringLiteral("SELECT count(*) FROM change_log")).toInt() >= 2);
    // ... as if logged in March; the recent copy is taken after them.
    psql(QStringLiteral("pruned"),
        QStringLiteral("UPDATE change_log SET logged_at = '2026-03-10T08:00:00.000Z'"));
    QVERIFY(OfflineCopy::take(*db, recent, {}).has_value());
    const QString logged = psql(QStringLiteral("pruned"), QStringLiteral("SELECT count(*) FROM change_log"));

    // A sales rep may not prune: the server refuses, and nothing is removed.
    {
        QVERIFY(createTeamRoles(*db).has_value());
        psql(QStringLiteral("postgres"),
            QStringLiteral("DROP ROLE IF EXISTS rep3; CREATE ROLE rep3 LOGIN PASSWORD 'rep3-secret'"));
        QVERIFY(grantTeamRole(*db, QStringLiteral("rep3"), TeamRole::Rep).has_value());
        auto rep = open(url(QStringLiteral("pruned"), QStringLiteral("rep3")),
            Database::Options { Database::Access::ReadWrite, QStringLiteral("rep3-secret") });
        QVERIFY(rep);
        const auto denied = ChangeLog::prune(*rep, QDate(2026, 5, 1));
        QVERIFY(!denied.has_value());
        QCOMPARE(denied.error().code, Error::Code::PermissionDenied);
        QCOMPARE(psql(QStringLiteral("pruned"), QStringLiteral("SELECT count(*) FROM change_log")), logged);
        QVERIFY(!ChangeLog::horizon(*db)->has_value());
    }

    // Bad input through the tool changes nothing either.
    CliRun r = cli({ QStringLiteral("--db"), location, QStringLiteral("admin"),
        QStringLiteral("prune-changes"), QStringLiteral("--before"), QStringLiteral("2026-13-01") });
    QCOMPARE(r.exit, 2);
    r = cli({ QStringLiteral("--db"), location, QStringLiteral("admin"), QStringLiteral("prune-changes") });
    QCOMPARE(r.exit, 2);
    r = cli({ QStringLiteral("--db"), location, QStringLiteral("admin"), QStringLiteral("prune-changes"),
        QStringLiteral("--before"),
        QDateTime::currentDateTimeUtc().date().addDays(2).toString(Qt::ISODate) });
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(QStringLiteral("at the latest")), qPrintable(r.err));
    QCOMPARE(psql(QStringLiteral("pruned"), QStringLiteral("SELECT count(*) FROM change_log")), logged);

    // The administrator prunes up to May: the entries go, the horizon is in the meta table.
    r = cli({ QStringLiteral("--db"), location, QStringLiteral("admin"), QStringLiteral("prune-changes"),
        QStringLiteral("--before"), QStringLiteral("2026-05-01") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    // (The plural form comes from the English translation: only the words around it are checked.)
    QVERIFY2(r.out.startsWith(QStringLiteral("Removed %1 change-log ").arg(logged)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(" logged before 2026-05-01 from ")), qPrintable(r.out));
    QCOMPARE(psql(QStringLiteral("pruned"), QStringLiteral("SELECT count(*) FROM change_log")),
        QStringLiteral("0"));
    QCOMPARE(psql(QStringLiteral("pruned"),
                 QStringLiteral("SELECT value FROM meta WHERE key = 'change_log_pruned_before'")),
        QStringLiteral("2026-05-01"));

    // The old copy would need what was pruned: refused with the horizon, and left as it was.
    const QByteArray before = fileHash(old);
    const auto refused = OfflineCopy::refresh(old);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().message,
        QStringLiteral("This offline copy is older than the team database's change history (pruned up to "
                       "2026-05-01); take it offline again."));
    r = cli({ QStringLiteral("--db"), old, QStringLiteral("offline"), QStringLiteral("refresh") });
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(QStringLiteral("take it offline again")), qPrintable(r.err));
    QCOMPARE(fileHash(old), before);

    // The recent copy saw the pruned changes: it refreshes, bringing what came after.
    p = *store.partner(3);
    p.name = QStringLiteral("Renamed after the prune");
    QVERIFY(store.updatePartner(p).has_value());
    const auto refreshed = OfflineCopy::refresh(recent);
    QVERIFY2(refreshed.has_value(), qPrintable(refreshed ? QString() : refreshed.error().message));
    QCOMPARE(differences(recent), QStringList());

    // Taken again, the old copy is fine; pruning to an earlier day removes nothing more.
    QVERIFY(OfflineCopy::take(*db, old, {}).has_value());
    QVERIFY(OfflineCopy::refresh(old).has_value());
    QCOMPARE(differences(old), QStringList());
    const auto earlier = ChangeLog::prune(*db, QDate(2026, 4, 1));
    QVERIFY(earlier.has_value());
    QCOMPARE(earlier->removed, 0);
    QCOMPARE(earlier->horizon.before, QDate(2026, 5, 1));
}

namespace
{

// Sales in yen (no minor unit) for the first customer, their references in Cyrillic with a tab.
bool yenSales(Store &store, const QString &tag, int count = 20)
{
    const auto customers = store.customers(1);
    if (!customers || customers->isEmpty())
        return false;
    for (int i = 1; i <= count; ++i) {
        Sale s;
        s.partnerId = 1;
        s.customerId = customers->first().id;
        s.soldOn = QDate(2026, 5, 1).addDays(i);
        s.productLine = QStringLiteral("ti");
        s.unitPrice = Money { 1000 * i, QStringLiteral("JPY") };
        s.quantity = 1 + i % 3;
        s.reference = QStringLiteral("%1 Счёт\t№%2").arg(tag).arg(i);
        if (!store.insertSale(s))
            return false;
    }
    return true;
}

} // namespace

void TestPostgres::offlineCopyMatchesValueByValue()
{
    const QString name = QStringLiteral("offline_paths");
    const QString location = generated(name, 24, 1200);
    QVERIFY(!location.isEmpty());
    auto db = open(location);
    QVERIFY(db);
    Store store(*db);
    // What COPY's text format escapes (tabs, newlines, backslashes), quotes, Cyrillic, empty
    // text beside NULLs, text that reads as COPY's NULL (\N), and yen amounts (no minor unit).
    QVERIFY(store.addNote(1, QStringLiteral("tab\there\nnext line \\ back 'single' \"double\" Привет")).has_value());
    QVERIFY(store.addNote(2, QStringLiteral("\\N"), QStringLiteral("Анна")).has_value());
    psql(name,
        QStringLiteral("UPDATE partners SET name = 'ООО «Ромашка» ''quoted''', territory = 'Sur' WHERE id % 3 = 0; "
                       "UPDATE partners SET website = E'http://x.example/a\\\\b\\tc' WHERE id % 4 = 0; "
                       "UPDATE sales SET voided_at = '2026-06-01T00:00:00.000Z', voided_by = 'ана', "
                       "void_reason = E'dup\\nline\\ttab' WHERE id % 11 = 0"));
    QVERIFY(yenSales(store, QStringLiteral("Y1")));
    QCOMPARE(psql(name, QStringLiteral("SELECT count(*) > 0 FROM sales WHERE voided_at IS NULL")), QStringLiteral("t"));
    QCOMPARE(psql(name, QStringLiteral("SELECT count(*) > 0 FROM partners WHERE website = ''")), QStringLiteral("t"));

    const QString fast = path(QStringLiteral("paths-fast.sqlite"));
    const QString slow = path(QStringLiteral("paths-slow.sqlite"));
    const QString fastSur = path(QStringLiteral("paths-fast-sur.sqlite"));
    const QString slowSur = path(QStringLiteral("paths-slow-sur.sqlite"));
    const OfflineFilter sur { QStringLiteral("Sur"), {}, {} };
    QVERIFY(sql::PgCopy::available(*db));
    QVERIFY(OfflineCopy::take(*db, fast, {}).has_value());
    QVERIFY(OfflineCopy::take(*db, fastSur, sur).has_value()); // a filter: parameters, no COPY
    {
        ValueByValue off;
        QVERIFY(!sql::PgCopy::available(*db));
        QVERIFY(OfflineCopy::take(*db, slow, {}).has_value());
        QVERIFY(OfflineCopy::take(*db, slowSur, sur).has_value());
    }
    const QStringList all = copyContents(fast);
    QVERIFY2(all.size() > 2000, qPrintable(all.value(0)));
    const QString text = all.join(u'\n');
    QVERIFY(text.contains(QStringLiteral("'tab\there\nnext line \\ back ''single'' \"double\" Привет':text")));
    QVERIFY(text.contains(QStringLiteral("'JPY':text")));
    QVERIFY(text.contains(QStringLiteral("'\\N':text")));
    QVERIFY(text.contains(QStringLiteral("NULL:null")));
    QCOMPARE(all, copyContents(slow));
    QCOMPARE(copyContents(fastSur), copyContents(slowSur));
    QVERIFY(copyContents(fastSur).size() < all.size());

    // Refreshed after the same changes, upserts included: two partners swap codes, so a code is
    // held by another row of the copy until that row is written too.
    const QString one = psql(name, QStringLiteral("SELECT code FROM partners WHERE id = 1"));
    const QString two = psql(name, QStringLiteral("SELECT code FROM partners WHERE id = 2"));
    psql(name,
        QStringLiteral("UPDATE partners SET code = 'SWAP' WHERE id = 1; "
                       "UPDATE partners SET code = '%1' WHERE id = 2; "
                       "UPDATE partners SET code = '%2' WHERE id = 1; "
                       "UPDATE sales SET voided_at = '2026-07-01T00:00:00.000Z', voided_by = 'bo', "
                       "void_reason = 'late' WHERE id % 5 = 0 AND voided_at IS NULL; "
                       "UPDATE partners SET territory = 'Sur' WHERE id % 3 = 1; "
                       "DELETE FROM compliance_events WHERE id % 4 = 0")
            .arg(one, two));
    QVERIFY(yenSales(store, QStringLiteral("Y2")));
    QVERIFY(OfflineCopy::refresh(fast).has_value());
    QVERIFY(OfflineCopy::refresh(fastSur).has_value());
    {
        ValueByValue off;
        QVERIFY(OfflineCopy::refresh(slow).has_value());
        QVERIFY(OfflineCopy::refresh(slowSur).has_value());
    }
    QCOMPARE(copyContents(fast), copyContents(slow));
    QCOMPARE(copyContents(fastSur), copyContents(slowSur));
    QCOMPARE(differences(fast), QStringList());
    QCOMPARE(differences(fastSur), QStringList());
}
