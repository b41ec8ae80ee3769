// The sentences of tier checks (requirementtext.h) in each shipped language, from checks made by
// hand: the expected texts are written from the translations, not made by the code under test.
// No translator is installed on the application: each language comes only from the TextContext.
#include "requirementtext.h"

#include <QTest>

using namespace pd;

namespace {

const QString nb(QChar(0x00A0));

TextContext textFor(const QString &language)
{
    if (language == u"es")
        return TextContext::forLocale(QLocale(QLocale::Spanish, QLocale::Spain));
    if (language == u"ru")
        return TextContext::forLocale(QLocale(QLocale::Russian, QLocale::Russia));
    return TextContext::forLocale(QLocale(QLocale::English, QLocale::UnitedStates));
}

RequirementCheck salesShort()
{
    RequirementCheck c;
    c.requirement.metric = Metric::Sales;
    c.requirement.money = Money { 50000000, QStringLiteral("RUB") };
    c.requirement.periodMonths = 12;
    c.actual = 38000000;
    c.gap = 12000000;
    return c;
}

RequirementCheck oneSpecialistShort()
{
    RequirementCheck c;
    c.requirement.metric = Metric::CertifiedTechnical;
    c.requirement.count = 2;
    c.actual = 1;
    c.gap = 1;
    return c;
}

RequirementCheck reportsMissing()
{
    RequirementCheck c;
    c.requirement.metric = Metric::Event;
    c.requirement.event = EventKind::MonthlyReport;
    c.requirement.cadence = Cadence::Monthly;
    c.requirement.periodMonths = 6;
    c.actual = 4;
    c.gap = 2;
    c.missingPeriods = { QDate(2026, 5, 1), QDate(2026, 7, 1) };
    return c;
}

RequirementCheck npsUnknown()
{
    RequirementCheck c;
    c.requirement.metric = Metric::Nps;
    c.requirement.percent = Rate::percent(40);
    c.unknown = true;
    return c;
}

RequirementCheck trainedSince()
{
    RequirementCheck c;
    c.requirement.metric = Metric::Event;
    c.requirement.event = EventKind::TrainingCompleted;
    c.requirement.cadence = Cadence::Ever;
    c.met = true;
    c.actual = 1;
    c.eventOn = QDate(2022, 8, 9);
    return c;
}

} // namespace

Q_DECLARE_METATYPE(pd::RequirementCheck)

class TestRequirementText final : public QObject {
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
    void nextTierNoteFollowsTheLanguage();
    void periodKeys();
};

