#pragma once
// NFR key tokens: what a partner receives, checkable offline by anyone with the vendor's public
// key. A token is "PDNFR1.<payload>.<signature>": the payload is compact JSON of the claims
// below, the signature an Ed25519 signature (libsodium) of "PDNFR1.<payload>", both unpadded
// base64url. Any change to a token, or a signature by another key, makes it invalid.

#include "../result.h"
#include "vendorkey.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace pd {

struct NfrClaims {
    QString serial;
    QString partnerCode;
    QString partnerName;
    QString programKey;
    QString tierKey;
    QString product;
    QStringList modules; // empty: every add-on module of the product
    QDate issuedOn;
    QDate validUntil; // inclusive
    QDate modulesUntil; // inclusive; null: no add-on modules
    QString keyId; // the signing key's fingerprint
};

enum class NfrStatus {
    Valid,
    NotYetValid, // before its issue date
    Expired,
    Revoked, // only known to a database that holds the key
    Invalid, // malformed, altered or signed by another key
};
QString nfrStatusKey(NfrStatus s); // "valid", "not-yet-valid", "expired", "revoked", "invalid"
QString nfrStatusLabel(NfrStatus s); // translated

struct NfrVerification {
    NfrStatus status = NfrStatus::Invalid;
    QString reason; // why it is invalid, expired or revoked (translated)
    NfrClaims claims; // only when the signature is good
    bool modulesEnabled = false;
    bool knownToDatabase = false;
    QDate revokedOn;
};

inline constexpr QLatin1StringView kNfrTokenPrefix("PDNFR1");

// Signs the claims (keyId is set from the key).
Result<QString> signNfrToken(const NfrClaims &claims, const VendorKey &key);
// Checks the signature and the dates on `today`. Revocation is left to the caller with a database.
NfrVerification verifyNfrToken(const QString &token, const VendorKey &key, const QDate &today);

} // namespace pd
