#include "chartpainter.h"

#include "money.h"
#include "reportfonts.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace pd::ui {

namespace {

// The chart's texts keep the context of the window's chart builder: one translation for both.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::ChartBuilder)
};

const QColor kText(0x40, 0x40, 0x40);
const QColor kGrid(0xe0, 0xe0, 0xe0);
const QColor kAxis(0xa0, 0xa0, 0xa0);
constexpr qreal kMargin = 8;
constexpr int kTitleFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;

QString money(qint64 minor, const QString &currency)
{
    return Money { minor, currency }.display(formattingLocale());
}

// The fonts of the review's chart, as they were set on the Qt Charts version it replaces.
struct Fonts {
    QFont title = reportFont(11, true);
    QFont axis = reportFont(8);
    QFont legend = reportFont(8);
    QFont threshold = reportFont(7);
};

class Layout {
public:
    Layout(QPainter &painter, const QRectF &target, const QuarterlyRevenueData &d)
        : m_painter(painter)
        , m_d(d)
    {
        double top = 0;
        for (qsizetype i = 0; i < d.revenue.size(); ++i)
            top = std::max(top, chartstyle::major(d.revenue.at(i), d.digits));
        for (qint64 v : d.trailing12)
            top = std::max(top, chartstyle::major(v, d.digits));
        for (const ThresholdLine &t : d.thresholds)
            top = std::max(top, chartstyle::major(t.minor, d.digits));
        m_scale = chartstyle::niceScale(top * 1.05);

        const QFontMetricsF titleMetrics(m_fonts.title, painter.device());
        const QFontMetricsF axisMetrics(m_fonts.axis, painter.device());
        const QFontMetricsF legendMetrics(m_fonts.legend, painter.device());
        const QRectF inner = target.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        // The title and a message below it, wrapped to the chart's width: as tall as they need.
        const qreal titleHeight = titleText().isEmpty()
            ? 0
            : titleMetrics.boundingRect(QRectF(0, 0, inner.width(), 10000), kTitleFlags, titleText()).height();
        m_title = QRectF(inner.left(), inner.top(), inner.width(), titleHeight);
        m_legend = QRectF(inner.left(), inner.bottom() - legendMetrics.height() - 4, inner.width(),
                          legendMetrics.height() + 4);
        qreal labelWidth = 0;
        for (int i = 0; i < m_scale.ticks; ++i)
            labelWidth = std::max(labelWidth, axisMetrics.horizontalAdvance(tickLabel(i)));
        const qreal left = inner.left() + axisMetrics.height() + 6 + labelWidth + 6;
        const qreal bottom = m_legend.top() - 6 - axisMetrics.height() - 4;
        m_plot = QRectF(QPointF(left, m_title.bottom() + 10), QPointF(inner.right() - 10, bottom));
    }

    QString titleText() const
    {
        return m_d.message.isEmpty() ? m_d.title : m_d.title + QLatin1Char('\n') + m_d.message;
    }
    double tickValue(int i) const { return m_scale.max * i / (m_scale.ticks - 1); }
    QString tickLabel(int i) const { return groupedNumber(std::llround(tickValue(i)), formattingLocale()); }
    qreal y(double value) const { return m_plot.bottom() - value / m_scale.max * m_plot.height(); }
    qreal categoryWidth() const { return m_plot.width() / qreal(m_d.quarters.size()); }
    qreal x(qsizetype category) const { return m_plot.left() + (qreal(category) + 0.5) * categoryWidth(); }

    void paintTitle()
    {
        m_painter.setFont(m_fonts.title);
        m_painter.setPen(kText);
        m_painter.drawText(m_title, kTitleFlags, titleText());
    }

