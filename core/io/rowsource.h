#pragma once
// Internal to core/io: the records of an import's file as Rows, read ahead on a second thread
// (issue 17): parsing the CSV and the checks that need nothing but the record run there, while
// the caller's thread, which owns the database connection, checks the rest and writes.

#include "csvkinds.h"
#include "importhandlers.h"

#include <memory>

namespace pd {
class CsvReader;
}

namespace pd::importing {

// One record after the header: a Row, or a malformed record's problem.
struct SourceRecord {
    Row row;              // filled when `error` is empty
    QString error;        // translated; a malformed record's problem
    qint64 errorLine = 0; // where it is
    qint64 bytesRead = 0; // of the input, up to the end of this record
};

// Reads the records after the header, maps them to the kind's columns (trimmed, Text cells
// unescaped, lengths checked) and runs the handler's check() on each well-formed one.
// With `threaded`, a second thread does this a few batches ahead of the caller, which still gets
// the records in file order: until the source is destroyed, that thread alone uses the reader,
// its device and RowHandler::check(). Destroying the source early stops it.
class RowSource {
public:
    // `columnAt[i]`: the column of the header's field i (-1 for none); `present[c]`: column c is
    // in the header.
    RowSource(CsvReader &reader, const QList<CsvColumn> &columns, const QList<int> &columnAt,
              const QList<bool> &present, RowHandler &handler, bool threaded);
    ~RowSource();
    RowSource(const RowSource &) = delete;
    RowSource &operator=(const RowSource &) = delete;

    // The next record, valid until the next call; nullptr after the last one.
    SourceRecord *next();
    // Bytes of the input read so far by the records returned (all of it after the last).
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    qint64 m_bytesRead = 0;
};

} // namespace pd::importing
