// The partner page: profile edits with validation, undo and redo, saving with optimistic
// locking, and tier changes that write the history.
#include "licences/certificationsview.h"
#include "licences/creditsview.h"
#include "licences/licencesview.h"
#include "licences/licencetablemodel.h"
#include "licences/nfrkeymodel.h"
#include "licences/nfrkeysview.h"
#include "io/importer.h"
#include "licensing/licenceservice.h"
#include "partner/partnerpage.h"
#include "partner/profileform.h"
#include "partner/profilevalidator.h"
#include "partner/tierchangedialog.h"
#include "partner/tierstatustab.h"
#include "recordtablemodel.h"
#include "partner/recordtabs.h"
#include "session.h"
#include "storage/store.h"
#include "workers/readthread.h"
#include "pagewait.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QThread>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace pd;
using namespace pd::ui;

class TestPartnerPage final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsRecordsInTabs();
    void editUndoRedo();
    void typingMergesIntoOneCommand();
    void invalidInputIsRefusedWithMessage_data();
    void invalidInputIsRefusedWithMessage();
    void saveWritesTheProfile();
    void ownerIsEditedAndSaved();
    void concurrentChangeIsAConflict();
    void tierChangeWritesHistory();
    void fieldChangesShowInHistory();
    void tierChangeKeepsUnsavedEdits();
    void tierChangeDialogNeedsReason();
    void recordModelsKeepTheContract();
    void licensingTabsFollowThePartner();
    void recordedLicenceRefreshesSalesKeepingEdits();
    void readsRunOnTheReadThread();
    void showsLoadingWhileReading();
    void staleReadIsDropped();
    void storageErrorIsShown();

private:
    QLineEdit *field(ProfileField f) const
    {
        return qobject_cast<QLineEdit *>(m_page->profileForm()->fieldWidget(f));
    }

    QString titleText() const { return m_page->findChild<QLabel *>(QStringLiteral("partnerTitle"))->text(); }
    QString subtitleText() const { return m_page->findChild<QLabel *>(QStringLiteral("partnerSubtitle"))->text(); }
    qint64 addPartner(const QString &code, const QString &name)
    {
        Partner p;
        p.code = code;
        p.name = name;
        p.country = QStringLiteral("ES");
        p.programKey = QStringLiteral("reseller-status");
        p.tierKey = QStringLiteral("authorized");
        p.tierSince = QDate(2025, 1, 1);
        p.joinedOn = QDate(2024, 3, 1);
        return m_session->store().insertPartner(p).value_or(0);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PartnerPage> m_page;
    qint64 m_partnerId = 0;
};

void TestPartnerPage::init()
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
    QVERIFY(store.insertContact(Contact { 0, m_partnerId, QStringLiteral("Ana Pérez"), QStringLiteral("CEO"),
                                          QStringLiteral("ana@acme.es"), QString() })
                .has_value());
    auto customer = store.insertCustomer(Customer { 0, m_partnerId, QStringLiteral("C-1"), QStringLiteral("Banco Sur"),
                                                    QStringLiteral("ES") });
    QVERIFY(customer.has_value());
    Sale sale;
    sale.partnerId = m_partnerId;
    sale.customerId = *customer;
    sale.soldOn = QDate(2026, 5, 2);
    sale.productLine = QStringLiteral("ti");
    sale.unitPrice = Money { 1200000, QStringLiteral("RUB") };
    sale.quantity = 3;
    QVERIFY(store.insertSale(sale).has_value());
    m_page = std::make_unique<PartnerPage>(m_session.get());
    QVERIFY(m_page->showPartner(m_partnerId));
    WAIT_FOR_PAGE(m_page);
}

void TestPartnerPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_db.reset();
}

void TestPartnerPage::showsRecordsInTabs()
{
    QCOMPARE(m_page->partnerId(), m_partnerId);
    QCOMPARE(field(ProfileField::Name)->text(), QStringLiteral("Acme"));
    QCOMPARE(m_page->tabs()->count(), 13); // the last: Negotiated Rates (issue 16)
    QVERIFY(m_page->tierStatus()->evaluation().has_value());
    QCOMPARE(m_page->tierStatus()->evaluation()->currentTier, QStringLiteral("authorized"));
    QVERIFY(!m_page->saveAction()->isEnabled());
    QVERIFY(m_page->changeTierAction()->isEnabled());
}

