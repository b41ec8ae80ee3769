#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>

class QChart;
class QPainter;

namespace pd::ui {

// Paints a chart through a QGraphicsScene of its own: no view is needed, so it works for
// charts never shown on screen, and it stays vector in a PDF (QChartView::render() on a view
// that was never shown draws a tiny chart). The chart is removed from the scene afterwards.
void renderChart(QChart *chart, QPainter *painter, const QRectF &target);
QImage renderChartImage(QChart *chart, const QSize &size, qreal devicePixelRatio = 1.0);

} // namespace pd::ui
