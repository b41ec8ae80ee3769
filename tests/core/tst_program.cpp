// Program definitions: every invalid definition is refused with the JSON path of each problem.
#include "program.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pd;

namespace {

QJsonObject minimal()
{
    return QJsonDocument::fromJson(R"({
      "format": 1, "key": "p", "name": "P", "currency": "USD",
      "productLines": [ { "key": "lic", "name": "Licences" } ],
      "tiers": [
        { "key": "base", "name": "Base", "requirements": [], "rates": { "lic": { "reward": "10" } } },
        { "key": "gold", "name": "Gold", "requirements": [
            { "metric": "sales", "atLeast": { "amount": "1000.00", "currency": "USD" } } ],
          "rates": { "lic": { "reward": "20" }, "renewal": { "reward": "15" } } }
      ],
      "benefits": [ { "key": "b", "label": "B", "values": { "base": false, "gold": true } } ]
    })").object();
}

// Applies an edit given as "path=json" to the minimal program, e.g. "tiers/1/key=\"base\"".
QByteArray edited(const QString &edit)
{
    QJsonObject root = minimal();
    if (edit.isEmpty())
        return QJsonDocument(root).toJson();
    const qsizetype eq = edit.indexOf(u'=');
    const QStringList path = edit.left(eq).split(u'/');
    const QJsonValue value = QJsonDocument::fromJson("[" + edit.mid(eq + 1).toUtf8() + "]").array().at(0);
    std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int depth) -> QJsonValue {
        const QString key = path.at(depth);
        const bool last = depth == path.size() - 1;
        if (node.isArray()) {
            QJsonArray a = node.toArray();
            const int i = key.toInt();
            a[i] = last ? value : set(a.at(i), depth + 1);
            return a;
        }
        QJsonObject o = node.toObject();
        if (last && value.isUndefined())
            o.remove(key);
        else
            o[key] = last ? value : set(o.value(key), depth + 1);
        return o;
    };
    return QJsonDocument(set(root, 0).toObject()).toJson();
}

} // namespace

class TestProgram final : public QObject {
    Q_OBJECT
private slots:
    void minimalIsValid();
    void invalid_data();
    void invalid();
    void everyProblemIsReported();
    void syntaxErrorNamesLineAndColumn();
    void boundsAreInclusive_data();
    void boundsAreInclusive();
    void numbersBeyondDouble_data();
    void numbersBeyondDouble();
    void sizeLimit();
    void commissionRoundTrip();
    void endlessFileIsRefused();
};

void TestProgram::minimalIsValid()
{
    const auto p = programFromJson(edited({}));
    QVERIFY2(p.has_value(), qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p->tiers.size(), 2);
    QCOMPARE(p->tier(QStringLiteral("gold"))->rates.value(QStringLiteral("renewal")).min, Rate::percent(15));
}

