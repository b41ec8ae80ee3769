// Chart data (conversion, quarters, thresholds), the chart builder, rendering without a view,
// and the dashboard's data.
#include "charts/chartbuilder.h"
#include "charts/chartrender.h"
#include "dashboard.h"
#include "formatting.h"
#include "report/revenuechartdata.h"
#include "partnertablemodel.h"
#include "session.h"
#include "testdatabase.h"
#include "translations.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTest>

using namespace pd;
using namespace pd::ui;

namespace {

Sale sale(const QDate &d, qint64 minor, const QString &currency)
{
    Sale s;
    s.partnerId = 1;
    s.customerId = 1;
    s.soldOn = d;
    s.productLine = QStringLiteral("ti");
    s.unitPrice = Money { minor, currency };
    s.quantity = 1;
    return s;
}

const Program &reseller()
{
    static const Program p = builtinPrograms().first();
    return p;
}

// Pixels close to a colour: the chart really drew something of it.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) < 12 && qAbs(c.green() - colour.green()) < 12
                && qAbs(c.blue() - colour.blue()) < 12)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestCharts final : public QObject {
    Q_OBJECT

private slots:
    void quarterlySumsAndTrailingYear();
    void quarterlyConvertsCurrencies();
    void missingRateIsExplained();
    void thresholdsAreSalesRequirements();
    void quarterlyChartSeries();
    void renderedWithoutAView();
    void revenueBandsAndTierCounts();
    void axisLabelsGroupLikeCore_data();
    void axisLabelsGroupLikeCore();
    void dashboardData();
};

void TestCharts::quarterlySumsAndTrailingYear()
{
    const QDate asOf(2026, 6, 15); // 2026-Q2
    const QList<Sale> sales { sale(QDate(2025, 7, 1), 100000, QStringLiteral("RUB")),   // 2025-Q3
                              sale(QDate(2026, 1, 10), 200000, QStringLiteral("RUB")),  // 2026-Q1
                              sale(QDate(2026, 3, 31), 50000, QStringLiteral("RUB")),   // 2026-Q1
                              sale(QDate(2026, 6, 1), 70000, QStringLiteral("RUB")) };  // 2026-Q2
    const QuarterlyRevenueData d = RevenueChartData::quarterly(sales, reseller(), ExchangeRates(), asOf);
    QCOMPARE(d.quarters.size(), 8);
    QCOMPARE(d.quarters.first(), QStringLiteral("2024-Q3"));
    QCOMPARE(d.quarters.last(), QStringLiteral("2026-Q2"));
    QCOMPARE(d.revenue.last(), qint64(70000));
    QCOMPARE(d.revenue.at(6), qint64(250000));
    QCOMPARE(d.revenue.at(4), qint64(100000));
    // The trailing year at the end of 2026-Q2: 2025-Q3 .. 2026-Q2.
    QCOMPARE(d.trailing12.last(), qint64(420000));
    QCOMPARE(d.trailing12.at(3), qint64(0));
    QVERIFY(d.message.isEmpty());
    QCOMPARE(RevenueChartData::firstDayNeeded(asOf), QDate(2023, 10, 1));
}

void TestCharts::quarterlyConvertsCurrencies()
{
    ExchangeRates rates;
    rates.add(FxRate { QDate(2026, 1, 1), QStringLiteral("USD"), QStringLiteral("RUB"), 90000000 }); // 1 USD = 90 RUB
    const QList<Sale> sales { sale(QDate(2026, 2, 1), 1000, QStringLiteral("USD")) }; // 10.00 USD
    const QuarterlyRevenueData d = RevenueChartData::quarterly(sales, reseller(), rates, QDate(2026, 3, 31));
    QCOMPARE(d.currency, QStringLiteral("RUB"));
    QCOMPARE(d.revenue.last(), qint64(90000)); // 900.00 RUB
    QVERIFY(d.message.isEmpty());

    // A newer rate applies to older sales too: amounts convert at the as-of date, as in the tier
    // engine, so the chart's trailing year matches the revenue in the tier table.
    rates.add(FxRate { QDate(2026, 3, 1), QStringLiteral("USD"), QStringLiteral("RUB"), 100000000 }); // 1 USD = 100 RUB
    const QuarterlyRevenueData later = RevenueChartData::quarterly(sales, reseller(), rates, QDate(2026, 3, 31));
    QCOMPARE(later.revenue.last(), qint64(100000)); // 1,000.00 RUB
    const QuarterlyRevenueData before = RevenueChartData::quarterly(sales, reseller(), rates, QDate(2026, 2, 15));
    QCOMPARE(before.revenue.last(), qint64(90000));
}

