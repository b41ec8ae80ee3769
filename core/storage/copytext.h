#pragma once
// Internal to core/storage: PostgreSQL's COPY text format (one row a line, fields separated by
// tabs, \N for NULL, backslash escapes), written for COPY ... FROM STDIN and read back from
// COPY ... TO STDOUT. UTF-8 throughout (the connection's client encoding).

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>
#include <vector>

namespace pd::sql {

// Appends the fields of rows to `out`; end() closes each row.
class CopyRowWriter {
public:
    explicit CopyRowWriter(QByteArray &out)
        : m_out(out)
    {
    }
    void utf8(QByteArrayView text);
    void text(QStringView text);
    void int64(qint64 value);
    void null();
    void end();

private:
    void separate();
    QByteArray &m_out;
    bool m_first = true;
    QByteArray m_scratch; // text() converts here first
};

// One line of COPY text output split into its fields. A field without escapes is a view into the
// line; the others are decoded into buffers of this object. Views stay valid until the next parse().
class CopyLine {
public:
    // `line` without its newline. False when it is not well formed (a backslash at its end).
    bool parse(QByteArrayView line);
    int size() const { return int(m_fields.size()); }
    bool isNull(int field) const { return field < size() && m_nulls[size_t(field)]; }
    // Empty for a NULL and for a field past the end.
    QByteArrayView field(int field) const { return field < size() ? m_fields[size_t(field)] : QByteArrayView(); }

private:
    std::vector<QByteArrayView> m_fields;
    std::vector<char> m_nulls;
    std::vector<QByteArray> m_decoded; // one per field that had escapes
};

} // namespace pd::sql
