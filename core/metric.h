#pragma once

#include "textcontext.h"

#include <QString>
#include <optional>

namespace pd {

// What a requirement measures. Each metric is computed from a partner's records by the tier
// engine; programs name them by their key in JSON.
enum class Metric {
    Sales,              // money: retail value of sales lines in the period
    ActiveCustomers,    // count: distinct customers with a sale in the period
    CertifiedTechnical, // count: technical staff holding a valid certificate on the as-of date
    CertifiedSales,     // count: sales staff holding a valid certificate on the as-of date
    RenewalDeals,       // count: renewal sales lines in the period
    Growth,             // percent: sales in the period against the period before it
    Retention,          // percent: customers of the period before who bought again in this one
    Nps,                // percent: the latest recorded Net Promoter Score in the period
    Satisfaction,       // percent: the latest recorded customer satisfaction in the period
    Advocacy,           // percent: the latest recorded advocacy score in the period
    MonthsInProgram,    // months: whole months since the partner joined the program
    Event,              // event: compliance events at a cadence (contract, reports, promotion)
};

enum class MetricKind { Money, Count, Percent, Months, Event };

// Compliance events that partners record and that event requirements check.
enum class EventKind {
    ContractSigned,
    MonthlyReport,
    JointPromotion,
    ReviewSubmitted,
    VendorInfoPublished,
    TemplateApproved,
    TrainingCompleted,
    PortalRegistration,
    BusinessCase,
};

// How often an event requirement needs its event within the requirement's period.
enum class Cadence {
    Ever,      // once, at any time up to the as-of date
    Period,    // at least once in the period
    Quarterly, // in every calendar quarter that the period covers completely
    Monthly,   // in every calendar month that the period covers completely
};

// When an event requirement applies at all.
enum class Condition {
    Always,
    WhenSales,   // only for months (or quarters) in which the partner had sales
    WhenWebsite, // only when the partner has a web site
};

QString metricKey(Metric m);
std::optional<Metric> metricFromKey(const QString &key);
MetricKind metricKind(Metric m);
QString metricLabel(Metric m); // in the application's language
QString metricLabel(Metric m, const TextContext &text);

QString eventKey(EventKind e);
std::optional<EventKind> eventFromKey(const QString &key);
QString eventLabel(EventKind e); // in the application's language
QString eventLabel(EventKind e, const TextContext &text);
QStringList eventKeys();

QString cadenceKey(Cadence c);
std::optional<Cadence> cadenceFromKey(const QString &key);
QString conditionKey(Condition c);
std::optional<Condition> conditionFromKey(const QString &key);

} // namespace pd
