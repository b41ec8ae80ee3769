#include "csvreader.h"

#include <QIODevice>
#include <cstring>

namespace pd {

namespace {

// Read size. A record longer than what is buffered makes the buffer grow by its own size, so a
// very long record still costs linear time.
constexpr qsizetype kChunk = 1 << 20;

// Line breaks in b[from, to): LF, CRLF (counted once) and a lone CR. `n` bounds the look-ahead.
qint64 countBreaks(const char *b, qsizetype from, qsizetype to, qsizetype n)
{
    qint64 k = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (b[i] == '\n')
            ++k;
        else if (b[i] == '\r' && (i + 1 >= n || b[i + 1] != '\n'))
            ++k;
    }
    return k;
}

// Bytes that need a closer look: parts of multi-byte UTF-8 sequences, or NUL (which plain text
// never holds; a UTF-16 file without a byte-order mark is full of them).
bool hasSpecialBytes(const char *b, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const auto c = static_cast<unsigned char>(b[i]);
        if (c >= 0x80 || c == 0)
            return true;
    }
    return false;
}

} // namespace

bool isValidUtf8(const char *data, qsizetype size, qsizetype *badOffset)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        if (i + extra >= size) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80) {
                if (badOffset)
                    *badOffset = i;
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        i += extra + 1;
    }
    return true;
}

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
}

qint64 CsvReader::totalBytes() const
{
    return m_device->isSequential() ? -1 : m_device->size();
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_consumed += m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_buf.size();
    const qsizetype want = qMax(kChunk, old);
    m_buf.resize(old + want);
    qint64 got = m_device->read(m_buf.data() + old, want);
    if (got == 0 && m_device->isSequential() && !m_device->atEnd() && m_device->waitForReadyRead(-1))
        got = m_device->read(m_buf.data() + old, want);
    if (got < 0)
        got = 0;
    m_buf.resize(old + qsizetype(got));
    if (got == 0)
        m_eof = true;
    return got > 0;
}

void CsvReader::detectDelimiter()
{
    // The header line decides: count candidates outside quotes up to the first line break.
    for (;;) {
        const char *b = m_buf.constData();
        const qsizetype n = m_buf.size();
        int comma = 0, semicolon = 0, tab = 0;
        bool quoted = false;
        bool complete = false;
        for (qsizetype i = m_pos; i < n; ++i) {
            const char c = b[i];
            if (c == '"')
                quoted = !quoted;
            else if (quoted)
                continue;
            else if (c == '\n' || c == '\r') {
                complete = true;
                break;
            } else if (c == ',')
                ++comma;
            else if (c == ';')
                ++semicolon;
            else if (c == '\t')
                ++tab;
        }
        // A header longer than a record may be is refused by parse(); no need to read further.
        if (!complete && n - m_pos <= kMaxRecordBytes && fill())
            continue;
        m_delimiter = ',';
        if (semicolon > comma && semicolon >= tab)
            m_delimiter = ';';
        else if (tab > comma && tab > semicolon)
            m_delimiter = '\t';
        m_delimiterKnown = true;
        return;
    }
}

bool CsvReader::readHeader(CsvRecord &header)
{
    if (!next(header))
        return false;
    if (header.isValid())
        m_expectedFields = header.fields.size();
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_started) {
        m_started = true;
        while (m_buf.size() < 3 && fill()) { }
        if (m_buf.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        } else if (m_buf.startsWith("\xFF\xFE") || m_buf.startsWith("\xFE\xFF")) {
            m_stopped = true;
            record = CsvRecord { {}, 1, tr("the file is UTF-16; save it as UTF-8 (\"CSV UTF-8\")"), 1 };
            return true;
        }
        if (!m_delimiterKnown)
            detectDelimiter();
    }
    if (m_stopped)
        return false;
    for (;;) {
        const Parse result = parse(record);
        if (result == Parse::Record)
            return true;
        if (result == Parse::End)
            return false;
        if (result == Parse::TooLong || m_buf.size() - m_pos > kMaxRecordBytes) {
            refuseLongRecord(record);
            return true;
        }
        fill(); // NeedMore: parse again from the record's start with more data (or at the end)
    }
}

