// Numbers, percentages and dates for people, as each shipped language writes them (CLDR), and the
// tier engine's texts, which use them.
#include "dates.h"
#include "facts.h"
#include "licensing/entitlements.h"
#include "money.h"
#include "program.h"
#include "requirementtext.h"
#include "tierengine.h"
#include "translations.h"

#include <QRegularExpression>
#include <QTest>

using namespace pd;

namespace {

QLocale localeFor(const QString &language)
{
    if (language == u"es")
        return QLocale(QLocale::Spanish, QLocale::Spain);
    if (language == u"ru")
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

const QString nb(QChar(0x00A0));

Program program(const QString &requirementsJson)
{
    const QString json = QStringLiteral(R"({"format":1,"key":"t","name":"T","currency":"RUB",
        "productLines":[{"key":"ti","name":"TI"}],
        "tiers":[{"key":"base","name":"Base","requirements":[]},
                 {"key":"top","name":"Top","requirements":[%1]}]})")
                             .arg(requirementsJson);
    auto p = programFromJson(json.toUtf8());
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    return *p;
}

} // namespace

class TestFormats final : public QObject {
    Q_OBJECT
private slots:
    // English texts, so that only the formats differ between rows.
    void initTestCase() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void groupedNumbers_data();
    void groupedNumbers();
    void percentages_data();
    void percentages();
    void hundredths_data();
    void hundredths();
    void percentMessages_data();
    void percentMessages();
    void isoDates_data();
    void isoDates();
    void parsedDates_data();
    void parsedDates();
    void dates_data();
    void dates();
    void tierTexts_data();
    void tierTexts();
};

void TestFormats::groupedNumbers_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en-999") << "en" << qint64(999) << "999";
    QTest::newRow("en-1200") << "en" << qint64(1200) << "1,200";
    QTest::newRow("en-negative") << "en" << qint64(-1234567) << "-1,234,567";
    // Spanish groups from five digits on (CLDR minimum grouping 2); Qt 6.4 groups four.
    QTest::newRow("es-1200") << "es" << qint64(1200) << "1200";
    QTest::newRow("es-12000") << "es" << qint64(12000) << "12.000";
    QTest::newRow("es-1234567") << "es" << qint64(1234567) << "1.234.567";
    QTest::newRow("ru-1200") << "ru" << qint64(1200) << QStringLiteral("1") + nb + QStringLiteral("200");
    QTest::newRow("ru-12000") << "ru" << qint64(12000) << QStringLiteral("12") + nb + QStringLiteral("000");
}

void TestFormats::groupedNumbers()
{
    QFETCH(QString, language);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(groupedNumber(value, localeFor(language)), expected);
}

void TestFormats::percentages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("bp");
    QTest::addColumn<bool>("plusSign");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en-whole") << "en" << qint64(3000) << false << "30%";
    QTest::newRow("en-half") << "en" << qint64(1250) << false << "12.5%";
    QTest::newRow("en-hundredths") << "en" << qint64(5999) << false << "59.99%";
    QTest::newRow("en-grouped") << "en" << qint64(120000) << false << "1,200%";
    QTest::newRow("en-plus") << "en" << qint64(450) << true << "+4.5%";
    QTest::newRow("en-negative") << "en" << qint64(-705) << true << "-7.05%";
    QTest::newRow("en-zero") << "en" << qint64(0) << true << "0%";
    QTest::newRow("es-whole") << "es" << qint64(3000) << false << QStringLiteral("30") + nb + u'%';
    QTest::newRow("es-half") << "es" << qint64(1250) << false << QStringLiteral("12,5") + nb + u'%';
    QTest::newRow("es-ungrouped") << "es" << qint64(120000) << false << QStringLiteral("1200") + nb + u'%';
    QTest::newRow("ru-whole") << "ru" << qint64(3000) << false << QStringLiteral("30") + nb + u'%';
    QTest::newRow("ru-half") << "ru" << qint64(1250) << false << QStringLiteral("12,5") + nb + u'%';
    QTest::newRow("ru-negative") << "ru" << qint64(-2000) << false << QStringLiteral("-20") + nb + u'%';
}

void TestFormats::percentages()
{
    QFETCH(QString, language);
    QFETCH(qint64, bp);
    QFETCH(bool, plusSign);
    QFETCH(QString, expected);
    QCOMPARE(percentDisplay(bp, localeFor(language), plusSign), expected);
}

