// Void… and Correct… on the partner page's record tabs (issue 15): a reason is required, a voided
// record leaves the figures and is listed only with "Show voided" (struck through, saying who,
// when and why), undo restores it, and a read-only database offers neither.
#include "licences/licencesview.h"
#include "licences/licencetablemodel.h"
#include "licensing/licenceservice.h"
#include "partner/partnerpage.h"
#include "partner/reasondialog.h"
#include "partner/recordcorrections.h"
#include "partner/recordtabs.h"
#include "recordtablemodel.h"
#include "session.h"
#include "storage/offline.h"
#include "pagewait.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace pd;
using namespace pd::ui;

namespace {

// Runs `answer` on the next modal dialog once it is shown (exec() blocks the test meanwhile).
void onNextDialog(std::function<void(QDialog *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
        if (dialog->isVisible()) // a failed check above: do not leave the test blocked in exec()
            dialog->reject();
    });
    timer->start();
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

int shownRows(RecordTable *table)
{
    return table->view()->model()->rowCount();
}

} // namespace

class TestRecordVoids final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void voidSaleFromContextMenu();
    void voidCertificationFromContextMenu();
    void cancelledDialogVoidsNothing();
    void undoRestoresVoidedSale();
    void correctionAndItsUndo();
    void refusedCorrectionReopensTheDialog();
    void correctEventThroughTheDialog();
    void voidScoreAndLicence();
    void correctLicenceThroughTheDialog();
    void alreadyVoidedIsAConflict();
    void readOnlyDatabaseDisablesVoid();
    void voidedRowsAreStruckThrough();

private:
    // Voids the selected row of `table` through its context-menu action and the dialog.
    void voidThroughMenu(RecordTable *table, qint64 id, const QString &reason);
    void waitIdle();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PartnerPage> m_page;
    qint64 m_partnerId = 0;
    qint64 m_saleId = 0;
    qint64 m_certificationId = 0;
};

void TestRecordVoids::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_session = std::make_unique<Session>();
    m_session->setToday(TestDatabase::today());
    QVERIFY(m_session->open(m_db->path()).has_value());
    Store &store = m_session->store();
    Partner p;
    p.code = QStringLiteral("P-1");
    p.name = QStringLiteral("Acme");
    p.country = QStringLiteral("ES");
    p.category = PartnerCategory::Channel;
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("authorized");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 3, 1);
    auto id = store.insertPartner(p);
    QVERIFY(id.has_value());
    m_partnerId = *id;
    auto customer = store.insertCustomer(Customer {
        0, m_partnerId, QStringLiteral("C-1"), QStringLiteral("Banco Sur"), QStringLiteral("ES") });
    QVERIFY(customer.has_value());
    Sale sale;
    sale.partnerId = m_partnerId;
    sale.customerId = *customer;
    sale.soldOn = QDate(2026, 5, 2);
    sale.productLine = QStringLiteral("ti");
    sale.unitPrice = Money { 1200000, QStringLiteral("RUB") };
    sale.quantity = 3;
    sale.reference = QStringLiteral("INV-1");
    auto saleId = store.insertSale(sale);
    QVERIFY(saleId.has_value());
    m_saleId = *saleId;
    auto staff = store.insertStaff(StaffMember {
        0, m_partnerId, QStringLiteral("Ana Pérez"), QStringLiteral("ana@acme.es"), StaffRole::Technical });
    QVERIFY(staff.has_value());
    Certification c;
    c.staffId = *staff;
    c.certificate = QStringLiteral("Platform Associate");
    c.passedOn = QDate(2026, 1, 10);
    c.expiresOn = QDate(2028, 1, 10);
    auto certId = store.insertCertification(c);
    QVERIFY(certId.has_value());
    m_certificationId = *certId;
    m_page = std::make_unique<PartnerPage>(m_session.get());
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(m_page->showPartner(m_partnerId));
    WAIT_FOR_PAGE(m_page);
}

