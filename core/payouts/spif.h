#pragma once
// SPIF campaigns (issue 16, point 4): a sales incentive with a name, a period, the programs and
// tiers it is open to, the product lines it pays on and a bonus per unit, fixed per line or as a
// percentage of the line. Kept as data, imported and exported as JSON like programs
// (resources/docs/spif.md).

#include "../jsonissue.h"
#include "../money.h"
#include "../records.h"
#include "../result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

class Database;
struct SpifBonus;
struct StatementLine;

enum class SpifBonusKind { PerUnit, PerLine, Percent };

struct SpifCampaign {
    static constexpr int kFormat = 1;

    QString key;          // unique, [a-z0-9_-]
    QString name;
    QString description;
    QDate from;           // the first and last sale dates it pays on (inclusive)
    QDate until;
    QStringList programs; // program keys it is open to; at least one
    QStringList tiers;    // tier keys (of those programs) it is open to; empty: every tier
    QStringList productLines; // empty: every line
    SpifBonusKind bonusKind = SpifBonusKind::PerUnit;
    Money amount;         // PerUnit and PerLine: in this currency; a line in another earns nothing
    Rate percent;         // Percent: of the line's amount
    bool renewals = true; // whether renewal lines earn it

    friend bool operator==(const SpifCampaign &, const SpifCampaign &) = default;
};

// The bonuses a line earns: one per campaign whose period holds the sale date, open to the
// program and to the line's tier on that date, paying on its product line (and on renewals when
// the campaign says so). PerUnit: amount × quantity; PerLine: amount once; Percent: the line's
// amount × percent (applyRate). A PerUnit or PerLine bonus in another currency than the line's
// earns nothing (never converted). A voided line earns nothing.
// A return (line.returnsReference set) is judged on its original line's date (line.returnsSoldOn)
// and takes back in proportion to the quantity returned: PerUnit amount × returned quantity,
// PerLine amount × returned quantity / line.returnsQuantity, Percent the return's amount ×
// percent, each rounded to the minor unit halves away from zero. limitSpifTakeBacks() then keeps
// a line's returns from taking back more than it earned. Pure.
QList<SpifBonus> spifBonuses(const StatementLine &line, const QString &programKey, const QList<SpifCampaign> &campaigns);

// Limits the SPIF bonuses of an original line's returns (in their order, each with spifBonuses)
// so that per campaign they never take back more than the original earned (original.spif), as
// returnLines() does for rewards; a campaign the original did not earn is taken back from no one.
void limitSpifTakeBacks(const StatementLine &original, QList<StatementLine> &returns);

// A problem in a campaign definition, by JSON path ("$.bonus.amount").
using SpifIssue = JsonIssue;
// The largest campaign definition read (a campaign is a few hundred bytes).
inline constexpr qsizetype kMaxSpifBytes = 64 * 1024;
// Every problem of a definition, each with its JSON path; empty when it is valid.
QList<SpifIssue> validateSpifJson(const QByteArray &json, SpifCampaign *out = nullptr);
Result<SpifCampaign> spifFromJson(const QByteArray &json, const QString &source = {});
Result<SpifCampaign> spifFromFile(const QString &path);
QByteArray spifToJson(const SpifCampaign &campaign);
// "perUnit", "perLine", "percent": the JSON names of the bonus kinds.
QString spifKindKey(SpifBonusKind kind);

// The campaigns stored in a database (table spif_campaigns), each write one transaction.
// A campaign is checked against the stored programs: its programs must exist and its tiers and
// product lines belong to at least one of them. A campaign whose period overlaps a closed quarter
// cannot be removed (closed statements may hold its earnings); it can still be edited, which
// changes no closed statement.
class SpifStore
{
public:
    explicit SpifStore(Database &db);
    Result<QList<SpifCampaign>> campaigns() const; // by start date, then key
    Result<SpifCampaign> campaign(const QString &key) const;
    // The problems of a campaign against the stored programs, with JSON paths ("$.tiers[1]").
    Result<QList<SpifIssue>> check(const SpifCampaign &campaign) const;
    Result<void> save(const SpifCampaign &campaign); // adds or replaces by key
    // The same inside a transaction the caller holds (the demo data), which commits or rolls back.
    Result<void> saveInTransaction(const SpifCampaign &campaign);
    Result<void> remove(const QString &key);

private:
    Database &m_db;
};

} // namespace pd
