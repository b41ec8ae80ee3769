// The whole window on a generated database: start-up with --db, keyboard shortcuts, the
// partner page following the browser, settings restored, and a job that fails at once leaving a
// usable result box and window.
#include "csvimportdialog.h"
#include "dashboard.h"
#include "io/exporter.h"
#include "storage/store.h"
#include "mainwindow.h"
#include "partner/partnerpage.h"
#include "partner/profileform.h"
#include "partner/recordcorrections.h"
#include "partner/recordtabs.h"
#include "recordtablemodel.h"
#include "partnerbrowser.h"
#include "partnertablemodel.h"
#include "program/programeditor.h"
#include "resultbox.h"
#include "storage/serverlocation.h"
#include "team/connectdialog.h"
#include "workers/workerdatabase.h"
#include "session.h"
#include "recentfiles.h"
#include "pagewait.h"
#include "testdatabase.h"
#include "../core/filetools.h"
#include "dates.h"
#include "io/csvwriter.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStatusBar>
#include <QMessageBox>
#include <QTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace pd;
using namespace pd::ui;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensTheGivenDatabase();
    void keyboardReachesTheViews();
    void undoAndRedoShortcuts();
    void ctrlZUndoesAVoidOnARecordTab();
    void settingsAreRestored();
    void failedImportLeavesTheWindowUsable();
    void failedExportLeavesTheWindowUsable();
    void reimportSaysNothingNewWasImported();
    void fileArgumentIsMadeAbsolute();
    void teamDatabaseUrlIsNotAFile();
    void teamDatabaseUrlWithoutPasswordAsks();
    void openRefusesEmptyFileAndKeepsBusyOneInRecent();
    void importDialogOffersUpdate();
    void importWithUpdateFromTheWindow();

private:
    void waitUntilEvaluated(MainWindow &window);
    void runFailingCsvJob(const char *action, const QString &file, const QString &expectedText);
    QStringList startWithUrl(const QString &argument, QStringList &boxes, QStringList &fields);
    std::unique_ptr<TestDatabase> m_db;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PartnerDeskTest"));
    QApplication::setApplicationName(QStringLiteral("PartnerDeskTest"));
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->generate(25, 800));
}

void TestMainWindow::waitUntilEvaluated(MainWindow &window)
{
    QSignalSpy evaluated(window.browser(), &PartnerBrowser::evaluationFinished);
    QVERIFY(evaluated.wait(60000));
}

void TestMainWindow::opensTheGivenDatabase()
{
    MainWindow window;
    window.session()->setToday(TestDatabase::today());
    window.show();
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    QCOMPARE(window.session()->location(), m_db->path());
    QCOMPARE(window.browser()->model()->rowCount(), 25);
    QVERIFY(window.windowTitle().contains(QStringLiteral("test.sqlite")));
    // The first partner is shown in the partner page.
    waitUntilEvaluated(window);
    QVERIFY(window.browser()->currentPartnerId() != 0);
    QCOMPARE(window.partnerPage()->partnerId(), window.browser()->currentPartnerId());
    // Selecting another row shows that partner.
    window.browser()->view()->selectRow(3);
    QCOMPARE(window.partnerPage()->partnerId(), window.browser()->currentPartnerId());
    QVERIFY(!window.dashboard()->tierData().tiers.isEmpty() || window.dashboard()->isHidden());
}

void TestMainWindow::keyboardReachesTheViews()
{
    MainWindow window;
    window.session()->setToday(TestDatabase::today());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(window.dashboard()->isVisible());
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QVERIFY(window.programEditor()->isVisible());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.browser()->isVisible());
    QCOMPARE(QApplication::focusWidget(), window.browser()->filterEdit());
    QTest::keyClicks(window.browser()->filterEdit(), window.browser()->model()->rowAt(0).code);
    QCOMPARE(window.browser()->proxy()->rowCount(), 1);
    QTest::keyClick(window.browser()->filterEdit(), Qt::Key_Escape);
    QCOMPARE(window.browser()->proxy()->rowCount(), 25);
}

