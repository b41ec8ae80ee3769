// Imports while another program writes the same SQLite file, and writes that the file refuses.
#include "io/importer.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pd;

namespace {

const QByteArray kPartners = "code,name,country,category,program,tier,tier_since,joined_on\n"
                             "P-001,Alpha,ES,channel,reseller-status,certified,2025-01-15,2024-03-01\n";
const QByteArray kCustomers = "partner,code,name\n"
                              "P-001,C-1,Cliente Uno\n";

QByteArray sales(int rows)
{
    QByteArray out = "date,partner,customer,product_line,unit_price,currency,quantity,renewal\n";
    for (int i = 0; i < rows; ++i)
        out += "2026-01-15,P-001,C-1,ti,1250.50,EUR," + QByteArray::number(i + 1) + ",no\n";
    return out;
}

Result<ImportResult> importBytes(Store &store, CsvKind kind, const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Importer importer(store);
    return importer.importDevice(kind, &buffer, csvKindKey(kind) + QStringLiteral(".csv"));
}

qint64 saleCount(const Store &store)
{
    qint64 n = 0;
    const auto partners = store.partners(); // held: a range-for over *temporary dangles before C++23's P2718
    for (const Partner &p : *partners)
        n += store.sales(p.id, QDate(1, 1, 1), QDate(9999, 12, 31))->size();
    return n;
}

// Another program's connection that holds the file's write lock for `holdMs` on its own thread.
class LockHolder {
public:
    LockHolder(const QString &path, int holdMs)
    {
        m_thread.reset(QThread::create([this, path, holdMs] {
            const QString name = QStringLiteral("lock-holder");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QSqlQuery q(db);
                m_locked = db.open() && q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                m_ready.release();
                QThread::msleep(ulong(holdMs));
                q.exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
        m_thread->start();
        m_ready.acquire();
    }
    ~LockHolder() { m_thread->wait(); }
    bool locked() const { return m_locked; }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    bool m_locked = false;
};

} // namespace

class TestDbWrite : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importWaitsForAnotherWriter();
    void importGivesUpWhenTheLockStays();
    void fullDatabaseNamesTheFile();

private:
    Result<std::unique_ptr<Database>> open(int busyTimeoutMs = Database::kBusyTimeoutMs);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

Result<std::unique_ptr<Database>> TestDbWrite::open(int busyTimeoutMs)
{
    Database::Options options;
    options.busyTimeoutMs = busyTimeoutMs;
    return Database::open(m_path, options);
}

void TestDbWrite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("team.partnerdesk"));
    auto db = Database::create(m_path);
    QVERIFY(db.has_value());
    Store store(**db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    const auto partners = importBytes(store, CsvKind::Partners, kPartners);
    QVERIFY2(partners.has_value(), qPrintable(partners ? QString() : partners.error().message));
    QVERIFY(importBytes(store, CsvKind::Customers, kCustomers).has_value());
}

void TestDbWrite::cleanup()
{
    m_dir.reset();
}

void TestDbWrite::importWaitsForAnotherWriter()
{
    auto db = open();
    QVERIFY(db.has_value());
    Store store(**db);
    QList<bool> notices;
    (*db)->setBusyNotice([&notices](bool waiting) { notices << waiting; });

    QElapsedTimer clock;
    clock.start();
    LockHolder holder(m_path, 1500);
    QVERIFY(holder.locked());
    const auto r = importBytes(store, CsvKind::Sales, sales(3));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->rows, 3);
    QVERIFY2(clock.elapsed() >= 1400, "the import must have waited for the lock");
    // Told once the wait passed a second, and again when it ended.
    QCOMPARE(notices, (QList<bool> { true, false }));
    QCOMPARE(saleCount(store), 3);
}

void TestDbWrite::importGivesUpWhenTheLockStays()
{
    auto db = open(300);
    QVERIFY(db.has_value());
    Store store(**db);
    {
        LockHolder holder(m_path, 1200);
        QVERIFY(holder.locked());
        const auto r = importBytes(store, CsvKind::Sales, sales(3));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, Error::Code::Busy);
        const QString message = r.error().message;
        QVERIFY2(message.contains(QDir::toNativeSeparators(m_path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1StringView("locked by another program")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1StringView("Nothing was imported from sales.csv")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1StringView("refused the record")), qPrintable(message));
    }
    QCOMPARE(saleCount(store), 0);
}

void TestDbWrite::fullDatabaseNamesTheFile()
{
    auto db = open();
    QVERIFY(db.has_value());
    Store store(**db);
    // The file may not grow by a single page: as a full disk, SQLite answers SQLITE_FULL.
    {
        QSqlQuery q(QSqlDatabase::database((*db)->connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const qint64 pages = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    }
    const auto r = importBytes(store, CsvKind::Sales, sales(5000));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::WriteFailed);
    const QString message = r.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_path)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1StringView("is full. Free some disk space, then try again.")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1StringView("Nothing was imported from sales.csv")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1StringView("refused the record")), qPrintable(message));
    QCOMPARE(saleCount(store), 0);
}

QTEST_GUILESS_MAIN(TestDbWrite)
#include "tst_dbwrite.moc"
