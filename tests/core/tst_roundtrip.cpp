// Exports that import back to the same data (issue 15): text that a spreadsheet would run as a
// formula is guarded and read back unchanged, and customers moved to another partner keep their
// earlier sales with the partner they were sold by.
#include "csvtools.h"
#include "licensing/licenceservice.h"
#include "licensingfixture.h"
#include "dates.h"
#include "generate/generator.h"
#include "io/csvwriter.h"
#include "io/exporter.h"
#include "storage/corrections.h"
#include "storage/licencestore.h"
#include "storage/sqlitedirect.h"

#include <QBuffer>

#include <QTest>

using namespace pd;

namespace {

const QByteArray kPartners =
    "code,name,country,region,category,subcategory,program,tier,tier_since,joined_on,territory,brand,website\n"
    "P-001,\"=HYPERLINK(\"\"http://x\"\")\",RU,-North,channel,reseller,reseller-status,certified,2025-01-15,"
    "2024-03-01,,,\n"
    "P-002,+1 Partners,ES,@Madrid,channel,reseller,reseller-status,certified,2025-06-01,2025-01-10,,,\n"
    "P-003,Third,AR,,channel,reseller,reseller-status,certified,2025-06-01,2025-01-10,,,\n";

// C-2's name is "'=already" in the database: an apostrophe of its own before a formula sign.
// C-0 comes last here and first in code order (export writes customers by partner and name).
const QByteArray kCustomers = "code,partner,name,country\n"
                              "C-1,P-001,@Customer One,RU\n"
                              "C-2,P-002,''=already,ES\n"
                              "C-0,P-001,Zeta,AR\n";

const QByteArray kSalesHeader = "date,partner,customer,product_line,unit_price,currency,quantity,renewal\n";

struct Db : LicensingFixture {
    bool import(CsvKind kind, const QByteArray &bytes)
    {
        const auto r = importBytes(*store, kind, bytes);
        if (!r)
            qWarning().noquote() << r.error().message;
        return r.has_value();
    }

    qint64 id(const QString &customerCode) const
    {
        return store->customerRefsByCode()->value(customerCode).id;
    }

    bool move(const QString &customer, const QString &toPartner, const QDate &on)
    {
        const qint64 to = store->partnerByCode(toPartner)->id;
        const auto moved = LicenceService(*store).moveCustomer(id(customer), to, on, QStringLiteral("=reason"),
                                                               QStringLiteral("@admin"));
        if (!moved)
            qWarning().noquote() << moved.error().message;
        return moved.has_value();
    }

    // The problems of an import that must fail, as FILE:LINE: column: reason lines.
    QStringList problems(CsvKind kind, const QByteArray &bytes)
    {
        Importer importer(*store);
        if (importBytes(*store, kind, bytes, &importer))
            return { QStringLiteral("imported") };
        QStringList out;
        for (const ImportIssue &issue : importer.issues())
            out << issue.text();
        return out;
    }
};

// Partners and customers; C-1 moves from P-001 to P-002 on 2026-03-01.
bool movedOnce(Db &db)
{
    return db.open() && db.import(CsvKind::Partners, kPartners) && db.import(CsvKind::Customers, kCustomers)
        && db.move(QStringLiteral("C-1"), QStringLiteral("P-002"), QDate(2026, 3, 1));
}

} // namespace

class TestRoundTrip final : public QObject {
    Q_OBJECT
private slots:
    void exportNamesTheCustomerSoldTo();
    void everyKindAfterMoves();
    void guardedTextAtItsLimit();
    void saleNeedsItsCustomersPartnerOnItsDate_data();
    void saleNeedsItsCustomersPartnerOnItsDate();
    void movesImportRefusesBrokenHistory_data();
    void movesImportRefusesBrokenHistory();
    void movesImportOnlyOnce();
    void salesExportMatchesTheStore();
    void salesExportSameOnBothPaths();
};

