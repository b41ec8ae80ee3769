// The Payouts tab (issue 16, point 3): every payable of the ledger, filters by state, quarter,
// currency and owner filled from the data, totals per currency by state (never adding currencies
// together), Approve… and Mark Paid… through their dialogs only for the state that allows them
// and never on a read-only database, CSV export of the listed rows as `payouts export` writes
// them, sorting, and 100,000 rows filtered and sorted in well under a second or two.
#include "mainwindow.h"
#include "partner/partnerpage.h"
#include "partnerbrowser.h"
#include "payouts/payoutdialogs.h"
#include "payouts/payoutfilterproxy.h"
#include "payouts/payoutreport.h"
#include "payouts/payoutsview.h"
#include "payouts/payouttablemodel.h"
#include "session.h"
#include "storage/offline.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace pd;
using namespace pd::ui;

namespace
{

const QString kRu = QStringLiteral("Ирина Волкова");
const QString kEs = QStringLiteral("Javier Morales");

// Runs `open` and, once the modal dialog it opens (a child of `owner`) is showing, `drive` on it.
// The dialog is closed afterwards whatever happened, so a failed check cannot leave exec() waiting.
template<typename Dialog>
void driveDialog(
    QWidget *owner, const std::function<void()> &open, const std::function<void(Dialog *)> &drive)
{
    bool opened = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, owner, [&] {
        auto *dialog = owner->findChild<Dialog *>();
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        opened = true;
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        drive(dialog);
    });
    poll.start();
    open();
    QTRY_VERIFY2_WITH_TIMEOUT(opened, "the dialog did not open", 3000);
}

QPushButton *okButton(QDialog *dialog)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == ApproveDialog::tr("Approve") || b->text() == PaymentDialog::tr("Mark Paid"))
            return b;
    }
    return nullptr;
}

// The listed rows as "code quarter currency state", in the ledger's order.
QStringList listed(const PayoutsView &view)
{
    QStringList out;
    for (const Payable &p : view.listedPayables())
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(p.partnerCode, p.quarter.text(), p.currency, payoutStateKey(p.state));
    return out;
}

// "currency payables owed/approved/paid/carried" of each total.
QStringList totalsOf(const PayoutsView &view)
{
    QStringList out;
    for (const PayoutTotal &t : view.totals())
        out << QStringLiteral("%1 %2 %3/%4/%5/%6")
                   .arg(t.currency)
                   .arg(t.payables)
                   .arg(t.owedMinor)
                   .arg(t.approvedMinor)
                   .arg(t.paidMinor)
                   .arg(t.carriedOutMinor);
    return out;
}

// Today for a payment, as the ledger sees it: the local date or UTC's, whichever is later.
QDate paymentToday()
{
    return std::max(QDate::currentDate(), QDateTime::currentDateTimeUtc().date());
}

void choose(QComboBox *box, const QVariant &data)
{
    const int at = data.isValid() ? box->findData(data) : 0;
    QVERIFY2(at >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(at);
}

} // namespace

class TestPayoutsView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryPayable();
    void filtersNarrowRows_data();
    void filtersNarrowRows();
    void totalsPerCurrency();
    void actionsFollowTheState();
    void approveAndPayThroughTheDialogs();
    void refusalStaysInTheDialog();
    void readOnlyDisablesActions();
    void exportWritesTheListedRows();
    void sortsByColumns();
    void doubleClickOpensThePartner();
    void windowOpensThePartner();
    void hundredThousandRows();

private:
    void showView();
    qint64 payableId(const QString &code, const QString &quarter, const QString &currency) const;
    bool selectPayable(const QString &code, const QString &quarter, const QString &currency);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PayoutsView> m_view;
};