void TestProgram::invalid_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("newer format") << "format=2" << "$.format" << "2";
    QTest::newRow("missing name") << "name=\"\"" << "$.name" << "empty";
    QTest::newRow("unknown currency") << "currency=\"RUR\"" << "$.currency" << "RUR";
    QTest::newRow("bad key") << "key=\"Bad Key\"" << "$.key" << "Bad Key";
    QTest::newRow("duplicate tier") << "tiers/1/key=\"base\"" << "$.tiers[1].key" << "twice";
    QTest::newRow("unknown metric") << "tiers/1/requirements/0/metric=\"karma\"" << "$.tiers[1].requirements[0].metric"
                                    << "karma";
    QTest::newRow("threshold currency") << "tiers/1/requirements/0/atLeast/currency=\"XXX\""
                                        << "$.tiers[1].requirements[0].atLeast" << "XXX";
    QTest::newRow("negative threshold") << "tiers/1/requirements/0/atLeast/amount=\"-5.00\""
                                        << "$.tiers[1].requirements[0].atLeast.amount" << "negative";
    QTest::newRow("no threshold") << "tiers/1/requirements/0={\"metric\":\"sales\"}"
                                  << "$.tiers[1].requirements[0]" << "atLeast";
    // Empty objects are checked as any other (a fuzzer found them accepted, and the program then
    // could not be written back).
    QTest::newRow("empty requirement") << "tiers/1/requirements/0={}" << "$.tiers[1].requirements[0]" << "atLeast";
    QTest::newRow("empty threshold") << "tiers/1/requirements/0/atLeast={}"
                                     << "$.tiers[1].requirements[0].atLeast.amount" << "required";
    QTest::newRow("empty tier") << "tiers/1={}" << "$.tiers[1].key" << "required";
    QTest::newRow("count not whole") << "tiers/1/requirements/0={\"metric\":\"certified_technical\",\"atLeast\":1.5}"
                                     << "$.tiers[1].requirements[0].atLeast" << "whole";
    QTest::newRow("unknown event") << "tiers/1/requirements/0={\"metric\":\"event\",\"event\":\"party\"}"
                                   << "$.tiers[1].requirements[0].event" << "party";
    QTest::newRow("bad cadence")
        << "tiers/1/requirements/0={\"metric\":\"event\",\"event\":\"monthly_report\",\"cadence\":\"weekly\"}"
        << "$.tiers[1].requirements[0].cadence" << "weekly";
    QTest::newRow("rate over 100") << "tiers/0/rates/lic/reward=\"120\"" << "$.tiers[0].rates.lic.reward" << "100";
    QTest::newRow("rate range inverted") << "tiers/0/rates/lic={\"discount\":{\"min\":\"20\",\"max\":\"10\"}}"
                                         << "$.tiers[0].rates.lic.discount" << "above";
    QTest::newRow("rate of unknown line") << "tiers/0/rates/hw={\"reward\":\"5\"}" << "$.tiers[0].rates.hw" << "hw";
    QTest::newRow("empty rate") << "tiers/0/rates/lic={}" << "$.tiers[0].rates.lic" << "reward";
    // issue 16: a commission per unit, in the program's currency, or negotiated.
    const QString commission = QStringLiteral("$.tiers[0].rates.lic.commission");
    QTest::newRow("commission negative") << "tiers/0/rates/lic={\"commission\":{\"perUnit\":\"-250.00\"}}"
                                         << commission + ".perUnit" << "negative";
    QTest::newRow("commission malformed") << "tiers/0/rates/lic={\"commission\":{\"perUnit\":\"25O\"}}"
                                          << commission + ".perUnit" << "25O";
    QTest::newRow("commission too many digits") << "tiers/0/rates/lic={\"commission\":{\"perUnit\":\"2.505\"}}"
                                                << commission + ".perUnit" << "2.505";
    QTest::newRow("commission as number") << "tiers/0/rates/lic={\"commission\":{\"perUnit\":250}}"
                                          << commission + ".perUnit" << "text";
    QTest::newRow("commission missing amount") << "tiers/0/rates/lic={\"commission\":{}}" << commission + ".perUnit"
                                               << "text";
    QTest::newRow("commission unknown word") << "tiers/0/rates/lic={\"commission\":\"agreed\"}" << commission
                                             << "negotiated";
    QTest::newRow("reward and commission")
        << "tiers/0/rates/lic={\"reward\":\"5\",\"commission\":\"negotiated\"}" << "$.tiers[0].rates.lic"
        << "more than one";
    QTest::newRow("benefit of unknown tier") << "benefits/0/values/platinum=true" << "$.benefits[0].values.platinum"
                                             << "platinum";
    QTest::newRow("first tier by invitation") << "tiers/0/admission=\"invitation\"" << "$.tiers[0].admission"
                                              << "automatic";
    QTest::newRow("bad admission") << "tiers/1/admission=\"sometimes\"" << "$.tiers[1].admission" << "sometimes";
    QTest::newRow("bad territory") << "tiers/1/territory=\"planet\"" << "$.tiers[1].territory" << "planet";
    QTest::newRow("no tiers") << "tiers=[]" << "$.tiers" << "at least one";
    QTest::newRow("product line filter") << "tiers/1/requirements/0/productLines=[\"hw\"]"
                                         << "$.tiers[1].requirements[0].productLines[0]" << "hw";
    QTest::newRow("period out of range") << "tiers/1/requirements/0/periodMonths=0"
                                         << "$.tiers[1].requirements[0].periodMonths" << "from 1 to 120";
    // issue 14: whole numbers are range-checked as doubles, before any conversion.
    const QString period = QStringLiteral("$.tiers[1].requirements[0].periodMonths");
    QTest::newRow("period 2^32 + 1 (was read as 1)") << "tiers/1/requirements/0/periodMonths=4294967297" << period
                                                     << "from 1 to 120";
    QTest::newRow("period 121") << "tiers/1/requirements/0/periodMonths=121" << period << "from 1 to 120";
    QTest::newRow("period 1.5") << "tiers/1/requirements/0/periodMonths=1.5" << period << "whole number";
    QTest::newRow("period 1e300") << "tiers/1/requirements/0/periodMonths=1e300" << period << "whole number";
    QTest::newRow("period as text") << "tiers/1/requirements/0/periodMonths=\"12\"" << period << "whole number";
    QTest::newRow("period null") << "tiers/1/requirements/0/periodMonths=null" << period << "whole number";
    const QString threshold = QStringLiteral("$.tiers[1].requirements[0].atLeast");
    QTest::newRow("count 1e300") << "tiers/1/requirements/0={\"metric\":\"certified_technical\",\"atLeast\":1e300}"
                                 << threshold << "from 0 to 1000000000";
    QTest::newRow("count -1e300") << "tiers/1/requirements/0={\"metric\":\"certified_technical\",\"atLeast\":-1e300}"
                                  << threshold << "from 0 to 1000000000";
    QTest::newRow("count 10^9 + 1")
        << "tiers/1/requirements/0={\"metric\":\"certified_technical\",\"atLeast\":1000000001}" << threshold
        << "from 0 to 1000000000";
    QTest::newRow("count -1") << "tiers/1/requirements/0={\"metric\":\"certified_technical\",\"atLeast\":-1}"
                              << threshold << "from 0 to 1000000000";
    QTest::newRow("months 1201") << "tiers/1/requirements/0={\"metric\":\"months_in_program\",\"atLeast\":1201}"
                                 << threshold << "from 0 to 1200";
    QTest::newRow("months 0.5") << "tiers/1/requirements/0={\"metric\":\"months_in_program\",\"atLeast\":0.5}"
                                << threshold << "whole number";
    QTest::newRow("percent 1e300") << "tiers/1/requirements/0={\"metric\":\"nps\",\"atLeast\":1e300}" << threshold
                                   << "percentage";
    QTest::newRow("amount 1e300 as text")
        << "tiers/1/requirements/0/atLeast/amount=\"1e300\"" << threshold << "1e300";
    QTest::newRow("amount beyond the largest")
        << "tiers/1/requirements/0/atLeast/amount=\"10000000000000.00\"" << threshold << "largest amount";
    const QString level = QStringLiteral("{\"key\":\"a\",\"name\":\"A\",\"monthsInPartnership\":%1}");
    QTest::newRow("level months 1e300") << "certificationLevels=[" + level.arg(QStringLiteral("1e300")) + "]"
                                        << "$.certificationLevels[0].monthsInPartnership" << "from 0 to 1200";
    QTest::newRow("level months 2.5") << "certificationLevels=[" + level.arg(QStringLiteral("2.5")) + "]"
                                      << "$.certificationLevels[0].monthsInPartnership" << "whole number";
    // Duplicate keys of every keyed list.
    QTest::newRow("duplicate level") << "certificationLevels=[" + level.arg(6) + u',' + level.arg(12) + "]"
                                     << "$.certificationLevels[1].key" << "\"a\" appears twice";
    QTest::newRow("duplicate brand")
        << "brands=[{\"key\":\"x\",\"name\":\"X\"},{\"key\":\"y\",\"name\":\"Y\"},{\"key\":\"x\",\"name\":\"Z\"}]"
        << "$.brands[2].key" << "\"x\" appears twice";
    QTest::newRow("duplicate product line")
        << "productLines=[{\"key\":\"lic\",\"name\":\"L\"},{\"key\":\"lic\",\"name\":\"M\"}]"
        << "$.productLines[1].key" << "\"lic\" appears twice";
    QTest::newRow("duplicate benefit")
        << "benefits=[{\"key\":\"b\",\"label\":\"B\",\"values\":{}},{\"key\":\"b\",\"label\":\"C\",\"values\":{}}]"
        << "$.benefits[1].key" << "\"b\" appears twice";
}