void CsvReader::refuseLongRecord(CsvRecord &record)
{
    // parse() has already skipped the empty lines before the record: m_line is its first line.
    m_stopped = true;
    record = CsvRecord { {}, m_line,
                         tr("the line is longer than %1 bytes, the most one record may hold; the rest of the "
                            "file is not read")
                             .arg(kMaxRecordBytes),
                         m_line };
}

CsvReader::Parse CsvReader::skipLine(qsizetype from, qsizetype &out) const
{
    const char *b = m_buf.constData();
    const qsizetype n = m_buf.size();
    qsizetype q = from;
    while (q < n && b[q] != '\n' && b[q] != '\r')
        ++q;
    if (q == n && !m_eof)
        return Parse::NeedMore;
    out = q;
    return Parse::Record;
}

CsvReader::Parse CsvReader::parse(CsvRecord &record)
{
    const char *b = m_buf.constData();
    const qsizetype n = m_buf.size();
    const char delim = m_delimiter;
    qsizetype p = m_pos;
    qint64 line = m_line;

    while (p < n && (b[p] == '\n' || b[p] == '\r')) {
        if (b[p] == '\r' && p + 1 == n && !m_eof)
            return Parse::NeedMore;
        p += (b[p] == '\r' && p + 1 < n && b[p + 1] == '\n') ? 2 : 1;
        ++line;
    }
    // The empty lines are skipped for good: the buffer keeps only the record's bytes, and m_line
    // is the record's first line.
    m_pos = p;
    m_line = line;
    if (p == n)
        return m_eof ? Parse::End : Parse::NeedMore;

    const qsizetype begin = p;
    const qint64 startLine = line;
    QString problem;
    qint64 problemLine = 0;
    m_spans.clear();
    for (;;) {
        if (p == n) { // the input ends right after a delimiter: one more empty field
            if (!m_eof)
                return Parse::NeedMore;
            m_spans.append(Span { p, p, false });
            break;
        }
        if (b[p] == '"') {
            const qint64 openLine = line;
            qsizetype q = p + 1;
            bool escaped = false;
            bool closed = false;
            while (!closed) {
                const void *hit = std::memchr(b + q, '"', size_t(n - q));
                if (!hit) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    break;
                }
                const qsizetype h = static_cast<const char *>(hit) - b;
                if (h + 1 == n && !m_eof)
                    return Parse::NeedMore;
                if (h + 1 < n && b[h + 1] == '"') {
                    escaped = true;
                    q = h + 2;
                    continue;
                }
                line += countBreaks(b, p + 1, h, n);
                m_spans.append(Span { p + 1, h, escaped });
                p = h + 1;
                closed = true;
            }
            if (!closed) {
                // Everything after an unclosed quote belongs to it: nothing further can be read.
                problem = tr("a quoted field is not closed (its quote opens on line %1)").arg(openLine);
                problemLine = openLine;
                line += countBreaks(b, p, n, n);
                p = n;
                m_stopped = true;
                break;
            }
            if (p == n || b[p] == '\n' || b[p] == '\r')
                break;
            if (b[p] == delim) {
                ++p;
                continue;
            }
            problem = tr("unexpected text after a closing quote (a quote inside a quoted field must be doubled)");
            problemLine = line;
            if (skipLine(p, p) == Parse::NeedMore)
                return Parse::NeedMore;
            break;
        }
        qsizetype q = p;
        while (q < n) {
            const char c = b[q];
            if (c == delim || c == '\n' || c == '\r' || c == '"')
                break;
            ++q;
        }
        if (q == n && !m_eof)
            return Parse::NeedMore;
        if (q < n && b[q] == '"') {
            problem = tr("a quote inside an unquoted field (quote the whole field and double the quote)");
            problemLine = line;
            if (skipLine(q, p) == Parse::NeedMore)
                return Parse::NeedMore;
            break;
        }
        m_spans.append(Span { p, q, false });
        p = q;
        if (q < n && b[q] == delim) {
            ++p;
            continue;
        }
        break;
    }

    // p is at the record's line break, or at the end of the input.
    const qsizetype contentEnd = p;
    if (contentEnd - begin > kMaxRecordBytes)
        return Parse::TooLong;
    if (p < n) {
        if (b[p] == '\r') {
            if (p + 1 == n && !m_eof)
                return Parse::NeedMore;
            p += (p + 1 < n && b[p + 1] == '\n') ? 2 : 1;
        } else {
            ++p;
        }
        ++line;
    }

    if (problem.isEmpty() && hasSpecialBytes(b, begin, contentEnd)) {
        qsizetype bad = 0;
        if (const void *nul = std::memchr(b + begin, 0, size_t(contentEnd - begin))) {
            problem = tr("the text holds NUL bytes: save the file as UTF-8 (\"CSV UTF-8\"), not UTF-16");
            problemLine = startLine + countBreaks(b, begin, static_cast<const char *>(nul) - b, n);
        } else if (!isValidUtf8(b + begin, contentEnd - begin, &bad)) {
            problem = tr("the text is not valid UTF-8 (save the file as \"CSV UTF-8\")");
            problemLine = startLine + countBreaks(b, begin, begin + bad, n);
        }
    }
    if (problem.isEmpty()) {
        for (qsizetype i = 0; i < m_spans.size(); ++i) {
            const Span &s = m_spans.at(i);
            if (s.end - s.begin > kMaxFieldBytes) {
                problem = tr("field %1 is longer than %2 bytes, the most one field may hold").arg(i + 1).arg(kMaxFieldBytes);
                problemLine = startLine + countBreaks(b, begin, s.begin, n);
                break;
            }
        }
    }
    if (problem.isEmpty() && m_expectedFields > 0 && m_spans.size() != m_expectedFields) {
        problem = tr("expected %1 fields as in the header, found %2").arg(m_expectedFields).arg(m_spans.size());
        problemLine = startLine;
    }

    convert(record);
    record.line = startLine;
    record.error = problem;
    record.errorLine = problem.isEmpty() ? 0 : problemLine;
    m_pos = p;
    m_line = line;
    return Parse::Record;
}

