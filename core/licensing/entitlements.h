#pragma once
// What a partner's tier entitles it to, read from the program definition (programs are data):
// NFR demo keys and internal-use licences (reseller program, PROGRAMS.md §1) and the discount
// on activation credits (PROGRAMS.md §2). Pure functions; the services apply them.

#include "../money.h"
#include "../program.h"
#include "../result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace pd {

// Benefit keys of a program's benefit matrix that licensing reads.
namespace benefit {
inline constexpr QLatin1StringView kNfrLicences("nfr_licences"); // number, or text such as "on request"
inline constexpr QLatin1StringView kNfrValidMonths("nfr_valid_months"); // number
inline constexpr QLatin1StringView kNfrAddonDays("nfr_addon_days"); // number
inline constexpr QLatin1StringView kInternalUseUsers("internal_use_users"); // number
inline constexpr QLatin1StringView kInternalUseDiscount("internal_use_discount"); // percent, optional
} // namespace benefit

// The rate key of a tier whose discount applies to activation credits.
inline constexpr QLatin1StringView kCreditsRateKey("credits");

struct NfrEntitlement {
    enum class Kind {
        None, // the tier has no NFR keys
        OnRequest, // only when a manager decides (every key is an override)
        Count, // up to `licences` keys valid at the same time
    };
    Kind kind = Kind::None;
    int licences = 0;
    int validMonths = 0; // 0: the program sets none
    int addonDays = 0; // 0: add-on modules are not enabled
    QString describe() const; // translated: "1 licence at a time, valid 12 months, add-on modules 30 days"
};

NfrEntitlement nfrEntitlement(const Program &program, const QString &tierKey);

// The terms of one key: how long it is valid and how long its add-on modules are enabled.
struct NfrTerms {
    int validMonths = 0;
    int addonDays = 0;
};

// The terms a request gets: what it asks for, else what the tier gives. Fails when neither
// names a validity.
Result<NfrTerms> resolveNfrTerms(
    const NfrEntitlement &entitlement, std::optional<int> validMonths, std::optional<int> addonDays);

// Why issuing one more key with these terms goes beyond the entitlement, one translated sentence
// per reason; empty when it does not. `activeKeys` counts the partner's keys valid on the issue
// date before this one.
QStringList nfrExcess(
    const NfrEntitlement &entitlement, const QString &tierName, int activeKeys, const NfrTerms &terms);

struct InternalUseEntitlement {
    bool offered = false;
    int maxUsers = 0;
    Rate discount;
};

// The discount percentage comes from the benefit "internal_use_discount" when the program has
// one; the reseller preset states it only in the label of "internal_use_users" (50 %,
// PROGRAMS.md §1), which is then used.
InternalUseEntitlement internalUseEntitlement(const Program &program, const QString &tierKey);
inline constexpr Rate kDefaultInternalUseDiscount { 5000 };

struct CreditDiscountRange {
    bool offered = false;
    Rate min;
    Rate max;
    bool contains(Rate r) const { return min <= r && r <= max; }
};

CreditDiscountRange creditDiscountRange(const Program &program, const QString &tierKey);

// The discount of a purchase: the requested one when it lies inside the tier's range, the
// range's lower bound when none is requested; an error naming the range otherwise.
Result<Rate> creditDiscount(
    const CreditDiscountRange &range, const QString &tierName, std::optional<Rate> requested);

// Fiat paid for credits: 1 credit = 1 unit of the currency, less the discount, rounded to the
// minor unit (halves away from zero). 1,000 credits at 20 % = 800.00 USD.
Result<Money> creditPurchasePrice(qint64 credits, Rate discount, const QString &currency);

} // namespace pd
