#pragma once

#include "metric.h"
#include "money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <utility>

namespace pd {

// Sales of one partner in one window, summed by currency, product line and renewal flag; live
// lines only, returns on their own dates (amounts are net).
struct SalesAggregate {
    QString currency;
    QString productLine;
    bool renewal = false;
    qint64 amountMinor = 0;
    qint64 lines = 0; // sale lines less returns that leave nothing of their original (deals)
};

// What happened in a trailing window of N months ending on the as-of date.
struct WindowFacts {
    QList<SalesAggregate> sales;
    QList<SalesAggregate> previousSales; // the N months before the window (for growth)
    // A customer is active in a window when its net amount there is above zero (see factsquery.cpp).
    qint64 activeCustomers = 0;   // active customers of the window
    qint64 previousCustomers = 0; // active customers of the N months before
    qint64 retainedCustomers = 0; // active in both
};

// Month numbers are year * 12 + (month - 1).
inline int monthNumber(const QDate &d)
{
    return d.year() * 12 + d.month() - 1;
}

// The raw facts about one partner on one as-of date, gathered by set-based queries; the tier
// engine turns them into metrics. Plain data, so the engine can be tested without a database.
struct PartnerFacts {
    QMap<int, WindowFacts> windows;  // by window length in months
    int certifiedTechnical = 0;
    int certifiedSales = 0;
    QHash<EventKind, QSet<int>> eventMonths; // months with at least one event (recent window)
    QHash<EventKind, QDate> firstEvent;       // earliest event on or before the as-of date
    QHash<EventKind, QDate> lastEvent;        // latest event on or before the as-of date
    QSet<int> salesMonths;                    // months with at least one sale (recent window)
    QHash<Metric, std::pair<QDate, Rate>> latestScores; // latest score on or before the as-of date
};

// What the engine needs the facts query to gather.
struct FactsRequest {
    QDate asOf;
    QSet<int> windowMonths;   // window lengths used by any requirement (12 is always included)
    int recentMonths = 12;    // how far back event and sales months are needed
    bool needSalesMonths = false;
};

} // namespace pd
