#pragma once
// Internal to core/storage: UTF-8 of a text into a buffer kept between calls, for the bulk paths
// that convert a value per row (most values are ASCII: no allocation once the buffer has grown).
#include <QByteArray>
#include <QStringView>

namespace pd::sql {

inline void utf8Into(QStringView text, QByteArray &out)
{
    out.resize(text.size());
    char *bytes = out.data();
    qsizetype i = 0;
    for (; i < text.size() && text[i].unicode() < 0x80; ++i)
        bytes[i] = char(text[i].unicode());
    if (i < text.size())
        out = text.toUtf8();
}

} // namespace pd::sql
