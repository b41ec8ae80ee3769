#pragma once

#include "report/chartdata.h"
#include "fxrates.h"
#include "program.h"
#include "records.h"

#include <QCoreApplication>
#include <QDate>

namespace pd::ui {

// Prepares chart data from records: conversion to the program's currency and the thresholds.
class RevenueChartData {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::RevenueChartData)

public:
    // The money requirements of metric Sales of every tier, converted to the program currency
    // (a missing rate leaves the line out and explains it in *message).
    static QList<ThresholdLine> salesThresholds(const Program &program, const ExchangeRates &rates, const QDate &asOf,
                                                QString *message);

    // Revenue of the last `quarters` quarters up to the one containing asOf, from `sales` (which
    // must cover the 4 quarters before the first one too, for the trailing 12 months). Sales in
    // other currencies are converted at the as-of date's rate, as the tier engine converts them.
    static QuarterlyRevenueData quarterly(const QList<Sale> &sales, const Program &program, const ExchangeRates &rates,
                                          const QDate &asOf, int quarters = 8);
    // The first day of the sales the quarterly chart needs.
    static QDate firstDayNeeded(const QDate &asOf, int quarters = 8);
};

} // namespace pd::ui
