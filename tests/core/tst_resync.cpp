// Import with update (issue 15, point 6): partners and customers re-synced by code.
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/licencestore.h"
#include "storage/store.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace
{

const QByteArray kHeader = "code,name,country,region,category,subcategory,program,tier,tier_since,joined_on,"
                           "territory,brand,website\n";
const QByteArray kP1
    = "P-001,Romashka,RU,Siberia,channel,reseller,reseller-status,certified,2025-01-15,2024-03-01,,,"
      "https://romashka.example\n";
const QByteArray kP2
    = "P-002,Soluciones,ES,Madrid,technology,integration,activation-credits,specialist,2025-06-01,"
      "2025-01-10,,europe,\n";
const QByteArray kP3 = "P-003,Campus Norte,AR,,education,,revenue-band,standard,2025-02-01,2025-02-01,,,\n";
const QByteArray kCustomers = "code,partner,name,country\n"
                              "C-1,P-001,Zakazchik,RU\n"
                              "C-2,P-001,Second,\n";

struct Fixture {
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
};

Fixture open(const QString &location = QStringLiteral(":memory:"))
{
    auto db
        = location == QLatin1StringView(":memory:") ? Database::open(location) : Database::create(location);
    Q_ASSERT(db.has_value());
    Fixture f { std::move(*db), nullptr };
    f.store = std::make_unique<Store>(*f.db);
    // Held in a variable: Q_ASSERT's expression is not evaluated in release builds.
    const auto installed = f.store->installBuiltinPrograms();
    Q_ASSERT(installed.has_value());
    return f;
}

Result<ImportResult> importBytes(Store &store, CsvKind kind, const QByteArray &bytes, bool update)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Importer importer(store);
    importer.setOptions(ImportOptions { update, QStringLiteral("ana") });
    return importer.importDevice(kind, &buffer, csvKindKey(kind) + QStringLiteral(".csv"));
}

// The three partners and two customers every test starts from.
Fixture seeded(const QString &location = QStringLiteral(":memory:"))
{
    Fixture f = open(location);
    const auto partners = importBytes(*f.store, CsvKind::Partners, kHeader + kP1 + kP2 + kP3, false);
    Q_ASSERT(partners && partners->rows == 3);
    const auto customers = importBytes(*f.store, CsvKind::Customers, kCustomers, false);
    Q_ASSERT(customers && customers->rows == 2);
    return f;
}

// A partner's logged changes as "field: old -> new" lines.
QStringList changes(const Store &store, const QString &partnerCode)
{
    const auto p = store.partnerByCode(partnerCode);
    Q_ASSERT(p.has_value());
    const auto list = store.recordChanges(p->id);
    Q_ASSERT(list.has_value());
    QStringList out;
    for (const RecordChange &c : *list)
        out << QStringLiteral("%1 %2: %3 -> %4")
                   .arg(c.kind == RecordChange::Kind::Customer ? QStringLiteral("customer")
                                                               : QStringLiteral("partner"),
                       c.field, c.oldValue, c.newValue);
    return out;
}

QByteArray exportPartners(const Store &store)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto written = Exporter(store).exportDevice(CsvKind::Partners, &buffer);
    Q_ASSERT(written.has_value());
    return bytes;
}

QString sqlite3(const QString &path, const QString &sql, QString *err = nullptr)
{
    QProcess shell;
    shell.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), { path, sql });
    shell.waitForFinished(60000);
    if (err)
        *err = QString::fromUtf8(shell.readAllStandardError());
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

} // namespace

class TestResync final : public QObject
{
    Q_OBJECT
private slots:
    void updatesOnlyGivenFields_data();
    void updatesOnlyGivenFields();
    void countsAddedUpdatedUnchanged();
    void refusedUpdates_data();
    void refusedUpdates();
    void rowVersionFromTheFile();
    void ownerChangeIsLogged();
    void fileWithoutOwnersKeepsThem();
    void tierChangeGoesThroughTheTierHistory();
    void customerUpdateAndMove();
    void updateOfOtherKindsIsRefused();
    void recordChangesAreAppendOnly();
};

