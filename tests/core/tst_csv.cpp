#include "io/csvkinds.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>
#include <cstring>
#include <numeric>

using namespace pd;

namespace {

struct Parsed {
    QList<QStringList> records; // the header first
    QList<qint64> lines;
    QStringList errors;
    QList<qint64> errorLines;
    char delimiter = 0;
};

Parsed readAll(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Parsed out;
    CsvRecord record;
    bool first = true;
    while (first ? reader.readHeader(record) : reader.next(record)) {
        first = false;
        if (record.isValid()) {
            out.records << record.fields;
            out.lines << record.line;
        } else {
            out.errors << record.error;
            out.errorLines << record.errorLine;
        }
    }
    out.delimiter = reader.delimiter();
    return out;
}

QByteArray writeAll(const QList<QStringList> &rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    const auto done = writer.finish();
    Q_ASSERT(done.has_value());
    return bytes;
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// /dev/zero as a QIODevice: sequential NUL bytes without a line break, up to `size` (so that a
// reader without limits still ends, slowly, instead of hanging the test).
class ZeroDevice final : public QIODevice {
public:
    explicit ZeroDevice(qint64 size)
        : m_left(size)
    {
    }
    bool isSequential() const override { return true; }
    qint64 delivered = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_left);
        std::memset(data, 0, size_t(n));
        m_left -= n;
        delivered += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_left;
};

} // namespace

class TestCsv final : public QObject {
    Q_OBJECT
private slots:
    void reads_data();
    void reads();
    void malformed_data();
    void malformed();
    void streamsAcrossChunks_data();
    void streamsAcrossChunks();
    void limits_data();
    void limits();
    void endlessInputWithoutLineBreak();
    void manyEmptyLinesAreNotARecord();
    void progressPosition();
    void utf8Validation_data();
    void utf8Validation();
    void encodeField_data();
    void encodeField();
    void writerOutputIsPlainRfc4180();
    void writerRoundTrip();
    void formulaEscaping_data();
    void formulaEscaping();
    void handWrittenApostrophes_data();
    void handWrittenApostrophes();
    void writerEscapesTextColumnsOnly();
    void numericColumnsAreDeclared();
};

