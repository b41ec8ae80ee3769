#include "partnerloadjob.h"

#include "backgroundjob.h"
#include "partnertablemodel.h"
#include "presettexts.h"
#include "workers/workerdatabase.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace pd::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::PartnerLoadJob)
};

Result<QList<StoredProgram>> browserPrograms(const Store &store)
{
    auto programs = store.programs();
    if (!programs)
        return std::unexpected(programs.error());
    // Built-in programs show their names in the application's language, as in Session.
    for (StoredProgram &sp : *programs)
        sp.program = translatedPreset(sp.program);
    return programs;
}

// The first rows when the table's order before the evaluation is by name: ids and names of every
// partner are read (a fraction of the cost of every column), the first ids chosen with the
// collator, and only their rows read in full. Empty when another order needs other columns.
Result<std::optional<PartnerTable>> firstRowsByName(const Store &store, const QList<StoredProgram> &programs,
                                                    const QLocale &locale, FirstRows &first)
{
    if (!PartnerTableModel::unevaluatedOrderIsByName(first.column))
        return std::optional<PartnerTable> {};
    const auto names = store.partnerNames();
    if (!names)
        return std::unexpected(names.error());
    first.totalRows = names->size();
    if (names->size() <= first.count)
        return std::optional<PartnerTable> {};
    const QList<qint64> ids = PartnerTableModel::firstIds(*names, locale, first.column, first.order, first.count);
    auto listing = store.partnerListing(ids);
    if (!listing)
        return std::unexpected(listing.error());
    const PartnerTable rows = PartnerTable::fromListing(std::move(*listing), programs, locale);
    return PartnerTableModel::firstRows(rows, first.column, first.order, first.count);
}

// Every row, with its keys; `beforeKeys` sees the rows before the keys are built.
Result<PartnerTable> loadPartnerTable(const Store &store, const QList<StoredProgram> &programs, const QLocale &locale,
                                      const std::function<void(const PartnerTable &)> &beforeKeys)
{
    auto listing = store.partnerListing();
    if (!listing)
        return std::unexpected(listing.error());
    PartnerTable table = PartnerTable::fromListing(std::move(*listing), programs, locale);
    beforeKeys(table);
    table.buildKeys();
    return table;
}

} // namespace

BackgroundJob *createPartnerLoadJob(const QString &location, const QLocale &locale,
                                    std::shared_ptr<PartnerTable> out, QObject *parent,
                                    std::shared_ptr<FirstRows> first)
{
    // The work announces the first rows through its job; the pointer is set before start().
    auto self = std::make_shared<BackgroundJob *>(nullptr);
    auto *job = new BackgroundJob(
        Tr::tr("Loading partners"),
        [location, locale, out, first, self](const ProgressFn &progress) -> Result<void> {
            auto opened = openDatabase(location);
            if (!opened)
                return std::unexpected(opened.error());
            ScopedDatabase db(std::move(*opened));
            Store store(*db);
            // One pass over the partners: a large page cache only adds memory.
            if (auto r = store.limitPageCache(4 * 1024); !r)
                return r;
            reportProgress(progress, 0, 2);
            bool posted = false;
            auto post = [&](PartnerTable &&rows) {
                first->table = std::move(rows);
                posted = true;
                (*self)->postPartialResult();
            };
            const auto programs = browserPrograms(store);
            if (!programs)
                return std::unexpected(programs.error());
            if (first && first->count > 0) {
                auto rows = firstRowsByName(store, *programs, locale, *first);
                if (!rows)
                    return std::unexpected(rows.error());
                if (*rows)
                    post(std::move(**rows));
            }
            reportProgress(progress, 1, 2);
            auto table = loadPartnerTable(store, *programs, locale, [&](const PartnerTable &unkeyed) {
                // Other orders choose the first rows once every row is read; a table no larger
                // than them is ready as soon as its keys are.
                if (posted || !first || unkeyed.rows.size() <= first->count)
                    return;
                first->totalRows = unkeyed.rows.size();
                post(PartnerTableModel::firstRows(unkeyed, first->column, first->order, first->count));
            });
            if (!table)
                return std::unexpected(table.error());
            *out = std::move(*table);
            reportProgress(progress, 2, 2);
            return {};
        },
        parent);
    *self = job;
    return job;
}

} // namespace pd::ui
