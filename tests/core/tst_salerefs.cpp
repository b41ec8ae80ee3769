// Sale references, idempotent sales import and returns (issue 15).
#include "io/exporter.h"
#include "io/importer.h"
#include "io/salereference.h"
#include "oldpartner.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqlitedirect.h"
#include "storage/store.h"
#include "translations.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace
{

const QByteArray kPartners
    = "code,name,country,category,program,tier,tier_since,joined_on\n"
      "P-001,Romashka,RU,channel,reseller-status,certified,2025-01-15,2024-03-01\n"
      "P-002,Soluciones,ES,technology,activation-credits,specialist,2025-06-01,2025-01-10\n"
      "P-003,Vasilek,RU,channel,reseller-status,certified,2025-01-15,2024-03-01\n";
const QByteArray kCustomers = "code,partner,name\n"
                              "C-1,P-001,One\n"
                              "C-2,P-001,Two\n"
                              "C-3,P-002,Three\n"
                              "C-4,P-003,Four\n";
// The same line twice: identical lines get references of their own.
const QByteArray kSalesNoReference
    = "date,partner,customer,product_line,unit_price,currency,quantity,renewal\n"
      "2026-01-15,P-001,C-1,ti,1250.50,RUB,2,no\n"
      "2026-01-15,P-001,C-1,ti,1250.50,RUB,2,no\n"
      "2026-02-01,P-001,C-2,depo_ti,99999,rub,1,yes\n"
      "2026-03-10,P-002,C-3,credits,0.99,USD,1000,\n";
const QByteArray kRefHeader
    = "date,partner,customer,product_line,unit_price,currency,quantity,renewal,reference,returns\n";
const QByteArray kOriginals = kRefHeader
    + "2026-01-15,P-001,C-1,ti,100.00,RUB,5,no,INV-1,\n"
      "2026-01-20,P-002,C-3,credits,1.00,USD,10,no,INV-2,\n";

class Db
{
public:
    explicit Db(const QString &location = QStringLiteral(":memory:"))
    {
        auto opened = Database::open(location);
        Q_ASSERT(opened.has_value());
        db = std::move(*opened);
        store = std::make_unique<Store>(*db);
    }
    Result<ImportResult> import(CsvKind kind, const QByteArray &bytes)
    {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        Importer importer(*store);
        importer.setBulk(bulk);
        return importer.importDevice(kind, &buffer, csvKindKey(kind) + QStringLiteral(".csv"));
    }
    bool setUp()
    {
        return store->installBuiltinPrograms() && import(CsvKind::Partners, kPartners)
            && import(CsvKind::Customers, kCustomers);
    }
    qint64 count(const QString &where = QStringLiteral("1 = 1")) const
    {
        return sql::scalar(*db, QStringLiteral("SELECT count(*) FROM sales WHERE ") + where)->toLongLong();
    }
    QVariant value(const QString &select) const { return *sql::scalar(*db, select); }
    QByteArray exportSales() const
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        Exporter exporter(*store);
        // Held in a variable: Q_ASSERT's expression is not evaluated in release builds.
        const auto written = exporter.exportDevice(CsvKind::Sales, &buffer);
        Q_ASSERT(written.has_value());
        return bytes;
    }

    // Every column of every line, in id order.
    QStringList salesRows() const
    {
        QStringList out;
        sql::Statement st(*db, QStringLiteral("SELECT * FROM sales ORDER BY id"));
        if (!st.run({}))
            return { QStringLiteral("query failed") };
        while (st.query().next()) {
            QStringList values;
            for (int i = 0; i < st.query().record().count(); ++i)
                values << (st.query().isNull(i) ? QStringLiteral("NULL") : st.query().value(i).toString());
            out << values.join(u'|');
        }
        return out;
    }
    QStringList salesIndexes() const
    {
        QStringList out;
        sql::Statement st(*db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND "
                                              "tbl_name = 'sales' AND sql IS NOT NULL ORDER BY name"));
        if (st.run({}))
            while (st.query().next())
                out << st.query().value(0).toString();
        return out;
    }

    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    std::optional<bool> bulk; // Importer::setBulk
};

