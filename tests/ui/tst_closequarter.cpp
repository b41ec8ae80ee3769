// File › Close Quarter… (issue 16): the dialog proposes the next quarter, previews the totals,
// shows the core's refusal and writes nothing then, and closes in the background.
#include "closing/closequarterdialog.h"
#include "payouts/closing.h"
#include "session.h"
#include "testdatabase.h"

#include <QDialogButtonBox>
#include <QTableWidget>
#include <QTest>

using namespace pd;
using namespace pd::ui;

class TestCloseQuarter final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusedThenPreviewedThenClosed();

private:
    qint64 closedQuarters();
    TestDatabase m_file;
    std::unique_ptr<Session> m_session;
};

void TestCloseQuarter::initTestCase()
{
    QVERIFY(m_file.generate(20, 600));
    m_session = std::make_unique<Session>();
    m_session->setToday(TestDatabase::today()); // 2026-06-15
    QVERIFY(m_session->open(m_file.path()).has_value());
}

void TestCloseQuarter::cleanupTestCase()
{
    m_session.reset();
}

qint64 TestCloseQuarter::closedQuarters()
{
    const auto closed = QuarterClosing(m_session->store()).closedQuarters();
    return closed ? closed->size() : -1;
}

void TestCloseQuarter::refusedThenPreviewedThenClosed()
{
    CloseQuarterDialog dialog(m_session.get());
    dialog.show();
    // None closed yet: the quarter before today's.
    QCOMPARE(dialog.quarter().text(), QStringLiteral("2026-Q1"));

    dialog.setQuarter(Quarter { 2026, 2 }); // ends 2026-06-30, after today
    QVERIFY(dialog.closeQuarter());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.message().contains(QStringLiteral("Quarter 2026-Q2 has not ended yet")), 20000);
    QCOMPARE(closedQuarters(), 0);
    QVERIFY(!dialog.isClosed());

    dialog.setQuarter(Quarter { 2026, 1 });
    QVERIFY(dialog.preview());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.message().startsWith(QStringLiteral("Closing 2026-Q1 would freeze")), 20000);
    QVERIFY(dialog.previewRows() > 0);
    const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("totals"));
    QVERIFY(table && !table->item(0, 0)->text().isEmpty());
    QCOMPARE(closedQuarters(), 0);

    QVERIFY(dialog.closeQuarter());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isClosed(), 30000);
    QVERIFY2(dialog.message().startsWith(QStringLiteral("Closed 2026-Q1:")), qPrintable(dialog.message()));
    QCOMPARE(closedQuarters(), 1);
    QVERIFY(!dialog.closeQuarter()); // once closed, the dialog closes nothing more
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons->button(QDialogButtonBox::Close) && !buttons->button(QDialogButtonBox::Cancel));

    CloseQuarterDialog next(m_session.get());
    QCOMPARE(next.quarter().text(), QStringLiteral("2026-Q2"));
}

QTEST_MAIN(TestCloseQuarter)
#include "tst_closequarter.moc"
