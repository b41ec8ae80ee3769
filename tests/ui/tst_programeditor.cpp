// The program editor: its models, validation with the JSON import's messages, the rate and
// benefit cell syntax, JSON import and export, and saving.
#include "program/benefitmatrixmodel.h"
#include "program/productlinesmodel.h"
#include "program/programdraft.h"
#include "program/programeditor.h"
#include "program/ratesmodel.h"
#include "program/requirementsmodel.h"
#include "program/tiersmodel.h"
#include "session.h"
#include "testdatabase.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::ui;

class TestProgramEditor final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelsKeepTheContract();
    void showsTheStoredProgram();
    void validationUsesTheImportMessages();
    void firstTierMustBeAutomatic();
    void rateCells_data();
    void rateCells();
    void rateCellRejectsNonsense();
    void ratesModelEditsTheProgram();
    void commissionCells_data();
    void commissionCells();
    void commissionRowInTheEditor();
    void benefitCells_data();
    void benefitCells();
    void requirementThreshold();
    void requirementCounts_data();
    void requirementCounts();
    void renamingATierKeyRenamesBenefits();
    void exportAndImportRoundTrip();
    void importRefusesInvalidJson();
    void saveStoresTheProgram();
    void saveRefusesDroppingAHeldTier();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ProgramEditor> m_editor;
};

void TestProgramEditor::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_session = std::make_unique<Session>();
    m_editor = std::make_unique<ProgramEditor>(m_session.get());
    QVERIFY(m_session->open(m_db->path()).has_value());
    m_editor->selectProgram(QStringLiteral("reseller-status"));
    QCOMPARE(m_editor->programKey(), QStringLiteral("reseller-status"));
}

void TestProgramEditor::cleanup()
{
    m_editor.reset();
    m_session.reset();
    m_db.reset();
}

void TestProgramEditor::modelsKeepTheContract()
{
    using Tester = QAbstractItemModelTester;
    const auto mode = Tester::FailureReportingMode::QtTest;
    Tester tiers(m_editor->tiersModel(), mode);
    Tester requirements(m_editor->requirementsModel(), mode);
    Tester rates(m_editor->ratesModel(), mode);
    Tester benefits(m_editor->benefitsModel(), mode);
    Tester lines(m_editor->productLinesModel(), mode);
    ProgramDraft *draft = m_editor->draft();
    m_editor->requirementsModel()->setTier(2, false);
    draft->addTier(3, Tier { QStringLiteral("elite"), QStringLiteral("Elite"), {}, Admission::Review, Territory::Country,
                            {}, {}, {} });
    draft->addProductLine(QStringLiteral("cloud"), QStringLiteral("Cloud"));
    draft->addBenefit(BenefitRow { QStringLiteral("extra"), QStringLiteral("Extra"), {}, {} });
    draft->moveTier(3, 0);
    draft->removeTier(0);
    draft->removeProductLine(3);
    draft->removeBenefit(int(draft->program().benefits.size()) - 1);
    draft->setModified(false); // so switching programs asks nothing
    m_editor->selectProgram(QStringLiteral("activation-credits"));
    QCOMPARE(m_editor->tiersModel()->rowCount(), 4);
    m_editor->newProgram();
    QCOMPARE(m_editor->tiersModel()->rowCount(), 1);
}

void TestProgramEditor::showsTheStoredProgram()
{
    QCOMPARE(m_editor->tiersModel()->rowCount(), 3);
    QCOMPARE(m_editor->tiersModel()->index(2, TiersModel::Name).data().toString(), QStringLiteral("Privileged"));
    QCOMPARE(m_editor->ratesModel()->rowCount(), 4); // three lines and renewals
    QCOMPARE(m_editor->ratesModel()->columnCount(), 4);
    QCOMPARE(m_editor->ratesModel()->index(0, 3).data().toString(), QStringLiteral("35%"));
    QCOMPARE(m_editor->ratesModel()->headerData(3, Qt::Vertical).toString(), QStringLiteral("Renewals"));
    QCOMPARE(m_editor->benefitsModel()->columnCount(), BenefitMatrixModel::FirstTier + 3);
    QVERIFY(m_editor->issues().isEmpty());
    QVERIFY(!m_editor->saveAction()->isEnabled());
    QVERIFY(m_editor->exportAction()->isEnabled());
}