void TestRoundTrip::exportNamesTheCustomerSoldTo()
{
    Db db;
    QVERIFY(db.open() && db.import(CsvKind::Partners, kPartners) && db.import(CsvKind::Customers, kCustomers));
    QVERIFY(db.import(CsvKind::Sales, kSalesHeader + "2026-01-15,P-001,C-1,ti,100,RUB,2,no\n"));
    QVERIFY(db.move(QStringLiteral("C-1"), QStringLiteral("P-002"), QDate(2026, 3, 1)));
    // The line's derived reference follows (D-...), then an empty returns column.
    const QByteArray sales = exportBytes(*db.store, CsvKind::Sales);
    QVERIFY2(sales.contains("\n2026-01-15,P-001,C-1,ti,100.00,RUB,2,no,D-"), sales.constData());
    QCOMPARE(sales.count('\n'), 2);
}

void TestRoundTrip::everyKindAfterMoves()
{
    Db a;
    QVERIFY(movedOnce(a));
    QVERIFY(a.import(CsvKind::Sales, kSalesHeader + "2026-01-15,P-001,C-1,ti,100,RUB,2,no\n"
                                                    "2026-02-01,P-002,C-2,ti,50,RUB,1,no\n"
                                                    "2026-03-01,P-002,C-1,ti,70,RUB,1,no\n"));
    QVERIFY(a.move(QStringLiteral("C-1"), QStringLiteral("P-001"), QDate(2026, 5, 1)));
    QVERIFY(a.import(CsvKind::Sales, kSalesHeader + "2026-06-01,P-001,C-1,ti,80,RUB,1,yes\n"));
    // Moves of customers whose ids come in another order in the database imported into.
    QVERIFY(a.move(QStringLiteral("C-2"), QStringLiteral("P-003"), QDate(2026, 7, 1)));
    QVERIFY(a.move(QStringLiteral("C-0"), QStringLiteral("P-003"), QDate(2026, 7, 1)));
    QVERIFY(a.import(CsvKind::Certifications, "partner,staff_name,staff_email,role,certificate,passed_on,expires_on\n"
                                              "P-001,=cmd|' /C calc'!A0,,technical,-Cert,2025-03-01,\n"));
    QVERIFY(a.import(CsvKind::Events, "partner,kind,date,note\nP-001,contract_signed,2024-03-01,-5 days late\n"));
    QVERIFY(a.import(CsvKind::Scores, "partner,metric,date,value\nP-002,nps,2026-01-31,-12.5\n"));
    QVERIFY(a.import(CsvKind::FxRates, "date,base,quote,rate\n2026-01-01,USD,RUB,90.5\n"));

    Db b;
    QVERIFY(b.open());
    for (CsvKind kind : csvKinds()) {
        const QByteArray exported = exportBytes(*a.store, kind);
        const auto r = importBytes(*b.store, kind, exported);
        QVERIFY2(r.has_value(), qPrintable(csvKindKey(kind) + u' ' + (r ? QString() : r.error().message)));
        QCOMPARE(exportBytes(*b.store, kind), exported);
    }

    // The old partner's sales name the customer that is with another partner since.
    const QByteArray sales = exportBytes(*a.store, CsvKind::Sales);
    QVERIFY2(sales.contains("2026-01-15,P-001,C-1,ti,100.00,RUB,2,no,D-"), sales.constData());
    QVERIFY2(sales.contains("2026-03-01,P-002,C-1,ti,70.00,RUB,1,no,D-"), sales.constData());
    QCOMPARE(exportBytes(*a.store, CsvKind::Moves),
             QByteArray("customer,from_partner,to_partner,moved_on,reason,moved_by\n"
                        "C-0,P-001,P-003,2026-07-01,'=reason,'@admin\n"
                        "C-1,P-001,P-002,2026-03-01,'=reason,'@admin\n"
                        "C-1,P-002,P-001,2026-05-01,'=reason,'@admin\n"
                        "C-2,P-002,P-003,2026-07-01,'=reason,'@admin\n"));
    // Text is guarded; dates and negative numbers are not.
    const QByteArray partners = exportBytes(*a.store, CsvKind::Partners);
    QVERIFY2(partners.contains("P-001,\"'=HYPERLINK(\"\"http://x\"\")\",RU,'-North,"), partners.constData());
    QVERIFY2(partners.contains("P-002,'+1 Partners,ES,'@Madrid,channel,reseller,reseller-status,certified,2025-06-01,"),
             partners.constData());
    QVERIFY(exportBytes(*a.store, CsvKind::Customers).contains("C-2,P-003,''=already,ES\n"));
    QVERIFY(exportBytes(*a.store, CsvKind::Certifications).contains("P-001,'=cmd|' /C calc'!A0,,technical,'-Cert,2025-03-01,\n"));
    QVERIFY(exportBytes(*a.store, CsvKind::Events).contains("P-001,contract_signed,2024-03-01,'-5 days late\n"));
    QVERIFY(exportBytes(*a.store, CsvKind::Scores).contains("P-002,nps,2026-01-31,-12.5\n"));

    // The values themselves came back, not their guarded cells.
    const auto p1 = b.store->partnerByCode(QStringLiteral("P-001"));
    QVERIFY(p1.has_value());
    QCOMPARE(p1->name, QStringLiteral("=HYPERLINK(\"http://x\")"));
    QCOMPARE(p1->region, QStringLiteral("-North"));
    const auto c2 = LicenceStore(*b.db).customerByCode(QStringLiteral("C-2"));
    QVERIFY(c2.has_value());
    QCOMPARE(c2->name, QStringLiteral("'=already"));
    const auto moves = LicenceStore(*b.db).customerMoves(b.id(QStringLiteral("C-1")));
    QVERIFY(moves.has_value());
    QCOMPARE(moves->size(), 2);
    QCOMPARE(moves->at(1).movedOn, QDate(2026, 5, 1));
    QCOMPARE(moves->at(1).reason, QStringLiteral("=reason"));
    QCOMPARE(moves->at(1).movedBy, QStringLiteral("@admin"));
}