// Three partners (two with an owner), two closed quarters, payables in three currencies:
//   2026-Q1  P-1 RUB 1000.00 approved, P-1 EUR 50.00 owed, P-2 EUR 200.00 + 10.00 rebate paid,
//            P-3 USD -30.00 carried
//   2026-Q2  P-1 RUB 500.00 owed, P-3 USD 100.00 - 30.00 carried in = 70.00 owed
void TestPayoutsView::init()
{
    m_db = std::make_unique<TestDatabase>();
    {
        auto db = Database::open(m_db->path());
        QVERIFY(db.has_value());
        Store store(**db);
        QVERIFY(store.installBuiltinPrograms().has_value());
        QList<qint64> ids;
        const QList<std::pair<QString, QString>> partners { { QStringLiteral("Acme"), kRu },
            { QStringLiteral("Beta"), kEs }, { QStringLiteral("Gamma"), QString() } };
        for (const auto &[name, owner] : partners) {
            Partner p;
            p.code = QStringLiteral("P-%1").arg(ids.size() + 1);
            p.name = name;
            p.country = QStringLiteral("ES");
            p.programKey = QStringLiteral("reseller-status");
            p.tierKey = QStringLiteral("authorized");
            p.joinedOn = p.tierSince = QDate(2025, 1, 1);
            p.owner = owner;
            const auto id = store.insertPartner(p);
            QVERIFY(id.has_value());
            ids << *id;
        }
        const auto close = [&](const QString &quarter, const QList<PayableDraft> &drafts) {
            return (*db)->transaction([&]() -> Result<void> {
                if (auto r = sql::exec(**db,
                        QStringLiteral("INSERT INTO quarter_closes (quarter, closed_at, closed_by) "
                                       "VALUES (?, ?, ?)"),
                        { quarter, QStringLiteral("2026-04-01T00:00:00.000Z"), QStringLiteral("t") });
                    !r)
                    return r;
                auto created
                    = PayoutLedger(**db).createWithin(*Quarter::parse(quarter), drafts, QStringLiteral("t"));
                if (!created)
                    return std::unexpected(created.error());
                return {};
            });
        };
        const QString rub = QStringLiteral("RUB"), eur = QStringLiteral("EUR"), usd = QStringLiteral("USD");
        QVERIFY(close(QStringLiteral("2026-Q1"),
            { { ids[0], rub, 100000, 0, 0, 0 }, { ids[0], eur, 5000, 0, 0, 0 },
                { ids[1], eur, 20000, 1000, 0, 0 }, { ids[2], usd, -3000, 0, 0, 0 } })
                    .has_value());
        QVERIFY(close(
            QStringLiteral("2026-Q2"), { { ids[0], rub, 50000, 0, 0, 0 }, { ids[2], usd, 10000, 0, 0, 0 } })
                    .has_value());
        PayoutLedger ledger(**db);
        const auto list = ledger.list();
        QVERIFY(list.has_value());
        QCOMPARE(list->size(), 6);
        for (const Payable &p : *list) {
            if (p.quarter.text() == QLatin1StringView("2026-Q1") && p.currency == rub)
                QVERIFY(ledger.approve(p.id, QStringLiteral("boss")).has_value());
            if (p.partnerCode == QLatin1StringView("P-2")) {
                QVERIFY(ledger.approve(p.id, QStringLiteral("boss")).has_value());
                QVERIFY(ledger.pay(p.id, paymentToday(), QStringLiteral("TR-1"), QStringLiteral("boss"))
                            .has_value());
            }
        }
    }
    m_session = std::make_unique<Session>();
    QVERIFY(m_session->open(m_db->path()).has_value());
    m_view = std::make_unique<PayoutsView>(m_session.get());
    showView();
}

void TestPayoutsView::initTestCase()
{
    // Who approves and pays: the operating-system user (not set on every build machine).
    qputenv("USER", "tester");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PartnerDeskTest"));
    // Settings of its own: tst_mainwindow, run beside it, keeps its recent files in PartnerDeskTest's.
    QApplication::setApplicationName(QStringLiteral("PartnerDeskPayoutsTest"));
    QSettings().clear();
}

void TestPayoutsView::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_db.reset();
}

