#include "csvtools.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/store.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace pd;

namespace {

const QByteArray kPartners =
    "code,name,country,region,category,subcategory,program,tier,tier_since,joined_on,territory,brand,website\n"
    "P-001,\"Ромашка, ООО\",RU,Siberia,channel,reseller,reseller-status,certified,2025-01-15,2024-03-01,,,"
    "https://romashka.example\n"
    "P-002,Soluciones Ibéricas,ES,Madrid,technology,integration,activation-credits,strategic,2025-06-01,2025-01-10,"
    "ES,europe,\n"
    "P-003,Campus Norte,AR,,education,,revenue-band,standard,2025-02-01,2025-02-01,,,\n";

// Columns in another order, optional columns left out.
const QByteArray kCustomers = "partner,code,name\n"
                              "P-001,C-1,Заказчик Один\n"
                              "P-001,C-2,\"Second \"\"Big\"\" Customer\"\n"
                              "P-002,C-3,Cliente Tres\n";

// As a spreadsheet in a Spanish or Russian locale saves it: semicolons and decimal commas.
const QByteArray kSales = "date;partner;customer;product_line;unit_price;currency;quantity;renewal\r\n"
                          "2026-01-15;P-001;C-1;ti;1250,50;RUB;2;no\r\n"
                          "2026-02-01;P-001;C-2;depo_ti;99999;rub;1;yes\r\n"
                          "2026-03-10;P-002;C-3;credits;0.99;USD;1000;\r\n";

const QByteArray kCertifications = "partner,staff_name,staff_email,role,certificate,passed_on,expires_on\n"
                                   "P-001,Иван Петров,ivan@romashka.example,technical,TI Engineer,2025-03-01,2027-03-01\n"
                                   "P-001,Иван Петров,ivan@romashka.example,technical,TING Engineer,2025-04-01,\n"
                                   "P-001,Olga Sidorova,,sales,Sales Basics,2025-05-01,\n";

const QByteArray kEvents = "partner,kind,date,note\n"
                           "P-001,contract_signed,2024-03-01,\"Signed in Novosibirsk,\nscan on file\"\n"
                           "P-001,monthly_report,2026-01-31,\n";

const QByteArray kScores = "partner,metric,date,value\n"
                           "P-003,nps,2026-01-31,-12.5\n"
                           "P-003,satisfaction,2026-01-31,87%\n"
                           "P-003,advocacy,2026-01-31,\"61,25\"\n";

const QByteArray kFxRates = "date,base,quote,rate\n"
                            "2026-01-01,USD,RUB,90.5\n"
                            "2026-01-01,EUR,USD,1.084321\n";

struct Fixture {
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
};

Fixture freshDatabase()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    Q_ASSERT(db.has_value());
    Fixture f { std::move(*db), nullptr };
    f.store = std::make_unique<Store>(*f.db);
    const auto installed = f.store->installBuiltinPrograms();
    Q_ASSERT(installed.has_value());
    return f;
}

// Imports a kind that must succeed; fails the test with the importer's message otherwise.
bool mustImport(Store &store, CsvKind kind, const QByteArray &bytes, qint64 rows)
{
    const auto r = importBytes(store, kind, bytes);
    if (!r) {
        qWarning().noquote() << r.error().message;
        return false;
    }
    return r->rows == rows;
}

bool importAll(Store &store)
{
    return mustImport(store, CsvKind::Partners, kPartners, 3) && mustImport(store, CsvKind::Customers, kCustomers, 3)
        && mustImport(store, CsvKind::Sales, kSales, 3)
        && mustImport(store, CsvKind::Certifications, kCertifications, 3)
        && mustImport(store, CsvKind::Events, kEvents, 2) && mustImport(store, CsvKind::Scores, kScores, 3)
        && mustImport(store, CsvKind::FxRates, kFxRates, 2);
}

// Row counts of every table that import writes, as text for a readable comparison.
QString counts(const Store &store)
{
    qint64 staff = 0, certs = 0, customers = 0, sales = 0, events = 0, scores = 0;
    const auto partners = store.partners();
    Q_ASSERT(partners.has_value());
    for (const Partner &p : *partners) {
        staff += store.staff(p.id)->size();
        certs += store.certifications(p.id)->size();
        customers += store.customers(p.id)->size();
        sales += store.sales(p.id, QDate(1, 1, 1), QDate(9999, 12, 31))->size();
        events += store.events(p.id)->size();
        scores += store.scores(p.id)->size();
    }
    return QStringLiteral("partners %1 staff %2 certifications %3 customers %4 sales %5 events %6 scores %7 fx %8")
        .arg(partners->size())
        .arg(staff)
        .arg(certs)
        .arg(customers)
        .arg(sales)
        .arg(events)
        .arg(scores)
        .arg(store.fxRates()->size());
}