void TestPartnerPage::editUndoRedo()
{
    QLineEdit *name = field(ProfileField::Name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Acme Iberia"));
    QCOMPARE(m_page->profileForm()->draft().name, QStringLiteral("Acme Iberia"));
    QVERIFY(m_page->isModified());
    QVERIFY(m_page->saveAction()->isEnabled());

    m_page->undoStack()->undo();
    QCOMPARE(name->text(), QStringLiteral("Acme"));
    QCOMPARE(m_page->profileForm()->draft().name, QStringLiteral("Acme"));
    QVERIFY(!m_page->isModified());
    QVERIFY(!m_page->saveAction()->isEnabled());

    m_page->undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("Acme Iberia"));
    QVERIFY(m_page->saveAction()->isEnabled());

    // Ctrl+Z in the field does not run the line edit's own undo.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), QStringLiteral("Acme Iberia"));
}

void TestPartnerPage::typingMergesIntoOneCommand()
{
    QLineEdit *region = field(ProfileField::Region);
    QTest::keyClicks(region, QStringLiteral("Madrid"));
    QCOMPARE(m_page->undoStack()->count(), 1);
    QLineEdit *website = field(ProfileField::Website);
    QTest::keyClicks(website, QStringLiteral("https://acme.es"));
    QCOMPARE(m_page->undoStack()->count(), 2);
    m_page->undoStack()->undo();
    QCOMPARE(website->text(), QString());
    QCOMPARE(region->text(), QStringLiteral("Madrid"));
}

void TestPartnerPage::invalidInputIsRefusedWithMessage_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << int(ProfileField::Name) << QString() << QStringLiteral("Enter the partner's name.");
    QTest::newRow("country") << int(ProfileField::Country) << QStringLiteral("XQ")
                             << QStringLiteral("\"XQ\" is not a country code. Enter two capital letters (ISO 3166), "
                                               "such as ES or RU.");
    QTest::newRow("web site") << int(ProfileField::Website) << QStringLiteral("www example")
                              << QStringLiteral("Enter a full web address such as https://example.com, or leave it empty.");
    QTest::newRow("owner too long") << int(ProfileField::Owner) << QString(201, u'o')
                                    << QStringLiteral("An account owner's name has at most 200 character(s)."); // no en plurals loaded
    QTest::newRow("code with space") << int(ProfileField::Code) << QStringLiteral("P 1")
                                     << QStringLiteral("A code has up to 32 letters, digits, '.', '_' or '-', and no spaces.");
    QTest::newRow("territory of a tier without one")
        << int(ProfileField::Territory) << QStringLiteral("Madrid")
        << QStringLiteral("Tier Authorized holds no territory. Leave the territory empty or change the tier first.");
}

void TestPartnerPage::invalidInputIsRefusedWithMessage()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QLineEdit *edit = this->field(ProfileField(field));
    QVERIFY(edit);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    ProfileForm *form = m_page->profileForm();
    QVERIFY(!form->isValid());
    QCOMPARE(form->issueText(ProfileField(field)), message);
    QCOMPARE(edit->toolTip(), message);
    QVERIFY(m_page->isModified());
    QVERIFY(!m_page->saveAction()->isEnabled());
    const auto saved = m_page->saveProfile();
    QVERIFY(!saved.has_value());
    QCOMPARE(saved.error().code, Error::Code::InvalidInput);
    QCOMPARE(m_session->store().partner(m_partnerId)->name, QStringLiteral("Acme"));
    // Undo brings back a valid profile.
    m_page->undoStack()->undo();
    QVERIFY(form->isValid());
    QVERIFY(form->issueText(ProfileField(field)).isEmpty());
}

void TestPartnerPage::saveWritesTheProfile()
{
    QTest::keyClicks(field(ProfileField::Region), QStringLiteral("Andalusia"));
    const auto r = m_page->saveProfile();
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QVERIFY(!m_page->isModified());
    const auto stored = m_session->store().partner(m_partnerId);
    QCOMPARE(stored->region, QStringLiteral("Andalusia"));
    QCOMPARE(stored->rowVersion, 2);
    // A second save after more edits uses the new row version.
    QTest::keyClicks(field(ProfileField::Region), QStringLiteral(" Sur"));
    QVERIFY(m_page->saveProfile().has_value());
    QCOMPARE(m_session->store().partner(m_partnerId)->region, QStringLiteral("Andalusia Sur"));
}

