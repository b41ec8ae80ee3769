// Licences sold through partners: sale and reward, renewals and the renewal rate, renewals due
// in 30/60/90 days, the internal-use discount and its user cap per status, moving a customer,
// partner certification levels and expiring certificates, and no referral data anywhere.
#include "licensing/certificationlevels.h"
#include "licensing/creditservice.h"
#include "licensing/entitlements.h"
#include "licensing/licenceservice.h"
#include "licensingfixture.h"
#include "statement.h"
#include "storage/creditledger.h"
#include "storage/licencestore.h"
#include "storage/sql.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kBy = QStringLiteral("test");

Licence licence(qint64 partner, qint64 customer, const QString &line, int seats, qint64 unitMinor,
    const QDate &start, const QDate &end, qint64 renews = 0)
{
    Licence l;
    l.partnerId = partner;
    l.customerId = customer;
    l.productLine = line;
    l.product = QStringLiteral("Backup Suite");
    l.edition = QStringLiteral("Enterprise");
    l.modules = QStringList { QStringLiteral("dedup"), QStringLiteral("cloud") };
    l.seats = seats;
    l.startsOn = start;
    l.endsOn = end;
    l.renewsId = renews;
    l.unitPrice = Money { unitMinor, QStringLiteral("RUB") };
    return l;
}

const Program &reseller()
{
    static const Program p = [] {
        for (const Program &q : builtinPrograms()) {
            if (q.key == QLatin1StringView("reseller-status"))
                return q;
        }
        qFatal("no reseller preset");
    }();
    return p;
}

} // namespace

class TestLicences final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void resaleIsASaleThatEarnsTheTierRate();
    void renewalEarnsTheRenewalRate_data();
    void renewalEarnsTheRenewalRate();
    void renewalRules();
    void invalidLicences_data();
    void invalidLicences();
    void renewalsDue_data();
    void renewalsDue();

    void internalUseEntitlement_data();
    void internalUseEntitlement();
    void internalUseCap_data();
    void internalUseCap();
    void internalUseRefusalCounts_data();
    void internalUseRefusalCounts();
    void internalUseOutsideTheResellerProgram();

    void moveCustomerKeepsHistoryAndCostsNoCredits();
    void moveCustomerRules();

    void certificationLevels_data();
    void certificationLevels();
    void levelsNeedTheLevelBelow();
    void certificationsExpiring();

    void voidedRecordsLeaveTheLists();
    void noReferralOrMultiLevelData();

private:
    LicensingFixture f;
};

void TestLicences::init()
{
    QVERIFY(f.open());
}

void TestLicences::cleanup()
{
    f.close();
}

