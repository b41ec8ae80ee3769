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
    // The same statements with their parameters written in, for the sqlite3 comparison benchmark.
    static QStringList statementsForBenchmark(const FactsRequest &request);

private:
    Database &m_db;
};

} // namespace pd
