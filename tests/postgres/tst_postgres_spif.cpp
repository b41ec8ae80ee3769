// SPIF campaigns on PostgreSQL (issue 16): stored and read back, bonuses on a statement built
// from the server, removal refused once a closed quarter overlaps the campaign.
#include "payouts/spif.h"
#include "pgtest.h"
#include "statement.h"
#include "storage/store.h"

#include <QTest>

using namespace pd;

void TestPostgres::spifOnTeamDatabase()
{
    const QString location = createDatabase(QStringLiteral("spif"));
    auto db = open(location);
    QVERIFY(db);
    Store store(*db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    Partner p = samplePartner(QStringLiteral("P-1"));
    p.tierKey = QStringLiteral("privileged");
    const auto partner = store.insertPartner(p);
    QVERIFY(partner.has_value());
    const auto customer = store.insertCustomer(Customer { 0, *partner, QStringLiteral("C-1"), QStringLiteral("One"), {} });
    QVERIFY(customer.has_value());
    Sale s;
    s.partnerId = *partner;
    s.customerId = *customer;
    s.soldOn = QDate(2026, 8, 10);
    s.productLine = QStringLiteral("ti");
    s.unitPrice = Money { 2490000, QStringLiteral("RUB") };
    s.quantity = 3;
    s.reference = QStringLiteral("INV-1");
    const auto sold = store.insertSale(s);
    QVERIFY(sold.has_value());
    s.soldOn = QDate(2026, 9, 1);
    s.quantity = -1;
    s.reference = QStringLiteral("CN-1");
    s.returnsId = *sold;
    QVERIFY(store.insertSale(s).has_value());

    SpifCampaign c;
    c.key = QStringLiteral("privileged-2026");
    c.name = QStringLiteral("Privileged SPIF 2026");
    c.from = QDate(2026, 1, 1);
    c.until = QDate(2026, 12, 31);
    c.programs = { QStringLiteral("reseller-status") };
    c.tiers = { QStringLiteral("privileged") };
    c.bonusKind = SpifBonusKind::PerLine;
    c.amount = Money { 100000, QStringLiteral("RUB") };
    SpifStore spif(*db);
    QVERIFY(spif.save(c).has_value());
    const auto back = spif.campaign(c.key);
    QVERIFY(back.has_value());
    QVERIFY(*back == c);

    // 1,000.00 for the line; its return of 1 of 3 units takes back 333.33.
    const auto st = buildStatement(store, *partner, *Quarter::parse(QStringLiteral("2026-Q3")));
    QVERIFY2(st.has_value(), qPrintable(st ? QString() : st.error().message));
    QCOMPARE(st->lines.size(), 2);
    QCOMPARE(st->lines.at(0).spif.value(0).amount.minor, qint64(100000));
    QCOMPARE(st->lines.at(1).spif.value(0).amount.minor, qint64(-33333));
    QCOMPARE(st->totals.value(0).spif, (Money { 66667, QStringLiteral("RUB") }));

    psql(QStringLiteral("spif"), QStringLiteral("INSERT INTO quarter_closes (quarter, closed_at, closed_by) "
                                                "VALUES ('2026-Q2', '2026-07-02T09:00:00Z', 'test')"));
    const auto refused = spif.remove(c.key);
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.contains(QStringLiteral("2026-Q2")), qPrintable(refused.error().message));
    QCOMPARE(psql(QStringLiteral("spif"), QStringLiteral("SELECT count(*) FROM spif_campaigns")), QStringLiteral("1"));
}
