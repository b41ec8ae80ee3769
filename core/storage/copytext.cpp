#include "copytext.h"

#include "utf8.h"

#include <QString>

namespace pd::sql {

void CopyRowWriter::separate()
{
    if (!m_first)
        m_out.append('\t');
    m_first = false;
}

void CopyRowWriter::utf8(QByteArrayView text)
{
    separate();
    qsizetype plain = 0; // the start of the run of characters that need no escape
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char escaped = c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\0';
        if (!escaped)
            continue;
        m_out.append(text.sliced(plain, i - plain));
        m_out.append('\\');
        m_out.append(escaped);
        plain = i + 1;
    }
    m_out.append(text.sliced(plain));
}

void CopyRowWriter::text(QStringView text)
{
    utf8Into(text, m_scratch);
    utf8(m_scratch);
}

void CopyRowWriter::int64(qint64 value)
{
    separate();
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    // Built from the unsigned magnitude, so that the smallest qint64 has one too.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--p = '-';
    m_out.append(p, end - p);
}

void CopyRowWriter::null()
{
    separate();
    m_out.append("\\N", 2);
}

void CopyRowWriter::end()
{
    m_out.append('\n');
    m_first = true;
}

bool CopyLine::parse(QByteArrayView line)
{
    m_fields.clear();
    m_nulls.clear();
    size_t decoded = 0;
    qsizetype start = 0;
    for (;;) {
        qsizetype end = start;
        bool escapes = false;
        while (end < line.size() && line[end] != '\t') {
            if (line[end] == '\\') {
                escapes = true;
                if (++end == line.size())
                    return false;
            }
            ++end;
        }
        const QByteArrayView raw = line.sliced(start, end - start);
        if (raw == QByteArrayView("\\N")) {
            m_fields.emplace_back();
            m_nulls.push_back(1);
        } else if (!escapes) {
            m_fields.push_back(raw);
            m_nulls.push_back(0);
        } else {
            if (m_decoded.size() <= decoded)
                m_decoded.resize(decoded + 1);
            QByteArray &out = m_decoded[decoded++];
            out.resize(0); // keeps its capacity for the next line
            for (qsizetype i = 0; i < raw.size(); ++i) {
                char c = raw[i];
                if (c == '\\') {
                    c = raw[++i];
                    switch (c) {
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    case 'v': c = '\v'; break;
                    default: break; // \\ and any other character stand for themselves
                    }
                }
                out.append(c);
            }
            m_fields.push_back(out);
            m_nulls.push_back(0);
        }
        if (end == line.size())
            return true;
        start = end + 1;
    }
}

} // namespace pd::sql