void TestProgram::invalid()
{
    QFETCH(QString, edit);
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    const QList<ProgramIssue> issues = validateProgramJson(edited(edit));
    QVERIFY2(!issues.isEmpty(), "the edit was accepted");
    bool found = false;
    QStringList all;
    for (const ProgramIssue &i : issues) {
        all << i.path + QStringLiteral(": ") + i.message;
        found |= i.path == path && i.message.contains(mentions);
    }
    QVERIFY2(found, qPrintable(all.join(u'\n')));
    const auto p = programFromJson(edited(edit), QStringLiteral("file.json"));
    QVERIFY(!p.has_value());
    QVERIFY(p.error().message.contains(QStringLiteral("file.json:") + path));
}

void TestProgram::everyProblemIsReported()
{
    QJsonObject root = minimal();
    root[QStringLiteral("currency")] = QStringLiteral("ABC");
    root[QStringLiteral("name")] = 5;
    const QList<ProgramIssue> issues = validateProgramJson(QJsonDocument(root).toJson());
    QCOMPARE(issues.size(), 2);
}

void TestProgram::syntaxErrorNamesLineAndColumn()
{
    const QList<ProgramIssue> issues = validateProgramJson("{\n  \"format\": 1,\n  \"key\": \n}");
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QStringLiteral("$"));
    QVERIFY2(issues.first().message.contains(QStringLiteral("line 4")), qPrintable(issues.first().message));
}