void TestResync::updatesOnlyGivenFields_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QStringList>("logged");
    QTest::newRow("same") << kP1 << QStringList {};
    QTest::newRow("name") << QByteArray(kP1).replace("Romashka", "Romashka LLC")
                          << QStringList { QStringLiteral("partner name: Romashka -> Romashka LLC") };
    QTest::newRow("country, region") << QByteArray(
        "P-001,Romashka,KZ,Almaty,channel,reseller,reseller-status,certified,2025-01-15,2024-03-01,,,"
        "https://romashka.example\n")
                                     << QStringList { QStringLiteral("partner country: RU -> KZ"),
                                            QStringLiteral("partner region: Siberia -> Almaty") };
    QTest::newRow("website emptied, joined") << QByteArray(
        "P-001,Romashka,RU,Siberia,channel,reseller,reseller-status,certified,2025-01-15,2024-02-01,,,\n")
                                             << QStringList {
                                                    QStringLiteral(
                                                        "partner joined_on: 2024-03-01 -> 2024-02-01"),
                                                    QStringLiteral(
                                                        "partner website: https://romashka.example -> ")
                                                };
    QTest::newRow("category") << QByteArray(
        "P-001,Romashka,RU,Siberia,business,,reseller-status,certified,2025-01-15,2024-03-01,,,"
        "https://romashka.example\n")
                              << QStringList { QStringLiteral("partner category: channel -> business"),
                                     QStringLiteral("partner subcategory: reseller -> ") };
}

void TestResync::updatesOnlyGivenFields()
{
    QFETCH(QByteArray, line);
    QFETCH(QStringList, logged);
    Fixture f = seeded();
    const Partner before = *f.store->partnerByCode(QStringLiteral("P-001"));
    const Partner other = *f.store->partnerByCode(QStringLiteral("P-002"));
    const auto r = importBytes(*f.store, CsvKind::Partners, kHeader + line + kP2, true);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->rows, 0);
    QCOMPARE(r->updated, logged.isEmpty() ? 0 : 1);
    QCOMPARE(r->unchanged, logged.isEmpty() ? 2 : 1);
    QCOMPARE(changes(*f.store, QStringLiteral("P-001")), logged);
    QVERIFY(changes(*f.store, QStringLiteral("P-002")).isEmpty());
    const Partner after = *f.store->partnerByCode(QStringLiteral("P-001"));
    QCOMPARE(after.rowVersion, before.rowVersion + (logged.isEmpty() ? 0 : 1));
    QCOMPARE(f.store->partnerByCode(QStringLiteral("P-002"))->rowVersion, other.rowVersion);
    // What the file holds is what is stored, field by field, as an export writes it (no owner).
    QByteArray exported = exportPartners(*f.store);
    const QByteArray expected
        = QByteArray(line.chopped(1)) + ",," + QByteArray::number(after.rowVersion) + '\n';
    QVERIFY2(exported.contains(expected), exported.constData());
    const auto list = f.store->recordChanges(after.id);
    for (const RecordChange &c : *list) {
        QCOMPARE(c.source, QStringLiteral("partners.csv"));
        QCOMPARE(c.changedBy, QStringLiteral("ana"));
        QVERIFY(qAbs(c.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(c.recordId, after.id);
    }
}

void TestResync::countsAddedUpdatedUnchanged()
{
    Fixture f = seeded();
    const QByteArray file = kHeader + kP1 + QByteArray(kP2).replace("Soluciones", "Soluciones SA") + kP3
        + "P-004,Nuevo,MX,,channel,,reseller-status,authorized,2026-01-01,2026-01-01,,,\n";
    const auto r = importBytes(*f.store, CsvKind::Partners, file, true);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->rows, 1);
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->unchanged, 2);
    QCOMPARE(f.store->partnerByCode(QStringLiteral("P-004"))->rowVersion, 1);
    // The same file again changes nothing.
    const auto again = importBytes(*f.store, CsvKind::Partners, file, true);
    QVERIFY(again.has_value());
    QCOMPARE(again->rows, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 4);
    QCOMPARE(changes(*f.store, QStringLiteral("P-002")).size(), 1);
}