// The paths an import of sales can take: straight into SQLite or through QSqlQuery, each line
// looked up or everything read once with the indexes rebuilt at the end (issue 17).
struct ImportPath {
    bool direct;
    bool bulk;
    QString name() const
    {
        return QStringLiteral("%1, %2").arg(direct ? u"direct" : u"QSqlQuery", bulk ? u"bulk" : u"per line");
    }
};
const QList<ImportPath> kPaths { { true, false }, { true, true }, { false, false }, { false, true } };

// Switches the direct path for the scope, and back on at its end.
class UsePath
{
public:
    explicit UsePath(const ImportPath &path) { sql::DirectStatement::setEnabled(path.direct); }
    ~UsePath() { sql::DirectStatement::setEnabled(true); }
    UsePath(const UsePath &) = delete;
    UsePath &operator=(const UsePath &) = delete;
};

QString messageOf(const Result<ImportResult> &r)
{
    return r ? QString() : r.error().message;
}

} // namespace

class TestSaleRefs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QLocale(QLocale::English)); } // plural forms
    void derivedReferenceIsTheDocumentedDigest();
    void reimportIsNoOp_data();
    void reimportIsNoOp();
    void newAndPresentLinesAreCounted();
    void voidedLinesStayVoidedOnReimport();
    void sameReferenceDifferentContent();
    void sameReferenceTwiceInAFile();
    void returns_data();
    void returns();
    void returnIsStoredNegative();
    void badLineWritesNothing();
    void everyPathStoresTheSameLines();
    void badLastLineOfALargeImportWritesNothing();
    void exportWritesReferencesAndReturns();
    void upgradeGivesOldLinesReferences();
};

// Written by hand from the canonical fields (sha256 of "2026-01-15\0P-001\0C-1\0ti\0125050\0RUB\02\00\0\0").
void TestSaleRefs::derivedReferenceIsTheDocumentedDigest()
{
    const SaleLineFields line { QDate(2026, 1, 15), QStringLiteral("P-001"), QStringLiteral("C-1"),
        QStringLiteral("ti"), 125050, QStringLiteral("rub"), 2, false, {} };
    QCOMPARE(derivedSaleReference(line, 1), QStringLiteral("D-7b974167847d97d0b2d5-1"));
    SaleReferenceDeriver deriver;
    QCOMPARE(deriver.next(line), QStringLiteral("D-7b974167847d97d0b2d5-1"));
    QCOMPARE(deriver.next(line), QStringLiteral("D-7b974167847d97d0b2d5-2"));
    SaleLineFields aReturn = line;
    aReturn.soldOn = QDate(2026, 3, 10);
    aReturn.quantity = -1;
    aReturn.returnsReference = QStringLiteral("INV-1");
    QCOMPARE(deriver.next(aReturn), QStringLiteral("D-5c3ee85301d0c8019e38-1"));
}

void TestSaleRefs::reimportIsNoOp_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("lines");
    QTest::newRow("without a reference column") << kSalesNoReference << qint64(4);
    QTest::newRow("with references") << kOriginals << qint64(2);
    QTest::newRow("with a return") << QByteArray(
        kOriginals + "2026-02-01,P-001,C-1,ti,100.00,RUB,-2,no,CN-1,INV-1\n")
                                   << qint64(3);
    QTest::newRow("references left empty") << QByteArray(kRefHeader
        + "2026-01-15,P-001,C-1,ti,1,RUB,1,no,,\n"
          "2026-01-15,P-001,C-1,ti,1,RUB,1,no,,\n")
                                           << qint64(2);
}