void TestMainWindow::undoAndRedoShortcuts()
{
    MainWindow window;
    window.session()->setToday(TestDatabase::today());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    waitUntilEvaluated(window);
    PartnerPage *page = window.partnerPage();
    WAIT_FOR_PAGE(page);
    QVERIFY(page->partnerId() != 0);
    auto *region = qobject_cast<QLineEdit *>(page->profileForm()->fieldWidget(ProfileField::Region));
    const QString before = region->text();
    region->setFocus();
    region->end(false);
    QTest::keyClicks(region, QStringLiteral(" Norte"));
    QCOMPARE(region->text(), before + QStringLiteral(" Norte"));
    QTest::keyClick(region, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(region->text(), before);
    QTest::keyClick(region, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(region->text(), before + QStringLiteral(" Norte"));
    page->undoStack()->undo(); // leave nothing unsaved for closing
}

void TestMainWindow::settingsAreRestored()
{
    {
        MainWindow window;
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.startUp(m_db->path());
        QVERIFY(ready.wait(60000));
        QHeaderView *header = window.browser()->view()->horizontalHeader();
        header->resizeSection(PartnerTableModel::Code, 123);
        window.browser()->view()->sortByColumn(PartnerTableModel::Revenue, Qt::DescendingOrder);
        window.showView(MainWindow::View::Programs);
        window.close();
    }
    MainWindow window;
    QHeaderView *header = window.browser()->view()->horizontalHeader();
    QCOMPARE(header->sectionSize(PartnerTableModel::Code), 123);
    QCOMPARE(header->sortIndicatorSection(), int(PartnerTableModel::Revenue));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(window.programEditor()->isVisibleTo(&window));
    // Without --db the last database opens.
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(QString());
    QVERIFY(ready.wait(60000));
    QCOMPARE(window.session()->location(), m_db->path());
    QCOMPARE(window.browser()->model()->sortColumn(), int(PartnerTableModel::Revenue));
}

// Runs File › Import/Export CSV on `file`, a job that fails at once. The box saying so must be the
// only dialog up, close on a click, and leave the window taking clicks (seen: a window-modal
// progress dialog popped up over the box and the app had to be killed).
void TestMainWindow::runFailingCsvJob(const char *action, const QString &file, const QString &expectedText)
{
    MainWindow window;
    window.session()->setToday(TestDatabase::today());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    waitUntilEvaluated(window);
    window.showView(MainWindow::View::Partners);
    ResultBoxWatcher watcher([&file](QWidget *modal) {
        if (auto *dialog = qobject_cast<CsvFileDialog *>(modal)) {
            dialog->findChild<QLineEdit *>()->setText(file);
            dialog->accept();
        }
    });
    window.findChild<QAction *>(QString::fromLatin1(action))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.boxes == 1 && QApplication::activeModalWidget() == nullptr, 20000);
    QVERIFY2(watcher.text.contains(expectedText), qPrintable(watcher.text));
    QVERIFY(watcher.closedByClick);
    QVERIFY2(watcher.dialogsOverBox.isEmpty(), qPrintable(watcher.dialogsOverBox.join(u',')));
    // Nothing pops up later, and the window takes a click.
    QTest::qWait(500);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QTableView *view = window.browser()->view();
    const QRect row = view->visualRect(view->model()->index(3, 1));
    QTest::mouseClick(window.windowHandle(), Qt::LeftButton, {}, view->viewport()->mapTo(&window, row.center()));
    QCOMPARE(view->currentIndex().row(), 3);
    QCOMPARE(watcher.boxes, 1);
}

void TestMainWindow::failedImportLeavesTheWindowUsable()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("partners.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("code,name,country,category,program,tier,tier_since,joined_on\n"
              "P-900,Bad Date,ES,channel,reseller-status,authorized,2025-13-45,2025-01-01\n");
    csv.close();
    runFailingCsvJob("importCsv", file, QStringLiteral("partners.csv was not imported"));
}

void TestMainWindow::failedExportLeavesTheWindowUsable()
{
    QTemporaryDir dir;
    runFailingCsvJob("exportCsv", dir.filePath(QStringLiteral("missing/partners.csv")), QStringLiteral("missing"));
}