void TestProgramEditor::validationUsesTheImportMessages()
{
    TiersModel *tiers = m_editor->tiersModel();
    QVERIFY(tiers->setData(tiers->index(1, TiersModel::Key), QStringLiteral("Bad Key")));
    QVERIFY(tiers->setData(tiers->index(2, TiersModel::Name), QString()));
    // What a JSON import of the same definition reports, message for message.
    Program p = m_editor->draft()->program();
    const QList<ProgramIssue> expected = validateProgramJson(programToJson(p));
    QVERIFY(expected.size() >= 2);
    QCOMPARE(m_editor->issues().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(m_editor->issues().at(i).path, expected.at(i).path);
        QCOMPARE(m_editor->issues().at(i).message, expected.at(i).message);
    }
    QCOMPARE(m_editor->issues().first().path, QStringLiteral("$.tiers[1].key"));
    QVERIFY(!m_editor->saveAction()->isEnabled());
    QVERIFY(!m_editor->save().has_value());
    // Correcting it enables Save.
    QVERIFY(tiers->setData(tiers->index(1, TiersModel::Key), QStringLiteral("certified")));
    QVERIFY(tiers->setData(tiers->index(2, TiersModel::Name), QStringLiteral("Privileged")));
    QVERIFY(m_editor->issues().isEmpty());
    QVERIFY(m_editor->saveAction()->isEnabled());
}

void TestProgramEditor::firstTierMustBeAutomatic()
{
    TiersModel *tiers = m_editor->tiersModel();
    QVERIFY(tiers->setData(tiers->index(0, TiersModel::Admission), int(Admission::Invitation)));
    QCOMPARE(tiers->index(0, TiersModel::Admission).data().toString(), QStringLiteral("Invitation only"));
    QCOMPARE(m_editor->issues().size(), 1);
    QCOMPARE(m_editor->issues().first().path, QStringLiteral("$.tiers[0].admission"));
    QCOMPARE(m_editor->issues().first().message,
             QStringLiteral("the first tier is where partners start: it must be automatic"));
}

void TestProgramEditor::rateCells_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("minBp");
    QTest::addColumn<int>("maxBp");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("shown");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    const QString pc = QStringLiteral("\u00A0%");
    QTest::newRow("percent") << en << QStringLiteral("25") << int(RateKind::Reward) << 2500 << 2500 << QString()
                             << QStringLiteral("25%");
    QTest::newRow("with sign") << en << QStringLiteral("12.5 %") << int(RateKind::Reward) << 1250 << 1250 << QString()
                               << QStringLiteral("12.5%");
    QTest::newRow("range") << en << QStringLiteral("10-15") << int(RateKind::Reward) << 1000 << 1500 << QString()
                           << QStringLiteral("10%–15%");
    QTest::newRow("range, dash") << en << QStringLiteral("10 % – 15 %") << int(RateKind::Reward) << 1000 << 1500
                                 << QString() << QStringLiteral("10%–15%");
    QTest::newRow("with note") << en << QStringLiteral("20 (recurring)") << int(RateKind::Reward) << 2000 << 2000
                               << QStringLiteral("recurring") << QStringLiteral("20% (recurring)");
    QTest::newRow("note only") << en << QStringLiteral("negotiated") << int(RateKind::None) << 0 << 0
                               << QStringLiteral("negotiated") << QStringLiteral("negotiated");
    QTest::newRow("empty") << en << QString() << int(RateKind::None) << 0 << 0 << QString() << QString();
    QTest::newRow("es-percent") << es << QStringLiteral("12,5") << int(RateKind::Reward) << 1250 << 1250 << QString()
                                << QStringLiteral("12,5") + pc;
    QTest::newRow("es-range") << es << QStringLiteral("10-15") << int(RateKind::Reward) << 1000 << 1500 << QString()
                              << QStringLiteral("10") + pc + QStringLiteral("–15") + pc;
    QTest::newRow("es-shown") << es << QStringLiteral("10") + pc + QStringLiteral("–12,5") + pc << int(RateKind::Reward)
                              << 1000 << 1250 << QString() << QStringLiteral("10") + pc + QStringLiteral("–12,5") + pc;
    QTest::newRow("ru-percent") << ru << QStringLiteral("12.5") << int(RateKind::Reward) << 1250 << 1250 << QString()
                                << QStringLiteral("12,5") + pc;
    QTest::newRow("ru-note") << ru << QStringLiteral("20") + pc + QStringLiteral(" (recurring)") << int(RateKind::Reward)
                             << 2000 << 2000 << QStringLiteral("recurring") << QStringLiteral("20") + pc + QStringLiteral(" (recurring)");
}