void TestLicences::resaleIsASaleThatEarnsTheTierRate()
{
    const qint64 p
        = f.addPartner(QStringLiteral("P-1"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    const qint64 c = f.addCustomer(p, QStringLiteral("C-1"));
    LicenceService service(*f.store);
    // 10 seats × 1,000.00 RUB of TI, sold by a Certified partner: 30 % = 3,000.00 RUB.
    const auto l = service.recordResale(
        licence(p, c, QStringLiteral("ti"), 10, 100000, QDate(2026, 7, 1), QDate(2027, 6, 30)));
    QVERIFY2(l.has_value(), l ? "" : qPrintable(l.error().message));
    QVERIFY(l->id > 0);
    QVERIFY(l->saleId > 0);
    QCOMPARE(l->soldOn, QDate(2026, 7, 1)); // defaults to the start
    QCOMPARE(l->paid, (Money { 1000000, QStringLiteral("RUB") }));
    const auto st = buildStatement(*f.store, p, Quarter { 2026, 3 });
    QVERIFY(st.has_value());
    QCOMPARE(st->lines.size(), 1);
    QCOMPARE(st->lines.first().sale.quantity, 10);
    QCOMPARE(st->lines.first().sale.renewal, false);
    QCOMPARE(st->lines.first().reward, (Money { 300000, QStringLiteral("RUB") }));
    const auto stored = LicenceStore(*f.db).licence(l->id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->modules, (QStringList { QStringLiteral("dedup"), QStringLiteral("cloud") }));
    QCOMPARE(stored->edition, QStringLiteral("Enterprise"));
    QCOMPARE(stored->endsOn, QDate(2027, 6, 30));
}

void TestLicences::renewalEarnsTheRenewalRate_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("firstReward");
    QTest::addColumn<qint64>("renewalReward");
    // 1 seat at 1,000.00 RUB. Hardware lines earn less on the first sale than on renewal.
    QTest::newRow("authorized TING 15% then renewal 25%") << "authorized"
                                                          << "ting" << qint64(15000) << qint64(25000);
    QTest::newRow("certified TI 30% then 30%") << "certified"
                                               << "ti" << qint64(30000) << qint64(30000);
    QTest::newRow("privileged DEPO TI 25% then 35%") << "privileged"
                                                     << "depo_ti" << qint64(25000) << qint64(35000);
}

void TestLicences::renewalEarnsTheRenewalRate()
{
    QFETCH(QString, tier);
    QFETCH(QString, line);
    QFETCH(qint64, firstReward);
    QFETCH(qint64, renewalReward);
    const qint64 p = f.addPartner(QStringLiteral("P-2"), QStringLiteral("reseller-status"), tier);
    const qint64 c = f.addCustomer(p, QStringLiteral("C-2"));
    LicenceService service(*f.store);
    const auto first
        = service.recordResale(licence(p, c, line, 1, 100000, QDate(2025, 7, 1), QDate(2026, 6, 30)));
    QVERIFY(first.has_value());
    Licence renewal = licence(p, c, line, 1, 100000, QDate(2026, 7, 1), QDate(2027, 6, 30), first->id);
    renewal.soldOn = QDate(2026, 6, 20);
    const auto second = service.recordResale(renewal);
    QVERIFY2(second.has_value(), second ? "" : qPrintable(second.error().message));
    const auto q3of2025 = buildStatement(*f.store, p, Quarter { 2025, 3 });
    QCOMPARE(q3of2025->lines.first().reward.minor, firstReward);
    const auto q2of2026 = buildStatement(*f.store, p, Quarter { 2026, 2 }); // sold on 2026-06-20
    QCOMPARE(q2of2026->lines.size(), 1);
    QVERIFY(q2of2026->lines.first().sale.renewal);
    QCOMPARE(q2of2026->lines.first().reward.minor, renewalReward);
    QCOMPARE(LicenceStore(*f.db).licence(first->id)->renewedById, second->id);
}

void TestLicences::renewalRules()
{
    const qint64 p
        = f.addPartner(QStringLiteral("P-3"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    const qint64 c = f.addCustomer(p, QStringLiteral("C-3"));
    const qint64 other = f.addCustomer(p, QStringLiteral("C-3b"));
    LicenceService service(*f.store);
    const auto first = service.recordResale(
        licence(p, c, QStringLiteral("ti"), 1, 1000, QDate(2025, 1, 1), QDate(2025, 12, 31)));
    QVERIFY(first.has_value());
    // Another customer's licence cannot be renewed.
    QVERIFY(!service
                 .recordResale(licence(p, other, QStringLiteral("ti"), 1, 1000, QDate(2026, 1, 1),
                     QDate(2026, 12, 31), first->id))
                 .has_value());
    QVERIFY(service
                .recordResale(licence(
                    p, c, QStringLiteral("ti"), 1, 1000, QDate(2026, 1, 1), QDate(2026, 12, 31), first->id))
                .has_value());
    // A licence is renewed once; the renewal itself is renewed next.
    const auto twice = service.recordResale(
        licence(p, c, QStringLiteral("ti"), 1, 1000, QDate(2026, 1, 1), QDate(2026, 12, 31), first->id));
    QVERIFY(!twice.has_value());
    QVERIFY(twice.error().message.contains(QLatin1StringView("already renewed")));
    QVERIFY(!service.recordResale(licence(p, c, QStringLiteral("ti"), 1, 1000, QDate(2026, 1, 1), {}, 424242))
                 .has_value());
    QCOMPARE(
        f.store->sales(p, QDate(2000, 1, 1), QDate(2100, 1, 1))->size(), 2); // refused ones wrote no sale
}

void TestLicences::invalidLicences_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("seats");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("product");
    QTest::newRow("unknown product line")
        << "credits" << 1 << qint64(100) << QDate(2026, 1, 1) << QDate() << "X";
    QTest::newRow("no seats") << "ti" << 0 << qint64(100) << QDate(2026, 1, 1) << QDate() << "X";
    QTest::newRow("negative price") << "ti" << 1 << qint64(-1) << QDate(2026, 1, 1) << QDate() << "X";
    QTest::newRow("no start") << "ti" << 1 << qint64(100) << QDate() << QDate() << "X";
    QTest::newRow("ends before it starts")
        << "ti" << 1 << qint64(100) << QDate(2026, 1, 1) << QDate(2025, 12, 31) << "X";
    QTest::newRow("no product") << "ti" << 1 << qint64(100) << QDate(2026, 1, 1) << QDate() << "  ";
}

void TestLicences::invalidLicences()
{
    QFETCH(QString, line);
    QFETCH(int, seats);
    QFETCH(qint64, price);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, product);
    const qint64 p
        = f.addPartner(QStringLiteral("P-4"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    const qint64 c = f.addCustomer(p, QStringLiteral("C-4"));
    Licence l = licence(p, c, line, seats, price, start, end);
    l.product = product;
    const auto r = LicenceService(*f.store).recordResale(l);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY(LicenceStore(*f.db).licences(0)->isEmpty());
}

void TestLicences::renewalsDue_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("due"); // customer codes, soonest first
    QTest::newRow("30 days") << 30 << QStringList { "C-10", "C-30" };
    QTest::newRow("60 days") << 60 << QStringList { "C-10", "C-30", "C-45" };
    QTest::newRow("90 days") << 90 << QStringList { "C-10", "C-30", "C-45", "C-90" };
}

void TestLicences::renewalsDue()
{
    QFETCH(int, days);
    QFETCH(QStringList, due);
    const QDate asOf(2026, 9, 1);
    const qint64 p
        = f.addPartner(QStringLiteral("P-5"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    const qint64 q = f.addPartner(
        QStringLiteral("P-6"), QStringLiteral("reseller-status"), QStringLiteral("authorized"));
    LicenceService service(*f.store);
    auto add = [&](qint64 partner, const QString &code, int endsInDays, qint64 renews = 0) {
        const qint64 c = f.addCustomer(partner, code);
        const auto l = service.recordResale(licence(partner, c, QStringLiteral("ti"), 1, 1000,
            asOf.addDays(endsInDays - 365), asOf.addDays(endsInDays), renews));
        if (!l)
            qFatal("%s", qPrintable(l.error().message));
        return *l;
    };
    add(p, QStringLiteral("C-past"), -1); // ended yesterday: overdue, not due
    add(p, QStringLiteral("C-10"), 10);
    add(p, QStringLiteral("C-30"), 30); // the 30th day is inside
    add(p, QStringLiteral("C-45"), 45);
    add(p, QStringLiteral("C-90"), 90);
    add(p, QStringLiteral("C-91"), 91);
    const Licence renewed = add(p, QStringLiteral("C-renewed"), 20);
    QVERIFY(service
                .recordResale(licence(p, renewed.customerId, QStringLiteral("ti"), 1, 1000, asOf.addDays(21),
                    asOf.addDays(386), renewed.id))
                .has_value());
    add(q, QStringLiteral("C-other"), 5); // another partner's

    const auto list = service.renewalsDue(p, asOf, days);
    QVERIFY(list.has_value());
    QStringList codes;
    for (const LicenceListing &l : *list)
        codes << l.customerCode;
    QCOMPARE(codes, due);
    // Overall, every partner's renewals are listed.
    const auto all = service.renewalsDue(0, asOf, days);
    QCOMPARE(all->size(), due.size() + 1);
    QCOMPARE(all->first().customerCode, QStringLiteral("C-other"));
    QVERIFY(!service.renewalsDue(p, asOf, 0).has_value());
}

void TestLicences::internalUseEntitlement_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("users");
    // PROGRAMS.md §1: 50 % discount on software for internal use, up to 30 / 50 / 100 users.
    QTest::newRow("authorized") << "authorized" << 30;
    QTest::newRow("certified") << "certified" << 50;
    QTest::newRow("privileged") << "privileged" << 100;
}

void TestLicences::internalUseEntitlement()
{
    QFETCH(QString, tier);
    QFETCH(int, users);
    const InternalUseEntitlement e = pd::internalUseEntitlement(reseller(), tier);
    QVERIFY(e.offered);
    QCOMPARE(e.maxUsers, users);
    QCOMPARE(e.discount.bp, 5000);
}

void TestLicences::internalUseCap_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("existingSeats"); // an internal-use licence already running (0: none)
    QTest::addColumn<int>("seats");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("authorized 30 of 30") << "authorized" << 0 << 30 << true;
    QTest::newRow("authorized 31") << "authorized" << 0 << 31 << false;
    QTest::newRow("authorized 20 + 10") << "authorized" << 20 << 10 << true;
    QTest::newRow("authorized 20 + 11") << "authorized" << 20 << 11 << false;
    QTest::newRow("certified 50") << "certified" << 0 << 50 << true;
    QTest::newRow("certified 40 + 11") << "certified" << 40 << 11 << false;
    QTest::newRow("privileged 100") << "privileged" << 0 << 100 << true;
    QTest::newRow("privileged 101") << "privileged" << 0 << 101 << false;
}

void TestLicences::internalUseCap()
{
    QFETCH(QString, tier);
    QFETCH(int, existingSeats);
    QFETCH(int, seats);
    QFETCH(bool, accepted);
    const qint64 p = f.addPartner(QStringLiteral("P-7"), QStringLiteral("reseller-status"), tier);
    LicenceService service(*f.store);
    if (existingSeats > 0)
        QVERIFY(service
                    .recordInternalUse(licence(p, 0, QStringLiteral("ti"), existingSeats, 10000,
                        QDate(2026, 1, 1), QDate(2026, 12, 31)))
                    .has_value());
    // 1 seat costs 100.00 RUB list; internal use pays half.
    const auto r = service.recordInternalUse(
        licence(p, 0, QStringLiteral("ti"), seats, 10000, QDate(2026, 6, 1), QDate(2027, 5, 31)));
    QCOMPARE(r.has_value(), accepted);
    if (accepted) {
        QCOMPARE(r->kind, LicenceKind::InternalUse);
        QCOMPARE(r->discount.bp, 5000);
        QCOMPARE(r->paid.minor, qint64(seats) * 5000);
        QCOMPARE(r->saleId, 0); // internal use is not a sale: it earns no reward
        QVERIFY(f.store->sales(p, QDate(2000, 1, 1), QDate(2100, 1, 1))->isEmpty());
    } else {
        QVERIFY2(r.error().message.contains(QLatin1StringView("too many")), qPrintable(r.error().message));
    }
}

void TestLicences::internalUseRefusalCounts_data()
{
    QTest::addColumn<int>("seats");
    QTest::addColumn<QString>("adds");
    QTest::addColumn<QString>("tooMany");
    QTest::newRow("31") << 31 << "adds 31 users" << "(1 user too many)";
    QTest::newRow("1230") << 1230 << "adds 1,230 users" << "(1,200 users too many)";
    // Counts above 1,000,000 are printed whole, not folded by pluralCount().
    QTest::newRow("2500030") << 2500030 << "adds 2,500,030 users" << "(2,500,000 users too many)";
    QTest::newRow("12345678") << 12345678 << "adds 12,345,678 users" << "(12,345,648 users too many)";
}

void TestLicences::internalUseRefusalCounts()
{
    QFETCH(int, seats);
    QFETCH(QString, adds);
    QFETCH(QString, tooMany);
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); // the plural forms
    const qint64 p = f.addPartner(QStringLiteral("P-9"), QStringLiteral("reseller-status"), QStringLiteral("authorized"));
    const auto r = LicenceService(*f.store).recordInternalUse(
        licence(p, 0, QStringLiteral("ti"), seats, 100, QDate(2026, 6, 1), QDate(2027, 5, 31)));
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(adds), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(tooMany), qPrintable(r.error().message));
}

