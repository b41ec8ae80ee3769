// Sale references on PostgreSQL (issue 15): the version-7 step gives stored lines the references
// that importing their file derives, the unique index of live references holds, and returns import.
#include "../core/oldpartner.h"
#include "io/importer.h"
#include "pgtest.h"
#include "storage/store.h"

#include <QTest>

using namespace pd;

void TestPostgres::salesGetReferencesOnUpgrade()
{
    const QString location = createDatabase(QStringLiteral("salerefs"));
    {
        auto old = Database::openAtVersion(location, 6);
        QVERIFY2(old.has_value(), qPrintable(old ? QString() : old.error().message));
        Store store(**old);
        QVERIFY(store.installBuiltinPrograms().has_value());
        const auto partner = insertOldPartner(**old, samplePartner(QStringLiteral("P-1")));
        QVERIFY(partner.has_value());
        QVERIFY(
            store.insertCustomer(Customer { 0, *partner, QStringLiteral("C-1"), QStringLiteral("One"), {} }));
    }
    // Version 6's lines, as its statements wrote them: two of them identical.
    psql(QStringLiteral("salerefs"),
        QStringLiteral(
            "INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, "
            "quantity, renewal, amount_minor) SELECT p.id, c.id, v.d, 'ti', 125050, 'RUB', v.q, 0, 125050 * "
            "v.q "
            "FROM partners p, customers c, (VALUES ('2026-01-15', 2), ('2026-01-15', 2), ('2026-02-01', 3)) "
            "AS v(d, q)"));
    auto db = open(location);
    QVERIFY(db);
    QCOMPARE(psql(QStringLiteral("salerefs"),
                 QStringLiteral("SELECT string_agg(reference, ' ' ORDER BY id) FROM sales")),
        QStringLiteral("D-7989a7aee3b27e365072-1 D-7989a7aee3b27e365072-2 D-7a0c6b2dbe59ee8c66b4-1"));
    Store store(*db);
    const QByteArray file = "date,partner,customer,product_line,unit_price,currency,quantity\n"
                            "2026-01-15,P-1,C-1,ti,1250.50,RUB,2\n"
                            "2026-01-15,P-1,C-1,ti,1250.50,RUB,2\n"
                            "2026-02-01,P-1,C-1,ti,1250.50,RUB,3\n";
    const auto again = importSales(store, file);
    QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->rows, qint64(0));
    QCOMPARE(again->alreadyPresent, qint64(3));
    const QByteArray returns
        = "date,partner,customer,product_line,unit_price,currency,quantity,reference,returns\n"
          "2026-03-01,P-1,C-1,ti,1250.50,RUB,-2,CN-1,D-7a0c6b2dbe59ee8c66b4-1\n"
          "2026-03-02,P-1,C-1,ti,1250.50,RUB,-2,CN-2,D-7a0c6b2dbe59ee8c66b4-1\n";
    const auto over = importSales(store, returns);
    QVERIFY(!over); // no translation is installed here: the source text, plural unresolved
    QVERIFY2(
        over.error().message.contains(QStringLiteral("sales.csv:3: quantity: returns 2 unit(s), but only 1")),
        qPrintable(over.error().message));
    const auto one = importSales(store, returns.left(returns.lastIndexOf("2026-03-02")));
    QVERIFY2(one.has_value(), qPrintable(one ? QString() : one.error().message));
    QCOMPARE(psql(QStringLiteral("salerefs"),
                 QStringLiteral("SELECT quantity || ' ' || amount_minor FROM sales WHERE "
                                "reference = 'CN-1'")),
        QStringLiteral("-2 -250100"));
    // Live references are unique.
    QVERIFY(
        psql(QStringLiteral("salerefs"), QStringLiteral("UPDATE sales SET reference = 'CN-1' RETURNING id"))
            .isEmpty());
}
