#pragma once
// Internal to core/io: the per-kind checks and inserts behind pd::Importer.

#include "../records.h"
#include "../result.h"
#include "csvkinds.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace pd {

class Store;

namespace importing {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Importer)
};

// One CSV record mapped to its kind's columns: values[i] is column i of csvColumns(kind),
// trimmed; empty when an optional column is absent from the file.
class Row {
public:
    struct Issue {
        int column = -1; // index into csvColumns(kind); -1 for the whole record
        QString reason;
    };

    qint64 line = 0;
    QStringList values;
    QList<Issue> issues;
    std::optional<Error> storageError; // the database refused a good record: the import stops
    bool present = false; // a good record that the database holds already: skipped, counted

    const QString &operator[](int column) const { return values.at(column); }
    void fail(int column, const QString &reason) { issues.append(Issue { column, reason }); }
    bool ok() const { return issues.isEmpty(); }

    // Common checks. Each reports its own problem and returns an empty/invalid value on failure.
    bool requireText(int column);
    QDate date(int column, bool optional = false);
    QString country(int column, bool optional = false); // ISO 3166-1 alpha-2, upper case

private:
    // Large files repeat the same few thousand dates: parse each text once.
    QHash<QString, QDate> m_dates;
};

// Checks and stores the records of one kind. Lookups are loaded once by prepare().
class RowHandler {
public:
    explicit RowHandler(Store &store)
        : m_store(store)
    {
    }
    virtual ~RowHandler() = default;
    RowHandler(const RowHandler &) = delete;
    RowHandler &operator=(const RowHandler &) = delete;

    virtual Result<void> prepare() = 0;
    // Checks one record, adding its problems to row.issues. A good record is stored when `write`
    // is set; when it is not, only what later records depend on is remembered (codes seen in this
    // file, staff members to be created).
    virtual void handle(Row &row, bool write) = 0;
    // After the last record: problems only the whole file shows, each with its line.
    struct LateIssue {
        qint64 line = 0;
        Row::Issue issue;
    };
    virtual QList<LateIssue> finish() { return {}; }

protected:
    Store &m_store;
};

std::unique_ptr<RowHandler> makePartnerRows(Store &store);
std::unique_ptr<RowHandler> makeCustomerRows(Store &store);
std::unique_ptr<RowHandler> makeCertificationRows(Store &store);
std::unique_ptr<RowHandler> makeEventRows(Store &store);
std::unique_ptr<RowHandler> makeScoreRows(Store &store);
std::unique_ptr<RowHandler> makeSaleRows(Store &store);
std::unique_ptr<RowHandler> makeFxRateRows(Store &store);
std::unique_ptr<RowHandler> makeMoveRows(Store &store);
std::unique_ptr<RowHandler> makeRowHandler(CsvKind kind, Store &store);

// A translated "one of: a, b, c" list for messages.
QString oneOf(const QStringList &allowed);

} // namespace importing
} // namespace pd
