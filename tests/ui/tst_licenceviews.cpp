// The licensing views on a real database, offscreen: licences and renewals due, recording a
// licence through its dialog, NFR keys with issue / override / revoke / verify, the credit ledger
// with buy and consume, certifications expiring, partner levels and awarding one through its
// dialog, and the editing actions that a read-only database disables. Every model is checked with
// QAbstractItemModelTester.
#include "licences/certificationsview.h"
#include "licences/creditentrydialog.h"
#include "licences/creditledgermodel.h"
#include "licences/creditsview.h"
#include "licences/expiringmodel.h"
#include "licences/levelawarddialog.h"
#include "licences/levelsmodel.h"
#include "licences/licencedialog.h"
#include "licences/licencesview.h"
#include "licences/licencetablemodel.h"
#include "licences/nfrkeymodel.h"
#include "licences/nfrissuedialog.h"
#include "licences/nfrkeysview.h"
#include "licences/nfrrevokedialog.h"
#include "licences/nfrverifydialog.h"
#include "licensing/certificationlevels.h"
#include "licensing/licenceservice.h"
#include "storage/database.h"
#include "storage/store.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>
#include <algorithm>
#include <functional>

using namespace pd;
using namespace pd::ui;

namespace {
const QDate kToday(2026, 9, 1);

// Runs `open` and, once the modal dialog it opens (a child of `owner`) is showing, `drive` on it.
// The dialog is closed afterwards whatever happened, so a failed check cannot leave exec() waiting.
template<typename Dialog>
void driveDialog(
    QWidget *owner, const std::function<void()> &open, const std::function<void(Dialog *)> &drive)
{
    bool opened = false;
    // Polls: a button's mnemonic clicks it a moment later (animateClick), not at once.
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

template<typename Dialog>
void driveDialog(QWidget *owner, QAction *action, const std::function<void(Dialog *)> &drive)
{
    driveDialog<Dialog>(owner, [action] { action->trigger(); }, drive);
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void typeInto(QWidget *editor, const QString &text)
{
    editor->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->selectAll();
    QTest::keyClicks(editor, text);
}

// Whether markField() has tinted the editor as failing its check.
bool tinted(const QWidget *editor)
{
    return editor->palette().color(QPalette::Base) == QColor(0xfd, 0xe2, 0xe1);
}
} // namespace

class TestLicenceViews final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void licencesAndRenewals();
    void recordLicenceThroughDialog();
    void licenceDialogRefusesInvalidInput();
    void licenceDialogByKeyboard();
    void requiredFieldsMarkedOnceTouched();
    void customerFilteredAsTyped();
    void nfrKeys();
    void creditLedger();
    void creditDialogShowsRefusal();
    void creditsOutsideACreditProgram();
    void certifications();
    void awardLevelThroughDialog();
    void editActionsFollowEditable();

private:
    qint64 addPartner(const QString &code, const QString &program, const QString &tier);
    qint64 addCustomer(qint64 partner, const QString &code, const QString &name = {});

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

qint64 TestLicenceViews::addCustomer(qint64 partner, const QString &code, const QString &name)
{
    Customer c;
    c.partnerId = partner;
    c.code = code;
    c.name = name.isEmpty() ? code : name;
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
        QStringLiteral("RUB\u00A05,000.00"));
    // Every partner (id 0) and a partner without licences.
    view.setPartner(0);
    QCOMPARE(view.model()->rowCount(), 3);
    view.setPartner(
        addPartner(QStringLiteral("P-2"), QStringLiteral("reseller-status"), QStringLiteral("authorized")));
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestLicenceViews::recordLicenceThroughDialog()
{
    const qint64 p
        = addPartner(QStringLiteral("P-10"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    const qint64 c = addCustomer(p, QStringLiteral("C-10"));
    LicencesView view(*m_store, p);
    view.setToday(kToday);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view.recordAction()->isEnabled());
    QCOMPARE(view.model()->rowCount(), 0);

    QString total;
    bool okBeforeTyping = true;
    driveDialog<LicenceDialog>(&view, view.recordAction(), [&](LicenceDialog *d) {
        okBeforeTyping = okButton(d)->isEnabled();
        QCOMPARE(d->findChild<QComboBox *>(QStringLiteral("customer"))->currentData().toLongLong(), c);
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("product")), QStringLiteral("Backup Suite"));
        typeInto(d->findChild<QSpinBox *>(QStringLiteral("seats")), QStringLiteral("5"));
        // Grouped as the user's locale writes it: a thousand, not one with three decimals.
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("price")), QStringLiteral("1,000"));
        total = d->findChild<QLabel *>(QStringLiteral("total"))->text();
        QVERIFY2(d->isAcceptable(), qPrintable(d->findChild<QLabel *>(QStringLiteral("refusal"))->text()));
        QVERIFY(okButton(d)->isEnabled());
        QTest::keyClick(d, Qt::Key_Return); // OK is the default button
        QVERIFY(!d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QVERIFY(d->recorded().id > 0);
    });
    QVERIFY(!okBeforeTyping); // nothing typed yet: no product, no price
    QVERIFY2(total.startsWith(QStringLiteral("RUB\u00A05,000.00")), qPrintable(total));

