#pragma once

#include "dates.h"
#include "program.h"
#include "payouts/overrides.h"
#include "payouts/spif.h"
#include "records.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
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
// A SPIF campaign's bonus on one line (issue 16, core/payouts/spif.h).
struct SpifBonus {
    QString campaignKey;
    QString campaignName;
    Money amount; // in the line's currency; negative on a return of a line that earned it
};

struct StatementLine {
    Sale sale;            // sale.reference: the line's own reference
    QString returnsReference; // a return: the reference of the line it returns
    QDate returnsSoldOn;      // a return: the date of that line, whose tier and rate apply
    int returnsQuantity = 0;  // a return: the quantity of that line (its SPIF is taken back in proportion)
    Money amount;         // sale.amount(); zero with a note when it is beyond the largest amount
    QString tierKey;      // the partner's tier on the sale date
    Rate rate;            // 0 when the line earns no reward
    Money perUnit;        // a commission per unit that set the reward (zero otherwise; issue 16)
    Money reward;
    QString note;         // why a line earns nothing, or that a range's lower bound was used
    qint64 overrideId = 0; // the partner's negotiated rate override that set rate/reward (0: the program's)
    QList<SpifBonus> spif; // SPIF campaign bonuses earned by this line

    // The line's SPIF bonuses together (all in the line's currency).
    Money spifTotal() const;
};

// A late change to a closed quarter (issue 16): a line dated in a quarter already closed that was
// added (a late sale or return, a correction's new line) or voided after the close. Its reward
// effect is booked on the first open quarter's statement, naming the original quarter and line;
// the closed statement never changes.
enum class AdjustmentKind {
    LateLine, // a live line of a closed quarter that no closed statement holds: + its reward now
    Void,     // a line a closed statement holds that is now voided: - what that statement gave it
};

struct StatementAdjustment {
    AdjustmentKind kind = AdjustmentKind::LateLine;
    Quarter fromQuarter;  // the closed quarter the line is dated in
    StatementLine line;   // the line as it earns now (LateLine) or as it was frozen (Void)
    Money reward;         // the effect on this statement: line.reward (LateLine) or its negation (Void)
    Money rebate;         // the rebate effect at the closed quarter's rebate rate, same sign rule
    Money spif;           // the SPIF effect, same sign rule
};

// Totals are kept per currency: amounts of different currencies are never added. Sales and
// rewards are net of returns; the rebate applies to the net sales.
struct StatementTotal {
    QString currency;
    qint64 lines = 0;
    Money sales;
    Money rewards;
    Money rebate;
    Money spif;        // SPIF bonuses of the lines
    Money adjustments; // reward + rebate + SPIF effects of the adjustments in this currency
    // What the quarter earns in this currency: rewards + rebate + spif + adjustments (before any
    // negative balance carried from earlier payouts). Fails only on overflow.
    Result<Money> earned() const;
};

struct QuarterStatement {
    Partner partner;
    QString programName;
    Quarter quarter;
    QString tierAtQuarterEnd;
    Rate rebateRate;      // the tier's quarterly rebate benefit; 0 when it has none
    QList<StatementLine> lines;
    QList<StatementAdjustment> adjustments; // late changes to earlier closed quarters (open quarters only
                                            // compute them; a closed statement holds those it was closed with)
    QList<StatementTotal> totals; // sorted by currency
    // A closed quarter's statement is the one frozen at the close, read back as it was then.
    bool closed = false;
    QDateTime closedAt;
    QString closedBy;
};

// What a statement's lines are computed with, read once per statement.
struct RewardContext {
    Program program;
    Partner partner;
    QList<TierChange> history;
    QList<RateOverride> overrides; // the partner's negotiated rate overrides (core/payouts/overrides.h)
    QList<SpifCampaign> campaigns; // every SPIF campaign (core/payouts/spif.h)
};
Result<RewardContext> rewardContext(Store &store, qint64 partnerId);

// What the contexts of many partners share, read once for a loop over them (closing a quarter):
// every program by key and every SPIF campaign.
struct RewardTerms {
    QHash<QString, Program> programs;
    QList<SpifCampaign> campaigns;
};
Result<RewardTerms> rewardTerms(Store &store);
Result<RewardContext> rewardContext(Store &store, qint64 partnerId, const RewardTerms &terms);

// One line as it earns under the context: the tier on its date, the program's rate or the
// partner's override in effect on that date, and the SPIF bonuses of campaigns it qualifies for.
StatementLine lineFor(const Sale &sale, const RewardContext &ctx);

// The partner's tier on a date, from its tier history (the current tier when there is none).
QString tierOn(const Partner &partner, const QList<TierChange> &history, const QDate &date);

// The quarterly rebate rate a program's tier gives (its "quarterly_rebate" benefit); 0 when none.
Rate rebateRateOf(const Program &program, const QString &tierKey);

// Reward for one sale under a program and tier (pure; used by statements and tests).
StatementLine rewardFor(const Sale &sale, const Program &program, const QString &tierKey);

// Makes a line earn a commission (issue 16): perUnit × the line's quantity, rate 0, when perUnit is in
// the sale's currency; else a reward of 0 with a note saying why (false). Used by rewardFor and by
// fixed rate overrides.
bool applyCommission(StatementLine &line, const Money &perUnit);

// The lines of the live returns of one sale line, given that line with its reward (from rewardFor)
// and its returns by date and id.
QList<StatementLine> returnLines(const StatementLine &original, const QList<Sale> &returns);
// The lines of the returns among `sales`, by sale id: each claws back at its original's rate (the
// program's or the override in effect on the original's date) and takes back its SPIF. Lines that
// are not returns are not in it (lineFor gives them).
Result<QHash<qint64, StatementLine>> returnLinesAmong(Store &store, const QList<Sale> &sales, const RewardContext &ctx);

// Adds each adjustment's reward, rebate and SPIF effects to its currency's total (a currency with
// only adjustments gets a total of its own, in currency order). Fails only on overflow.
Result<void> addAdjustmentTotals(QuarterStatement &statement);

// The statement of a quarter: the frozen one when the quarter is closed (core/payouts/closing.h),
// else computed from live data with the adjustments of late changes to closed quarters.
Result<QuarterStatement> buildStatement(Store &store, qint64 partnerId, const Quarter &quarter);
// The statement computed from live data, without adjustments, whether or not the quarter is closed
// (what closing freezes, and what a closed quarter's late changes are found against).
Result<QuarterStatement> computeStatement(Store &store, const RewardContext &ctx, const Quarter &quarter);

} // namespace pd