void TestSaleRefs::reimportIsNoOp()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, lines);
    Db d;
    QVERIFY(d.setUp());
    const auto first = d.import(CsvKind::Sales, csv);
    QVERIFY2(first.has_value(), qPrintable(messageOf(first)));
    QCOMPARE(first->rows, lines);
    QCOMPARE(first->alreadyPresent, qint64(0));
    QCOMPARE(d.count(), lines);
    QCOMPARE(d.count(QStringLiteral("reference = ''")), qint64(0));
    for (int again = 0; again < 2; ++again) {
        const auto r = d.import(CsvKind::Sales, csv);
        QVERIFY2(r.has_value(), qPrintable(messageOf(r)));
        QCOMPARE(r->rows, qint64(0));
        QCOMPARE(r->alreadyPresent, lines);
        QCOMPARE(d.count(), lines);
    }
}

void TestSaleRefs::newAndPresentLinesAreCounted()
{
    Db d;
    QVERIFY(d.setUp());
    QVERIFY(d.import(CsvKind::Sales, kOriginals));
    const auto r = d.import(CsvKind::Sales, kOriginals + "2026-01-16,P-001,C-2,ti,100.00,RUB,1,no,INV-3,\n");
    QVERIFY2(r.has_value(), qPrintable(messageOf(r)));
    QCOMPARE(r->rows, qint64(1));
    QCOMPARE(r->alreadyPresent, qint64(2));
    QCOMPARE(d.count(), qint64(3));
}

void TestSaleRefs::voidedLinesStayVoidedOnReimport()
{
    Db d;
    QVERIFY(d.setUp());
    const QByteArray file = kOriginals + "2026-02-01,P-001,C-1,ti,100.00,RUB,-2,no,CN-1,INV-1\n";
    QVERIFY(d.import(CsvKind::Sales, file));
    // Voided as the voids part will do it; only voided_at matters here.
    QVERIFY(sql::exec(*d.db, QStringLiteral("UPDATE sales SET voided_at = '2026-03-01T00:00:00Z', voided_by = 'test', void_reason = 'billed twice' "
                                            "WHERE reference IN ('INV-1', 'CN-1')")));
    const auto r = d.import(CsvKind::Sales, file);
    QVERIFY2(r.has_value(), qPrintable(messageOf(r)));
    QCOMPARE(r->rows, qint64(0));
    QCOMPARE(r->alreadyPresent, qint64(3));
    QCOMPARE(d.count(QStringLiteral("voided_at IS NULL")), qint64(1));
}

void TestSaleRefs::sameReferenceDifferentContent()
{
    Db d;
    QVERIFY(d.setUp());
    QVERIFY(d.import(CsvKind::Sales, kOriginals));
    const qint64 id = d.value(QStringLiteral("SELECT id FROM sales WHERE reference = 'INV-1'")).toLongLong();
    const auto r = d.import(CsvKind::Sales,
        kRefHeader
            + "2026-01-16,P-001,C-1,ti,100.00,RUB,3,no,INV-1,\n"
              "2026-01-17,P-001,C-2,ti,100.00,RUB,1,no,INV-9,\n");
    QVERIFY(!r);
    const QString m = r.error().message;
    QVERIFY2(m.contains(QStringLiteral(
                 "sales.csv:2: reference: reference INV-1 is already in the database as sale %1")
                            .arg(id)),
        qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("date: file 2026-01-16, database 2026-01-15")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("quantity: file 3, database 5")), qPrintable(m));
    QVERIFY2(!m.contains(QStringLiteral("unit_price: file")), qPrintable(m)); // only what differs
    QVERIFY2(m.contains(QStringLiteral("partnerdesk-cli correct sale %1").arg(id)), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("partnerdesk-cli void sale %1").arg(id)), qPrintable(m));
    QCOMPARE(d.count(), qint64(2)); // INV-9 was not written either
}

