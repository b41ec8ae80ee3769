#pragma once

#include "dates.h"
#include "program.h"
#include "records.h"
#include "result.h"

#include <QList>

namespace pd {

class Store;

// One sale with the reward it earned: retail amount × the rate of the partner's tier on the
// sale date for the sale's product line (renewals use the tier's "renewal" rate when it has one),
// rounded per line to the minor unit, halves away from zero.
// A return (issue 15) is a negative line on its own date. Its reward is negative: the clawback at
// the rate its original line earned (the tier on the original's date, the original's product line
// and renewal flag), rounded per line the same way; all returns of a line together never take
// back more than that line's reward. Voided lines are on no statement.
struct StatementLine {
    Sale sale;            // sale.reference: the line's own reference
    QString returnsReference; // a return: the reference of the line it returns
    QDate returnsSoldOn;      // a return: the date of that line, whose tier and rate apply
    Money amount;         // sale.amount(); zero with a note when it is beyond the largest amount
    QString tierKey;      // the partner's tier on the sale date
    Rate rate;            // 0 when the line earns no reward
    Money reward;
    QString note;         // why a line earns nothing, or that a range's lower bound was used
};

// Totals are kept per currency: amounts of different currencies are never added. Sales and
// rewards are net of returns; the rebate applies to the net sales.
struct StatementTotal {
    QString currency;
    qint64 lines = 0;
    Money sales;
    Money rewards;
    Money rebate;
};

struct QuarterStatement {
    Partner partner;
    QString programName;
    Quarter quarter;
    QString tierAtQuarterEnd;
    Rate rebateRate;      // the tier's quarterly rebate benefit; 0 when it has none
    QList<StatementLine> lines;
    QList<StatementTotal> totals; // sorted by currency
};

// The partner's tier on a date, from its tier history (the current tier when there is none).
QString tierOn(const Partner &partner, const QList<TierChange> &history, const QDate &date);

// Reward for one sale under a program and tier (pure; used by statements and tests).
StatementLine rewardFor(const Sale &sale, const Program &program, const QString &tierKey);

// The lines of the live returns of one sale line, given that line with its reward (from rewardFor)
// and its returns by date and id.
QList<StatementLine> returnLines(const StatementLine &original, const QList<Sale> &returns);

Result<QuarterStatement> buildStatement(Store &store, qint64 partnerId, const Quarter &quarter);

} // namespace pd