QByteArray salesHeader()
{
    return "date,partner,customer,product_line,unit_price,currency,quantity,renewal\n";
}

} // namespace

class TestImport final : public QObject {
    Q_OBJECT
private slots:
    void importsPartners();
    void importsCustomersAndSales();
    void importsCertificationsReusingStaff();
    void importsEventsScoresAndRates();
    void rejectsBadRows_data();
    void rejectsBadRows();
    void reportsEveryBadRowAndWritesNothing();
    void textAtItsLimitIsImported();
    void checkFindsOutOfRangeAmounts_data();
    void checkFindsOutOfRangeAmounts();
    void capsListedProblems();
    void wrongColumnSet_data();
    void wrongColumnSet();
    void emptyFile();
    void importFileNamesThePath();
    void cancelRollsBack();
    void progressIsReported();
    void exportImportRoundTrip();
    void ownerRoundTrip();
    void exportFileIsAtomic();
};

void TestImport::importsPartners()
{
    Fixture f = freshDatabase();
    QVERIFY(mustImport(*f.store, CsvKind::Partners, kPartners, 3));
    const auto p1 = f.store->partnerByCode(QStringLiteral("P-001"));
    QVERIFY(p1.has_value());
    QCOMPARE(p1->name, QStringLiteral("Ромашка, ООО"));
    QCOMPARE(p1->country, QStringLiteral("RU"));
    QCOMPARE(p1->category, PartnerCategory::Channel);
    QCOMPARE(p1->subcategory, QStringLiteral("reseller"));
    QCOMPARE(p1->programKey, QStringLiteral("reseller-status"));
    QCOMPARE(p1->tierKey, QStringLiteral("certified"));
    QCOMPARE(p1->tierSince, QDate(2025, 1, 15));
    QCOMPARE(p1->joinedOn, QDate(2024, 3, 1));
    QCOMPARE(p1->website, QStringLiteral("https://romashka.example"));
    const auto p2 = f.store->partnerByCode(QStringLiteral("P-002"));
    QVERIFY(p2.has_value());
    QCOMPARE(p2->brand, QStringLiteral("europe"));
    QCOMPARE(p2->territory, QStringLiteral("ES"));
    QCOMPARE(p2->name, QStringLiteral("Soluciones Ibéricas"));
}

