#pragma once

#include "../result.h"
#include "database.h"

#include <QByteArrayView>
#include <QString>
#include <functional>

namespace pd
{

// One live sale line as an export writes it. The texts are UTF-8 and stay valid only during the
// call that receives the row.
struct SaleStreamRow {
    QByteArrayView soldOn; // YYYY-MM-DD
    QByteArrayView partnerCode;
    QByteArrayView customerCode; // empty for a line without a customer
    QByteArrayView productLine;
    qint64 unitPriceMinor = 0;
    QByteArrayView currency;
    qint64 quantity = 0;
    bool renewal = false;
    QByteArrayView reference;
    QByteArrayView returnsReference; // of the live line of the same partner a return returns
};

// Every live sale in one streaming query, partner by partner (by id) and in date order as the
// store reads them, with the partner's and the customer's codes (the customer may be with another
// partner now). Read through sql::Cursor: straight from the driver's SQLite when it can, else, and
// on PostgreSQL, through QSqlQuery: the same values either way.
class SaleStream
{
public:
    // Called for each row; returning false stops the stream (which then still succeeds).
    using RowFn = std::function<bool(const SaleStreamRow &)>;

    static Result<qint64> liveCount(const Database &db);
    static Result<void> run(const Database &db, const RowFn &row);
    // The query run() streams (bench_core runs it in the sqlite3 shell as the floor).
    static QString query();
};

} // namespace pd
