#pragma once
// Internal to core/storage: PostgreSQL's COPY (issue 22), on the QPSQL driver's own connection
// through the libpq that driver loaded (found as sqlitedirect.h finds SQLite: never linked).
// COPY moves rows in a stream instead of one round trip and one statement per row. It runs
// inside whatever transaction the connection is in: a failure aborts that transaction, as any
// failed statement does on PostgreSQL.
//
// Nothing else may run on the connection while a copy is open (the protocol allows nothing
// else): CopyIn sends all its rows in one call, and a CopyOut must be read to its end or
// destroyed before the next statement.

#include "../result.h"
#include "database.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

namespace pd::sql {

class PgCopy {
public:
    // True when `db` is a PostgreSQL database whose driver's libpq functions were found and COPY
    // is not switched off (setEnabled, or PD_NO_PG_COPY=1 in the environment).
    static bool available(const Database &db);
    static void setEnabled(bool enabled);

    // Runs `copySql` (COPY table (columns) FROM STDIN) with `rows` in the text format
    // (copytext.h). Returns the number of rows written. When the server refuses a row,
    // `refusedRow` (if given) is set to its 1-based number in `rows`, 0 when no row is named.
    static Result<qint64> in(const Database &db, const QString &copySql, QByteArrayView rows,
                             qint64 *refusedRow = nullptr);
};

// COPY (query) TO STDOUT, read a line at a time.
class PgCopyOut {
public:
    // `query` is a SELECT without parameters. Only call it when PgCopy::available(db).
    static Result<std::unique_ptr<PgCopyOut>> open(const Database &db, const QString &query);
    // Before the end of the rows: cancels the copy and reads what is left of it.
    ~PgCopyOut();
    PgCopyOut(const PgCopyOut &) = delete;
    PgCopyOut &operator=(const PgCopyOut &) = delete;

    // True with a line to read; false at the end or on an error (see finished()).
    bool next();
    // The current line in the text format, without its newline; valid until the next next().
    QByteArrayView line() const { return m_line; }
    Result<void> finished() const;

private:
    PgCopyOut(const Database &db, void *connection, const QString &query);
    void release();
    const Database &m_db;
    void *m_connection = nullptr;
    QString m_query;
    char *m_buffer = nullptr; // libpq's, freed by release()
    QByteArrayView m_line;
    bool m_open = true;
    std::optional<Error> m_error;
};

} // namespace pd::sql