// The account owner (issue 16): edited in the form like any field, undoable, stored without
// surrounding spaces (the Payouts view filters by it).
void TestPartnerPage::ownerIsEditedAndSaved()
{
    QLineEdit *owner = field(ProfileField::Owner);
    QVERIFY(owner);
    QCOMPARE(owner->text(), QString());
    QTest::keyClicks(owner, QStringLiteral(" Lucia Fernandez "));
    QCOMPARE(m_page->profileForm()->draft().owner, QStringLiteral(" Lucia Fernandez "));
    QVERIFY(m_page->saveAction()->isEnabled());
    const auto r = m_page->saveProfile();
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(m_session->store().partner(m_partnerId)->owner, QStringLiteral("Lucia Fernandez"));

    // Cleared and saved: no owner; undo brings the typed name back into the form.
    owner->selectAll();
    QTest::keyClick(owner, Qt::Key_Delete);
    QVERIFY(m_page->saveProfile().has_value());
    QCOMPARE(m_session->store().partner(m_partnerId)->owner, QString());
    m_page->undoStack()->undo();
    QCOMPARE(owner->text(), QStringLiteral(" Lucia Fernandez "));
    QVERIFY(m_page->isModified());
}

void TestPartnerPage::concurrentChangeIsAConflict()
{
    {
        // Someone else, on another connection, renames the partner.
        auto other = Database::open(m_db->path());
        QVERIFY(other.has_value());
        Store store(**other);
        Partner p = *store.partner(m_partnerId);
        p.name = QStringLiteral("Acme Global");
        QVERIFY(store.updatePartner(p).has_value());
    }
    QTest::keyClicks(field(ProfileField::Region), QStringLiteral("Galicia"));
    const auto r = m_page->saveProfile();
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY(r.error().message.contains(QStringLiteral("changed by someone else")));
    QVERIFY(m_page->isModified()); // the user's edits are kept
    QCOMPARE(m_session->store().partner(m_partnerId)->name, QStringLiteral("Acme Global"));
}

void TestPartnerPage::tierChangeWritesHistory()
{
    const auto r = m_page->changeTier(QStringLiteral("certified"), QDate(2026, 6, 1), QStringLiteral("Sales target met"));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    WAIT_FOR_PAGE(m_page);
    const auto history = m_session->store().tierHistory(m_partnerId);
    QVERIFY(history.has_value());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().fromTier, QStringLiteral("authorized"));
    QCOMPARE(history->first().toTier, QStringLiteral("certified"));
    QCOMPARE(history->first().reason, QStringLiteral("Sales target met"));
    QCOMPARE(history->first().effectiveOn, QDate(2026, 6, 1));
    QCOMPARE(m_session->store().partner(m_partnerId)->tierKey, QStringLiteral("certified"));
    QCOMPARE(m_page->historyTable()->model()->rowCount(), 1);
    QCOMPARE(m_page->tierStatus()->evaluation()->currentTier, QStringLiteral("certified"));

    // A reason is required.
    const auto refused = m_page->changeTier(QStringLiteral("privileged"), QDate(2026, 6, 2), QStringLiteral("  "));
    QVERIFY(!refused.has_value());
    QCOMPARE(m_session->store().tierHistory(m_partnerId)->size(), 1);
}

