#include "chartbuilder.h"

#include "formatting.h"

#include "translations.h"

#include "money.h"
#include "report/chartpainter.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pd::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::ChartBuilder)
};

using chartstyle::kBars;
using chartstyle::kProposed;
using chartstyle::kTierColours;
using chartstyle::kTrailing;
using chartstyle::lineLabel;
using chartstyle::major;
using chartstyle::thresholdLabel;

// A value axis from 0 to a round number just above `top`, with 4 to 8 round steps
// (QValueAxis::applyNiceNumbers tends to leave a third of the plot empty).
void setNiceRange(QValueAxis *axis, double top, bool integers = false)
{
    const chartstyle::Scale scale = chartstyle::niceScale(top, integers);
    axis->setRange(0, scale.max);
    axis->setTickCount(scale.ticks);
}

// Labels an axis at its ticks with formatNumber: QValueAxis writes its labels with Qt's own
// grouping, which Qt 6.4 gets wrong in Spanish ("1.200" for 1200). Call after setting the range.
void labelTicks(QCategoryAxis *axis)
{
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(axis->min());
    const int ticks = std::max(axis->tickCount(), 2);
    for (int i = 0; i < ticks; ++i) {
        const double value = axis->min() + (axis->max() - axis->min()) * i / (ticks - 1);
        axis->append(formatNumber(std::llround(value)), value);
    }
}

QChart *newChart(const QString &title, const ChartBuilder::Options &options)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    chart->setTitleFont(font);
    chart->setAnimationOptions(options.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(formattingLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(8, 8, 8, 8));
    chart->setBackgroundRoundness(0);
    return chart;
}

void showToolTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

// Adds a dashed horizontal line at a threshold from x0 to x1, with its label at the right end.
QLineSeries *addThreshold(QChart *chart, const ThresholdLine &t, const QColor &colour, double x0, double x1,
                          const QString &currency, int digits, const ChartBuilder::Options &options)
{
    auto *line = new QLineSeries(chart);
    const double y = major(t.minor, digits);
    line->append(x0, y);
    line->append(x1, y);
    line->setName(thresholdLabel(t, currency));
    QPen pen(colour.darker(130));
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    chart->addSeries(line);
    // The line carries its own label; a legend entry would only repeat it, truncated.
    for (QLegendMarker *marker : chart->legend()->markers(line))
        marker->setVisible(false);
    if (options.interactive) {
        const QString text = line->name();
        QObject::connect(line, &QLineSeries::hovered, chart, [text](const QPointF &, bool on) {
            if (on)
                showToolTip(text);
        });
    }
    return line;
}

