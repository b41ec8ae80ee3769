// The world data table (core/worlddata): ISO 4217 currencies and their minor digits, ISO 3166-1
// countries and their names in en, es, ru. Expected values are written here from ISO 4217,
// ISO 3166-1 and CLDR, not read from the table.
#include "countries.h"
#include "money.h"
#include "worlddata/worlddata.h"

#include <QLocale>
#include <QTest>

using namespace pd;

class TestWorldData final : public QObject {
    Q_OBJECT
private slots:
    void digits_data();
    void digits();
    void knownCurrenciesKeepTheirDigits_data();
    void knownCurrenciesKeepTheirDigits();
    void refused_data();
    void refused();
    void amounts_data();
    void amounts();
    void currencyNames_data();
    void currencyNames();
    void countryNames_data();
    void countryNames();
    void countryCodes_data();
    void countryCodes();
    void tablesAreSortedAndComplete();
};

void TestWorldData::digits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    // ISO 4217 minor units.
    QTest::newRow("KWD") << "KWD" << 3;
    QTest::newRow("BHD") << "BHD" << 3;
    QTest::newRow("JPY") << "JPY" << 0;
    QTest::newRow("INR") << "INR" << 2;
    QTest::newRow("SEK") << "SEK" << 2;
    QTest::newRow("HUF") << "HUF" << 2;
    QTest::newRow("ISK") << "ISK" << 0;
    QTest::newRow("CLP") << "CLP" << 0;
    // CLDR says 0 for these (what is used in practice); ISO 4217, which money follows, says:
    QTest::newRow("IQD") << "IQD" << 3;
    QTest::newRow("RSD") << "RSD" << 2;
    QTest::newRow("ALL") << "ALL" << 2;
}

void TestWorldData::digits()
{
    QFETCH(QString, code);
    QFETCH(int, digits);
    const auto currency = Currency::find(code);
    QVERIFY2(currency.has_value(), qPrintable(currency ? QString() : currency.error().message));
    QCOMPARE(currency->digits, digits);
    QCOMPARE(world::currencyDigits(code), digits);
}

// Amounts are stored as integer minor units: a currency known before the table came from ICU
// must keep its digits, or stored amounts would change meaning. The list of PartnerDesk 0.1.
void TestWorldData::knownCurrenciesKeepTheirDigits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    const std::pair<const char *, int> before[] = {
        { "ARS", 2 }, { "AUD", 2 }, { "BRL", 2 }, { "BYN", 2 }, { "CAD", 2 }, { "CHF", 2 }, { "CLP", 0 }, { "CNY", 2 },
        { "COP", 2 }, { "CZK", 2 }, { "EUR", 2 }, { "GBP", 2 }, { "JPY", 0 }, { "KRW", 0 }, { "KZT", 2 }, { "MXN", 2 },
        { "PEN", 2 }, { "PLN", 2 }, { "RUB", 2 }, { "TRY", 2 }, { "UAH", 2 }, { "USD", 2 }, { "UYU", 2 },
    };
    for (const auto &[code, digits] : before)
        QTest::newRow(code) << QString::fromLatin1(code) << digits;
}

void TestWorldData::knownCurrenciesKeepTheirDigits()
{
    digits();
}

void TestWorldData::refused_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("not ISO 4217") << "XYZ";
    QTest::newRow("withdrawn: Russian ruble before 1998") << "RUR";
    QTest::newRow("withdrawn: Croatian kuna") << "HRK";
    QTest::newRow("not legal tender: gold") << "XAU";
    QTest::newRow("not legal tender: Chilean unit of account") << "CLF";
    QTest::newRow("lower case") << "usd";
    QTest::newRow("empty") << "";
}

void TestWorldData::refused()
{
    QFETCH(QString, code);
    const auto currency = Currency::find(code);
    QVERIFY(!currency.has_value());
    QCOMPARE(currency.error().code, Error::Code::InvalidInput);
    QCOMPARE(currency.error().message,
             QStringLiteral("unknown currency \"%1\" (expected an ISO 4217 code such as USD, EUR, RUB)").arg(code));
    QCOMPARE(world::currencyDigits(code), -1);
    QVERIFY(!Currency::codes().contains(code));
}

void TestWorldData::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor"); // -1: refused for its decimals
    QTest::addColumn<QString>("plain");
    QTest::newRow("KWD fils") << "12.345" << "KWD" << qint64(12345) << "12.345";
    QTest::newRow("KWD whole") << "7" << "kwd" << qint64(7000) << "7.000";
    QTest::newRow("KWD four decimals") << "1.2345" << "KWD" << qint64(-1) << "";
    QTest::newRow("JPY") << "1500" << "JPY" << qint64(1500) << "1500";
    QTest::newRow("JPY decimals") << "1.5" << "JPY" << qint64(-1) << "";
    QTest::newRow("INR") << "999.99" << "INR" << qint64(99999) << "999.99";
    QTest::newRow("SEK") << "250,5" << "SEK" << qint64(25050) << "250.50";
}

