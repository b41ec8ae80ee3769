// The review's revenue chart painted with QPainter alone (core/report/chartpainter.h): its scale,
// the stacking of threshold labels, the texts that land in a PDF and the colours on a raster.
#include "qbrfixture.h"
#include "report/chartpainter.h"
#include "translations.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

namespace {

// Two years of a partner in USD: bars up to 45,000.00, the trailing year up to 150,000.00, and two
// thresholds (25,000.00 and 100,000.00).
QuarterlyRevenueData sample()
{
    QuarterlyRevenueData d;
    d.title = QStringLiteral("Revenue by quarter, in USD");
    d.currency = QStringLiteral("USD");
    d.digits = 2;
    d.quarters = { QStringLiteral("2024-Q4"), QStringLiteral("2025-Q1"), QStringLiteral("2025-Q2"),
                   QStringLiteral("2025-Q3"), QStringLiteral("2025-Q4"), QStringLiteral("2026-Q1"),
                   QStringLiteral("2026-Q2"), QStringLiteral("2026-Q3") };
    d.revenue = { 0, 300000, 3100000, 4500000, 4200000, 4000000, 2300000, 3900000 };
    d.trailing12 = { 0, 300000, 3400000, 7900000, 12100000, 15000000, 14500000, 14400000 };
    d.thresholds = { ThresholdLine { QStringLiteral("Preferred"), 2500000, 12, QString() },
                     ThresholdLine { QStringLiteral("Strategic"), 10000000, 12, QString() } };
    return d;
}

QImage paintImage(const QuarterlyRevenueData &data)
{
    QImage image(760, 360, QImage::Format_ARGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    ChartPainter::paintQuarterlyRevenue(painter, QRectF(0, 0, 760, 360), data);
    painter.end();
    return image;
}

int countColour(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y).rgb() == colour.rgb() ? 1 : 0;
    }
    return n;
}

} // namespace

class TestChartPainter : public QObject {
    Q_OBJECT

private slots:
    // A tier that needs more than its amount says ">", one that needs at least its amount "≥".
    void lineLabelSaysTheComparison()
    {
        ThresholdLine atLeast { QStringLiteral("Preferred"), 2500000, 12, QString(), false };
        ThresholdLine moreThan { QStringLiteral("Strategic"), 10000000, 12, QString(), true };
        QVERIFY(chartstyle::lineLabel(atLeast, QStringLiteral("USD")).startsWith(QStringLiteral("Preferred ≥ ")));
        QVERIFY(chartstyle::lineLabel(moreThan, QStringLiteral("USD")).startsWith(QStringLiteral("Strategic > ")));
        QVERIFY(chartstyle::lineLabel(moreThan, QStringLiteral("USD")).contains(QStringLiteral("100,000.00")));
    }

    void niceScale_data()
    {
        QTest::addColumn<double>("top");
        QTest::addColumn<bool>("integers");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("ticks");
        QTest::newRow("empty") << 0.0 << false << 1.0 << 2;
        QTest::newRow("157,500 in steps of 50,000") << 157500.0 << false << 200000.0 << 5;
        QTest::newRow("105,000 in steps of 25,000") << 105000.0 << false << 125000.0 << 6;
        QTest::newRow("3.2 partners in whole steps") << 3.2 << true << 4.0 << 5;
        QTest::newRow("0.9 in steps of 0.2") << 0.9 << false << 1.0 << 6;
    }
    void niceScale()
    {
        QFETCH(double, top);
        QFETCH(bool, integers);
        QFETCH(double, max);
        QFETCH(int, ticks);
        const chartstyle::Scale scale = chartstyle::niceScale(top, integers);
        QCOMPARE(scale.max, max);
        QCOMPARE(scale.ticks, ticks);
    }

    void stacksLabelsUpwards()
    {
        // Lowest first: the second overlaps the first and moves up; the third is clear of both.
        QList<qreal> tops { 100, 95, 40 };
        chartstyle::stackUpwards(tops, { 10, 12, 10 });
        QCOMPARE(tops, (QList<qreal> { 100, 88, 40 }));
        QList<qreal> chain { 100, 99, 98 };
        chartstyle::stackUpwards(chain, { 10, 10, 10 });
        QCOMPARE(chain, (QList<qreal> { 100, 90, 80 }));
    }

    void pdfHoldsEveryLabel()
    {
        const FormattingScope formats(QLocale(QLocale::English, QLocale::UnitedStates));
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            const qreal width = writer.width();
            ChartPainter::paintQuarterlyRevenue(painter, QRectF(0, 0, width, width * 360 / 760), sample());
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QString error;
        const QString text = normalised(runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") }, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Written out by hand: title, axis, ticks (0 to 200,000 in steps of 50,000), quarters,
        // threshold labels whole, and the legend.
        for (const char *expected : { "Revenue by quarter, in USD", "USD", "200,000", "150,000", "100,000", "50,000",
                                      "2024-Q4", "2026-Q3", "Preferred ≥ $25,000.00", "Strategic ≥ $100,000.00",
                                      "Quarter", "Trailing 12 months" })
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("(^|\\s)0(\\s|$)"))), qPrintable(text));
    }

    void rasterShowsBarsLineAndThresholds()
    {
        const QImage image = paintImage(sample());
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // the background is painted
        QVERIFY(countColour(image, chartstyle::kBars) > 2000);    // seven bars of some height
        QVERIFY(countColour(image, chartstyle::kTrailing) > 100); // the line and its points
        QVERIFY(countColour(image, chartstyle::thresholdColour(0)) > 100);
        QVERIFY(countColour(image, chartstyle::thresholdColour(1)) > 100);
    }

    void messageWithoutQuarters()
    {
        QuarterlyRevenueData d;
        d.title = QStringLiteral("Revenue by quarter, in USD");
        d.message = QStringLiteral("No sales in the last 8 quarters.");
        const QImage image = paintImage(d);
        QCOMPARE(countColour(image, chartstyle::kBars), 0);
        QCOMPARE(countColour(image, chartstyle::kTrailing), 0);
    }
};

QTEST_MAIN(TestChartPainter)
#include "tst_chartpainter.moc"