    // Written through LicenceService with its sale, and shown, selected, in the view.
    const auto stored = LicenceService(*m_store).licences(p);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->size(), 1);
    const Licence &l = stored->first().licence;
    QCOMPARE(l.customerId, c);
    QCOMPARE(l.seats, 5);
    QCOMPARE(l.unitPrice, (Money { 100000, QStringLiteral("RUB") }));
    QCOMPARE(l.startsOn, kToday);
    QCOMPARE(l.endsOn, kToday.addYears(1).addDays(-1));
    QVERIFY(l.saleId > 0);
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(
        view.model()->index(0, LicenceTableModel::Product).data().toString(), QStringLiteral("Backup Suite"));
    QCOMPARE(view.model()->index(0, LicenceTableModel::Paid).data().toString(),
        QStringLiteral("RUB\u00A05,000.00"));
    QVERIFY2(
        view.notice().startsWith(QStringLiteral("Recorded licence #%1: RUB\u00A05,000.00 paid.").arg(l.id)),
        qPrintable(view.notice()));

    // Renew…: the selected licence, prefilled, starting the day after it ends, for the same term.
    QVERIFY(view.renewAction()->isEnabled());
    driveDialog<LicenceDialog>(&view, view.renewAction(), [&](LicenceDialog *d) {
        const Licence draft = d->licence();
        QCOMPARE(draft.renewsId, l.id);
        QCOMPARE(draft.customerId, c);
        QCOMPARE(draft.product, QStringLiteral("Backup Suite"));
        QCOMPARE(draft.seats, 5);
        QCOMPARE(draft.unitPrice, l.unitPrice);
        QCOMPARE(draft.startsOn, l.endsOn.addDays(1));
        QCOMPARE(draft.endsOn, draft.startsOn.addDays(l.startsOn.daysTo(l.endsOn)));
        QVERIFY(d->isAcceptable());
        QTest::keyClick(d, Qt::Key_Return);
        QVERIFY(!d->isVisible());
    });
    QCOMPARE(view.model()->rowCount(), 2);
    const auto after = LicenceService(*m_store).licences(p);
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->at(0).licence.renewedById, after->at(1).licence.id);
    QCOMPARE(after->at(1).licence.renewsId, l.id);
    QVERIFY(view.notice().contains(QStringLiteral("renewal sale")));
    // The renewal is selected now; the renewed licence cannot be renewed twice.
    QVERIFY(view.renewAction()->isEnabled());
    auto *table = view.findChild<QTableView *>();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(LicenceTableModel::LicenceIdRole).toLongLong() == l.id)
            table->selectRow(row);
    }
    QVERIFY(!view.renewAction()->isEnabled());
}

