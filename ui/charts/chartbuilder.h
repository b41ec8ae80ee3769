#pragma once

#include "report/chartdata.h"

class QChart;

namespace pd::ui {

// Every chart of PartnerDesk is built here from plain data, so the charting library can be
// replaced in one place (Qt Charts is deprecated from Qt 6.10) and the same chart can be shown
// in a view or painted into a PDF (see chartrender.h). The caller owns the returned chart.
class ChartBuilder {
public:
    struct Options {
        bool interactive = true; // hover tooltips; off for printing
        bool animated = false;
    };

    static QChart *quarterlyRevenue(const QuarterlyRevenueData &data, const Options &options);
    static QChart *revenueBands(const RevenueBandsData &data, const Options &options);
    static QChart *tierCounts(const TierCountData &data, const Options &options);
};

} // namespace pd::ui
