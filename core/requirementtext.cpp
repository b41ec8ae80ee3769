#include "requirementtext.h"

#include "dates.h"
#include "money.h"
#include "presettexts.h"

#include <QStringList>

namespace pd {

namespace {

// "in the trailing 12 months", whole, so that each language agrees it with its own count.
QString trailingPeriod(int months, const TextContext &t)
{
    return t.translate("pd::TierEngine", "in the trailing %n month(s)", nullptr, months);
}

// Whole sentences per metric: a metric's label is a title ("Customer retention") that no
// language can be trusted to lower-case into the middle of a sentence.
QString percentGapText(Metric m, const QString &points, const TextContext &t)
{
    switch (m) {
    case Metric::Growth:
        return t.translate("pd::TierEngine", "needs %1 percentage points more revenue growth").arg(points);
    case Metric::Retention:
        return t.translate("pd::TierEngine", "needs %1 percentage points more customer retention").arg(points);
    case Metric::Nps:
        return t.translate("pd::TierEngine", "needs a Net Promoter Score %1 points higher").arg(points);
    case Metric::Satisfaction:
        return t.translate("pd::TierEngine", "needs %1 percentage points more customer satisfaction").arg(points);
    case Metric::Advocacy:
        return t.translate("pd::TierEngine", "needs %1 percentage points more advocacy").arg(points);
    default:
        return t.translate("pd::TierEngine", "needs %1 percentage points more").arg(points);
    }
}

// Why a percentage is unknown: no data in the period.
QString noDataText(const Requirement &r, const TextContext &t)
{
    const int months = r.periodMonths;
    switch (r.metric) {
    case Metric::Growth:
        return t.translate("pd::TierEngine", "no sales in the previous %n month(s) to compare with", nullptr, months);
    case Metric::Retention:
        return t.translate("pd::TierEngine", "no customers in the previous %n month(s)", nullptr, months);
    case Metric::Nps:
        return t.translate("pd::TierEngine", "no Net Promoter Score recorded in the last %n month(s)", nullptr, months);
    case Metric::Satisfaction:
        return t.translate("pd::TierEngine", "no customer satisfaction score recorded in the last %n month(s)", nullptr,
                           months);
    case Metric::Advocacy:
        return t.translate("pd::TierEngine", "no advocacy score recorded in the last %n month(s)", nullptr, months);
    default:
        return t.translate("pd::TierEngine", "no score recorded in the last %n month(s)", nullptr, months);
    }
}

QString countGapText(Metric m, qint64 gap, int periodMonths, const TextContext &t)
{
    const int n = int(gap);
    switch (m) {
    case Metric::ActiveCustomers:
        //: %1 is the period: "in the trailing 12 months"
        return t.translate("pd::TierEngine", "needs %n more active customer(s) %1", nullptr, n)
            .arg(trailingPeriod(periodMonths, t));
    case Metric::CertifiedTechnical:
        return t.translate("pd::TierEngine", "needs %n more certified technical specialist(s)", nullptr, n);
    case Metric::CertifiedSales:
        return t.translate("pd::TierEngine", "needs %n more certified sales specialist(s)", nullptr, n);
    case Metric::RenewalDeals:
        //: %1 is the period: "in the trailing 12 months"
        return t.translate("pd::TierEngine", "needs %n more renewal deal(s) %1", nullptr, n)
            .arg(trailingPeriod(periodMonths, t));
    case Metric::MonthsInProgram:
        return t.translate("pd::TierEngine", "needs %n more month(s) in the program", nullptr, n);
    default:
        return {};
    }
}

QString eventActualText(const RequirementCheck &c, const TextContext &t)
{
    const Requirement &r = c.requirement;
    if (c.notApplicable)
        return t.translate("pd::TierEngine", "not applicable: no web site");
    switch (r.cadence) {
    case Cadence::Ever:
        return c.eventOn.isValid() ? t.translate("pd::TierEngine", "since %1").arg(displayDate(c.eventOn, t.locale))
                                   : t.translate("pd::TierEngine", "none");
    case Cadence::Period:
        return c.eventOn.isValid() ? t.translate("pd::TierEngine", "last on %1").arg(displayDate(c.eventOn, t.locale))
                                   : t.translate("pd::TierEngine", "none");
    case Cadence::Monthly:
        return t.translate("pd::TierEngine", "%1 of %n month(s)", nullptr, int(c.actual + c.gap)).arg(c.actual);
    case Cadence::Quarterly:
        return t.translate("pd::TierEngine", "%1 of %n quarter(s)", nullptr, int(c.actual + c.gap)).arg(c.actual);
    }
    return {};
}

QString eventGapText(const RequirementCheck &c, const TextContext &t)
{
    const Requirement &r = c.requirement;
    const QString label = eventLabel(r.event, t);
    QStringList missing;
    for (const QDate &d : c.missingPeriods)
        missing << periodKey(d, r.cadence);
    switch (r.cadence) {
    case Cadence::Ever:
        return t.translate("pd::TierEngine", "needs: %1").arg(label);
    case Cadence::Period:
        return t.translate("pd::TierEngine", "needs: %1 within the last %n month(s)", nullptr, r.periodMonths).arg(label);
    case Cadence::Monthly:
        return t.translate("pd::TierEngine", "%1 missing for %n month(s): %2", nullptr, int(c.gap))
            .arg(label, missing.join(QStringLiteral(", ")));
    case Cadence::Quarterly:
        return t.translate("pd::TierEngine", "%1 missing for %n quarter(s): %2", nullptr, int(c.gap))
            .arg(label, missing.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

QString requirementText(const Requirement &r, const TextContext &t)
{
    const QString period = t.translate("pd::Program", "in %n month(s)", nullptr, r.periodMonths);
    QString threshold;
    switch (metricKind(r.metric)) {
    case MetricKind::Money:
        threshold = r.money.display(t.locale);
        break;
    case MetricKind::Count:
    case MetricKind::Months:
        threshold = groupedNumber(r.count, t.locale);
        break;
    case MetricKind::Percent:
        threshold = percentDisplay(r.percent.bp, t.locale);
        break;
    case MetricKind::Event: {
        const QString label = eventLabel(r.event, t);
        switch (r.cadence) {
        case Cadence::Ever:
            return r.condition == Condition::WhenWebsite
                ? t.translate("pd::Program", "%1 (if the partner has a web site)").arg(label)
                : label;
        case Cadence::Period:
            return t.translate("pd::Program", "%1 at least once %2").arg(label, period);
        case Cadence::Quarterly:
            return t.translate("pd::Program", "%1 every quarter").arg(label);
        case Cadence::Monthly:
            return r.condition == Condition::WhenSales ? t.translate("pd::Program", "%1 every month with sales").arg(label)
                                                       : t.translate("pd::Program", "%1 every month").arg(label);
        }
        return label;
    }
    }
    const QString op = r.comparison == Comparison::AtLeast ? t.translate("pd::Program", "at least %1").arg(threshold)
                                                           : t.translate("pd::Program", "more than %1").arg(threshold);
    switch (r.metric) {
    case Metric::Sales:
    case Metric::RenewalDeals:
    case Metric::ActiveCustomers:
    case Metric::Growth:
    case Metric::Retention:
        return t.translate("pd::Program", "%1: %2 %3").arg(metricLabel(r.metric, t), op, period);
    default:
        return t.translate("pd::Program", "%1: %2").arg(metricLabel(r.metric, t), op);
    }
}

QString actualText(const RequirementCheck &c, const TextContext &t)
{
    const Requirement &r = c.requirement;
    switch (metricKind(r.metric)) {
    case MetricKind::Event:
        return eventActualText(c, t);
    case MetricKind::Money:
        return Money { c.actual, r.money.currency }.display(t.locale);
    case MetricKind::Months:
        return t.translate("pd::TierEngine", "%n month(s)", nullptr, int(c.actual));
    case MetricKind::Count:
        return groupedNumber(c.actual, t.locale);
    case MetricKind::Percent:
        return c.unknown ? t.translate("pd::TierEngine", "unknown") : percentDisplay(c.actual, t.locale);
    }
    return {};
}

QString gapText(const RequirementCheck &c, const TextContext &t)
{
    if (c.met)
        return {};
    const Requirement &r = c.requirement;
    switch (metricKind(r.metric)) {
    case MetricKind::Event:
        return eventGapText(c, t);
    case MetricKind::Money:
        return t.translate("pd::TierEngine", "needs %1 more sales in the trailing %n month(s)", nullptr, r.periodMonths)
            .arg(Money { c.gap, r.money.currency }.display(t.locale));
    case MetricKind::Count:
    case MetricKind::Months:
        return countGapText(r.metric, c.gap, r.periodMonths, t);
    case MetricKind::Percent:
        return c.unknown ? noDataText(r, t) : percentGapText(r.metric, hundredthsDisplay(c.gap, t.locale), t);
    }
    return {};
}

QString gapOrRequirementText(const RequirementCheck &check, const TextContext &text)
{
    const QString gap = gapText(check, text);
    return gap.isEmpty() ? requirementText(check.requirement, text) : gap;
}

QString nextTierNote(const Evaluation &e, const TextContext &t)
{
    const QString tierName = presetText(e.nextTierName, t);
    switch (e.nextTierAdmission) {
    case Admission::Review:
        return t.translate("pd::TierEngine", "%1 is granted after a vendor review.").arg(tierName);
    case Admission::Invitation:
        return t.translate("pd::TierEngine", "%1 is by invitation only.").arg(tierName);
    case Admission::Automatic:
        break;
    }
    return {};
}

QStringList nextTierGaps(const Evaluation &e, const TextContext &text)
{
    QStringList out;
    if (const QString note = nextTierNote(e, text); !note.isEmpty())
        out << note;
    for (const RequirementCheck &c : e.gaps) {
        if (!c.met)
            out << gapOrRequirementText(c, text);
    }
    return out;
}

QString periodKey(const QDate &periodStart, Cadence cadence)
{
    if (cadence == Cadence::Quarterly)
        return QStringLiteral("%1-Q%2").arg(periodStart.year()).arg((periodStart.month() - 1) / 3 + 1);
    return QStringLiteral("%1-%2").arg(periodStart.year()).arg(periodStart.month(), 2, 10, QLatin1Char('0'));
}

} // namespace pd