void TestLicenceViews::licenceDialogRefusesInvalidInput()
{
    const qint64 p
        = addPartner(QStringLiteral("P-11"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    const qint64 c = addCustomer(p, QStringLiteral("C-11"));
    LicenceService service(*m_store);
    // What the service (and so the command-line tool) says for the same input.
    Licence bad;
    bad.partnerId = p;
    bad.customerId = c;
    bad.productLine = QStringLiteral("ti");
    bad.startsOn = kToday;
    bad.unitPrice = Money { 100, QStringLiteral("RUB") };
    const auto noProduct = service.recordResale(bad);
    QVERIFY(!noProduct.has_value());
    bad.product = QStringLiteral("Backup Suite");
    bad.endsOn = kToday.addDays(-1);
    const auto endsEarly = service.recordResale(bad);
    QVERIFY(!endsEarly.has_value());
    const auto badPrice = Money::parse(QStringLiteral("12.345"), QStringLiteral("RUB"));
    QVERIFY(!badPrice.has_value());
    // 40 of the tier's 50 internal-use users are taken.
    Licence own;
    own.partnerId = p;
    own.productLine = QStringLiteral("ti");
    own.product = QStringLiteral("Backup Suite");
    own.seats = 40;
    own.startsOn = kToday;
    own.endsOn = kToday.addYears(1);
    own.unitPrice = Money { 100, QStringLiteral("RUB") };
    QVERIFY(service.recordInternalUse(own).has_value());

    LicencesView view(*m_store, p);
    view.setToday(kToday);
    QCOMPARE(view.model()->rowCount(), 1);
    driveDialog<LicenceDialog>(&view, view.recordAction(), [&](LicenceDialog *d) {
        auto *product = d->findChild<QLineEdit *>(QStringLiteral("product"));
        auto *price = d->findChild<QLineEdit *>(QStringLiteral("price"));
        typeInto(price, QStringLiteral("100"));
        // No product: marked and explained in the service's words; OK stays disabled.
        QCOMPARE(d->issue(LicenceDialog::Field::Product), noProduct.error().message);
        QCOMPARE(product->toolTip(), noProduct.error().message);
        QVERIFY(!okButton(d)->isEnabled());
        typeInto(product, QStringLiteral("Backup Suite"));
        QVERIFY(d->issue(LicenceDialog::Field::Product).isEmpty());
        QVERIFY(product->toolTip().isEmpty());
        QVERIFY(okButton(d)->isEnabled());
        // A price with too many decimals: Money's own message.
        typeInto(price, QStringLiteral("12.345"));
        QCOMPARE(d->issue(LicenceDialog::Field::Price), badPrice.error().message);
        QVERIFY(!okButton(d)->isEnabled());
        QTest::keyClick(d, Qt::Key_Return);
        QVERIFY(d->isVisible());
        typeInto(price, QStringLiteral("100"));
        // Ends before it starts.
        d->findChild<QDateEdit *>(QStringLiteral("end"))->setDate(kToday.addDays(-1));
        QCOMPARE(d->issue(LicenceDialog::Field::End), endsEarly.error().message);
        QVERIFY(!okButton(d)->isEnabled());
        d->findChild<QCheckBox *>(QStringLiteral("hasEnd"))->setChecked(false); // perpetual
        QVERIFY(d->isAcceptable());
        // Internal use of 20 more seats passes the field checks but not the service's count
        // across the partner's licences: the refusal is shown and the dialog stays open.
        auto *kind = d->findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(int(LicenceKind::InternalUse)));
        typeInto(d->findChild<QSpinBox *>(QStringLiteral("seats")), QStringLiteral("20"));
        QVERIFY(d->isAcceptable());
        QTest::keyClick(d, Qt::Key_Return);
        QVERIFY(d->isVisible());
        QVERIFY2(d->refusal().startsWith(
                     QStringLiteral("Refused: the internal-use discount of 50% covers at most "
                                    "50 users; 40 users are already licensed")),
            qPrintable(d->refusal()));
        // Beyond the tier's users on its own: refused as the user types.
        typeInto(d->findChild<QSpinBox *>(QStringLiteral("seats")), QStringLiteral("51"));
        QVERIFY2(d->issue(LicenceDialog::Field::Seats)
                     .startsWith(QStringLiteral("The internal-use discount covers at most 50 user")),
            qPrintable(d->issue(LicenceDialog::Field::Seats)));
        QVERIFY(d->refusal().isEmpty()); // cleared by the edit
        QVERIFY(!okButton(d)->isEnabled());
    });
    // Nothing was written.
    QCOMPARE(service.licences(p)->size(), 1);
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(view.notice().isEmpty());
}

void TestLicenceViews::licenceDialogByKeyboard()
{
    const qint64 p
        = addPartner(QStringLiteral("P-12"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    addCustomer(p, QStringLiteral("C-12"));
    LicencesView view(*m_store, p);
    view.setToday(kToday);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    // Alt+O is the button's mnemonic; in the dialog, Alt+P goes to the product, Alt+R to the price,
    // and Return records.
    driveDialog<LicenceDialog>(
        &view, [&view] { QTest::keyClick(&view, Qt::Key_O, Qt::AltModifier); },
        [&](LicenceDialog *d) {
            // The offscreen platform does not activate a new window by itself.
            d->windowHandle()->requestActivate();
            QTRY_COMPARE(QGuiApplication::focusWindow(), d->windowHandle());
            QTest::keyClick(d, Qt::Key_P, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), d->findChild<QLineEdit *>(QStringLiteral("product")));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Backup Suite"));
            QTest::keyClick(d, Qt::Key_R, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), d->findChild<QLineEdit *>(QStringLiteral("price")));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("250"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QVERIFY(!d->isVisible());
        });
    QCOMPARE(view.model()->rowCount(), 1);
}

void TestLicenceViews::requiredFieldsMarkedOnceTouched()
{
    const qint64 p
        = addPartner(QStringLiteral("P-13"), QStringLiteral("reseller-status"), QStringLiteral("certified"));
    addCustomer(p, QStringLiteral("C-13"));
    LicencesView view(*m_store, p);
    view.setToday(kToday);
    driveDialog<LicenceDialog>(&view, view.recordAction(), [&](LicenceDialog *d) {
        auto *product = d->findChild<QLineEdit *>(QStringLiteral("product"));
        auto *price = d->findChild<QLineEdit *>(QStringLiteral("price"));
        const auto said = [d](const QString &text) {
            const auto labels = d->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(),
                [&text](const QLabel *l) { return !l->isHidden() && l->text() == text; });
        };
        // A new dialog: OK disabled and the reasons in the tool tips, but nothing tinted or said.
        QVERIFY(!okButton(d)->isEnabled());
        const QString noProduct = d->issue(LicenceDialog::Field::Product);
        QVERIFY(!noProduct.isEmpty());
        QCOMPARE(product->toolTip(), noProduct);
        QVERIFY(!tinted(product));
        QVERIFY(!tinted(price));
        QVERIFY(!said(noProduct));
        QVERIFY(!said(d->issue(LicenceDialog::Field::Price)));
        // A price typed and wiped: the price is marked, the product still is not.
        typeInto(price, QStringLiteral("1"));
        price->clear();
        QVERIFY(tinted(price));
        QVERIFY(said(d->issue(LicenceDialog::Field::Price)));
        QVERIFY(!tinted(product));
        // Trying OK shows every mark.
        QTest::keyClick(d, Qt::Key_Return);
        QVERIFY(d->isVisible());
        QVERIFY(tinted(product));
        QVERIFY(said(noProduct));
    });

    int revoked = 0;
    NfrRevokeDialog revoke(QStringLiteral("NFR-1"), [&revoked](const QString &) -> Result<NfrKey> {
        ++revoked;
        return fail(Error::Code::InvalidInput, QStringLiteral("refused"));
    });
    auto *reason = revoke.findChild<QLineEdit *>(QStringLiteral("reason"));
    auto *problem = revoke.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(!revoke.problem().isEmpty()); // why OK is disabled
    QVERIFY(problem->isHidden());
    QVERIFY(!tinted(reason));
    revoke.accept(); // OK while disabled: shown, nothing revoked
    QVERIFY(!problem->isHidden());
    QVERIFY(tinted(reason));
    QCOMPARE(revoked, 0);
}

void TestLicenceViews::customerFilteredAsTyped()
{
    const qint64 p = addPartner(
        QStringLiteral("A-20"), QStringLiteral("activation-credits"), QStringLiteral("specialist"));
    addCustomer(p, QStringLiteral("C-1"), QStringLiteral("Acme Robotics"));
    const qint64 globex = addCustomer(p, QStringLiteral("C-2"), QStringLiteral("Globex"));
    const qint64 acmeFoods = addCustomer(p, QStringLiteral("C-3"), QStringLiteral("Acme Foods"));
    // Types into the customer field of a shown dialog, as a user does: the completer's popup lists
    // the customers whose code or name contains the text, in any case.
    const auto typeCustomer = [](QDialog *d, const QString &text) {
        d->windowHandle()->requestActivate();
        QTRY_COMPARE(QGuiApplication::focusWindow(), d->windowHandle());
        auto *customer = d->findChild<QComboBox *>(QStringLiteral("customer"));
        customer->setFocus();
        customer->lineEdit()->selectAll();
        QTest::keyClicks(customer, text);
    };
    // Picks `text` in the popup with the arrow keys and Return.
    const auto pick = [](QComboBox *customer, const QString &text) {
        QAbstractItemView *popup = customer->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        for (int row = 0; row < popup->model()->rowCount(); ++row) {
            QTest::keyClick(popup, Qt::Key_Down);
            if (popup->currentIndex().data().toString() == text)
                break;
        }
        QCOMPARE(popup->currentIndex().data().toString(), text);
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY(!popup->isVisible());
    };

    LicencesView licences(*m_store, p);
    licences.setToday(kToday);
    driveDialog<LicenceDialog>(&licences, licences.recordAction(), [&](LicenceDialog *d) {
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("product")), QStringLiteral("Backup Suite"));
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("price")), QStringLiteral("100"));
        QVERIFY(d->isAcceptable()); // the first customer, as before any typing
        auto *customer = d->findChild<QComboBox *>(QStringLiteral("customer"));
        typeCustomer(d, QStringLiteral("acme"));
        QCOMPARE(customer->completer()->completionCount(), 2);
        // Part of a name is no choice yet: refused as an empty choice is.
        QCOMPARE(d->licence().customerId, 0);
        QCOMPARE(d->issue(LicenceDialog::Field::Customer),
            QStringLiteral("Choose the customer the licence is sold to."));
        QVERIFY(tinted(customer));
        QVERIFY(!okButton(d)->isEnabled());
        pick(customer, QStringLiteral("C-3 Acme Foods"));
        QCOMPARE(customer->currentText(), QStringLiteral("C-3 Acme Foods"));
        QCOMPARE(d->licence().customerId, acmeFoods);
        QVERIFY(d->issue(LicenceDialog::Field::Customer).isEmpty());
        QVERIFY(!tinted(customer));
        QVERIFY(okButton(d)->isEnabled());
        // Text that names no customer.
        typeCustomer(d, QStringLiteral("Initech"));
        QCOMPARE(d->licence().customerId, 0);
        QVERIFY(!okButton(d)->isEnabled());
    });

    CreditsView credits(*m_store, p);
    credits.setToday(kToday);
    credits.setUserName(QStringLiteral("clerk"));
    QVERIFY(credits.buy(100, Rate { 2000 }, kToday).has_value());
    driveDialog<CreditEntryDialog>(&credits, credits.consumeAction(), [&](CreditEntryDialog *d) {
        auto *customer = d->findChild<QComboBox *>(QStringLiteral("customer"));
        customer->lineEdit()->selectAll();
        QTest::keyClick(customer->lineEdit(), Qt::Key_Backspace);
        QCOMPARE(customer->currentText(), QString());
        QCOMPARE(d->problem(), QStringLiteral("Choose the customer that was onboarded."));
        QVERIFY(!okButton(d)->isEnabled());
        typeCustomer(d, QStringLiteral("GLOB"));
        QCOMPARE(customer->completer()->completionCount(), 1);
        QCOMPARE(d->customerId(), 0);
        QCOMPARE(d->problem(), QStringLiteral("There is no customer GLOB."));
        QVERIFY(!okButton(d)->isEnabled());
        pick(customer, QStringLiteral("C-2 Globex"));
        QCOMPARE(d->customerId(), globex);
        QVERIFY(d->problem().isEmpty());
        // The whole entry typed, in another case, chooses it too.
        typeCustomer(d, QStringLiteral("c-1 acme robotics"));
        QVERIFY(d->customerId() > 0);
        QVERIFY(d->customerId() != globex);
        typeCustomer(d, QStringLiteral("c-2 GLOBEX"));
        QCOMPARE(d->customerId(), globex);
        typeInto(d->findChild<QSpinBox *>(QStringLiteral("credits")), QStringLiteral("10"));
        QTest::keyClick(d, Qt::Key_Return);
        QVERIFY(!d->isVisible());
    });
    QCOMPARE(credits.model()->rowCount(), 2);
    QCOMPARE(credits.model()->index(1, CreditLedgerModel::Customer).data().toString(), QStringLiteral("C-2"));
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
    {
        // The issue dialog says what is missing in the service's words, with Issue disabled.
        NfrIssueRequest empty;
        empty.issuedOn = kToday;
        const auto refused = view.issue(empty);
        QVERIFY(!refused.has_value());
        NfrIssueDialog dialog(
            QStringLiteral("P-3 Ltd"), *NfrService(*m_store).entitlement(p, kToday), kToday);
        QCOMPARE(dialog.problem(), refused.error().message);
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("product")), QStringLiteral("Backup Suite"));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(okButton(&dialog)->isEnabled());
    }

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

    // Revoke… on the key still valid: a reason is required, in the service's words.
    auto *table = view.findChild<QTableView *>();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(NfrKeyModel::SerialRole).toString() != first->key.serial)
            table->selectRow(row);
    }
    QVERIFY(view.revokeAction()->isEnabled());
    const QString other
        = table->selectionModel()->selectedRows().first().data(NfrKeyModel::SerialRole).toString();
    const auto noReason = NfrService(*m_store).revoke(other, kToday, QString(), QStringLiteral("manager"));
    QVERIFY(!noReason.has_value());
    driveDialog<NfrRevokeDialog>(&view, view.revokeAction(), [&](NfrRevokeDialog *d) {
        QCOMPARE(d->problem(), noReason.error().message);
        QVERIFY(!okButton(d)->isEnabled());
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("Demo over"));
        QVERIFY(d->problem().isEmpty());
        QTest::keyClick(d, Qt::Key_Return);
        QVERIFY(!d->isVisible());
    });
    const auto keys = NfrService(*m_store).keys(p);
    QVERIFY(keys.has_value());
    for (const NfrKey &k : *keys) {
        QVERIFY(k.revokedOn.isValid());
        if (k.serial == other)
            QCOMPARE(k.revokeReason, QStringLiteral("Demo over"));
    }
    QVERIFY(!view.revokeAction()->isEnabled());

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
    QVERIFY2(view.balanceText().contains(QStringLiteral("20%–25%")), qPrintable(view.balanceText()));
    const auto bought = view.buy(1000, Rate { 2000 }, kToday);
    QVERIFY(bought.has_value());
    QCOMPARE(
        view.model()->index(0, CreditLedgerModel::Paid).data().toString(), QStringLiteral("$800.00"));
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

