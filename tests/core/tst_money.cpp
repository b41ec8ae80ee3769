#include "fxrates.h"
#include "money.h"

#include <QLocale>
#include <QTest>
#include <limits>

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
    void parseBound_data();
    void parseBound();
    void multiplyBound_data();
    void multiplyBound();
    void rateBound_data();
    void rateBound();
    void convertBound_data();
    void convertBound();
    void sumBound_data();
    void sumBound();
    void damagedAmountsPrint();
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
    QCOMPARE(applyRate(Money { minor, QStringLiteral("USD") }, Rate { bp }).value().minor, expected);
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

// An empty `expected` column means the operation must fail with an out-of-range message.
void TestMoney::parseBound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1: refused
    QTest::newRow("largest") << "9999999999999.99" << "USD" << qint64(999999999999999);
    QTest::newRow("largest + 0.01") << "10000000000000.00" << "USD" << qint64(-1);
    QTest::newRow("smallest") << "-9999999999999.99" << "USD" << qint64(-999999999999999);
    QTest::newRow("smallest - 0.01") << "-10000000000000" << "USD" << qint64(-1);
    QTest::newRow("largest yen") << "999999999999999" << "JPY" << qint64(999999999999999);
    QTest::newRow("issue 14's price") << "999999999999999.99" << "RUB" << qint64(-1);
}

void TestMoney::parseBound()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const auto m = Money::parse(text, currency);
    if (minor == -1) {
        QVERIFY(!m.has_value());
        QVERIFY2(m.error().message.contains(text) && m.error().message.contains(QStringLiteral("largest amount")),
                 qPrintable(m.error().message));
        return;
    }
    QVERIFY2(m.has_value(), qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->minor, minor);
}

void TestMoney::multiplyBound_data()
{
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("fits");
    QTest::newRow("max × 1") << kMaxMinor << qint64(1) << true;
    QTest::newRow("max × 2") << kMaxMinor << qint64(2) << false;
    QTest::newRow("max / 3 × 3") << qint64(333333333333333) << qint64(3) << true;
    QTest::newRow("(max / 3 + 1) × 3") << qint64(333333333333334) << qint64(3) << false;
    QTest::newRow("1 × max") << qint64(1) << kMaxMinor << true;
    QTest::newRow("1 × (max + 1)") << qint64(1) << kMaxMinor + 1 << false;
    QTest::newRow("-max × 1") << -kMaxMinor << qint64(1) << true;
    QTest::newRow("-max × 2") << -kMaxMinor << qint64(2) << false;
    // issue 14: 999999999999999.99 × 100000 wraps a qint64
    QTest::newRow("qint64 overflow") << qint64(99999999999999999) << qint64(100000) << false;
    QTest::newRow("qint64 max × 2") << std::numeric_limits<qint64>::max() << qint64(2) << false;
}

void TestMoney::multiplyBound()
{
    QFETCH(qint64, unit);
    QFETCH(qint64, count);
    QFETCH(bool, fits);
    const auto m = multiplied(Money { unit, QStringLiteral("USD") }, count);
    QCOMPARE(m.has_value(), fits);
    if (fits)
        QCOMPARE(m->minor, unit * count);
    else
        QVERIFY2(m.error().message.contains(QString::number(count)), qPrintable(m.error().message));
}

void TestMoney::rateBound_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("bp");
    QTest::addColumn<qint64>("expected"); // 0 with fits false: refused
    QTest::addColumn<bool>("fits");
    QTest::newRow("max × 100 %") << kMaxMinor << 10000 << kMaxMinor << true;
    QTest::newRow("max × 100.01 %") << kMaxMinor << 10001 << qint64(0) << false;
    QTest::newRow("-max × 100 %") << -kMaxMinor << 10000 << -kMaxMinor << true;
    QTest::newRow("max × 35 %") << kMaxMinor << 3500 << qint64(350000000000000) << true; // 349999999999999.65
    QTest::newRow("qint64 max × 100 %") << std::numeric_limits<qint64>::max() << 10000 << qint64(0) << false;
}

