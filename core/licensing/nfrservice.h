#pragma once
// Issuing, listing, revoking and verifying NFR (not-for-resale) demo keys. The entitlement of
// the partner's tier comes from its program (PROGRAMS.md §1); a key beyond it is refused with the
// reason, unless a manager overrides with a written reason, which is kept with the key. NFR keys
// are not sales: they never appear in statements and never earn a reward.

#include "../result.h"
#include "entitlements.h"
#include "licence.h"
#include "nfrtoken.h"

#include <optional>

namespace pd {

class Store;

struct NfrIssueRequest {
    qint64 partnerId = 0;
    QString product;
    QStringList modules;
    QDate issuedOn;
    std::optional<int> validMonths; // default: the tier's
    std::optional<int> addonDays; // default: the tier's
    QString issuedBy;
    QString overrideReason; // a manager's written reason to go beyond the entitlement
};

struct NfrIssued {
    NfrKey key;
    NfrEntitlement entitlement;
    QStringList overridden; // what the override went beyond; empty when none was needed
};

class NfrService
{
public:
    // Listing and revoking need no key; issuing needs the vendor key with its secret part,
    // verifying its public part.
    explicit NfrService(Store &store, std::optional<VendorKey> key = std::nullopt);

    Result<NfrEntitlement> entitlement(qint64 partnerId, const QDate &on) const;
    // What issuing the request now would go beyond (empty: within the entitlement), without
    // writing anything; a window asks for the manager's reason before issuing.
    Result<QStringList> excess(const NfrIssueRequest &request) const;
    Result<NfrIssued> issue(const NfrIssueRequest &request);
    Result<NfrKey> revoke(const QString &serial, const QDate &on, const QString &reason, const QString &by);
    Result<QList<NfrKey>> keys(qint64 partnerId) const; // 0: all
    // The offline check, plus what the database knows: revoked, or not issued here.
    NfrVerification verify(const QString &token, const QDate &today) const;

private:
    struct Prepared;
    Result<Prepared> prepare(const NfrIssueRequest &request) const;
    Store &m_store;
    std::optional<VendorKey> m_key;
};

} // namespace pd
