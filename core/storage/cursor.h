#pragma once
// Internal to core/storage: reads a query's rows as integers and UTF-8 text, through the driver's
// own SQLite (DirectStatement) where it can, else through QSqlQuery (PostgreSQL, or a driver
// whose SQLite cannot be reached). Bulk readers (evaluation facts) use it so that one piece of
// code serves both backends, and SQLite pays no QVariant per value.

#include "../result.h"
#include "database.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVariantList>
#include <memory>

namespace pd::sql {

class Cursor {
public:
    // Runs `sql` with positional `values` (integers, strings, dates as ISO text, null).
    static Result<std::unique_ptr<Cursor>> open(const Database &db, const QString &sql, const QVariantList &values);
    virtual ~Cursor() = default;
    // True with a row to read; false at the end or on an error (see finished()).
    virtual bool next() = 0;
    virtual Result<void> finished() const = 0;
    // Values of the current row by 0-based column; a boolean reads as 0 or 1. text() stays valid
    // until the next call to text() for the same column or to next().
    virtual qint64 int64(int column) const = 0;
    virtual QByteArrayView text(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

} // namespace pd::sql