// A cell shows its rate as the formatting locale writes percentages, and what it shows parses back.
void TestProgramEditor::rateCells()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, minBp);
    QFETCH(int, maxBp);
    QFETCH(QString, note);
    QFETCH(QString, shown);
    const FormattingScope scope(locale);
    const auto rule = RatesModel::parseRule(text, RateKind::Reward);
    QVERIFY(rule.has_value());
    QCOMPARE(int(rule->kind), kind);
    QCOMPARE(rule->min.bp, minBp);
    QCOMPARE(rule->max.bp, maxBp);
    QCOMPARE(rule->note, note);
    QCOMPARE(RatesModel::ruleText(*rule), shown);
    const auto again = RatesModel::parseRule(shown, RateKind::Reward);
    QVERIFY(again.has_value());
    QCOMPARE(again->min.bp, minBp);
    QCOMPARE(again->max.bp, maxBp);
}

void TestProgramEditor::rateCellRejectsNonsense()
{
    QVERIFY(!RatesModel::parseRule(QStringLiteral("15-10"), RateKind::Reward).has_value());
    QVERIFY(!RatesModel::parseRule(QStringLiteral("5x"), RateKind::Reward).has_value());
    QSignalSpy rejected(m_editor->ratesModel(), &RatesModel::editRejected);
    QVERIFY(!m_editor->ratesModel()->setData(m_editor->ratesModel()->index(0, 1), QStringLiteral("5x")));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!m_editor->draft()->isModified());
}

void TestProgramEditor::ratesModelEditsTheProgram()
{
    RatesModel *rates = m_editor->ratesModel();
    QVERIFY(rates->setData(rates->index(1, 2), QStringLiteral("18-22")));
    const RateRule rule = m_editor->draft()->program().tiers.at(1).rates.value(QStringLiteral("ting"));
    QCOMPARE(rule.kind, RateKind::Reward);
    QCOMPARE(rule.min.bp, 1800);
    QCOMPARE(rule.max.bp, 2200);
    // The kind column turns the whole line into discounts.
    QVERIFY(rates->setData(rates->index(1, RatesModel::KindColumn), 1));
    QCOMPARE(m_editor->draft()->program().tiers.at(1).rates.value(QStringLiteral("ting")).kind, RateKind::Discount);
    QCOMPARE(rates->index(1, RatesModel::KindColumn).data().toString(), QStringLiteral("Discount"));
    QVERIFY(rates->setData(rates->index(1, 2), QString()));
    QVERIFY(!m_editor->draft()->program().tiers.at(1).rates.contains(QStringLiteral("ting")));
    QVERIFY(m_editor->draft()->isModified());
    QVERIFY(m_editor->issues().isEmpty());
}

