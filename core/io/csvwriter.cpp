#include "csvwriter.h"

#include <QIODevice>

namespace pd {

namespace {
constexpr qsizetype kFlushAt = 1 << 20;

// The characters that call for quotes are ASCII, so UTF-8 bytes can be looked at one by one.
bool needsQuotes(QByteArrayView utf8)
{
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

// Appends one field, quoted if it must be, with `prefix` (a formula guard) in front of its text.
void appendField(QByteArray &out, QByteArrayView prefix, QByteArrayView utf8)
{
    if (!needsQuotes(utf8)) {
        out.append(prefix).append(utf8);
        return;
    }
    out.append('"').append(prefix);
    for (qsizetype from = 0;;) {
        const qsizetype quote = utf8.indexOf('"', from);
        if (quote < 0) {
            out.append(utf8.sliced(from));
            break;
        }
        out.append(utf8.sliced(from, quote + 1 - from)).append('"');
        from = quote + 1;
    }
    out.append('"');
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buf.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

QByteArray CsvWriter::encodeField(const QString &field)
{
    QByteArray out;
    appendField(out, {}, field.toUtf8());
    return out;
}

void CsvWriter::writeHeader(const QList<CsvColumn> &columns)
{
    QStringList names;
    for (const CsvColumn &c : columns)
        names << c.name;
    m_columns.clear(); // the names themselves are written as they are
    writeRow(names);
    m_columns = columns;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &field : fields)
        writeField(field.toUtf8());
    endRow();
}

void CsvWriter::writeField(QByteArrayView utf8)
{
    if (m_field > 0)
        m_buf.append(',');
    const bool text = m_field < m_columns.size() && m_columns.at(m_field).value == CsvValue::Text;
    appendField(m_buf, text && csvNeedsFormulaGuard(utf8) ? QByteArrayView("'") : QByteArrayView(), utf8);
    ++m_field;
}

void CsvWriter::endRow()
{
    // A record of one empty field would be an empty line, which readers skip.
    if (m_field == 1 && m_buf.size() == m_rowStart)
        m_buf.append("\"\"");
    m_buf.append('\n');
    m_field = 0;
    if (m_buf.size() >= kFlushAt)
        flush();
    m_rowStart = m_buf.size();
}

void CsvWriter::flush()
{
    if (m_buf.isEmpty())
        return;
    if (m_error.isEmpty() && m_device->write(m_buf) != m_buf.size())
        m_error = tr("Writing the CSV file failed: %1").arg(m_device->errorString());
    m_buf.clear();
}

Result<void> CsvWriter::finish()
{
    flush();
    if (!m_error.isEmpty())
        return fail(Error::Code::Storage, m_error);
    return {};
}

} // namespace pd