// Fields an import with update changed are listed under the tier changes, in words.
void TestPartnerPage::fieldChangesShowInHistory()
{
    QCOMPARE(m_page->fieldChangesTable()->model()->rowCount(), 0);
    QByteArray file = "code,partner,name,country\nC-1,P-1,Banco Norte,ES\n";
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    Importer importer(m_session->store());
    importer.setOptions(ImportOptions { true, QStringLiteral("ana") });
    const auto r = importer.importDevice(CsvKind::Customers, &buffer, QStringLiteral("crm.csv"));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    m_page->reload(); // as the window does after an import
    WAIT_FOR_PAGE(m_page);
    const QAbstractItemModel *model = m_page->fieldChangesTable()->model();
    QAbstractItemModelTester tester(m_page->fieldChangesTable()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QStringList cells;
    for (int column = 1; column < model->columnCount(); ++column)
        cells << model->index(0, column).data().toString();
    QCOMPARE(cells, (QStringList { QStringLiteral("Customer C-1"), QStringLiteral("Name"), QStringLiteral("Banco Sur"),
                                   QStringLiteral("Banco Norte"), QStringLiteral("ana"), QStringLiteral("crm.csv") }));
}

void TestPartnerPage::tierChangeKeepsUnsavedEdits()
{
    QTest::keyClicks(field(ProfileField::Region), QStringLiteral("Murcia"));
    QVERIFY(m_page->changeTier(QStringLiteral("certified"), QDate(2026, 6, 1), QStringLiteral("Review")).has_value());
    QVERIFY(m_page->isModified());
    // Saving the profile afterwards neither conflicts nor brings the old tier back.
    QVERIFY(m_page->saveProfile().has_value());
    const auto stored = m_session->store().partner(m_partnerId);
    QCOMPARE(stored->region, QStringLiteral("Murcia"));
    QCOMPARE(stored->tierKey, QStringLiteral("certified"));
}

void TestPartnerPage::tierChangeDialogNeedsReason()
{
    const Program *program = m_session->program(QStringLiteral("reseller-status"));
    QVERIFY(program);
    TierChangeDialog dialog(*program, *m_session->store().partner(m_partnerId), QStringLiteral("certified"),
                            TestDatabase::today());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.tierKey(), QStringLiteral("certified"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(), QStringLiteral("Met every requirement"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reason(), QStringLiteral("Met every requirement"));
    QCOMPARE(dialog.effectiveOn(), TestDatabase::today());
}

void TestPartnerPage::recordModelsKeepTheContract()
{
    for (QTableView *view : m_page->findChildren<QTableView *>()) {
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_UNUSED(tester);
    }
    RecordTableModel model(RecordRows::saleHeaders());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto sales = m_session->store().sales(m_partnerId, QDate(2000, 1, 1), QDate(2100, 1, 1));
    const auto customers = m_session->store().customers(m_partnerId);
    model.setRows(RecordRows::sales(*sales, *customers, m_session->program(QStringLiteral("reseller-status"))));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Banco Sur"));
    QCOMPARE(model.index(0, 5).data(RecordTableModel::SortRole).toLongLong(), qint64(3600000));
}

void TestPartnerPage::licensingTabsFollowThePartner()
{
    Store &store = m_session->store();
    const QDate today = TestDatabase::today();
    Licence l;
    l.partnerId = m_partnerId;
    l.customerId = store.customers(m_partnerId)->first().id;
    l.productLine = QStringLiteral("ti");
    l.product = QStringLiteral("Backup Suite");
    l.seats = 5;
    l.startsOn = today.addDays(30 - 365);
    l.endsOn = today.addDays(30);
    l.unitPrice = Money { 100000, QStringLiteral("RUB") };
    QVERIFY(LicenceService(store).recordResale(l).has_value());
    Partner other;
    other.code = QStringLiteral("A-1");
    other.name = QStringLiteral("Credits Co");
    other.country = QStringLiteral("ES");
    other.programKey = QStringLiteral("activation-credits");
    other.tierKey = QStringLiteral("specialist");
    other.tierSince = QDate(2025, 1, 1);
    other.joinedOn = QDate(2024, 3, 1);
    const auto otherId = store.insertPartner(other);
    QVERIFY(otherId.has_value());

    m_page->reload();
    WAIT_FOR_PAGE(m_page);
    // The licensing tabs read when one of them is shown.
    QVERIFY(!m_page->licencesView());
    m_page->tabs()->setCurrentIndex(PartnerPage::LicencesTab);
    QVERIFY(m_page->licencesView() && m_page->nfrKeysView() && m_page->creditsView()
            && m_page->certificationsView());
    QCOMPARE(m_page->tabs()->widget(PartnerPage::LicencesTab)->findChild<LicencesView *>(), m_page->licencesView());
    QCOMPARE(m_page->licencesView()->model()->rowCount(), 1);
    QCOMPARE(m_page->licencesView()->model()->index(0, LicenceTableModel::Product).data().toString(),
             QStringLiteral("Backup Suite"));
    QVERIFY(!m_page->creditsView()->usesCredits());

    // Another partner's licensing is read on the page's read thread, as the rest of the page.
    QVERIFY(m_page->showPartner(*otherId));
    WAIT_FOR_PAGE(m_page);
    QTRY_COMPARE(m_page->licencesView()->model()->rowCount(), 0);
    QTRY_VERIFY(m_page->creditsView()->usesCredits());
    QCOMPARE(m_page->nfrKeysView()->model()->rowCount(), 0);

    QVERIFY(m_page->showPartner(m_partnerId));
    WAIT_FOR_PAGE(m_page);
    QTRY_COMPARE(m_page->licencesView()->model()->rowCount(), 1);
    QTRY_VERIFY(!m_page->creditsView()->usesCredits());

    // The views hold the session's Store: they go before the database closes.
    m_session->close();
    QVERIFY(!m_page->licencesView());
    QCOMPARE(m_page->partnerId(), qint64(0));
}

// A licence recorded from the Licences tab is a sale: the Sales tab shows it at once, and the
// profile edits the user has not saved yet stay.
void TestPartnerPage::recordedLicenceRefreshesSalesKeepingEdits()
{
    m_page->reload();
    WAIT_FOR_PAGE(m_page);
    m_page->tabs()->setCurrentIndex(PartnerPage::LicencesTab);
    QVERIFY(m_page->licencesView());
    auto *salesTable = m_page->tabs()->widget(PartnerPage::SalesTab)->findChild<QTableView *>();
    QVERIFY(salesTable);
    const int salesBefore = salesTable->model()->rowCount();
    QLineEdit *name = field(ProfileField::Name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Acme Iberia"));
    QVERIFY(m_page->isModified());

    Licence l;
    l.customerId = m_session->store().customers(m_partnerId)->first().id;
    l.productLine = QStringLiteral("ti");
    l.product = QStringLiteral("Backup Suite");
    l.seats = 2;
    l.startsOn = TestDatabase::today();
    l.endsOn = TestDatabase::today().addYears(1).addDays(-1);
    l.unitPrice = Money { 100000, QStringLiteral("RUB") };
    const auto recorded = m_page->licencesView()->record(l);
    QVERIFY2(recorded.has_value(), qPrintable(recorded ? QString() : recorded.error().message));

    WAIT_FOR_PAGE(m_page);
    QCOMPARE(salesTable->model()->rowCount(), salesBefore + 1);
    QVERIFY(m_page->isModified());
    QCOMPARE(name->text(), QStringLiteral("Acme Iberia"));
    QCOMPARE(m_page->profileForm()->draft().name, QStringLiteral("Acme Iberia"));
}

// The reads of a partner run on the read thread, on its own connection, which it keeps.
void TestPartnerPage::readsRunOnTheReadThread()
{
    ReadThread reader;
    QList<QThread *> threads;
    QStringList names;
    for (int i = 0; i < 2; ++i) {
        reader.run(m_db->path(), [&](Result<Store *> store) {
            threads << QThread::currentThread();
            names << (store ? (*store)->database().connectionName() : store.error().message);
            return true;
        });
    }
    reader.closeConnection(); // after the reads queued before it
    QCOMPARE(threads.size(), 2);
    QVERIFY(threads.at(0) != QThread::currentThread());
    QCOMPARE(threads.at(1), threads.at(0));
    QCOMPARE(names.at(1), names.at(0)); // one connection for both
    QVERIFY(names.at(0) != m_session->store().database().connectionName());

    // A read that failed closes the connection: the next read opens another.
    reader.run(m_db->path(), [](Result<Store *>) { return false; });
    reader.run(m_db->path(), [&](Result<Store *> store) {
        names << (store ? (*store)->database().connectionName() : store.error().message);
        return true;
    });
    reader.closeConnection();
    QCOMPARE(names.size(), 3);
    QVERIFY(names.at(2) != names.at(0));

    // A location that cannot be opened reaches the read as an error.
    QString error;
    reader.run(m_db->path() + QStringLiteral(".missing"),
               [&](Result<Store *> store) {
                   error = store ? QString() : store.error().message;
                   return store.has_value();
               });
    reader.closeConnection();
    QVERIFY(!error.isEmpty());
}

// While the partner is read the page says so, its tabs and partner actions wait; then it shows it.
void TestPartnerPage::showsLoadingWhileReading()
{
    const qint64 other = addPartner(QStringLiteral("P-2"), QStringLiteral("Beta"));
    QVERIFY(other != 0);
    QSignalSpy loaded(m_page.get(), &PartnerPage::loaded);
    QVERIFY(m_page->showPartner(other));
    QCOMPARE(m_page->partnerId(), other);
    QVERIFY(m_page->isLoading());
    QCOMPARE(titleText(), QStringLiteral("Loading…"));
    QVERIFY(!m_page->tabs()->isEnabled());
    QVERIFY(!m_page->changeTierAction()->isEnabled());
    QVERIFY(loaded.wait(20000));
    QVERIFY(!m_page->isLoading());
    QCOMPARE(titleText(), QStringLiteral("Beta"));
    QCOMPARE(field(ProfileField::Name)->text(), QStringLiteral("Beta"));
    QVERIFY(m_page->tabs()->isEnabled());
    QVERIFY(m_page->changeTierAction()->isEnabled());
    QCOMPARE(m_page->tierStatus()->evaluation()->partnerId, other);
}

// A click on another partner before the first one's read is done: only the last one is shown.
void TestPartnerPage::staleReadIsDropped()
{
    const qint64 other = addPartner(QStringLiteral("P-2"), QStringLiteral("Beta"));
    QVERIFY(other != 0);
    QSignalSpy loaded(m_page.get(), &PartnerPage::loaded);
    QVERIFY(m_page->showPartner(other));
    QVERIFY(m_page->showPartner(m_partnerId));
    WAIT_FOR_PAGE(m_page);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_page->partnerId(), m_partnerId);
    QCOMPARE(field(ProfileField::Name)->text(), QStringLiteral("Acme"));
    QCOMPARE(m_page->salesTable()->model()->rowCount(), 1);
    QCOMPARE(m_page->tierStatus()->evaluation()->partnerId, m_partnerId);
    // Nothing of Beta arrives later: the reads run in order on one thread and post their results
    // in that order, so Beta's (if it was read at all) came before Acme's and was dropped.
    QCOMPARE(loaded.size(), 1);
}

// A read that fails is said on the page and in the status bar, never shown as an empty partner.
void TestPartnerPage::storageErrorIsShown()
{
    const qint64 other = addPartner(QStringLiteral("P-2"), QStringLiteral("Beta"));
    {
        // Another program breaks the file under the window.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(m_db->path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE scores RENAME TO scores_gone")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    QSignalSpy status(m_page.get(), &PartnerPage::statusMessage);
    QVERIFY(m_page->showPartner(other));
    WAIT_FOR_PAGE(m_page);
    // The profile was read; the records were not, and the page says so where they would be.
    QCOMPARE(titleText(), QStringLiteral("Beta"));
    QVERIFY2(subtitleText().startsWith(QStringLiteral("Some of the partner's records could not be read: ")),
             qPrintable(subtitleText()));
    QVERIFY2(subtitleText().contains(QStringLiteral("scores")), qPrintable(subtitleText()));
    QCOMPARE(status.size(), 1);
    QVERIFY(subtitleText().endsWith(status.first().at(0).toString()));
    QCOMPARE(m_page->salesTable()->model()->rowCount(), 0);
    QVERIFY(!m_page->tierStatus()->evaluation().has_value());

    // A partner that cannot be read at all: nothing is shown under its name.
    status.clear();
    QVERIFY(m_page->showPartner(other + 1000));
    WAIT_FOR_PAGE(m_page);
    QCOMPARE(titleText(), QStringLiteral("The partner could not be read"));
    QCOMPARE(status.size(), 1);
    QCOMPARE(subtitleText(), status.first().at(0).toString());
    QVERIFY(!m_page->tabs()->isEnabled());
    QVERIFY(!m_page->changeTierAction()->isEnabled());
}

QTEST_MAIN(TestPartnerPage)
#include "tst_partnerpage.moc"
