#pragma once

#include "catalog.h"
#include "random.h"
#include "records.h"

#include <QDate>
#include <QList>

namespace pd::gen {

// What one partner sells over the two years before `today`.
struct SalesInput {
    QString programKey;
    QString currency;
    QList<LineWeight> lines;
    QDate today;
    QDate joinedOn;

    // Trailing 12 months: lines summing to about `trailingTarget`, kept within [lo, hi) when the
    // price list allows (hi < 0: no upper bound). Amounts in minor units of `currency`.
    int trailingLines = 0;
    qint64 trailingTarget = 0;
    qint64 trailingLo = 0;
    qint64 trailingHi = -1;
    int renewals = 0; // renewal lines among the trailing ones

    int previousLines = 0; // the 12 months before
    qint64 previousTarget = 0;
    int previousRenewals = 0;

    int customers = 1;        // lines go to customers 0..customers-1 (customerId holds the index)
    int avoidMonth = -1;      // a month number with no sale (see monthNumber)
    int forceMonth = -1;      // a month number that must have a sale in the trailing window
};

QList<Sale> buildSales(const SalesInput &in, Random &rng);

} // namespace pd::gen
