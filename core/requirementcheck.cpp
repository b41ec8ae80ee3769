#include "requirementcheck.h"

#include "dates.h"
#include "money.h"

#include <QVarLengthArray>
#include <algorithm>

namespace pd {

namespace {

const WindowFacts &windowOf(const PartnerFacts &facts, int months)
{
    static const WindowFacts empty;
    const auto it = facts.windows.constFind(months);
    return it == facts.windows.constEnd() ? empty : *it;
}

// The amount by which `actual` falls short of the threshold: for "more than", one unit more.
qint64 shortfall(qint64 actual, qint64 threshold, Comparison cmp)
{
    const qint64 needed = cmp == Comparison::AtLeast ? threshold : threshold + 1;
    return actual >= needed ? 0 : needed - actual;
}

// The calendar months (as month numbers) that an event requirement inspects: the `months`
// complete months that end on the as-of date or before it, not earlier than the joining month.
QList<int> inspectedMonths(const QDate &asOf, int months, const QDate &joinedOn)
{
    const bool monthComplete = asOf.day() == asOf.daysInMonth();
    const int last = monthNumber(asOf) - (monthComplete ? 0 : 1);
    const int first = std::max(last - months + 1, joinedOn.isValid() ? monthNumber(joinedOn) : last - months + 1);
    QList<int> out;
    for (int m = first; m <= last; ++m)
        out << m;
    return out;
}

// The first day of a month (quarter) number as inspectedMonths counts them.
QDate monthStart(int m)
{
    return QDate(m / 12, m % 12 + 1, 1);
}

QDate quarterStart(int q)
{
    return QDate(q / 4, (q % 4) * 3 + 1, 1);
}

void checkEvent(RequirementCheck &c, const Requirement &r, const Partner &partner, const PartnerFacts &facts,
                const QDate &asOf)
{
    if (r.condition == Condition::WhenWebsite && partner.website.trimmed().isEmpty()) {
        c.met = true;
        c.notApplicable = true;
        return;
    }
    switch (r.cadence) {
    case Cadence::Ever: {
        const QDate first = facts.firstEvent.value(r.event);
        c.met = first.isValid();
        c.actual = c.met ? 1 : 0;
        c.gap = c.met ? 0 : 1;
        c.eventOn = first;
        return;
    }
    case Cadence::Period: {
        const QDate last = facts.lastEvent.value(r.event);
        c.met = last.isValid() && last > asOf.addMonths(-r.periodMonths);
        c.actual = c.met ? 1 : 0;
        c.gap = c.met ? 0 : 1;
        c.eventOn = last;
        return;
    }
    case Cadence::Monthly:
    case Cadence::Quarterly:
        break;
    }
    const QSet<int> done = facts.eventMonths.value(r.event);
    qint64 inspected = 0;
    qint64 gap = 0;
    if (r.cadence == Cadence::Monthly) {
        for (const int m : inspectedMonths(asOf, r.periodMonths, partner.joinedOn)) {
            if (r.condition == Condition::WhenSales && !facts.salesMonths.contains(m))
                continue;
            ++inspected;
            if (!done.contains(m)) {
                ++gap;
                c.missingPeriods << monthStart(m);
            }
        }
    } else {
        // Complete calendar quarters inside the inspected months.
        const QList<int> months = inspectedMonths(asOf, r.periodMonths, partner.joinedOn);
        const QSet<int> monthSet(months.begin(), months.end());
        QList<int> quarters;
        for (const int m : months) {
            const int q = m / 3;
            if (m % 3 == 0 && monthSet.contains(m + 1) && monthSet.contains(m + 2))
                quarters << q;
        }
        for (const int q : quarters) {
            if (r.condition == Condition::WhenSales && !facts.salesMonths.contains(q * 3)
                && !facts.salesMonths.contains(q * 3 + 1) && !facts.salesMonths.contains(q * 3 + 2))
                continue;
            ++inspected;
            if (!done.contains(q * 3) && !done.contains(q * 3 + 1) && !done.contains(q * 3 + 2)) {
                ++gap;
                c.missingPeriods << quarterStart(q);
            }
        }
    }
    c.gap = gap;
    c.actual = inspected - c.gap;
    c.met = gap == 0;
}

} // namespace

Result<Money> sumSales(const QList<SalesAggregate> &sales, const QStringList &productLines, const QString &currency,
                       const ExchangeRates &rates, const QDate &asOf)
{
    // Sum per currency first, then convert each sum once: conversion rounds once per currency.
    // A partner sells in a currency or two: a short list beats a hash for each of millions of calls.
    QVarLengthArray<Money, 4> byCurrency;
    for (const SalesAggregate &a : sales) {
        if (!productLines.isEmpty() && !productLines.contains(a.productLine))
            continue;
        auto it = std::find_if(byCurrency.begin(), byCurrency.end(), [&a](const Money &m) { return m.currency == a.currency; });
        if (it == byCurrency.end()) {
            byCurrency.append(Money { 0, a.currency });
            it = byCurrency.end() - 1;
        }
        Money &subtotal = *it;
        const auto added = sum(subtotal, Money { a.amountMinor, a.currency });
        if (!added)
            return std::unexpected(added.error());
        subtotal = *added;
    }
    Money total { 0, currency };
    for (const Money &subtotal : std::as_const(byCurrency)) {
        const auto converted = rates.convert(subtotal, currency, asOf);
        if (!converted)
            return std::unexpected(converted.error());
        const auto added = sum(total, *converted);
        if (!added)
            return std::unexpected(added.error());
        total = *added;
    }
    return total;
}

Result<RequirementCheck> checkRequirement(const Requirement &r, const Partner &partner, const PartnerFacts &facts,
                                          const ExchangeRates &rates, const QString &programCurrency, const QDate &asOf)
{
    RequirementCheck c;
    c.requirement = r;
    const WindowFacts &w = windowOf(facts, r.periodMonths);
    switch (metricKind(r.metric)) {
    case MetricKind::Event:
        checkEvent(c, r, partner, facts, asOf);
        return c;
    case MetricKind::Money: {
        const auto actual = sumSales(w.sales, r.productLines, r.money.currency, rates, asOf);
        if (!actual)
            return std::unexpected(actual.error());
        c.actual = actual->minor;
        c.gap = shortfall(c.actual, r.money.minor, r.comparison);
        c.met = c.gap == 0;
        return c;
    }
    case MetricKind::Count:
    case MetricKind::Months: {
        switch (r.metric) {
        case Metric::ActiveCustomers:
            c.actual = w.activeCustomers;
            break;
        case Metric::CertifiedTechnical:
            c.actual = facts.certifiedTechnical;
            break;
        case Metric::CertifiedSales:
            c.actual = facts.certifiedSales;
            break;
        case Metric::RenewalDeals:
            for (const SalesAggregate &a : w.sales) {
                if (a.renewal && (r.productLines.isEmpty() || r.productLines.contains(a.productLine)))
                    c.actual += a.lines;
            }
            // Full returns of renewals sold before the window subtract on their own dates; a
            // window with more of them than deals has none, not fewer than none.
            c.actual = std::max<qint64>(c.actual, 0);
            break;
        case Metric::MonthsInProgram:
            if (partner.joinedOn.isValid() && partner.joinedOn <= asOf) {
                int months = (asOf.year() - partner.joinedOn.year()) * 12 + asOf.month() - partner.joinedOn.month();
                if (asOf.day() < partner.joinedOn.day())
                    --months;
                c.actual = months;
            }
            break;
        default:
            break;
        }
        c.gap = shortfall(c.actual, r.count, r.comparison);
        c.met = c.gap == 0;
        return c;
    }
    case MetricKind::Percent:
        break;
    }

    // Percentages, in basis points.
    std::optional<qint64> bp;
    switch (r.metric) {
    case Metric::Growth: {
        const auto now = sumSales(w.sales, r.productLines, programCurrency, rates, asOf);
        const auto before = sumSales(w.previousSales, r.productLines, programCurrency, rates, asOf);
        if (!now)
            return std::unexpected(now.error());
        if (!before)
            return std::unexpected(before.error());
        if (before->minor > 0)
            bp = changeBp(now->minor, before->minor);
        break;
    }
    case Metric::Retention:
        if (w.previousCustomers > 0)
            bp = mulDivRounded(w.retainedCustomers, 10000, w.previousCustomers).value_or(0);
        break;
    default: {
        const auto it = facts.latestScores.constFind(r.metric);
        if (it != facts.latestScores.constEnd() && it->first > asOf.addMonths(-r.periodMonths))
            bp = it->second.bp;
        break;
    }
    }
    if (!bp) {
        c.unknown = true;
        c.met = false;
        return c;
    }
    c.actual = *bp;
    c.gap = shortfall(c.actual, r.percent.bp, r.comparison);
    c.met = c.gap == 0;
    return c;
}

} // namespace pd