// Each file is refused with its located problem, and nothing of it is written (all or nothing):
// the good change on the line before the bad one is rolled back too.
void TestResync::refusedUpdates_data()
{
    QTest::addColumn<bool>("update");
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("problem");
    QTest::newRow("exists without update")
        << false << kP2
        << QStringLiteral("partners.csv:3: code: partner \"P-002\" already exists; import with update");
    QTest::newRow("other program")
        << true
        << QByteArray(
               "P-002,Soluciones,ES,Madrid,technology,integration,reseller-status,certified,2025-06-01,"
               "2025-01-10,ES,,\n")
        << QStringLiteral(
               "partners.csv:3: program: partner \"P-002\" is in program activation-credits; an update does "
               "not move a partner to another program");
    QTest::newRow("tier date without tier")
        << true << QByteArray(kP2).replace("2025-06-01", "2025-07-01")
        << QStringLiteral(
               "partners.csv:3: tier_since: partner \"P-002\" has held tier specialist since 2025-06-01; the "
               "date changes only with the tier");
    QTest::newRow("unknown tier") << true << QByteArray(kP2).replace("specialist", "emperor")
                                  << QStringLiteral(
                                         "partners.csv:3: tier: \"emperor\" is not a tier of program "
                                         "activation-credits");
    QTest::newRow("twice in the file")
        << true << kP1
        << QStringLiteral("partners.csv:3: code: appears twice in this file (first on "
                          "line 2)");
}

void TestResync::refusedUpdates()
{
    QFETCH(bool, update);
    QFETCH(QByteArray, bad);
    QFETCH(QString, problem);
    Fixture f = seeded();
    const QByteArray before = exportPartners(*f.store);
    const QByteArray good = QByteArray(kP1).replace("Romashka", "Romashka LLC");
    const auto r
        = importBytes(*f.store, CsvKind::Partners, kHeader + (update ? good : QByteArray()) + bad, update);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY2(r.error().message.contains(
                 update ? problem : QString(problem).replace(QStringLiteral(":3:"), QStringLiteral(":2:"))),
        qPrintable(r.error().message));
    QCOMPARE(exportPartners(*f.store), before);
    QVERIFY(changes(*f.store, QStringLiteral("P-001")).isEmpty());
    QVERIFY(f.store->tierHistory(f.store->partnerByCode(QStringLiteral("P-001"))->id)->isEmpty());
}

// An export carries each partner's row version: an update from it lands only on the version it
// was exported at.
void TestResync::rowVersionFromTheFile()
{
    Fixture f = seeded();
    const QByteArray exported = exportPartners(*f.store);
    QVERIFY(exported.startsWith(QByteArray(kHeader.chopped(1) + ",owner,row_version\n")));
    const QByteArray edited = QByteArray(exported).replace("Campus Norte", "Campus Sur");

    // Someone saves P-003 after the export.
    Partner p3 = *f.store->partnerByCode(QStringLiteral("P-003"));
    p3.region = QStringLiteral("Patagonia");
    QVERIFY(f.store->updatePartner(p3).has_value());
    const auto stale = importBytes(*f.store, CsvKind::Partners, edited, true);
    QVERIFY(!stale.has_value());
    QVERIFY2(stale.error().message.contains(
                 QStringLiteral("partners.csv:4: row_version: partner \"P-003\" is at row version 2, not 1")),
        qPrintable(stale.error().message));
    QCOMPARE(f.store->partnerByCode(QStringLiteral("P-003"))->name, QStringLiteral("Campus Norte"));
    QCOMPARE(f.store->partnerByCode(QStringLiteral("P-003"))->region, QStringLiteral("Patagonia"));

    // A fresh export updates; the same file a second time is stale (its versions moved on).
    const QByteArray fresh = QByteArray(exportPartners(*f.store)).replace("Campus Norte", "Campus Sur");
    const auto updated = importBytes(*f.store, CsvKind::Partners, fresh, true);
    QVERIFY2(updated.has_value(), updated ? "" : qPrintable(updated.error().message));
    QCOMPARE(updated->updated, 1);
    QCOMPARE(f.store->partnerByCode(QStringLiteral("P-003"))->name, QStringLiteral("Campus Sur"));
    QCOMPARE(f.store->partnerByCode(QStringLiteral("P-003"))->region, QStringLiteral("Patagonia"));
    QVERIFY(!importBytes(*f.store, CsvKind::Partners, fresh, true).has_value());

    const auto bad
        = importBytes(*f.store, CsvKind::Partners, QByteArray(fresh).replace(",2\n", ",three\n"), true);
    QVERIFY(!bad.has_value());
    QVERIFY2(bad.error().message.contains(QStringLiteral("row_version: \"three\" is not a row version")),
        qPrintable(bad.error().message));

    // Imported into an empty database, the export keeps its row versions: it exports back the same.
    const QByteArray current = exportPartners(*f.store);
    QVERIFY(current.contains(",3\n"));
    Fixture empty = open();
    const auto copied = importBytes(*empty.store, CsvKind::Partners, current, false);
    QVERIFY2(copied.has_value(), copied ? "" : qPrintable(copied.error().message));
    QCOMPARE(exportPartners(*empty.store), current);
}

