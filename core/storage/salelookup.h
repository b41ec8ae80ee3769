#pragma once
// Sale lines found by reference (issue 15): what import compares a file's line with, and the
// version-7 migration step that gives every stored line its reference.

#include "../result.h"
#include "database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace pd
{

// A stored sale line as import compares it with a line of a file.
struct StoredSaleLine {
    qint64 id = 0;
    qint64 partnerId = 0;
    qint64 customerId = 0;
    QDate soldOn;
    QString productLine;
    qint64 unitPriceMinor = 0;
    QString currency;
    int quantity = 0;
    bool renewal = false;
    qint64 returnsId = 0;
    QString returnsReference; // the reference of the line it returns
    bool voided = false;
};

// Looks the lines stored before an import up by reference, inside the import's transaction;
// voided lines (few) are read once by load(). Reads go straight to the driver's SQLite when
// sql::DirectStatement is available, else through QSqlQuery.
//
// Per line, a lookup queries the unique index of live references. With `bulk` (an import large
// relative to the table), load() reads the references of every live line and the units
// returned of every line once, and a lookup then only reads a line it finds, by id: no query
// needs the sales indexes, which a bulk SaleWriter drops. Either way the answers are about the
// lines stored when load() ran; lines the import writes are the caller's to remember.
class SaleLookup
{
public:
    explicit SaleLookup(Database &db);
    ~SaleLookup();
    SaleLookup(const SaleLookup &) = delete;
    SaleLookup &operator=(const SaleLookup &) = delete;

    Result<void> load(bool bulk = false);
    Result<std::optional<StoredSaleLine>> live(const QString &reference);
    QList<StoredSaleLine> voided(const QString &reference) const;
    // How many units of a stored line its live returns took back (a positive number).
    Result<qint64> returned(qint64 lineId);
    // The largest id of the sales table (0 when empty): its size, since lines are never deleted.
    static Result<qint64> maxId(Database &db);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

namespace schema
{
// Version 7: fills the reference of every stored line with the derived one (salereference.h;
// customers by code, identical lines numbered in id order), then makes references unique among
// live lines.
Result<void> addSaleReferences(Database &db);
} // namespace schema

} // namespace pd
