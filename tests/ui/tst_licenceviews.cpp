// The licensing views on a real database, offscreen: licences and renewals due, NFR keys with
// issue / override / revoke / verify, the credit ledger with buy and consume, certifications
// expiring and partner levels. Every model is checked with QAbstractItemModelTester.
#include "licences/certificationsview.h"
#include "licences/creditledgermodel.h"
#include "licences/creditsview.h"
#include "licences/expiringmodel.h"
#include "licences/levelsmodel.h"
#include "licences/licencesview.h"
#include "licences/licencetablemodel.h"
#include "licences/nfrkeymodel.h"
#include "licences/nfrkeysview.h"
#include "licences/nfrverifydialog.h"
#include "licensing/certificationlevels.h"
#include "licensing/licenceservice.h"
#include "storage/database.h"
#include "storage/store.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::ui;

namespace {
const QDate kToday(2026, 9, 1);
}

class TestLicenceViews final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void licencesAndRenewals();
    void nfrKeys();
    void creditLedger();
    void creditsOutsideACreditProgram();
    void certifications();

private:
    qint64 addPartner(const QString &code, const QString &program, const QString &tier);
    qint64 addCustomer(qint64 partner, const QString &code);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QTemporaryDir m_keys;
};

void TestLicenceViews::init()
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    m_db = std::move(*db);
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY(m_store->installBuiltinPrograms().has_value());
    QVERIFY(m_keys.isValid());
}

void TestLicenceViews::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 TestLicenceViews::addPartner(const QString &code, const QString &program, const QString &tier)
{
    Partner p;
    p.code = code;
    p.name = code + QStringLiteral(" Ltd");
    p.country = QStringLiteral("RU");
    p.programKey = program;
    p.tierKey = tier;
    p.tierSince = QDate(2024, 1, 1);
    p.joinedOn = QDate(2024, 1, 1);
    return *m_store->insertPartner(p);
}

qint64 TestLicenceViews::addCustomer(qint64 partner, const QString &code)
{
    Customer c;
    c.partnerId = partner;
    c.code = code;
    c.name = code;
    return *m_store->insertCustomer(c);
}

void TestLicenceViews::licencesAndRenewals()
{
    const qint64 p
        = addPartner(QStringLiteral("P-1"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    LicenceService service(*m_store);
    for (int endsIn : { 10, 45, 80, 200 }) {
        Licence l;
        l.partnerId = p;
        l.customerId = addCustomer(p, QStringLiteral("C-%1").arg(endsIn));
        l.productLine = QStringLiteral("ti");
        l.product = QStringLiteral("Backup Suite");
        l.seats = 5;
        l.startsOn = kToday.addDays(endsIn - 365);
        l.endsOn = kToday.addDays(endsIn);
        l.unitPrice = Money { 100000, QStringLiteral("RUB") };
        QVERIFY(service.recordResale(l).has_value());
    }
    LicencesView view(*m_store, p);
    view.setToday(kToday);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.model()->rowCount(), 4);
    QCOMPARE(view.model()->columnCount(), int(LicenceTableModel::ColumnCount));
    view.setRenewalWindow(30);
    QCOMPARE(view.renewalWindow(), 30);
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(view.model()
                ->index(0, LicenceTableModel::DaysLeft)
                .data()
                .toString()
                .startsWith(QStringLiteral("10 day")));
    view.setRenewalWindow(60);
    QCOMPARE(view.model()->rowCount(), 2);
    view.setRenewalWindow(90);
    QCOMPARE(view.model()->rowCount(), 3);
    QVERIFY(view.summary().startsWith(QStringLiteral("3 licence")));
    QCOMPARE(view.model()->index(0, LicenceTableModel::Paid).data().toString(),
        QStringLiteral("5,000.00\u00A0RUB"));
    // Every partner (id 0) and a partner without licences.
    view.setPartner(0);
    QCOMPARE(view.model()->rowCount(), 3);
    view.setPartner(
        addPartner(QStringLiteral("P-2"), QStringLiteral("reseller-status"), QStringLiteral("authorized")));
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestLicenceViews::nfrKeys()
{
    const qint64 p
        = addPartner(QStringLiteral("P-3"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    NfrKeysView view(*m_store, p, m_keys.path());
    view.setToday(kToday);
    view.setUserName(QStringLiteral("manager"));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view.entitlementText().contains(QStringLiteral("Valid today: 0")));

    NfrIssueRequest rq;
    rq.product = QStringLiteral("Backup Suite");
    rq.issuedOn = kToday;
    const auto first = view.issue(rq);
    QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().message));
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(view.entitlementText().contains(QStringLiteral("Valid today: 1")));
    QCOMPARE(view.model()->index(0, NfrKeyModel::State).data().toString(),
        QStringLiteral("valid, add-on modules enabled"));
    // The second key needs the manager's reason, which the table then shows.
    QVERIFY(!view.issue(rq).has_value());
    QVERIFY(!NfrService(*m_store)
                 .excess(NfrIssueRequest { p, rq.product, {}, kToday, {}, {}, {}, {} })
                 ->isEmpty());
    rq.overrideReason = QStringLiteral("Trade show");
    QVERIFY(view.issue(rq).has_value());
    QCOMPARE(view.model()->rowCount(), 2);
    bool shown = false;
    for (int row = 0; row < 2; ++row)
        shown = shown
            || view.model()->index(row, NfrKeyModel::Override).data().toString()
                == QStringLiteral("manager: Trade show");
    QVERIFY(shown);

    QCOMPARE(view.verify(first->key.token).status, NfrStatus::Valid);
    QVERIFY(view.revoke(first->key.serial, QStringLiteral("Left the program")).has_value());
    QCOMPARE(view.verify(first->key.token).status, NfrStatus::Revoked);
    QString tampered = first->key.token;
    tampered.chop(2);
    QCOMPARE(view.verify(tampered).status, NfrStatus::Invalid);
    NfrVerifyDialog dialog([&](const QString &t) { return view.verify(t); });
    dialog.setToken(first->key.token);
    QVERIFY(dialog.resultText().startsWith(QStringLiteral("REVOKED")));

    // Every partner's keys.
    view.setPartner(0);
    QCOMPARE(view.model()->rowCount(), 2);
}

void TestLicenceViews::creditLedger()
{
    const qint64 p = addPartner(
        QStringLiteral("A-1"), QStringLiteral("activation-credits"), QStringLiteral("specialist"));
    const qint64 c = addCustomer(p, QStringLiteral("C-A1"));
    CreditsView view(*m_store, p);
    view.setToday(kToday);
    view.setUserName(QStringLiteral("clerk"));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view.usesCredits());
    QVERIFY(view.balanceText().contains(QStringLiteral("20–25 %")));
    const auto bought = view.buy(1000, Rate { 2000 }, kToday);
    QVERIFY(bought.has_value());
    QCOMPARE(
        view.model()->index(0, CreditLedgerModel::Paid).data().toString(), QStringLiteral("800.00\u00A0USD"));
    QVERIFY(!view.buy(1000, Rate { 1000 }, kToday).has_value()); // outside the range
    QVERIFY(view.consume(250, c, kToday).has_value());
    const auto refused = view.consume(800, c, kToday);
    QVERIFY(!refused.has_value());
    QVERIFY(refused.error().message.contains(QStringLiteral("50")));
    QVERIFY(view.correct(bought->id, -50, 0, kToday, QStringLiteral("miscount")).has_value());
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(view.model()->balance(), 700);
    QVERIFY(view.balanceText().startsWith(QStringLiteral("Balance: 700 credits")));
    QCOMPARE(view.model()->index(1, CreditLedgerModel::Customer).data().toString(), QStringLiteral("C-A1"));
    QCOMPARE(view.model()->index(2, CreditLedgerModel::Kind).data().toString(),
        QStringLiteral("correction of #%1").arg(bought->id));
    QCOMPARE(view.model()->flags(view.model()->index(0, 0)) & Qt::ItemIsEditable, Qt::ItemFlags());
}

