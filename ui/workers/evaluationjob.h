#pragma once

#include "partnerrow.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

class QObject;

namespace pd::ui {

class BackgroundJob;

// Runs TierEngine::evaluateEach on a worker thread with its own connection to `location` and
// reduces every evaluation to a PartnerStatus. The result lands in *out.
BackgroundJob *createEvaluationJob(const QString &location, const QDate &asOf,
                                   std::shared_ptr<QList<PartnerStatus>> out, QObject *parent);

// The same work, synchronously on the calling thread's store.
Result<QList<PartnerStatus>> evaluateAllStatuses(Store &store, const QDate &asOf, const ProgressFn &progress = {});

} // namespace pd::ui
