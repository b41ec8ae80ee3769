#include "evaluationjob.h"

#include "backgroundjob.h"
#include "tierengine.h"
#include "workerdatabase.h"

#include <QCoreApplication>

namespace pd::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::EvaluationJob)
};
} // namespace

Result<QList<PartnerStatus>> evaluateAllStatuses(Store &store, const QDate &asOf, const ProgressFn &progress)
{
    TierEngine engine(store);
    auto evaluations = engine.evaluateAll(asOf, progress);
    if (!evaluations)
        return std::unexpected(evaluations.error());
    QList<PartnerStatus> out;
    out.reserve(evaluations->size());
    for (const Evaluation &e : std::as_const(*evaluations))
        out << summarizeEvaluation(e);
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
                                 auto statuses = evaluateAllStatuses(store, asOf, progress);
                                 if (!statuses)
                                     return std::unexpected(statuses.error());
                                 *out = std::move(*statuses);
                                 return {};
                             },
                             parent);
}

} // namespace pd::ui