void TestCharts::missingRateIsExplained()
{
    const QList<Sale> sales { sale(QDate(2026, 2, 1), 1000, QStringLiteral("EUR")),
                              sale(QDate(2026, 2, 2), 5000, QStringLiteral("RUB")) };
    const QuarterlyRevenueData d = RevenueChartData::quarterly(sales, reseller(), ExchangeRates(), QDate(2026, 3, 31));
    QCOMPARE(d.revenue.last(), qint64(5000));
    QVERIFY(d.message.contains(QStringLiteral("EUR")));
    QVERIFY(d.message.contains(QStringLiteral("RUB")));
    QChart *chart = ChartBuilder::quarterlyRevenue(d, {});
    QVERIFY(chart->title().contains(d.message));
    delete chart;
}

void TestCharts::thresholdsAreSalesRequirements()
{
    QString message;
    const QList<ThresholdLine> lines = RevenueChartData::salesThresholds(reseller(), ExchangeRates(), QDate(2026, 1, 1), &message);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).tierName, QStringLiteral("Certified"));
    QCOMPARE(lines.at(0).minor, qint64(50000000));
    QCOMPARE(lines.at(1).tierName, QStringLiteral("Privileged"));
    QCOMPARE(lines.at(1).minor, qint64(100000000));
    QVERIFY(message.isEmpty());
    // A threshold in another currency without a rate is left out, with the reason.
    Program usd = reseller();
    usd.currency = QStringLiteral("USD");
    const QList<ThresholdLine> none = RevenueChartData::salesThresholds(usd, ExchangeRates(), QDate(2026, 1, 1), &message);
    QVERIFY(none.isEmpty());
    QVERIFY(message.contains(QStringLiteral("Certified")));
}

void TestCharts::quarterlyChartSeries()
{
    const QList<Sale> sales { sale(QDate(2026, 5, 1), 60000000, QStringLiteral("RUB")) };
    const QuarterlyRevenueData d = RevenueChartData::quarterly(sales, reseller(), ExchangeRates(), QDate(2026, 6, 15));
    std::unique_ptr<QChart> chart(ChartBuilder::quarterlyRevenue(d, {}));
    const QList<QAbstractSeries *> series = chart->series();
    QCOMPARE(series.size(), 4); // quarters, trailing year, two thresholds
    auto *bars = qobject_cast<QBarSeries *>(series.at(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->at(7), 600000.0);
    renderChartImage(chart.get(), QSize(800, 500)); // lays the legend out
    int visibleMarkers = 0;
    for (QLegendMarker *m : chart->legend()->markers())
        visibleMarkers += m->isVisible() ? 1 : 0;
    QCOMPARE(visibleMarkers, 2); // the threshold lines carry their own labels
    QCOMPARE(chart->axes(Qt::Horizontal).size(), 1);
}

void TestCharts::renderedWithoutAView()
{
    const QList<Sale> sales { sale(QDate(2026, 4, 1), 60000000, QStringLiteral("RUB")),
                              sale(QDate(2026, 1, 1), 30000000, QStringLiteral("RUB")) };
    const QuarterlyRevenueData d = RevenueChartData::quarterly(sales, reseller(), ExchangeRates(), QDate(2026, 6, 15));
    std::unique_ptr<QChart> chart(ChartBuilder::quarterlyRevenue(d, { false, false }));
    const QImage image = renderChartImage(chart.get(), QSize(800, 500));
    QCOMPARE(image.size(), QSize(800, 500));
    // The bars fill a good part of the plot: a chart rendered tiny or empty would not.
    QVERIFY2(pixelsNear(image, QColor(0x4e, 0x79, 0xa7)) > 1500, "the bars are missing from the rendered chart");
    QVERIFY(chart->scene() == nullptr); // the scene used for rendering let go of the chart
}

void TestCharts::revenueBandsAndTierCounts()
{
    RevenueBandsData r;
    r.title = QStringLiteral("Revenue");
    r.currency = QStringLiteral("RUB");
    r.baseTier = QStringLiteral("Authorized");
    r.partnerCount = 3;
    r.revenue = { 120000000, 70000000, 10000000 };
    r.rank = { 1, 2, 3 };
    r.thresholds = { ThresholdLine { QStringLiteral("Certified"), 50000000, 12, {} },
                     ThresholdLine { QStringLiteral("Privileged"), 100000000, 12, {} } };
    std::unique_ptr<QChart> bands(ChartBuilder::revenueBands(r, {}));
    QCOMPARE(bands->series().size(), 3 + 1 + 2); // three bands, the partners, two thresholds

    TierCountData t;
    t.tiers = { QStringLiteral("Authorized"), QStringLiteral("Certified"), QStringLiteral("Privileged") };
    t.current = { 5, 3, 1 };
    t.proposed = { 4, 3, 2 };
    std::unique_ptr<QChart> counts(ChartBuilder::tierCounts(t, {}));
    auto *bars = qobject_cast<QBarSeries *>(counts->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(1)->at(2), 2.0);
    const QImage image = renderChartImage(counts.get(), QSize(600, 400));
    QVERIFY(pixelsNear(image, QColor(0x59, 0xa1, 0x4f)) > 500);
}

void TestCharts::axisLabelsGroupLikeCore_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("number"); // formatNumber(1200)
    QTest::addColumn<QStringList>("bars"); // the counts on the bars: current tier, then proposed
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    const QString nb(QChar(0x00A0));
    QTest::newRow("en-1200") << en << 1200 << QStringList { "0", "500", "1,000", "1,500" } << "1,200"
                            << QStringList { "1,200", "3", "1,199", "4" };
    // Spanish groups from five digits on (Qt 6.4 alone would write "1.000").
    QTest::newRow("es-1200") << es << 1200 << QStringList { "0", "500", "1000", "1500" } << "1200"
                            << QStringList { "1200", "3", "1199", "4" };
    QTest::newRow("es-12000") << es << 12000 << QStringList { "0", "5000", "10.000", "15.000" } << "1200"
                             << QStringList { "12.000", "3", "11.999", "4" };
    QTest::newRow("ru-1200") << ru << 1200
                             << QStringList { "0", "500", QStringLiteral("1") + nb + "000", QStringLiteral("1") + nb + "500" }
                             << QStringLiteral("1") + nb + "200"
                             << QStringList { QStringLiteral("1") + nb + "200", "3", QStringLiteral("1") + nb + "199", "4" };
}