void TestLicenceViews::creditsOutsideACreditProgram()
{
    const qint64 p
        = addPartner(QStringLiteral("R-1"), QStringLiteral("reseller-status"), QStringLiteral("privileged"));
    CreditsView view(*m_store, p);
    QVERIFY(!view.usesCredits());
    QVERIFY(view.balanceText().contains(QStringLiteral("does not use activation credits")));
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.buy(10, std::nullopt, kToday).has_value());
}

void TestLicenceViews::certifications()
{
    const qint64 band
        = addPartner(QStringLiteral("B-1"), QStringLiteral("revenue-band"), QStringLiteral("standard"));
    const qint64 reseller
        = addPartner(QStringLiteral("R-2"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    StaffMember s;
    s.partnerId = reseller;
    s.name = QStringLiteral("Anna");
    const qint64 staff = *m_store->insertStaff(s);
    for (int days : { 20, 50, 85 }) {
        Certification c;
        c.staffId = staff;
        c.certificate = QStringLiteral("Engineer %1").arg(days);
        c.passedOn = QDate(2025, 1, 1);
        c.expiresOn = kToday.addDays(days);
        QVERIFY(m_store->insertCertification(c).has_value());
    }
    QVERIFY(CertificationLevels(*m_store)
                .award(band, QStringLiteral("certified"), QDate(2025, 1, 1), kToday.addDays(40),
                    QStringLiteral("vendor"))
                .has_value());

    CertificationsView view(*m_store, 0);
    view.setToday(kToday);
    QAbstractItemModelTester expiring(
        view.expiringModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester levels(
        view.levelsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.window(), 90);
    QCOMPARE(view.expiringModel()->rowCount(), 4);
    view.setWindow(30);
    QCOMPARE(view.expiringModel()->rowCount(), 1);
    view.setWindow(60);
    QCOMPARE(view.expiringModel()->rowCount(), 3);
    QCOMPARE(view.expiringModel()->index(1, ExpiringModel::Certificate).data().toString(),
        QStringLiteral("certification level: certified"));
    QCOMPARE(view.levelsModel()->rowCount(), 0); // every partner: no levels table
    view.setPartner(band);
    QCOMPARE(view.expiringModel()->rowCount(), 1);
    QCOMPARE(view.levelsModel()->rowCount(), 3);
    QVERIFY(view.levelsModel()
                ->index(0, LevelsModel::Status)
                .data()
                .toString()
                .startsWith(QStringLiteral("held since")));
    QCOMPARE(view.levelsModel()->index(1, LevelsModel::Status).data().toString(),
        QStringLiteral("eligible, not awarded"));
    QCOMPARE(view.levelsModel()->index(2, LevelsModel::Status).data().toString(),
        QStringLiteral("months reached; requires Advanced first"));
    view.setPartner(reseller);
    QCOMPARE(view.levelsModel()->rowCount(), 0);
    QCOMPARE(view.expiringModel()->rowCount(), 2);
}

QTEST_MAIN(TestLicenceViews)
#include "tst_licenceviews.moc"