void TestLicences::internalUseOutsideTheResellerProgram()
{
    const qint64 p
        = f.addPartner(QStringLiteral("P-8"), QStringLiteral("revenue-band"), QStringLiteral("strategic"));
    LicenceService service(*f.store);
    const Program band = *[&] {
        for (const Program &q : builtinPrograms()) {
            if (q.key == QLatin1StringView("revenue-band"))
                return std::optional<Program>(q);
        }
        return std::optional<Program>();
    }();
    Licence l = licence(p, 0, band.productLines.first().key, 1, 1000, QDate(2026, 1, 1), QDate(2026, 12, 31));
    l.unitPrice.currency = QStringLiteral("USD");
    const auto r = service.recordInternalUse(l);
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains(QLatin1StringView("internal-use")));

    // Renewing an internal-use licence does not count its seats twice.
    const qint64 q = f.addPartner(
        QStringLiteral("P-9"), QStringLiteral("reseller-status"), QStringLiteral("authorized"));
    const auto first = service.recordInternalUse(
        licence(q, 0, QStringLiteral("ti"), 30, 100, QDate(2026, 1, 1), QDate(2026, 12, 31)));
    QVERIFY(first.has_value());
    const auto renewal = service.recordInternalUse(
        licence(q, 0, QStringLiteral("ti"), 30, 100, QDate(2026, 12, 15), QDate(2027, 12, 14), first->id));
    QVERIFY2(renewal.has_value(), renewal ? "" : qPrintable(renewal.error().message));
}