void TestSaleRefs::sameReferenceTwiceInAFile()
{
    Db d;
    QVERIFY(d.setUp());
    const auto r = d.import(CsvKind::Sales,
        kRefHeader
            + "2026-01-15,P-001,C-1,ti,1,RUB,1,no,X-1,\n"
              "2026-01-16,P-001,C-1,ti,1,RUB,1,no,X-2,\n"
              "2026-01-17,P-001,C-1,ti,1,RUB,1,no,X-1,\n");
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(
                 QStringLiteral("sales.csv:4: reference: reference X-1 appears twice in this "
                                "file (first on line 2)")),
        qPrintable(r.error().message));
    QCOMPARE(d.count(), qint64(0));
}

// Each case: lines after kOriginals (INV-1: P-001 ti 5 × 100.00 RUB on 2026-01-15; INV-2: P-002),
// imported after kOriginals and one stored return of 1 unit of INV-1 (CN-0).
void TestSaleRefs::returns_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("return of a stored line")
        << QByteArray("2026-02-01,P-001,C-1,ti,100.00,RUB,-4,no,CN-1,INV-1\n") << QString();
    QTest::newRow("return of a line earlier in the file")
        << QByteArray("2026-02-01,P-001,C-2,ting,50.00,RUB,3,no,INV-5,\n"
                      "2026-02-02,P-001,C-2,ting,50.00,RUB,-3,no,CN-5,INV-5\n")
        << QString();
    QTest::newRow("over-return of a stored line")
        << QByteArray("2026-02-01,P-001,C-1,ti,100.00,RUB,-5,no,CN-1,INV-1\n")
        << QStringLiteral(
               "sales.csv:2: quantity: returns 5 units, but only 4 of the 5 units of INV-1 are left to "
               "return (1 returned already)");
    QTest::newRow("over-return by two lines of the file")
        << QByteArray("2026-02-01,P-001,C-1,ti,100.00,RUB,-3,no,CN-1,INV-1\n"
                      "2026-02-02,P-001,C-1,ti,100.00,RUB,-2,no,CN-2,INV-1\n")
        << QStringLiteral(
               "sales.csv:3: quantity: returns 2 units, but only 1 of the 5 units of INV-1 are left");
    QTest::newRow("over-return of a line of the file")
        << QByteArray("2026-02-01,P-001,C-2,ting,50.00,RUB,3,no,INV-5,\n"
                      "2026-02-02,P-001,C-2,ting,50.00,RUB,-4,no,CN-5,INV-5\n")
        << QStringLiteral("sales.csv:3: quantity: returns 4 units, but only 3 of the 3 units of INV-5");
    QTest::newRow("missing original")
        << QByteArray("2026-02-01,P-001,C-1,ti,100.00,RUB,-1,no,CN-1,INV-404\n")
        << QStringLiteral("sales.csv:2: returns: there is no sale line with reference "
                          "INV-404");
    QTest::newRow("original later in the file")
        << QByteArray("2026-02-01,P-001,C-1,ti,100.00,RUB,-1,no,CN-1,INV-6\n"
                      "2026-01-01,P-001,C-1,ti,100.00,RUB,1,no,INV-6,\n")
        << QStringLiteral("sales.csv:2: returns: there is no sale line with reference INV-6");
    QTest::newRow("wrong partner") << QByteArray("2026-02-01,P-003,C-4,ti,100.00,RUB,-1,no,CN-1,INV-1\n")
                                   << QStringLiteral(
                                          "sales.csv:2: partner: the line it returns (INV-1) was sold by "
                                          "partner P-001, not P-003");
    QTest::newRow("other currency") << QByteArray("2026-02-01,P-002,C-3,credits,1.00,EUR,-1,no,CN-1,INV-2\n")
                                    << QStringLiteral(
                                           "sales.csv:2: currency: the line it returns (INV-2) is in USD, "
                                           "not EUR");
    QTest::newRow("other product line")
        << QByteArray("2026-02-01,P-001,C-1,ting,100.00,RUB,-1,no,CN-1,INV-1\n")
        << QStringLiteral("sales.csv:2: product_line: the line it returns (INV-1) is of "
                          "product line ti, not ting");
    QTest::newRow("other unit price")
        << QByteArray("2026-02-01,P-001,C-1,ti,90.00,RUB,-1,no,CN-1,INV-1\n")
        << QStringLiteral("sales.csv:2: unit_price: a return takes the unit price of the "
                          "line it returns (INV-1): 100.00, not 90.00");
    QTest::newRow("before the original")
        << QByteArray("2026-01-14,P-001,C-1,ti,100.00,RUB,-1,no,CN-1,INV-1\n")
        << QStringLiteral("sales.csv:2: date: a return cannot come before");
    QTest::newRow("positive quantity with returns")
        << QByteArray("2026-02-01,P-001,C-1,ti,100.00,RUB,1,no,CN-1,INV-1\n")
        << QStringLiteral("sales.csv:2: quantity: a return (of INV-1) needs a negative quantity, not 1");
    QTest::newRow("negative quantity without returns")
        << QByteArray("2026-02-01,P-001,C-1,ti,100.00,RUB,-1,no,CN-1,\n")
        << QStringLiteral("sales.csv:2: returns: a negative quantity is a return");
    QTest::newRow("return of a return")
        << QByteArray("2026-02-01,P-001,C-1,ti,100.00,RUB,-1,no,CN-1,CN-0\n")
        << QStringLiteral("sales.csv:2: returns: sale 3 (reference CN-0) is itself a "
                          "return");
    QTest::newRow("voided original") << QByteArray("2026-02-01,P-001,C-1,ti,100.00,RUB,-1,no,CN-1,VOID-1\n")
                                     << QStringLiteral(
                                            "sales.csv:2: returns: the line with reference VOID-1 (sale 4) "
                                            "is voided");
}

