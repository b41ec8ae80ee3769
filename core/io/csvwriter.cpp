#include "csvwriter.h"

#include <QIODevice>

namespace pd {

namespace {
constexpr qsizetype kFlushAt = 1 << 20;

bool needsQuotes(const QString &field)
{
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
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
    if (!needsQuotes(field))
        return field.toUtf8();
    QByteArray out = field.toUtf8();
    out.replace(QByteArrayView("\""), QByteArrayView("\"\""));
    out.prepend('"');
    out.append('"');
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
    // A record of one empty field would be an empty line, which readers skip.
    if (fields.size() == 1 && fields.front().isEmpty()) {
        m_buf.append("\"\"\n");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buf.append(',');
            const bool text = i < m_columns.size() && m_columns.at(i).value == CsvValue::Text;
            m_buf.append(encodeField(text ? csvEscapeText(fields.at(i)) : fields.at(i)));
        }
        m_buf.append('\n');
    }
    if (m_buf.size() >= kFlushAt)
        flush();
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
