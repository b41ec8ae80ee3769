#include "requirementcheck.h"

#include "dates.h"
#include "money.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVarLengthArray>
#include <algorithm>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::TierEngine)
};

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

QString monthText(int m)
{
    return QStringLiteral("%1-%2").arg(m / 12).arg(m % 12 + 1, 2, 10, QLatin1Char('0'));
}

QString quarterText(int q)
{
    return QStringLiteral("%1-Q%2").arg(q / 4).arg(q % 4 + 1);
}

void checkEvent(RequirementCheck &c, const Requirement &r, const Partner &partner, const PartnerFacts &facts,
                const QDate &asOf, bool texts)
{
    const QString label = texts ? eventLabel(r.event) : QString();
    if (r.condition == Condition::WhenWebsite && partner.website.trimmed().isEmpty()) {
        c.met = true;
        if (texts)
            c.actualText = Tr::tr("not applicable: no web site");
        return;
    }
    switch (r.cadence) {
    case Cadence::Ever: {
        const QDate first = facts.firstEvent.value(r.event);
        c.met = first.isValid();
        c.actual = c.met ? 1 : 0;
        c.gap = c.met ? 0 : 1;
        if (!texts)
            return;
        c.actualText = c.met ? Tr::tr("since %1").arg(displayDate(first, formattingLocale())) : Tr::tr("none");
        if (!c.met)
            c.gapText = Tr::tr("needs: %1").arg(label);
        return;
    }
    case Cadence::Period: {
        const QDate last = facts.lastEvent.value(r.event);
        c.met = last.isValid() && last > asOf.addMonths(-r.periodMonths);
        c.actual = c.met ? 1 : 0;
        c.gap = c.met ? 0 : 1;
        if (!texts)
            return;
        c.actualText = last.isValid() ? Tr::tr("last on %1").arg(displayDate(last, formattingLocale()))
                                      : Tr::tr("none");
        if (!c.met)
            c.gapText = Tr::tr("needs: %1 within the last %n month(s)", nullptr, r.periodMonths).arg(label);
        return;
    }
    case Cadence::Monthly:
    case Cadence::Quarterly:
        break;
    }
    const QSet<int> done = facts.eventMonths.value(r.event);
    QStringList missing;
    qint64 inspected = 0;
    qint64 gap = 0;
    if (r.cadence == Cadence::Monthly) {
        for (const int m : inspectedMonths(asOf, r.periodMonths, partner.joinedOn)) {
            if (r.condition == Condition::WhenSales && !facts.salesMonths.contains(m))
                continue;
            ++inspected;
            if (!done.contains(m)) {
                ++gap;
                if (texts)
                    missing << monthText(m);
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
                if (texts)
                    missing << quarterText(q);
            }
        }
    }
    c.gap = gap;
    c.actual = inspected - c.gap;
    c.met = gap == 0;
    if (!texts)
        return;
    if (r.cadence == Cadence::Monthly) {
        c.actualText = Tr::tr("%1 of %n month(s)", nullptr, int(inspected)).arg(c.actual);
        if (!c.met)
            c.gapText = Tr::tr("%1 missing for %n month(s): %2", nullptr, int(c.gap)).arg(label, missing.join(QStringLiteral(", ")));
    } else {
        c.actualText = Tr::tr("%1 of %n quarter(s)", nullptr, int(inspected)).arg(c.actual);
        if (!c.met)
            c.gapText = Tr::tr("%1 missing for %n quarter(s): %2", nullptr, int(c.gap)).arg(label, missing.join(QStringLiteral(", ")));
    }
}

// "in the trailing 12 months", whole, so that each language agrees it with its own count.
QString trailingPeriod(int months)
{
    return Tr::tr("in the trailing %n month(s)", nullptr, months);
}

// Whole sentences per metric: a metric's label is a title ("Customer retention") that no
// language can be trusted to lower-case into the middle of a sentence.
QString percentGapText(Metric m, const QString &points)
{
    switch (m) {
    case Metric::Growth:
        return Tr::tr("needs %1 percentage points more revenue growth").arg(points);
    case Metric::Retention:
        return Tr::tr("needs %1 percentage points more customer retention").arg(points);
    case Metric::Nps:
        return Tr::tr("needs a Net Promoter Score %1 points higher").arg(points);
    case Metric::Satisfaction:
        return Tr::tr("needs %1 percentage points more customer satisfaction").arg(points);
    case Metric::Advocacy:
        return Tr::tr("needs %1 percentage points more advocacy").arg(points);
    default:
        return Tr::tr("needs %1 percentage points more").arg(points);
    }
}