void TestPayoutsView::showView()
{
    QSignalSpy loaded(m_view.get(), &PayoutsView::loaded);
    m_view->resize(1200, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // The load may be done already while the window was being exposed.
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
    QVERIFY2(m_view->errorText().isEmpty(), qPrintable(m_view->errorText()));
}

qint64 TestPayoutsView::payableId(const QString &code, const QString &quarter, const QString &currency) const
{
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const Payable &p = m_view->model()->payableAt(row);
        if (p.partnerCode == code && p.quarter.text() == quarter && p.currency == currency)
            return p.id;
    }
    return 0;
}

bool TestPayoutsView::selectPayable(const QString &code, const QString &quarter, const QString &currency)
{
    return m_view->selectPayable(payableId(code, quarter, currency));
}

void TestPayoutsView::listsEveryPayable()
{
    QAbstractItemModelTester modelTester(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(
        m_view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(listed(*m_view),
        (QStringList { "P-1 2026-Q1 EUR owed", "P-1 2026-Q1 RUB approved", "P-2 2026-Q1 EUR paid",
            "P-3 2026-Q1 USD carried", "P-1 2026-Q2 RUB owed", "P-3 2026-Q2 USD owed" }));
    // The filters offer what the payables hold: the latest quarter first, the partners without
    // an owner as their own choice.
    const auto texts = [](QComboBox *box) {
        QStringList out;
        for (int i = 0; i < box->count(); ++i)
            out << box->itemText(i);
        return out;
    };
    QCOMPARE(texts(m_view->quarterBox()), (QStringList { "All quarters", "2026-Q2", "2026-Q1" }));
    QCOMPARE(texts(m_view->currencyBox()), (QStringList { "All currencies", "EUR", "RUB", "USD" }));
    QCOMPARE(texts(m_view->ownerBox()), (QStringList { "All owners", "(no owner)", kEs, kRu }));
    QCOMPARE(m_view->stateBox()->count(), 5);

    // What a row shows: the partner, its owner and the amounts in the locale, blank zeros.
    const int row = m_view->model()->rowOfPayable(
        payableId(QStringLiteral("P-3"), QStringLiteral("2026-Q2"), QStringLiteral("USD")));
    const auto cell = [&](int column) { return m_view->model()->index(row, column).data().toString(); };
    QCOMPARE(cell(PayoutTableModel::Partner), QStringLiteral("Gamma"));
    QCOMPARE(cell(PayoutTableModel::Owner), QString());
    QCOMPARE(cell(PayoutTableModel::Amount), Money(7000, QStringLiteral("USD")).display(QLocale()));
    QCOMPARE(cell(PayoutTableModel::CarriedIn), Money(-3000, QStringLiteral("USD")).display(QLocale()));
    QCOMPARE(cell(PayoutTableModel::Rebate), QString());
    QCOMPARE(cell(PayoutTableModel::State), payoutStateName(PayoutState::Owed));
}

void TestPayoutsView::filtersNarrowRows_data()
{
    QTest::addColumn<QVariant>("state");
    QTest::addColumn<QVariant>("quarter");
    QTest::addColumn<QVariant>("currency");
    QTest::addColumn<QVariant>("owner");
    QTest::addColumn<QStringList>("rows");
    const QVariant any;
    QTest::newRow("owed") << QVariant(int(PayoutState::Owed)) << any << any << any
                          << QStringList { "P-1 2026-Q1 EUR owed", "P-1 2026-Q2 RUB owed",
                                 "P-3 2026-Q2 USD owed" };
    QTest::newRow("carried") << QVariant(int(PayoutState::Carried)) << any << any << any
                             << QStringList { "P-3 2026-Q1 USD carried" };
    QTest::newRow("quarter") << any << QVariant(QStringLiteral("2026-Q2")) << any << any
                             << QStringList { "P-1 2026-Q2 RUB owed", "P-3 2026-Q2 USD owed" };
    QTest::newRow("currency") << any << any << QVariant(QStringLiteral("EUR")) << any
                              << QStringList { "P-1 2026-Q1 EUR owed", "P-2 2026-Q1 EUR paid" };
    QTest::newRow("owner") << any << any << any << QVariant(kRu)
                           << QStringList { "P-1 2026-Q1 EUR owed", "P-1 2026-Q1 RUB approved",
                                  "P-1 2026-Q2 RUB owed" };
    QTest::newRow("no owner") << any << any << any << QVariant(QStringLiteral(""))
                              << QStringList { "P-3 2026-Q1 USD carried", "P-3 2026-Q2 USD owed" };
    QTest::newRow("owner, quarter and currency")
        << any << QVariant(QStringLiteral("2026-Q1")) << QVariant(QStringLiteral("RUB")) << QVariant(kRu)
        << QStringList { "P-1 2026-Q1 RUB approved" };
    QTest::newRow("nothing matches") << QVariant(int(PayoutState::Paid)) << any
                                     << QVariant(QStringLiteral("USD")) << any << QStringList {};
}

void TestPayoutsView::filtersNarrowRows()
{
    QFETCH(QVariant, state);
    QFETCH(QVariant, quarter);
    QFETCH(QVariant, currency);
    QFETCH(QVariant, owner);
    QFETCH(QStringList, rows);
    choose(m_view->stateBox(), state);
    choose(m_view->quarterBox(), quarter);
    choose(m_view->currencyBox(), currency);
    choose(m_view->ownerBox(), owner);
    QCOMPARE(listed(*m_view), rows);
    QCOMPARE(m_view->proxy()->rowCount(), rows.size());
    // The filters mean what the ledger's own filter means (the command line's --state etc.).
    PayoutFilter filter;
    if (state.isValid())
        filter.state = PayoutState(state.toInt());
    filter.quarter = Quarter::parse(quarter.toString());
    filter.currency = currency.toString();
    filter.owner = owner.toString();
    if (!owner.toString().isEmpty()) {
        const auto fromLedger = PayoutLedger(m_session->store().database()).list(filter);
        QVERIFY(fromLedger.has_value());
        QCOMPARE(fromLedger->size(), rows.size());
    }
    // Back to every row.
    for (QComboBox *box :
        { m_view->stateBox(), m_view->quarterBox(), m_view->currencyBox(), m_view->ownerBox() })
        box->setCurrentIndex(0);
    QCOMPARE(m_view->proxy()->rowCount(), 6);
}

void TestPayoutsView::totalsPerCurrency()
{
    // Each currency on its own: EUR 50.00 owed and 210.00 paid; RUB 500.00 owed and 1000.00
    // approved; USD 70.00 owed and 30.00 carried forward.
    QCOMPARE(totalsOf(*m_view),
        (QStringList { "EUR 2 5000/0/21000/0", "RUB 2 50000/100000/0/0", "USD 2 7000/0/0/-3000" }));
    const QString text = m_view->totalsText();
    QVERIFY2(text.contains(Money(21000, QStringLiteral("EUR")).display(QLocale()).toHtmlEscaped()),
        qPrintable(text));
    QVERIFY2(text.contains(Money(100000, QStringLiteral("RUB")).display(QLocale()).toHtmlEscaped()),
        qPrintable(text));
    // The totals follow the filters.
    choose(m_view->stateBox(), int(PayoutState::Owed));
    QCOMPARE(
        totalsOf(*m_view), (QStringList { "EUR 1 5000/0/0/0", "RUB 1 50000/0/0/0", "USD 1 7000/0/0/0" }));
    choose(m_view->ownerBox(), kEs);
    QVERIFY(m_view->totals().isEmpty());
    QCOMPARE(m_view->totalsText(), QStringLiteral("No payables listed."));
    choose(m_view->stateBox(), QVariant());
    QCOMPARE(totalsOf(*m_view), (QStringList { "EUR 1 0/0/21000/0" }));
    QVERIFY(!m_view->totalsText().contains(QStringLiteral("RUB")));
}

void TestPayoutsView::actionsFollowTheState()
{
    QAction *approve = m_view->approveAction();
    QAction *pay = m_view->payAction();
    QVERIFY(!approve->isEnabled() && !pay->isEnabled()); // nothing selected
    QVERIFY(m_view->exportAction()->isEnabled());
    const QString q1 = QStringLiteral("2026-Q1");
    struct Case {
        const char *code, *currency;
        bool approve, pay;
    };
    for (const Case &c : { Case { "P-1", "EUR", true, false }, Case { "P-1", "RUB", false, true },
             Case { "P-2", "EUR", false, false }, Case { "P-3", "USD", false, false } }) {
        QVERIFY(selectPayable(QString::fromLatin1(c.code), q1, QString::fromLatin1(c.currency)));
        QVERIFY2(approve->isEnabled() == c.approve, c.code);
        QVERIFY2(pay->isEnabled() == c.pay, c.code);
    }
    // A filter that hides everything leaves nothing to act on or export.
    choose(m_view->currencyBox(), QStringLiteral("USD"));
    choose(m_view->stateBox(), int(PayoutState::Paid));
    QVERIFY(!approve->isEnabled() && !pay->isEnabled());
    QVERIFY(!m_view->exportAction()->isEnabled());
}

void TestPayoutsView::approveAndPayThroughTheDialogs()
{
    const QString q2 = QStringLiteral("2026-Q2"), rub = QStringLiteral("RUB");
    const qint64 id = payableId(QStringLiteral("P-1"), q2, rub);
    QVERIFY(selectPayable(QStringLiteral("P-1"), q2, rub));
    driveDialog<ApproveDialog>(
        m_view.get(), [this] { m_view->approveAction()->trigger(); },
        [](ApproveDialog *d) {
            QPushButton *ok = okButton(d);
            QVERIFY(ok && ok->isEnabled());
            ok->click();
            QVERIFY2(!d->isVisible(), qPrintable(d->problem()));
        });
    PayoutLedger ledger(m_session->store().database());
    QCOMPARE(ledger.payable(id)->state, PayoutState::Approved);
    QCOMPARE(ledger.payable(id)->approvedBy, QStringLiteral("tester"));
    const int row = m_view->model()->rowOfPayable(id);
    QCOMPARE(m_view->model()->payableAt(row).state, PayoutState::Approved);
    // The row stays selected; now it can be paid, not approved again; the totals moved.
    QVERIFY(!m_view->approveAction()->isEnabled());
    QVERIFY(m_view->payAction()->isEnabled());
    QVERIFY(totalsOf(*m_view).contains(QStringLiteral("RUB 2 0/150000/0/0")));

    const QDate today = paymentToday();
    driveDialog<PaymentDialog>(
        m_view.get(), [this] { m_view->payAction()->trigger(); },
        [&](PaymentDialog *d) {
            QPushButton *ok = okButton(d);
            QVERIFY(ok);
            QVERIFY(!ok->isEnabled()); // no reference yet
            QVERIFY(!d->problem().isEmpty());
            auto *date = d->findChild<QDateEdit *>(QStringLiteral("paidOn"));
            QVERIFY(date);
            QCOMPARE(date->date(), today);
            // Nothing before the approval can be picked.
            date->setDate(today.addDays(-30));
            QCOMPARE(date->date(), today);
            auto *reference = d->findChild<QLineEdit *>(QStringLiteral("reference"));
            QTest::keyClicks(reference, QStringLiteral("SWIFT 2026-07-01/77"));
            QVERIFY(ok->isEnabled());
            ok->click();
            QVERIFY2(!d->isVisible(), qPrintable(d->problem()));
        });
    const auto paid = ledger.payable(id);
    QCOMPARE(paid->state, PayoutState::Paid);
    QCOMPARE(paid->paidOn, today);
    QCOMPARE(paid->paymentReference, QStringLiteral("SWIFT 2026-07-01/77"));
    QCOMPARE(paid->paidBy, QStringLiteral("tester"));
    QCOMPARE(m_view->model()->payableAt(row).state, PayoutState::Paid);
    QCOMPARE(m_view->model()->index(row, PayoutTableModel::Reference).data().toString(),
        QStringLiteral("SWIFT 2026-07-01/77"));
    QVERIFY(!m_view->approveAction()->isEnabled() && !m_view->payAction()->isEnabled());
    QVERIFY(totalsOf(*m_view).contains(QStringLiteral("RUB 2 0/100000/50000/0")));

    // Filtered by state "owed", an approval takes the row out of the list.
    choose(m_view->stateBox(), int(PayoutState::Owed));
    QVERIFY(selectPayable(QStringLiteral("P-3"), q2, QStringLiteral("USD")));
    QVERIFY(m_view->approve(payableId(QStringLiteral("P-3"), q2, QStringLiteral("USD"))).has_value());
    QCOMPARE(listed(*m_view), (QStringList { "P-1 2026-Q1 EUR owed" }));
    QVERIFY(!m_view->approveAction()->isEnabled());
}

// Core's refusal (a reference longer than the ledger keeps) is shown in the dialog, which stays
// open, and nothing is written.
void TestPayoutsView::refusalStaysInTheDialog()
{
    const QString q1 = QStringLiteral("2026-Q1"), rub = QStringLiteral("RUB");
    const qint64 id = payableId(QStringLiteral("P-1"), q1, rub);
    QVERIFY(selectPayable(QStringLiteral("P-1"), q1, rub));
    driveDialog<PaymentDialog>(
        m_view.get(), [this] { m_view->payAction()->trigger(); },
        [&](PaymentDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("reference"))->setText(QString(101, u'x'));
            QPushButton *ok = okButton(d);
            QVERIFY(ok->isEnabled());
            ok->click();
            QVERIFY(d->isVisible());
            QVERIFY2(d->problem().contains(QStringLiteral("payment reference")), qPrintable(d->problem()));
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("problem"))->isVisible());
        });
    QCOMPARE(PayoutLedger(m_session->store().database()).payable(id)->state, PayoutState::Approved);
    QCOMPARE(m_view->model()->payableAt(m_view->model()->rowOfPayable(id)).state, PayoutState::Approved);
}