void TestProgramEditor::commissionCells_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("perUnit"); // -1: refused
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("shown");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    QTest::newRow("amount") << en << "250" << qint64(25000) << QString() << "250.00";
    QTest::newRow("amount with note") << en << "250.50 (per deployment)" << qint64(25050) << "per deployment"
                                      << "250.50 (per deployment)";
    QTest::newRow("es comma") << es << "250,5" << qint64(25050) << QString() << "250,50";
    QTest::newRow("note alone: negotiated") << en << "per partner-led deployment" << qint64(0)
                                            << "per partner-led deployment" << "per partner-led deployment";
    QTest::newRow("note in parentheses: negotiated") << en << "(agreed per partner)" << qint64(0)
                                                     << "agreed per partner" << "agreed per partner";
    QTest::newRow("too many decimals") << en << "2.505" << qint64(-1) << QString() << QString();
    QTest::newRow("not an amount") << en << "25O" << qint64(-1) << QString() << QString();
}

// A commission cell: an amount per unit in the program's currency, as the locale writes it; a
// note alone is a commission negotiated per partner. What a cell shows parses back.
void TestProgramEditor::commissionCells()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(qint64, perUnit);
    QFETCH(QString, note);
    QFETCH(QString, shown);
    const FormattingScope scope(locale);
    const QString usd = QStringLiteral("USD");
    const auto rule = RatesModel::parseRule(text, RateKind::Commission, usd);
    if (perUnit < 0) {
        QVERIFY(!rule.has_value());
        QVERIFY2(rule.error().message.contains(text), qPrintable(rule.error().message));
        return;
    }
    QVERIFY2(rule.has_value(), qPrintable(rule ? QString() : rule.error().message));
    QCOMPARE(rule->kind, RateKind::Commission);
    QCOMPARE(rule->perUnit, (Money { perUnit, usd }));
    QCOMPARE(rule->note, note);
    QCOMPARE(RatesModel::ruleText(*rule), shown);
    const auto again = RatesModel::parseRule(shown, RateKind::Commission, usd);
    QVERIFY(again.has_value());
    QCOMPARE(again->perUnit, rule->perUnit);
    QCOMPARE(again->note, rule->note);
}

void TestProgramEditor::commissionRowInTheEditor()
{
    m_editor->selectProgram(QStringLiteral("marketplace-developer"));
    RatesModel *rates = m_editor->ratesModel();
    const Program &p = m_editor->draft()->program();
    const int row = 2; // implementation services
    QCOMPARE(p.productLines.at(row).key, QStringLiteral("implementation"));
    QCOMPARE(rates->index(row, RatesModel::KindColumn).data().toString(), QStringLiteral("Commission per unit"));
    QCOMPARE(rates->index(row, RatesModel::KindColumn).data(Qt::EditRole).toInt(), 2);
    // Implementation Partner (column 2): negotiated, shown by its note.
    QVERIFY(rates->index(row, 2).data().toString().contains(QStringLiteral("partner-led deployment")));
    QVERIFY(rates->setData(rates->index(row, 2), QStringLiteral("250.00 (per deployment)")));
    RateRule rule = m_editor->draft()->program().tiers.at(1).rates.value(QStringLiteral("implementation"));
    QCOMPARE(rule.kind, RateKind::Commission);
    QCOMPARE(rule.perUnit, (Money { 25000, QStringLiteral("USD") }));
    QCOMPARE(rule.note, QStringLiteral("per deployment"));
    QVERIFY(m_editor->issues().isEmpty());
    // Written as the JSON import reads it.
    const auto back = programFromJson(programToJson(m_editor->draft()->program()));
    QVERIFY(back.has_value());
    QCOMPARE(back->tier(QStringLiteral("implementation_partner"))->rates.value(QStringLiteral("implementation")).perUnit,
             (Money { 25000, QStringLiteral("USD") }));
    // A bad amount is refused and changes nothing.
    QSignalSpy rejected(rates, &RatesModel::editRejected);
    QVERIFY(!rates->setData(rates->index(row, 2), QStringLiteral("-5")));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(m_editor->draft()->program().tiers.at(1).rates.value(QStringLiteral("implementation")).perUnit.minor, 25000);
    // The kind column: a commission's amount is no percentage; back to a reward keeps the note only.
    QVERIFY(rates->setData(rates->index(row, RatesModel::KindColumn), 0));
    rule = m_editor->draft()->program().tiers.at(1).rates.value(QStringLiteral("implementation"));
    QCOMPARE(rule.kind, RateKind::None);
    QCOMPARE(rule.note, QStringLiteral("per deployment"));
    // And a line of rewards turned into commissions is negotiated until an amount is entered.
    QVERIFY(rates->setData(rates->index(1, RatesModel::KindColumn), 2));
    rule = m_editor->draft()->program().tiers.at(1).rates.value(QStringLiteral("subscriptions"));
    QCOMPARE(rule.kind, RateKind::Commission);
    QCOMPARE(rule.perUnit.minor, 0);
}

