// View › Language: the open window switches to Russian, Spanish and back to English without a
// restart - menus, the partner table's headers, the dashboard's chart series, the built-in
// programs' tier names - and the choice is remembered. The About box states the licence in each.
#include "charts/chartwidget.h"
#include "dashboard.h"
#include "mainwindow.h"
#include "partnerbrowser.h"
#include "partnertablemodel.h"
#include "session.h"
#include "testdatabase.h"
#include "translations.h"

#include <QAbstractSeries>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace pd;
using namespace pd::ui;

class TestLanguage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesAtRuntime();
    void switchWhileEvaluating();
    void savedChoiceAppliesAtStartUp();
    void aboutBoxStatesTheLicence_data();
    void aboutBoxStatesTheLicence();

private:
    static void switchTo(MainWindow &window, const QString &language);
    static QString menuTitle(const MainWindow &window, int index);
    static QString header(const MainWindow &window, int column);
    static QStringList seriesNames(const MainWindow &window);
    static QString revenue(const MainWindow &window);
    std::unique_ptr<TestDatabase> m_db;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PartnerDeskTest"));
    QApplication::setApplicationName(QStringLiteral("PartnerDeskLanguageTest"));
    QSettings().clear();
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->generate(20, 600));
}

void TestLanguage::switchTo(MainWindow &window, const QString &language)
{
    QAction *action = window.findChild<QAction *>(QStringLiteral("language_") + language);
    QVERIFY(action);
    QSignalSpy ready(&window, &MainWindow::ready);
    action->trigger();
    QCOMPARE(window.language(), language);
    // The window rebuilds on QEvent::LanguageChange, through the event loop, then reloads.
    QVERIFY(ready.wait(60000));
    QSignalSpy evaluated(window.browser(), &PartnerBrowser::evaluationFinished);
    QVERIFY(evaluated.wait(60000));
    QApplication::processEvents();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), language);
    QAction *checked = window.findChild<QAction *>(QStringLiteral("language_") + language);
    QVERIFY(checked && checked->isChecked());
}

QString TestLanguage::menuTitle(const MainWindow &window, int index)
{
    return window.menuBar()->actions().value(index) ? window.menuBar()->actions().at(index)->text() : QString();
}

QString TestLanguage::header(const MainWindow &window, int column)
{
    return window.browser()->view()->model()->headerData(column, Qt::Horizontal).toString();
}

QStringList TestLanguage::seriesNames(const MainWindow &window)
{
    window.dashboard()->refresh();
    QStringList names;
    for (const QAbstractSeries *series : window.dashboard()->revenueChart()->chart()->series())
        names << series->name();
    return names;
}

QString TestLanguage::revenue(const MainWindow &window)
{
    const QAbstractItemModel *model = window.browser()->view()->model();
    return model->index(0, PartnerTableModel::Revenue).data().toString();
}

void TestLanguage::switchesAtRuntime()
{
    MainWindow window;
    window.session()->setToday(TestDatabase::today());
    window.show();
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    QSignalSpy evaluated(window.browser(), &PartnerBrowser::evaluationFinished);
    QVERIFY(evaluated.wait(60000));
    window.showView(MainWindow::View::Dashboard);
    const qint64 partner = window.browser()->currentPartnerId();
    QVERIFY(partner != 0);

    QCOMPARE(menuTitle(window, 0), QStringLiteral("&File"));
    QCOMPARE(header(window, PartnerTableModel::Tier), QStringLiteral("Tier"));
    QVERIFY(seriesNames(window).contains(QStringLiteral("Partner revenue, 12 months")));
    const QRegularExpression englishAmount(QStringLiteral("\\d\\.\\d\\d\\b"));
    const QRegularExpression decimalComma(QStringLiteral("\\d,\\d\\d\\b"));
    QVERIFY2(englishAmount.match(revenue(window)).hasMatch(), qPrintable(revenue(window)));

    switchTo(window, QStringLiteral("ru"));
    // Money in the table follows the new locale.
    QVERIFY2(decimalComma.match(revenue(window)).hasMatch(), qPrintable(revenue(window)));
    QCOMPARE(QLocale().language(), QLocale::Russian);
    QCOMPARE(menuTitle(window, 0), QStringLiteral("&Файл"));
    QCOMPARE(header(window, PartnerTableModel::Tier), QStringLiteral("Уровень"));
    QVERIFY2(seriesNames(window).contains(QStringLiteral("Выручка партнёра за 12 месяцев")),
             qPrintable(seriesNames(window).join(QLatin1Char('|'))));
    // What the user was looking at is shown again.
    QVERIFY(window.dashboard()->isVisible());
    QCOMPARE(window.browser()->currentPartnerId(), partner);
    // Built-in programs show their tier names in the window's language.
    const Program *reseller = window.session()->program(QStringLiteral("reseller-status"));
    QVERIFY(reseller && !reseller->tiers.isEmpty());
    QCOMPARE(reseller->tiers.constFirst().name, QStringLiteral("Авторизованный"));

    switchTo(window, QStringLiteral("es"));
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(menuTitle(window, 0), QStringLiteral("&Archivo"));
    QCOMPARE(header(window, PartnerTableModel::Tier), QStringLiteral("Nivel"));
    QVERIFY(seriesNames(window).contains(QStringLiteral("Ingresos del socio, 12 meses")));

    switchTo(window, QStringLiteral("en"));
    QCOMPARE(menuTitle(window, 0), QStringLiteral("&File"));
    QCOMPARE(header(window, PartnerTableModel::Tier), QStringLiteral("Tier"));
    QVERIFY(seriesNames(window).contains(QStringLiteral("Partner revenue, 12 months")));
    QCOMPARE(window.session()->program(QStringLiteral("reseller-status"))->tiers.constFirst().name,
             QStringLiteral("Authorized"));
}

