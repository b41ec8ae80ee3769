#pragma once
// Partner certification levels (PROGRAMS.md §3: Certified after 6 months in the partnership,
// Advanced after 12, Elite after 24, each requiring the one below) and the certificates, of
// staff and of partners, that expire soon. Staff certificates already count toward tier
// requirements in the tier engine; this is the partner's own level.

#include "../program.h"
#include "../result.h"
#include "licence.h"

namespace pd {

class Store;

// One level of the partner's program, as it stands for the partner on a date.
struct LevelStatus {
    CertificationLevel level;
    int monthsInPartnership = 0; // the partner's, on the date
    QDate eligibleFrom; // the date its months in the partnership suffice
    bool held = false; // a valid award on the date
    PartnerCertification award; // the latest award of this level, if any
};

// Whole months from joinedOn to on (the tier engine's rule: a month counts once its day is reached).
int monthsInPartnership(const QDate &joinedOn, const QDate &on);

class CertificationLevels
{
public:
    explicit CertificationLevels(Store &store);

    Result<QList<LevelStatus>> levels(qint64 partnerId, const QDate &on) const;
    // The highest level held on the date; empty when none.
    Result<QString> currentLevel(qint64 partnerId, const QDate &on) const;
    // Awards a level once the partner has been in the partnership long enough and holds the
    // level below it (the program's `requires` text is for the person awarding it to confirm).
    Result<PartnerCertification> award(qint64 partnerId, const QString &levelKey, const QDate &on,
        const QDate &expiresOn, const QString &by, const QString &note = {});
    // Staff certificates and partner levels expiring after asOf and at most `days` days later.
    Result<QList<ExpiringCertification>> expiring(
        const QDate &asOf, int days = 90, qint64 partnerId = 0) const;

private:
    Store &m_store;
};

} // namespace pd
