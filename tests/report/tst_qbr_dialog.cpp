// The export dialog driven like a user would (offscreen): one partner into a file, all partners of
// a program and the browser's filtered partners into a folder, cancel, the remembered paper size,
// and the window's language staying its own while a review is written in another.
#include "qbrfixture.h"

#include "report/qbrbatch.h"
#include "report/qbrdialog.h"
#include "report/qbrhtml.h"
#include "report/qbrlanguage.h"
#include "session.h"
#include "storage/store.h"
#include "translations.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

class TestQbrDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void onePartner();
    void filteredBatch();
    void programBatch();
    void cancel();
    void statementsOfProgram();
    void windowKeepsItsLanguage();

private:
    static void choose(QComboBox *box, const QVariant &data);
    QString pdfText(const QString &file);
    QString pageSize(const QString &file);
    static QString reviewTitle(const QString &language);

    QTemporaryDir m_dir;
    QbrFixture m_fixture;
    Session m_session;
    QList<qint64> m_ids;
};

void TestQbrDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("qbr"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_fixture.build(m_dir, 16, 2000), qPrintable(m_fixture.error));
    QVERIFY(m_session.open(m_fixture.path).has_value());
    m_session.setToday(QDate(2026, 10, 5));
    const auto rows = m_session.store().partnerRows();
    QVERIFY(rows.has_value());
    for (const PartnerRow &r : *rows)
        m_ids << r.id;
}

void TestQbrDialog::choose(QComboBox *box, const QVariant &data)
{
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

QString TestQbrDialog::pdfText(const QString &file)
{
    QString error;
    return normalised(runTool(QStringLiteral("pdftotext"),
                              { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") }, &error));
}

QString TestQbrDialog::pageSize(const QString &file)
{
    QString error;
    const QString info = runTool(QStringLiteral("pdfinfo"), { file }, &error);
    static const QRegularExpression size(QStringLiteral("Page size:.*\\((\\w+)\\)"));
    return size.match(info).captured(1);
}

// The review's title as written in `language` (whatever the translation files hold today).
QString TestQbrDialog::reviewTitle(const QString &language)
{
    const QbrLanguage scope(language);
    return normalised(QbrHtml::tr("Quarterly business review"));
}

void TestQbrDialog::onePartner()
{
    const qint64 id = m_fixture.resellerPartner;
    QbrDialog dialog(&m_session, id);
    dialog.setOpenWhenDone(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *one = dialog.findChild<QRadioButton *>(QStringLiteral("onePartner"));
    QVERIFY(one && one->isChecked());
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("quarter"))->currentData().toString(), QStringLiteral("2026-Q3"));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("language")), QStringLiteral("es"));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("paper")), int(QPageSize::A4));

    auto *destination = dialog.findChild<QLineEdit *>(QStringLiteral("destination"));
    QVERIFY(destination);
    // Proposed: the partner's own file name for the quarter.
    QVERIFY2(destination->text().endsWith(QStringLiteral("_2026-Q3.pdf")), qPrintable(destination->text()));
    const QString file = m_dir.filePath(QStringLiteral("single/review.pdf"));
    destination->selectAll();
    QTest::keyClicks(destination, file);
    QCOMPARE(destination->text(), file);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isRunning());
    QCOMPARE(dialog.writtenFiles(), QStringList { file });
    QVERIFY(QFileInfo::exists(file));
    const QString text = pdfText(file);
    QVERIFY2(text.contains(normalised(m_session.store().partner(id)->name)), qPrintable(text.left(400)));
    QVERIFY2(text.contains(reviewTitle(QStringLiteral("es"))), qPrintable(text.left(400)));
    // The amounts are Spanish: "1.234,56 RUB"-style digits with a decimal comma.
    static const QRegularExpression spanishMoney(QStringLiteral("\\d,\\d\\d (RUB|€|US\\$)"));
    QVERIFY2(text.contains(spanishMoney), qPrintable(text.left(800)));
    QCOMPARE(pageSize(file), QStringLiteral("A4"));
    QVERIFY(dialog.isVisible()); // stays open with the result
}

