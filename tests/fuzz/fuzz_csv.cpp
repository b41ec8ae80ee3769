// The CSV reader (core/io/csvreader.h) over any bytes, in records after a header. Properties:
// reading ends, never reports more bytes read than there are, after a good header each record
// has its number of fields unless it is marked malformed; the UTF-8 check agrees with Qt's decoder;
// and the formula guard (csvkinds.h) reads back every text it writes, adding at most one apostrophe.
#include "fuzzcheck.h"
#include "io/csvkinds.h"
#include "io/csvreader.h"

#include <QBuffer>
#include <QStringDecoder>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = utf8.decode(bytes);
    PD_FUZZ_CHECK(pd::isValidUtf8(bytes.constData(), bytes.size()) == !utf8.hasError());
    const QString escaped = pd::csvEscapeText(decoded);
    PD_FUZZ_CHECK(pd::csvUnescapeText(escaped) == decoded);
    PD_FUZZ_CHECK(escaped == decoded || escaped == u'\'' + decoded);

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    pd::CsvReader reader(&buffer);
    pd::CsvRecord header;
    if (!reader.readHeader(header))
        return 0;
    pd::CsvRecord record;
    qint64 records = 0;
    while (reader.next(record)) {
        PD_FUZZ_CHECK(++records <= qint64(size) + 1);
        PD_FUZZ_CHECK(!header.isValid() || !record.isValid() || record.fields.size() == header.fields.size());
        PD_FUZZ_CHECK(reader.bytesRead() <= bytes.size());
    }
    return 0;
}
