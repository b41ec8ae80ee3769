// Import reads files ahead on a second thread and pipes on its own (RowSource, issue 17): both
// must give the same problems and the same records.
#include "csvtools.h"
#include "storage/database.h"

#include <QTest>
#include <cstring>

using namespace pd;

namespace {

// Bytes as a pipe gives them: a sequential device, which the importer reads on its own thread.
class PipeDevice final : public QIODevice {
public:
    explicit PipeDevice(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_bytes.size()) - m_at);
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

struct Outcome {
    QStringList issues;  // of the refused file
    qint64 imported = 0; // lines of the accepted file
    QList<qint64> prices; // of the stored lines, in id order
};

// Imports `refused` then `accepted` into a new database, through a pipe or a buffer.
Outcome importBoth(bool pipe, const QByteArray &refused, const QByteArray &accepted)
{
    auto db = Database::open(QStringLiteral(":memory:"));
    Q_ASSERT(db.has_value());
    Store store(**db);
    const bool ready = store.installBuiltinPrograms()
        && importBytes(store, CsvKind::Partners,
                       "code,name,country,category,program,tier,tier_since,joined_on\n"
                       "P-001,Romashka,RU,channel,reseller-status,certified,2025-01-15,2024-03-01\n")
        && importBytes(store, CsvKind::Customers, "code,partner,name\nC-1,P-001,One\n");
    Q_ASSERT(ready);
    const auto run = [&](const QByteArray &bytes, Importer &importer) {
        if (!pipe)
            return importBytes(store, CsvKind::Sales, bytes, &importer);
        PipeDevice device(bytes);
        device.open(QIODevice::ReadOnly);
        return importer.importDevice(CsvKind::Sales, &device, QStringLiteral("sales.csv"));
    };
    Outcome out;
    Importer refusing(store);
    if (!run(refused, refusing)) {
        for (const ImportIssue &i : refusing.issues())
            out.issues << i.text();
    }
    Importer accepting(store);
    if (const auto r = run(accepted, accepting))
        out.imported = r->rows;
    const auto sales = store.sales(1, QDate(1, 1, 1), QDate(9999, 12, 31));
    Q_ASSERT(sales.has_value());
    for (const Sale &s : *sales)
        out.prices << s.unitPrice.minor;
    return out;
}

} // namespace

class TestImportThread final : public QObject {
    Q_OBJECT
private slots:
    void pipeAndFileReadAlike();
};

void TestImportThread::pipeAndFileReadAlike()
{
    // Enough records for several of the reading thread's batches, refused ones at their edges.
    const QByteArray header = "date,partner,customer,product_line,unit_price,currency,quantity,renewal\n";
    QByteArray good = header;
    QByteArray bad = header;
    QList<qint64> badLines;
    QList<qint64> prices;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray line = "2026-05-01,P-001,C-1,ti," + QByteArray::number(10 + i) + ",RUB,1,no\n";
        good += line;
        prices << (10 + i) * 100;
        if (i == 0 || i == 1023 || i == 1024 || i == 2999) {
            bad += "2026-05-01,P-001,C-1,ti,10.00,RUB,0,no\n";
            badLines << i + 2;
        } else {
            bad += line;
        }
    }
    const Outcome viaBuffer = importBoth(false, bad, good);
    const Outcome viaPipe = importBoth(true, bad, good);
    QCOMPARE(viaBuffer.issues.size(), badLines.size());
    for (int i = 0; i < badLines.size(); ++i)
        QVERIFY2(viaBuffer.issues.at(i).startsWith(QStringLiteral("sales.csv:%1: quantity: ").arg(badLines.at(i))),
                 qPrintable(viaBuffer.issues.at(i)));
    QCOMPARE(viaBuffer.imported, qint64(3000));
    QCOMPARE(viaBuffer.prices, prices); // nothing of the refused file, the accepted one in file order
    QCOMPARE(viaPipe.issues, viaBuffer.issues);
    QCOMPARE(viaPipe.imported, viaBuffer.imported);
    QCOMPARE(viaPipe.prices, viaBuffer.prices);
}

QTEST_GUILESS_MAIN(TestImportThread)
#include "tst_importthread.moc"