void TestRecordVoids::cleanup()
{
    waitIdle();
    m_page.reset();
    m_session.reset();
    m_db.reset();
}

void TestRecordVoids::waitIdle()
{
    if (m_page)
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->corrections()->isBusy(), 20000);
}

void TestRecordVoids::voidThroughMenu(RecordTable *table, qint64 id, const QString &reason)
{
    QVERIFY(table->selectId(id));
    // The action is on the table's context menu (and its Delete shortcut).
    QAction *voidAction = table->voidAction();
    QVERIFY(table->view()->actions().contains(voidAction));
    QCOMPARE(table->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY2(voidAction->isEnabled(), qPrintable(voidAction->toolTip()));
    bool answered = false;
    onNextDialog([&](QDialog *dialog) {
        answered = true;
        auto *reasonEdit = dialog->findChild<QLineEdit *>(QStringLiteral("reason"));
        QVERIFY(reasonEdit);
        // A reason is required: OK waits for one, and blanks are not one.
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(reasonEdit, QStringLiteral("   "));
        QVERIFY(!okButton(dialog)->isEnabled());
        reasonEdit->clear();
        QTest::keyClicks(reasonEdit, reason);
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    voidAction->trigger();
    QVERIFY(answered);
    waitIdle();
}

void TestRecordVoids::voidSaleFromContextMenu()
{
    m_page->tabs()->setCurrentIndex(PartnerPage::SalesTab);
    RecordTable *sales = m_page->salesTable();
    QCOMPARE(shownRows(sales), 1);
    QSignalSpy changed(m_session.get(), &Session::partnerChanged);

    voidThroughMenu(sales, m_saleId, QStringLiteral("billed twice"));

    // Gone from the list and the figures; the browser is told.
    QTRY_COMPARE(sales->model()->voidedCount(), 1);
    QCOMPARE(shownRows(sales), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toLongLong(), m_partnerId);
    QCOMPARE(m_session->store().sales(m_partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31))->size(), 0);

    // Listed again with Show voided, struck through, saying who voided it and why.
    sales->showVoidedBox()->click();
    QVERIFY(sales->showsVoided());
    QCOMPARE(shownRows(sales), 1);
    const QModelIndex row = sales->view()->model()->index(0, 0);
    QVERIFY(row.data(RecordTableModel::VoidedRole).toBool());
    QVERIFY(row.data(Qt::FontRole).value<QFont>().strikeOut());
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("billed twice")), qPrintable(tip));
    QVERIFY2(tip.contains(m_session->store()
                              .sales(m_partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31), Voided::Included)
                              ->first()
                              .voided.by),
        qPrintable(tip));
    // A voided row is history: it cannot be voided or corrected again.
    QVERIFY(sales->selectId(m_saleId));
    QVERIFY(!sales->voidAction()->isEnabled());
    QVERIFY(!sales->correctAction()->isEnabled());
}

void TestRecordVoids::voidCertificationFromContextMenu()
{
    m_page->tabs()->setCurrentIndex(PartnerPage::StaffTab);
    RecordTable *certs = m_page->certificationsTable();
    QCOMPARE(shownRows(certs), 1);

    voidThroughMenu(certs, m_certificationId, QStringLiteral("wrong person"));

    QTRY_COMPARE(certs->model()->voidedCount(), 1);
    QCOMPARE(shownRows(certs), 0);
    QCOMPARE(m_session->store().certifications(m_partnerId)->size(), 0);
    const auto all = m_session->store().certifications(m_partnerId, Voided::Included);
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().voided.reason, QStringLiteral("wrong person"));
    certs->setShowVoided(true);
    QCOMPARE(shownRows(certs), 1);
}