// The guard's apostrophe does not count: a name of 200 characters (the most) starting with = is
// written in 201 and read back.
void TestRoundTrip::guardedTextAtItsLimit()
{
    Db a;
    QVERIFY(a.open());
    const QByteArray name = '=' + QByteArray(199, 'x');
    QVERIFY(a.import(CsvKind::Partners, kPartners.left(kPartners.indexOf('\n') + 1) + "P-9," + name
                                            + ",RU,,channel,,reseller-status,certified,2025-01-15,2024-03-01,,,\n"));
    const QByteArray exported = exportBytes(*a.store, CsvKind::Partners);
    QVERIFY(exported.contains(QByteArray(",'" + name + ',')));
    Db b;
    QVERIFY(b.open() && b.import(CsvKind::Partners, exported));
    QCOMPARE(b.store->partnerByCode(QStringLiteral("P-9"))->name, QString::fromLatin1(name));
}

void TestRoundTrip::saleNeedsItsCustomersPartnerOnItsDate_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("problem"); // empty: imported
    QTest::newRow("old partner before the move") << QByteArray("2026-02-28,P-001,C-1,ti,1,RUB,1,no\n") << QString();
    QTest::newRow("new partner from the move on") << QByteArray("2026-03-01,P-002,C-1,ti,1,RUB,1,no\n") << QString();
    QTest::newRow("old partner on the move's day")
        << QByteArray("2026-03-01,P-001,C-1,ti,1,RUB,1,no\n")
        << QStringLiteral("sales.csv:2: customer: customer \"C-1\" belonged to partner P-002 on 2026-03-01, not P-001");
    QTest::newRow("new partner before the move")
        << QByteArray("2026-02-28,P-002,C-1,ti,1,RUB,1,no\n")
        << QStringLiteral("sales.csv:2: customer: customer \"C-1\" belonged to partner P-001 on 2026-02-28, not P-002");
    QTest::newRow("never moved, another partner")
        << QByteArray("2026-02-28,P-001,C-2,ti,1,RUB,1,no\n")
        << QStringLiteral("sales.csv:2: customer: customer \"C-2\" belonged to partner P-002 on 2026-02-28, not P-001");
}

