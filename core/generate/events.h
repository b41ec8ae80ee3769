#pragma once

#include "profile.h"
#include "random.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace pd::gen {

// The calendar months (month numbers, see monthNumber) that the tier engine inspects for a
// monthly or quarterly requirement of `months` months: complete months up to `today`, not
// before the joining month.
QList<int> inspectedMonths(const QDate &today, int months, const QDate &joinedOn);
// Quarters (year * 4 + quarter - 1) completely inside the inspected months.
QList<int> inspectedQuarters(const QDate &today, int months, const QDate &joinedOn);

struct EventPattern {
    int level = NoEvent;  // what to record (EventLevel)
    int fail = NoEvent;   // what must not be reached (EventLevel)
    int period = 12;
    int gapMonth = -1;    // fail >= EveryMonthWithSales: this month has no event
    int gapQuarter = -1;  // fail == EveryQuarter: this quarter has no event
    bool noisy = false;   // optional events: recorded with more gaps
    bool onJoining = false; // the first event is on the joining day (a signed contract)
};

struct EventContext {
    QDate today;
    QDate joinedOn;
    QSet<int> salesMonths;
};

// The days on which a partner recorded one kind of event, oldest first.
QList<QDate> eventDates(const EventPattern &pattern, const EventContext &context, Random &rng);

} // namespace pd::gen
