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

    // What a good record did: added, or (in update mode) changed or left as it was, or skipped
    // because the database holds it already (a sales line of the same reference and content).
    enum class Outcome { Added, Updated, Unchanged, AlreadyPresent };

    qint64 line = 0;
    QStringList values;
    QList<bool> present; // present[i]: column i is in the file's header
    QList<Issue> issues;
    Outcome outcome = Outcome::Added;
    std::optional<Error> storageError; // the database refused a good record: the import stops
    Sale sale; // a sales line as SaleRows::check() read it from the fields

    const QString &operator[](int column) const { return values.at(column); }
    bool has(int column) const { return present.value(column); }
    void fail(int column, const QString &reason) { issues.append(Issue { column, reason }); }
    bool ok() const { return issues.isEmpty(); }

    // Common checks. Each reports its own problem and returns an empty/invalid value on failure.
    bool requireText(int column);
    QDate date(int column, bool optional = false);
    QString country(int column, bool optional = false); // ISO 3166-1 alpha-2, upper case
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

    // Update mode (ImportOptions::update): who changes, and the file named as each change's source.
    struct Updates {
        bool enabled = false;
        QString source;
        QString changedBy;
    };
    void setUpdates(Updates updates) { m_updates = std::move(updates); }
    // The size of the input in bytes (0 when unknown), for handlers that work in bulk when the
    // file is large relative to what the database holds.
    void setInputBytes(qint64 bytes) { m_inputBytes = bytes; }
    // Forces bulk work on or off (ImportOptions::bulk).
    void setBulk(std::optional<bool> bulk) { m_bulk = bulk; }

    virtual Result<void> prepare() = 0;
    // The checks of one record that need only its fields and what prepare() loaded, adding its
    // problems to row.issues. They run ahead of handle(), on another thread (RowSource): they
    // must not touch what handle() reads or changes, nor the database.
    virtual void check(Row &row) { Q_UNUSED(row); }
    // Then the rest, on the thread that owns the database, record after record in file order. A
    // good record is stored when `write` is set; when it is not, only what later records depend
    // on is remembered (codes seen in this file, staff members to be created).
    virtual void handle(Row &row, bool write) = 0;
    // After the last record: problems only the whole file shows, each with its line.
    struct LateIssue {
        qint64 line = 0;
        Row::Issue issue;
    };
    virtual QList<LateIssue> finish() { return {}; }
    // When every record was good, before the transaction commits: work left to do on what was
    // written (sales build again the indexes a bulk import dropped). An error fails the import.
    virtual Result<void> complete() { return {}; }
    // After complete() failed: the line of the record the database refused, when it refused
    // one there (sales write their last lines in complete()); 0 otherwise.
    virtual qint64 refusedLine() const { return 0; }

protected:
    Store &m_store;
    Updates m_updates;
    qint64 m_inputBytes = 0;
    std::optional<bool> m_bulk;
};

// The columns of partners and customers, in the order of csvColumns(kind).
struct PartnerColumns {
    enum Column { Code, Name, Country, Region, Category, Subcategory, ProgramKey, TierKey, TierSince, JoinedOn,
                  TerritoryText, BrandKey, Website, Owner, RowVersion };
};
struct CustomerColumns {
    enum Column { Code, PartnerCode, Name, Country };
};

// Update mode (import_updates.cpp). `incoming` is the row's checked record; only what differs
// from `stored` is written, each field with its record_changes entry, when `write` is set.
// Problems (a stale row version, another program, a conflict) are added to the row.
void updatePartner(Store &store, const RowHandler::Updates &updates, Row &row, const Partner &stored,
                   const Partner &incoming, bool write);
// `partnerCodes`: partner code by id, for the logged partner of a moved customer.
void updateCustomer(Store &store, const RowHandler::Updates &updates, Row &row, const Customer &stored,
                    const Customer &incoming, const QHash<qint64, QString> &partnerCodes, bool write);

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