void TestRecordVoids::cancelledDialogVoidsNothing()
{
    RecordTable *sales = m_page->salesTable();
    QVERIFY(sales->selectId(m_saleId));
    onNextDialog([](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("typo"));
        dialog->reject();
    });
    sales->voidAction()->trigger();
    QVERIFY(!m_page->corrections()->isBusy());
    QCOMPARE(m_session->store().sales(m_partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31))->size(), 1);
    QCOMPARE(sales->model()->voidedCount(), 0);
    QVERIFY(!m_page->recordUndoStack()->canUndo());
}

void TestRecordVoids::undoRestoresVoidedSale()
{
    m_page->tabs()->setCurrentIndex(PartnerPage::SalesTab);
    QCOMPARE(m_page->activeUndoStack(), m_page->recordUndoStack());
    RecordTable *sales = m_page->salesTable();
    voidThroughMenu(sales, m_saleId, QStringLiteral("billed twice"));
    QTRY_COMPARE(shownRows(sales), 0);
    QVERIFY(m_page->recordUndoStack()->canUndo());

    m_page->recordUndoStack()->undo();
    waitIdle();

    // Nothing is deleted: the voided line stays, and a live copy of it, correcting it, is back.
    QTRY_COMPARE(shownRows(sales), 1);
    const auto live = m_session->store().sales(m_partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31));
    QVERIFY(live.has_value());
    QCOMPARE(live->size(), 1);
    QCOMPARE(live->first().correctsId, m_saleId);
    QCOMPARE(live->first().quantity, 3);
    QCOMPARE(live->first().reference, QStringLiteral("INV-1"));
    sales->setShowVoided(true);
    QCOMPARE(shownRows(sales), 2);
    // Undone once; the restore is not redone.
    QVERIFY(!m_page->recordUndoStack()->canUndo());
    QVERIFY(!m_page->recordUndoStack()->canRedo());
    // The profile tab's Undo stays the profile's.
    m_page->tabs()->setCurrentIndex(PartnerPage::ProfileTab);
    QCOMPARE(m_page->activeUndoStack(), m_page->undoStack());
}

void TestRecordVoids::correctionAndItsUndo()
{
    Sale replacement = m_session->store().sales(m_partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31))->first();
    replacement.id = 0;
    replacement.quantity = 2;
    QVERIFY(m_page->corrections()->correct(m_saleId, replacement, QStringLiteral("two seats, not three")));
    waitIdle();
    auto live = m_session->store().sales(m_partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31));
    QVERIFY(live.has_value());
    QCOMPARE(live->size(), 1);
    QCOMPARE(live->first().quantity, 2);
    QCOMPARE(live->first().correctsId, m_saleId);
    RecordTable *sales = m_page->salesTable();
    QTRY_COMPARE(sales->model()->voidedCount(), 1);
    QCOMPARE(shownRows(sales), 1);
    QCOMPARE(sales->view()->model()->index(0, 3).data().toString(), QStringLiteral("2"));

    m_page->recordUndoStack()->undo();
    waitIdle();
    live = m_session->store().sales(m_partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31));
    QVERIFY(live.has_value());
    QCOMPARE(live->size(), 1);
    QCOMPARE(live->first().quantity, 3);
    QCOMPARE(live->first().correctsId, m_saleId);
    QTRY_COMPARE(sales->model()->voidedCount(), 2);
    QCOMPARE(sales->view()->model()->index(0, 3).data().toString(), QStringLiteral("3"));
}