void TestSaleRefs::returns()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, problem);
    // Every path accepts the same lines and refuses the others with the same message.
    QString firstMessage;
    for (const ImportPath &path : kPaths) {
        const UsePath use(path);
        Db d;
        d.bulk = path.bulk;
        QVERIFY(d.setUp());
        QVERIFY(d.import(CsvKind::Sales,
            kOriginals
                + "2026-01-16,P-001,C-1,ti,100.00,RUB,-1,no,CN-0,INV-1\n"
                  "2026-01-16,P-001,C-1,ti,100.00,RUB,1,no,VOID-1,\n"));
        // Voided as the voids part will do it; only voided_at matters here.
        QVERIFY(sql::exec(*d.db,
            QStringLiteral("UPDATE sales SET voided_at = '2026-02-01T00:00:00Z', voided_by = 'test', "
                           "void_reason = 'billed twice' WHERE reference = 'VOID-1'")));
        const qint64 before = d.count();
        const auto r = d.import(CsvKind::Sales, kRefHeader + lines);
        if (problem.isEmpty()) {
            QVERIFY2(r.has_value(), qPrintable(path.name() + u": " + messageOf(r)));
            QCOMPARE(d.count(), before + lines.count('\n'));
        } else {
            QVERIFY2(!r, qPrintable(path.name()));
            QVERIFY2(r.error().message.contains(problem), qPrintable(path.name() + u": " + r.error().message));
            QCOMPARE(d.count(), before);
            if (firstMessage.isEmpty())
                firstMessage = r.error().message;
            QCOMPARE(r.error().message, firstMessage);
        }
    }
}

