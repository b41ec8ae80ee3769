#pragma once

#include "../result.h"
#include "csvkinds.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace pd {

// Writes RFC 4180 CSV: comma delimiter, LF line ends, UTF-8 without a byte-order mark. A field is
// quoted only when it must be (it holds a comma, a quote or a line break), so that CsvReader
// reads back exactly what was written. After writeHeader(columns), the text cells of every row are
// guarded against spreadsheet formulas (csvEscapeText); a row written without a header is written
// as it is.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(pd::CsvWriter)

public:
    explicit CsvWriter(QIODevice *device);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Writes the columns' names and escapes the text cells of the rows that follow.
    void writeHeader(const QList<CsvColumn> &columns);
    // Rows are buffered; a write error is remembered and reported by finish().
    void writeRow(const QStringList &fields);
    // The same row written a field at a time from UTF-8 (the bulk paths, which read the database's
    // bytes): writeField() for each field in the columns' order, then endRow().
    void writeField(QByteArrayView utf8);
    void endRow();
    // Writes what is buffered and reports the first write error.
    Result<void> finish();

    static QByteArray encodeField(const QString &field);

private:
    void flush();

    QIODevice *m_device;
    QList<CsvColumn> m_columns;
    QByteArray m_buf;
    qsizetype m_rowStart = 0; // where the row being written starts in m_buf
    qsizetype m_field = 0; // fields of that row written so far
    QString m_error;
};

} // namespace pd