void TestRecordVoids::refusedCorrectionReopensTheDialog()
{
    m_page->tabs()->setCurrentIndex(PartnerPage::SalesTab);
    RecordTable *sales = m_page->salesTable();
    QVERIFY(sales->selectId(m_saleId));
    QVERIFY(sales->view()->actions().contains(sales->correctAction()));
    // Prefilled from the line; a quantity of 0 is core's to refuse, and the dialog comes back
    // with the user's values and core's words.
    QString refusal;
    QString reasonShown;
    int quantityShown = -1;
    bool reopened = false;
    onNextDialog([&](QDialog *dialog) {
        auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantity"));
        QVERIFY(quantity);
        QCOMPARE(quantity->value(), 3);
        QVERIFY(!okButton(dialog)->isEnabled()); // no reason yet
        quantity->setValue(0);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("typo"));
        QVERIFY(okButton(dialog)->isEnabled());
        // The write is refused; the dialog is shown again (a modal loop of its own: read it there).
        onNextDialog([&](QDialog *again) {
            auto *shown = qobject_cast<ReasonDialog *>(again);
            QVERIFY(shown);
            reopened = true;
            refusal = shown->problem();
            reasonShown = shown->reason();
            quantityShown = shown->findChild<QSpinBox *>(QStringLiteral("quantity"))->value();
            again->reject();
        });
        okButton(dialog)->click();
    });
    QTimer::singleShot(0, sales->correctAction(), &QAction::trigger);
    QTRY_VERIFY_WITH_TIMEOUT(reopened, 20000);
    QCOMPARE(reasonShown, QStringLiteral("typo"));
    waitIdle();
    QVERIFY2(refusal.contains(QStringLiteral("quantity")), qPrintable(refusal));
    QCOMPARE(quantityShown, 0);
    // Nothing changed.
    const auto all
        = m_session->store().sales(m_partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31), Voided::Included);
    QCOMPARE(all->size(), 1);
    QVERIFY(!all->first().voided.isVoid());
    QVERIFY(!m_page->recordUndoStack()->canUndo());
}

void TestRecordVoids::correctEventThroughTheDialog()
{
    ComplianceEvent e;
    e.partnerId = m_partnerId;
    e.kind = EventKind::MonthlyReport;
    e.occurredOn = QDate(2026, 4, 30);
    e.note = QStringLiteral("April");
    const auto eventId = m_session->store().insertEvent(e);
    QVERIFY(eventId.has_value());
    m_page->reload();
    WAIT_FOR_PAGE(m_page);
    m_page->tabs()->setCurrentIndex(PartnerPage::EventsTab);
    RecordTable *events = m_page->eventsTable();
    QVERIFY(events->selectId(*eventId));
    onNextDialog([](QDialog *dialog) {
        auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("note"));
        QVERIFY(note);
        QCOMPARE(note->text(), QStringLiteral("April"));
        note->setText(QStringLiteral("March"));
        QTest::keyClicks(
            dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("wrong month"));
        okButton(dialog)->click();
    });
    events->correctAction()->trigger();
    waitIdle();
    const auto live = m_session->store().events(m_partnerId);
    QVERIFY(live.has_value());
    QCOMPARE(live->size(), 1);
    QCOMPARE(live->first().note, QStringLiteral("March"));
    QCOMPARE(live->first().correctsId, *eventId);
    QTRY_COMPARE(events->model()->voidedCount(), 1);
    QCOMPARE(shownRows(events), 1);
    QVERIFY(m_page->recordUndoStack()->canUndo());
}

