#pragma once
// Licences sold through partners and bought for internal use, renewals due, and moving a
// customer to another partner. Each action checks its input against the partner's program and
// writes in one transaction.

#include "../result.h"
#include "entitlements.h"
#include "licence.h"

namespace pd {

class Store;

class LicenceService
{
public:
    explicit LicenceService(Store &store);

    // A licence sold to a customer: written with its sale, so the statement pays the tier's rate
    // for the product line, or the renewal rate when it renews an earlier licence.
    Result<Licence> recordResale(Licence licence);
    // A licence the partner buys for its own use: the internal-use discount of its tier, for at
    // most the tier's number of users across its internal-use licences of overlapping terms.
    Result<Licence> recordInternalUse(Licence licence);
    // The checks and the write of either kind (by licence.kind), inside a transaction the caller
    // holds: Corrections writes a licence's replacement this way, under the same rules.
    Result<void> recordWithin(Licence &licence);

    Result<InternalUseEntitlement> internalUse(qint64 partnerId, const QDate &on) const;
    Result<QList<LicenceListing>> licences(qint64 partnerId, Voided voided = Voided::Excluded) const; // 0: all
    // Licences ending within `days` days after asOf (inclusive) and not yet renewed.
    Result<QList<LicenceListing>> renewalsDue(qint64 partnerId, const QDate &asOf, int days) const;

    // The vendor moves a customer to another partner: costs no credits, and its sales, licences
    // and history stay as they are (earned by the partner that made them).
    Result<CustomerMove> moveCustomer(
        qint64 customerId, qint64 toPartnerId, const QDate &on, const QString &reason, const QString &by);
    // The same move inside a transaction the caller holds (an import), which commits or rolls back.
    Result<CustomerMove> writeCustomerMove(
        qint64 customerId, qint64 toPartnerId, const QDate &on, const QString &reason, const QString &by);

private:
    Result<void> validateCommon(Licence &l) const;
    Result<void> checkResale(Licence &l) const;
    Result<InternalUseEntitlement> checkInternalUse(Licence &l) const;
    Result<void> writeInternalUse(Licence &l, const InternalUseEntitlement &entitlement);
    Store &m_store;
};

} // namespace pd
