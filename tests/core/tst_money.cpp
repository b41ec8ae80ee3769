#include "fxrates.h"
#include "money.h"

#include <QTest>

using namespace pd;

class TestMoney final : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void rounding_data();
    void rounding();
    void display();
    void ratePercent_data();
    void ratePercent();
    void convert_data();
    void convert();
    void missingRateNamesPairAndDate();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("whole") << "500000" << "RUB" << qint64(50000000);
    QTest::newRow("cents") << "1234.56" << "USD" << qint64(123456);
    QTest::newRow("one decimal") << "0.5" << "EUR" << qint64(50);
    QTest::newRow("comma decimal") << "12,34" << "EUR" << qint64(1234);
    QTest::newRow("zero-digit currency") << "15000" << "CLP" << qint64(15000);
    QTest::newRow("lower-case code") << "1" << "usd" << qint64(100);
    QTest::newRow("negative") << "-3.10" << "USD" << qint64(-310);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const auto m = Money::parse(text, currency);
    QVERIFY2(m.has_value(), qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->minor, minor);
    QCOMPARE(m->currency, currency.toUpper());
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown currency") << "10" << "RUR" << "RUR";
    QTest::newRow("too many decimals") << "1.234" << "USD" << "1.234";
    QTest::newRow("decimals on CLP") << "10.5" << "CLP" << "CLP";
    QTest::newRow("not a number") << "ten" << "USD" << "ten";
    QTest::newRow("grouping") << "1,000.00" << "USD" << "1,000.00";
    QTest::newRow("empty") << "" << "USD" << "";
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, mentions);
    const auto m = Money::parse(text, currency);
    QVERIFY(!m.has_value());
    QCOMPARE(m.error().code, Error::Code::InvalidInput);
    QVERIFY2(m.error().message.contains(mentions), qPrintable(m.error().message));
}

void TestMoney::rounding_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("bp");
    QTest::addColumn<qint64>("expected");
    // 25 % of 0.02 = 0.005 -> half away from zero -> 0.01
    QTest::newRow("half up") << qint64(2) << 2500 << qint64(1);
    QTest::newRow("half away from zero, negative") << qint64(-2) << 2500 << qint64(-1);
    QTest::newRow("below half") << qint64(1) << 4900 << qint64(0);
    QTest::newRow("exact") << qint64(50000000) << 3000 << qint64(15000000);
    QTest::newRow("12.5 % of 0.99") << qint64(99) << 1250 << qint64(12); // 12.375 -> 12
    QTest::newRow("12.5 % of 1.00") << qint64(100) << 1250 << qint64(13); // 12.5 -> 13
    QTest::newRow("large amount") << qint64(900000000000000) << 3500 << qint64(315000000000000);
}

void TestMoney::rounding()
{
    QFETCH(qint64, minor);
    QFETCH(int, bp);
    QFETCH(qint64, expected);
    QCOMPARE(applyRate(Money { minor, QStringLiteral("USD") }, Rate { bp }).minor, expected);
}

void TestMoney::display()
{
    const Money m { 12000000, QStringLiteral("RUB") };
    QCOMPARE(m.plainText(), QStringLiteral("120000.00"));
    QCOMPARE(m.display(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("RUB\u00A0120,000.00"));
    QCOMPARE(Money({ -5, QStringLiteral("USD") }).plainText(), QStringLiteral("-0.05"));
    QCOMPARE(Money({ 15000, QStringLiteral("CLP") }).plainText(), QStringLiteral("15000"));
}

void TestMoney::ratePercent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("bp");
    QTest::addColumn<QString>("back");
    QTest::newRow("whole") << "25" << 2500 << "25";
    QTest::newRow("percent sign") << "35%" << 3500 << "35";
    QTest::newRow("half") << "12.5" << 1250 << "12.5";
    QTest::newRow("two decimals") << "0.25" << 25 << "0.25";
    QTest::newRow("comma") << "7,05" << 705 << "7.05";
    QTest::newRow("hundred") << "100" << 10000 << "100";
}

void TestMoney::ratePercent()
{
    QFETCH(QString, text);
    QFETCH(int, bp);
    QFETCH(QString, back);
    const auto r = Rate::parsePercent(text);
    QVERIFY(r.has_value());
    QCOMPARE(r->bp, bp);
    QCOMPARE(r->percentText(), back);
    QVERIFY(!Rate::parsePercent(QStringLiteral("100.01")).has_value());
    QVERIFY(!Rate::parsePercent(QStringLiteral("1.234")).has_value());
    QVERIFY(!Rate::parsePercent(QStringLiteral("-5")).has_value());
}

void TestMoney::convert_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<qint64>("expected");
    // USD/RUB 92.50 from 2026-01-01, 95.00 from 2026-07-01; CLP/USD as 0.00105
    QTest::newRow("direct") << "USD" << qint64(100) << "RUB" << QDate(2026, 3, 1) << qint64(9250);
    QTest::newRow("latest on or before") << "USD" << qint64(100) << "RUB" << QDate(2026, 7, 1) << qint64(9500);
    QTest::newRow("inverse pair") << "RUB" << qint64(950000) << "USD" << QDate(2026, 8, 1) << qint64(10000);
    QTest::newRow("zero-digit source") << "CLP" << qint64(1000000) << "USD" << QDate(2026, 8, 1) << qint64(105000);
    QTest::newRow("zero-digit target") << "USD" << qint64(105000) << "CLP" << QDate(2026, 8, 1) << qint64(1000000);
    QTest::newRow("same currency") << "EUR" << qint64(123) << "EUR" << QDate(2020, 1, 1) << qint64(123);
}

void TestMoney::convert()
{
    QFETCH(QString, from);
    QFETCH(qint64, minor);
    QFETCH(QString, to);
    QFETCH(QDate, on);
    QFETCH(qint64, expected);
    ExchangeRates rates({ FxRate { QDate(2026, 1, 1), QStringLiteral("USD"), QStringLiteral("RUB"), 92500000 },
                          FxRate { QDate(2026, 7, 1), QStringLiteral("USD"), QStringLiteral("RUB"), 95000000 },
                          FxRate { QDate(2026, 1, 1), QStringLiteral("CLP"), QStringLiteral("USD"), 1050 } });
    const auto m = rates.convert(Money { minor, from }, to, on);
    QVERIFY2(m.has_value(), qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->minor, expected);
    QCOMPARE(m->currency, to);
}

void TestMoney::missingRateNamesPairAndDate()
{
    ExchangeRates rates({ FxRate { QDate(2026, 7, 1), QStringLiteral("USD"), QStringLiteral("RUB"), 95000000 } });
    const auto early = rates.convert(Money { 100, QStringLiteral("USD") }, QStringLiteral("RUB"), QDate(2026, 6, 30));
    QVERIFY(!early.has_value());
    QCOMPARE(early.error().code, Error::Code::MissingRate);
    QVERIFY(early.error().message.contains(QStringLiteral("USD")));
    QVERIFY(early.error().message.contains(QStringLiteral("RUB")));
    QVERIFY(early.error().message.contains(QStringLiteral("2026-06-30")));
    QVERIFY(!rates.convert(Money { 100, QStringLiteral("MXN") }, QStringLiteral("USD"), QDate(2026, 8, 1)).has_value());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