void TestCsv::reads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<char>("delimiter");

    const QStringList ab { u8("a"), u8("b") };
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << QList<QStringList> { ab, { u8("1"), u8("2") } }
                        << QList<qint64> { 1, 2 } << ',';
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << QList<QStringList> { ab, { u8("1"), u8("2") } }
                                         << QList<qint64> { 1, 2 } << ',';
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n")
                          << QList<QStringList> { ab, { u8("1"), u8("2") }, { u8("3"), u8("4") } }
                          << QList<qint64> { 1, 2, 3 } << ',';
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << QList<QStringList> { ab, { u8("1"), u8("2") } }
                             << QList<qint64> { 1, 2 } << ',';
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << QList<QStringList> { ab, { u8("1"), u8("2") } }
                         << QList<qint64> { 1, 2 } << ',';
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x,y\",2\n") << QList<QStringList> { ab, { u8("x,y"), u8("2") } }
                                  << QList<qint64> { 1, 2 } << ',';
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << QList<QStringList> { ab, { u8("say \"hi\""), u8("\"") } } << QList<qint64> { 1, 2 }
                                    << ',';
    QTest::newRow("embedded LF and line numbers")
        << QByteArray("a,b\n\"line 1\nline 2\",2\n3,4\n\"x\n\ny\",5\n6,7\n")
        << QList<QStringList> { ab, { u8("line 1\nline 2"), u8("2") }, { u8("3"), u8("4") }, { u8("x\n\ny"), u8("5") },
                                { u8("6"), u8("7") } }
        << QList<qint64> { 1, 2, 4, 5, 8 } << ',';
    QTest::newRow("embedded CRLF kept") << QByteArray("a,b\r\n\"x\r\ny\",2\r\n3,4\r\n")
                                        << QList<QStringList> { ab, { u8("x\r\ny"), u8("2") }, { u8("3"), u8("4") } }
                                        << QList<qint64> { 1, 2, 4 } << ',';
    QTest::newRow("semicolon (es, ru spreadsheets)")
        << QByteArray("a;b\n1250,50;\"x;y\"\n") << QList<QStringList> { ab, { u8("1250,50"), u8("x;y") } }
        << QList<qint64> { 1, 2 } << ';';
    QTest::newRow("semicolon header with quoted commas")
        << QByteArray("\"a,1\";\"b,2\";c\n1;2;3\n")
        << QList<QStringList> { { u8("a,1"), u8("b,2"), u8("c") }, { u8("1"), u8("2"), u8("3") } }
        << QList<qint64> { 1, 2 } << ';';
    QTest::newRow("tab") << QByteArray("a\tb\n1,5\t2\n") << QList<QStringList> { ab, { u8("1,5"), u8("2") } }
                         << QList<qint64> { 1, 2 } << '\t';
    QTest::newRow("single column") << QByteArray("a\n1\n") << QList<QStringList> { { u8("a") }, { u8("1") } }
                                   << QList<qint64> { 1, 2 } << ',';
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",x,\n")
                                  << QList<QStringList> { { u8("a"), u8("b"), u8("c") }, { u8(""), u8(""), u8("") },
                                                          { u8(""), u8("x"), u8("") } }
                                  << QList<qint64> { 1, 2, 3 } << ',';
    QTest::newRow("trailing delimiter at end of input")
        << QByteArray("a,b\n1,") << QList<QStringList> { ab, { u8("1"), u8("") } } << QList<qint64> { 1, 2 } << ',';
    QTest::newRow("quoted field at end of input")
        << QByteArray("a,b\n1,\"x\"") << QList<QStringList> { ab, { u8("1"), u8("x") } } << QList<qint64> { 1, 2 } << ',';
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\n\r\n\n3,4\n\n")
                                         << QList<QStringList> { ab, { u8("1"), u8("2") }, { u8("3"), u8("4") } }
                                         << QList<qint64> { 1, 3, 6 } << ',';
    QTest::newRow("spaces kept") << QByteArray("a,b\n x , y\n") << QList<QStringList> { ab, { u8(" x "), u8(" y") } }
                                 << QList<qint64> { 1, 2 } << ',';
    QTest::newRow("UTF-8 text") << QByteArray("name,city\n\xD0\x9E\xD0\x9E\xD0\x9E \xC2\xAB\xD0\xA0\xD0\xBE\xD0\xBC\xD0\xB0"
                                              "\xD1\x88\xD0\xBA\xD0\xB0\xC2\xBB,M\xC3\xA1laga\n")
                                << QList<QStringList> { { u8("name"), u8("city") },
                                                        { u8("ООО «Ромашка»"), u8("Málaga") } }
                                << QList<qint64> { 1, 2 } << ',';
}

void TestCsv::reads()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);
    QFETCH(char, delimiter);
    const Parsed parsed = readAll(input);
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
    QCOMPARE(parsed.records, records);
    QCOMPARE(parsed.lines, lines);
    QCOMPARE(parsed.delimiter, delimiter);
}