void TestLicences::moveCustomerKeepsHistoryAndCostsNoCredits()
{
    const QDate on(2026, 6, 1);
    const qint64 from = f.addPartner(
        QStringLiteral("A-1"), QStringLiteral("activation-credits"), QStringLiteral("specialist"));
    const qint64 to = f.addPartner(
        QStringLiteral("A-2"), QStringLiteral("activation-credits"), QStringLiteral("regional"));
    const qint64 c = f.addCustomer(from, QStringLiteral("C-move"));
    CreditService credits(*f.store);
    QVERIFY(credits.buy(from, 1000, std::nullopt, on, kBy).has_value());
    QVERIFY(credits.consume(from, 300, c, on, kBy).has_value());
    QVERIFY(credits.buy(to, 500, std::nullopt, on, kBy).has_value());
    Sale s;
    s.partnerId = from;
    s.customerId = c;
    s.soldOn = on;
    s.productLine = QStringLiteral("credits");
    s.unitPrice = Money { 50000, QStringLiteral("USD") };
    QVERIFY(f.store->insertSale(s).has_value());

    LicenceService service(*f.store);
    const auto moved = service.moveCustomer(
        c, to, QDate(2026, 7, 1), QStringLiteral("Partner A-1 left the region"), QStringLiteral("vendor"));
    QVERIFY2(moved.has_value(), moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved->fromPartnerId, from);
    QCOMPARE(moved->toPartnerId, to);
    QVERIFY(moved->recordedAt.isValid());

    // The customer is now the other partner's, with its code and name unchanged ...
    QCOMPARE(f.store->customers(to)->size(), 1);
    QCOMPARE(f.store->customers(to)->first().code, QStringLiteral("C-move"));
    QVERIFY(f.store->customers(from)->isEmpty());
    // ... its sale stays with the partner that made it, and no credits moved either way.
    QCOMPARE(f.store->sales(from, QDate(2000, 1, 1), QDate(2100, 1, 1))->size(), 1);
    QVERIFY(f.store->sales(to, QDate(2000, 1, 1), QDate(2100, 1, 1))->isEmpty());
    QCOMPARE(*credits.balance(from), 700);
    QCOMPARE(*credits.balance(to), 500);
    QCOMPARE(credits.ledger(from)->size(), 2);
    QCOMPARE(credits.ledger(to)->size(), 1);
    QCOMPARE(credits.ledger(from)->at(1).customerCode, QStringLiteral("C-move"));
    QVERIFY(CreditLedger(*f.db).audit()->isEmpty());
    const auto history = LicenceStore(*f.db).customerMoves(c);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().reason, QStringLiteral("Partner A-1 left the region"));
    // The new partner now onboards it with its own credits.
    QVERIFY(credits.consume(to, 100, c, QDate(2026, 7, 2), kBy).has_value());
    QVERIFY(!credits.consume(from, 100, c, QDate(2026, 7, 2), kBy).has_value());
}