void TestImport::importsCustomersAndSales()
{
    Fixture f = freshDatabase();
    QVERIFY(mustImport(*f.store, CsvKind::Partners, kPartners, 3));
    QVERIFY(mustImport(*f.store, CsvKind::Customers, kCustomers, 3));
    QVERIFY(mustImport(*f.store, CsvKind::Sales, kSales, 3));
    const qint64 p1 = f.store->partnerByCode(QStringLiteral("P-001"))->id;
    const auto customers = f.store->customers(p1);
    QCOMPARE(customers->size(), 2);
    QCOMPARE(customers->at(0).name, QStringLiteral("Second \"Big\" Customer"));
    QCOMPARE(customers->at(1).name, QStringLiteral("Заказчик Один"));
    QCOMPARE(customers->at(1).country, QString());

    const auto sales = f.store->sales(p1, QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(sales->size(), 2);
    QCOMPARE(sales->at(0).soldOn, QDate(2026, 1, 15));
    QCOMPARE(sales->at(0).productLine, QStringLiteral("ti"));
    QCOMPARE(sales->at(0).unitPrice, (Money { 125050, QStringLiteral("RUB") }));
    QCOMPARE(sales->at(0).quantity, 2);
    QCOMPARE(sales->at(0).renewal, false);
    QCOMPARE(sales->at(0).customerId, customers->at(1).id);
    QCOMPARE(sales->at(1).unitPrice, (Money { 9999900, QStringLiteral("RUB") }));
    QCOMPARE(sales->at(1).renewal, true);
    const qint64 p2 = f.store->partnerByCode(QStringLiteral("P-002"))->id;
    const auto credits = f.store->sales(p2, QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(credits->size(), 1);
    QCOMPARE(credits->at(0).amount().value(), (Money { 99000, QStringLiteral("USD") }));
}

void TestImport::importsCertificationsReusingStaff()
{
    Fixture f = freshDatabase();
    QVERIFY(mustImport(*f.store, CsvKind::Partners, kPartners, 3));
    QVERIFY(mustImport(*f.store, CsvKind::Certifications, kCertifications, 3));
    const qint64 p1 = f.store->partnerByCode(QStringLiteral("P-001"))->id;
    auto staff = f.store->staff(p1);
    QCOMPARE(staff->size(), 2);
    QCOMPARE(staff->at(0).name, QStringLiteral("Olga Sidorova"));
    QCOMPARE(staff->at(0).role, StaffRole::Sales);
    QCOMPARE(staff->at(1).role, StaffRole::Technical);
    const auto certs = f.store->certifications(p1);
    QCOMPARE(certs->size(), 3);
    QCOMPARE(certs->at(0).staffId, staff->at(1).id);
    QCOMPARE(certs->at(1).staffId, staff->at(1).id);
    QCOMPARE(certs->at(0).expiresOn, QDate(2027, 3, 1));
    QVERIFY(certs->at(1).expiresOn.isNull());

    // A second file naming the same person adds a certificate, not a second staff member.
    QVERIFY(mustImport(*f.store, CsvKind::Certifications,
                       "partner,staff_name,staff_email,role,certificate,passed_on\n"
                       "P-001,Иван Петров,ivan@romashka.example,technical,DEPO TI Engineer,2025-09-01\n",
                       1));
    QCOMPARE(f.store->staff(p1)->size(), 2);
    QCOMPARE(f.store->certifications(p1)->size(), 4);
}

void TestImport::importsEventsScoresAndRates()
{
    Fixture f = freshDatabase();
    QVERIFY(mustImport(*f.store, CsvKind::Partners, kPartners, 3));
    QVERIFY(mustImport(*f.store, CsvKind::Events, kEvents, 2));
    QVERIFY(mustImport(*f.store, CsvKind::Scores, kScores, 3));
    QVERIFY(mustImport(*f.store, CsvKind::FxRates, kFxRates, 2));
    const auto events = f.store->events(f.store->partnerByCode(QStringLiteral("P-001"))->id);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).kind, EventKind::ContractSigned);
    QCOMPARE(events->at(0).note, QStringLiteral("Signed in Novosibirsk,\nscan on file"));
    QCOMPARE(events->at(1).kind, EventKind::MonthlyReport);
    const auto scores = f.store->scores(f.store->partnerByCode(QStringLiteral("P-003"))->id);
    QCOMPARE(scores->size(), 3);
    QCOMPARE(scores->at(0).metric, Metric::Nps);
    QCOMPARE(scores->at(0).value.bp, -1250);
    QCOMPARE(scores->at(1).value.bp, 8700);
    QCOMPARE(scores->at(2).metric, Metric::Advocacy);
    QCOMPARE(scores->at(2).value.bp, 6125);
    const auto rates = f.store->fxRates();
    QCOMPARE(rates->size(), 2);
    QCOMPARE(rates->at(0).base, QStringLiteral("EUR"));
    QCOMPARE(rates->at(0).micros, qint64(1084321));
    QCOMPARE(rates->at(1).micros, qint64(90500000));
}