void TestFormats::hundredths_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en-whole") << "en" << qint64(500) << "5";
    QTest::newRow("en-half") << "en" << qint64(1250) << "12.5";
    QTest::newRow("en-hundredths") << "en" << qint64(705) << "7.05";
    QTest::newRow("en-grouped") << "en" << qint64(120025) << "1,200.25";
    QTest::newRow("es-whole") << "es" << qint64(500) << "5";
    QTest::newRow("es-half") << "es" << qint64(1250) << "12,5";
    QTest::newRow("es-ungrouped") << "es" << qint64(120025) << "1200,25";
    QTest::newRow("ru-half") << "ru" << qint64(1250) << "12,5";
    QTest::newRow("ru-grouped") << "ru" << qint64(120000) << QStringLiteral("1") + nb + QStringLiteral("200");
    QTest::newRow("ru-negative") << "ru" << qint64(-50) << "-0,5";
}

// What percentDisplay writes before its sign, for "percentage points" and the like.
void TestFormats::hundredths()
{
    QFETCH(QString, language);
    QFETCH(qint64, hundredths);
    QFETCH(QString, expected);
    QCOMPARE(hundredthsDisplay(hundredths, localeFor(language)), expected);
}

void TestFormats::percentMessages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("tooMuch");
    QTest::addColumn<QString>("minAboveMax");
    QTest::addColumn<QString>("outsideRange");
    const QString pc = nb + u'%';
    QTest::newRow("en") << "en" << QStringLiteral("10%\u201312.5%") << "150% is more than 100%"
                        << "the minimum 15% is above the maximum 10%"
                        << QStringLiteral("A discount of 30% is outside the tier Gold's range of 10%\u201312.5%.");
    QTest::newRow("es") << "es" << QStringLiteral("10") + pc + QStringLiteral("\u201312,5") + pc
                        << QStringLiteral("150") + pc + QStringLiteral(" is more than 100") + pc
                        << QStringLiteral("the minimum 15") + pc + QStringLiteral(" is above the maximum 10") + pc
                        << QStringLiteral("A discount of 30") + pc + QStringLiteral(" is outside the tier Gold's range of 10")
                               + pc + QStringLiteral("\u201312,5") + pc + u'.';
    QTest::newRow("ru") << "ru" << QStringLiteral("10") + pc + QStringLiteral("\u201312,5") + pc
                        << QStringLiteral("150") + pc + QStringLiteral(" is more than 100") + pc
                        << QStringLiteral("the minimum 15") + pc + QStringLiteral(" is above the maximum 10") + pc
                        << QStringLiteral("A discount of 30") + pc + QStringLiteral(" is outside the tier Gold's range of 10")
                               + pc + QStringLiteral("\u201312,5") + pc + u'.';
}

// Messages naming percentages take them whole from percentDisplay: no " %" of their own.
void TestFormats::percentMessages()
{
    QFETCH(QString, language);
    QFETCH(QString, range);
    QFETCH(QString, tooMuch);
    QFETCH(QString, minAboveMax);
    QFETCH(QString, outsideRange);
    const FormattingScope scope(localeFor(language));
    QCOMPARE(percentRangeDisplay(1000, 1250, localeFor(language)), range);
    const auto parsed = Rate::parsePercent(QStringLiteral("150"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, tooMuch);
    const auto p = programFromJson(QByteArray(R"({"format":1,"key":"t","name":"T","currency":"RUB",
        "productLines":[{"key":"ti","name":"TI"}],
        "tiers":[{"key":"base","name":"Base","requirements":[],
                  "rates":{"ti":{"reward":{"min":"15","max":"10"}}}}]})"));
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(minAboveMax), qPrintable(p.error().message));
    const auto discount = creditDiscount(CreditDiscountRange { true, Rate { 1000 }, Rate { 1250 } },
                                         QStringLiteral("Gold"), Rate::percent(30));
    QVERIFY(!discount);
    QCOMPARE(discount.error().message, outsideRange);
}

void TestFormats::isoDates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("ordinary") << QDate(2026, 3, 9);
    QTest::newRow("end of year") << QDate(2026, 12, 31);
    QTest::newRow("first year") << QDate(1, 1, 1);
    QTest::newRow("last four-digit year") << QDate(9999, 12, 31);
    QTest::newRow("five-digit year") << QDate(10000, 1, 1);
    QTest::newRow("before year 1") << QDate(-5, 6, 7);
    QTest::newRow("invalid") << QDate();
}

void TestFormats::isoDates()
{
    // isoDate writes the common years itself, for speed; it must give Qt's text for every date.
    QFETCH(QDate, date);
    QCOMPARE(isoDate(date), date.toString(Qt::ISODate));
    if (date.isValid() && date.year() >= 1 && date.year() <= 9999)
        QCOMPARE(parseIsoDate(isoDate(date)), date);
}