void TestSaleRefs::returnIsStoredNegative()
{
    Db d;
    QVERIFY(d.setUp());
    QVERIFY(d.import(CsvKind::Sales, kOriginals + "2026-02-01,P-001,C-2,ti,100.00,RUB,-2,no,CN-1,INV-1\n"));
    const qint64 original
        = d.value(QStringLiteral("SELECT id FROM sales WHERE reference = 'INV-1'")).toLongLong();
    QCOMPARE(d.value(QStringLiteral("SELECT returns_id FROM sales WHERE reference = 'CN-1'")).toLongLong(),
        original);
    QCOMPARE(d.value(QStringLiteral("SELECT quantity FROM sales WHERE reference = 'CN-1'")).toInt(), -2);
    QCOMPARE(d.value(QStringLiteral("SELECT amount_minor FROM sales WHERE reference = 'CN-1'")).toLongLong(),
        qint64(-20000));
    QCOMPARE(
        d.value(QStringLiteral("SELECT unit_price_minor FROM sales WHERE reference = 'CN-1'")).toLongLong(),
        qint64(10000));
    QCOMPARE(d.value(QStringLiteral("SELECT sold_on FROM sales WHERE reference = 'CN-1'")).toString(),
        QStringLiteral("2026-02-01"));
}

void TestSaleRefs::badLineWritesNothing()
{
    Db d;
    QVERIFY(d.setUp());
    QVERIFY(d.import(CsvKind::Sales, kOriginals));
    // New lines, present lines and a return before the bad last line: none of them is written.
    const auto r = d.import(CsvKind::Sales,
        kOriginals
            + "2026-02-01,P-001,C-1,ti,100.00,RUB,1,no,INV-7,\n"
              "2026-02-01,P-001,C-1,ti,100.00,RUB,-1,no,CN-7,INV-1\n"
              "2026-02-01,P-001,C-1,ti,100.00,RUB,-9,no,CN-8,INV-1\n");
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("sales.csv:6: quantity: returns 9 units, but only 4")),
        qPrintable(r.error().message));
    QCOMPARE(d.count(), qint64(2));
}

void TestSaleRefs::everyPathStoresTheSameLines()
{
    // New lines, identical lines without references, returns of stored lines and of lines earlier
    // in the file, and lines present already.
    const QByteArray more = kRefHeader
        + "2026-01-15,P-001,C-1,ti,100.00,RUB,5,no,INV-1,\n"
          "2026-02-01,P-001,C-2,ting,50.00,RUB,3,yes,INV-5,\n"
          "2026-02-02,P-001,C-2,ting,50.00,RUB,-2,yes,CN-5,INV-5\n"
          "2026-02-03,P-001,C-1,ti,100.00,RUB,-1,no,CN-1,INV-1\n"
          "2026-02-04,P-002,C-3,credits,0.99,usd,1000,no,,\n"
          "2026-02-04,P-002,C-3,credits,0.99,usd,1000,no,,\n";
    QStringList expected;
    for (const ImportPath &path : kPaths) {
        const UsePath use(path);
        Db d;
        d.bulk = path.bulk;
        QVERIFY(d.setUp());
        for (const QByteArray &file : { kSalesNoReference, kOriginals, more }) {
            const auto r = d.import(CsvKind::Sales, file);
            QVERIFY2(r.has_value(), qPrintable(path.name() + u": " + messageOf(r)));
        }
        const auto again = d.import(CsvKind::Sales, more);
        QVERIFY2(again.has_value(), qPrintable(path.name() + u": " + messageOf(again)));
        QCOMPARE(again->rows, qint64(0));
        QCOMPARE(again->alreadyPresent, qint64(6));
        const QStringList rows = d.salesRows();
        QCOMPARE(rows.size(), 11);
        if (expected.isEmpty())
            expected = rows;
        QCOMPARE(rows, expected);
    }
}