QString noScoreText(Metric m, int months)
{
    switch (m) {
    case Metric::Nps:
        return Tr::tr("no Net Promoter Score recorded in the last %n month(s)", nullptr, months);
    case Metric::Satisfaction:
        return Tr::tr("no customer satisfaction score recorded in the last %n month(s)", nullptr, months);
    case Metric::Advocacy:
        return Tr::tr("no advocacy score recorded in the last %n month(s)", nullptr, months);
    default:
        return Tr::tr("no score recorded in the last %n month(s)", nullptr, months);
    }
}

QString countGapText(Metric m, qint64 gap, int periodMonths)
{
    const int n = int(gap);
    switch (m) {
    case Metric::ActiveCustomers:
        //: %1 is the period: "in the trailing 12 months"
        return Tr::tr("needs %n more active customer(s) %1", nullptr, n).arg(trailingPeriod(periodMonths));
    case Metric::CertifiedTechnical:
        return Tr::tr("needs %n more certified technical specialist(s)", nullptr, n);
    case Metric::CertifiedSales:
        return Tr::tr("needs %n more certified sales specialist(s)", nullptr, n);
    case Metric::RenewalDeals:
        //: %1 is the period: "in the trailing 12 months"
        return Tr::tr("needs %n more renewal deal(s) %1", nullptr, n).arg(trailingPeriod(periodMonths));
    case Metric::MonthsInProgram:
        return Tr::tr("needs %n more month(s) in the program", nullptr, n);
    default:
        return {};
    }
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
                                          const ExchangeRates &rates, const QString &programCurrency, const QDate &asOf,
                                          const QString *description, bool texts)
{
    RequirementCheck c;
    c.requirement = r;
    if (texts)
        c.description = description ? *description : r.describe();
    const WindowFacts &w = windowOf(facts, r.periodMonths);
    const QLocale locale = texts ? formattingLocale() : QLocale::c();
    switch (metricKind(r.metric)) {
    case MetricKind::Event:
        checkEvent(c, r, partner, facts, asOf, texts);
        return c;
    case MetricKind::Money: {
        const auto actual = sumSales(w.sales, r.productLines, r.money.currency, rates, asOf);
        if (!actual)
            return std::unexpected(actual.error());
        c.actual = actual->minor;
        c.gap = shortfall(c.actual, r.money.minor, r.comparison);
        c.met = c.gap == 0;
        if (!texts)
            return c;
        c.actualText = actual->display(locale);
        if (!c.met)
            c.gapText = Tr::tr("needs %1 more sales in the trailing %n month(s)", nullptr, r.periodMonths)
                            .arg(Money { c.gap, r.money.currency }.display(locale));
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
        if (!texts)
            return c;
        c.actualText = r.metric == Metric::MonthsInProgram ? Tr::tr("%n month(s)", nullptr, int(c.actual))
                                                           : groupedNumber(c.actual, locale);
        if (!c.met)
            c.gapText = countGapText(r.metric, c.gap, r.periodMonths);
        return c;
    }
    case MetricKind::Percent:
        break;
    }

    // Percentages, in basis points.
    std::optional<qint64> bp;
    QString noData;
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
        else if (texts)
            noData = Tr::tr("no sales in the previous %n month(s) to compare with", nullptr, r.periodMonths);
        break;
    }
    case Metric::Retention:
        if (w.previousCustomers > 0)
            bp = mulDivRounded(w.retainedCustomers, 10000, w.previousCustomers).value_or(0);
        else if (texts)
            noData = Tr::tr("no customers in the previous %n month(s)", nullptr, r.periodMonths);
        break;
    default: {
        const auto it = facts.latestScores.constFind(r.metric);
        if (it != facts.latestScores.constEnd() && it->first > asOf.addMonths(-r.periodMonths))
            bp = it->second.bp;
        else if (texts)
            noData = noScoreText(r.metric, r.periodMonths);
        break;
    }
    }
    if (!bp) {
        c.unknown = true;
        c.met = false;
        if (texts) {
            c.actualText = Tr::tr("unknown");
            c.gapText = noData;
        }
        return c;
    }
    c.actual = *bp;
    c.gap = shortfall(c.actual, r.percent.bp, r.comparison);
    c.met = c.gap == 0;
    if (!texts)
        return c;
    c.actualText = percentDisplay(c.actual, locale);
    if (!c.met)
        c.gapText = percentGapText(r.metric, hundredthsDisplay(c.gap, locale));
    return c;
}

} // namespace pd
