#include "metric.h"

#include <QStringList>
#include <array>
#include <utility>

namespace pd {

namespace {

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

QString metricLabel(Metric m, const TextContext &t)
{
    switch (m) {
    case Metric::Sales:
        return t.translate("pd::Metric", "Sales");
    case Metric::ActiveCustomers:
        return t.translate("pd::Metric", "Active customers");
    case Metric::CertifiedTechnical:
        return t.translate("pd::Metric", "Certified technical specialists");
    case Metric::CertifiedSales:
        return t.translate("pd::Metric", "Certified sales specialists");
    case Metric::RenewalDeals:
        return t.translate("pd::Metric", "Renewal deals");
    case Metric::Growth:
        return t.translate("pd::Metric", "Revenue growth");
    case Metric::Retention:
        return t.translate("pd::Metric", "Customer retention");
    case Metric::Nps:
        return t.translate("pd::Metric", "Net Promoter Score");
    case Metric::Satisfaction:
        return t.translate("pd::Metric", "Customer satisfaction");
    case Metric::Advocacy:
        return t.translate("pd::Metric", "Advocacy");
    case Metric::MonthsInProgram:
        return t.translate("pd::Metric", "Months in the program");
    case Metric::Event:
        return t.translate("pd::Metric", "Compliance event");
    }
    return {};
}

QString eventLabel(EventKind e, const TextContext &t)
{
    switch (e) {
    case EventKind::ContractSigned:
        return t.translate("pd::Metric", "Contract signed");
    case EventKind::MonthlyReport:
        return t.translate("pd::Metric", "Monthly financial report filed");
    case EventKind::JointPromotion:
        return t.translate("pd::Metric", "Joint promotion");
    case EventKind::ReviewSubmitted:
        return t.translate("pd::Metric", "Partner review or customer testimonial submitted");
    case EventKind::VendorInfoPublished:
        return t.translate("pd::Metric", "Vendor information on the partner's web site");
    case EventKind::TemplateApproved:
        return t.translate("pd::Metric", "Template approved to the vendor's standard");
    case EventKind::TrainingCompleted:
        return t.translate("pd::Metric", "Implementation training completed");
    case EventKind::PortalRegistration:
        return t.translate("pd::Metric", "Registered for the national portals");
    case EventKind::BusinessCase:
        return t.translate("pd::Metric", "Business case accepted by headquarters");
    }
    return {};
}

QString metricLabel(Metric m)
{
    return metricLabel(m, TextContext::application());
}

QString eventLabel(EventKind e)
{
    return eventLabel(e, TextContext::application());
}

} // namespace pd
