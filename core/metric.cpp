#include "metric.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <utility>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Metric)
};

constexpr std::array kMetricKeys {
    std::pair { Metric::Sales, "sales" },
    std::pair { Metric::ActiveCustomers, "active_customers" },
    std::pair { Metric::CertifiedTechnical, "certified_technical" },
    std::pair { Metric::CertifiedSales, "certified_sales" },
    std::pair { Metric::RenewalDeals, "renewal_deals" },
    std::pair { Metric::Growth, "growth" },
    std::pair { Metric::Retention, "retention" },
    std::pair { Metric::Nps, "nps" },
    std::pair { Metric::Satisfaction, "satisfaction" },
    std::pair { Metric::Advocacy, "advocacy" },
    std::pair { Metric::MonthsInProgram, "months_in_program" },
    std::pair { Metric::Event, "event" },
};

constexpr std::array kEventKeys {
    std::pair { EventKind::ContractSigned, "contract_signed" },
    std::pair { EventKind::MonthlyReport, "monthly_report" },
    std::pair { EventKind::JointPromotion, "joint_promotion" },
    std::pair { EventKind::ReviewSubmitted, "review_submitted" },
    std::pair { EventKind::VendorInfoPublished, "vendor_info_published" },
    std::pair { EventKind::TemplateApproved, "template_approved" },
    std::pair { EventKind::TrainingCompleted, "training_completed" },
    std::pair { EventKind::PortalRegistration, "portal_registration" },
    std::pair { EventKind::BusinessCase, "business_case" },
};

constexpr std::array kCadenceKeys {
    std::pair { Cadence::Ever, "ever" },
    std::pair { Cadence::Period, "period" },
    std::pair { Cadence::Quarterly, "quarterly" },
    std::pair { Cadence::Monthly, "monthly" },
};

constexpr std::array kConditionKeys {
    std::pair { Condition::Always, "always" },
    std::pair { Condition::WhenSales, "when_sales" },
    std::pair { Condition::WhenWebsite, "when_website" },
};

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, k] : table) {
        if (e == value)
            return QString::fromLatin1(k);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1StringView(k))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString metricKey(Metric m) { return keyOf(kMetricKeys, m); }
std::optional<Metric> metricFromKey(const QString &key) { return valueOf(kMetricKeys, key); }
QString eventKey(EventKind e) { return keyOf(kEventKeys, e); }
std::optional<EventKind> eventFromKey(const QString &key) { return valueOf(kEventKeys, key); }
QString cadenceKey(Cadence c) { return keyOf(kCadenceKeys, c); }
std::optional<Cadence> cadenceFromKey(const QString &key) { return valueOf(kCadenceKeys, key); }
QString conditionKey(Condition c) { return keyOf(kConditionKeys, c); }
std::optional<Condition> conditionFromKey(const QString &key) { return valueOf(kConditionKeys, key); }

QStringList eventKeys()
{
    QStringList out;
    for (const auto &[e, k] : kEventKeys)
        out << QString::fromLatin1(k);
    return out;
}

MetricKind metricKind(Metric m)
{
    switch (m) {
    case Metric::Sales:
        return MetricKind::Money;
    case Metric::ActiveCustomers:
    case Metric::CertifiedTechnical:
    case Metric::CertifiedSales:
    case Metric::RenewalDeals:
        return MetricKind::Count;
    case Metric::Growth:
    case Metric::Retention:
    case Metric::Nps:
    case Metric::Satisfaction:
    case Metric::Advocacy:
        return MetricKind::Percent;
    case Metric::MonthsInProgram:
        return MetricKind::Months;
    case Metric::Event:
        return MetricKind::Event;
    }
    return MetricKind::Count;
}

QString metricLabel(Metric m)
{
    switch (m) {
    case Metric::Sales:
        return Tr::tr("Sales");
    case Metric::ActiveCustomers:
        return Tr::tr("Active customers");
    case Metric::CertifiedTechnical:
        return Tr::tr("Certified technical specialists");
    case Metric::CertifiedSales:
        return Tr::tr("Certified sales specialists");
    case Metric::RenewalDeals:
        return Tr::tr("Renewal deals");
    case Metric::Growth:
        return Tr::tr("Revenue growth");
    case Metric::Retention:
        return Tr::tr("Customer retention");
    case Metric::Nps:
        return Tr::tr("Net Promoter Score");
    case Metric::Satisfaction:
        return Tr::tr("Customer satisfaction");
    case Metric::Advocacy:
        return Tr::tr("Advocacy");
    case Metric::MonthsInProgram:
        return Tr::tr("Months in the program");
    case Metric::Event:
        return Tr::tr("Compliance event");
    }
    return {};
}

QString eventLabel(EventKind e)
{
    switch (e) {
    case EventKind::ContractSigned:
        return Tr::tr("Contract signed");
    case EventKind::MonthlyReport:
        return Tr::tr("Monthly financial report filed");
    case EventKind::JointPromotion:
        return Tr::tr("Joint promotion");
    case EventKind::ReviewSubmitted:
        return Tr::tr("Partner review or customer testimonial submitted");
    case EventKind::VendorInfoPublished:
        return Tr::tr("Vendor information on the partner's web site");
    case EventKind::TemplateApproved:
        return Tr::tr("Template approved to the vendor's standard");
    case EventKind::TrainingCompleted:
        return Tr::tr("Implementation training completed");
    case EventKind::PortalRegistration:
        return Tr::tr("Registered for the national portals");
    case EventKind::BusinessCase:
        return Tr::tr("Business case accepted by headquarters");
    }
    return {};
}

} // namespace pd