void TestFormats::parsedDates_data()
{
    // parseIsoDate reads plain YYYY-MM-DD itself, for speed; every text must give what the
    // shape check and Qt's own ISO parse give.
    QTest::addColumn<QString>("text");
    for (const char *text : { "2026-03-09", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
                              "0000-01-01", "0001-01-01", "9999-12-31", " 2026-03-09 ", "2026-3-09", "2026/03/09",
                              "20260-03-09", "2026-03-0x", "+026-03-09", "", "2026-03-09T00:00" })
        QTest::newRow(text) << QString::fromLatin1(text);
    // Arabic-Indic digits match \\d but are not an ISO date.
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0662\u0660\u0662\u0666-\u0660\u0663-\u0660\u0669");
}

void TestFormats::parsedDates()
{
    QFETCH(QString, text);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate expected = shape.match(trimmed).hasMatch() ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    QCOMPARE(parseIsoDate(text), expected);
}

void TestFormats::dates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    // The short format's order and separators, with four-digit years.
    QTest::newRow("en") << "en" << QDate(2022, 8, 9) << "8/9/2022";
    QTest::newRow("en-end-of-year") << "en" << QDate(2026, 12, 31) << "12/31/2026";
    QTest::newRow("es") << "es" << QDate(2022, 8, 9) << "9/8/2022";
    QTest::newRow("es-end-of-year") << "es" << QDate(2026, 12, 31) << "31/12/2026";
    QTest::newRow("ru") << "ru" << QDate(2022, 8, 9) << "09.08.2022";
    QTest::newRow("invalid") << "en" << QDate() << "";
}

void TestFormats::dates()
{
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(displayDate(date, localeFor(language)), expected);
}

void TestFormats::tierTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("growthDescription");
    QTest::addColumn<QString>("growthActual");
    QTest::addColumn<QString>("growthGap");
    QTest::addColumn<QString>("countDescription");
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("lastOn");
    QTest::newRow("en") << "en" << "Revenue growth: at least 30% in 12 months" << "17.5%"
                        << "needs 12.5 percentage points more revenue growth"
                        << "Active customers: at least 1,200 in 12 months" << "since 8/9/2022"
                        << "last on 7/15/2026";
    QTest::newRow("es") << "es" << QStringLiteral("Revenue growth: at least 30") + nb + QStringLiteral("% in 12 months")
                        << QStringLiteral("17,5") + nb + u'%' << "needs 12,5 percentage points more revenue growth"
                        << "Active customers: at least 1200 in 12 months"
                        << "since 9/8/2022" << "last on 15/7/2026";
    QTest::newRow("ru") << "ru" << QStringLiteral("Revenue growth: at least 30") + nb + QStringLiteral("% in 12 months")
                        << QStringLiteral("17,5") + nb + u'%' << "needs 12,5 percentage points more revenue growth"
                        << QStringLiteral("Active customers: at least 1") + nb + QStringLiteral("200 in 12 months")
                        << "since 09.08.2022" << "last on 15.07.2026";
}

// The requirement descriptions and actual values the window and the review show, formatted in
// the locale they are rendered with (no translation is installed here: the English texts).
void TestFormats::tierTexts()
{
    QFETCH(QString, language);
    QFETCH(QString, growthDescription);
    QFETCH(QString, growthActual);
    QFETCH(QString, growthGap);
    QFETCH(QString, countDescription);
    QFETCH(QString, since);
    QFETCH(QString, lastOn);
    const TextContext text { localeFor(language), nullptr };
    const Program p = program(QStringLiteral(R"({"metric":"growth","atLeast":"30"},
        {"metric":"active_customers","atLeast":1200},
        {"metric":"event","event":"training_completed","cadence":"ever"},
        {"metric":"event","event":"monthly_report","cadence":"period","periodMonths":6})"));
    Partner partner;
    partner.id = 1;
    partner.programKey = QStringLiteral("t");
    partner.tierKey = QStringLiteral("base");
    partner.joinedOn = QDate(2020, 1, 15);
    PartnerFacts facts;
    WindowFacts &w = facts.windows[12];
    w.sales << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("ti"), false, 11750, 2 };
    w.previousSales << SalesAggregate { QStringLiteral("RUB"), QStringLiteral("ti"), false, 10000, 2 };
    facts.firstEvent.insert(EventKind::TrainingCompleted, QDate(2022, 8, 9));
    facts.lastEvent.insert(EventKind::MonthlyReport, QDate(2026, 7, 15));
    const QList<RequirementCheck> checks =
        evaluatePartner(partner, p, facts, {}, QDate(2026, 9, 30)).tiers.at(1).requirements;
    QCOMPARE(checks.size(), 4);
    QCOMPARE(requirementText(checks.at(0).requirement, text), growthDescription);
    QCOMPARE(actualText(checks.at(0), text), growthActual);
    QCOMPARE(gapText(checks.at(0), text), growthGap);
    QCOMPARE(requirementText(checks.at(1).requirement, text), countDescription);
    QCOMPARE(actualText(checks.at(2), text), since);
    QCOMPARE(actualText(checks.at(3), text), lastOn);
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