// Issue 15: the sales the database holds, imported again, add nothing, and the window says so.
void TestMainWindow::reimportSaysNothingNewWasImported()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sales.csv"));
    qint64 sales = 0;
    {
        auto db = Database::open(m_db->path());
        QVERIFY(db.has_value());
        Store store(**db);
        const auto written = Exporter(store).exportFile(CsvKind::Sales, file);
        QVERIFY(written.has_value());
        sales = *written;
    }
    QVERIFY(sales > 0);
    MainWindow window;
    window.session()->setToday(TestDatabase::today());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    waitUntilEvaluated(window);
    ResultBoxWatcher watcher([&file](QWidget *modal) {
        if (auto *dialog = qobject_cast<CsvFileDialog *>(modal)) {
            auto *kinds = dialog->findChild<QComboBox *>();
            kinds->setCurrentIndex(kinds->findData(int(CsvKind::Sales)));
            dialog->findChild<QLineEdit *>()->setText(file);
            dialog->accept();
        }
    });
    QStringList messages;
    connect(window.statusBar(), &QStatusBar::messageChanged, this, [&messages](const QString &m) { messages << m; });
    window.findChild<QAction *>(QStringLiteral("importCsv"))->trigger();
    // This test installs no translation: the English source text, plural forms unresolved.
    const QString expected = QStringLiteral("Sales: nothing new was imported; %1 record(s) already present.")
                                 .arg(QLocale().toString(sales));
    QTRY_VERIFY2_WITH_TIMEOUT(messages.contains(expected), qPrintable(messages.join(u'|') + watcher.text), 30000);
    QCOMPARE(watcher.boxes, 0);
}

void TestMainWindow::fileArgumentIsMadeAbsolute()
{
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    QVERIFY(Database::create(dir.filePath(QStringLiteral("relative.sqlite"))).has_value());
    {
        MainWindow window;
        QSignalSpy ready(&window, &MainWindow::ready);
        window.startUp(QStringLiteral("relative.sqlite"));
        QVERIFY(ready.count() == 1 || ready.wait(60000));
        QCOMPARE(window.session()->location(), QDir(dir.path()).absoluteFilePath(QStringLiteral("relative.sqlite")));
    }
    QDir::setCurrent(before);
}

// Starts the window with `argument` in an empty current folder, answering every message box (its
// text into `boxes`) and cancelling the Connect dialog (its fields and message into `fields`).
// Returns what the current folder holds afterwards.
QStringList TestMainWindow::startWithUrl(const QString &argument, QStringList &boxes, QStringList &fields)
{
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    QDir::setCurrent(dir.path());
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            boxes << box->text() + box->informativeText();
            box->accept();
        } else if (auto *dialog = qobject_cast<ConnectDialog *>(modal)) {
            fields << dialog->hostEdit()->text() << QString::number(dialog->portEdit()->value())
                   << dialog->databaseEdit()->text() << dialog->userEdit()->text() << dialog->passwordEdit()->text();
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->text().startsWith(QStringLiteral("Not connected")))
                    fields << label->text();
            dialog->reject();
        }
    });
    answer.start();
    {
        MainWindow window;
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.startUp(argument);
        if (ready.isEmpty())
            ready.wait(30000);
        if (ready.size() != 1 || window.session()->isOpen())
            fields << QStringLiteral("not ready, or open");
    }
    QDir::setCurrent(before);
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// `partnerdesk --db postgresql://...` connects to the team database as File › Connect to Team
// Database would; it used to be taken for a file name, password included.
void TestMainWindow::teamDatabaseUrlIsNotAFile()
{
    // Nothing listens on port 1: the connection is refused at once.
    const QString url = QStringLiteral("postgresql://ana:s3cret@127.0.0.1:1/partners?connect_timeout=2");
    const QString withoutPassword = ServerLocation::parse(url)->url();
    QVERIFY(!withoutPassword.contains(QStringLiteral("s3cret")));
    QStringList boxes;
    QStringList fields;
    QCOMPARE(startWithUrl(url, boxes, fields), QStringList());
    // The server's refusal, then the Connect dialog filled in from the URL, its password too.
    QCOMPARE(boxes.size(), 1);
    QVERIFY2(!boxes.first().contains(QStringLiteral("s3cret")), qPrintable(boxes.first()));
    QCOMPARE(fields, QStringList({ QStringLiteral("127.0.0.1"), QStringLiteral("1"), QStringLiteral("partners"),
                                   QStringLiteral("ana"), QStringLiteral("s3cret"),
                                   QStringLiteral("Not connected. Check the fields and try again.") }));
    // The password is in memory for this run, under the URL without it; in no file or setting.
    QCOMPARE(serverPassword(withoutPassword), QStringLiteral("s3cret"));
    setServerPassword(withoutPassword, QString());
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QString value = settings.value(key).toStringList().join(u' ') + settings.value(key).toString();
        QVERIFY2(!value.contains(QStringLiteral("s3cret")) && !value.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(key));
    }
}

