#include "events.h"

#include "facts.h"

#include <algorithm>

namespace pd::gen {

namespace {

QDate firstDayOf(int month)
{
    return QDate(month / 12, month % 12 + 1, 1);
}

// A day of the month inside [from, until]; invalid when they do not overlap.
QDate dayIn(int month, const QDate &from, const QDate &until, Random &rng)
{
    const QDate first = std::max(firstDayOf(month), from);
    const QDate last = std::min(firstDayOf(month).addMonths(1).addDays(-1), until);
    if (first > last)
        return {};
    return first.addDays(rng.range(qint64(0), first.daysTo(last)));
}

bool blocked(const EventPattern &p, const QDate &d)
{
    const int m = monthNumber(d);
    return m == p.gapMonth || m / 3 == p.gapQuarter;
}

} // namespace

QList<int> inspectedMonths(const QDate &today, int months, const QDate &joinedOn)
{
    const int last = monthNumber(today) - (today.day() == today.daysInMonth() ? 0 : 1);
    const int first = std::max(last - months + 1, joinedOn.isValid() ? monthNumber(joinedOn) : last - months + 1);
    QList<int> out;
    for (int m = first; m <= last; ++m)
        out << m;
    return out;
}

QList<int> inspectedQuarters(const QDate &today, int months, const QDate &joinedOn)
{
    const QList<int> list = inspectedMonths(today, months, joinedOn);
    QList<int> out;
    for (const int m : list) {
        if (m % 3 == 0 && list.contains(m + 1) && list.contains(m + 2))
            out << m / 3;
    }
    return out;
}

QList<QDate> eventDates(const EventPattern &p, const EventContext &c, Random &rng)
{
    QList<QDate> out;
    const QDate &today = c.today;
    const QDate joined = c.joinedOn.isValid() ? std::min(c.joinedOn, today) : today.addYears(-3);
    // Failing "within the period" means nothing recorded after this day.
    const QDate periodLimit = today.addMonths(-p.period);
    const QDate until = p.fail == InPeriod ? periodLimit : today;

    switch (p.level) {
    case NoEvent:
    default: // p.level is an int: any other value records nothing, as NoEvent
        break;
    case Once: {
        QDate d = p.onJoining ? joined : joined.addDays(rng.range(0, 45));
        d = std::min(d, until);
        if (d < joined)
            d = joined; // joined too recently to keep it out of the period: it stays met
        out << d;
        // Some kinds recur without a cadence (templates approved, trainings): a few more.
        if (!p.onJoining && rng.chance(0.4)) {
            for (int i = rng.range(1, 3); i > 0; --i) {
                const QDate more = joined.addDays(rng.range(qint64(0), std::max<qint64>(0, joined.daysTo(until))));
                if (!blocked(p, more))
                    out << more;
            }
        }
        break;
    }
    case InPeriod: {
        for (QDate d = joined.addDays(rng.range(20, 120)); d <= today; d = d.addDays(rng.range(250, 380))) {
            if (!blocked(p, d))
                out << d;
        }
        // The last one must fall inside the period (a week's margin).
        if (out.isEmpty() || out.last() <= periodLimit.addDays(7)) {
            QDate d = today.addDays(-rng.range(7, 150));
            for (int i = 0; i < 6 && blocked(p, d); ++i)
                d = d.addDays(-31);
            if (d > periodLimit && d >= joined)
                out << d;
        }
        break;
    }
    case EveryQuarter: {
        for (int q = monthNumber(joined) / 3; q <= monthNumber(today) / 3; ++q) {
            if (q == p.gapQuarter || (p.noisy && rng.chance(0.3)))
                continue;
            // A month of the quarter that is not the gap month.
            for (int attempt = 0; attempt < 3; ++attempt) {
                const int month = q * 3 + (attempt + rng.range(0, 2)) % 3;
                const QDate d = dayIn(month, joined, today, rng);
                if (d.isValid() && month != p.gapMonth) {
                    out << d;
                    break;
                }
            }
        }
        break;
    }
    case EveryMonthWithSales:
    case EveryMonth: {
        const QList<int> inspected = inspectedMonths(today, p.period, joined);
        for (int m = monthNumber(joined); m <= monthNumber(today); ++m) {
            if (m == p.gapMonth)
                continue;
            const bool checked = inspected.contains(m);
            if (checked && p.level == EveryMonthWithSales && !c.salesMonths.contains(m) && rng.chance(0.25))
                continue; // a month without sales needs no report
            if (!checked && rng.chance(p.noisy ? 0.3 : 0.08))
                continue; // gaps outside the inspected months are harmless
            if (checked && p.noisy && rng.chance(0.3))
                continue;
            // Not after today: the current month's report may not be filed yet.
            const QDate d = dayIn(m, joined, today, rng);
            if (d.isValid())
                out << d;
        }
        break;
    }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace pd::gen
