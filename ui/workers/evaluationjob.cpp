#include "evaluationjob.h"

#include "backgroundjob.h"
#include "tierengine.h"
#include "workers/workerdatabase.h"

#include <QCoreApplication>

namespace pd::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::EvaluationJob)
};
} // namespace

Result<QList<PartnerStatus>> evaluateAllStatuses(Store &store, const QDate &asOf, const ProgressFn &progress)
{
    // Streamed: only the summary of each evaluation is kept, never 100,000 full evaluations; it
    // is made on the engine's workers.
    TierEngine engine(store);
    const TextContext text = TextContext::application(); // the window's language
    QList<PartnerStatus> out;
    auto r = engine.evaluateReduced<PartnerStatus>(
        asOf, [&text](Evaluation &&e) { return summarizeEvaluation(e, text); },
        [&out](PartnerStatus &&s) { out << std::move(s); }, progress);
    if (!r)
        return std::unexpected(r.error());
    return out;
}

BackgroundJob *createEvaluationJob(const QString &location, const QDate &asOf,
                                   std::shared_ptr<QList<PartnerStatus>> out, QObject *parent)
{
    return new BackgroundJob(Tr::tr("Evaluating partners"),
                             [location, asOf, out](const ProgressFn &progress) -> Result<void> {
                                 auto opened = openDatabase(location);
                                 if (!opened)
                                     return std::unexpected(opened.error());
                                 ScopedDatabase db(std::move(*opened));
                                 Store store(*db);
                                 // One pass over the file: a large page cache only adds memory.
                                 if (auto r = store.limitPageCache(8 * 1024); !r)
                                     return r;
                                 auto statuses = evaluateAllStatuses(store, asOf, progress);
                                 if (!statuses)
                                     return std::unexpected(statuses.error());
                                 *out = std::move(*statuses);
                                 return {};
                             },
                             parent);
}

} // namespace pd::ui
