#include "records.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace pd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Partner)
};
} // namespace

QString categoryKey(PartnerCategory c)
{
    switch (c) {
    case PartnerCategory::Technology:
        return QStringLiteral("technology");
    case PartnerCategory::Education:
        return QStringLiteral("education");
    case PartnerCategory::Business:
        return QStringLiteral("business");
    case PartnerCategory::Channel:
        return QStringLiteral("channel");
    }
    return {};
}

std::optional<PartnerCategory> categoryFromKey(const QString &key)
{
    for (auto c : { PartnerCategory::Technology, PartnerCategory::Education, PartnerCategory::Business,
                    PartnerCategory::Channel }) {
        if (categoryKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString categoryLabel(PartnerCategory c)
{
    switch (c) {
    case PartnerCategory::Technology:
        return Tr::tr("Technology");
    case PartnerCategory::Education:
        return Tr::tr("Education");
    case PartnerCategory::Business:
        return Tr::tr("Business");
    case PartnerCategory::Channel:
        return Tr::tr("Channel");
    }
    return {};
}

QStringList subcategoryKeys(PartnerCategory c)
{
    switch (c) {
    case PartnerCategory::Technology:
        return { QStringLiteral("ai_ml_platform"), QStringLiteral("cloud_infrastructure"),
                 QStringLiteral("integration") };
    case PartnerCategory::Education:
        return { QStringLiteral("university"), QStringLiteral("professional_training") };
    case PartnerCategory::Business:
        return { QStringLiteral("marketing_agency"), QStringLiteral("technology_consultant") };
    case PartnerCategory::Channel:
        return { QStringLiteral("reseller"), QStringLiteral("referral") };
    }
    return {};
}

QString subcategoryLabel(const QString &key)
{
    if (key == QLatin1StringView("ai_ml_platform"))
        return Tr::tr("AI/ML platform");
    if (key == QLatin1StringView("cloud_infrastructure"))
        return Tr::tr("Cloud infrastructure");
    if (key == QLatin1StringView("integration"))
        return Tr::tr("Integration");
    if (key == QLatin1StringView("university"))
        return Tr::tr("University");
    if (key == QLatin1StringView("professional_training"))
        return Tr::tr("Professional training");
    if (key == QLatin1StringView("marketing_agency"))
        return Tr::tr("Marketing agency");
    if (key == QLatin1StringView("technology_consultant"))
        return Tr::tr("Technology consultant");
    if (key == QLatin1StringView("reseller"))
        return Tr::tr("Reseller");
    if (key == QLatin1StringView("referral"))
        return Tr::tr("Referral partner");
    return key;
}

namespace {
struct ScoreTr {
    Q_DECLARE_TR_FUNCTIONS(pd::Score)
};
} // namespace

Result<Rate> parseScoreValue(const QString &text, Metric metric)
{
    // Rate::parsePercent reads 0 to 100; NPS alone may be negative.
    const bool negative = text.startsWith(u'-');
    const auto rate = Rate::parsePercent(negative ? text.mid(1) : text);
    if (!rate)
        return std::unexpected(rate.error());
    if (negative && metric != Metric::Nps && rate->bp != 0)
        return fail(Error::Code::InvalidInput, ScoreTr::tr("%1 must not be negative (only nps may be)").arg(text));
    return Rate { negative ? -rate->bp : rate->bp };
}

std::optional<bool> parseYesNo(const QString &text)
{
    const auto is = [&text](const char *word) { return text.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0; };
    if (text.isEmpty() || is("no") || is("false") || is("0"))
        return false;
    if (is("yes") || is("true") || is("1"))
        return true;
    return std::nullopt;
}

qint64 activeCustomers(const QList<Sale> &sales, const QDate &from, const QDate &to)
{
    QHash<qint64, std::pair<qint64, qint64>> net; // customer: amount, quantity
    for (const Sale &s : sales) {
        if (s.voided.isVoid() || s.soldOn < from || s.soldOn > to)
            continue;
        auto &[amount, quantity] = net[s.customerId];
        amount += s.amount().value_or(Money {}).minor;
        quantity += s.quantity;
    }
    return std::count_if(net.cbegin(), net.cend(), [](const std::pair<qint64, qint64> &n) {
        return n.first > 0 || (n.first == 0 && n.second > 0);
    });
}

} // namespace pd