void TestLicenceViews::creditDialogShowsRefusal()
{
    const qint64 p = addPartner(
        QStringLiteral("A-7"), QStringLiteral("activation-credits"), QStringLiteral("specialist"));
    addCustomer(p, QStringLiteral("C-A7"));
    CreditsView view(*m_store, p);
    view.setToday(kToday);
    view.setUserName(QStringLiteral("clerk"));
    QVERIFY(view.buy(100, Rate { 2000 }, kToday).has_value());
    QVERIFY(view.consumeAction()->isEnabled());
    driveDialog<CreditEntryDialog>(&view, view.consumeAction(), [&](CreditEntryDialog *d) {
        typeInto(d->findChild<QSpinBox *>(QStringLiteral("credits")), QStringLiteral("250"));
        QVERIFY(d->problem().isEmpty());
        QTest::keyClick(d, Qt::Key_Return);
        // The ledger refuses to go below zero, with the shortfall; the dialog stays open.
        QVERIFY(d->isVisible());
        QVERIFY2(d->problem().contains(QStringLiteral("150")), qPrintable(d->problem()));
        typeInto(d->findChild<QSpinBox *>(QStringLiteral("credits")), QStringLiteral("60"));
        QTest::keyClick(d, Qt::Key_Return);
        QVERIFY(!d->isVisible());
    });
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.model()->balance(), 40);
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