// The axes' numbers and the counts on the bars are grouped as every other number of the window
// (formatNumber, core's groupedNumber), not by Qt's locale data.
void TestCharts::axisLabelsGroupLikeCore()
{
    QFETCH(QLocale, locale);
    QFETCH(int, count);
    QFETCH(QStringList, labels);
    QFETCH(QString, number);
    QFETCH(QStringList, bars);
    const FormattingScope scope(locale);
    QCOMPARE(formatNumber(1200), number);
    TierCountData t;
    t.tiers = { QStringLiteral("Authorized"), QStringLiteral("Certified") };
    t.current = { count, 3 };
    t.proposed = { count - 1, 4 };
    std::unique_ptr<QChart> chart(ChartBuilder::tierCounts(t, {}));
    auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categoriesLabels(), labels);
    QStringList printed;
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            printed << text->text();
    }
    QCOMPARE(printed, bars);
    auto *series = qobject_cast<QBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QVERIFY(!series->isLabelsVisible()); // Qt's own labels would group "1.200" in Spanish
}

void TestCharts::dashboardData()
{
    TestDatabase db;
    Session session;
    session.setToday(TestDatabase::today());
    QVERIFY(session.open(db.path()).has_value());
    QList<PartnerRow> rows;
    const QStringList tiers { QStringLiteral("authorized"), QStringLiteral("authorized"), QStringLiteral("certified"),
                              QStringLiteral("privileged") };
    for (qsizetype i = 0; i < tiers.size(); ++i)
        rows << PartnerRow { i + 1, QStringLiteral("P-%1").arg(i), QStringLiteral("Partner %1").arg(i), QStringLiteral("RU"),
                             QStringLiteral("reseller-status"), tiers.at(i) };
    rows << PartnerRow { 9, QStringLiteral("P-9"), QStringLiteral("Other"), QStringLiteral("US"),
                         QStringLiteral("revenue-band"), QStringLiteral("standard") };
    PartnerTableModel model;
    model.setTable(PartnerTable::build(rows, session.programs(), QLocale(QLocale::English)));
    RevenueBandsData revenue;
    TierCountData counts;
    QString summary;
    Dashboard::buildData(model, session, QStringLiteral("reseller-status"), revenue, counts, summary);
    QCOMPARE(counts.current, (QList<int> { 2, 1, 1 }));
    QCOMPARE(counts.proposed, (QList<int> { 0, 0, 0 }));
    QVERIFY(!revenue.message.isEmpty()); // not evaluated yet

    auto status = [](qint64 id, qint64 revenueMinor, const QString &proposed, TierMove move) {
        PartnerStatus s;
        s.partnerId = id;
        s.revenueMinor = revenueMinor;
        s.proposedTier = proposed;
        s.move = move;
        return s;
    };
    model.mergeStatuses({ status(1, 60000000, QStringLiteral("certified"), TierMove::Upgrade),
                          status(2, 1000, QStringLiteral("authorized"), TierMove::None),
                          status(3, 2000, QStringLiteral("authorized"), TierMove::Demotion),
                          status(4, 150000000, QStringLiteral("privileged"), TierMove::None),
                          status(9, 5, QStringLiteral("standard"), TierMove::None) });
    Dashboard::buildData(model, session, QStringLiteral("reseller-status"), revenue, counts, summary);
    QCOMPARE(counts.proposed, (QList<int> { 2, 1, 1 }));
    QCOMPARE(revenue.partnerCount, 4);
    QCOMPARE(revenue.revenue, (QList<qint64> { 150000000, 60000000, 2000, 1000 }));
    QCOMPARE(revenue.thresholds.size(), 2);
    QCOMPARE(revenue.baseTier, QStringLiteral("Authorized"));
    QVERIFY(revenue.message.isEmpty());
    QVERIFY(summary.contains(QStringLiteral("Upgrades proposed: 1. Demotions proposed: 1.")));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