void TestPayoutsView::readOnlyDisablesActions()
{
    const QString copy = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/offline.sqlite");
    {
        auto source = Database::open(m_db->path());
        QVERIFY(source.has_value());
        QVERIFY(OfflineCopy::take(**source, copy, OfflineFilter {}).has_value());
    }
    m_view.reset();
    m_session = std::make_unique<Session>();
    QVERIFY(m_session->open(copy).has_value());
    QVERIFY(m_session->isReadOnly());
    m_view = std::make_unique<PayoutsView>(m_session.get());
    showView();
    QCOMPARE(m_view->model()->rowCount(), 6);
    const QString q1 = QStringLiteral("2026-Q1");
    for (const QString &currency : { QStringLiteral("EUR"), QStringLiteral("RUB") }) {
        QVERIFY(selectPayable(QStringLiteral("P-1"), q1, currency));
        for (QAction *action : { m_view->approveAction(), m_view->payAction() }) {
            QVERIFY(!action->isEnabled());
            QCOMPARE(action->toolTip(), m_session->readOnlyReason());
        }
    }
    QVERIFY(m_view->exportAction()->isEnabled()); // reading is allowed
    // Even when asked directly, nothing is written.
    const qint64 id = payableId(QStringLiteral("P-1"), q1, QStringLiteral("EUR"));
    const auto refused = m_view->approve(id);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().message, m_session->readOnlyReason());
    QCOMPARE(PayoutLedger(m_session->store().database()).payable(id)->state, PayoutState::Owed);
}

