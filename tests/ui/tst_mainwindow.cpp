// The whole window on a generated database: start-up with --db, keyboard shortcuts, the
// partner page following the browser, settings restored, and a job that fails at once leaving a
// usable result box and window.
#include "csvimportdialog.h"
#include "dashboard.h"
#include "mainwindow.h"
#include "partner/partnerpage.h"
#include "partner/profileform.h"
#include "partnerbrowser.h"
#include "partnertablemodel.h"
#include "program/programeditor.h"
#include "resultbox.h"
#include "session.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
    void settingsAreRestored();
    void failedImportLeavesTheWindowUsable();
    void failedExportLeavesTheWindowUsable();

private:
    void waitUntilEvaluated(MainWindow &window);
    void runFailingCsvJob(const char *action, const QString &file, const QString &expectedText);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
