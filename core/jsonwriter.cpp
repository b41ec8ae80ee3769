#include "jsonwriter.h"

namespace pd {

JsonWriter::JsonWriter(int depth)
    : m_depth(depth)
{
    m_out.reserve(1024);
}

void JsonWriter::indent(int depth)
{
    m_out.append(qsizetype(depth) * 4, ' ');
}

// A value in an array starts a line of its own; after a key it follows on the key's line.
void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty())
        return;
    m_out += m_empty.back() ? "\n" : ",\n";
    m_empty.back() = false;
    indent(m_depth);
}

void JsonWriter::key(QLatin1StringView name)
{
    m_out += m_empty.back() ? "\n" : ",\n";
    m_empty.back() = false;
    indent(m_depth);
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\": ";
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_empty.push_back(true);
    ++m_depth;
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_empty.push_back(true);
    ++m_depth;
}

void JsonWriter::close(char bracket)
{
    --m_depth;
    m_empty.pop_back();
    m_out += '\n';
    indent(m_depth);
    m_out += bracket;
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (c < 0x20) {
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 0xf];
            } else {
                m_out += ch;
            }
        }
    }
    m_out += '"';
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

} // namespace pd
