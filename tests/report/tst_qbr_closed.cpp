// The review of a closed quarter (issue 16, point 1) reads what was frozen at the close: after a
// program rate change, a back-dated tier change, a late sale and a late return dated in that
// quarter, its HTML and its chart data are the same as before, byte for byte. (QPdfWriter writes a
// creation date and its own object layout into every PDF, so the PDF bytes are not compared; the
// HTML and the chart data are everything the PDF is drawn from.) An open quarter's review is
// computed live and does change: the changes are real. The partner statements of both quarters
// show the close, the payout and the adjustments.
#include "payouts/closing.h"
#include "payouts/payoutledger.h"
#include "report/qbrdata.h"
#include "report/qbrhtml.h"
#include "report/qbrlanguage.h"
#include "report/statementdata.h"
#include "report/statementhtml.h"
#include "statement.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

namespace {

const Quarter kQ3 { 2026, 3 };
const QDate kToday(2026, 10, 5);
const QDate kIssued(2026, 10, 6);

// Everything the review's PDF is drawn from: its text parts and its chart's numbers.
QString reviewSnapshot(Store &store, qint64 partner, const Quarter &quarter)
{
    const QbrLanguage scope(QStringLiteral("es"));
    const auto data = QbrCollector::collect(store, ExchangeRates(), partner, quarter, kIssued);
    if (!data)
        return QStringLiteral("error: ") + data.error().message;
    const QbrHtml html(*data, scope.locale());
    QString chart = data->chart.title + u'|' + data->chart.currency + u'|' + data->chart.quarters.join(u',') + u'|';
    for (const qint64 v : data->chart.revenue)
        chart += QString::number(v) + u',';
    chart += u'|';
    for (const qint64 v : data->chart.trailing12)
        chart += QString::number(v) + u',';
    for (const ThresholdLine &t : data->chart.thresholds)
        chart += u'|' + t.tierName + u':' + QString::number(t.minor) + u':' + QString::number(t.periodMonths) + u':' + t.note;
    chart += u'|' + data->chart.message;
    return html.beforeChart() + QStringLiteral("\n--chart--\n") + chart + QStringLiteral("\n--chart--\n") + html.afterChart() + html.footer(1, 3);
}

struct Fixture {
    std::unique_ptr<Database> db;
    qint64 partner = 0;
    qint64 customer = 0;
    qint64 firstSale = 0;

    qint64 add(const QDate &on, int quantity, const QString &reference, qint64 returns = 0)
    {
        return sql::insertReturningId(*db,
                                      QStringLiteral("INSERT INTO sales (partner_id, customer_id, sold_on, product_line, "
                                                     "unit_price_minor, currency, quantity, renewal, amount_minor, "
                                                     "reference, returns_id) VALUES (?, ?, ?, 'ti', 10000000, 'RUB', ?, "
                                                     "0, ?, ?, ?)"),
                                      { partner, customer, on.toString(Qt::ISODate), quantity, qint64(quantity) * 10000000,
                                        reference, returns ? QVariant(returns) : QVariant(QMetaType(QMetaType::LongLong)) })
            .value_or(0);
    }
};

} // namespace

class TestQbrClosed : public QObject {
    Q_OBJECT

private slots:
    void closedReviewStaysTheSame();

private:
    QTemporaryDir m_dir;
};