void TestQbrDialog::filteredBatch()
{
    const QList<qint64> filtered = m_ids.mid(2, 5);
    QbrDialog dialog(&m_session, m_ids.first());
    dialog.setOpenWhenDone(false);
    dialog.setFilteredPartners(filtered);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The paper chosen last time is remembered.
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("paper"))->currentData().toInt(), int(QPageSize::A4));
    auto *filter = dialog.findChild<QRadioButton *>(QStringLiteral("filterPartners"));
    QVERIFY(filter && filter->isVisible() && filter->isEnabled());
    QVERIFY(filter->text().contains(QStringLiteral("5")));
    QTest::mouseClick(filter, Qt::LeftButton);
    QVERIFY(filter->isChecked());
    choose(dialog.findChild<QComboBox *>(QStringLiteral("language")), QStringLiteral("ru"));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("paper")), int(QPageSize::Letter));
    const QString folder = m_dir.filePath(QStringLiteral("filtered"));
    auto *destination = dialog.findChild<QLineEdit *>(QStringLiteral("destination"));
    destination->selectAll();
    QTest::keyClicks(destination, folder);

    QSignalSpy finished(&dialog, &QbrDialog::exportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    const QStringList files = dialog.writtenFiles();
    QCOMPARE(files.size(), filtered.size());
    QCOMPARE(QDir(folder).entryList({ QStringLiteral("*.pdf") }).size(), filtered.size());
    for (const qint64 id : filtered) {
        const auto partner = m_session.store().partner(id);
        QVERIFY(partner.has_value());
        const auto file = std::find_if(files.begin(), files.end(), [&](const QString &f) {
            return QFileInfo(f).fileName().startsWith(partner->code + u'_');
        });
        QVERIFY2(file != files.end(), qPrintable(partner->code));
        const QString text = pdfText(*file);
        QVERIFY2(text.contains(normalised(partner->name)), qPrintable(partner->name));
        QVERIFY2(text.contains(reviewTitle(QStringLiteral("ru"))), qPrintable(text.left(400)));
        QCOMPARE(pageSize(*file), QStringLiteral("letter"));
    }
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("5")));
}

void TestQbrDialog::programBatch()
{
    const QString key = QStringLiteral("activation-credits");
    const auto members = QbrBatch::partnersOf(m_session.store(), key);
    QVERIFY(members.has_value() && !members->isEmpty() && members->size() < m_ids.size());
    QbrDialog dialog(&m_session, m_fixture.resellerPartner);
    dialog.setOpenWhenDone(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *programs = dialog.findChild<QComboBox *>(QStringLiteral("program"));
    QVERIFY(programs && !programs->isEnabled()); // only with "all partners of the program"
    auto *program = dialog.findChild<QRadioButton *>(QStringLiteral("programPartners"));
    QTest::mouseClick(program, Qt::LeftButton);
    QVERIFY(program->isChecked());
    QVERIFY(programs->isEnabled());
    choose(programs, key);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("language")), QStringLiteral("en"));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("paper")), -1); // from the language: Letter
    const QString folder = m_dir.filePath(QStringLiteral("program"));
    auto *destination = dialog.findChild<QLineEdit *>(QStringLiteral("destination"));
    destination->selectAll();
    QTest::keyClicks(destination, folder);

    QSignalSpy finished(&dialog, &QbrDialog::exportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(dialog.writtenFiles().size(), members->size());
    QCOMPARE(QDir(folder).entryList({ QStringLiteral("*.pdf") }).size(), members->size());
    for (const qint64 id : *members) {
        const auto partner = m_session.store().partner(id);
        QVERIFY(partner.has_value());
        QCOMPARE(partner->programKey, key);
        const QString file = QDir(folder).filePath(QbrBatch::fileNameFor(partner->code, partner->name, Quarter { 2026, 3 }));
        QVERIFY2(dialog.writtenFiles().contains(file), qPrintable(file));
    }
    const QString text = pdfText(dialog.writtenFiles().first());
    QVERIFY(text.contains(QStringLiteral("Activation credits")));
    QCOMPARE(pageSize(dialog.writtenFiles().first()), QStringLiteral("letter"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QString::number(members->size())));
}

