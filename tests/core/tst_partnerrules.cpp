// One rulebook for partners (issue 18): validatePartner, the store and the import judge the
// shared table of tests/partnerrulestable.h alike; tests/ui/tst_profilerules the form.
#include "../partnerrulestable.h"
#include "countries.h"
#include "csvtools.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QDebug>
#include <QTest>

using namespace pd;
namespace table = partnerrules_table;

class TestPartnerRules : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void validatorJudges_data() { table::addColumns(); table::addRows(); }
    void validatorJudges();
    void storeInsertJudges_data() { table::addColumns(); table::addRows(); }
    void storeInsertJudges();
    void storeUpdateJudges_data() { table::addColumns(); table::addRows(); }
    void storeUpdateJudges();
    void importJudges_data() { table::addColumns(); table::addRows(); }
    void importJudges();

    void groupingsAreNotCountries();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

void TestPartnerRules::init()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.has_value());
    m_db = std::move(*db);
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY(m_store->installBuiltinPrograms().has_value());
}

void TestPartnerRules::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestPartnerRules::validatorJudges()
{
    const table::Row row = table::fetchRow();
    const QList<PartnerProblem> problems = validatePartner(row.partner, nullptr, QDate::currentDate());
    if (!row.expected) {
        QVERIFY2(problems.isEmpty(), qPrintable(partnerProblemText(problems.value(0))));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, row.field);
    QCOMPARE(problems.first().code, *row.expected);
    QCOMPARE(partnerProblemText(problems.first()), row.message);
    if (problems.first().code == PartnerProblem::Code::TooLong)
        QCOMPARE(problems.first().limit, row.text.size() - 1);
}

// A refused write is bad input whose message says what the form says.
static bool refusedAsTheFormSays(const Error &error, const table::Row &row)
{
    if (error.code == Error::Code::InvalidInput && error.message.contains(row.message))
        return true;
    qWarning().noquote() << error.message;
    return false;
}

void TestPartnerRules::storeInsertJudges()
{
    const table::Row row = table::fetchRow();
    const auto id = m_store->insertPartner(row.partner);
    if (!row.expected) {
        QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().message));
        return;
    }
    QVERIFY(!id.has_value());
    QVERIFY(refusedAsTheFormSays(id.error(), row));
    QCOMPARE(m_store->partnerCount().value_or(-1), 0);
}

void TestPartnerRules::storeUpdateJudges()
{
    const table::Row row = table::fetchRow();
    const auto id = m_store->insertPartner(table::validPartner());
    QVERIFY(id.has_value());
    Partner changed = row.partner;
    changed.id = *id;
    changed.rowVersion = m_store->partner(*id)->rowVersion;
    const auto version = m_store->updatePartner(changed);
    if (!row.expected) {
        QVERIFY2(version.has_value(), qPrintable(version ? QString() : version.error().message));
        return;
    }
    QVERIFY(!version.has_value());
    QVERIFY(refusedAsTheFormSays(version.error(), row));
    const auto stored = m_store->partner(*id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->code, table::validPartner().code);
    QCOMPARE(stored->rowVersion, changed.rowVersion);
}

void TestPartnerRules::importJudges()
{
    const table::Row row = table::fetchRow();
    const auto imported = importBytes(*m_store, CsvKind::Partners, table::csvFile(row.partner));
    if (!row.expected) {
        QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->rows, 1);
        return;
    }
    QVERIFY(!imported.has_value());
    // The problem is on the record's line and names the column; an empty or too long column is
    // reported as every kind's is, before the record is read.
    QString reason = row.message;
    if (*row.expected == PartnerProblem::Code::Missing)
        reason = QStringLiteral("must not be empty");
    else if (*row.expected == PartnerProblem::Code::TooLong)
        reason = QStringLiteral("%1 characters, more than the %2 this column may hold")
                     .arg(row.text.size())
                     .arg(row.text.size() - 1);
    const QString line = QStringLiteral("partners.csv:2: %1: %2").arg(table::csvColumn(row.field), reason);
    QVERIFY2(imported.error().message.split(QLatin1Char('\n')).contains(line), qPrintable(imported.error().message));
    QCOMPARE(m_store->partnerCount().value_or(-1), 0);
}

void TestPartnerRules::groupingsAreNotCountries()
{
    for (const char *code : { "EU", "EZ", "UN", "QO", "es", "E", "ESP" })
        QVERIFY2(!isCountryCode(QString::fromLatin1(code)), code);
    for (const char *code : { "ES", "RU", "KZ", "US", "BR" })
        QVERIFY2(isCountryCode(QString::fromLatin1(code)), code);
}

QTEST_GUILESS_MAIN(TestPartnerRules)
#include "tst_partnerrules.moc"