    void paintAxes()
    {
        m_painter.setFont(m_fonts.axis);
        const QFontMetricsF metrics(m_fonts.axis, m_painter.device());
        for (int i = 0; i < m_scale.ticks; ++i) {
            const qreal at = y(tickValue(i));
            m_painter.setPen(QPen(i == 0 ? kAxis : kGrid, 1));
            m_painter.drawLine(QPointF(m_plot.left(), at), QPointF(m_plot.right(), at));
            m_painter.setPen(kText);
            const QRectF box(m_plot.left() - 6 - 200, at - metrics.height() / 2, 200, metrics.height());
            m_painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, tickLabel(i));
        }
        for (qsizetype i = 0; i <= m_d.quarters.size(); ++i) {
            const qreal at = m_plot.left() + qreal(i) * categoryWidth();
            m_painter.setPen(QPen(i == 0 ? kAxis : kGrid, 1));
            m_painter.drawLine(QPointF(at, m_plot.top()), QPointF(at, m_plot.bottom()));
        }
        m_painter.setPen(kText);
        for (qsizetype i = 0; i < m_d.quarters.size(); ++i) {
            const QRectF box(x(i) - categoryWidth() / 2, m_plot.bottom() + 4, categoryWidth(), metrics.height());
            m_painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, m_d.quarters.at(i));
        }
        // The axis title (the currency), turned to read upwards beside the tick labels.
        m_painter.save();
        m_painter.translate(m_plot.left() - 6 - maxTickWidth() - 6 - metrics.height(), m_plot.center().y());
        m_painter.rotate(-90);
        m_painter.drawText(QRectF(-m_plot.height() / 2, 0, m_plot.height(), metrics.height()), Qt::AlignCenter,
                           m_d.currency);
        m_painter.restore();
    }

    qreal maxTickWidth() const
    {
        const QFontMetricsF metrics(m_fonts.axis, m_painter.device());
        qreal width = 0;
        for (int i = 0; i < m_scale.ticks; ++i)
            width = std::max(width, metrics.horizontalAdvance(tickLabel(i)));
        return width;
    }

    void paintBars()
    {
        m_painter.setPen(QPen(chartstyle::kBars.darker(120), 1));
        m_painter.setBrush(chartstyle::kBars);
        const qreal width = categoryWidth() * 0.6;
        for (qsizetype i = 0; i < m_d.revenue.size() && i < m_d.quarters.size(); ++i) {
            const qreal top = y(std::max(0.0, chartstyle::major(m_d.revenue.at(i), m_d.digits)));
            if (m_plot.bottom() - top < 0.5)
                continue; // no sales: no bar, not even its outline
            m_painter.drawRect(QRectF(QPointF(x(i) - width / 2, top), QPointF(x(i) + width / 2, m_plot.bottom())));
        }
    }

    void paintTrailing()
    {
        QPolygonF points;
        for (qsizetype i = 0; i < m_d.trailing12.size() && i < m_d.quarters.size(); ++i)
            points << QPointF(x(i), y(chartstyle::major(m_d.trailing12.at(i), m_d.digits)));
        QPen pen(chartstyle::kTrailing, 2.5);
        pen.setJoinStyle(Qt::RoundJoin);
        m_painter.setPen(pen);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPolyline(points);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(chartstyle::kTrailing);
        for (const QPointF &p : points)
            m_painter.drawEllipse(p, 3.5, 3.5);
    }

    void paintThresholds()
    {
        const QFontMetricsF metrics(m_fonts.threshold, m_painter.device());
        QList<qreal> tops;
        QList<qreal> heights;
        QList<qsizetype> order;
        for (qsizetype i = 0; i < m_d.thresholds.size(); ++i) {
            const ThresholdLine &t = m_d.thresholds.at(i);
            const qreal at = y(chartstyle::major(t.minor, m_d.digits));
            QPen pen(chartstyle::thresholdColour(i), 2, Qt::DashLine);
            m_painter.setPen(pen);
            m_painter.drawLine(QPointF(m_plot.left(), at), QPointF(m_plot.right(), at));
            order << i;
        }
        // Labels at the right end of each line, above it, stacked from the lowest line upwards.
        std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
            return m_d.thresholds.at(a).minor < m_d.thresholds.at(b).minor;
        });
        for (qsizetype i : order) {
            tops << y(chartstyle::major(m_d.thresholds.at(i).minor, m_d.digits)) - metrics.height() - 1;
            heights << metrics.height();
        }
        chartstyle::stackUpwards(tops, heights);
        m_painter.setFont(m_fonts.threshold);
        for (qsizetype k = 0; k < order.size(); ++k) {
            const ThresholdLine &t = m_d.thresholds.at(order.at(k));
            const QString text = chartstyle::lineLabel(t, m_d.currency);
            const qreal width = metrics.horizontalAdvance(text);
            const QRectF box(m_plot.right() - 4 - width, tops.at(k), width, heights.at(k));
            if (!m_plot.contains(box.right() - 1, box.bottom()))
                continue;
            // A light backing keeps the label readable where it crosses a bar or the trailing line.
            m_painter.fillRect(box.adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 200));
            m_painter.setPen(chartstyle::thresholdColour(order.at(k)));
            m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }

    void paintLegend()
    {
        const QFontMetricsF metrics(m_fonts.legend, m_painter.device());
        const qreal marker = metrics.height() * 0.6;
        const QString names[] = { chartstyle::quarterSeriesName(), chartstyle::trailingSeriesName() };
        const QColor colours[] = { chartstyle::kBars, chartstyle::kTrailing };
        qreal width = 0;
        for (const QString &name : names)
            width += marker + 4 + metrics.horizontalAdvance(name) + 14;
        width -= 14;
        qreal at = m_legend.center().x() - width / 2;
        m_painter.setFont(m_fonts.legend);
        for (int i = 0; i < 2; ++i) {
            m_painter.fillRect(QRectF(at, m_legend.center().y() - marker / 2, marker, marker), colours[i]);
            at += marker + 4;
            const qreal textWidth = metrics.horizontalAdvance(names[i]);
            m_painter.setPen(kText);
            m_painter.drawText(QRectF(at, m_legend.top(), textWidth + 1, m_legend.height()),
                               Qt::AlignLeft | Qt::AlignVCenter, names[i]);
            at += textWidth + 14;
        }
    }

