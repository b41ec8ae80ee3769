#pragma once

#include "../result.h"
#include "database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <optional>

namespace pd
{

// How far back a database's change log reaches once it has been pruned. Kept in the meta table;
// an offline copy last brought up to date before it cannot be refreshed (the changes it would
// need are gone) and must be taken again.
struct ChangeLogHorizon {
    QDate before; // entries logged before this day (UTC) were removed
    qint64 seq = 0; // the highest log position removed
    qint64 txid = 0; // PostgreSQL: the newest writing transaction among the removed entries
};

struct PruneSummary {
    qint64 removed = 0;
    ChangeLogHorizon horizon; // as recorded afterwards
};

// The change log (change_log) records every change to the tables offline copies hold, so that a
// refresh fetches only what changed. It grows with every write; pruning removes old entries.
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(pd::ChangeLog)

public:
    // Removes the entries logged before `before` (a day, UTC) and records the new horizon, in one
    // transaction. The horizon never moves back: an earlier day than the last prune's removes
    // nothing more. Refused (nothing changed) for a day after `today`, and for an offline copy.
    static Result<PruneSummary> prune(
        Database &db, const QDate &before, const QDate &today = QDateTime::currentDateTimeUtc().date());
    // The horizon of the last prune; nullopt when the log was never pruned.
    static Result<std::optional<ChangeLogHorizon>> horizon(Database &db);
    // Entries in the log now.
    static Result<qint64> size(Database &db);
};

} // namespace pd