void TestImport::rejectsBadRows_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");    // FILE:LINE: column:
    QTest::addColumn<QString>("mentions"); // part of the reason

    const int sales = int(CsvKind::Sales);
    const QByteArray sh = salesHeader();
    QTest::newRow("unknown currency") << sales << sh + "2026-01-15,P-001,C-1,ti,100,RUR,1,no\n"
                                      << "sales.csv:2: currency: " << "RUR";
    QTest::newRow("negative amount") << sales << sh + "2026-01-15,P-001,C-1,ti,-100,RUB,1,no\n"
                                     << "sales.csv:2: unit_price: " << "negative";
    QTest::newRow("too many decimals") << sales << sh + "2026-01-15,P-001,C-1,ti,10.555,RUB,1,no\n"
                                       << "sales.csv:2: unit_price: " << "decimals";
    QTest::newRow("grouped amount") << sales << sh + "2026-01-15,P-001,C-1,ti,\"1,000.00\",RUB,1,no\n"
                                    << "sales.csv:2: unit_price: " << "1,000.00";
    QTest::newRow("impossible date") << sales << sh + "2026-02-30,P-001,C-1,ti,100,RUB,1,no\n"
                                     << "sales.csv:2: date: " << "2026-02-30";
    QTest::newRow("local date format") << sales << sh + "15.01.2026,P-001,C-1,ti,100,RUB,1,no\n"
                                       << "sales.csv:2: date: " << "YYYY-MM-DD";
    QTest::newRow("unknown partner") << sales << sh + "2026-01-15,P-999,C-1,ti,100,RUB,1,no\n"
                                     << "sales.csv:2: partner: " << "P-999";
    QTest::newRow("unknown customer") << sales << sh + "2026-01-15,P-001,C-404,ti,100,RUB,1,no\n"
                                      << "sales.csv:2: customer: " << "C-404";
    QTest::newRow("customer of another partner") << sales << sh + "2026-01-15,P-001,C-3,ti,100,RUB,1,no\n"
                                                 << "sales.csv:2: customer: " << "P-002";
    QTest::newRow("unknown product line") << sales << sh + "2026-01-15,P-001,C-1,credits,100,RUB,1,no\n"
                                          << "sales.csv:2: product_line: " << "ti, ting, depo_ti";
    QTest::newRow("zero quantity") << sales << sh + "2026-01-15,P-001,C-1,ti,100,RUB,0,no\n"
                                   << "sales.csv:2: quantity: " << "other than 0";
    QTest::newRow("fractional quantity") << sales << sh + "2026-01-15,P-001,C-1,ti,100,RUB,1.5,no\n"
                                         << "sales.csv:2: quantity: " << "1.5";
    // issue 14: this line was imported with a wrapped amount.
    QTest::newRow("price beyond the largest amount")
        << sales << sh + "2026-01-15,P-001,C-1,ti,999999999999999.99,RUB,100000,no\n"
        << "sales.csv:2: unit_price: " << "999999999999999.99";
    QTest::newRow("price × quantity beyond the largest amount")
        << sales << sh + "2026-01-15,P-001,C-1,ti,9999999999999.99,RUB,2,no\n"
        << "sales.csv:2: quantity: " << "9999999999999.99 × 2";
    QTest::newRow("price × quantity beyond qint64")
        << sales << sh + "2026-01-15,P-001,C-1,ti,9999999999999.99,RUB,2147483647,no\n"
        << "sales.csv:2: quantity: " << "2147483647";
    QTest::newRow("bad renewal") << sales << sh + "2026-01-15,P-001,C-1,ti,100,RUB,1,maybe\n"
                                 << "sales.csv:2: renewal: " << "maybe";
    QTest::newRow("wrong field count") << sales << sh + "2026-01-15,P-001,C-1,ti,100,RUB,1\n"
                                       << "sales.csv:2: " << "expected 8 fields";
    QTest::newRow("unterminated quote") << sales << sh + "2026-01-15,P-001,\"C-1,ti,100,RUB,1,no\n"
                                        << "sales.csv:2: " << "not closed";

    const int partners = int(CsvKind::Partners);
    const QByteArray ph = "code,name,country,category,program,tier,tier_since,joined_on,brand,subcategory\n";
    QTest::newRow("unknown program") << partners << ph + "P-9,X,ES,channel,gold-club,gold,2025-01-01,2025-01-01,,\n"
                                     << "partners.csv:2: program: " << "gold-club";
    QTest::newRow("unknown tier") << partners << ph + "P-9,X,ES,channel,reseller-status,gold,2025-01-01,2025-01-01,,\n"
                                  << "partners.csv:2: tier: " << "authorized, certified, privileged";
    QTest::newRow("existing code") << partners
                                   << ph + "P-001,X,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
                                   << "partners.csv:2: code: " << "already exists";
    QTest::newRow("code twice in file")
        << partners
        << ph + "P-9,X,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
                "P-9,Y,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
        << "partners.csv:3: code: " << "line 2";
    QTest::newRow("lower-case country") << partners
                                        << ph + "P-9,X,es,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
                                        << "partners.csv:2: country: " << "ISO 3166";
    QTest::newRow("no such country") << partners
                                     << ph + "P-9,X,XQ,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
                                     << "partners.csv:2: country: " << "XQ";
    QTest::newRow("not a country") << partners
                                   << ph + "P-9,X,EU,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
                                   << "partners.csv:2: country: " << "EU";
    QTest::newRow("unknown category") << partners
                                      << ph + "P-9,X,ES,retail,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
                                      << "partners.csv:2: category: " << "technology, education";
    QTest::newRow("subcategory of another category")
        << partners << ph + "P-9,X,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,,university\n"
        << "partners.csv:2: subcategory: " << "reseller, referral";
    QTest::newRow("brand on a program without brands")
        << partners << ph + "P-9,X,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,europe,\n"
        << "partners.csv:2: brand: " << "no brands";
    QTest::newRow("unknown brand") << partners
                                   << ph + "P-9,X,ES,channel,activation-credits,authorized,2025-01-01,2025-01-01,asia,\n"
                                   << "partners.csv:2: brand: " << "latam, north_america, europe";
    QTest::newRow("owner too long")
        << partners
        << "code,name,country,category,program,tier,tier_since,joined_on,owner\n"
               "P-9,X,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,"
            + QByteArray(201, 'o') + '\n'
        << "partners.csv:2: owner: " << "more than the 200";
    QTest::newRow("missing name") << partners
                                  << ph + "P-9,,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
                                  << "partners.csv:2: name: " << "empty";

    const int certs = int(CsvKind::Certifications);
    const QByteArray chd = "partner,staff_name,staff_email,role,certificate,passed_on,expires_on\n";
    QTest::newRow("certification of unknown partner") << certs << chd + "P-404,A,,technical,TI,2025-01-01,\n"
                                                      << "certifications.csv:2: partner: " << "P-404";
    QTest::newRow("bad role") << certs << chd + "P-001,A,,engineer,TI,2025-01-01,\n"
                              << "certifications.csv:2: role: " << "technical, sales";
    QTest::newRow("expires before passed") << certs << chd + "P-001,A,,technical,TI,2025-01-01,2024-12-31\n"
                                           << "certifications.csv:2: expires_on: " << "after passed_on";
    QTest::newRow("same certificate twice") << certs
                                            << chd + "P-001,A,,technical,TI,2025-01-01,\nP-001,A,,technical,TI,2025-01-01,\n"
                                            << "certifications.csv:3: certificate: " << "already holds";
    QTest::newRow("same person, other role") << certs
                                             << chd + "P-001,A,,technical,TI,2025-01-01,\nP-001,A,,sales,S,2025-01-01,\n"
                                             << "certifications.csv:3: role: " << "technical";

    const QByteArray name201(201, 'n');
    QTest::newRow("name of 201 characters")
        << partners << ph + "P-9," + name201 + ",ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
        << "partners.csv:2: name: " << "201 characters, more than the 200";
    QTest::newRow("field beyond 64 KiB")
        << partners
        << ph + "P-9,\"" + QByteArray(65537, 'n') + "\",ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
        << "partners.csv:2: " << "field 2 is longer than 65536 bytes";
    // issue 14: a 10 MB partner name was accepted.
    QTest::newRow("line beyond 1 MiB")
        << partners
        << ph + "P-8,X,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n" + "P-9,"
            + QByteArray(10 << 20, 'n') + ",ES,channel,reseller-status,authorized,2025-01-01,2025-01-01,,\n"
        << "partners.csv:3: " << "longer than 1048576 bytes";
    const int customers = int(CsvKind::Customers);
    QTest::newRow("existing customer") << customers << QByteArray("code,partner,name,country\nC-1,P-001,X,RU\n")
                                       << "customers.csv:2: code: " << "already exists";
    QTest::newRow("customer of unknown partner") << customers << QByteArray("code,partner,name,country\nC-9,P-404,X,RU\n")
                                                 << "customers.csv:2: partner: " << "P-404";

    const int events = int(CsvKind::Events);
    QTest::newRow("unknown event kind") << events << QByteArray("partner,kind,date,note\nP-001,party,2026-01-01,\n")
                                        << "events.csv:2: kind: " << "contract_signed";
    QTest::newRow("note of 2001 characters")
        << events << "partner,kind,date,note\nP-001,monthly_report,2026-01-31," + QByteArray(2001, 'z') + '\n'
        << "events.csv:2: note: " << "2001 characters, more than the 2000";

    const int scores = int(CsvKind::Scores);
    const QByteArray sch = "partner,metric,date,value\n";
    QTest::newRow("negative satisfaction") << scores << sch + "P-001,satisfaction,2026-01-31,-5\n"
                                           << "scores.csv:2: value: " << "only nps";
    QTest::newRow("nps below -100") << scores << sch + "P-001,nps,2026-01-31,-101\n"
                                    << "scores.csv:2: value: " << "100";
    QTest::newRow("score above 100") << scores << sch + "P-001,advocacy,2026-01-31,100.5\n"
                                     << "scores.csv:2: value: " << "100";
    QTest::newRow("score with three decimals") << scores << sch + "P-001,nps,2026-01-31,12.345\n"
                                               << "scores.csv:2: value: " << "two decimals";
    QTest::newRow("not a scored metric") << scores << sch + "P-001,sales,2026-01-31,5\n"
                                         << "scores.csv:2: metric: " << "nps, satisfaction, advocacy";

    const int fx = int(CsvKind::FxRates);
    const QByteArray fh = "date,base,quote,rate\n";
    QTest::newRow("rate with seven decimals") << fx << fh + "2026-01-01,USD,RUB,90.1234567\n"
                                              << "fxrates.csv:2: rate: " << "6 decimals";
    QTest::newRow("zero rate") << fx << fh + "2026-01-01,USD,RUB,0\n" << "fxrates.csv:2: rate: " << "more than 0";
    QTest::newRow("same currency") << fx << fh + "2026-01-01,USD,USD,1\n" << "fxrates.csv:2: quote: " << "differ";
    QTest::newRow("unknown rate currency") << fx << fh + "2026-01-01,XYZ,RUB,1\n" << "fxrates.csv:2: base: " << "XYZ";
}