private:
    QPainter &m_painter;
    const QuarterlyRevenueData &m_d;
    Fonts m_fonts;
    chartstyle::Scale m_scale;
    QRectF m_title;
    QRectF m_legend;
    QRectF m_plot;
};

} // namespace

namespace chartstyle {

QColor thresholdColour(qsizetype index)
{
    return kTierColours.at((index + 1) % kTierColours.size()).darker(130);
}

double major(qint64 minor, int digits)
{
    return double(minor) / std::pow(10.0, digits);
}

Scale niceScale(double top, bool integers)
{
    if (top <= 0)
        return Scale { 1, 2 };
    const double raw = top / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    }
    if (integers)
        step = std::max(step, 1.0);
    const double max = std::ceil(top / step) * step;
    return Scale { max, int(std::lround(max / step)) + 1 };
}

QString quarterSeriesName()
{
    return Tr::tr("Quarter");
}

QString trailingSeriesName()
{
    return Tr::tr("Trailing 12 months");
}

QString thresholdLabel(const ThresholdLine &t, const QString &currency)
{
    QString label = Tr::tr("%1: %2 in %n month(s)", nullptr, t.periodMonths).arg(t.tierName, money(t.minor, currency));
    if (!t.note.isEmpty())
        label += QStringLiteral(" (") + t.note + QLatin1Char(')');
    return label;
}

QString lineLabel(const ThresholdLine &t, const QString &currency)
{
    const QString amount = money(t.minor, currency);
    return t.moreThan ? Tr::tr("%1 > %2").arg(t.tierName, amount) : Tr::tr("%1 ≥ %2").arg(t.tierName, amount);
}

void stackUpwards(QList<qreal> &tops, const QList<qreal> &heights)
{
    for (qsizetype i = 1; i < tops.size(); ++i) {
        const qreal limit = tops.at(i - 1) - heights.at(i);
        if (tops.at(i) > limit)
            tops[i] = limit;
    }
}

} // namespace chartstyle

void ChartPainter::paintQuarterlyRevenue(QPainter &painter, const QRectF &target, const QuarterlyRevenueData &data)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(target, Qt::white);
    Layout layout(painter, target, data);
    layout.paintTitle();
    if (!data.quarters.isEmpty()) {
        layout.paintAxes();
        layout.paintBars();
        layout.paintTrailing();
        layout.paintThresholds();
        layout.paintLegend();
    }
    painter.restore();
}

} // namespace pd::ui
