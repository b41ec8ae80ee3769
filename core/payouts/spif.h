#pragma once
// SPIF campaigns (issue 16, point 4): a sales incentive with a name, a period, the programs and
// tiers it is open to, the product lines it pays on and a bonus per unit, fixed per line or as a
// percentage of the line. Kept as data, imported and exported as JSON like programs.

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
};

// The bonuses a line earns: one per campaign whose period holds the sale date, open to the
// program and to the line's tier on that date, paying on its product line. A return takes back
// the bonus its original line earned, in proportion to the quantity returned (rounded per line as
// applyRate does); a voided line earns nothing. Pure.
QList<SpifBonus> spifBonuses(const StatementLine &line, const QString &programKey, const QList<SpifCampaign> &campaigns);

// A problem in a campaign definition, by JSON path ("$.bonus.amount").
struct SpifIssue {
    QString path;
    QString message;
};
Result<SpifCampaign> spifFromJson(const QByteArray &json, const QString &source = {});
QList<SpifIssue> validateSpifJson(const QByteArray &json, SpifCampaign *out = nullptr);
QByteArray spifToJson(const SpifCampaign &campaign);

// The campaigns stored in a database (table spif_campaigns).
class SpifStore
{
public:
    explicit SpifStore(Database &db);
    Result<QList<SpifCampaign>> campaigns() const; // by start date, then key
    Result<SpifCampaign> campaign(const QString &key) const;
    Result<void> save(const SpifCampaign &campaign); // adds or replaces by key
    Result<void> remove(const QString &key);

private:
    Database &m_db;
};

} // namespace pd
