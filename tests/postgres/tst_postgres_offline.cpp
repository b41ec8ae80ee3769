// Offline copies taken from a team database: take, refresh (new, changed, deleted rows), a
// transaction that commits after the copy's snapshot, a territory filter, an interrupted refresh,
// and a sales rep's own copy.
#include "pgtest.h"
#include "storage/offline.h"
#include "storage/store.h"
#include "storage/teamroles.h"

#include <QCryptographicHash>
#include <QFile>
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
    QVERIFY(store.insertCertification(Certification { 0, staff, QStringLiteral("T1"), QDate(2026, 1, 1), {} })
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
                       "UPDATE sales SET quantity = quantity + 1 WHERE id % 10 = 0; "
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
        QStringLiteral("UPDATE sales SET quantity = quantity + 1 WHERE id % 2 = 0; "
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