void TestLanguage::switchWhileEvaluating()
{
    MainWindow window;
    window.session()->setToday(TestDatabase::today());
    window.show();
    QSignalSpy ready(&window, &MainWindow::ready);
    window.startUp(m_db->path());
    QVERIFY(ready.wait(60000));
    // The evaluation starts 100 ms after the table loads: switch while it runs (or just after).
    QTest::qWait(110);
    for (const QString &language : { QStringLiteral("ru"), QStringLiteral("en") }) {
        QSignalSpy rebuilt(&window, &MainWindow::ready);
        QVERIFY(window.setLanguage(language));
        QVERIFY(rebuilt.wait(60000));
    }
    QCOMPARE(menuTitle(window, 0), QStringLiteral("&File"));
    QSignalSpy evaluated(window.browser(), &PartnerBrowser::evaluationFinished);
    QVERIFY(evaluated.wait(60000));
    QCOMPARE(window.browser()->model()->rowCount(), 20);
}

void TestLanguage::savedChoiceAppliesAtStartUp()
{
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("ru"));
    MainWindow::applySavedLanguage();
    QCOMPARE(translationsLocale().language(), QLocale::Russian);
    {
        MainWindow window;
        QCOMPARE(window.language(), QStringLiteral("ru"));
        QCOMPARE(menuTitle(window, 0), QStringLiteral("&Файл"));
        QAction *russian = window.findChild<QAction *>(QStringLiteral("language_ru"));
        QVERIFY(russian && russian->isChecked());
    }
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    MainWindow::applySavedLanguage();
    QCOMPARE(translationsLocale().language(), QLocale::English);
}

void TestLanguage::aboutBoxStatesTheLicence_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    // Written by hand: the licence's name, the versions, and the warranty disclaimer.
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("GNU General Public License</a>, version 3 or (at "
                                                        "your option) any later version"),
                                         QStringLiteral("ABSOLUTELY NO WARRANTY"),
                                         QStringLiteral("Copyright © 2026 The PartnerDesk developers"),
                                         QStringLiteral("(Help › Open Log Folder)") };
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringList { QStringLiteral("Licencia Pública General de GNU</a>, versión 3 o (a "
                                                        "su elección) cualquier versión posterior"),
                                         QStringLiteral("SIN NINGUNA GARANTÍA"),
                                         QStringLiteral("Copyright © 2026 Los desarrolladores de PartnerDesk"),
                                         QStringLiteral("(Ayuda › Abrir carpeta de registro)") };
    QTest::newRow("ru") << QStringLiteral("ru")
                        << QStringList { QStringLiteral("Стандартной общественной лицензии GNU</a> версии 3 "
                                                        "или (по вашему выбору) любой более поздней версии"),
                                         QStringLiteral("БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ"),
                                         QStringLiteral("Copyright © 2026 Разработчики PartnerDesk"),
                                         QStringLiteral("(Справка › Открыть папку журнала)") };
}

void TestLanguage::aboutBoxStatesTheLicence()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QSettings().setValue(QStringLiteral("language"), language);
    MainWindow::applySavedLanguage();
    MainWindow window;
    QCOMPARE(window.language(), language);
    QAction *about = window.findChild<QAction *>(QStringLiteral("about"));
    QVERIFY(about);
    QString text;
    bool opensLinks = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            const auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
            opensLinks = label && label->openExternalLinks();
            box->accept();
        }
    });
    answer.start();
    about->trigger();
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">")), qPrintable(text));
    QVERIFY(opensLinks); // the link opens in the browser
    for (const QString &phrase : expected)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    MainWindow::applySavedLanguage();
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
