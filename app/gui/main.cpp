// partnerdesk: the desktop window. Start-up and the command line only.
#include "logging.h"
#include "mainwindow.h"
#include "screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSysInfo>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PartnerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    // The support log (Help › Open Log Folder); warnings still reach the terminal too.
    pd::log::installFile({ pd::log::defaultPath() }, true);
    qCInfo(pd::lcUi).noquote() << "PartnerDesk" << QApplication::applicationVersion() << "started on"
                               << QSysInfo::prettyProductName() << "with Qt" << qVersion();
    // The language chosen in View › Language, else the system's; English, the source language,
    // still needs its plural forms.
    pd::ui::MainWindow::applySavedLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Partner program management"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open the database FILE, or the team database at a postgresql:// URL."),
        QStringLiteral("FILE|URL"));
    parser.addOption(dbOption);
    // For the project's own checks: save PNGs of the main views into DIR, then quit.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save screenshots into DIR and quit."),
                                        QStringLiteral("DIR"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A database to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    QString database = parser.value(dbOption);
    if (database.isEmpty() && !parser.positionalArguments().isEmpty())
        database = parser.positionalArguments().constFirst();

    pd::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshotOption))
        pd::app::takeScreenshotsWhenReady(&window, parser.value(screenshotOption));
    // Open after the first paint, so the window appears at once even for a large file.
    QTimer::singleShot(0, &window, [&window, database] { window.startUp(database); });
    const int exitCode = app.exec();
    qCInfo(pd::lcUi) << "PartnerDesk quit with exit code" << exitCode;
    return exitCode;
}
