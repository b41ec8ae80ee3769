#pragma once
// Closed quarters (issue 16, points 1-3): closing a quarter freezes every partner's statement of
// it, books the adjustments of late changes to earlier closed quarters on it, and creates the
// payables. All in one transaction; a quarter closes once, after the one before it.
//
// The ledger starts with the first quarter closed: any quarter that has ended may be the first.
// Quarters before it are "before the ledger": they are never closed, their statements stay live,
// and changes dated in them never become adjustments (nothing was frozen or paid through it).

#include "../dates.h"
#include "../progress.h"
#include "../result.h"
#include "../statement.h"
#include "../tierengine.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace pd {

class Database;
class Store;

struct QuarterCloseInfo {
    Quarter quarter;
    QDateTime closedAt;
    QString closedBy;
    qint64 lastSaleId = 0; // the highest sale id when it closed: later rows are late changes
};

// What closing a quarter would freeze, per program and currency (the Close Quarter preview).
struct CloseTotal {
    QString programKey;
    QString currency;
    qint64 partners = 0; // partners with lines or adjustments in this currency
    qint64 lines = 0;
    Money sales;
    Money rewards;
    Money rebate;
    Money spif;
    Money adjustments;
};

struct ClosePreview {
    Quarter quarter;
    qint64 partners = 0;         // statements to freeze (every partner)
    QList<CloseTotal> totals;    // by program, then currency
    qint64 payables = 0;         // close(): the payables it created
};

// The quarter after `quarter`.
Quarter quarterAfter(const Quarter &quarter);

class QuarterClosing
{
public:
    explicit QuarterClosing(Store &store);

    Result<QList<QuarterCloseInfo>> closedQuarters() const; // oldest first
    Result<std::optional<QuarterCloseInfo>> closeInfo(const Quarter &quarter) const;
    // The first quarter that may be closed next: the one after the latest closed, or (none closed
    // yet) the quarter before today's.
    Result<Quarter> nextToClose(const QDate &today) const;

    // Refused (InvalidInput, nothing written) when the quarter is closed already, is not the one
    // after the latest closed quarter, or has not ended by `today`.
    Result<ClosePreview> preview(const Quarter &quarter, const QDate &today, const ProgressFn &progress = {}) const;
    Result<ClosePreview> close(const Quarter &quarter, const QDate &today, const QString &by,
                               const ProgressFn &progress = {});

    // The frozen statement of a closed quarter; nullopt when the quarter is not closed.
    Result<std::optional<QuarterStatement>> frozenStatement(qint64 partnerId, const Quarter &quarter) const;
    // The partner's tier evaluation as of the quarter's last day, frozen at the close (the review of
    // a closed quarter shows it); nullopt when the quarter is not closed.
    Result<std::optional<Evaluation>> frozenEvaluation(qint64 partnerId, const Quarter &quarter) const;
    // The partner's sales dated from..until as they stood when `close` closed: rows added after it
    // left out, voids made after it not applied (the review of a closed quarter reads these).
    Result<QList<Sale>> salesAsClosed(qint64 partnerId, const QDate &from, const QDate &until,
                                      const QuarterCloseInfo &close) const;

    // The adjustments an open quarter's statement shows for the partner: every late change to a
    // closed quarter that no closed statement has booked yet.
    Result<QList<StatementAdjustment>> pendingAdjustments(const RewardContext &ctx) const;

private:
    // The adjustments of late changes to the given closed quarters (oldest first, following each
    // other): closing a quarter books those of the quarters before it, not its own lines.
    Result<QList<StatementAdjustment>> adjustmentsWithin(const RewardContext &ctx,
                                                         const QList<QuarterCloseInfo> &closed) const;
    Result<void> checkClosable(const Quarter &quarter, const QDate &today) const;
    // Computes every partner's statement to freeze (with its adjustments and closed fields) and
    // hands each to `each`; fills `preview`. Cancelled when `progress` says stop.
    Result<void> statementsToFreeze(const Quarter &quarter, const QDateTime &closedAt, const QString &by,
                                    const ProgressFn &progress, ClosePreview &preview,
                                    const std::function<Result<void>(const QuarterStatement &)> &each) const;
    Store &m_store;
};

} // namespace pd