void TestLicenceViews::awardLevelThroughDialog()
{
    const qint64 band
        = addPartner(QStringLiteral("B-5"), QStringLiteral("revenue-band"), QStringLiteral("standard"));
    CertificationsView view(*m_store, band);
    view.setToday(kToday);
    view.setUserName(QStringLiteral("vendor"));
    QVERIFY(view.awardAction()->isEnabled());
    driveDialog<LevelAwardDialog>(&view, view.awardAction(), [&](LevelAwardDialog *d) {
        QCOMPARE(d->award().levelKey, QStringLiteral("certified")); // the first not held
        d->findChild<QCheckBox *>(QStringLiteral("expires"))->setChecked(true);
        d->findChild<QDateEdit *>(QStringLiteral("expiresOn"))->setDate(kToday);
        const auto core = CertificationLevels(*m_store).award(
            band, QStringLiteral("certified"), kToday, kToday, QStringLiteral("vendor"));
        QVERIFY(!core.has_value());
        QCOMPARE(d->findChild<QDateEdit *>(QStringLiteral("expiresOn"))->toolTip(), core.error().message);
        QVERIFY(!okButton(d)->isEnabled());
        d->findChild<QDateEdit *>(QStringLiteral("expiresOn"))->setDate(kToday.addYears(2));
        QVERIFY(okButton(d)->isEnabled());
        QTest::keyClick(d, Qt::Key_Return);
        QVERIFY(!d->isVisible());
    });
    QVERIFY(view.levelsModel()
                ->index(0, LevelsModel::Status)
                .data()
                .toString()
                .startsWith(QStringLiteral("held since")));

    // Elite without Advanced: refused by CertificationLevels, shown in the dialog, nothing written.
    driveDialog<LevelAwardDialog>(&view, view.awardAction(), [&](LevelAwardDialog *d) {
        auto *level = d->findChild<QComboBox *>(QStringLiteral("level"));
        level->setCurrentIndex(level->findData(QStringLiteral("elite")));
        QVERIFY(okButton(d)->isEnabled());
        QTest::keyClick(d, Qt::Key_Return);
        QVERIFY(d->isVisible());
        QVERIFY2(d->refusal().contains(QStringLiteral("requires Advanced")), qPrintable(d->refusal()));
    });
    const auto levels = CertificationLevels(*m_store).levels(band, kToday);
    QVERIFY(levels.has_value());
    QVERIFY(levels->at(0).held);
    QVERIFY(!levels->at(2).held && levels->at(2).award.id == 0);

    // A program without certification levels offers no award.
    view.setPartner(
        addPartner(QStringLiteral("R-5"), QStringLiteral("reseller-status"), QStringLiteral("certified")));
    QVERIFY(!view.awardAction()->isEnabled());
    QVERIFY(!view.awardAction()->isVisible());
}