void TestRoundTrip::saleNeedsItsCustomersPartnerOnItsDate()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, problem);
    Db db;
    QVERIFY(movedOnce(db));
    const QStringList problems = db.problems(CsvKind::Sales, kSalesHeader + line);
    QCOMPARE(problems, QStringList(problem.isEmpty() ? QStringLiteral("imported") : problem));
}

void TestRoundTrip::movesImportRefusesBrokenHistory_data()
{
    // C-1 is with P-001 now, C-2 with P-002.
    QTest::addColumn<QByteArray>("moves");
    QTest::addColumn<QString>("problem");
    QTest::newRow("last move to another partner")
        << QByteArray("C-1,P-002,P-003,2026-03-01,r,me\n")
        << QStringLiteral("moves.csv:2: to_partner: customer \"C-1\" is with partner P-001 now, so its last move "
                          "must be to P-001, not to P-003");
    QTest::newRow("broken chain")
        << QByteArray("C-1,P-002,P-003,2026-01-01,r,me\nC-1,P-002,P-001,2026-03-01,r,me\n")
        << QStringLiteral("moves.csv:3: from_partner: customer \"C-1\" was with partner P-003 after its move on line 2, "
                          "not with P-002");
    QTest::newRow("dates out of order")
        << QByteArray("C-1,P-002,P-003,2026-03-01,r,me\nC-1,P-003,P-001,2026-01-01,r,me\n")
        << QStringLiteral("moves.csv:3: moved_on: customer \"C-1\" moved on 2026-03-01 (line 2); its moves must be "
                          "in date order");
    QTest::newRow("to the same partner")
        << QByteArray("C-1,P-001,P-001,2026-03-01,r,me\n")
        << QStringLiteral("moves.csv:2: to_partner: a customer moves to another partner, not to the one it leaves");
    QTest::newRow("unknown customer") << QByteArray("C-9,P-002,P-001,2026-03-01,r,me\n")
                                      << QStringLiteral("moves.csv:2: customer: there is no customer \"C-9\"");
    QTest::newRow("unknown partner") << QByteArray("C-1,P-404,P-001,2026-03-01,r,me\n")
                                     << QStringLiteral("moves.csv:2: from_partner: there is no partner \"P-404\"");
    QTest::newRow("no reason") << QByteArray("C-1,P-002,P-001,2026-03-01,,me\n")
                               << QStringLiteral("moves.csv:2: reason: must not be empty");
}

void TestRoundTrip::movesImportRefusesBrokenHistory()
{
    QFETCH(QByteArray, moves);
    QFETCH(QString, problem);
    Db db;
    QVERIFY(db.open() && db.import(CsvKind::Partners, kPartners) && db.import(CsvKind::Customers, kCustomers));
    const QStringList problems =
        db.problems(CsvKind::Moves, "customer,from_partner,to_partner,moved_on,reason,moved_by\n" + moves);
    QCOMPARE(problems, QStringList(problem));
    QCOMPARE(LicenceStore(*db.db).allCustomerMoves()->size(), 0);
}

