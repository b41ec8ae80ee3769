// Help › Open Log Folder (issue 18): the folder of the support log is made when missing and
// handed to the desktop to show.
#include "logging.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace pd;
using namespace pd::ui;

// Stands in for the desktop's file manager.
class FileManager final : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestLogFolder final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theHelpMenuOffersIt();
    void opensTheFolderMakingItFirst();

private:
    FileManager m_files;
};

void TestLogFolder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PartnerDeskTest"));
    QApplication::setApplicationName(QStringLiteral("PartnerDeskLogFolderTest"));
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_files, "open");
}

void TestLogFolder::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QDir(log::defaultFolder()).removeRecursively();
}

void TestLogFolder::theHelpMenuOffersIt()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("openLogFolder"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Open &Log Folder"));
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.constLast()->text(), QStringLiteral("&Help"));
    QVERIFY(menus.constLast()->menu()->actions().contains(action));
}

void TestLogFolder::opensTheFolderMakingItFirst()
{
    const QString folder = log::defaultFolder();
    QVERIFY(folder.contains(QStringLiteral("PartnerDeskLogFolderTest")));
    QVERIFY(folder.endsWith(QStringLiteral("/logs")));
    QDir(folder).removeRecursively();
    QVERIFY(!QDir(folder).exists());
    MainWindow window;
    window.findChild<QAction *>(QStringLiteral("openLogFolder"))->trigger();
    QVERIFY(QDir(folder).exists());
    QCOMPARE(m_files.opened, QList<QUrl> { QUrl::fromLocalFile(folder) });
}

QTEST_MAIN(TestLogFolder)
#include "tst_logfolder.moc"