void TestPayoutsView::exportWritesTheListedRows()
{
    choose(m_view->currencyBox(), QStringLiteral("EUR"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payouts.csv"));
    const auto written = m_view->exportTo(path);
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).trimmed(),
        QByteArray("id,partner_code,partner_name,owner,program,quarter,currency,rewards,"
                   "rebate,spif,adjustments,carried_in,amount,carried_out,state,"
                   "approved_at,approved_by,paid_on,payment_reference"));
    QVERIFY2(lines.at(1).contains(QByteArray(",P-1,Acme," + kRu.toUtf8()
                 + ",reseller-status,2026-Q1,EUR,50.00,"
                   "0.00,0.00,0.00,0.00,50.00,0.00,owed,,,,")),
        lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(QByteArray(",P-2,Beta," + kEs.toUtf8()
                 + ",reseller-status,2026-Q1,EUR,200.00,"
                   "10.00,0.00,0.00,0.00,210.00,0.00,paid,")),
        lines.at(2).constData());
    QVERIFY(lines.at(2).trimmed().endsWith(
        QByteArray(",boss," + paymentToday().toString(Qt::ISODate).toUtf8() + ",TR-1")));
    // The same bytes as `payouts export --currency EUR`, whatever order the table is sorted in.
    m_view->view()->sortByColumn(PayoutTableModel::Amount, Qt::DescendingOrder);
    QVERIFY(m_view->exportTo(path).has_value());
    PayoutFilter filter;
    filter.currency = QStringLiteral("EUR");
    const auto fromLedger = PayoutLedger(m_session->store().database()).list(filter);
    QVERIFY(fromLedger.has_value());
    QByteArray expected;
    QBuffer buffer(&expected);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writePayoutCsv(*fromLedger, &buffer).has_value());
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), expected);
}

