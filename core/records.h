#pragma once

#include "metric.h"
#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

// Partner categories of PROGRAMS.md §3, with their subcategories.
enum class PartnerCategory { Technology, Education, Business, Channel };
QString categoryKey(PartnerCategory c);
std::optional<PartnerCategory> categoryFromKey(const QString &key);
QString categoryLabel(PartnerCategory c);          // translated
QStringList subcategoryKeys(PartnerCategory c);    // "ai_ml_platform", "resellers", ...
QString subcategoryLabel(const QString &key);      // translated

// How a voided record was voided (issue 15): records are never deleted; a voided one leaves
// every metric and statement and stays in the partner's history. A correction is a new record
// whose correctsId names the voided one.
struct Voiding {
    QDateTime at; // UTC; invalid while the record is live
    QString by;
    QString reason;
    bool isVoid() const { return at.isValid(); }
};

// Whether a reader returns voided records too (a partner's history) or only live ones (metrics,
// statements, exports).
enum class Voided { Excluded, Included };

struct Partner {
    qint64 id = 0;
    QString code;       // the partner's external identifier, unique ("P-000123")
    QString name;
    QString country;    // ISO 3166-1 alpha-2
    QString region;
    PartnerCategory category = PartnerCategory::Channel;
    QString subcategory;
    QString programKey;
    QString tierKey;
    QDate tierSince;
    QDate joinedOn;
    QString territory;
    QString brand;
    QString website;
    QString owner;      // the account owner: the channel manager responsible (issue 16)
    qint64 rowVersion = 1; // incremented by every update; detects concurrent edits
};

struct Contact {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString name;
    QString role;
    QString email;
    QString phone;
};

enum class StaffRole { Technical, Sales };

struct StaffMember {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString name;
    QString email;
    StaffRole role = StaffRole::Technical;
};

struct Certification {
    qint64 id = 0;
    qint64 staffId = 0;
    QString certificate;
    QDate passedOn;
    QDate expiresOn; // null: does not expire
    qint64 correctsId = 0;
    Voiding voided;
    bool validOn(const QDate &d) const { return passedOn <= d && (expiresOn.isNull() || expiresOn > d); }
};

struct Customer {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString code;
    QString name;
    QString country;
};

struct Sale {
    qint64 id = 0;
    qint64 partnerId = 0;
    qint64 customerId = 0;
    QDate soldOn;
    QString productLine;
    Money unitPrice;  // the fixed retail price of one unit
    int quantity = 1; // negative for a return
    bool renewal = false;
    // The billing system's invoice or order line id (or one derived from the line's fields),
    // unique among live lines; a correction keeps the reference of the line it corrects.
    QString reference;
    qint64 returnsId = 0; // a return: the sale line it returns
    qint64 correctsId = 0;
    Voiding voided;
    bool isReturn() const { return returnsId != 0; }
    // unitPrice × quantity; an error when beyond kMaxMinor (checked on import and by `check`).
    Result<Money> amount() const { return multiplied(unitPrice, quantity); }
};

// Customers active in [from, to] among `sales` (live lines, returns on their own dates): a
// customer's net amount there is above zero, or zero with a net quantity above zero (free lines).
// The tier engine's facts apply the same rule in SQL (factsquery.cpp).
qint64 activeCustomers(const QList<Sale> &sales, const QDate &from, const QDate &to);

struct ComplianceEvent {
    qint64 id = 0;
    qint64 partnerId = 0;
    EventKind kind = EventKind::ContractSigned;
    QDate occurredOn;
    QString note;
    qint64 correctsId = 0;
    Voiding voided;
};

// A survey result or measured KPI (NPS, satisfaction, advocacy), in basis points of a percent.
struct Score {
    qint64 id = 0;
    qint64 partnerId = 0;
    Metric metric = Metric::Nps;
    QDate measuredOn;
    Rate value;
    qint64 correctsId = 0;
    Voiding voided;
};

// A score's value as files and the command line write it ("45", "-12.5"): a percentage from 0 to
// 100, and down to -100 for NPS. Shared by the CSV import and `correct score`.
Result<Rate> parseScoreValue(const QString &text, Metric metric);

// A yes/no field as files and the command line write it: yes, no, true, false, 1, 0 (any case)
// or empty (no); nullopt for anything else.
std::optional<bool> parseYesNo(const QString &text);

struct TierChange {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString fromTier;
    QString toTier;
    QDate effectiveOn;
    QString reason;
    QString changedBy;
    QDateTime recordedAt;
};

// 1 unit of `base` = rate units of `quote`, on `date`; the rate is exact to 6 decimals.
struct FxRate {
    QDate date;
    QString base;
    QString quote;
    qint64 micros = 0; // rate × 1,000,000
};

} // namespace pd