void TestResync::tierChangeGoesThroughTheTierHistory()
{
    Fixture f = seeded();
    const qint64 id = f.store->partnerByCode(QStringLiteral("P-001"))->id;
    const QByteArray line = QByteArray(kP1)
                                .replace("certified,2025-01-15", "privileged,2026-04-01")
                                .replace("Romashka", "Romashka LLC");
    const auto r = importBytes(*f.store, CsvKind::Partners, kHeader + line, true);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->updated, 1);
    const Partner after = *f.store->partnerByCode(QStringLiteral("P-001"));
    QCOMPARE(after.tierKey, QStringLiteral("privileged"));
    QCOMPARE(after.tierSince, QDate(2026, 4, 1));
    QCOMPARE(after.rowVersion, 3); // the fields, then the tier
    const auto history = f.store->tierHistory(id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().fromTier, QStringLiteral("certified"));
    QCOMPARE(history->first().toTier, QStringLiteral("privileged"));
    QCOMPARE(history->first().effectiveOn, QDate(2026, 4, 1));
    QCOMPARE(history->first().reason, QStringLiteral("re-sync from partners.csv"));
    // The tier is in the tier history only; the name in the field changes.
    QCOMPARE(changes(*f.store, QStringLiteral("P-001")),
        QStringList { QStringLiteral("partner name: Romashka -> Romashka LLC") });
}

void TestResync::customerUpdateAndMove()
{
    Fixture f = seeded();
    const qint64 p1 = f.store->partnerByCode(QStringLiteral("P-001"))->id;
    const qint64 p2 = f.store->partnerByCode(QStringLiteral("P-002"))->id;
    const QByteArray file = "code,partner,name,country\n"
                            "C-1,P-001,Zakazchik,RU\n"
                            "C-2,P-002,Second Ltd,GB\n"
                            "C-3,P-002,Third,\n";
    const auto r = importBytes(*f.store, CsvKind::Customers, file, true);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->rows, 1);
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->unchanged, 1);
    const auto customers = f.store->customersByCode();
    const Customer c2 = customers->value(QStringLiteral("C-2"));
    QCOMPARE(c2.partnerId, p2);
    QCOMPARE(c2.name, QStringLiteral("Second Ltd"));
    QCOMPARE(c2.country, QStringLiteral("GB"));
    // The move is a customer move, as `customer move` makes it.
    const auto moves = LicenceStore(*f.db).customerMoves(c2.id);
    QCOMPARE(moves->size(), 1);
    QCOMPARE(moves->first().fromPartnerId, p1);
    QCOMPARE(moves->first().reason, QStringLiteral("re-sync from customers.csv"));
    // Logged in the history of the partner the customer is with now.
    QCOMPARE(changes(*f.store, QStringLiteral("P-002")),
        (QStringList { QStringLiteral("customer name: Second -> Second Ltd"),
            QStringLiteral("customer country:  -> GB"),
            QStringLiteral("customer partner: P-001 -> P-002") }));
    QVERIFY(changes(*f.store, QStringLiteral("P-001")).isEmpty());

    // Without update an existing customer stays a located problem, and the new one is not added.
    const auto refused = importBytes(
        *f.store, CsvKind::Customers, "code,partner,name\nC-9,P-001,Nine\nC-1,P-001,X\n", false);
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("customers.csv:3: code: customer \"C-1\" already exists")),
        qPrintable(refused.error().message));
    QVERIFY(!f.store->customersByCode()->contains(QStringLiteral("C-9")));
}