void TestPayoutsView::sortsByColumns()
{
    QTableView *table = m_view->view();
    const auto column = [&](int c) {
        QStringList out;
        for (int row = 0; row < m_view->proxy()->rowCount(); ++row)
            out << m_view->proxy()->index(row, c).data().toString();
        return out;
    };
    table->sortByColumn(PayoutTableModel::Partner, Qt::DescendingOrder);
    QCOMPARE(column(PayoutTableModel::Partner),
        (QStringList { "Gamma", "Gamma", "Beta", "Acme", "Acme", "Acme" }));
    // Amounts sort within their currency, never across currencies.
    table->sortByColumn(PayoutTableModel::Amount, Qt::AscendingOrder);
    QStringList amounts;
    for (int row = 0; row < m_view->proxy()->rowCount(); ++row) {
        const Payable &p = m_view->proxy()->payableAt(row);
        amounts << QStringLiteral("%1 %2").arg(p.currency).arg(p.amountMinor);
    }
    QCOMPARE(
        amounts, (QStringList { "EUR 5000", "EUR 21000", "RUB 50000", "RUB 100000", "USD 0", "USD 7000" }));
    table->sortByColumn(PayoutTableModel::Owner, Qt::AscendingOrder);
    QCOMPARE(column(PayoutTableModel::Owner).first(), QString());
    QCOMPARE(column(PayoutTableModel::Owner).last(), kRu);
}