void TestImport::rejectsBadRows()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QFETCH(QString, mentions);
    Fixture f = freshDatabase();
    QVERIFY(importAll(*f.store));
    const QString before = counts(*f.store);

    Importer importer(*f.store);
    const auto r = importBytes(*f.store, CsvKind(kind), csv, &importer);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(importer.issueCount(), qint64(1));
    const QString issue = importer.issues().front().text();
    QVERIFY2(issue.startsWith(where), qPrintable(issue));
    QVERIFY2(issue.mid(where.size()).contains(mentions), qPrintable(issue));
    QVERIFY2(r.error().message.contains(issue), qPrintable(r.error().message));
    QCOMPARE(counts(*f.store), before);
}

void TestImport::textAtItsLimitIsImported()
{
    Fixture f = freshDatabase();
    const QByteArray name(200, 'n');
    QVERIFY(mustImport(*f.store, CsvKind::Partners,
                       "code,name,country,category,program,tier,tier_since,joined_on\n"
                       "P-9," + name + ",ES,channel,reseller-status,authorized,2025-01-01,2025-01-01\n",
                       1));
    QCOMPARE(f.store->partnerByCode(QStringLiteral("P-9"))->name.size(), 200);
}

void TestImport::checkFindsOutOfRangeAmounts_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("reported");
    QTest::newRow("amount at the largest") << "amount_minor" << kMaxMinor << false;
    QTest::newRow("amount one over") << "amount_minor" << kMaxMinor + 1 << true;
    QTest::newRow("amount one under the smallest") << "amount_minor" << -kMaxMinor - 1 << true;
    QTest::newRow("amount smallest qint64") << "amount_minor" << std::numeric_limits<qint64>::min() << true;
    QTest::newRow("unit price one over") << "unit_price_minor" << kMaxMinor + 1 << true;
    QTest::newRow("unit price qint64 max") << "unit_price_minor" << std::numeric_limits<qint64>::max() << true;
}

