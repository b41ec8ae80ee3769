#include "entitlements.h"
#include "licensingtr.h"

#include "../translations.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace pd {

namespace {

// A whole, non-negative number from a benefit cell; nullopt for anything else.
std::optional<int> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 1e6 || d != double(qint64(d)))
        return std::nullopt;
    return int(d);
}

} // namespace

QString NfrEntitlement::describe() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return LicensingTr::tr("no NFR keys");
    case Kind::OnRequest:
        text = LicensingTr::tr("NFR keys on request (each one decided by a manager)");
        break;
    case Kind::Count:
        text = LicensingTr::tr("%n NFR key(s) valid at a time", nullptr, licences);
        break;
    }
    if (validMonths > 0)
        text += LicensingTr::tr(", valid %n month(s)", nullptr, validMonths);
    if (addonDays > 0)
        text += LicensingTr::tr(", add-on modules enabled for %n day(s)", nullptr, addonDays);
    return text;
}

NfrEntitlement nfrEntitlement(const Program &program, const QString &tierKey)
{
    NfrEntitlement e;
    if (!program.tier(tierKey))
        return e;
    const QJsonValue licences = program.benefit(QString(benefit::kNfrLicences), tierKey);
    if (const auto n = wholeNumber(licences); n && *n > 0) {
        e.kind = NfrEntitlement::Kind::Count;
        e.licences = *n;
    } else if ((licences.isString() && !licences.toString().trimmed().isEmpty()) || licences.toBool(false)) {
        e.kind = NfrEntitlement::Kind::OnRequest;
    }
    e.validMonths = wholeNumber(program.benefit(QString(benefit::kNfrValidMonths), tierKey)).value_or(0);
    e.addonDays = wholeNumber(program.benefit(QString(benefit::kNfrAddonDays), tierKey)).value_or(0);
    return e;
}

Result<NfrTerms> resolveNfrTerms(
    const NfrEntitlement &entitlement, std::optional<int> validMonths, std::optional<int> addonDays)
{
    NfrTerms t;
    t.validMonths = validMonths.value_or(entitlement.validMonths);
    t.addonDays = addonDays.value_or(entitlement.addonDays);
    if (t.validMonths <= 0)
        return fail(Error::Code::InvalidInput,
            LicensingTr::tr("The program sets no validity for NFR keys of this tier: give the number of months."));
    if (t.validMonths > 120)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("An NFR key is valid for at most 120 months."));
    if (t.addonDays < 0 || t.addonDays > 3660)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("Add-on modules are enabled for 0 to 3660 days."));
    return t;
}

QStringList nfrExcess(
    const NfrEntitlement &entitlement, const QString &tierName, int activeKeys, const NfrTerms &terms)
{
    QStringList reasons;
    switch (entitlement.kind) {
    case NfrEntitlement::Kind::None:
        reasons << LicensingTr::tr("the tier %1 has no NFR keys in its program").arg(tierName);
        return reasons;
    case NfrEntitlement::Kind::OnRequest:
        reasons << LicensingTr::tr("the tier %1 gets NFR keys on request only").arg(tierName);
        return reasons;
    case NfrEntitlement::Kind::Count:
        if (activeKeys >= entitlement.licences)
            //: %2 is a number of keys ("2 NFR keys"); %n is how many the partner holds
            reasons << LicensingTr::tr("the tier %1 allows %2 at a time and the partner already holds %n", nullptr, activeKeys)
                           .arg(tierName, LicensingTr::tr("%n NFR key(s)", nullptr, entitlement.licences));
        break;
    }
    if (entitlement.validMonths > 0 && terms.validMonths > entitlement.validMonths)
        reasons << LicensingTr::tr(
            "a key of the tier %1 is valid for %n month(s), not %2", nullptr, entitlement.validMonths)
                       .arg(tierName)
                       .arg(terms.validMonths);
    if (terms.addonDays > entitlement.addonDays)
        reasons << LicensingTr::tr(
            "the tier %1 enables add-on modules for %n day(s), not %2", nullptr, entitlement.addonDays)
                       .arg(tierName)
                       .arg(terms.addonDays);
    return reasons;
}

InternalUseEntitlement internalUseEntitlement(const Program &program, const QString &tierKey)
{
    InternalUseEntitlement e;
    if (!program.tier(tierKey))
        return e;
    const auto users = wholeNumber(program.benefit(QString(benefit::kInternalUseUsers), tierKey));
    if (!users || *users == 0)
        return e;
    e.offered = true;
    e.maxUsers = *users;
    e.discount = kDefaultInternalUseDiscount;
    const QJsonValue pct = program.benefit(QString(benefit::kInternalUseDiscount), tierKey);
    if (pct.isDouble() && pct.toDouble() > 0 && pct.toDouble() <= 100)
        e.discount = Rate { int(pct.toDouble() * 100 + 0.5) };
    return e;
}

CreditDiscountRange creditDiscountRange(const Program &program, const QString &tierKey)
{
    CreditDiscountRange r;
    const Tier *tier = program.tier(tierKey);
    if (!program.usesCredits || !tier)
        return r;
    const auto rule = tier->rates.constFind(QString(kCreditsRateKey));
    if (rule == tier->rates.constEnd() || rule->kind != RateKind::Discount)
        return r;
    r.offered = true;
    r.min = rule->min;
    r.max = rule->max;
    return r;
}

Result<Rate> creditDiscount(
    const CreditDiscountRange &range, const QString &tierName, std::optional<Rate> requested)
{
    if (!range.offered)
        return fail(Error::Code::InvalidInput,
            LicensingTr::tr("The tier %1 has no discount on activation credits.").arg(tierName));
    if (!requested)
        return range.min;
    if (!range.contains(*requested))
        return fail(Error::Code::InvalidInput,
            LicensingTr::tr("A discount of %1 is outside the tier %2's range of %3.")
                .arg(percentDisplay(requested->bp, formattingLocale()), tierName,
                     percentRangeDisplay(range.min.bp, range.max.bp, formattingLocale())));
    return *requested;
}

Result<Money> creditPurchasePrice(qint64 credits, Rate discount, const QString &currency)
{
    const auto cur = Currency::find(currency);
    if (!cur)
        return std::unexpected(cur.error());
    qint64 unit = 1;
    for (int i = 0; i < cur->digits; ++i)
        unit *= 10;
    if (credits <= 0 || credits > 1'000'000'000'000LL)
        return fail(Error::Code::InvalidInput, LicensingTr::tr("A purchase is of 1 to 1,000,000,000,000 credits."));
    return afterDiscount(Money { credits * unit, cur->code }, discount); // at most 10^12 × 100 minor units
}

} // namespace pd
