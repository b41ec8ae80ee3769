#pragma once
// Internal to core: writing the sales lines of an import (issue 17).

#include "../records.h"
#include "../result.h"
#include "database.h"

#include <memory>

namespace pd {

// Inserts many sales lines through one prepared statement, inside a transaction that the caller
// holds: straight into the driver's SQLite when sql::DirectStatement is available, else through
// QSqlQuery (PostgreSQL, or the direct path switched off).
//
// Bulk mode (SQLite only) is for a batch large relative to the table: the sales indexes are
// dropped just before the first line is written (all but two cheaper to keep up line by line), and finish() builds them again from their own
// definitions, still inside the transaction. The unique index of live references is built again
// too, so the database itself still refuses a duplicate; a rollback brings the indexes back as
// they were. Triggers are never touched. Nothing is dropped while nothing is written.
class SaleWriter {
public:
    explicit SaleWriter(Database &db);
    ~SaleWriter();
    SaleWriter(const SaleWriter &) = delete;
    SaleWriter &operator=(const SaleWriter &) = delete;

    void setBulk(bool bulk);
    // Writes one line; returns its id. In bulk mode on SQLite lines are written in batches (of
    // 128), so the database may refuse a line at a later add() or at finish(): `tag` (a
    // line number) says which, through failedTag().
    Result<qint64> add(const Sale &s, qint64 tag = 0);
    // After add() or finish() failed: the tag of the line the database refused (0: none was).
    qint64 failedTag() const;
    // After the last line: writes the lines still held, then builds again the indexes bulk mode
    // dropped.
    Result<void> finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pd
