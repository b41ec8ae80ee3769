#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace pd {

// One record of a CSV file. A malformed record is still returned, with `error` set, so that a
// caller can report every bad record of a file and not only the first.
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;      // physical line (1-based) where the record starts
    QString error;        // translated; empty when the record is well-formed
    qint64 errorLine = 0; // physical line of the problem (a record may span lines)
    bool isValid() const { return error.isEmpty(); }
};

// Streaming reader of RFC 4180 CSV over a QIODevice, in chunks (a file is never read whole).
// - UTF-8 with or without a byte-order mark; invalid UTF-8 makes the record malformed.
// - Fields may be quoted; quoted fields may hold delimiters, doubled quotes and line breaks
//   (kept as they are in the file). Records end with LF, CRLF or a lone CR.
// - The delimiter is detected from the header line: comma, semicolon (spreadsheets in Spanish
//   and Russian locales) or tab, whichever occurs most often outside quotes; comma when none does.
// - Empty lines between records are skipped.
// - After readHeader(), a record with a different number of fields than the header is malformed.
// - Limits: a record (its line, or lines when a quoted field spans several) holds at most
//   kMaxRecordBytes, a field at most kMaxFieldBytes. A longer field makes its record malformed;
//   a longer record is reported at its first line and ends reading, so that input without line
//   breaks (/dev/zero) is refused after reading about kMaxRecordBytes, never held whole.
// Recovery: after a stray quote the reader continues at the next physical line; an unterminated
// quote runs to the end of the input and ends reading.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(pd::CsvReader)

public:
    static constexpr qsizetype kMaxRecordBytes = 1 << 20; // 1 MiB
    static constexpr qsizetype kMaxFieldBytes = 64 << 10; // 64 KiB

    explicit CsvReader(QIODevice *device);

    // Reads the first record as the header and fixes the number of fields every later record
    // must have. False on empty input; a malformed header (or a UTF-16 file) comes back with its
    // error set.
    bool readHeader(CsvRecord &header);
    // Reads the next record into `record`; false at the end of the input.
    bool next(CsvRecord &record);

    char delimiter() const { return m_delimiter; }
    void setDelimiter(char delimiter) { m_delimiter = delimiter; m_delimiterKnown = true; }
    qint64 bytesRead() const { return m_consumed + m_pos; } // for progress
    qint64 totalBytes() const; // -1 for sequential devices

private:
    enum class Parse { Record, NeedMore, End, TooLong };
    struct Span {
        qsizetype begin = 0;
        qsizetype end = 0;
        bool escaped = false; // holds doubled quotes to undo
    };

    bool fill();
    void detectDelimiter();
    Parse parse(CsvRecord &record);
    Parse skipLine(qsizetype from, qsizetype &out) const; // to the end of the physical line
    void convert(CsvRecord &record);
    void refuseLongRecord(CsvRecord &record);

    QIODevice *m_device;
    QByteArray m_buf;
    qsizetype m_pos = 0;   // first unread byte of m_buf
    qint64 m_consumed = 0; // bytes dropped from the front of m_buf
    qint64 m_line = 1;     // physical line at m_pos
    bool m_eof = false;
    bool m_started = false;
    bool m_stopped = false; // after an unterminated quote
    bool m_delimiterKnown = false;
    char m_delimiter = ',';
    qsizetype m_expectedFields = 0; // 0: not checked
    QList<Span> m_spans;
};

// True when `data` is well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF). *badOffset receives the offset of the first bad byte.
bool isValidUtf8(const char *data, qsizetype size, qsizetype *badOffset = nullptr);

} // namespace pd