void TestLicenceViews::editActionsFollowEditable()
{
    const qint64 p = addPartner(
        QStringLiteral("A-9"), QStringLiteral("activation-credits"), QStringLiteral("specialist"));
    LicencesView licences(*m_store, p);
    NfrKeysView keys(*m_store, p, m_keys.path());
    CreditsView credits(*m_store, p);
    const qint64 band
        = addPartner(QStringLiteral("B-9"), QStringLiteral("revenue-band"), QStringLiteral("standard"));
    CertificationsView certifications(*m_store, band);
    QCOMPARE(licences.editActions(),
        (QList<QAction *> { licences.recordAction(), licences.renewAction(), licences.voidAction(),
            licences.correctAction() }));
    QCOMPARE(keys.editActions().size(), 2);
    QCOMPARE(credits.editActions().size(), 3);
    QCOMPARE(certifications.editActions(), QList<QAction *> { certifications.awardAction() });
    QVERIFY(licences.recordAction()->isEnabled());
    QVERIFY(keys.issueAction()->isEnabled());
    QVERIFY(credits.buyAction()->isEnabled());
    QVERIFY(certifications.awardAction()->isEnabled());

    licences.setEditable(false);
    keys.setEditable(false);
    credits.setEditable(false);
    certifications.setEditable(false);
    // A refresh (a new day, another partner) keeps them disabled.
    licences.refresh();
    keys.refresh();
    credits.refresh();
    certifications.refresh();
    for (QWidget *view : { static_cast<QWidget *>(&licences), static_cast<QWidget *>(&keys),
             static_cast<QWidget *>(&credits), static_cast<QWidget *>(&certifications) }) {
        for (QAction *a : view->findChildren<QAction *>()) {
            if (!a->objectName().isEmpty())
                QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        }
        for (QPushButton *b : view->findChildren<QPushButton *>()) {
            const QString text = b->text();
            if (text.contains(QStringLiteral("Verify")) || text.contains(QStringLiteral("Copy")))
                continue;
            QVERIFY2(!b->isEnabled(), qPrintable(text));
        }
    }
    licences.setEditable(true);
    certifications.setEditable(true);
    credits.setEditable(true);
    QVERIFY(licences.recordAction()->isEnabled());
    QVERIFY(certifications.awardAction()->isEnabled());
    QVERIFY(credits.buyAction()->isEnabled());
    // Every partner: nothing to record a licence for.
    licences.setPartner(0);
    QVERIFY(!licences.recordAction()->isEnabled());
}

QTEST_MAIN(TestLicenceViews)
#include "tst_licenceviews.moc"