void TestResync::updateOfOtherKindsIsRefused()
{
    Fixture f = seeded();
    const auto r = importBytes(
        *f.store, CsvKind::Events, "partner,kind,date\nP-001,monthly_report,2026-01-31\n", true);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY(r.error().message.contains(QStringLiteral("Only partners and customers")));
    QVERIFY(f.store->events(f.store->partnerByCode(QStringLiteral("P-001"))->id)->isEmpty());
}

// Someone with the file and the sqlite3 shell cannot rewrite or remove the logged changes.
void TestResync::recordChangesAreAppendOnly()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("resync.sqlite"));
    {
        Fixture f = seeded(path);
        QVERIFY(importBytes(
            *f.store, CsvKind::Partners, kHeader + QByteArray(kP1).replace("Romashka", "R2"), true));
    }
    const QString state
        = QStringLiteral("SELECT count(*) || ' ' || group_concat(new_value) FROM record_changes;");
    QCOMPARE(sqlite3(path, state), QStringLiteral("1 R2"));
    for (const QString &attack : { QStringLiteral("UPDATE record_changes SET new_value = 'forged';"),
             QStringLiteral("DELETE FROM record_changes;") }) {
        QString err;
        sqlite3(path, attack, &err);
        QVERIFY2(err.contains(QStringLiteral("record_changes is append-only")), qPrintable(attack + err));
        QCOMPARE(sqlite3(path, state), QStringLiteral("1 R2"));
    }
}

QTEST_GUILESS_MAIN(TestResync)
// The account owner (issue 16) is re-synced like any other field: written, logged, exported.
void TestResync::ownerChangeIsLogged()
{
    Fixture f = seeded();
    const QByteArray header = kHeader.chopped(1) + ",owner\n";
    const QByteArray owned = kP1.chopped(1) + ",Ирина Волкова\n";
    auto r = importBytes(*f.store, CsvKind::Partners, header + owned + kP2.chopped(1) + ",\n", true);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->unchanged, 1);
    QCOMPARE(f.store->partnerByCode(QStringLiteral("P-001"))->owner, QStringLiteral("Ирина Волкова"));
    QCOMPARE(changes(*f.store, QStringLiteral("P-001")),
        QStringList { QStringLiteral("partner owner:  -> Ирина Волкова") });
    QVERIFY(exportPartners(*f.store).contains(QByteArray(owned.chopped(1) + ",2\n")));

    // Another owner, then none: each change is logged with the value it replaced.
    r = importBytes(*f.store, CsvKind::Partners, header + kP1.chopped(1) + ",Javier Morales\n", true);
    QVERIFY(r.has_value());
    r = importBytes(*f.store, CsvKind::Partners, header + kP1.chopped(1) + ",\n", true);
    QVERIFY(r.has_value());
    QCOMPARE(changes(*f.store, QStringLiteral("P-001")),
        (QStringList { QStringLiteral("partner owner:  -> Ирина Волкова"),
            QStringLiteral("partner owner: Ирина Волкова -> Javier Morales"),
            QStringLiteral("partner owner: Javier Morales -> ") }));
    QCOMPARE(f.store->partnerByCode(QStringLiteral("P-001"))->owner, QString());
}

// A file written before owners existed has no owner column: it still imports, and an update
// from it changes what it names without clearing the owners it does not know about.
void TestResync::fileWithoutOwnersKeepsThem()
{
    Fixture f = seeded();
    const QByteArray header = kHeader.chopped(1) + ",owner\n";
    QVERIFY(importBytes(*f.store, CsvKind::Partners, header + kP1.chopped(1) + ",Emily Carter\n", true));
    const auto r = importBytes(
        *f.store, CsvKind::Partners, kHeader + QByteArray(kP1).replace("Romashka", "Romashka LLC"), true);
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->updated, 1);
    const Partner p1 = *f.store->partnerByCode(QStringLiteral("P-001"));
    QCOMPARE(p1.name, QStringLiteral("Romashka LLC"));
    QCOMPARE(p1.owner, QStringLiteral("Emily Carter"));
    QCOMPARE(changes(*f.store, QStringLiteral("P-001")),
        (QStringList { QStringLiteral("partner owner:  -> Emily Carter"),
            QStringLiteral("partner name: Romashka -> Romashka LLC") }));
}

#include "tst_resync.moc"