void TestRecordVoids::voidScoreAndLicence()
{
    Score score;
    score.partnerId = m_partnerId;
    score.metric = Metric::Nps;
    score.measuredOn = QDate(2026, 3, 31);
    score.value = Rate::percent(40);
    const auto scoreId = m_session->store().insertScore(score);
    QVERIFY(scoreId.has_value());
    m_page->reload();
    WAIT_FOR_PAGE(m_page);
    m_page->tabs()->setCurrentIndex(PartnerPage::ScoresTab);
    voidThroughMenu(m_page->scoresTable(), *scoreId, QStringLiteral("survey withdrawn"));
    QTRY_COMPARE(m_page->scoresTable()->model()->voidedCount(), 1);
    QCOMPARE(m_session->store().scores(m_partnerId)->size(), 0);

    // A licence: Void… on the Licences tab's context menu; Show voided lists it struck through.
    // The licensing tabs read when one of them is shown.
    m_page->tabs()->setCurrentIndex(PartnerPage::LicencesTab);
    LicencesView *licences = m_page->licencesView();
    QVERIFY(licences);
    Licence l;
    l.customerId = m_session->store().customers(m_partnerId)->first().id;
    l.productLine = QStringLiteral("ti");
    l.product = QStringLiteral("Backup Suite");
    l.seats = 2;
    l.startsOn = TestDatabase::today();
    l.endsOn = TestDatabase::today().addYears(1).addDays(-1);
    l.unitPrice = Money { 100000, QStringLiteral("RUB") };
    const auto recorded = licences->record(l);
    QVERIFY2(recorded.has_value(), qPrintable(recorded ? QString() : recorded.error().message));
    m_page->tabs()->setCurrentIndex(PartnerPage::LicencesTab);
    licences->select(recorded->id);
    QVERIFY(licences->voidAction()->isEnabled());
    auto *view = licences->findChild<QTableView *>();
    QVERIFY(view->actions().contains(licences->voidAction()));
    onNextDialog([](QDialog *dialog) {
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(
            dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("returned"));
        okButton(dialog)->click();
    });
    licences->voidAction()->trigger();
    waitIdle();
    QTRY_COMPARE(licences->model()->rowCount(), 0);
    QVERIFY2(licences->summary().startsWith(QStringLiteral("0 licence")) && !licences->summary().contains(u'·'),
             qPrintable(licences->summary()));
    licences->showVoidedBox()->click();
    QCOMPARE(licences->model()->rowCount(), 1);
    // Listed for the history, not counted as a licence.
    QVERIFY2(licences->summary().startsWith(QStringLiteral("0 licence")), qPrintable(licences->summary()));
    QVERIFY2(licences->summary().endsWith(QStringLiteral(" · 1 voided")), qPrintable(licences->summary()));
    const QModelIndex row = licences->model()->index(0, 0);
    QVERIFY(row.data(LicenceTableModel::VoidedRole).toBool());
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("returned")));
    licences->select(recorded->id);
    QVERIFY(!licences->voidAction()->isEnabled());
}

