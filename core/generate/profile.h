#pragma once

#include "fxrates.h"
#include "metric.h"
#include "program.h"
#include "random.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <climits>
#include <optional>

namespace pd::gen {

// How a partner's records relate to the tier stored on it.
enum class Scenario {
    Match,         // qualifies for exactly its tier
    Upgrade,       // qualifies for the tier above
    Below,         // no longer meets its tier
    NearThreshold, // holds its tier; sales just below the next tier's threshold
};

// How strongly an event kind is recorded: 0 nothing, 1 once, 2 within the period, 3 every quarter,
// 4 every month with sales, 5 every month. Failing a level fails every level above it.
enum EventLevel { NoEvent = 0, Once = 1, InPeriod = 2, EveryQuarter = 3, EveryMonthWithSales = 4, EveryMonth = 5 };
int eventLevel(const Requirement &r);

struct EventPlan {
    int must = NoEvent; // the strongest level some met requirement needs
    int fail = NoEvent; // the weakest level that must not be reached (NoEvent: no such level)
    int period = 12;    // months of the requirement behind `fail` or `must`
};

// What a partner's records must satisfy and must miss, derived from its program's requirements.
struct ProfilePlan {
    int storedTier = 0;
    int qualifiedTier = 0; // the highest tier whose requirements are met; -1: not even the lowest
    Scenario scenario = Scenario::Match;

    // Trailing-12-month sales in the program currency (minor units): at least min, below max.
    qint64 minRevenue = 0;
    qint64 maxRevenue = -1; // -1: no upper bound
    qint64 revenue = 0;          // the chosen target
    qint64 previousRevenue = 0;  // the 12 months before

    int mustTechnical = 0, maxTechnical = INT_MAX;
    int mustSales = 0, maxSales = INT_MAX;
    int mustRenewals = 0, maxRenewals = INT_MAX;
    int mustActive = 0, maxActive = INT_MAX;
    int mustMonths = 0, maxMonths = INT_MAX;
    QHash<Metric, std::pair<qint32, qint32>> scoreBounds; // basis points, inclusive
    QMap<EventKind, EventPlan> events;
    bool needsWebsite = false;
};

struct PlanRequest {
    int storedTier = 0;
    Scenario scenario = Scenario::Match;
    std::optional<Metric> preferFail;           // which requirement of the next tier to miss
    std::optional<EventKind> preferFailEvent;   // with preferFail == Metric::Event
    double nearRatio = 0;                       // NearThreshold: sales as a share of the threshold (0: random)
};

// Plans one partner: the tiers below and at the qualified tier are met, every automatic tier above
// misses at least one requirement. Sales thresholds in other currencies are converted with `rates`.
ProfilePlan planProfile(const Program &program, const PlanRequest &request, const ExchangeRates &rates,
                        const QDate &today, Random &rng);

} // namespace pd::gen
