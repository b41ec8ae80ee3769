// PostgreSQL's COPY text format (issue 22): what the bulk import writes and the bulk export
// reads back, checked without a server, as PostgreSQL's documentation defines the format.
#include "storage/copytext.h"

#include <QTest>

using namespace pd::sql;

class TestCopyText : public QObject {
    Q_OBJECT
private slots:
    void writesEscapes_data();
    void writesEscapes();
    void writesIntegersAndNulls();
    void readsWhatItWrote_data();
    void readsWhatItWrote();
    void readsServerEscapes();
    void refusesBackslashAtEnd();
};

void TestCopyText::writesEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain") << QStringLiteral("G-P-000001-1") << QByteArray("G-P-000001-1\n");
    QTest::newRow("empty is not null") << QString() << QByteArray("\n");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("a\\tb\n");
    QTest::newRow("newline and return") << QStringLiteral("a\r\nb") << QByteArray("a\\r\\nb\n");
    QTest::newRow("backslash") << QStringLiteral("C:\\dir\\") << QByteArray("C:\\\\dir\\\\\n");
    QTest::newRow("the text \\N") << QStringLiteral("\\N") << QByteArray("\\\\N\n");
    QTest::newRow("end-of-data marker") << QStringLiteral("\\.") << QByteArray("\\\\.\n");
    QTest::newRow("quotes and commas stay") << QStringLiteral("\"a\", 'b'") << QByteArray("\"a\", 'b'\n");
    QTest::newRow("Cyrillic") << QStringLiteral("Реф №6") << QStringLiteral("Реф №6\n").toUtf8();
    QTest::newRow("formula") << QStringLiteral("=1+2") << QByteArray("=1+2\n");
}

void TestCopyText::writesEscapes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, line);
    QByteArray out;
    CopyRowWriter row(out);
    row.text(text);
    row.end();
    QCOMPARE(out, line);
}

void TestCopyText::writesIntegersAndNulls()
{
    QByteArray out;
    CopyRowWriter row(out);
    row.int64(0);
    row.int64(-250100);
    row.int64(std::numeric_limits<qint64>::min());
    row.int64(std::numeric_limits<qint64>::max());
    row.null();
    row.utf8("x");
    row.end();
    row.null();
    row.end();
    QCOMPARE(out, QByteArray("0\t-250100\t-9223372036854775808\t9223372036854775807\t\\N\tx\n\\N\n"));
}

void TestCopyText::readsWhatItWrote_data()
{
    QTest::addColumn<QStringList>("fields"); // a null string stands for NULL
    QTest::newRow("one") << QStringList { QStringLiteral("a") };
    QTest::newRow("empty fields") << QStringList { QStringLiteral(""), QStringLiteral(""), QStringLiteral("") };
    QTest::newRow("nulls") << QStringList { QString(), QStringLiteral("x"), QString() };
    QTest::newRow("escapes") << QStringList { QStringLiteral("a\tb"), QStringLiteral("\\"), QStringLiteral("l1\nl2\r"),
                                              QStringLiteral("\\N") };
    QTest::newRow("Cyrillic") << QStringList { QStringLiteral("Сертифицированный"), QStringLiteral("№") };
}

void TestCopyText::readsWhatItWrote()
{
    QFETCH(QStringList, fields);
    QByteArray out;
    CopyRowWriter row(out);
    for (const QString &f : std::as_const(fields)) {
        if (f.isNull())
            row.null();
        else
            row.text(f);
    }
    row.end();
    QVERIFY(out.endsWith('\n'));
    CopyLine line;
    QVERIFY(line.parse(QByteArrayView(out).chopped(1)));
    QCOMPARE(line.size(), fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        QCOMPARE(line.isNull(i), fields.at(i).isNull());
        QCOMPARE(QString::fromUtf8(line.field(i)), fields.at(i).isNull() ? QString() : fields.at(i));
    }
    QVERIFY(line.field(fields.size()).isEmpty());
    QVERIFY(!line.isNull(fields.size()));
}

void TestCopyText::readsServerEscapes()
{
    // What a server may send beyond what the writer writes: \b \f \v, and a backslash before an
    // ordinary character, which stands for that character.
    CopyLine line;
    QVERIFY(line.parse("\\b\\f\\v\t\\q\t2026-01-15\t\\N"));
    QCOMPARE(line.size(), 4);
    QCOMPARE(line.field(0), QByteArrayView("\b\f\v"));
    QCOMPARE(line.field(1), QByteArrayView("q"));
    QCOMPARE(line.field(2), QByteArrayView("2026-01-15"));
    QVERIFY(line.isNull(3));
    // Views of an earlier line's decoded fields are replaced, not mixed, by the next parse.
    QVERIFY(line.parse("a\\tb"));
    QCOMPARE(line.size(), 1);
    QCOMPARE(line.field(0), QByteArrayView("a\tb"));
}

void TestCopyText::refusesBackslashAtEnd()
{
    CopyLine line;
    QVERIFY(!line.parse("abc\\"));
    QVERIFY(!line.parse("a\tb\\"));
    QVERIFY(line.parse("a\\\\"));
    QCOMPARE(line.field(0), QByteArrayView("a\\"));
}

QTEST_GUILESS_MAIN(TestCopyText)
#include "tst_copytext.moc"
