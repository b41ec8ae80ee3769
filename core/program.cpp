#include "program.h"

#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Program)
};

const char *const kBuiltinKeys[] = { "reseller-status", "activation-credits", "revenue-band",
                                     "marketplace-developer" };

} // namespace

int Program::tierIndex(const QString &tierKey) const
{
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        if (tiers.at(i).key == tierKey)
            return int(i);
    }
    return -1;
}

const Tier *Program::tier(const QString &tierKey) const
{
    const int i = tierIndex(tierKey);
    return i < 0 ? nullptr : &tiers.at(i);
}

bool Program::hasProductLine(const QString &lineKey) const
{
    return std::any_of(productLines.begin(), productLines.end(),
                       [&](const ProductLine &l) { return l.key == lineKey; });
}

QJsonValue Program::benefit(const QString &benefitKey, const QString &tierKey) const
{
    for (const BenefitRow &row : benefits) {
        if (row.key == benefitKey)
            return row.byTier.value(tierKey, QJsonValue(QJsonValue::Null));
    }
    return QJsonValue(QJsonValue::Null);
}

QString Requirement::describe() const
{
    const QLocale locale = formattingLocale();
    QString period = Tr::tr("in %n month(s)", nullptr, periodMonths);
    QString threshold;
    switch (metricKind(metric)) {
    case MetricKind::Money:
        threshold = money.display(locale);
        break;
    case MetricKind::Count:
    case MetricKind::Months:
        threshold = groupedNumber(count, locale);
        break;
    case MetricKind::Percent:
        threshold = percentDisplay(percent.bp, locale);
        break;
    case MetricKind::Event:
        switch (cadence) {
        case Cadence::Ever:
            return condition == Condition::WhenWebsite ? Tr::tr("%1 (if the partner has a web site)").arg(eventLabel(event))
                                                       : eventLabel(event);
        case Cadence::Period:
            return Tr::tr("%1 at least once %2").arg(eventLabel(event), period);
        case Cadence::Quarterly:
            return Tr::tr("%1 every quarter").arg(eventLabel(event));
        case Cadence::Monthly:
            return condition == Condition::WhenSales ? Tr::tr("%1 every month with sales").arg(eventLabel(event))
                                                     : Tr::tr("%1 every month").arg(eventLabel(event));
        }
        return eventLabel(event);
    }
    const QString op = comparison == Comparison::AtLeast ? Tr::tr("at least %1").arg(threshold)
                                                         : Tr::tr("more than %1").arg(threshold);
    switch (metric) {
    case Metric::Sales:
    case Metric::RenewalDeals:
    case Metric::ActiveCustomers:
    case Metric::Growth:
    case Metric::Retention:
        return Tr::tr("%1: %2 %3").arg(metricLabel(metric), op, period);
    default:
        return Tr::tr("%1: %2").arg(metricLabel(metric), op);
    }
}

QStringList builtinProgramKeys()
{
    QStringList keys;
    for (const char *k : kBuiltinKeys)
        keys << QString::fromLatin1(k);
    return keys;
}

QList<Program> builtinPrograms()
{
    QList<Program> out;
    for (const QString &key : builtinProgramKeys()) {
        QFile f(QStringLiteral(":/programs/%1.json").arg(key));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in program %s is missing from the resources", qPrintable(key));
        auto p = programFromJson(f.readAll(), f.fileName());
        if (!p)
            qFatal("built-in program %s is invalid: %s", qPrintable(key), qPrintable(p.error().message));
        out << *p;
    }
    return out;
}

} // namespace pd
