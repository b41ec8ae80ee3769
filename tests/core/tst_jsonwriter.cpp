// JsonWriter writes byte for byte what QJsonDocument::toJson(Indented) writes for the same
// document: escapes, empty containers, nesting and depth.
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pd;

class TestJsonWriter : public QObject {
    Q_OBJECT

private slots:
    void stringsAreEscapedAsQtEscapesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Gold partner");
        QTest::newRow("empty") << QString();
        QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" \\ bye");
        QTest::newRow("named controls") << QStringLiteral("a\bb\fc\nd\re\tf");
        QTest::newRow("other controls") << QString::fromUtf8("\x01\x1f\x7f");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("Cyrillic") << QStringLiteral("Нужно ещё 120 000,00 ₽");
        QTest::newRow("Spanish") << QStringLiteral("Necesita señalización");
        QTest::newRow("line separator") << QString(QChar(0x2028));
        QTest::newRow("emoji") << QStringLiteral("🚀");
    }

    void stringsAreEscapedAsQtEscapesThem()
    {
        QFETCH(QString, text);
        JsonWriter w;
        w.beginObject();
        w.key(QLatin1StringView("text"));
        w.value(text);
        w.endObject();
        const QJsonObject expected { { QStringLiteral("text"), text } };
        QCOMPARE(w.bytes() + '\n', QJsonDocument(expected).toJson(QJsonDocument::Indented));
    }

    void nestingAndEmptyContainers_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("top level") << 0;
        QTest::newRow("in an array") << 1;
        QTest::newRow("two deep") << 2;
    }

    void nestingAndEmptyContainers()
    {
        QFETCH(int, depth);
        JsonWriter w(depth);
        w.beginObject();
        w.key(QLatin1StringView("a"));
        w.beginArray();
        w.endArray();
        w.key(QLatin1StringView("b"));
        w.beginObject();
        w.endObject();
        w.key(QLatin1StringView("c"));
        w.beginArray();
        w.value(qint64(-12345678901));
        w.value(true);
        w.null();
        w.beginObject();
        w.key(QLatin1StringView("x"));
        w.value(false);
        w.endObject();
        w.beginArray();
        w.value(QStringLiteral("y"));
        w.endArray();
        w.endArray();
        w.key(QLatin1StringView("d"));
        w.value(qint64(0));
        w.endObject();
        QJsonObject expected { { QStringLiteral("a"), QJsonArray {} },
                               { QStringLiteral("b"), QJsonObject {} },
                               { QStringLiteral("c"), QJsonArray { -12345678901.0, true, QJsonValue(),
                                                                   QJsonObject { { QStringLiteral("x"), false } },
                                                                   QJsonArray { QStringLiteral("y") } } },
                               { QStringLiteral("d"), 0 } };
        // Wrapped in arrays `depth` deep, the object is written `depth` levels in.
        QJsonValue wrapped = expected;
        for (int i = 0; i < depth; ++i)
            wrapped = QJsonArray { wrapped };
        const QByteArray document = wrapped.isArray() ? QJsonDocument(wrapped.toArray()).toJson(QJsonDocument::Indented)
                                                      : QJsonDocument(wrapped.toObject()).toJson(QJsonDocument::Indented);
        QByteArray open, close;
        for (int i = 0; i < depth; ++i) {
            open += "[\n" + QByteArray(4 * (i + 1), ' ');
            close = '\n' + QByteArray(4 * i, ' ') + ']' + close;
        }
        QCOMPARE(open + w.bytes() + close + '\n', document);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