void TestCsv::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("errorLine");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QList<qint64>>("goodLines"); // lines of the well-formed records, header included

    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << qint64(3) << u8("not closed")
                                        << QList<qint64> { 1, 2 };
    QTest::newRow("unterminated quote on a later field")
        << QByteArray("a,b\n1,\"x\ny\n") << qint64(2) << u8("line 2") << QList<qint64> { 1 };
    QTest::newRow("stray quote in unquoted field")
        << QByteArray("a,b\n1,x\"y\n3,4\n") << qint64(2) << u8("quote inside an unquoted field") << QList<qint64> { 1, 3 };
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,2\n3,4\n") << qint64(2) << u8("after a closing quote") << QList<qint64> { 1, 3 };
    QTest::newRow("stray quote on the second line of a record")
        << QByteArray("a,b\n\"x\ny\",z\"\n3,4\n") << qint64(3) << u8("quote inside") << QList<qint64> { 1, 4 };
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2,3\n4,5\n") << qint64(2) << u8("expected 2 fields")
                                     << QList<qint64> { 1, 3 };
    QTest::newRow("too few fields") << QByteArray("a,b\n1\n4,5\n") << qint64(2) << u8("found 1")
                                    << QList<qint64> { 1, 3 };
    QTest::newRow("wrong delimiter in a row") << QByteArray("a;b\n1,2\n") << qint64(2) << u8("expected 2 fields")
                                              << QList<qint64> { 1 };
    QTest::newRow("invalid UTF-8") << QByteArray("a,b\n\xC3\x28,2\n3,4\n") << qint64(2) << u8("UTF-8")
                                   << QList<qint64> { 1, 3 };
    QTest::newRow("Latin-1 file") << QByteArray("a,b\nM\xE1laga,2\n") << qint64(2) << u8("UTF-8")
                                  << QList<qint64> { 1 };
    QTest::newRow("invalid UTF-8 on the second line of a record")
        << QByteArray("a,b\n\"x\ny\xFF\",2\n") << qint64(3) << u8("UTF-8") << QList<qint64> { 1 };
    QTest::newRow("overlong UTF-8") << QByteArray("a,b\n\xC0\xAF,1\n") << qint64(2) << u8("UTF-8") << QList<qint64> { 1 };
    QTest::newRow("UTF-8 surrogate") << QByteArray("a,b\n\xED\xA0\x80,1\n") << qint64(2) << u8("UTF-8")
                                     << QList<qint64> { 1 };
    QTest::newRow("truncated UTF-8 at end") << QByteArray("a,b\n1,\xD0") << qint64(2) << u8("UTF-8")
                                            << QList<qint64> { 1 };
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE" "a\0,\0b\0", 8) << qint64(1) << u8("UTF-16") << QList<qint64> {};
    QTest::newRow("UTF-16 without byte-order mark") << QByteArray("a\0,\0b\0", 6) << qint64(1) << u8("NUL")
                                                    << QList<qint64> {};
    QTest::newRow("malformed header") << QByteArray("a,b\"c\n1,2\n") << qint64(1) << u8("quote inside")
                                      << QList<qint64> { 2 };
}

void TestCsv::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, errorLine);
    QFETCH(QString, mentions);
    QFETCH(QList<qint64>, goodLines);
    const Parsed parsed = readAll(input);
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errorLines.front(), errorLine);
    QVERIFY2(parsed.errors.front().contains(mentions), qPrintable(parsed.errors.front()));
    QCOMPARE(parsed.lines, goodLines);
}

void TestCsv::streamsAcrossChunks_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
}

// Records with quoted line breaks and doubled quotes, in a file several read chunks long, so
// that records, quotes and CRLF pairs fall across chunk boundaries.
void TestCsv::streamsAcrossChunks()
{
    QFETCH(QByteArray, lineEnd);
    const int count = 90000;
    QByteArray data = "id,note,amount" + lineEnd;
    for (int i = 0; i < count; ++i) {
        data += QByteArray::number(i) + ",\"first " + QByteArray::number(i) + lineEnd + "second \"\"q\"\"\","
            + QByteArray::number(i * 7) + ".5" + lineEnd;
    }
    QVERIFY(data.size() > 3 * (1 << 20));
    const Parsed parsed = readAll(data);
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.value(0)));
    QCOMPARE(parsed.records.size(), count + 1);
    for (int i = 0; i < count; ++i) {
        const QStringList &r = parsed.records.at(i + 1);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0), QString::number(i));
        QCOMPARE(r.at(1), QStringLiteral("first %1").arg(i) + QString::fromLatin1(lineEnd) + QStringLiteral("second \"q\""));
        QCOMPARE(r.at(2), QString::number(i * 7) + QStringLiteral(".5"));
        QCOMPARE(parsed.lines.at(i + 1), qint64(2 + 2 * i));
    }
}