// Without a password anywhere (URL, keychain, PGPASSWORD, password file) the Connect dialog asks
// at once, rather than after the server's refusal.
void TestMainWindow::teamDatabaseUrlWithoutPasswordAsks()
{
    const auto saved = [](const char *name) {
        return qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt;
    };
    const auto restore = [](const char *name, const std::optional<QByteArray> &value) {
        value ? qputenv(name, *value) : qunsetenv(name);
    };
    const auto pgPassword = saved("PGPASSWORD");
    const auto pgPassFile = saved("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QDir::temp().filePath(QStringLiteral("no-such-pgpass")).toLocal8Bit());
    QStringList boxes;
    QStringList fields;
    const QStringList left = startWithUrl(QStringLiteral("postgresql://ana@127.0.0.1:1/partners"), boxes, fields);
    restore("PGPASSWORD", pgPassword);
    restore("PGPASSFILE", pgPassFile);
    QCOMPARE(left, QStringList());
    QCOMPARE(boxes, QStringList());
    QCOMPARE(fields, QStringList({ QStringLiteral("127.0.0.1"), QStringLiteral("1"), QStringLiteral("partners"),
                                   QStringLiteral("ana"), QString() }));
}

void TestMainWindow::openRefusesEmptyFileAndKeepsBusyOneInRecent()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString busy = dir.filePath(QStringLiteral("busy.sqlite"));
    {
        auto db = Database::create(busy);
        QVERIFY(db.has_value());
        QVERIFY(Store(**db).installBuiltinPrograms().has_value());
    }
    RecentFiles recent;
    recent.add(empty);
    recent.add(busy);
    MainWindow window;
    QStringList shown;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown << box->text();
            box->accept();
        }
    });
    answer.start();

    // File › Open does not make an empty file a database: refused, untouched, out of the list.
    QVERIFY(!window.openDatabase(empty));
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(!QFile::exists(empty + QStringLiteral("-wal")));
    QVERIFY(!recent.files().contains(QFileInfo(empty).absoluteFilePath()));

    // A database another program keeps locked says so, and stays in Open Recent.
    auto holder = test::lockWithSqlite3(busy);
    QVERIFY(holder);
    QVERIFY(!window.openDatabase(busy));
    holder->closeWriteChannel();
    QVERIFY(holder->waitForFinished(10000));
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.at(0).contains(QStringLiteral("is empty")), qPrintable(shown.at(0)));
    QVERIFY2(shown.at(1).contains(QStringLiteral("is in use")), qPrintable(shown.at(1)));
    QVERIFY(recent.files().contains(QFileInfo(busy).absoluteFilePath()));
}