void TestImport::checkFindsOutOfRangeAmounts()
{
    QFETCH(QString, column);
    QFETCH(qint64, value);
    QFETCH(bool, reported);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("amounts.sqlite"));
    {
        auto db = Database::create(path);
        QVERIFY(db.has_value());
        Store store(**db);
        QVERIFY(store.installBuiltinPrograms().has_value());
        QVERIFY(importAll(store));
        QCOMPARE(checkIntegrity(**db).value(), QStringList());
    }
    // Written past PartnerDesk, as a damaged or hand-edited database would hold it (its guard
    // against rewriting sales dropped first, as such a hand would).
    QProcess shell;
    shell.start(sqlite3, { path, QStringLiteral("DROP TRIGGER sales_fixed; "
                                                "UPDATE sales SET %1 = %2 WHERE id = (SELECT max(id) FROM sales); "
                                                "SELECT max(id) FROM sales;")
                                     .arg(column)
                                     .arg(value) });
    QVERIFY(shell.waitForFinished(60000));
    QCOMPARE(shell.exitCode(), 0);
    const QString id = QString::fromLatin1(shell.readAllStandardOutput()).trimmed();
    auto db = Database::open(path);
    QVERIFY(db.has_value());
    const auto problems = checkIntegrity(**db);
    QVERIFY2(problems.has_value(), qPrintable(problems ? QString() : problems.error().message));
    if (!reported) {
        QCOMPARE(*problems, QStringList());
        return;
    }
    const QString expected
        = QStringLiteral("sales row %1: %2 %3 is beyond the largest amount").arg(id, column, QString::number(value));
    QCOMPARE(problems->size(), 1);
    QVERIFY2(problems->first().startsWith(expected), qPrintable(problems->first()));
}

void TestImport::reportsEveryBadRowAndWritesNothing()
{
    Fixture f = freshDatabase();
    QVERIFY(importAll(*f.store));
    const QString before = counts(*f.store);
    // Good rows before, between and after the bad ones: the good ones are inserted until the
    // first problem, and must be rolled back with the rest.
    const QByteArray csv = salesHeader() + "2026-04-01,P-001,C-1,ti,100,RUB,1,no\n"
                                           "2026-04-02,P-001,C-1,ti,100,RUB,1,no\n"
                                           "2026-04-31,P-001,C-1,ti,100,RUB,1,no\n"
                                           "2026-04-03,P-001,C-1,ti,100,RUB,1,no\n"
                                           "2026-04-04,P-001,C-1,ti,100,EUROS,0,no\n"
                                           "2026-04-05,P-001,C-1,\"ti\",100,RUB,1,no,extra\n"
                                           "2026-04-06,P-001,C-1,ti,100,RUB,1,no\n";
    Importer importer(*f.store);
    const auto r = importBytes(*f.store, CsvKind::Sales, csv, &importer);
    QVERIFY(!r.has_value());
    QStringList texts;
    for (const ImportIssue &i : importer.issues())
        texts << i.text().section(u':', 0, 2);
    QCOMPARE(texts, (QStringList { QStringLiteral("sales.csv:4: date"), QStringLiteral("sales.csv:6: currency"),
                                   QStringLiteral("sales.csv:6: quantity"), QStringLiteral("sales.csv:7: expected 8 fields as in the header, found 9") }));
    QVERIFY(r.error().message.startsWith(QStringLiteral("Nothing was imported from sales.csv: 4 problem")));
    QCOMPARE(counts(*f.store), before);
}

