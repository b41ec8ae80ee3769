// The partner page's negotiated rates (issue 16): the table of a partner's dated overrides, the
// Add Negotiated Rate dialog (checked as typed, core's refusal shown, nothing written), and no
// adding on a read-only database.
#include "partner/negotiatedrates.h"
#include "partner/overridedialog.h"
#include "partner/partnerpage.h"
#include "formatting.h"
#include "partner/recordtabs.h"
#include "recordtablemodel.h"
#include "session.h"
#include "storage/offline.h"
#include "pagewait.h"
#include "testdatabase.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace pd;
using namespace pd::ui;

class TestNegotiatedRates final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addThroughTheDialog();
    void dialogChecksTheValue_data();
    void dialogChecksTheValue();
    void readOnlyDatabaseCannotAdd();

private:
    QList<RateOverride> stored() { return RateOverrideStore(m_session->store().database()).forPartner(m_partnerId).value_or(QList<RateOverride> {}); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PartnerPage> m_page;
    qint64 m_partnerId = 0;
};

void TestNegotiatedRates::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_session = std::make_unique<Session>();
    m_session->setToday(TestDatabase::today());
    QVERIFY(m_session->open(m_db->path()).has_value());
    Partner p;
    p.code = QStringLiteral("M-1");
    p.name = QStringLiteral("Implementer");
    p.country = QStringLiteral("DE");
    p.programKey = QStringLiteral("marketplace-developer");
    p.tierKey = QStringLiteral("implementation_partner");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 3, 1);
    const auto id = m_session->store().insertPartner(p);
    QVERIFY(id.has_value());
    m_partnerId = *id;
    m_page = std::make_unique<PartnerPage>(m_session.get());
    QVERIFY(m_page->showPartner(m_partnerId));
    WAIT_FOR_PAGE(m_page);
}

void TestNegotiatedRates::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_db.reset();
}

void TestNegotiatedRates::addThroughTheDialog()
{
    NegotiatedRates *rates = m_page->negotiatedRates();
    QCOMPARE(m_page->tabs()->widget(PartnerPage::NegotiatedRatesTab), rates);
    QAbstractItemModelTester tester(rates->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(rates->addAction()->isEnabled());
    QCOMPARE(rates->table()->model()->rowCount(), 0);

    const Program *program = m_session->program(QStringLiteral("marketplace-developer"));
    QVERIFY(program);
    OverrideDialog dialog(*program, QDate(2026, 8, 15), nullptr);
    dialog.setSubmitter([rates](const RateOverride &o) { return rates->add(o); });
    auto *line = dialog.findChild<QComboBox *>(QStringLiteral("line"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("value"));
    auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("reason"));
    QVERIFY(line && kind && value && reason);
    line->setCurrentIndex(line->findData(QStringLiteral("implementation")));
    kind->setCurrentIndex(kind->findData(int(OverrideKind::Fixed)));
    value->setText(QStringLiteral("180.00"));
    reason->setText(QStringLiteral("  deal with HQ  "));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    dialog.accept();
    QVERIFY2(dialog.result() == int(QDialog::Accepted), qPrintable(dialog.problem()));

    const QList<RateOverride> all = stored();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().productLine, QStringLiteral("implementation"));
    QCOMPARE(all.first().kind, OverrideKind::Fixed);
    QCOMPARE(all.first().perUnit, (Money { 18000, QStringLiteral("USD") }));
    QCOMPARE(all.first().effectiveOn, QDate(2026, 8, 15));
    QCOMPARE(all.first().reason, QStringLiteral("deal with HQ"));
    QCOMPARE(all.first().recordedBy, m_session->store().database().userName());

    RecordTableModel *model = rates->table()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Implementation services"));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Commission per unit"));
    QCOMPARE(model->index(0, 3).data().toString(), formatMoney(Money { 18000, QStringLiteral("USD") }));
    QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("deal with HQ"));
}

void TestNegotiatedRates::dialogChecksTheValue_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("rate over 100") << int(OverrideKind::Rate) << "120" << "deal" << "100";
    QTest::newRow("not a rate") << int(OverrideKind::Rate) << "abc" << "deal" << "abc";
    QTest::newRow("no value") << int(OverrideKind::Rate) << "" << "deal" << "rate or the amount";
    QTest::newRow("amount with too many decimals") << int(OverrideKind::Fixed) << "1.005" << "deal" << "1.005";
    QTest::newRow("no reason") << int(OverrideKind::Rate) << "25" << "   " << "reason";
}

void TestNegotiatedRates::dialogChecksTheValue()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QFETCH(QString, mentions);
    const Program *program = m_session->program(QStringLiteral("marketplace-developer"));
    OverrideDialog dialog(*program, QDate(2026, 8, 15), nullptr);
    NegotiatedRates *rates = m_page->negotiatedRates();
    dialog.setSubmitter([rates](const RateOverride &o) { return rates->add(o); });
    auto *kindBox = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    kindBox->setCurrentIndex(kindBox->findData(kind));
    dialog.findChild<QLineEdit *>(QStringLiteral("value"))->setText(value);
    dialog.findChild<QLineEdit *>(QStringLiteral("reason"))->setText(reason);
    QVERIFY2(dialog.problem().contains(mentions), qPrintable(dialog.problem()));
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(stored().isEmpty());
}

void TestNegotiatedRates::readOnlyDatabaseCannotAdd()
{
    QVERIFY(m_page->negotiatedRates()->add([] {
        RateOverride o;
        o.productLine = QStringLiteral("subscriptions");
        o.effectiveOn = QDate(2026, 7, 1);
        o.rate = Rate::percent(25);
        o.reason = QStringLiteral("before the copy");
        return o;
    }()).has_value());
    const QString copy = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/offline.sqlite");
    {
        auto source = Database::open(m_db->path());
        QVERIFY(source.has_value());
        QVERIFY(OfflineCopy::take(**source, copy, OfflineFilter {}).has_value());
    }
    m_page.reset();
    m_session = std::make_unique<Session>();
    m_session->setToday(TestDatabase::today());
    QVERIFY(m_session->open(copy).has_value());
    QVERIFY(m_session->isReadOnly());
    m_page = std::make_unique<PartnerPage>(m_session.get());
    QVERIFY(m_page->showPartner(m_partnerId));
    WAIT_FOR_PAGE(m_page);
    NegotiatedRates *rates = m_page->negotiatedRates();
    QCOMPARE(rates->table()->model()->rowCount(), 1); // the copy carries the partner's terms
    QVERIFY(!rates->addAction()->isEnabled());
    QCOMPARE(rates->addAction()->toolTip(), m_session->readOnlyReason());
    RateOverride o;
    o.productLine = QStringLiteral("subscriptions");
    o.effectiveOn = QDate(2026, 9, 1);
    o.rate = Rate::percent(30);
    o.reason = QStringLiteral("offline");
    const auto refused = rates->add(o);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().message, m_session->readOnlyReason());
    QCOMPARE(stored().size(), 1);
}

QTEST_MAIN(TestNegotiatedRates)
#include "tst_negotiatedrates.moc"