// Edit › Undo follows the partner page's tab: on a record tab it undoes the last void, restoring
// the record; on the profile tab it stays the profile's.
void TestMainWindow::ctrlZUndoesAVoidOnARecordTab()
{
    MainWindow window;
    window.session()->setToday(TestDatabase::today());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    waitUntilEvaluated(window);
    PartnerPage *page = window.partnerPage();
    WAIT_FOR_PAGE(page);
    const qint64 partner = page->partnerId();
    QVERIFY(partner != 0);
    Store &store = window.session()->store();
    const auto liveSales = [&] {
        return store.sales(partner, QDate(1900, 1, 1), QDate(9999, 12, 31)).value_or(QList<Sale> {}).size();
    };
    const qsizetype before = liveSales();
    QVERIFY(before > 0);
    page->tabs()->setCurrentIndex(PartnerPage::SalesTab);
    RecordTable *sales = page->salesTable();
    const qint64 saleId = sales->view()->model()->index(0, 0).data(RecordTableModel::IdRole).toLongLong();
    QVERIFY(page->corrections()->voidRecord(RecordKind::Sale, saleId, QStringLiteral("billed twice")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->corrections()->isBusy(), 20000);
    QCOMPARE(liveSales(), before - 1);

    QAction *undo = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    }
    QVERIFY(undo);
    QVERIFY2(undo->isEnabled() && undo->text().contains(QStringLiteral("Void")), qPrintable(undo->text()));
    sales->view()->setFocus();
    QTest::keyClick(sales->view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!page->corrections()->isBusy(), 20000);
    QTRY_COMPARE(liveSales(), before);
    QVERIFY(!undo->isEnabled());
    page->tabs()->setCurrentIndex(PartnerPage::ProfileTab);
    QCOMPARE(page->activeUndoStack(), page->undoStack());
}

// "Update existing records" is offered for the kinds an import can update, and only on import.
void TestMainWindow::importDialogOffersUpdate()
{
    CsvFileDialog dialog(CsvFileDialog::Mode::Import);
    auto *kinds = dialog.findChild<QComboBox *>();
    auto *update = dialog.findChild<QCheckBox *>();
    QVERIFY(kinds && update);
    QVERIFY(update->isVisibleTo(&dialog));
    update->setChecked(true);
    for (const CsvKind kind : csvKinds()) {
        kinds->setCurrentIndex(kinds->findData(int(kind)));
        const bool offered = kind == CsvKind::Partners || kind == CsvKind::Customers;
        QCOMPARE(update->isEnabled(), offered);
        QCOMPARE(dialog.updateExisting(), offered);
    }
    update->setChecked(false);
    kinds->setCurrentIndex(kinds->findData(int(CsvKind::Customers)));
    QVERIFY(!dialog.updateExisting());

    CsvFileDialog exportDialog(CsvFileDialog::Mode::Export);
    QVERIFY(!exportDialog.findChild<QCheckBox *>()->isVisibleTo(&exportDialog));
    QVERIFY(!exportDialog.updateExisting());
}

// The window's import with the box ticked updates an existing partner and logs the change; the
// partner page shows it in its history.
void TestMainWindow::importWithUpdateFromTheWindow()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("crm.csv"));
    Partner p;
    {
        auto db = Database::open(m_db->path());
        QVERIFY(db.has_value());
        p = Store(**db).partners()->first();
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        CsvWriter out(&csv);
        out.writeRow(csvColumnNames(CsvKind::Partners));
        out.writeRow({ p.code, QStringLiteral("Renamed by CRM"), p.country, p.region, categoryKey(p.category),
                       p.subcategory, p.programKey, p.tierKey, isoDate(p.tierSince), isoDate(p.joinedOn), p.territory,
                       p.brand, p.website, p.owner, QString::number(p.rowVersion) });
        QVERIFY(out.finish().has_value());
    }
    MainWindow window;
    window.session()->setToday(TestDatabase::today());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    waitUntilEvaluated(window);
    ResultBoxWatcher watcher([&file](QWidget *modal) {
        if (auto *dialog = qobject_cast<CsvFileDialog *>(modal)) {
            auto *kinds = dialog->findChild<QComboBox *>();
            kinds->setCurrentIndex(kinds->findData(int(CsvKind::Partners)));
            dialog->findChild<QLineEdit *>()->setText(file);
            dialog->findChild<QCheckBox *>()->setChecked(true);
            dialog->accept();
        }
    });
    window.findChild<QAction *>(QStringLiteral("importCsv"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                              QStringLiteral("Partners: 1 updated, 0 unchanged, 0 added."), 20000);
    QCOMPARE(watcher.boxes, 0);
    Store &store = window.session()->store();
    QCOMPARE(store.partner(p.id)->name, QStringLiteral("Renamed by CRM"));
    const auto changes = store.recordChanges(p.id);
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->first().oldValue, p.name);
    QCOMPARE(changes->first().source, QStringLiteral("crm.csv"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