void TestRequirementText::sentences_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<RequirementCheck>("check");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("gap");

    QTest::newRow("sales-en") << "en" << salesShort() << u"Sales: at least RUB" + nb + u"500,000.00 in 12 months"
                              << u"RUB" + nb + u"380,000.00"
                              << u"needs RUB" + nb + u"120,000.00 more sales in the trailing 12 months";
    QTest::newRow("sales-es") << "es" << salesShort() << u"Ventas: al menos 500.000,00" + nb + u"RUB en 12 meses"
                              << u"380.000,00" + nb + u"RUB"
                              << u"faltan 120.000,00" + nb + u"RUB de ventas en los últimos 12 meses";
    // Roubles in Russian take the rouble sign.
    QTest::newRow("sales-ru") << "ru" << salesShort()
                              << u"Продажи: не менее 500" + nb + u"000,00" + nb + u"₽ за 12 месяцев"
                              << u"380" + nb + u"000,00" + nb + u"₽"
                              << u"не хватает 120" + nb + u"000,00" + nb + u"₽ продаж за последние 12 месяцев";

    QTest::newRow("count-en") << "en" << oneSpecialistShort() << "Certified technical specialists: at least 2" << "1"
                              << "needs 1 more certified technical specialist";
    QTest::newRow("count-es") << "es" << oneSpecialistShort()
                              << QStringLiteral("Especialistas técnicos certificados: al menos 2") << "1"
                              << QStringLiteral("falta 1 especialista técnico certificado más");
    QTest::newRow("count-ru") << "ru" << oneSpecialistShort()
                              << QStringLiteral("Сертифицированные технические специалисты: не менее 2") << "1"
                              << QStringLiteral("не хватает 1 сертифицированного технического специалиста");

    QTest::newRow("monthly-en") << "en" << reportsMissing() << "Monthly financial report filed every month"
                                << "4 of 6 months"
                                << "Monthly financial report filed missing for 2 months: 2026-05, 2026-07";
    QTest::newRow("monthly-es") << "es" << reportsMissing()
                                << QStringLiteral("Presentación del informe financiero mensual: cada mes")
                                << "4 de 6 meses"
                                << QStringLiteral("Presentación del informe financiero mensual: falta en 2 meses: 2026-05, 2026-07");
    QTest::newRow("monthly-ru") << "ru" << reportsMissing()
                                << QStringLiteral("Сдача ежемесячного финансового отчёта: ежемесячно")
                                << QStringLiteral("4 из 6 месяцев")
                                << QStringLiteral("Сдача ежемесячного финансового отчёта: пропущено 2 месяца: 2026-05, 2026-07");

    QTest::newRow("unknown-en") << "en" << npsUnknown() << "Net Promoter Score: at least 40%" << "unknown"
                                << "no Net Promoter Score recorded in the last 12 months";
    QTest::newRow("unknown-es") << "es" << npsUnknown() << u"Net Promoter Score (NPS): al menos 40" + nb + u"%"
                                << "desconocido"
                                << QStringLiteral("no hay Net Promoter Score (NPS) registrado en los últimos 12 meses");
    QTest::newRow("unknown-ru") << "ru" << npsUnknown()
                                << u"Индекс NPS (Net Promoter Score): не менее 40" + nb + u"%"
                                << QStringLiteral("неизвестно")
                                << QStringLiteral("нет данных индекса NPS за последние 12 месяцев");

    QTest::newRow("since-en") << "en" << trainedSince() << "Implementation training completed" << "since 8/9/2022" << "";
    QTest::newRow("since-es") << "es" << trainedSince()
                              << QStringLiteral("Finalización de la formación de implementación") << "desde el 9/8/2022" << "";
    QTest::newRow("since-ru") << "ru" << trainedSince()
                              << QStringLiteral("Прохождение обучения по внедрению") << QStringLiteral("с 09.08.2022") << "";
}

void TestRequirementText::sentences()
{
    QFETCH(QString, language);
    QFETCH(RequirementCheck, check);
    QFETCH(QString, description);
    QFETCH(QString, actual);
    QFETCH(QString, gap);
    const TextContext text = textFor(language);
    QCOMPARE(requirementText(check.requirement, text), description);
    QCOMPARE(actualText(check, text), actual);
    QCOMPARE(gapText(check, text), gap);
    QCOMPARE(gapOrRequirementText(check, text), gap.isEmpty() ? description : gap);
}

// The note names the tier as the language shows a built-in program's tier; two languages side
// by side in one thread, neither installed on the application.
void TestRequirementText::nextTierNoteFollowsTheLanguage()
{
    Evaluation e;
    e.nextTier = QStringLiteral("top");
    e.nextTierName = QStringLiteral("Top");
    e.nextTierAdmission = Admission::Invitation;
    QCOMPARE(nextTierNote(e, textFor(QStringLiteral("en"))), QStringLiteral("Top is by invitation only."));
    QCOMPARE(nextTierNote(e, textFor(QStringLiteral("es"))), QStringLiteral("Top solo se concede por invitación."));
    QCOMPARE(nextTierNote(e, textFor(QStringLiteral("ru"))),
             QStringLiteral("Уровень Top присваивается только по приглашению."));
    e.nextTierAdmission = Admission::Automatic;
    QVERIFY(nextTierNote(e, textFor(QStringLiteral("es"))).isEmpty());
}

void TestRequirementText::periodKeys()
{
    QCOMPARE(periodKey(QDate(2026, 5, 1), Cadence::Monthly), QStringLiteral("2026-05"));
    QCOMPARE(periodKey(QDate(2026, 10, 1), Cadence::Quarterly), QStringLiteral("2026-Q4"));
}

QTEST_GUILESS_MAIN(TestRequirementText)
#include "tst_requirementtext.moc"