void TestProgram::boundsAreInclusive_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("period 1") << "tiers/1/requirements/0/periodMonths=1";
    QTest::newRow("period 120") << "tiers/1/requirements/0/periodMonths=120";
    QTest::newRow("period 12.0") << "tiers/1/requirements/0/periodMonths=12.0";
    QTest::newRow("count 10^9") << "tiers/1/requirements/0={\"metric\":\"certified_technical\",\"atLeast\":1000000000}";
    QTest::newRow("months 1200") << "tiers/1/requirements/0={\"metric\":\"months_in_program\",\"atLeast\":1200}";
    QTest::newRow("largest amount") << "tiers/1/requirements/0/atLeast/amount=\"9999999999999.99\"";
    QTest::newRow("distinct levels")
        << "certificationLevels=[{\"key\":\"a\",\"name\":\"A\",\"monthsInPartnership\":1200},"
           "{\"key\":\"b\",\"name\":\"B\",\"monthsInPartnership\":0}]";
}

void TestProgram::boundsAreInclusive()
{
    QFETCH(QString, edit);
    const auto p = programFromJson(edited(edit));
    QVERIFY2(p.has_value(), qPrintable(p ? QString() : p.error().message));
}

void TestProgram::numbersBeyondDouble_data()
{
    // Written into the text: QJsonDocument cannot hold these, so the file's own spelling is used.
    QTest::addColumn<QString>("number");
    QTest::newRow("1e400") << "1e400";
    QTest::newRow("-1e400") << "-1e400";
    QTest::newRow("1e-400") << "1e-400";
    QTest::newRow("2^63") << "9223372036854775808";
    QTest::newRow("2^64 + 1") << "18446744073709551617";
}

