#pragma once
// The records of licensing: licences sold through partners, NFR demo keys, the activation-credit
// ledger, customer moves and partner certification levels. Plain values; rules live in the
// services beside this file and SQL in core/storage.

#include "../money.h"
#include "../records.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd {

enum class LicenceKind {
    Resale, // sold by a partner to a customer: recorded with a sale, which earns the reward
    InternalUse, // bought by the partner for its own use at the program's internal-use discount
};
QString licenceKindKey(LicenceKind kind); // "resale", "internal"
std::optional<LicenceKind> licenceKindFromKey(const QString &key);
QString licenceKindLabel(LicenceKind kind); // translated

struct Licence {
    qint64 id = 0;
    qint64 partnerId = 0; // the partner that sold it (resale) or uses it (internal use)
    qint64 customerId = 0; // resale: the customer; 0 for internal use
    LicenceKind kind = LicenceKind::Resale;
    QString productLine; // a product line of the partner's program
    QString product; // the product as named on the licence
    QString edition;
    QStringList modules;
    int seats = 1;
    QDate soldOn; // the sale (or purchase) date; the reward is earned on it
    QDate startsOn;
    QDate endsOn; // last day of use, inclusive; null: perpetual
    qint64 renewsId = 0; // the earlier licence this one renews
    Money unitPrice; // list price of one seat for the term
    Rate discount; // internal use: the discount granted; 0 for resale
    Money paid; // unitPrice × seats less the discount
    qint64 saleId = 0; // resale: the sale row that carries the reward
    QString note;
    qint64 renewedById = 0; // read only: the later licence that renews this one
    qint64 correctsId = 0;
    Voiding voided;

    Result<Money> listAmount() const { return multiplied(unitPrice, seats); }
    bool activeOn(const QDate &d) const { return startsOn <= d && (endsOn.isNull() || d <= endsOn); }
};

// A licence with the names a list shows. The responsible partner is the customer's current
// partner (customers can be moved), or the licence's partner for internal use.
struct LicenceListing {
    Licence licence;
    QString partnerCode;
    QString partnerName;
    qint64 responsiblePartnerId = 0;
    QString responsiblePartnerCode;
    QString customerCode;
    QString customerName;
};

// A not-for-resale demo key. The token is what the partner receives: a signed statement of the
// fields below that anyone with the vendor's public key can check (see nfrtoken.h).
struct NfrKey {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString serial; // unique, random, printed on the key
    QString tierKey; // the partner's tier when it was issued
    QString product;
    QStringList modules; // add-on modules, enabled until modulesUntil
    QDate issuedOn;
    QDate validUntil; // inclusive
    QDate modulesUntil; // inclusive; null when the key enables no add-on modules
    QString token;
    QString signerKeyId; // fingerprint of the public key that signed it
    QString issuedBy;
    QString overrideReason; // non-empty when a manager issued it beyond the entitlement
    QDate revokedOn; // null: not revoked
    QString revokeReason;
    QString revokedBy;
    QString partnerCode; // read only

    bool isRevokedOn(const QDate &d) const { return revokedOn.isValid() && revokedOn <= d; }
    bool activeOn(const QDate &d) const { return issuedOn <= d && d <= validUntil && !isRevokedOn(d); }
};

enum class CreditEntryKind {
    Purchase, // credits bought; the fiat paid is recorded
    Consumption, // credits used when a customer was onboarded
    Correction, // a later entry that corrects an earlier one; entries are never edited
};
QString creditEntryKindKey(CreditEntryKind kind); // "purchase", "consumption", "correction"
std::optional<CreditEntryKind> creditEntryKindFromKey(const QString &key);
QString creditEntryKindLabel(CreditEntryKind kind); // translated

// One line of a partner's activation-credit ledger (PROGRAMS.md §2). 1 credit = 1 unit of the
// program currency of deployment value.
struct CreditEntry {
    qint64 id = 0;
    qint64 partnerId = 0;
    CreditEntryKind kind = CreditEntryKind::Purchase;
    QDate entryOn;
    qint64 credits = 0; // signed: purchases add, consumption subtracts, corrections either
    Rate discount; // purchase: the tier discount applied
    Money paid; // purchase: fiat paid; correction: the fiat correction (may be 0)
    qint64 customerId = 0; // consumption: the customer onboarded
    qint64 correctsId = 0; // correction: the entry it corrects
    QString note;
    QString recordedBy;
    QDateTime recordedAt; // set by the ledger
    qint64 balanceAfter = 0; // set by the ledger; never negative
    QString customerCode; // read only
};

// The vendor moved a customer to another partner. The customer's sales, licences and history
// stay as they were; only its current partner changes, and no credits move.
struct CustomerMove {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 fromPartnerId = 0;
    qint64 toPartnerId = 0;
    QDate movedOn;
    QString reason;
    QString movedBy;
    QDateTime recordedAt;
};

// A partner's certification level (PROGRAMS.md §3: Certified, Advanced, Elite).
struct PartnerCertification {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString levelKey;
    QDate awardedOn;
    QDate expiresOn; // null: does not expire; otherwise the first day it is no longer valid
    QString awardedBy;
    QString note;
    bool validOn(const QDate &d) const { return awardedOn <= d && (expiresOn.isNull() || expiresOn > d); }
};

// A staff certificate or a partner certification level that expires soon.
struct ExpiringCertification {
    enum class Kind { StaffCertificate, PartnerLevel };
    Kind kind = Kind::StaffCertificate;
    qint64 id = 0;
    qint64 partnerId = 0;
    QString partnerCode;
    QString partnerName;
    QString holder; // the staff member's name, or the partner's name for a level
    QString certificate; // the certificate's name, or the level key
    QDate expiresOn;
};

} // namespace pd
