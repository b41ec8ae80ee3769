#pragma once

#include "../progress.h"
#include "../result.h"
#include "csvkinds.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace pd {

class Store;
class CsvWriter;

// Writes one kind of record to CSV with exactly the columns Importer reads (csvColumns(kind)):
// codes instead of ids, money as plain decimals in the currency's minor unit ("1234.50"), dates
// as YYYY-MM-DD. Importing the files into an empty database (partners, customers, moves, then
// the rest) and exporting again gives the same bytes.
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(pd::Exporter)

public:
    explicit Exporter(const Store &store);

    // Called once per partner for the kinds read partner by partner, every few thousand lines of
    // a sales export (with the lines done and their number), and at the end of every export;
    // returning false cancels the export with Error::Code::Cancelled.
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }

    // Writes the file whole or not at all (it replaces an existing file only on success).
    // Returns the number of records written, without the header.
    Result<qint64> exportFile(CsvKind kind, const QString &path);
    Result<qint64> exportDevice(CsvKind kind, QIODevice *device);

    // The one query a sales export streams (bench_core runs it in the sqlite3 shell as the floor).
    static QString salesQuery();

private:
    Result<qint64> writeRecords(CsvKind kind, CsvWriter &out);
    Result<qint64> writePartnerRecords(CsvKind kind, CsvWriter &out);
    Result<qint64> writeFxRates(CsvWriter &out);
    Result<qint64> writeMoves(CsvWriter &out);
    Result<qint64> writeSales(CsvWriter &out);

    const Store &m_store;
    ProgressFn m_progress;
};

} // namespace pd