void TestCsv::limits_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<qint64>>("lines");      // of the good records, the header first
    QTest::addColumn<QList<qint64>>("errorLines");
    QTest::addColumn<QString>("error");            // a word of the error, when there is one
    const qsizetype field = CsvReader::kMaxFieldBytes;
    const QByteArray atField(field, 'x');
    const QByteArray header16 = "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p\n";
    QByteArray atRecord; // 16 fields and 15 commas: exactly kMaxRecordBytes
    for (int i = 0; i < 15; ++i)
        atRecord += atField + ',';
    atRecord += QByteArray(field - 15, 'x');
    QCOMPARE(atRecord.size(), CsvReader::kMaxRecordBytes);
    QList<qint64> all(20);
    std::iota(all.begin(), all.end(), 1);
    QTest::newRow("field at the limit, across the first chunk")
        << "a,b\n" + QByteArray("1," + QByteArray(60 << 10, 'y') + '\n').repeated(17) + '"' + atField + "\",1\n2,3\n" << all
        << QList<qint64> {} << QString();
    QTest::newRow("field one byte over")
        << "a,b\n1,2\n3,\"" + atField + "x\"\n4,5\n" << QList<qint64> { 1, 2, 4 } << QList<qint64> { 3 }
        << QStringLiteral("field 2");
    QTest::newRow("quoted field over, on its later line")
        << "a,b\n\"x\ny\",\"" + atField + atField + "\"\n4,5\n" << QList<qint64> { 1, 4 } << QList<qint64> { 3 }
        << QStringLiteral("field 2");
    QTest::newRow("record at the limit") << header16 + atRecord + "\n" << QList<qint64> { 1, 2 } << QList<qint64> {}
                                         << QString();
    QTest::newRow("record one byte over: reading stops")
        << header16 + "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16\n" + atRecord + "x\n" + "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16\n"
        << QList<qint64> { 1, 2 } << QList<qint64> { 3 } << QStringLiteral("1048576");
    QTest::newRow("header over the limit") << QByteArray(3 << 20, 'h') + "\n1\n" << QList<qint64> {}
                                           << QList<qint64> { 1 } << QStringLiteral("1048576");
}

void TestCsv::limits()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<qint64>, errorLines);
    QFETCH(QString, error);
    const Parsed parsed = readAll(data);
    QCOMPARE(parsed.lines, lines);
    QCOMPARE(parsed.errorLines, errorLines);
    if (!error.isEmpty())
        QVERIFY2(parsed.errors.first().contains(error), qPrintable(parsed.errors.first()));
}

void TestCsv::endlessInputWithoutLineBreak()
{
    // issue 14: `import partners /dev/zero` grew a buffer to about 1 GB and aborted.
    ZeroDevice zero(qint64(256) << 20);
    zero.open(QIODevice::ReadOnly);
    CsvReader reader(&zero);
    CsvRecord record;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(reader.readHeader(record));
    QVERIFY(!record.isValid());
    QCOMPARE(record.errorLine, qint64(1));
    QVERIFY2(record.error.contains(QStringLiteral("1048576")), qPrintable(record.error));
    QVERIFY(!reader.next(record));
    QVERIFY2(zero.delivered <= 4 * CsvReader::kMaxRecordBytes, qPrintable(QString::number(zero.delivered)));
    QVERIFY(timer.elapsed() < 5000);
}

void TestCsv::manyEmptyLinesAreNotARecord()
{
    // Empty lines are skipped as they stream by: they never count toward a record's length.
    const Parsed parsed = readAll("a,b\n" + QByteArray(3 << 20, '\n') + "1,2\n");
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
    QCOMPARE(parsed.lines, (QList<qint64> { 1, (3 << 20) + 2 }));
}