void TestQbrClosed::closedReviewStaysTheSame()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::create(m_dir.filePath(QStringLiteral("closed.pdk")));
    QVERIFY(db.has_value());
    Fixture f { std::move(*db) };
    Store store(*f.db);
    QVERIFY(store.installBuiltinPrograms().has_value());
    Partner p;
    p.code = QStringLiteral("P-C");
    p.name = QStringLiteral("Closed Ltd");
    p.country = QStringLiteral("RU");
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("certified");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 1, 1);
    f.partner = store.insertPartner(p).value_or(0);
    Customer c;
    c.partnerId = f.partner;
    c.code = c.name = QStringLiteral("C-1");
    f.customer = store.insertCustomer(c).value_or(0);
    QVERIFY(f.partner && f.customer);
    f.firstSale = f.add(QDate(2026, 7, 10), 3, QStringLiteral("INV-1"));
    QVERIFY(f.firstSale);
    QVERIFY(f.add(QDate(2026, 8, 20), 2, QStringLiteral("INV-2")));
    QVERIFY(f.add(QDate(2026, 5, 5), 4, QStringLiteral("INV-0"))); // the chart's earlier quarter
    QVERIFY(f.add(QDate(2026, 10, 2), 1, QStringLiteral("INV-Q4"))); // the open quarter

    QuarterClosing closing(store);
    const auto closed = closing.close(kQ3, kToday, QStringLiteral("tester"));
    QVERIFY2(closed.has_value(), closed ? "" : qPrintable(closed.error().message));
    const auto info = closing.closeInfo(kQ3);
    QVERIFY(info.has_value() && info->has_value());

    const QString before = reviewSnapshot(store, f.partner, kQ3);
    QVERIFY2(!before.startsWith(QStringLiteral("error")), qPrintable(before));
    const QString openBefore = reviewSnapshot(store, f.partner, Quarter { 2026, 4 });
    const auto liveBefore = computeStatement(store, *rewardContext(store, f.partner), kQ3);
    QVERIFY(liveBefore.has_value());

    // A program rate change: Certified's software reward 30 % -> 45 %.
    auto program = store.program(QStringLiteral("reseller-status"));
    QVERIFY(program.has_value());
    Program changed = program->program;
    for (Tier &t : changed.tiers)
        t.rates[QStringLiteral("ti")].min = t.rates[QStringLiteral("ti")].max = Rate { 4500 };
    QVERIFY(store.saveProgram(changed).has_value());
    // A back-dated tier change into the closed quarter.
    const auto partner = store.partner(f.partner);
    QVERIFY(partner.has_value());
    QVERIFY(store.applyTierChange(f.partner, QStringLiteral("privileged"), QDate(2026, 8, 1), QStringLiteral("back-dated"),
                                  QStringLiteral("test"), partner->rowVersion)
                .has_value());
    // A late sale and a late return, both dated in the closed quarter.
    QVERIFY(f.add(QDate(2026, 9, 15), 5, QStringLiteral("LATE-1")));
    QVERIFY(f.add(QDate(2026, 9, 20), -1, QStringLiteral("LATE-CN"), f.firstSale));

    // The changes are real: the live figures of the quarter moved.
    const auto liveAfter = computeStatement(store, *rewardContext(store, f.partner), kQ3);
    QVERIFY(liveAfter.has_value());
    QVERIFY(liveAfter->lines.size() != liveBefore->lines.size());
    QVERIFY(liveAfter->totals.value(0).rewards != liveBefore->totals.value(0).rewards);

    const QString after = reviewSnapshot(store, f.partner, kQ3);
    QCOMPARE(after, before);
    // The open quarter's review is live: it shows the new tier and the late changes' adjustments.
    QVERIFY(reviewSnapshot(store, f.partner, Quarter { 2026, 4 }) != openBefore);

    // The rewards part names the closed quarter's payout and the open quarter's adjustments.
    const QbrLanguage english(QStringLiteral("en"));
    const auto q3 = QbrCollector::collect(store, ExchangeRates(), f.partner, kQ3, kIssued);
    QVERIFY(q3.has_value());
    QCOMPARE(q3->payouts.size(), 1);
    const QString q3Text = QbrHtml(*q3, english.locale()).beforeChart();
    QVERIFY2(q3Text.contains(QStringLiteral("Payout (RUB)")), qPrintable(q3Text));
    QVERIFY2(q3Text.contains(QStringLiteral("owed: ")), qPrintable(q3Text));
    const auto q4 = QbrCollector::collect(store, ExchangeRates(), f.partner, Quarter { 2026, 4 }, kIssued);
    QVERIFY(q4.has_value());
    QVERIFY(q4->totals.value(0).adjustments.minor != 0);
    const QString q4Text = QbrHtml(*q4, english.locale()).beforeChart();
    QVERIFY2(q4Text.contains(QStringLiteral("Adjustments for closed quarters (RUB)")), qPrintable(q4Text));
    QVERIFY2(q4Text.contains(q4->totals.value(0).adjustments.display(english.locale()).toHtmlEscaped()), qPrintable(q4Text));

    // The partner statement of the closed quarter: frozen, with its payout as it goes owed -> paid;
    // the open quarter's statement books the late sale and return as adjustments naming 2026-Q3.
    auto statement = StatementCollector::collect(store, f.partner, kQ3);
    QVERIFY(statement.has_value());
    QVERIFY(statement->statement.closed);
    QCOMPARE(statement->statement.closedBy, QStringLiteral("tester"));
    QCOMPARE(statement->statement.lines.size(), liveBefore->lines.size());
    QCOMPARE(statement->payouts.size(), 1);
    QCOMPARE(statement->payouts.first().state, PayoutState::Owed);
    PayoutLedger ledger(*f.db);
    QVERIFY(ledger.approve(statement->payouts.first().id, QStringLiteral("approver")).has_value());
    QVERIFY(ledger.pay(statement->payouts.first().id, QDate::currentDate(), QStringLiteral("TX-9"), QStringLiteral("payer"))
                .has_value());
    statement = StatementCollector::collect(store, f.partner, kQ3);
    QVERIFY(statement.has_value());
    QTextDocument doc;
    doc.setHtml(StatementHtml(*statement, english.locale()).html());
    QString text = doc.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("closed on")) && text.contains(QStringLiteral("tester")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("paid")) && text.contains(QStringLiteral("TX-9")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("LATE-1")), qPrintable(text));
    const auto open = StatementCollector::collect(store, f.partner, Quarter { 2026, 4 });
    QVERIFY(open.has_value());
    QCOMPARE(open->statement.adjustments.size(), 2);
    doc.setHtml(StatementHtml(*open, english.locale()).html());
    text = doc.toPlainText();
    for (const QString &part : { QStringLiteral("provisional: the quarter is open"), QStringLiteral("late sale"),
                                 QStringLiteral("LATE-1"), QStringLiteral("late return of INV-1"), QStringLiteral("LATE-CN"),
                                 QStringLiteral("2026-Q3") })
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" missing in ") + text));
}

QTEST_MAIN(TestQbrClosed)
#include "tst_qbr_closed.moc"