void TestProgramEditor::benefitCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("yes") << QStringLiteral("yes") << QJsonValue(true);
    QTest::newRow("no") << QStringLiteral("No") << QJsonValue(false);
    QTest::newRow("number") << QStringLiteral("100") << QJsonValue(100);
    QTest::newRow("empty") << QString() << QJsonValue(QJsonValue::Null);
    QTest::newRow("dash") << QStringLiteral("—") << QJsonValue(QJsonValue::Null);
    QTest::newRow("text") << QStringLiteral("on request") << QJsonValue(QStringLiteral("on request"));
}

void TestProgramEditor::benefitCells()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, value);
    QCOMPARE(BenefitMatrixModel::parseCell(text), value);
    BenefitMatrixModel *benefits = m_editor->benefitsModel();
    const QModelIndex cell = benefits->index(0, BenefitMatrixModel::FirstTier);
    benefits->setData(cell, text);
    const QString tier = m_editor->draft()->program().tiers.first().key;
    QCOMPARE(m_editor->draft()->program().benefits.first().byTier.value(tier, QJsonValue(QJsonValue::Null)), value);
    QVERIFY(m_editor->issues().isEmpty());
}

void TestProgramEditor::requirementThreshold()
{
    RequirementsModel *reqs = m_editor->requirementsModel();
    reqs->setTier(1, false); // Certified: contract, sales 500,000 RUB, ...
    const QModelIndex threshold = reqs->index(1, RequirementsModel::Threshold);
    QCOMPARE(threshold.data(Qt::EditRole).toString(), QStringLiteral("500000.00 RUB"));
    QVERIFY(reqs->setData(threshold, QStringLiteral("750000")));
    QCOMPARE(m_editor->draft()->program().tiers.at(1).requirements.at(1).money, (Money { 75000000, QStringLiteral("RUB") }));
    QSignalSpy rejected(reqs, &RequirementsModel::editRejected);
    QVERIFY(!reqs->setData(threshold, QStringLiteral("lots")));
    QCOMPARE(rejected.count(), 1);
    // An event requirement has no threshold to edit.
    QVERIFY(!(reqs->flags(reqs->index(0, RequirementsModel::Threshold)) & Qt::ItemIsEditable));
    QVERIFY(reqs->flags(reqs->index(0, RequirementsModel::Cadence)) & Qt::ItemIsEditable);
}

void TestProgramEditor::requirementCounts_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("shown");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    QTest::newRow("en-1200") << en << "1200" << "1,200";
    QTest::newRow("es-1200") << es << "1200" << "1200"; // Qt 6.4 alone writes "1.200"
    QTest::newRow("es-12000") << es << "12000" << "12.000";
    QTest::newRow("ru-1200") << ru << "1200" << QStringLiteral("1\u00A0200");
}