// File › Partner Statements…: the same dialog writes the partner statements of a program's
// partners, named apart from the reviews, and reports how many were written.
void TestQbrDialog::statementsOfProgram()
{
    const QString key = QStringLiteral("activation-credits");
    const auto members = QbrBatch::partnersOf(m_session.store(), key);
    QVERIFY(members.has_value() && !members->isEmpty());
    installTranslations(QLocale(QStringLiteral("en"))); // the window's English, with its plural forms
    QbrDialog dialog(&m_session, m_fixture.resellerPartner, nullptr, ReportKind::Statement);
    dialog.setOpenWhenDone(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("destination"))->text().endsWith(QStringLiteral("_2026-Q3_statement.pdf")));
    auto *program = dialog.findChild<QRadioButton *>(QStringLiteral("programPartners"));
    QTest::mouseClick(program, Qt::LeftButton);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("program")), key);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("language")), QStringLiteral("en"));
    const QString folder = m_dir.filePath(QStringLiteral("statements"));
    auto *destination = dialog.findChild<QLineEdit *>(QStringLiteral("destination"));
    destination->selectAll();
    QTest::keyClicks(destination, folder);

    QSignalSpy finished(&dialog, &QbrDialog::exportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(dialog.writtenFiles().size(), members->size());
    for (const qint64 id : *members) {
        const auto partner = m_session.store().partner(id);
        QVERIFY(partner.has_value());
        const QString file = QDir(folder).filePath(
            QbrBatch::fileNameFor(partner->code, partner->name, Quarter { 2026, 3 }, ReportKind::Statement));
        QVERIFY2(dialog.writtenFiles().contains(file), qPrintable(file));
    }
    QVERIFY(pdfText(dialog.writtenFiles().first()).contains(QStringLiteral("Partner statement")));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("status"))->text(),
             members->size() == 1 ? QStringLiteral("1 statement written.")
                                  : QStringLiteral("%1 statements written.").arg(members->size()));
}

void TestQbrDialog::cancel()
{
    QbrDialog dialog(&m_session, 0);
    dialog.setOpenWhenDone(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("onePartner"))->isEnabled());
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("programPartners"))->isChecked());
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    auto *destination = dialog.findChild<QLineEdit *>(QStringLiteral("destination"));
    destination->selectAll();
    QTest::keyClicks(destination, folder);
    // Escape while the batch runs cancels it and keeps the dialog open; the inputs are locked
    // meanwhile.
    bool wasRunning = false;
    bool inputsLocked = false;
    QTimer::singleShot(0, &dialog, [&] {
        wasRunning = dialog.isRunning();
        inputsLocked = !dialog.findChild<QPushButton *>(QStringLiteral("export"))->isEnabled()
            && !dialog.findChild<QComboBox *>(QStringLiteral("language"))->isEnabled();
        QTest::keyClick(&dialog, Qt::Key_Escape);
    });
    QSignalSpy finished(&dialog, &QbrDialog::exportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(wasRunning);
    QVERIFY(inputsLocked);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.writtenFiles().size() < m_ids.size());
    // Only whole reviews are left behind: every file in the folder is one the dialog reports.
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), dialog.writtenFiles().size());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))->text().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("export"))->isEnabled());
    // A second Escape, with nothing running, closes the dialog.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
}

void TestQbrDialog::windowKeepsItsLanguage()
{
    installTranslations(QLocale(QStringLiteral("es")));
    const char *source = "Quarterly business review";
    const QString window = QCoreApplication::translate("pd::ui::QbrHtml", source);
    QVERIFY(window != QLatin1StringView(source));
    {
        const QbrLanguage review(QStringLiteral("ru"), QbrLanguage::Bind::ScopesOnly);
        QCOMPARE(QCoreApplication::translate("pd::ui::QbrHtml", source), window);
        QString worker;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            const QbrLanguage::ThreadScope scope(review);
            worker = QCoreApplication::translate("pd::ui::QbrHtml", source);
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY2(worker != window && worker != QLatin1StringView(source), qPrintable(worker));
        const QbrLanguage english(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("pd::ui::QbrHtml", source), QLatin1StringView(source));
    }
    QCOMPARE(QCoreApplication::translate("pd::ui::QbrHtml", source), window);
    installTranslations(QLocale(QStringLiteral("en")));
}

QTEST_MAIN(TestQbrDialog)
#include "tst_qbr_dialog.moc"