void TestMoney::rateBound()
{
    QFETCH(qint64, minor);
    QFETCH(int, bp);
    QFETCH(qint64, expected);
    QFETCH(bool, fits);
    const auto m = applyRate(Money { minor, QStringLiteral("USD") }, Rate { bp });
    QCOMPARE(m.has_value(), fits);
    if (fits)
        QCOMPARE(m->minor, expected);
    QVERIFY(!mulDivRounded(std::numeric_limits<qint64>::max(), 2, 1).has_value());
    QVERIFY(!mulDivRounded(999999, std::numeric_limits<qint64>::max() / 1000, 1000000).has_value());
}

void TestMoney::convertBound_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("micros"); // the rate of from/to, stored as to/from when `inverse`
    QTest::addColumn<bool>("inverse");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("max at 1") << "USD" << kMaxMinor << "EUR" << qint64(1000000) << false << kMaxMinor;
    QTest::newRow("max at 1.000001") << "USD" << kMaxMinor << "EUR" << qint64(1000001) << false << qint64(-1);
    QTest::newRow("max / 2 at 2") << "USD" << kMaxMinor / 2 << "EUR" << qint64(2000000) << false << kMaxMinor - 1;
    QTest::newRow("inverse at 1 / 0.999999") << "EUR" << kMaxMinor << "USD" << qint64(999999) << true << qint64(-1);
    QTest::newRow("inverse at 1") << "EUR" << kMaxMinor << "USD" << qint64(1000000) << true << kMaxMinor;
    // CLP -> USD adds two digits: 10^18 micros × 100 leaves qint64
    QTest::newRow("rate × digits overflows") << "CLP" << qint64(1) << "USD" << qint64(1000000000000000000) << false
                                             << qint64(-1);
    QTest::newRow("huge inverse rate") << "USD" << qint64(100) << "CLP" << qint64(1000000000000000000) << true
                                       << qint64(-1);
}

void TestMoney::convertBound()
{
    QFETCH(QString, from);
    QFETCH(qint64, minor);
    QFETCH(QString, to);
    QFETCH(qint64, micros);
    QFETCH(bool, inverse);
    QFETCH(qint64, expected);
    const QDate day(2026, 1, 1);
    const ExchangeRates rates({ inverse ? FxRate { day, to, from, micros } : FxRate { day, from, to, micros } });
    const auto m = rates.convert(Money { minor, from }, to, day);
    if (expected == -1) {
        QVERIFY(!m.has_value());
        QCOMPARE(m.error().code, Error::Code::InvalidInput);
        QVERIFY2(m.error().message.contains(from) && m.error().message.contains(to), qPrintable(m.error().message));
        return;
    }
    QVERIFY2(m.has_value(), qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->minor, expected);
}

void TestMoney::sumBound_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("fits");
    QTest::newRow("max - 1 + 1") << kMaxMinor - 1 << qint64(1) << true;
    QTest::newRow("max + 1") << kMaxMinor << qint64(1) << false;
    QTest::newRow("-max - 1") << -kMaxMinor << qint64(-1) << false;
    QTest::newRow("max + -max") << kMaxMinor << -kMaxMinor << true;
    QTest::newRow("qint64 max + 1") << std::numeric_limits<qint64>::max() << qint64(1) << false;
}

void TestMoney::sumBound()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, fits);
    const auto m = sum(Money { a, QStringLiteral("RUB") }, Money { b, QStringLiteral("RUB") });
    QCOMPARE(m.has_value(), fits);
    if (fits)
        QCOMPARE(m->minor, a + b);
    else
        QVERIFY2(m.error().message.contains(QStringLiteral("RUB")), qPrintable(m.error().message));
}

void TestMoney::damagedAmountsPrint()
{
    // A damaged database may hold the smallest qint64; printing it must not overflow (UBSan).
    const Money m { std::numeric_limits<qint64>::min(), QStringLiteral("USD") };
    QCOMPARE(m.plainText(), QStringLiteral("-92233720368547758.08"));
    QVERIFY(m.display(QLocale(QLocale::English)).contains(QStringLiteral("92,233,720,368,547,758.08")));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
