#pragma once

#include "../facts.h"
#include "../result.h"
#include "database.h"

#include <optional>

namespace pd {

// Gathers PartnerFacts for every partner (or one) with a fixed number of aggregate queries.
class FactsQuery {
public:
    explicit FactsQuery(Database &db);
    Result<QHash<qint64, PartnerFacts>> run(const FactsRequest &request, std::optional<qint64> partnerId = {});
    // Partners whose ids are in [firstId, lastId]: the engine evaluates a large file in such
    // slices so that only one slice's facts are in memory at a time.
    Result<QHash<qint64, PartnerFacts>> runRange(const FactsRequest &request, qint64 firstId, qint64 lastId);
    // The same statements with their parameters written in, for the sqlite3 comparison benchmark.
    static QStringList statementsForBenchmark(const FactsRequest &request);

private:
    Result<QHash<qint64, PartnerFacts>> gather(
        const FactsRequest &request, const QString &filter, const QVariantList &filterValues);
    Database &m_db;
};

} // namespace pd
