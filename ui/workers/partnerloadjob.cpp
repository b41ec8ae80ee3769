#include "partnerloadjob.h"

#include "backgroundjob.h"
#include "workerdatabase.h"

#include <QCoreApplication>

namespace pd::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::PartnerLoadJob)
};
} // namespace

Result<PartnerTable> loadPartnerTable(const Store &store, const QLocale &locale)
{
    auto programs = store.programs();
    if (!programs)
        return std::unexpected(programs.error());
    auto rows = store.partnerRows();
    if (!rows)
        return std::unexpected(rows.error());
    return PartnerTable::build(*rows, *programs, locale);
}

BackgroundJob *createPartnerLoadJob(const QString &location, const QLocale &locale,
                                    std::shared_ptr<PartnerTable> out, QObject *parent)
{
    return new BackgroundJob(Tr::tr("Loading partners"),
                             [location, locale, out](const ProgressFn &progress) -> Result<void> {
                                 auto opened = openDatabase(location);
                                 if (!opened)
                                     return std::unexpected(opened.error());
                                 ScopedDatabase db(std::move(*opened));
                                 Store store(*db);
                                 reportProgress(progress, 0, 1);
                                 auto table = loadPartnerTable(store, locale);
                                 if (!table)
                                     return std::unexpected(table.error());
                                 *out = std::move(*table);
                                 reportProgress(progress, 1, 1);
                                 return {};
                             },
                             parent);
}

} // namespace pd::ui
