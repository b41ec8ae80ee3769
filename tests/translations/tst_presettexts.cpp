// The built-in programs and country names in the application's language: every preset text is
// in the table lupdate reads (translations/preset_texts.py), and in Russian and Spanish a preset's
// tier names, notes and benefit labels come out translated while user-typed texts stay as they are.
#include "countries.h"
#include "presettexts.h"
#include "program.h"
#include "translations.h"

#include <QTest>

using namespace pd;

class TestPresetTexts final : public QObject {
    Q_OBJECT

private slots:
    void everyPresetTextIsListed();
    void presetsFollowTheLanguage_data();
    void presetsFollowTheLanguage();
    void userTextsStayAsTyped();
    void countryNames_data();
    void countryNames();
    void cleanupTestCase() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

void TestPresetTexts::everyPresetTextIsListed()
{
    const QStringList listed = presetSourceTexts();
    QStringList missing;
    const auto check = [&](const QString &text) {
        if (!text.isEmpty() && text != QLatin1String("%") && !listed.contains(text))
            missing << text;
    };
    for (const Program &p : builtinPrograms()) {
        check(p.name);
        check(p.description);
        for (const ProductLine &l : p.productLines)
            check(l.name);
        for (const Tier &t : p.tiers) {
            check(t.name);
            check(t.description);
            for (const Requirement &r : t.requirements + t.targets)
                check(r.note);
            for (const RateRule &rate : t.rates)
                check(rate.note);
        }
        for (const BenefitRow &b : p.benefits) {
            check(b.label);
            check(b.unit);
            for (const QJsonValue &v : b.byTier)
                check(v.isString() ? v.toString() : QString());
        }
        for (const Brand &b : p.brands) {
            check(b.name);
            for (const QString &r : b.regions)
                check(r);
        }
        for (const CertificationLevel &l : p.certificationLevels)
            check(l.name);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run translations/preset_texts.py; missing: ")
                                           + missing.join(QStringLiteral(" | "))));
}

void TestPresetTexts::presetsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("firstTier");
    QTest::addColumn<QString>("renewalNote");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Авторизованный")
                        << QStringLiteral("работает с продлениями лицензий");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Autorizado")
                        << QStringLiteral("trabaja con renovaciones de licencias");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Authorized")
                        << QStringLiteral("works on licence renewals");
}

void TestPresetTexts::presetsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, firstTier);
    QFETCH(QString, renewalNote);
    installTranslations(QLocale(language));
    const QList<Program> presets = builtinPrograms();
    const auto reseller = std::find_if(presets.begin(), presets.end(),
                                       [](const Program &p) { return p.key == QLatin1String("reseller-status"); });
    QVERIFY(reseller != presets.end());
    const Program shown = translatedPreset(*reseller);
    QCOMPARE(shown.tiers.constFirst().name, firstTier);
    QStringList notes;
    for (const Tier &t : shown.tiers) {
        for (const Requirement &r : t.requirements)
            notes << r.note;
    }
    QVERIFY2(notes.contains(renewalNote), qPrintable(notes.join(QLatin1Char('|'))));
    // Keys and numbers are never touched.
    QCOMPARE(shown.tiers.constFirst().key, reseller->tiers.constFirst().key);
    QCOMPARE(shown.benefits.size(), reseller->benefits.size());
    if (language != QLatin1String("en")) {
        for (qsizetype i = 0; i < shown.benefits.size(); ++i)
            QVERIFY2(shown.benefits.at(i).label != reseller->benefits.at(i).label, qPrintable(shown.benefits.at(i).label));
    }
}

void TestPresetTexts::userTextsStayAsTyped()
{
    installTranslations(QLocale(QStringLiteral("ru")));
    Program p = builtinPrograms().constFirst();
    p.tiers.first().name = QStringLiteral("Our own tier");
    const Program shown = translatedPreset(p);
    QCOMPARE(shown.tiers.constFirst().name, QStringLiteral("Our own tier"));
    // A program that is not built in is shown exactly as stored.
    Program own = builtinPrograms().constFirst();
    own.key = QStringLiteral("our-program");
    QCOMPARE(translatedPreset(own).tiers.constFirst().name, own.tiers.constFirst().name);
}

void TestPresetTexts::countryNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("en ES") << QStringLiteral("en") << QStringLiteral("ES") << QStringLiteral("Spain");
    QTest::newRow("es ES") << QStringLiteral("es") << QStringLiteral("ES") << QStringLiteral("España");
    QTest::newRow("ru ES") << QStringLiteral("ru") << QStringLiteral("ES") << QStringLiteral("Испания");
    QTest::newRow("es RU") << QStringLiteral("es") << QStringLiteral("RU") << QStringLiteral("Rusia");
    QTest::newRow("ru US") << QStringLiteral("ru") << QStringLiteral("US") << QStringLiteral("Соединенные Штаты");
    QTest::newRow("es MX") << QStringLiteral("es") << QStringLiteral("MX") << QStringLiteral("México");
    QTest::newRow("ru CL") << QStringLiteral("ru") << QStringLiteral("CL") << QStringLiteral("Чили");
    // Named in the application's language whatever the country (CLDR), not only the programs' markets.
    QTest::newRow("ru JP") << QStringLiteral("ru") << QStringLiteral("JP") << QStringLiteral("Япония");
    QTest::newRow("es KW") << QStringLiteral("es") << QStringLiteral("KW") << QStringLiteral("Kuwait");
    QTest::newRow("unknown") << QStringLiteral("es") << QStringLiteral("XX") << QStringLiteral("XX");
}

void TestPresetTexts::countryNames()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, name);
    installTranslations(QLocale(language));
    QCOMPARE(countryDisplayName(code), name);
}

QTEST_GUILESS_MAIN(TestPresetTexts)
#include "tst_presettexts.moc"
