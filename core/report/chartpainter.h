#pragma once

#include "chartdata.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace pd::ui {

// What the window's Qt Charts view (ui/charts/chartbuilder.cpp) and the painted review chart share,
// so that both show the same colours, scale and labels.
namespace chartstyle {
// Colours that stay apart for the colour-blind and on paper (Tableau 10).
inline const QColor kBars(0x4e, 0x79, 0xa7);
inline const QColor kTrailing(0xf2, 0x8e, 0x2b);
inline const QColor kProposed(0x59, 0xa1, 0x4f);
inline const QList<QColor> kTierColours { QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                          QColor(0xe1, 0x57, 0x59), QColor(0xb0, 0x7a, 0xa1) };

// The colour of the i-th threshold line (lowest first), as drawn.
QColor thresholdColour(qsizetype index);
double major(qint64 minor, int digits);

// A value axis from 0 to a round number just above `top`, with 4 to 8 round steps.
struct Scale {
    double max = 1;
    int ticks = 2;
};
Scale niceScale(double top, bool integers = false);

// The names and labels of the quarterly revenue chart, in the language installed for the thread.
QString quarterSeriesName();  // the bars
QString trailingSeriesName(); // the line
// "Certified: RUB 500,000.00 in 12 months (Licences)", for tooltips.
QString thresholdLabel(const ThresholdLine &t, const QString &currency);
// The short label drawn on a threshold line: "Certified ≥ RUB 500,000.00" ("Strategic > $100,000.00"
// where the tier needs more than the amount).
QString lineLabel(const ThresholdLine &t, const QString &currency);

// Moves labels (their top edges in `tops`, lowest label first) up so that none overlaps the one
// below it: thresholds close together would print their labels over each other.
void stackUpwards(QList<qreal> &tops, const QList<qreal> &heights);
} // namespace chartstyle

// Paints the review's quarterly revenue chart with QPainter alone - bars per quarter, the trailing
// 12 months as a line, dashed threshold lines with their labels, axes and legend - in `target`
// (vector on a PDF or picture painter). Needs no widgets and may run on any thread.
class ChartPainter {
public:
    static void paintQuarterlyRevenue(QPainter &painter, const QRectF &target, const QuarterlyRevenueData &data);
};

} // namespace pd::ui