void TestWorldData::amounts()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, plain);
    const auto money = Money::parse(text, currency);
    if (minor < 0) {
        QVERIFY(!money.has_value());
        QVERIFY2(money.error().message.contains(currency.toUpper()), qPrintable(money.error().message));
        return;
    }
    QVERIFY2(money.has_value(), qPrintable(money ? QString() : money.error().message));
    QCOMPARE(money->minor, minor);
    QCOMPARE(money->currency, currency.toUpper());
    QCOMPARE(money->plainText(), plain);
}

void TestWorldData::currencyNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("en USD") << "en" << "USD" << "US Dollar";
    QTest::newRow("es USD") << "es" << "USD" << QStringLiteral("dólar estadounidense");
    QTest::newRow("ru USD") << "ru" << "USD" << QStringLiteral("доллар США");
    QTest::newRow("es KWD") << "es" << "KWD" << QStringLiteral("dinar kuwaití");
    QTest::newRow("ru SEK") << "ru" << "SEK" << QStringLiteral("шведская крона");
    QTest::newRow("ru RUB") << "ru" << "RUB" << QStringLiteral("российский рубль");
    QTest::newRow("de falls back to en") << "de" << "EUR" << "Euro";
    QTest::newRow("unknown") << "es" << "XYZ" << "";
}

void TestWorldData::currencyNames()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(world::currencyName(code, QLocale(language)), name);
}

void TestWorldData::countryNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("en DE") << "en" << "DE" << "Germany";
    QTest::newRow("es DE") << "es" << "DE" << "Alemania";
    QTest::newRow("ru DE") << "ru" << "DE" << QStringLiteral("Германия");
    // Countries that were shown in English to Spanish and Russian users before.
    QTest::newRow("es JP") << "es" << "JP" << QStringLiteral("Japón");
    QTest::newRow("ru JP") << "ru" << "JP" << QStringLiteral("Япония");
    QTest::newRow("es SE") << "es" << "SE" << "Suecia";
    QTest::newRow("ru IN") << "ru" << "IN" << QStringLiteral("Индия");
    QTest::newRow("es KW") << "es" << "KW" << "Kuwait";
    QTest::newRow("ru KW") << "ru" << "KW" << QStringLiteral("Кувейт");
    QTest::newRow("es ZA") << "es" << "ZA" << QStringLiteral("Sudáfrica");
    QTest::newRow("ru ES") << "ru" << "ES" << QStringLiteral("Испания");
    QTest::newRow("de falls back to en") << "de" << "DE" << "Germany";
    QTest::newRow("lower case is read") << "es" << "mx" << QStringLiteral("México");
    QTest::newRow("unknown shown as is") << "ru" << "XX" << "XX";
}

void TestWorldData::countryNames()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(countryDisplayName(code, QLocale(language)), name);
}

void TestWorldData::countryCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("country");
    for (const char *code : { "DE", "JP", "SE", "IN", "KW", "AQ", "PS", "ZW" })
        QTest::newRow(code) << QString::fromLatin1(code) << true;
    // CLDR territories that ISO 3166-1 does not assign, and groupings.
    for (const char *code : { "XK", "AC", "EA", "IC", "EU", "UN", "ZZ", "de", "DEU", "" })
        QTest::newRow(code) << QString::fromLatin1(code) << false;
}

void TestWorldData::countryCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, country);
    QCOMPARE(isCountryCode(code), country);
    QCOMPARE(world::countryName(code, QLocale(QLocale::English)).isEmpty(), !country);
}

void TestWorldData::tablesAreSortedAndComplete()
{
    // Lookups search by halves: the codes must be in order, each once.
    for (const QStringList &codes : { world::currencyCodes(), world::countryCodes() }) {
        for (qsizetype i = 1; i < codes.size(); ++i)
            QVERIFY2(codes.at(i - 1) < codes.at(i), qPrintable(codes.at(i)));
    }
    // ISO 3166-1 assigns 249 alpha-2 codes; ISO 4217 lists about 150 currencies in use.
    QCOMPARE(world::countryCodes().size(), 249);
    QVERIFY(world::currencyCodes().size() > 140);
    for (const QString &code : world::currencyCodes()) {
        const int digits = world::currencyDigits(code);
        QVERIFY2(digits == 0 || digits == 2 || digits == 3, qPrintable(code));
        for (const char *language : { "en", "es", "ru" })
            QVERIFY2(!world::currencyName(code, QLocale(QString::fromLatin1(language))).isEmpty(), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(TestWorldData)
#include "tst_worlddata.moc"