void TestImport::capsListedProblems()
{
    Fixture f = freshDatabase();
    QVERIFY(importAll(*f.store));
    QByteArray csv = salesHeader();
    for (int i = 0; i < 250; ++i)
        csv += "2026-01-15,P-001,C-1,ti,100,RUB,0,no\n";
    Importer importer(*f.store);
    const auto r = importBytes(*f.store, CsvKind::Sales, csv, &importer);
    QVERIFY(!r.has_value());
    QCOMPARE(importer.issueCount(), qint64(250));
    QCOMPARE(importer.issues().size(), 250);
    const QStringList lines = r.error().message.split(u'\n');
    QCOMPARE(lines.size(), 1 + Importer::kListedIssues + 1);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("sales.csv:2: quantity: ")));
    QVERIFY(lines.at(200).startsWith(QStringLiteral("sales.csv:201: quantity: ")));
    QCOMPARE(lines.last(), QStringLiteral("... and 50 more."));
}

void TestImport::wrongColumnSet_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("issues");
    QTest::newRow("unknown column") << QByteArray("date,partner,customer,product_line,unit_price,currency,quantity,discount\n")
                                    << QStringList { QStringLiteral("sales.csv:1: discount: unknown column") };
    QTest::newRow("missing required columns")
        << QByteArray("date,partner,customer,unit_price,quantity\n")
        << QStringList { QStringLiteral("sales.csv:1: product_line: required column is missing from the header"),
                         QStringLiteral("sales.csv:1: currency: required column is missing from the header") };
    QTest::newRow("column twice") << QByteArray("date,partner,customer,product_line,unit_price,currency,quantity,Date\n")
                                  << QStringList { QStringLiteral("sales.csv:1: date: the column appears twice") };
    QTest::newRow("unnamed column") << QByteArray("date,partner,customer,product_line,unit_price,currency,quantity,\n")
                                    << QStringList { QStringLiteral("sales.csv:1: column 8 of the header has no name") };
    QTest::newRow("partners file given as sales")
        << kPartners << QStringList { QStringLiteral("sales.csv:1: code: unknown column"),
                                      QStringLiteral("sales.csv:1: name: unknown column") };
}

void TestImport::wrongColumnSet()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, issues);
    Fixture f = freshDatabase();
    QVERIFY(importAll(*f.store));
    const QString before = counts(*f.store);
    Importer importer(*f.store);
    const auto r = importBytes(*f.store, CsvKind::Sales, header + "2026-01-15,P-001,C-1,ti,100,RUB,1,no\n", &importer);
    QVERIFY(!r.has_value());
    for (qsizetype i = 0; i < issues.size(); ++i)
        QVERIFY2(importer.issues().value(i).text().startsWith(issues.at(i)), qPrintable(importer.issues().value(i).text()));
    QCOMPARE(counts(*f.store), before);
}

void TestImport::emptyFile()
{
    Fixture f = freshDatabase();
    const auto r = importBytes(*f.store, CsvKind::Customers, QByteArray());
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(QStringLiteral("customers.csv:1: the file is empty")), qPrintable(r.error().message));
    // A header alone imports nothing, successfully.
    const auto none = importBytes(*f.store, CsvKind::Customers, "code,partner,name,country\n");
    QVERIFY(none.has_value());
    QCOMPARE(none->rows, qint64(0));
}

void TestImport::importFileNamesThePath()
{
    Fixture f = freshDatabase();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partners.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF" "code;name;country;category;program;tier;tier_since;joined_on\n"
               "P-7;Acme;ZZ;channel;reseller-status;authorized;2025-01-01;2025-01-01\n");
    file.close();
    Importer importer(*f.store);
    const auto r = importer.importFile(CsvKind::Partners, path);
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains(QDir::toNativeSeparators(path) + QStringLiteral(":2: country: ")),
             qPrintable(r.error().message));
    const auto missing = importer.importFile(CsvKind::Partners, dir.filePath(QStringLiteral("nope.csv")));
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestImport::cancelRollsBack()
{
    Fixture f = freshDatabase();
    QVERIFY(importAll(*f.store));
    const QString before = counts(*f.store);
    QByteArray csv = salesHeader();
    for (int i = 0; i < 3 * Importer::kProgressEvery; ++i)
        csv += "2026-05-01,P-001,C-1,ti,10.00,RUB,1,no\n";
    Importer importer(*f.store);
    int calls = 0;
    importer.setProgress([&](qint64, qint64) { return ++calls < 2; });
    const auto r = importBytes(*f.store, CsvKind::Sales, csv, &importer);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(counts(*f.store), before);
}