// Labels drawn at the right end of each threshold line; they follow the plot area when the
// chart is resized, in a view or in a scene being printed.
void labelThresholds(QChart *chart, const QList<QLineSeries *> &lines, const QStringList &labels)
{
    QList<QGraphicsSimpleTextItem *> items;
    for (const QString &label : labels) {
        auto *item = new QGraphicsSimpleTextItem(label, chart);
        QFont font = item->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        item->setFont(font);
        item->setZValue(10);
        items << item;
    }
    auto place = [chart, lines, items] {
        QList<QGraphicsSimpleTextItem *> shown;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QList<QPointF> points = lines.at(i)->points();
            if (points.size() < 2)
                continue;
            const QPointF end = chart->mapToPosition(points.last(), lines.at(i));
            const QRectF box = items.at(i)->boundingRect();
            items.at(i)->setPos(end.x() - box.width() - 4, end.y() - box.height() - 1);
            items.at(i)->setBrush(lines.at(i)->pen().color());
            items.at(i)->setVisible(chart->plotArea().contains(end.x() - 1, end.y()));
            if (items.at(i)->isVisible())
                shown << items.at(i);
        }
        // Thresholds close together (on a scale set by a large quarter) would print their labels
        // over each other: stack them upwards from the lowest, each above the one below it.
        std::sort(shown.begin(), shown.end(), [](const auto *a, const auto *b) { return a->y() > b->y(); });
        QList<qreal> tops;
        QList<qreal> heights;
        for (const QGraphicsSimpleTextItem *item : shown) {
            tops << item->y();
            heights << item->boundingRect().height();
        }
        chartstyle::stackUpwards(tops, heights);
        for (qsizetype i = 0; i < shown.size(); ++i)
            shown.at(i)->setY(tops.at(i));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

// The counts printed on the bars with formatNumber, for print-outs where no tooltip helps:
// QBarSeries writes its own labels with Qt's grouping ("1.200" in Spanish, see labelTicks).
// Each sits inside the top of its bar, or above a bar too short to hold it. The geometry is
// QBarSeries's: a category's bars share barWidth() of it, side by side in set order.
void labelBars(QChart *chart, QBarSeries *bars)
{
    struct Label {
        QGraphicsSimpleTextItem *item;
        qreal x;
        qreal value;
    };
    QList<Label> labels;
    const QList<QBarSet *> sets = bars->barSets();
    for (qsizetype j = 0; j < sets.size(); ++j) {
        for (int i = 0; i < sets.at(j)->count(); ++i) {
            const qreal value = sets.at(j)->at(i);
            auto *item = new QGraphicsSimpleTextItem(formatNumber(std::llround(value)), chart);
            item->setZValue(10);
            const qreal x = i - bars->barWidth() / 2 + (j + 0.5) * bars->barWidth() / sets.size();
            labels << Label { item, x, value };
        }
    }
    auto place = [chart, bars, labels] {
        for (const Label &l : labels) {
            const QPointF top = chart->mapToPosition(QPointF(l.x, l.value), bars);
            const QPointF bottom = chart->mapToPosition(QPointF(l.x, 0), bars);
            const QRectF box = l.item->boundingRect();
            const bool inside = bottom.y() - top.y() >= box.height() + 4;
            l.item->setPos(top.x() - box.width() / 2, inside ? top.y() + 2 : top.y() - box.height() - 1);
            l.item->setBrush(inside ? QColor(Qt::white) : QColor(Qt::black));
            l.item->setVisible(chart->plotArea().contains(top.x(), bottom.y() - 1));
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

QString titleWithMessage(const QString &title, const QString &message)
{
    return message.isEmpty() ? title : title + QStringLiteral("\n") + message;
}

} // namespace

QChart *ChartBuilder::quarterlyRevenue(const QuarterlyRevenueData &d, const Options &options)
{
    QChart *chart = newChart(titleWithMessage(d.title, d.message), options);
    if (d.quarters.isEmpty())
        return chart;
    auto *bars = new QBarSeries(chart);
    auto *set = new QBarSet(chartstyle::quarterSeriesName(), bars);
    set->setColor(kBars);
    set->setBorderColor(kBars.darker(120));
    double top = 0;
    for (qint64 v : d.revenue) {
        *set << major(v, d.digits);
        top = std::max(top, major(v, d.digits));
    }
    bars->append(set);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);

    auto *trailing = new QLineSeries(chart);
    trailing->setName(chartstyle::trailingSeriesName());
    for (qsizetype i = 0; i < d.trailing12.size(); ++i) {
        trailing->append(double(i), major(d.trailing12.at(i), d.digits));
        top = std::max(top, major(d.trailing12.at(i), d.digits));
    }
    QPen pen(kTrailing);
    pen.setWidthF(2.5);
    trailing->setPen(pen);
    trailing->setPointsVisible(true);
    chart->addSeries(trailing);

    const double x0 = -0.5;
    const double x1 = double(d.quarters.size()) - 0.5;
    QList<QLineSeries *> lines;
    QStringList labels;
    for (qsizetype i = 0; i < d.thresholds.size(); ++i) {
        const ThresholdLine &t = d.thresholds.at(i);
        lines << addThreshold(chart, t, kTierColours.at((i + 1) % kTierColours.size()), x0, x1, d.currency, d.digits,
                              options);
        labels << lineLabel(t, d.currency);
        top = std::max(top, major(t.minor, d.digits));
    }

    auto *xAxis = new QBarCategoryAxis(chart);
    xAxis->append(d.quarters);
    auto *yAxis = new QCategoryAxis(chart);
    setNiceRange(yAxis, top * 1.05);
    labelTicks(yAxis);
    yAxis->setTitleText(d.currency);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    labelThresholds(chart, lines, labels);

    if (options.interactive) {
        QObject::connect(set, &QBarSet::hovered, chart, [d](bool on, int index) {
            if (on && index >= 0 && index < d.revenue.size())
                showToolTip(Tr::tr("%1: %2").arg(d.quarters.at(index), formatMoney(d.revenue.at(index), d.currency)));
        });
        QObject::connect(trailing, &QLineSeries::hovered, chart, [d](const QPointF &p, bool on) {
            const int i = int(std::lround(p.x()));
            if (on && i >= 0 && i < d.trailing12.size())
                showToolTip(Tr::tr("12 months to the end of %1: %2")
                                .arg(d.quarters.at(i), formatMoney(d.trailing12.at(i), d.currency)));
        });
    }
    return chart;
}

QChart *ChartBuilder::revenueBands(const RevenueBandsData &d, const Options &options)
{
    QChart *chart = newChart(titleWithMessage(d.title, d.message), options);
    if (d.revenue.isEmpty())
        return chart;
    double top = major(d.revenue.first(), d.digits);
    for (const ThresholdLine &t : d.thresholds)
        top = std::max(top, major(t.minor, d.digits));
    const double xMax = double(std::max(d.partnerCount, 1));
    auto *xAxis = new QCategoryAxis(chart);
    xAxis->setRange(1, xMax);
    labelTicks(xAxis);
    xAxis->setTitleText(Tr::tr("Partners, ranked by revenue"));
    auto *yAxis = new QCategoryAxis(chart);
    setNiceRange(yAxis, top * 1.05);
    labelTicks(yAxis);
    yAxis->setTitleText(d.currency);
    top = yAxis->max(); // the highest band reaches the top of the plot

    // One translucent band per tier: from its threshold up to the next tier's threshold.
    QList<qint64> bounds { 0 };
    QStringList bandNames { d.baseTier };
    for (const ThresholdLine &t : d.thresholds) {
        bounds << t.minor;
        bandNames << t.tierName;
    }
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        const double low = major(bounds.at(i), d.digits);
        const double high = i + 1 < bounds.size() ? major(bounds.at(i + 1), d.digits) : top;
        if (high <= low)
            continue;
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        lower->append(1, low);
        lower->append(xMax, low);
        upper->append(1, high);
        upper->append(xMax, high);
        auto *band = new QAreaSeries(upper, lower);
        QColor colour = kTierColours.at(i % kTierColours.size());
        colour.setAlpha(60);
        band->setBrush(colour);
        band->setPen(Qt::NoPen);
        band->setName(Tr::tr("%1 band").arg(bandNames.at(i)));
        chart->addSeries(band);
    }

    auto *curve = new QLineSeries(chart);
    curve->setName(Tr::tr("Partner revenue, 12 months"));
    for (qsizetype i = 0; i < d.revenue.size(); ++i)
        curve->append(double(d.rank.value(i, int(i) + 1)), major(d.revenue.at(i), d.digits));
    QPen pen(kBars.darker(110));
    pen.setWidthF(2.5);
    curve->setPen(pen);
    chart->addSeries(curve);

    QList<QLineSeries *> lines;
    QStringList labels;
    for (qsizetype i = 0; i < d.thresholds.size(); ++i) {
        lines << addThreshold(chart, d.thresholds.at(i), kTierColours.at((i + 1) % kTierColours.size()), 1, xMax,
                              d.currency, d.digits, options);
        labels << lineLabel(d.thresholds.at(i), d.currency);
    }

    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    labelThresholds(chart, lines, labels);

    if (options.interactive) {
        QObject::connect(curve, &QLineSeries::hovered, chart, [d](const QPointF &p, bool on) {
            if (!on || d.rank.isEmpty())
                return;
            // The nearest plotted partner to the pointer.
            const auto it = std::lower_bound(d.rank.begin(), d.rank.end(), int(std::lround(p.x())));
            const qsizetype i = std::min<qsizetype>(it - d.rank.begin(), d.rank.size() - 1);
            showToolTip(Tr::tr("Partner %1 of %2 by revenue: %3")
                            .arg(formatNumber(d.rank.at(i)), formatNumber(d.partnerCount),
                                 formatMoney(d.revenue.at(i), d.currency)));
        });
    }
    return chart;
}

QChart *ChartBuilder::tierCounts(const TierCountData &d, const Options &options)
{
    QChart *chart = newChart(titleWithMessage(d.title, d.message), options);
    if (d.tiers.isEmpty())
        return chart;
    auto *bars = new QBarSeries(chart);
    auto *current = new QBarSet(Tr::tr("Current tier"), bars);
    auto *proposed = new QBarSet(Tr::tr("Proposed tier"), bars);
    current->setColor(kBars);
    proposed->setColor(kProposed);
    int top = 0;
    for (qsizetype i = 0; i < d.tiers.size(); ++i) {
        *current << d.current.value(i);
        *proposed << d.proposed.value(i);
        top = std::max({ top, d.current.value(i), d.proposed.value(i) });
    }
    bars->append(current);
    bars->append(proposed);
    chart->addSeries(bars);
    auto *xAxis = new QBarCategoryAxis(chart);
    xAxis->append(d.tiers);
    auto *yAxis = new QCategoryAxis(chart);
    setNiceRange(yAxis, std::max(1.0, top * 1.05), true);
    labelTicks(yAxis);
    yAxis->setTitleText(Tr::tr("Partners"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    labelBars(chart, bars);
    if (options.interactive) {
        auto tip = [d](const QString &which, const QList<int> &counts) {
            return [d, which, counts](bool on, int index) {
                if (on && index >= 0 && index < d.tiers.size())
                    //: %3 is the number of partners, grouped: "Certified, current tier: 1,200 partners"
                    showToolTip(Tr::tr("%1, %2: %3 partner(s)", nullptr, counts.value(index))
                                    .arg(d.tiers.at(index), which, formatNumber(counts.value(index))));
            };
        };
        QObject::connect(current, &QBarSet::hovered, chart, tip(Tr::tr("current tier"), d.current));
        QObject::connect(proposed, &QBarSet::hovered, chart, tip(Tr::tr("proposed tier"), d.proposed));
    }
    return chart;
}

} // namespace pd::ui
