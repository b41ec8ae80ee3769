#include "io/textindex.h"

#include <QTest>

using namespace pd::importing;

class TestTextIndex final : public QObject {
    Q_OBJECT
private slots:
    void numbersTextsInOrder();
    void findsEveryTextAfterGrowing();
};

void TestTextIndex::numbersTextsInOrder()
{
    TextIndex index;
    // Prefixes of each other, the empty text, non-ASCII and lengths around the hash's 8-byte steps.
    const QStringList texts { QStringLiteral("A"), QStringLiteral("AB"), QString(), QStringLiteral("ABCD"),
                              QStringLiteral("ABCDE"), QStringLiteral("Счёт-42"), QStringLiteral("Factura Nº 7") };
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const TextIndex::Probe probe = index.find(texts.at(i));
        QCOMPARE(probe.number, -1);
        QCOMPARE(index.add(probe, texts.at(i)), i);
    }
    QCOMPARE(index.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QCOMPARE(index.find(texts.at(i)).number, i);
        QCOMPARE(index.text(i), QStringView(texts.at(i)));
    }
    QCOMPARE(index.find(QStringLiteral("ABC")).number, -1);
    QCOMPARE(index.find(QStringLiteral("a")).number, -1);
    QCOMPARE(index.find(QStringLiteral("Счёт-43")).number, -1);
}

void TestTextIndex::findsEveryTextAfterGrowing()
{
    // Far past the first table's size, without reserve(): every text is found again by its number.
    TextIndex index;
    constexpr int kTexts = 100000;
    for (int i = 0; i < kTexts; ++i) {
        const QString text = QStringLiteral("INV-%1").arg(i);
        const TextIndex::Probe probe = index.find(text);
        QCOMPARE(probe.number, -1);
        QCOMPARE(index.add(probe, text), qsizetype(i));
    }
    for (int i = 0; i < kTexts; ++i)
        QCOMPARE(index.find(QStringLiteral("INV-%1").arg(i)).number, qsizetype(i));
    QCOMPARE(index.find(QStringLiteral("INV-%1").arg(kTexts)).number, -1);
}

QTEST_GUILESS_MAIN(TestTextIndex)
#include "tst_textindex.moc"
