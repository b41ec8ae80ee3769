#pragma once

#include "progress.h"
#include "result.h"

#include <QDate>
#include <QtGlobal>

namespace pd {

class Store;

struct GenerateOptions {
    int partners = 300;
    qint64 sales = 20000;
    quint32 seed = 1;
    QDate today;            // the "as of" day; data covers the two years before it
    bool demo = false;      // demo: believable names and a curated mix for a first run
};

struct GenerateSummary {
    qint64 partners = 0;
    qint64 customers = 0;
    qint64 staff = 0;
    qint64 certifications = 0;
    qint64 sales = 0;
    qint64 events = 0;
    qint64 scores = 0;
    qint64 fxRates = 0;
};

// Fills an empty database with partners of the built-in programs and two years of their records:
// contacts, certified staff, customers, sales, compliance events, scores, and a monthly
// exchange-rate table covering every currency pair the data needs. The demo adds one SPIF
// campaign: the reseller program's yearly SPIF for Privileged over the four quarters up to the
// end of today's. Exactly `partners` partners and `sales` sales lines are written. The same options give the same database content.
//
// Most partners' stored tier matches what their records earn; some qualify for the tier above,
// some no longer meet their tier and some sit just below the next sales threshold.
//
// Everything is written in one transaction. Progress is reported per partner; when the callback
// returns false nothing is written and the error code is Error::Code::Cancelled. The built-in
// programs are installed first (outside that transaction) when missing.
Result<GenerateSummary> generate(Store &store, const GenerateOptions &options, const ProgressFn &progress = {});

} // namespace pd