void TestImport::progressIsReported()
{
    Fixture f = freshDatabase();
    QVERIFY(importAll(*f.store));
    QByteArray csv = salesHeader();
    for (int i = 0; i < 2 * Importer::kProgressEvery + 5; ++i)
        csv += "2026-05-01,P-001,C-1,ti,10.00,RUB,1,no\n";
    Importer importer(*f.store);
    QList<qint64> done;
    qint64 total = -1;
    importer.setProgress([&](qint64 d, qint64 t) {
        done << d;
        total = t;
        return true;
    });
    const auto r = importBytes(*f.store, CsvKind::Sales, csv, &importer);
    QVERIFY(r.has_value());
    QCOMPARE(r->rows, qint64(2 * Importer::kProgressEvery + 5));
    QCOMPARE(done.size(), 3);
    QVERIFY(done.at(0) < done.at(1));
    QCOMPARE(done.last(), qint64(csv.size()));
    QCOMPARE(total, qint64(csv.size()));
}

void TestImport::exportImportRoundTrip()
{
    Fixture a = freshDatabase();
    QVERIFY(importAll(*a.store));
    Fixture b = freshDatabase();
    for (CsvKind kind : csvKinds()) {
        const QByteArray exported = exportBytes(*a.store, kind);
        QVERIFY(exported.startsWith(QByteArray(csvColumnNames(kind).join(u',').toUtf8() + '\n')));
        const auto r = importBytes(*b.store, kind, exported);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(exportBytes(*b.store, kind), exported);
    }
    QCOMPARE(counts(*b.store), counts(*a.store));
    // Plain decimals, ISO dates, codes instead of ids.
    const QByteArray sales = exportBytes(*a.store, CsvKind::Sales);
    QVERIFY2(sales.contains("2026-01-15,P-001,C-1,ti,1250.50,RUB,2,no,D-"), sales.constData());
    QVERIFY(exportBytes(*a.store, CsvKind::Scores).contains("P-003,nps,2026-01-31,-12.5\n"));
    QVERIFY(exportBytes(*a.store, CsvKind::FxRates).contains("2026-01-01,USD,RUB,90.5\n"));
}

// The account owner (issue 16): an optional column; files without it import with no owner, and
// an export writes it, so it imports back the same.
void TestImport::ownerRoundTrip()
{
    Fixture a = freshDatabase();
    QVERIFY(mustImport(*a.store, CsvKind::Partners, kPartners, 3));
    QCOMPARE(a.store->partnerByCode(QStringLiteral("P-001"))->owner, QString());
    QVERIFY(mustImport(*a.store, CsvKind::Partners,
                       "owner,code,name,country,category,program,tier,tier_since,joined_on\n"
                       "\"Fernández, Lucía\",P-9,Nueve,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01\n"
                       "'=Mallory,P-10,Diez,ES,channel,reseller-status,authorized,2025-01-01,2025-01-01\n",
                       2));
    QCOMPARE(a.store->partnerByCode(QStringLiteral("P-9"))->owner, QStringLiteral("Fernández, Lucía"));
    QCOMPARE(a.store->partnerByCode(QStringLiteral("P-10"))->owner, QStringLiteral("=Mallory"));
    const QByteArray exported = exportBytes(*a.store, CsvKind::Partners);
    QVERIFY(exported.startsWith("code,name,country,region,category,subcategory,program,tier,tier_since,joined_on,"
                                "territory,brand,website,owner,row_version\n"));
    QVERIFY2(exported.contains("P-9,Nueve,ES,,channel,,reseller-status,authorized,2025-01-01,2025-01-01,,,,"
                               "\"Fernández, Lucía\",1\n"),
             exported.constData());
    QVERIFY2(exported.contains(",'=Mallory,1\n"), exported.constData());
    Fixture b = freshDatabase();
    QVERIFY(mustImport(*b.store, CsvKind::Partners, exported, 5));
    QCOMPARE(b.store->partnerByCode(QStringLiteral("P-9"))->owner, QStringLiteral("Fernández, Lucía"));
    QCOMPARE(exportBytes(*b.store, CsvKind::Partners), exported);
}

void TestImport::exportFileIsAtomic()
{
    Fixture f = freshDatabase();
    QVERIFY(importAll(*f.store));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sales.csv"));
    Exporter exporter(*f.store);
    const auto written = exporter.exportFile(CsvKind::Sales, path);
    QVERIFY(written.has_value());
    QCOMPARE(*written, qint64(3));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    exporter.setProgress([](qint64, qint64) { return false; });
    const auto cancelled = exporter.exportFile(CsvKind::Sales, path);
    QVERIFY(!cancelled.has_value());
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
