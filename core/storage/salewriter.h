#pragma once
// Internal to core: writing the sales lines of an import (issue 17).

#include "../records.h"
#include "../result.h"
#include "database.h"

#include <memory>

namespace pd {

// Inserts many sales lines through one prepared statement, inside a transaction that the caller
// holds: straight into the driver's SQLite when sql::DirectStatement is available, else through
// QSqlQuery (PostgreSQL without COPY, or the direct path switched off). On PostgreSQL, lines are
// sent with COPY (sql::PgCopy) a few thousand at a time, with ids taken from the table's sequence
// beforehand: a line reaches the table at the latest when finish() returns, and a refusal of the
// server may be reported by a later add() or by finish(), naming the line (refusedLine()).
//
// Bulk mode (SQLite only) is for a batch large relative to the table: the sales indexes are
// dropped just before the first line is written (all but two, cheaper to keep up line by line),
// and finish() builds them again from their own definitions, still inside the transaction. The unique index of live references is built again
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
    // 128), and on PostgreSQL through COPY, so the database may refuse a line at a later add() or
    // at finish(): `line` names it in refusedLine().
    Result<qint64> add(const Sale &s, qint64 line = 0);
    // After the last line: writes the lines still held, then builds again the indexes bulk mode
    // dropped.
    Result<void> finish();
    // After add() or finish() failed: the `line` of the sale the database refused, 0 when the
    // failure names none.
    qint64 refusedLine() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pd