namespace {

// Decodes into the field's own buffer when it has one to itself (RowSource hands the buffers of
// the records it is done with back): ASCII, the usual text, costs no allocation per field.
void assignUtf8(QString &field, const char *text, qsizetype size)
{
    qsizetype ascii = 0;
    while (ascii < size && uchar(text[ascii]) < 0x80)
        ++ascii;
    if (size == 0 || ascii < size) {
        field = QString::fromUtf8(text, size);
        return;
    }
    if (field.isDetached())
        field.resize(size);
    else
        field = QString(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(field.data());
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char16_t(uchar(text[i]));
}

} // namespace

void CsvReader::convert(CsvRecord &record)
{
    const char *b = m_buf.constData();
    const qsizetype count = m_spans.size();
    if (record.fields.size() != count)
        record.fields.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Span &s = m_spans.at(i);
        if (!s.escaped) {
            assignUtf8(record.fields[i], b + s.begin, s.end - s.begin);
            continue;
        }
        QByteArray unescaped;
        unescaped.reserve(s.end - s.begin);
        for (qsizetype k = s.begin; k < s.end; ++k) {
            unescaped.append(b[k]);
            if (b[k] == '"')
                ++k; // the second quote of a doubled pair
        }
        record.fields[i] = QString::fromUtf8(unescaped);
    }
}

} // namespace pd