void TestCsv::progressPosition()
{
    QByteArray data = "a,b\n1,2\n3,4\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QVERIFY(reader.readHeader(record));
    QCOMPARE(reader.totalBytes(), qint64(data.size()));
    QCOMPARE(reader.bytesRead(), qint64(4));
    QVERIFY(reader.next(record));
    QCOMPARE(reader.bytesRead(), qint64(8));
    QVERIFY(reader.next(record));
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.bytesRead(), qint64(data.size()));
}

void TestCsv::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qsizetype>("badOffset");
    QTest::newRow("ascii") << QByteArray("abc") << true << qsizetype(0);
    QTest::newRow("two-byte") << QByteArray("\xC3\xA1") << true << qsizetype(0);
    QTest::newRow("three-byte") << QByteArray("\xE2\x82\xAC") << true << qsizetype(0);
    QTest::newRow("four-byte") << QByteArray("\xF0\x9F\x98\x80") << true << qsizetype(0);
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << false << qsizetype(2);
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false << qsizetype(0);
    QTest::newRow("overlong three-byte") << QByteArray("x\xE0\x80\xAF") << false << qsizetype(1);
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false << qsizetype(0);
    QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << qsizetype(0);
    QTest::newRow("truncated") << QByteArray("ok\xE2\x82") << false << qsizetype(2);
    QTest::newRow("broken emoji bytes") << QByteArray("\xF0\x9F\x98") << false << qsizetype(0);
}

void TestCsv::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(qsizetype, badOffset);
    qsizetype offset = -1;
    QCOMPARE(isValidUtf8(bytes.constData(), bytes.size(), &offset), valid);
    if (!valid)
        QCOMPARE(offset, badOffset);
}

void TestCsv::encodeField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << u8("P-001") << QByteArray("P-001");
    QTest::newRow("empty") << u8("") << QByteArray("");
    QTest::newRow("comma") << u8("Ромашка, ООО") << QByteArray("\"\xD0\xA0\xD0\xBE\xD0\xBC\xD0\xB0\xD1\x88\xD0\xBA\xD0\xB0, "
                                                             "\xD0\x9E\xD0\x9E\xD0\x9E\"");
    QTest::newRow("quote") << u8("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << u8("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("CR") << u8("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("semicolon needs no quotes") << u8("a;b") << QByteArray("a;b");
    QTest::newRow("decimal") << u8("1234.50") << QByteArray("1234.50");
}

void TestCsv::encodeField()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, encoded);
    QCOMPARE(CsvWriter::encodeField(field), encoded);
}

void TestCsv::writerOutputIsPlainRfc4180()
{
    const QByteArray bytes = writeAll({ { u8("code"), u8("name") }, { u8("C-1"), u8("Málaga, S.L.") }, { u8("C-2"), u8("") } });
    QCOMPARE(bytes, QByteArray("code,name\nC-1,\"M\xC3\xA1laga, S.L.\"\nC-2,\n"));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(writeAll({ { u8("") } }), QByteArray("\"\"\n"));
}

void TestCsv::writerRoundTrip()
{
    const QList<QStringList> rows {
        { u8("a"), u8("b"), u8("c") },
        { u8("plain"), u8("with, comma"), u8("with \"quotes\"") },
        { u8("multi\nline"), u8("crlf\r\ninside"), u8("") },
        { u8(" padded "), u8("ООО «Ромашка»"), u8("\"") },
        { u8(""), u8(""), u8("") },
    };
    const Parsed parsed = readAll(writeAll(rows));
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.records, rows);
    QCOMPARE(parsed.lines, (QList<qint64> { 1, 2, 3, 6, 7 }));
}

