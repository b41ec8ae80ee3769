// Plural forms and money formatting through the real translator: the .qm files embedded in pdcore
// under :/i18n, loaded by pd::installTranslations as the applications do.
#include "money.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TstPlurals : public QObject {
    Q_OBJECT
private slots:
    void cleanup();
    void embedded_data();
    void embedded();
    void specialists_data();
    void specialists();
    void months_data();
    void months();
    void plainMessage_data();
    void plainMessage();
    void money_data();
    void money();
};

namespace {
QString specialistGap(int n)
{
    return QCoreApplication::translate("pd::TierEngine", "needs %n more certified technical specialist(s)", nullptr, n);
}
} // namespace

void TstPlurals::cleanup()
{
    pd::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstPlurals::embedded_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &lang : pd::availableLanguages())
        QTest::newRow(qPrintable(lang)) << lang;
}

void TstPlurals::embedded()
{
    QFETCH(QString, lang);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/partnerdesk_%1.qm").arg(lang)));
}

void TstPlurals::specialists_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    // Russian: one (1, 21), few (2-4, 22-24), many (5-20, 25-30, 0)
    QTest::newRow("ru 1") << "ru" << 1 << u"не хватает 1 сертифицированного технического специалиста"_s;
    QTest::newRow("ru 3") << "ru" << 3 << u"не хватает 3 сертифицированных технических специалистов"_s;
    QTest::newRow("ru 5") << "ru" << 5 << u"не хватает 5 сертифицированных технических специалистов"_s;
    QTest::newRow("ru 21") << "ru" << 21 << u"не хватает 21 сертифицированного технического специалиста"_s;
    QTest::newRow("es 1") << "es" << 1 << u"falta 1 especialista técnico certificado más"_s;
    QTest::newRow("es 3") << "es" << 3 << u"faltan 3 especialistas técnicos certificados más"_s;
    QTest::newRow("es 5") << "es" << 5 << u"faltan 5 especialistas técnicos certificados más"_s;
    QTest::newRow("es 21") << "es" << 21 << u"faltan 21 especialistas técnicos certificados más"_s;
    QTest::newRow("en 1") << "en" << 1 << u"needs 1 more certified technical specialist"_s;
    QTest::newRow("en 21") << "en" << 21 << u"needs 21 more certified technical specialists"_s;
}

void TstPlurals::specialists()
{
    QFETCH(QString, locale);
    QFETCH(int, n);
    QFETCH(QString, expected);
    pd::installTranslations(QLocale(locale));
    QCOMPARE(specialistGap(n), expected);
}

void TstPlurals::months_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru 1") << "ru" << 1 << u"1 месяц"_s;
    QTest::newRow("ru 2") << "ru" << 2 << u"2 месяца"_s;
    QTest::newRow("ru 11") << "ru" << 11 << u"11 месяцев"_s;
    QTest::newRow("ru 12") << "ru" << 12 << u"12 месяцев"_s;
    QTest::newRow("ru 22") << "ru" << 22 << u"22 месяца"_s;
    QTest::newRow("ru 0") << "ru" << 0 << u"0 месяцев"_s;
    QTest::newRow("es 1") << "es" << 1 << u"1 mes"_s;
    QTest::newRow("es 0") << "es" << 0 << u"0 meses"_s;
    QTest::newRow("es 12") << "es" << 12 << u"12 meses"_s;
}

void TstPlurals::months()
{
    QFETCH(QString, locale);
    QFETCH(int, n);
    QFETCH(QString, expected);
    pd::installTranslations(QLocale(locale));
    QCOMPARE(QCoreApplication::translate("pd::TierEngine", "%n month(s)", nullptr, n), expected);
}

void TstPlurals::plainMessage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("es") << "es_ES" << u"Evaluación cancelada."_s;
    QTest::newRow("es_MX falls back to es") << "es_MX" << u"Evaluación cancelada."_s;
    QTest::newRow("ru") << "ru_RU" << u"Оценка отменена."_s;
    QTest::newRow("en") << "en_US" << u"Evaluation cancelled."_s;
    QTest::newRow("unshipped language falls back to English") << "de_DE" << u"Evaluation cancelled."_s;
}

void TstPlurals::plainMessage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    pd::installTranslations(QLocale(locale));
    QCOMPARE(QCoreApplication::translate("pd::TierEngine", "Evaluation cancelled."), expected);
}

void TstPlurals::money_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    // Each language's grouping, decimal sign and currency sign (CLDR): the symbol where the
    // language reads it unambiguously, else the ISO code; before the number in English, after it
    // in Spanish and Russian. Qt 6.4.2's own grouping gives "1200.000" in Spanish; Money::display
    // groups by hand, and Spanish leaves four-digit numbers ungrouped.
    QTest::newRow("es_ES RUB") << "es_ES" << qint64(120000000) << "RUB" << u"1.200.000,00\u00A0RUB"_s;
    QTest::newRow("ru_RU RUB") << "ru_RU" << qint64(120000000) << "RUB" << u"1\u00A0200\u00A0000,00\u00A0\u20BD"_s;
    QTest::newRow("en_US RUB") << "en_US" << qint64(120000000) << "RUB" << u"RUB\u00A01,200,000.00"_s;
    QTest::newRow("en_US USD") << "en_US" << qint64(120000000) << "USD" << u"$1,200,000.00"_s;
    QTest::newRow("en_US EUR negative") << "en_US" << qint64(-12345) << "EUR" << u"-\u20AC123.45"_s;
    QTest::newRow("en_GB GBP") << "en_GB" << qint64(99) << "GBP" << u"\u00A30.99"_s;
    QTest::newRow("en_US JPY no minor unit") << "en_US" << qint64(1234567) << "JPY" << u"JPY\u00A01,234,567"_s;
    QTest::newRow("ru_RU USD cents") << "ru_RU" << qint64(2500050) << "USD" << u"25\u00A0000,50\u00A0$"_s;
    QTest::newRow("ru_RU EUR negative") << "ru_RU" << qint64(-2500050) << "EUR" << u"-25\u00A0000,50\u00A0\u20AC"_s;
    QTest::newRow("es_ES EUR") << "es_ES" << qint64(50000000) << "EUR" << u"500.000,00\u00A0\u20AC"_s;
    QTest::newRow("es_ES USD is US$") << "es_ES" << qint64(50000000) << "USD" << u"500.000,00\u00A0US$"_s;
    QTest::newRow("es_ES eight digits") << "es_ES" << qint64(1234567800) << "EUR" << u"12.345.678,00\u00A0\u20AC"_s;
    QTest::newRow("es_ES four digits stay ungrouped") << "es_ES" << qint64(123450) << "EUR" << u"1234,50\u00A0\u20AC"_s;
    QTest::newRow("es_ES negative") << "es_ES" << qint64(-12345) << "EUR" << u"-123,45\u00A0\u20AC"_s;
}

void TstPlurals::money()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const pd::Money m { minor, currency };
    QCOMPARE(m.display(QLocale(locale)), expected);
    // installTranslations makes the locale the default, which display() without an argument uses.
    pd::installTranslations(QLocale(locale));
    QCOMPARE(m.display(), expected);
}

QTEST_GUILESS_MAIN(TstPlurals)
#include "tst_plurals.moc"