void TestPayoutsView::doubleClickOpensThePartner()
{
    QSignalSpy activated(m_view.get(), &PayoutsView::partnerActivated);
    QVERIFY(selectPayable(QStringLiteral("P-2"), QStringLiteral("2026-Q1"), QStringLiteral("EUR")));
    QTableView *table = m_view->view();
    const QModelIndex index = table->currentIndex().siblingAtColumn(PayoutTableModel::Partner);
    QVERIFY(index.isValid());
    const QPoint at = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.size(), 1);
    Store &store = m_session->store();
    QCOMPARE(activated.first().first().toLongLong(), store.partnerByCode(QStringLiteral("P-2"))->id);
}

// In the window: View › Payouts shows the tab; double-clicking a payable shows its partner on the
// Partners tab.
void TestPayoutsView::windowOpensThePartner()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    PayoutsView *payouts = window.payouts();
    QSignalSpy loaded(payouts, &PayoutsView::loaded);
    window.findChild<QTabWidget *>()->setCurrentWidget(payouts);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(payouts->model()->rowCount(), 6);
    const qint64 partner = window.session()->store().partnerByCode(QStringLiteral("P-2"))->id;
    QVERIFY(payouts->selectPayable(payouts->listedPayables().at(2).id));
    QCOMPARE(payouts->listedPayables().at(2).partnerId, partner);
    QTableView *table = payouts->view();
    const QPoint at = table->visualRect(table->currentIndex().siblingAtColumn(PayoutTableModel::Partner)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(window.partnerPage()->partnerId(), partner);
    QVERIFY(window.partnerPage()->isVisible());
    QVERIFY(!payouts->isVisible());
    QCOMPARE(window.browser()->currentPartnerId(), partner);
}

