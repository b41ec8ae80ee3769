#pragma once

#include <QChartView>

namespace pd::ui {

// A chart view that owns the chart it shows and replaces it whole when the data changes.
class ChartWidget final : public QChartView {
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    void replaceChart(QChart *chart); // takes ownership; deletes the previous chart
};

} // namespace pd::ui
