#pragma once
// Activation credits (PROGRAMS.md §2): purchases at the partner's tier discount, consumption as
// customers are onboarded, and corrections as new entries. The ledger is append-only and its
// balance never goes below zero. There are no referral or multi-level payouts: credits only
// move between the vendor and the partner that buys and consumes them.

#include "../result.h"
#include "entitlements.h"
#include "licence.h"

#include <optional>

namespace pd {

class Store;

class CreditService
{
public:
    explicit CreditService(Store &store);

    // The discount range of the partner's tier on a date (not offered outside credit programs).
    Result<CreditDiscountRange> discountRange(qint64 partnerId, const QDate &on) const;
    // N credits at a discount inside the tier's range (its lower bound when none is given); the
    // fiat paid is recorded in the program currency.
    Result<CreditEntry> buy(qint64 partnerId, qint64 credits, std::optional<Rate> discount, const QDate &on,
        const QString &by, const QString &note = {});
    // N credits used to onboard one of the partner's customers; refused with the shortfall when
    // the balance is too low.
    Result<CreditEntry> consume(qint64 partnerId, qint64 credits, qint64 customerId, const QDate &on,
        const QString &by, const QString &note = {});
    // A new entry that corrects an earlier one by a signed number of credits and of fiat (minor
    // units of the program currency); the reason is required.
    Result<CreditEntry> correct(qint64 partnerId, qint64 correctsId, qint64 credits, qint64 paidMinor,
        const QDate &on, const QString &reason, const QString &by);

    Result<qint64> balance(qint64 partnerId) const;
    Result<QList<CreditEntry>> ledger(qint64 partnerId) const;

private:
    struct Context;
    Result<Context> context(qint64 partnerId, const QDate &on, const QString &by) const;
    Store &m_store;
};

} // namespace pd
