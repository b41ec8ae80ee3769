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

// Looks lines up by reference through the unique index of live lines, inside the caller's
// transaction; voided lines (few) are read once by load().
class SaleLookup
{
public:
    explicit SaleLookup(Database &db);
    ~SaleLookup();
    SaleLookup(const SaleLookup &) = delete;
    SaleLookup &operator=(const SaleLookup &) = delete;

    Result<void> load();
    Result<std::optional<StoredSaleLine>> live(const QString &reference);
    QList<StoredSaleLine> voided(const QString &reference) const;
    // How many units of a line its live returns took back (a positive number).
    Result<qint64> returned(qint64 lineId);

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
