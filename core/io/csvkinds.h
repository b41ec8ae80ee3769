#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd {

// What one CSV file holds: import reads one kind per file, export writes one kind per file.
// Export writes exactly the columns import reads, so an export re-imports unchanged.
// Moves are customers' past partners (customer moves): export writes customers with their partner
// now, and moves let import accept their earlier sales with the partners they were with then.
enum class CsvKind { Partners, Certifications, Customers, Sales, Events, Scores, FxRates, Moves };

// What a column's values are. A text cell that a spreadsheet would take for a formula is written
// with a leading apostrophe (csvEscapeText); numbers and dates are written as they are.
enum class CsvValue { Text, Number };

struct CsvColumn {
    QString name;
    // A required column must be in the header; an optional one may be left out, which is the
    // same as leaving every value of it empty.
    bool required = true;
    // The most characters a value may have (after trimming): codes, keys, dates and numbers 64,
    // names 200, e-mail addresses 254, notes and web addresses 2000.
    int maxLength = 64;
    CsvValue value = CsvValue::Text;
};

// CSV injection. A text value that starts with =, +, -, @, tab or carriage return, after any
// apostrophes it already starts with, is written with one more apostrophe in front; a cell that
// is one or more apostrophes followed by one of those characters is read with one apostrophe
// less. Every other cell is read as it is, so that csvUnescapeText(csvEscapeText(v)) == v for
// every v, and a file written by hand keeps its apostrophes unless one guards a formula.
QString csvEscapeText(const QString &value);
QString csvUnescapeText(const QString &cell);
// Whether csvEscapeText would add an apostrophe, decided on the value's UTF-8 bytes.
bool csvNeedsFormulaGuard(QByteArrayView utf8);

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
