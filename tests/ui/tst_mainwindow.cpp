// The whole window on a generated database: start-up with --db, keyboard shortcuts, the
// partner page following the browser, and settings restored.
#include "dashboard.h"
#include "mainwindow.h"
#include "partner/partnerpage.h"
#include "partner/profileform.h"
#include "partnerbrowser.h"
#include "partnertablemodel.h"
#include "program/programeditor.h"
#include "session.h"
#include "recentfiles.h"
#include "testdatabase.h"
#include "../core/filetools.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
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
    void openRefusesEmptyFileAndKeepsBusyOneInRecent();

private:
    void waitUntilEvaluated(MainWindow &window);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
