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
                                         << "$.tiers[1].requirements[0].periodMonths" << "between";
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

QTEST_GUILESS_MAIN(TestProgram)
#include "tst_program.moc"