void TestRecordVoids::correctLicenceThroughTheDialog()
{
    m_page->tabs()->setCurrentIndex(PartnerPage::LicencesTab);
    LicencesView *licences = m_page->licencesView();
    QVERIFY(licences);
    Licence l;
    l.customerId = m_session->store().customers(m_partnerId)->first().id;
    l.productLine = QStringLiteral("ti");
    l.product = QStringLiteral("Backup Suite");
    l.seats = 2;
    l.startsOn = TestDatabase::today();
    l.endsOn = TestDatabase::today().addYears(1).addDays(-1);
    l.unitPrice = Money { 100000, QStringLiteral("RUB") };
    const auto recorded = licences->record(l);
    QVERIFY2(recorded.has_value(), qPrintable(recorded ? QString() : recorded.error().message));
    m_page->tabs()->setCurrentIndex(PartnerPage::LicencesTab);
    licences->select(recorded->id);
    auto *view = licences->findChild<QTableView *>();
    QVERIFY(view->actions().contains(licences->correctAction()));
    QVERIFY(licences->correctAction()->isEnabled());
    onNextDialog([](QDialog *dialog) {
        auto *seats = dialog->findChild<QSpinBox *>(QStringLiteral("seats"));
        auto *product = dialog->findChild<QLineEdit *>(QStringLiteral("product"));
        QVERIFY(seats && product);
        // Prefilled from the licence; the reason is required.
        QCOMPARE(seats->value(), 2);
        QCOMPARE(product->text(), QStringLiteral("Backup Suite"));
        QVERIFY(!okButton(dialog)->isEnabled());
        seats->setValue(3);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("three seats"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    licences->correctAction()->trigger();
    waitIdle();
    LicenceService service(m_session->store());
    const auto live = service.licences(m_partnerId);
    QVERIFY(live.has_value());
    QCOMPARE(live->size(), 1);
    QCOMPARE(live->first().licence.seats, 3);
    QCOMPARE(live->first().licence.correctsId, recorded->id);
    QTRY_COMPARE(licences->model()->rowCount(), 1);
    QCOMPARE(licences->model()->at(0).licence.seats, 3);
    QVERIFY(m_page->recordUndoStack()->canUndo());

    // Undo brings the original terms back (a live copy of it), and its sale with it.
    m_page->recordUndoStack()->undo();
    waitIdle();
    const auto back = service.licences(m_partnerId);
    QVERIFY(back.has_value());
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->first().licence.seats, 2);
    QCOMPARE(back->first().licence.correctsId, recorded->id);
    const auto sales = m_session->store().sales(m_partnerId, QDate(1900, 1, 1), QDate(9999, 12, 31));
    QVERIFY(sales.has_value());
    qint64 licensedSeats = 0;
    for (const Sale &sale : *sales) {
        if (sale.id == back->first().licence.saleId)
            licensedSeats = sale.quantity;
    }
    QCOMPARE(licensedSeats, 2);
}

void TestRecordVoids::alreadyVoidedIsAConflict()
{
    // Someone else voided the line after this window read it: the write is refused plainly.
    {
        auto other = Database::open(m_db->path());
        QVERIFY(other.has_value());
        QVERIFY(Corrections(**other)
                    .voidRecord(RecordKind::Sale, m_saleId, QStringLiteral("elsewhere"))
                    .has_value());
    }
    QSignalSpy failed(m_page->corrections(), &RecordCorrections::failed);
    onNextDialog([](QDialog *box) { box->accept(); }); // the warning
    QVERIFY(m_page->corrections()->voidRecord(RecordKind::Sale, m_saleId, QStringLiteral("billed twice")));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<Error>().code, Error::Code::Conflict);
    QVERIFY(!m_page->recordUndoStack()->canUndo());
    // The tab now shows the line as voided elsewhere.
    QTRY_COMPARE(m_page->salesTable()->model()->voidedCount(), 1);
}

void TestRecordVoids::readOnlyDatabaseDisablesVoid()
{
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
    for (RecordTable *table : { m_page->salesTable(), m_page->certificationsTable() }) {
        QVERIFY(table->selectId(table == m_page->salesTable() ? m_saleId : m_certificationId));
        for (QAction *action : { table->voidAction(), table->correctAction() }) {
            QVERIFY(!action->isEnabled());
            QCOMPARE(action->toolTip(), m_session->readOnlyReason());
        }
    }
    // Even when asked directly, nothing is written.
    QSignalSpy failed(m_page->corrections(), &RecordCorrections::failed);
    onNextDialog([](QDialog *box) { box->accept(); });
    QCOMPARE(m_page->corrections()->voidRecord(RecordKind::Sale, m_saleId, QStringLiteral("x")), nullptr);
    QCOMPARE(failed.size(), 1);
}

void TestRecordVoids::voidedRowsAreStruckThrough()
{
    RecordTableModel model({ QStringLiteral("A") });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Voiding v { QDateTime(QDate(2026, 6, 3), QTime(10, 15), QTimeZone::utc()), QStringLiteral("ann"),
        QStringLiteral("duplicate") };
    model.setRows({ { RecordCell { QStringLiteral("live") } }, { RecordCell { QStringLiteral("gone") } } },
        { RecordMark { 7, {} }, RecordMark { 8, v } });
    QCOMPARE(model.voidedCount(), 1);
    QCOMPARE(model.index(0, 0).data(RecordTableModel::IdRole).toLongLong(), 7);
    QVERIFY(!model.index(0, 0).data(RecordTableModel::VoidedRole).toBool());
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).isValid());
    QVERIFY(model.index(1, 0).data(RecordTableModel::VoidedRole).toBool());
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    const QString tip = model.index(1, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("ann")) && tip.contains(QStringLiteral("duplicate"))
            && tip.contains(QStringLiteral("2026")),
        qPrintable(tip));
}

QTEST_MAIN(TestRecordVoids)
#include "tst_recordvoids.moc"