void TestRoundTrip::movesImportOnlyOnce()
{
    Db db;
    QVERIFY(db.open() && db.import(CsvKind::Partners, kPartners) && db.import(CsvKind::Customers, kCustomers));
    const QByteArray moves = "customer,from_partner,to_partner,moved_on,reason,moved_by\n"
                             "C-1,P-003,P-002,2026-01-01,r,me\nC-1,P-002,P-001,2026-03-01,r,me\n";
    QVERIFY(db.import(CsvKind::Moves, moves));
    // The customer stays with its partner; the moves are its history.
    QCOMPARE(db.store->customerRefsByCode()->value(QStringLiteral("C-1")).partnerId,
             db.store->partnerByCode(QStringLiteral("P-001"))->id);
    QVERIFY(db.import(CsvKind::Sales, kSalesHeader + "2025-12-31,P-003,C-1,ti,1,RUB,1,no\n"
                                                     "2026-01-01,P-002,C-1,ti,1,RUB,1,no\n"
                                                     "2026-03-01,P-001,C-1,ti,1,RUB,1,no\n"));
    QCOMPARE(db.problems(CsvKind::Moves, moves),
             (QStringList { QStringLiteral("moves.csv:2: customer: customer \"C-1\" already has moves in the database; "
                                           "moves are imported only for customers without any"),
                            QStringLiteral("moves.csv:3: customer: customer \"C-1\" already has moves in the database; "
                                           "moves are imported only for customers without any") }));
    QCOMPARE(LicenceStore(*db.db).allCustomerMoves()->size(), 2);
}

// The sales export streams one query; it writes exactly what the store reads partner by partner:
// every live line by partner and date, the customer's code wherever the customer is now, a
// return's original by reference, voided lines left out.
void TestRoundTrip::salesExportMatchesTheStore()
{
    Db db;
    QVERIFY(db.open());
    const auto generated = generate(*db.store, GenerateOptions { 30, 3000, 7, QDate(2026, 11, 1), false });
    QVERIFY(generated.has_value());
    const auto partners = db.store->partnerRows();
    QVERIFY(partners.has_value() && partners->size() == 30);
    const auto first = db.store->sales(partners->at(0).id, QDate(2000, 1, 1), QDate(2100, 1, 1));
    QVERIFY(first.has_value() && first->size() > 3);
    // A return of the first line, a voided line, and the first line's customer moved away.
    Sale returned = first->at(0);
    returned.id = 0;
    returned.quantity = -1;
    returned.soldOn = returned.soldOn.addDays(3);
    returned.reference = QStringLiteral("CN-1");
    returned.returnsId = first->at(0).id;
    QVERIFY(db.store->insertSale(returned).has_value());
    QVERIFY(Corrections(*db.db).voidRecord(RecordKind::Sale, first->at(2).id, QStringLiteral("entered twice")));
    QVERIFY(LicenceService(*db.store)
                .moveCustomer(first->at(0).customerId, partners->at(1).id, QDate(2026, 10, 1), QStringLiteral("merger"),
                              QStringLiteral("admin"))
                .has_value());

    QByteArray expected;
    {
        QBuffer device(&expected);
        device.open(QIODevice::WriteOnly);
        CsvWriter out(&device);
        out.writeHeader(csvColumns(CsvKind::Sales));
        QHash<qint64, QString> customerCodes;
        const auto refs = db.store->customerRefsByCode();
        for (auto it = refs->cbegin(); it != refs->cend(); ++it)
            customerCodes.insert(it->id, it.key());
        for (const PartnerRow &p : *partners) {
            const auto sales = db.store->sales(p.id, QDate(1, 1, 1), QDate(9999, 12, 31));
            QVERIFY(sales.has_value());
            QHash<qint64, QString> references;
            for (const Sale &s : *sales)
                references.insert(s.id, s.reference);
            for (const Sale &s : *sales)
                out.writeRow({ isoDate(s.soldOn), p.code, customerCodes.value(s.customerId), s.productLine,
                               s.unitPrice.plainText(), s.unitPrice.currency, QString::number(s.quantity),
                               s.renewal ? QStringLiteral("yes") : QStringLiteral("no"), s.reference,
                               s.isReturn() ? references.value(s.returnsId) : QString() });
        }
        QVERIFY(out.finish().has_value());
    }
    const QByteArray returnLine = ",-1,no,CN-1," + first->at(0).reference.toUtf8() + "\n";
    const QByteArray voidedReference = "," + first->at(2).reference.toUtf8() + ",";
    QVERIFY(expected.contains(returnLine));
    QVERIFY(!expected.contains(voidedReference));

    QByteArray exported;
    QBuffer device(&exported);
    device.open(QIODevice::WriteOnly);
    const auto written = Exporter(*db.store).exportDevice(CsvKind::Sales, &device);
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, qint64(expected.count('\n') - 1));
    QCOMPARE(exported, expected);
}