// A text value and the cell export writes for it; import reads the cell back as the value.
void TestCsv::formulaEscaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("HYPERLINK") << u8("=HYPERLINK(\"http://x\")") << u8("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << u8("+1") << u8("'+1");
    QTest::newRow("minus") << u8("-x") << u8("'-x");
    QTest::newRow("at") << u8("@SUM(A1)") << u8("'@SUM(A1)");
    QTest::newRow("tab") << u8("\tname") << u8("'\tname");
    QTest::newRow("CR") << u8("\rname") << u8("'\rname");
    QTest::newRow("already quoted") << u8("'=1+1") << u8("''=1+1");
    QTest::newRow("two apostrophes") << u8("''-x") << u8("'''-x");
    QTest::newRow("apostrophe alone") << u8("'") << u8("'");
    QTest::newRow("apostrophe then text") << u8("'quoted'") << u8("'quoted'");
    QTest::newRow("formula char later") << u8("a=b-c") << u8("a=b-c");
    QTest::newRow("space first") << u8(" =x") << u8(" =x");
    QTest::newRow("empty") << u8("") << u8("");
    QTest::newRow("cyrillic") << u8("ООО «Ромашка»") << u8("ООО «Ромашка»");
}

void TestCsv::formulaEscaping()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(csvEscapeText(value), cell);
    QCOMPARE(csvUnescapeText(cell), value);
}

// Cells that no export writes: import keeps apostrophes that guard nothing.
void TestCsv::handWrittenApostrophes_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("value");
    QTest::newRow("O'Brien") << u8("O'Brien") << u8("O'Brien");
    QTest::newRow("leading apostrophe, text") << u8("'abc") << u8("'abc");
    QTest::newRow("two apostrophes") << u8("''") << u8("''");
    QTest::newRow("spreadsheet's own guard") << u8("'=A1") << u8("=A1");
    QTest::newRow("guarded number") << u8("'-5") << u8("-5");
}

void TestCsv::handWrittenApostrophes()
{
    QFETCH(QString, cell);
    QFETCH(QString, value);
    QCOMPARE(csvUnescapeText(cell), value);
}

void TestCsv::writerEscapesTextColumnsOnly()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const CsvColumn text { u8("name"), true, 200, CsvValue::Text };
    const CsvColumn number { u8("value"), true, 64, CsvValue::Number };
    writer.writeHeader({ text, number, number });
    writer.writeRow({ u8("=HYPERLINK(\"http://x\")"), u8("-12.5"), u8("2026-01-31") });
    writer.writeRow({ u8("-x"), u8("-3"), u8("+1") });
    writer.writeRow({ u8("\tTabbed"), u8("1250.50"), u8("") });
    QVERIFY(writer.finish().has_value());
    QCOMPARE(bytes, QByteArray("name,value,value\n"
                               "\"'=HYPERLINK(\"\"http://x\"\")\",-12.5,2026-01-31\n"
                               "'-x,-3,+1\n"
                               "'\tTabbed,1250.50,\n"));
    // Without a header nothing is known about the columns: rows are written as they are.
    QCOMPARE(writeAll({ { u8("=1"), u8("-2") } }), QByteArray("=1,-2\n"));
}

// Dates, amounts, quantities, rates and scores are numbers; codes, names and notes are text.
void TestCsv::numericColumnsAreDeclared()
{
    QStringList numbers;
    for (CsvKind kind : csvKinds()) {
        for (const CsvColumn &c : csvColumns(kind)) {
            if (c.value == CsvValue::Number)
                numbers << csvKindKey(kind) + u'.' + c.name;
        }
    }
    QCOMPARE(numbers, (QStringList { u8("partners.tier_since"), u8("partners.joined_on"), u8("partners.row_version"),
                                     u8("certifications.passed_on"), u8("certifications.expires_on"),
                                     u8("moves.moved_on"), u8("sales.date"), u8("sales.unit_price"),
                                     u8("sales.quantity"), u8("events.date"), u8("scores.date"), u8("scores.value"),
                                     u8("fxrates.date"), u8("fxrates.rate") }));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
