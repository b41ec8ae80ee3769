#pragma once
// Commission kinds the programs name (issue 16, point 5): a partner's negotiated terms, as dated
// overrides of the program's rate for one product line, each with a reason. An override holds
// from its date until the partner's next override of the same line; a "program" override returns
// the line to the program's rate. Overrides are never changed or deleted (append-only).

#include "../money.h"
#include "../result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

class Database;
struct Sale;
struct StatementLine;

enum class OverrideKind {
    Rate,    // a reward percentage instead of the program's
    Fixed,   // a fixed commission per unit (per deployment, per activation)
    Program, // back to the program's rate
};

struct RateOverride {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString productLine; // a product-line key of the partner's program, or "renewal"
    QDate effectiveOn;
    OverrideKind kind = OverrideKind::Rate;
    Rate rate;           // Rate
    Money perUnit;       // Fixed
    QString reason;
    QString recordedBy;
    QDateTime recordedAt;
};

// The override of `productLine` in effect on `date`: the latest by effective date (then by id)
// on or before it; nullptr when none is, or when that one is a Program override.
const RateOverride *overrideOn(const QList<RateOverride> &overrides, const QString &productLine, const QDate &date);

// Applies the override in effect for the line's sale date (renewal lines: the "renewal" override
// first, then the product line's) to a line computed from the program (rewardFor): sets rate,
// reward, note and overrideId. A line of a return is left alone (it claws back its original's).
void applyOverride(StatementLine &line, const QList<RateOverride> &overrides);

class RateOverrideStore
{
public:
    explicit RateOverrideStore(Database &db);
    Result<QList<RateOverride>> forPartner(qint64 partnerId) const; // by effective date, then id
    // Checks the line against the partner's program, the rate (0..100 %) or amount (a known
    // currency, not negative) and that a reason is given; stamps who (recordedBy, else the
    // database's user name) and when.
    Result<RateOverride> add(const RateOverride &o);

private:
    Database &m_db;
};

} // namespace pd
