#include "chartwidget.h"

namespace pd::ui {

ChartWidget::ChartWidget(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void ChartWidget::replaceChart(QChart *chart)
{
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace pd::ui