void TestLicences::moveCustomerRules()
{
    const qint64 p = f.addPartner(
        QStringLiteral("P-10"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    const qint64 q = f.addPartner(
        QStringLiteral("P-11"), QStringLiteral("reseller-status"), QStringLiteral("privileged"));
    const qint64 c = f.addCustomer(p, QStringLiteral("C-10"));
    LicenceService service(*f.store);
    const auto sold = service.recordResale(
        licence(p, c, QStringLiteral("ti"), 2, 1000, QDate(2025, 10, 1), QDate(2026, 9, 30)));
    QVERIFY(sold.has_value());
    QVERIFY(
        !service.moveCustomer(c, p, QDate(2026, 1, 1), QStringLiteral("x"), kBy).has_value()); // same partner
    QVERIFY(
        !service.moveCustomer(c, q, QDate(2026, 1, 1), QStringLiteral("  "), kBy).has_value()); // no reason
    QVERIFY(!service.moveCustomer(c, 987654, QDate(2026, 1, 1), QStringLiteral("x"), kBy)
                 .has_value()); // no partner
    QVERIFY(!service.moveCustomer(987654, q, QDate(2026, 1, 1), QStringLiteral("x"), kBy)
                 .has_value()); // no customer
    // The resale of 2025-10-01 stays P-10's: a move on or before that day would contradict it.
    const auto early = service.moveCustomer(c, q, QDate(2025, 10, 1), QStringLiteral("x"), kBy);
    QVERIFY(!early.has_value());
    QCOMPARE(early.error().message,
        QStringLiteral("Customer C-10 bought from the partner it leaves on 2025-10-01; date the move after that sale."));
    QVERIFY(service.moveCustomer(c, q, QDate(2026, 1, 1), QStringLiteral("Reassigned"), kBy).has_value());
    // The licence keeps its seller, and its renewal is now due with the new partner.
    const auto dueNew = service.renewalsDue(q, QDate(2026, 9, 1), 30);
    QCOMPARE(dueNew->size(), 1);
    QCOMPARE(dueNew->first().licence.partnerId, p);
    QCOMPARE(dueNew->first().responsiblePartnerId, q);
    QVERIFY(service.renewalsDue(p, QDate(2026, 9, 1), 30)->isEmpty());
    // The new partner renews it and earns its own renewal rate (Privileged 35 %).
    const auto renewal = service.recordResale(
        licence(q, c, QStringLiteral("ti"), 2, 1000, QDate(2026, 10, 1), QDate(2027, 9, 30), sold->id));
    QVERIFY2(renewal.has_value(), renewal ? "" : qPrintable(renewal.error().message));
    const auto st = buildStatement(*f.store, q, Quarter { 2026, 4 });
    QCOMPARE(st->lines.size(), 1);
    QCOMPARE(st->lines.first().reward.minor, 700);
    // The old partner can no longer sell to the customer.
    QVERIFY(!service.recordResale(licence(p, c, QStringLiteral("ti"), 1, 1000, QDate(2026, 10, 1), {}))
                 .has_value());
}

void TestLicences::certificationLevels_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<bool>("accepted");
    // Joined on 2025-01-15: 6 months on 2025-07-15, 12 on 2026-01-15, 24 on 2027-01-15.
    QTest::newRow("certified at 5 months") << "certified" << QDate(2025, 7, 14) << false;
    QTest::newRow("certified at 6 months") << "certified" << QDate(2025, 7, 15) << true;
    QTest::newRow("unknown level") << "platinum" << QDate(2027, 7, 15) << false;
}

void TestLicences::certificationLevels()
{
    QFETCH(QString, level);
    QFETCH(QDate, on);
    QFETCH(bool, accepted);
    const qint64 p = f.addPartner(QStringLiteral("B-1"), QStringLiteral("revenue-band"),
        QStringLiteral("standard"), QDate(2025, 1, 15));
    CertificationLevels levels(*f.store);
    const auto r = levels.award(p, level, on, QDate(), kBy);
    QCOMPARE(r.has_value(), accepted);
    if (!accepted)
        QVERIFY(!r.error().message.isEmpty());
    else
        QCOMPARE(*levels.currentLevel(p, on), level);
}

void TestLicences::levelsNeedTheLevelBelow()
{
    const qint64 p = f.addPartner(
        QStringLiteral("B-2"), QStringLiteral("revenue-band"), QStringLiteral("standard"), QDate(2024, 1, 1));
    CertificationLevels levels(*f.store);
    const auto statuses = levels.levels(p, QDate(2025, 1, 1));
    QCOMPARE(statuses->size(), 3);
    QCOMPARE(statuses->at(0).level.monthsInPartnership, 6);
    QCOMPARE(statuses->at(1).level.monthsInPartnership, 12);
    QCOMPARE(statuses->at(2).level.monthsInPartnership, 24);
    QCOMPARE(statuses->at(2).eligibleFrom, QDate(2026, 1, 1));
    QCOMPARE(statuses->at(0).monthsInPartnership, 12);

    const auto advancedFirst = levels.award(p, QStringLiteral("advanced"), QDate(2025, 1, 1), {}, kBy);
    QVERIFY(!advancedFirst.has_value());
    QVERIFY(advancedFirst.error().message.contains(QLatin1StringView("Certified")));
    // Certified, valid for a year, then Advanced while it is valid.
    QVERIFY(
        levels.award(p, QStringLiteral("certified"), QDate(2024, 7, 1), QDate(2025, 7, 1), kBy).has_value());
    QVERIFY(
        levels.award(p, QStringLiteral("advanced"), QDate(2025, 1, 1), QDate(2026, 1, 1), kBy).has_value());
    QCOMPARE(*levels.currentLevel(p, QDate(2025, 3, 1)), QStringLiteral("advanced"));
    // Elite needs 24 months and Advanced held on the day.
    QVERIFY(!levels.award(p, QStringLiteral("elite"), QDate(2025, 12, 31), {}, kBy).has_value());
    QVERIFY(!levels.award(p, QStringLiteral("elite"), QDate(2026, 1, 1), {}, kBy)
                 .has_value()); // Advanced expired that day
    QCOMPARE(*levels.currentLevel(p, QDate(2026, 2, 1)), QString()); // all lapsed
    // A partner of a program without levels gets none.
    const qint64 r
        = f.addPartner(QStringLiteral("R-2"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    QVERIFY(levels.levels(r, QDate(2026, 1, 1))->isEmpty());
    QVERIFY(!levels.award(r, QStringLiteral("certified"), QDate(2026, 1, 1), {}, kBy).has_value());
}

void TestLicences::certificationsExpiring()
{
    const QDate asOf(2026, 9, 1);
    const qint64 p = f.addPartner(
        QStringLiteral("B-3"), QStringLiteral("revenue-band"), QStringLiteral("standard"), QDate(2024, 1, 1));
    const qint64 q
        = f.addPartner(QStringLiteral("R-3"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    StaffMember tech;
    tech.partnerId = q;
    tech.name = QStringLiteral("Ivan Petrov");
    tech.role = StaffRole::Technical;
    const qint64 staff = *f.store->insertStaff(tech);
    auto cert = [&](const QString &name, const QDate &expires) {
        Certification c;
        c.staffId = staff;
        c.certificate = name;
        c.passedOn = QDate(2025, 1, 1);
        c.expiresOn = expires;
        QVERIFY(f.store->insertCertification(c).has_value());
    };
    cert(QStringLiteral("lapsed today"), asOf); // no longer valid on asOf
    cert(QStringLiteral("in 10 days"), asOf.addDays(10));
    cert(QStringLiteral("in 90 days"), asOf.addDays(90));
    cert(QStringLiteral("in 91 days"), asOf.addDays(91));
    cert(QStringLiteral("never"), QDate());
    CertificationLevels levels(*f.store);
    QVERIFY(
        levels.award(p, QStringLiteral("certified"), QDate(2025, 10, 1), asOf.addDays(30), kBy).has_value());

    const auto soon = levels.expiring(asOf);
    QVERIFY(soon.has_value());
    QCOMPARE(soon->size(), 3);
    QCOMPARE(soon->at(0).certificate, QStringLiteral("in 10 days"));
    QCOMPARE(soon->at(0).holder, QStringLiteral("Ivan Petrov"));
    QCOMPARE(soon->at(1).kind, ExpiringCertification::Kind::PartnerLevel);
    QCOMPARE(soon->at(1).certificate, QStringLiteral("certified"));
    QCOMPARE(soon->at(2).certificate, QStringLiteral("in 90 days"));
    QCOMPARE(levels.expiring(asOf, 90, q)->size(), 2);
    QCOMPARE(levels.expiring(asOf, 30, p)->size(), 1);
    QVERIFY(!levels.expiring(asOf, 0).has_value());
}

// Issue 15: a voided licence is not due, no longer renews the licence it renewed, and its seats
// leave the internal-use cap; a voided certificate does not expire.
void TestLicences::voidedRecordsLeaveTheLists()
{
    const QDate asOf(2026, 9, 1);
    const qint64 p
        = f.addPartner(QStringLiteral("P-8"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    LicenceService service(*f.store);
    const auto voidRow = [&](const char *table, qint64 id) {
        return sql::exec(*f.db,
            QStringLiteral("UPDATE %1 SET voided_at = '2026-08-01T10:00:00.000Z', voided_by = 'test', "
                           "void_reason = 'typo' WHERE id = ?")
                .arg(QLatin1StringView(table)),
            { id })
            .has_value();
    };
    auto add = [&](const QString &code, int endsInDays, qint64 renews = 0, qint64 customer = 0) {
        const qint64 c = customer ? customer : f.addCustomer(p, code);
        const auto l = service.recordResale(licence(p, c, QStringLiteral("ti"), 1, 1000,
            asOf.addDays(endsInDays - 365), asOf.addDays(endsInDays), renews));
        if (!l)
            qFatal("%s", qPrintable(l.error().message));
        return *l;
    };
    const Licence live = add(QStringLiteral("C-live"), 10);
    const Licence wrong = add(QStringLiteral("C-voided"), 15);
    const Licence renewed = add(QStringLiteral("C-renewal-voided"), 20);
    const Licence renewal = add({}, 385, renewed.id, renewed.customerId);
    QVERIFY(voidRow("licences", wrong.id));
    QVERIFY(voidRow("licences", renewal.id));
    const auto due = service.renewalsDue(p, asOf, 30);
    QVERIFY(due.has_value());
    QStringList codes;
    for (const LicenceListing &l : *due)
        codes << l.customerCode;
    QCOMPARE(codes, (QStringList { QStringLiteral("C-live"), QStringLiteral("C-renewal-voided") }));
    LicenceStore store(*f.db);
    QCOMPARE(store.licence(renewed.id)->renewedById, 0);

    // Certified's cap is 50 users: 40 voided seats leave room for 50.
    const auto internal = service.recordInternalUse(
        licence(p, 0, QStringLiteral("ti"), 40, 10000, QDate(2026, 1, 1), QDate(2026, 12, 31)));
    QVERIFY(internal.has_value());
    QVERIFY(!service.recordInternalUse(licence(p, 0, QStringLiteral("ti"), 50, 10000, asOf, QDate(2027, 8, 31))));
    QVERIFY(voidRow("licences", internal->id));
    QVERIFY(service.recordInternalUse(licence(p, 0, QStringLiteral("ti"), 50, 10000, asOf, QDate(2027, 8, 31))));

    StaffMember tech;
    tech.partnerId = p;
    tech.name = QStringLiteral("Olga");
    const qint64 staff = *f.store->insertStaff(tech);
    const auto cert = f.store->insertCertification(
        Certification { 0, staff, QStringLiteral("TI Engineer"), QDate(2025, 1, 1), asOf.addDays(10), 0, {} });
    QVERIFY(cert.has_value());
    QCOMPARE(store.certificationsExpiring(asOf, 30, p)->size(), 1);
    QVERIFY(voidRow("certifications", *cert));
    QVERIFY(store.certificationsExpiring(asOf, 30, p)->isEmpty());
    // With the two due licences voided too, nothing of the partner's is due.
    QVERIFY(store.partnersWithRenewalsDue(asOf, 30)->contains(p));
    QVERIFY(voidRow("licences", live.id));
    QVERIFY(voidRow("licences", renewed.id));
    QVERIFY(!store.partnersWithRenewalsDue(asOf, 30)->contains(p));
}

void TestLicences::noReferralOrMultiLevelData()
{
    // PROGRAMS.md §2: no recruitment payouts, downlines or referral trees. No table has a column
    // that could link a partner to a recruiter or pay one partner for another's sales.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema.sqlite"));
    f.close();
    QVERIFY(f.open(path));
    f.close();
    QProcess shell;
    shell.start(sqlite3,
        { path,
            QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master m, "
                           "pragma_table_info(m.name) p WHERE m.type = 'table';") });
    QVERIFY(shell.waitForFinished(60000));
    const QStringList columns
        = QString::fromUtf8(shell.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(columns.contains(QStringLiteral("credit_ledger.partner_id")));
    for (const QString &column : columns) {
        for (const char *word :
            { "referr", "recruit", "upline", "downline", "sponsor", "parent", "commission" })
            QVERIFY2(!column.contains(QLatin1StringView(word), Qt::CaseInsensitive), qPrintable(column));
    }
}

QTEST_GUILESS_MAIN(TestLicences)
#include "tst_licences.moc"
