#pragma once

#include "../progress.h"
#include "../result.h"
#include "csvkinds.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace pd {

class Store;

// How an import treats records whose code exists already: refused (a located problem), or, for
// partners and customers with `update`, updated field by field (each change logged in
// record_changes with the file's name; tier changes go to the tier history, a changed partner of
// a customer is a customer move).
struct ImportOptions {
    bool update = false;
    QString changedBy; // who is recorded for the changes; empty: the database user
};

struct ImportResult {
    CsvKind kind = CsvKind::Partners;
    qint64 rows = 0;      // records added
    qint64 updated = 0;   // existing records changed (ImportOptions::update)
    qint64 unchanged = 0; // existing records the file holds as they are (ImportOptions::update)
    qint64 alreadyPresent = 0; // sales lines skipped because the database holds them (same reference and content)
};

// One problem of an import: FILE:LINE: column: reason (the column is empty for problems of a
// whole record, such as a wrong number of fields).
struct ImportIssue {
    QString file;
    qint64 line = 0;
    QString column;
    QString reason; // translated
    QString text() const;
};

// Imports one kind of record from one CSV file into a Store, all or nothing: every record is
// checked, every bad one is reported, and nothing is written unless all of them are good.
// The first line must name the columns (csvColumns(kind), in any order); unknown, repeated or
// missing required columns are reported before any record is read.
// Everything runs in one transaction: records are inserted while no problem has been seen, and
// the transaction is rolled back at the end if any problem was found or the import was cancelled.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(pd::Importer)

public:
    static constexpr int kListedIssues = 200;   // problems spelled out in the error message
    static constexpr int kKeptIssues = 10000;   // problems kept in issues()
    static constexpr int kProgressEvery = 4096; // records between progress calls

    explicit Importer(Store &store);

    // Called every kProgressEvery records with the bytes read and the size of the input (0 when
    // unknown); returning false cancels: nothing is written and the result is Error::Code::Cancelled.
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    // Update mode is for partners and customers only: other kinds are refused (InvalidInput).
    void setOptions(const ImportOptions &options) { m_options = options; }
    // Sales: whether to work in bulk (references read once, indexes rebuilt at the end; see
    // SaleLookup and SaleWriter). Unset: decided from the size of the input against the table's.
    // For tests and benchmarks, to run either path on the same data.
    void setBulk(std::optional<bool> bulk) { m_bulk = bulk; }

    Result<ImportResult> importFile(CsvKind kind, const QString &path);
    // `source` names the input in messages (a file name).
    Result<ImportResult> importDevice(CsvKind kind, QIODevice *device, const QString &source);

    // The problems found by the last import (at most kKeptIssues of them) and how many there were.
    const QList<ImportIssue> &issues() const { return m_issues; }
    qint64 issueCount() const { return m_issueCount; }

private:
    Result<ImportResult> importRows(CsvKind kind, QIODevice *device, const QString &source);
    // Logs the end of an import: counts and duration, or why nothing was imported.
    void logOutcome(CsvKind kind, const QString &source, const Result<ImportResult> &outcome, qint64 ms) const;
    void addIssue(const QString &file, qint64 line, const QString &column, const QString &reason);
    QString failureMessage(const QString &file) const;
    // The import stopped because the database refused the record on `line`.
    std::unexpected<Error> refused(const QString &source, qint64 line, const Error &error) const;

    Store &m_store;
    ProgressFn m_progress;
    ImportOptions m_options;
    std::optional<bool> m_bulk;
    QList<ImportIssue> m_issues;
    qint64 m_issueCount = 0;
};

} // namespace pd