// A ledger of 100,000 payables: filtering and sorting read the payables, not display texts.
void TestPayoutsView::hundredThousandRows()
{
    QList<Payable> payables;
    const QStringList currencies { "EUR", "RUB", "USD", "MXN" };
    for (int i = 0; i < 100000; ++i) {
        Payable p;
        p.id = i + 1;
        p.partnerId = i / 4 + 1;
        p.partnerCode = QStringLiteral("P-%1").arg(i / 4, 6, 10, QLatin1Char('0'));
        p.partnerName = QStringLiteral("Partner %1").arg((i * 7919) % 25000);
        p.owner = i % 5 == 0 ? QString() : QStringLiteral("Owner %1").arg(i % 5);
        p.quarter = Quarter { 2020 + i % 6, i % 4 + 1 };
        p.currency = currencies.at(i % 4);
        p.amountMinor = (i * 37) % 100000;
        p.state = PayoutState(i % 4);
        payables << p;
    }
    QElapsedTimer timer;
    timer.start();
    PayoutTableModel model;
    model.setTable(PayoutTable::build(payables, QLocale()));
    PayoutFilterProxy proxy(&model);
    const qint64 built = timer.restart();
    // Owner 2 is on rows 2, 7, 12, 17, ... and RUB on rows 1, 5, 9, 13, 17, ...: every 20th row.
    proxy.setOwnerFilter(QStringLiteral("Owner 2"));
    proxy.setCurrencyFilter(QStringLiteral("RUB"));
    QCOMPARE(proxy.rowCount(), 5000);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.payableAt(row).id % 20 == 18);
    proxy.setCurrencyFilter({});
    proxy.setOwnerFilter(QString()); // no owner: rows 0, 5, 10, ...
    proxy.setStateFilter(PayoutState::Paid); // rows 3, 7, 11, ...
    QCOMPARE(proxy.rowCount(), 5000);
    proxy.setStateFilter(std::nullopt);
    proxy.setOwnerFilter(std::nullopt);
    proxy.setCurrencyFilter({});
    proxy.sort(PayoutTableModel::Partner, Qt::AscendingOrder);
    proxy.sort(PayoutTableModel::Amount, Qt::DescendingOrder);
    const qint64 filteredAndSorted = timer.elapsed();
    qInfo(
        "100,000 payables: keys built in %lld ms, filtered and sorted in %lld ms", built, filteredAndSorted);
    QCOMPARE(proxy.rowCount(), 100000);
    QCOMPARE(proxy.payableAt(0).currency, QStringLiteral("USD"));
    QVERIFY(proxy.payableAt(0).amountMinor >= proxy.payableAt(1).amountMinor);
    // A debug build on a busy machine: about a second (the incremental filter of Qt's proxy
    // took 3 s here, most of it moving its row mapping).
    QVERIFY2(built + filteredAndSorted < 5000, "100,000 payables took more than 5 s");
}

QTEST_MAIN(TestPayoutsView)
#include "tst_payoutsview.moc"