// A bulk import drops the sales indexes while it writes: a bad last line must bring back the
// table and its indexes as they were, and the database must still refuse a duplicate reference.
void TestSaleRefs::badLastLineOfALargeImportWritesNothing()
{
    QTemporaryDir dir;
    int n = 0;
    for (const ImportPath &path : kPaths) {
        if (!path.bulk)
            continue;
        const UsePath use(path);
        const QString file = dir.filePath(QStringLiteral("large-%1.sqlite").arg(++n));
        QVERIFY(Database::create(file).has_value());
        Db d(file);
        QVERIFY(d.setUp());
        QVERIFY(d.import(CsvKind::Sales, kOriginals));
        const QStringList indexes = d.salesIndexes();
        // partner and date, customer, returns, reference (schema 11 dropped the date index)
        QCOMPARE(indexes.size(), 4);
        const QStringList before = d.salesRows();
        QByteArray lines = kRefHeader;
        for (int i = 0; i < 5000; ++i)
            lines += QStringLiteral("2026-03-01,P-001,C-%1,ti,10.00,RUB,1,no,L-%2,\n").arg(1 + i % 2).arg(i).toUtf8();
        const QByteArray bad = lines + "2026-03-02,P-001,C-9,ti,10.00,RUB,1,no,L-bad,\n";
        // Unset: chosen from the sizes, as the command-line tool does; forced on as well.
        for (const std::optional<bool> bulk : { std::optional<bool>(), std::optional<bool>(true) }) {
            d.bulk = bulk;
            const auto r = d.import(CsvKind::Sales, bad);
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QStringLiteral("sales.csv:5002: customer: there is no customer \"C-9\"")),
                qPrintable(r.error().message));
            QCOMPARE(d.salesRows(), before);
            QCOMPARE(d.salesIndexes(), indexes);
            QCOMPARE(d.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        const auto good = d.import(CsvKind::Sales, lines);
        QVERIFY2(good.has_value(), qPrintable(messageOf(good)));
        QCOMPARE(good->rows, qint64(5000));
        QCOMPARE(d.salesIndexes(), indexes);
        QCOMPARE(d.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY(!sql::exec(*d.db, QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, "
                                                 "unit_price_minor, currency, quantity, amount_minor, reference) "
                                                 "SELECT partner_id, customer_id, sold_on, product_line, unit_price_minor, "
                                                 "currency, quantity, amount_minor, reference FROM sales "
                                                 "WHERE reference = 'L-4999'")));
        QCOMPARE(d.count(), qint64(5002));
    }
}

void TestSaleRefs::exportWritesReferencesAndReturns()
{
    Db a;
    QVERIFY(a.setUp());
    QVERIFY(a.import(CsvKind::Sales, kSalesNoReference));
    QVERIFY(a.import(CsvKind::Sales,
        kRefHeader + "2026-01-15,P-001,C-1,ti,1250.50,RUB,-1,no,CN-1,D-7b974167847d97d0b2d5-2\n"));
    const QByteArray exported = a.exportSales();
    QVERIFY2(exported.startsWith(kRefHeader), exported.constData());
    QVERIFY2(exported.contains("2026-01-15,P-001,C-1,ti,1250.50,RUB,2,no,D-7b974167847d97d0b2d5-1,\n"
                               "2026-01-15,P-001,C-1,ti,1250.50,RUB,2,no,D-7b974167847d97d0b2d5-2,\n"
                               "2026-01-15,P-001,C-1,ti,1250.50,RUB,-1,no,CN-1,D-7b974167847d97d0b2d5-2\n"),
        exported.constData());
    // Into the same database: nothing new; into an empty one: the same lines again.
    const auto again = a.import(CsvKind::Sales, exported);
    QVERIFY2(again.has_value(), qPrintable(messageOf(again)));
    QCOMPARE(again->rows, qint64(0));
    QCOMPARE(again->alreadyPresent, qint64(5));
    Db b;
    QVERIFY(b.setUp());
    const auto copied = b.import(CsvKind::Sales, exported);
    QVERIFY2(copied.has_value(), qPrintable(messageOf(copied)));
    QCOMPARE(b.exportSales(), exported);
    // The original file, without references, is present in both.
    QCOMPARE(b.import(CsvKind::Sales, kSalesNoReference)->alreadyPresent, qint64(4));
}

