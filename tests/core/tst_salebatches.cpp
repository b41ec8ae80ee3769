// A bulk sales import writes its lines many to a statement (SaleWriter, issue 17): the lines and
// their ids are those a line-by-line import writes, returns included (of a line in the same batch
// or an earlier one), and a line the database refuses is still named by its line number.
#include "io/importer.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

// `count` lines; every fifth returns one unit of a line before it: the one just before (mostly
// in the same batch) or, later in the file, one 151 lines back (in an earlier batch).
QByteArray salesFile(int count)
{
    QByteArray out = "date,partner,customer,product_line,unit_price,currency,quantity,renewal,reference,returns\n";
    for (int i = 0; i < count; ++i) {
        if (i % 5 == 4)
            out += QStringLiteral("2026-03-02,P-1,C-2,ti,10.00,RUB,-1,no,R-%1,L-%2\n")
                       .arg(i)
                       .arg(i < 200 ? i - 1 : i - 151)
                       .toUtf8();
        else
            out += QStringLiteral("2026-03-01,P-1,C-%1,ti,10.00,RUB,2,no,L-%2,\n").arg(1 + i % 2).arg(i).toUtf8();
    }
    return out;
}

} // namespace

class TestSaleBatches final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::create(m_dir.filePath(QStringLiteral("batches-%1.sqlite").arg(++m_count)));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_store = std::make_unique<Store>(*m_db);
        QVERIFY(m_store->installBuiltinPrograms());
        QVERIFY(import("code,name,country,category,program,tier,tier_since,joined_on\n"
                       "P-1,Partner,RU,channel,reseller-status,certified,2025-01-15,2024-03-01\n",
                       CsvKind::Partners, false));
        QVERIFY(import("code,partner,name\nC-1,P-1,One\nC-2,P-1,Two\n", CsvKind::Customers, false));
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void sameLinesAsLineByLine()
    {
        const QByteArray file = salesFile(1000);
        const auto bulk = import(file, CsvKind::Sales, true);
        QVERIFY2(bulk, bulk ? "" : qPrintable(bulk.error().message));
        QCOMPARE(bulk->rows, qint64(1000));
        const QStringList written = rows();

        init(); // a second database, written line by line
        const auto single = import(file, CsvKind::Sales, false);
        QVERIFY2(single, single ? "" : qPrintable(single.error().message));
        QCOMPARE(rows(), written);
        QCOMPARE(written.size(), 1000);
    }

    // Refused by a trigger of the test's: once inside a full batch, once among the last lines,
    // which finish() writes.
    void refusedLineIsNamed_data()
    {
        QTest::addColumn<int>("index");
        QTest::newRow("in a batch") << 300;
        QTest::newRow("among the last") << 990;
    }
    void refusedLineIsNamed()
    {
        QFETCH(int, index);
        QVERIFY(sql::exec(*m_db, QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.sales WHEN "
                                                "NEW.reference = 'L-%1' BEGIN SELECT RAISE(ABORT, 'refused "
                                                "here'); END")
                                     .arg(index)));
        const auto r = import(salesFile(1000), CsvKind::Sales, true);
        QVERIFY(!r);
        const QString line = QString::number(index + 2); // after the header, from 1
        QVERIFY2(r.error().message.contains(QStringLiteral("sales.csv:%1: the database refused the record").arg(line)),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("refused here")), qPrintable(r.error().message));
        QCOMPARE(sql::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sales"))->toLongLong(), qint64(0));
    }

private:
    Result<ImportResult> import(QByteArray bytes, CsvKind kind, bool bulk)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Importer importer(*m_store);
        importer.setBulk(bulk);
        return importer.importDevice(kind, &buffer, QStringLiteral("sales.csv"));
    }

    // Every column of every line, in id order.
    QStringList rows() const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        if (!q.exec(QStringLiteral("SELECT * FROM sales ORDER BY id")))
            return { QStringLiteral("query failed") };
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out << values.join(u'|');
        }
        return out;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestSaleBatches)
#include "tst_salebatches.moc"
