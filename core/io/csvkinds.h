#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd {

// What one CSV file holds: import reads one kind per file, export writes one kind per file.
// Export writes exactly the columns import reads, so an export re-imports unchanged.
enum class CsvKind { Partners, Certifications, Customers, Sales, Events, Scores, FxRates };

struct CsvColumn {
    QString name;
    // A required column must be in the header; an optional one may be left out, which is the
    // same as leaving every value of it empty.
    bool required = true;
    // The most characters a value may have (after trimming): codes, keys, dates and numbers 64,
    // names 200, e-mail addresses 254, notes and web addresses 2000.
    int maxLength = 64;
};

QString csvKindKey(CsvKind kind); // "partners", "sales", ...
std::optional<CsvKind> csvKindFromKey(const QString &key);
QList<CsvKind> csvKinds(); // in dependency order: partners before the records that name them
QStringList csvKindKeys();
// Whether an import may update existing records of the kind by code (partners, customers).
bool csvKindUpdatable(CsvKind kind);

// The columns of a kind, in the order export writes them. Import accepts them in any order.
QList<CsvColumn> csvColumns(CsvKind kind);
QStringList csvColumnNames(CsvKind kind);

} // namespace pd