// A database of schema version 6 with sales (written with version 6's statements) upgrades: every
// line gets the reference that importing its file derives, so that import adds nothing.
void TestSaleRefs::upgradeGivesOldLinesReferences()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    {
        auto old = Database::openAtVersion(path, 6);
        QVERIFY(old.has_value());
        Store store(**old);
        QVERIFY(store.installBuiltinPrograms());
        // kPartners as version 6 wrote them (the current import also writes version 8's owner).
        for (const auto &[code, name, program, tier] :
            { std::tuple { "P-001", "Romashka", "reseller-status", "certified" },
              std::tuple { "P-002", "Soluciones", "activation-credits", "specialist" },
              std::tuple { "P-003", "Vasilek", "reseller-status", "certified" } }) {
            Partner p;
            p.code = QString::fromLatin1(code);
            p.name = QString::fromLatin1(name);
            p.country = QStringLiteral("RU");
            p.category = PartnerCategory::Channel;
            p.programKey = QString::fromLatin1(program);
            p.tierKey = QString::fromLatin1(tier);
            p.tierSince = QDate(2025, 1, 15);
            p.joinedOn = QDate(2024, 3, 1);
            QVERIFY(insertOldPartner(**old, p).has_value());
        }
        QByteArray customers = kCustomers;
        QBuffer buffer(&customers);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(Importer(store).importDevice(CsvKind::Customers, &buffer, QStringLiteral("x.csv")));
        const QString insert = QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, "
                                              "product_line, unit_price_minor, currency, quantity, "
                                              "renewal, amount_minor) VALUES ((SELECT id FROM partners WHERE "
                                              "code = ?), (SELECT id FROM customers WHERE "
                                              "code = ?), ?, ?, ?, ?, ?, ?, ?)");
        const QList<QVariantList> lines {
            { QStringLiteral("P-001"), QStringLiteral("C-1"), QStringLiteral("2026-01-15"),
                QStringLiteral("ti"), 125050, QStringLiteral("RUB"), 2, 0, 250100 },
            { QStringLiteral("P-001"), QStringLiteral("C-1"), QStringLiteral("2026-01-15"),
                QStringLiteral("ti"), 125050, QStringLiteral("RUB"), 2, 0, 250100 },
            { QStringLiteral("P-001"), QStringLiteral("C-2"), QStringLiteral("2026-02-01"),
                QStringLiteral("depo_ti"), 9999900, QStringLiteral("RUB"), 1, 1, 9999900 },
            { QStringLiteral("P-002"), QStringLiteral("C-3"), QStringLiteral("2026-03-10"),
                QStringLiteral("credits"), 99, QStringLiteral("USD"), 1000, 0, 99000 },
        };
        for (const QVariantList &values : lines)
            QVERIFY(sql::exec(**old, insert, values));
    }
    Db d(path);
    QCOMPARE(d.value(QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
    QCOMPARE(d.count(QStringLiteral("reference LIKE 'D-%'")), qint64(4));
    QCOMPARE(d.value(QStringLiteral("SELECT count(DISTINCT reference) FROM sales")).toInt(), 4);
    QCOMPARE(d.value(QStringLiteral("SELECT reference FROM sales ORDER BY id LIMIT 1")).toString(),
        QStringLiteral("D-7b974167847d97d0b2d5-1"));
    const auto r = d.import(CsvKind::Sales, kSalesNoReference);
    QVERIFY2(r.has_value(), qPrintable(messageOf(r)));
    QCOMPARE(r->rows, qint64(0));
    QCOMPARE(r->alreadyPresent, qint64(4));
    QCOMPARE(d.count(), qint64(4));
    // The unique index of live references holds from now on.
    QVERIFY(!sql::exec(*d.db, QStringLiteral("UPDATE sales SET reference = 'D-7b974167847d97d0b2d5-1'")));
}

QTEST_GUILESS_MAIN(TestSaleRefs)
#include "tst_salerefs.moc"