// On SQLite the sales export reads the driver's SQLite directly (sql::DirectStatement); turned
// off, it reads through QSqlQuery as on PostgreSQL. Both write the same bytes, also for codes and
// references that need quotes, a formula guard or more than ASCII, returns, voids and currencies
// without decimals. (Partner codes hold no quotes or commas: partnerrules.h.)
void TestRoundTrip::salesExportSameOnBothPaths()
{
    Db db;
    QVERIFY(db.open());
    QVERIFY(generate(*db.store, GenerateOptions { 20, 1500, 3, QDate(2026, 11, 1), false }).has_value());
    const qint64 partner = db.addPartner(QStringLiteral("P-9"), QStringLiteral("reseller-status"),
                                         QStringLiteral("certified"));
    const qint64 quoted = db.addCustomer(partner, QStringLiteral("C \"new\nline\""));
    const qint64 formula = db.addCustomer(partner, QStringLiteral("=Заказчик"));
    const auto sale = [&](qint64 customer, const char *reference, qint64 minor, const char *currency, int quantity,
                          qint64 returnsId = 0) {
        Sale s;
        s.partnerId = partner;
        s.customerId = customer;
        s.soldOn = QDate(2026, 5, 1).addDays(quantity < 0 ? 5 : 0);
        s.productLine = QStringLiteral("ti");
        s.unitPrice = Money { minor, QString::fromLatin1(currency) };
        s.quantity = quantity;
        s.renewal = minor % 2 == 1;
        s.reference = QString::fromUtf8(reference);
        s.returnsId = returnsId;
        const auto id = db.store->insertSale(s);
        if (!id)
            qWarning().noquote() << id.error().message;
        return id.value_or(0);
    };
    const qint64 first = sale(quoted, "INV,1", 123456, "RUB", 3);
    QVERIFY(first != 0);
    QVERIFY(sale(formula, "'@ref", 5, "USD", 1) != 0);
    QVERIFY(sale(quoted, "Счёт \"№7\"\r\n", 99999, "JPY", 2) != 0);
    QVERIFY(sale(formula, "-CN-1", 123456, "RUB", -2, first) != 0);
    const qint64 voided = sale(formula, "+voided", 7, "EUR", 1);
    QVERIFY(voided != 0);
    QVERIFY(Corrections(*db.db).voidRecord(RecordKind::Sale, voided, QStringLiteral("entered twice")));

    QVERIFY(sql::DirectStatement::available(*db.db));
    const QByteArray direct = exportBytes(*db.store, CsvKind::Sales);
    sql::DirectStatement::setEnabled(false);
    const QByteArray portable = exportBytes(*db.store, CsvKind::Sales);
    sql::DirectStatement::setEnabled(true);
    QCOMPARE(direct, portable);
    // Written by hand from the rules in csv.md: quotes doubled inside quoted fields, the formula
    // guard inside the quotes, amounts in the currency's digits, nothing of the voided line.
    for (const QByteArray &line :
         { QByteArray("2026-05-01,P-9,\"C \"\"new\nline\"\"\",ti,1234.56,RUB,3,no,\"INV,1\",\n"),
           QByteArray("2026-05-01,P-9,'=Заказчик,ti,0.05,USD,1,yes,''@ref,\n"),
           QByteArray("2026-05-01,P-9,\"C \"\"new\nline\"\"\",ti,99999,JPY,2,yes,"
                      "\"Счёт \"\"№7\"\"\r\n\",\n"),
           QByteArray("2026-05-06,P-9,'=Заказчик,ti,1234.56,RUB,-2,no,'-CN-1,\"INV,1\"\n") })
        QVERIFY2(direct.contains(line), line.constData());
    QVERIFY(!direct.contains("voided"));
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
