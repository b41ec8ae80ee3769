#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pd::ui {

// Plain data for the charts: what to draw, already converted to the program's currency.
// Amounts are minor units (exact, for tooltips); charts plot them in major units.

struct ThresholdLine {
    QString tierName;
    qint64 minor = 0;
    int periodMonths = 12;
    QString note; // product lines or other limits of the requirement
    bool moreThan = false; // the requirement is "more than" the amount, not "at least"
};

struct QuarterlyRevenueData {
    QString title;
    QString currency;
    int digits = 2;              // minor units of the currency
    QStringList quarters;        // "2025-Q3", oldest first
    QList<qint64> revenue;       // per quarter
    QList<qint64> trailing12;    // trailing 12 months at each quarter's end
    QList<ThresholdLine> thresholds;
    QString message;             // shown instead of (or above) the data: a missing rate, no sales
};

struct RevenueBandsData {
    QString title;
    QString currency;
    int digits = 2;
    // Partners' trailing 12-month revenue, highest first; at most a few thousand points
    // (quantiles of a larger population), each with the rank it stands for.
    QList<qint64> revenue;
    QList<int> rank;             // 1-based rank of each point among all partners
    int partnerCount = 0;
    QString baseTier;            // the tier below the first threshold
    QList<ThresholdLine> thresholds; // lowest first
    QString message;
};

struct TierCountData {
    QString title;
    QStringList tiers;           // lowest first
    QList<int> current;
    QList<int> proposed;
    QString message;
};

} // namespace pd::ui
