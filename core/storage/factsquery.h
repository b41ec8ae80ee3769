#pragma once

#include "../facts.h"
#include "../result.h"
#include "database.h"
#include "factsrows.h"

#include <optional>

namespace pd {

// Gathers PartnerFacts for every partner (or one, or a range) with four queries, whatever the
// number of partners and windows: one scan of the sales that any window needs, folded per partner
// in memory (sums, active customers, sales months for every window at once; FactsFolder), one of
// the compliance events, and aggregates of certified staff and scores. On SQLite the rows are read
// through the driver's own SQLite, without a QVariant per value (sql::Cursor).
class FactsQuery {
public:
    explicit FactsQuery(Database &db);
    Result<QHash<qint64, PartnerFacts>> run(const FactsRequest &request, std::optional<qint64> partnerId = {});
    // Partners whose ids are in [firstId, lastId]: the engine evaluates a large file in such
    // slices so that only one slice's facts are in memory at a time.
    Result<QHash<qint64, PartnerFacts>> runRange(const FactsRequest &request, qint64 firstId, qint64 lastId);
    // The rows of those facts, unfolded: the engine reads them here and folds them on its workers.
    Result<FactsRows> readRange(const FactsRequest &request, qint64 firstId, qint64 lastId);

private:
    Result<FactsRows> read(const FactsRequest &request, const QString &filter, const QVariantList &filterValues);
    Database &m_db;
};

} // namespace pd