// A count threshold is grouped as every other number of the window (formatNumber).
void TestProgramEditor::requirementCounts()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, count);
    QFETCH(QString, shown);
    RequirementsModel *reqs = m_editor->requirementsModel();
    reqs->setTier(1, false); // Certified: ..., 1 certified technical specialist
    const QModelIndex threshold = reqs->index(4, RequirementsModel::Threshold);
    QVERIFY(reqs->setData(threshold, count));
    const FormattingScope scope(locale);
    QCOMPARE(threshold.data().toString(), shown);
    QCOMPARE(threshold.data(Qt::EditRole).toString(), count);
}

void TestProgramEditor::renamingATierKeyRenamesBenefits()
{
    TiersModel *tiers = m_editor->tiersModel();
    QVERIFY(tiers->setData(tiers->index(2, TiersModel::Key), QStringLiteral("gold")));
    const Program &p = m_editor->draft()->program();
    QVERIFY(p.benefits.first().byTier.contains(QStringLiteral("gold")));
    QVERIFY(!p.benefits.first().byTier.contains(QStringLiteral("privileged")));
    QVERIFY(m_editor->issues().isEmpty());
}

void TestProgramEditor::exportAndImportRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("program.json"));
    QVERIFY(m_editor->tiersModel()->setData(m_editor->tiersModel()->index(0, TiersModel::Name), QStringLiteral("Registered")));
    QVERIFY(m_editor->exportJson(path).has_value());
    const QByteArray exported = programToJson(m_editor->draft()->program());
    m_editor->draft()->setModified(false); // so switching programs asks nothing
    m_editor->selectProgram(QStringLiteral("revenue-band"));
    QCOMPARE(m_editor->programKey(), QStringLiteral("revenue-band"));
    QVERIFY(m_editor->importJson(path).has_value());
    QCOMPARE(m_editor->programKey(), QStringLiteral("reseller-status"));
    QCOMPARE(programToJson(m_editor->draft()->program()), exported);
    QVERIFY(m_editor->draft()->isModified());
    QVERIFY(m_editor->isStored());
}

void TestProgramEditor::importRefusesInvalidJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": 1, "key": "Bad Key", "name": "x", "currency": "RUB", "productLines": [], "tiers": []})");
    f.close();
    const auto r = m_editor->importJson(path);
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains(QStringLiteral("$.key")));
    QVERIFY(r.error().message.contains(QStringLiteral("needs at least one tier")));
    QCOMPARE(m_editor->programKey(), QStringLiteral("reseller-status")); // the draft is unchanged
}

void TestProgramEditor::saveStoresTheProgram()
{
    TiersModel *tiers = m_editor->tiersModel();
    QVERIFY(tiers->setData(tiers->index(0, TiersModel::Name), QStringLiteral("Registered")));
    QSignalSpy saved(m_editor.get(), &ProgramEditor::programSaved);
    const auto r = m_editor->save();
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_editor->draft()->isModified());
    const auto stored = m_session->store().program(QStringLiteral("reseller-status"));
    QCOMPARE(stored->program.tiers.first().name, QStringLiteral("Registered"));
    QCOMPARE(m_session->program(QStringLiteral("reseller-status"))->tiers.first().name, QStringLiteral("Registered"));
}

void TestProgramEditor::saveRefusesDroppingAHeldTier()
{
    Partner p;
    p.code = QStringLiteral("P-9");
    p.name = QStringLiteral("Holder");
    p.country = QStringLiteral("RU");
    p.programKey = QStringLiteral("reseller-status");
    p.tierKey = QStringLiteral("privileged");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 1, 1);
    QVERIFY(m_session->store().insertPartner(p).has_value());
    m_editor->draft()->removeTier(2);
    QVERIFY(m_editor->issues().isEmpty());
    const auto r = m_editor->save();
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains(QStringLiteral("privileged")));
    QVERIFY(m_editor->draft()->isModified());
}

QTEST_MAIN(TestProgramEditor)
#include "tst_programeditor.moc"