void TestProgram::numbersBeyondDouble()
{
    QFETCH(QString, number);
    QByteArray json = edited(QStringLiteral("tiers/1/requirements/0/periodMonths=7777"));
    json.replace("7777", number.toUtf8());
    const QList<ProgramIssue> issues = validateProgramJson(json);
    QVERIFY2(!issues.isEmpty(), "accepted");
    const bool named = issues.first().path == QStringLiteral("$") // refused by the JSON parser
        || issues.first().path == QStringLiteral("$.tiers[1].requirements[0].periodMonths");
    QVERIFY2(named, qPrintable(issues.first().path + u' ' + issues.first().message));
}

void TestProgram::commissionRoundTrip()
{
    const QByteArray json = edited(QStringLiteral(
        R"(tiers/0/rates={"lic":{"commission":{"perUnit":"250.00"},"note":"per deployment"},"renewal":{"commission":"negotiated"}})"));
    const auto p = programFromJson(json);
    QVERIFY2(p.has_value(), qPrintable(p ? QString() : p.error().message));
    const RateRule fixed = p->tier(QStringLiteral("base"))->rates.value(QStringLiteral("lic"));
    QCOMPARE(fixed.kind, RateKind::Commission);
    QCOMPARE(fixed.perUnit, (Money { 25000, QStringLiteral("USD") }));
    QCOMPARE(fixed.note, QStringLiteral("per deployment"));
    const RateRule negotiated = p->tier(QStringLiteral("base"))->rates.value(QStringLiteral("renewal"));
    QCOMPARE(negotiated.kind, RateKind::Commission);
    QCOMPARE(negotiated.perUnit, (Money { 0, QStringLiteral("USD") }));

    const QByteArray written = programToJson(*p);
    const QJsonObject rates = QJsonDocument::fromJson(written)
                                  .object()
                                  .value(QStringLiteral("tiers"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("rates"))
                                  .toObject();
    QCOMPARE(rates.value(QStringLiteral("lic")).toObject().value(QStringLiteral("commission")).toObject()
                 .value(QStringLiteral("perUnit")).toString(),
             QStringLiteral("250.00"));
    QCOMPARE(rates.value(QStringLiteral("renewal")).toObject().value(QStringLiteral("commission")).toString(),
             QStringLiteral("negotiated"));
    const auto again = programFromJson(written);
    QVERIFY(again.has_value());
    QCOMPARE(programToJson(*again), written);
}

void TestProgram::sizeLimit()
{
    QByteArray json = edited({});
    json += QByteArray(kMaxProgramBytes - json.size(), ' ');
    QVERIFY(validateProgramJson(json).isEmpty());
    json += ' ';
    const QList<ProgramIssue> issues = validateProgramJson(json);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QStringLiteral("$"));
    QVERIFY2(issues.first().message.contains(QString::number(kMaxProgramBytes)), qPrintable(issues.first().message));
}

void TestProgram::endlessFileIsRefused()
{
#ifdef Q_OS_UNIX
    // issue 14: `programs import /dev/zero` read until memory ran out.
    const auto p = programFromFile(QStringLiteral("/dev/zero"));
    QVERIFY(!p.has_value());
    QVERIFY2(p.error().message.contains(QStringLiteral("/dev/zero:$: ")) && p.error().message.contains(QStringLiteral("1048576")),
             qPrintable(p.error().message));
#else
    QSKIP("needs /dev/zero");
#endif
}

QTEST_GUILESS_MAIN(TestProgram)
#include "tst_program.moc"
