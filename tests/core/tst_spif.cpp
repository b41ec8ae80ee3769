// SPIF campaigns (issue 16, point 4): the JSON format and its problems by path, the bonuses of
// lines and returns in exact minor units, the store checked against the programs, and the
// statement built from a real SQLite database.
#include "payouts/spif.h"
#include "reportjson.h"
#include "statement.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace pd;

Q_DECLARE_METATYPE(SpifCampaign)
Q_DECLARE_METATYPE(StatementLine)
Q_DECLARE_METATYPE(SpifBonusKind)

namespace {

const QString kReseller = QStringLiteral("reseller-status");

// The reseller program's yearly SPIF for Privileged (PROGRAMS.md §1), 500.00 RUB per unit.
SpifCampaign privilegedSpif()
{
    SpifCampaign c;
    c.key = QStringLiteral("privileged-2026");
    c.name = QStringLiteral("Privileged SPIF 2026");
    c.from = QDate(2026, 1, 1);
    c.until = QDate(2026, 12, 31);
    c.programs = { kReseller };
    c.tiers = { QStringLiteral("privileged") };
    c.bonusKind = SpifBonusKind::PerUnit;
    c.amount = Money { 50000, QStringLiteral("RUB") };
    return c;
}

StatementLine soldLine(const QString &tier, const QString &productLine, qint64 unit, int quantity,
                       const QDate &on = QDate(2026, 8, 10), const QString &currency = QStringLiteral("RUB"),
                       bool renewal = false)
{
    StatementLine l;
    l.sale.soldOn = on;
    l.sale.productLine = productLine;
    l.sale.unitPrice = Money { unit, currency };
    l.sale.quantity = quantity;
    l.sale.renewal = renewal;
    l.sale.reference = QStringLiteral("INV-1");
    l.amount = Money { unit * quantity, currency };
    l.tierKey = tier;
    return l;
}

StatementLine returnOf(const StatementLine &original, int quantity, const QDate &on)
{
    StatementLine r = soldLine(original.tierKey, original.sale.productLine, original.sale.unitPrice.minor, -quantity, on,
                               original.sale.unitPrice.currency, original.sale.renewal);
    r.sale.returnsId = 1;
    r.sale.reference = QStringLiteral("CN-%1").arg(on.day());
    r.returnsReference = original.sale.reference;
    r.returnsSoldOn = original.sale.soldOn;
    r.returnsQuantity = original.sale.quantity;
    return r;
}

qint64 spifOf(const QList<SpifBonus> &bonuses, const QString &key = QStringLiteral("privileged-2026"))
{
    for (const SpifBonus &b : bonuses) {
        if (b.campaignKey == key)
            return b.amount.minor;
    }
    return 0;
}

QStringList paths(const QList<SpifIssue> &issues)
{
    QStringList out;
    for (const SpifIssue &i : issues)
        out << i.path;
    return out;
}

QByteArray withChange(const QString &field, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(spifToJson(privilegedSpif())).object();
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    return QJsonDocument(o).toJson();
}

struct Fixture {
    std::unique_ptr<Database> db;
    qint64 partner = 0;
    qint64 customer = 0;
};

// A file database with the built-in programs and one reseller partner, Certified until
// 2026-08-01 and Privileged from then on.
std::optional<Fixture> fixture(const QString &file)
{
    auto db = Database::create(file);
    if (!db)
        return std::nullopt;
    Store store(**db);
    if (!store.installBuiltinPrograms())
        return std::nullopt;
    Partner p;
    p.code = QStringLiteral("P-1");
    p.name = QStringLiteral("Distributor");
    p.country = QStringLiteral("RU");
    p.programKey = kReseller;
    p.tierKey = QStringLiteral("certified");
    p.tierSince = QDate(2025, 1, 1);
    p.joinedOn = QDate(2024, 1, 1);
    const auto id = store.insertPartner(p);
    if (!id)
        return std::nullopt;
    const auto partner = store.partner(*id);
    if (!partner || !store.applyTierChange(*id, QStringLiteral("privileged"), QDate(2026, 8, 1), QStringLiteral("review"),
                                           QStringLiteral("test"), partner->rowVersion))
        return std::nullopt;
    Customer cu;
    cu.partnerId = *id;
    cu.code = QStringLiteral("C-1");
    cu.name = QStringLiteral("Customer");
    const auto customer = store.insertCustomer(cu);
    if (!customer)
        return std::nullopt;
    return Fixture { std::move(*db), *id, *customer };
}

qint64 addSale(Fixture &f, const QDate &on, qint64 unit, int quantity, const QString &reference, qint64 returns = 0)
{
    Sale s;
    s.partnerId = f.partner;
    s.customerId = f.customer;
    s.soldOn = on;
    s.productLine = QStringLiteral("ti");
    s.unitPrice = Money { unit, QStringLiteral("RUB") };
    s.quantity = quantity;
    s.reference = reference;
    s.returnsId = returns;
    return Store(*f.db).insertSale(s).value_or(0);
}

} // namespace

class TestSpif final : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void problemsByPath_data();
    void problemsByPath();
    void everyProblemAtOnce();
    void sizeLimit();
    void bonuses_data();
    void bonuses();
    void returnsTakeBackTheirShare_data();
    void returnsTakeBackTheirShare();
    void storeChecksPrograms();
    void storeSavesAndReplaces();
    void removeRefusedOnceAClosedQuarterOverlaps();
    void statementShowsBonuses();
};

void TestSpif::roundTrip_data()
{
    QTest::addColumn<SpifCampaign>("campaign");
    SpifCampaign perUnit = privilegedSpif();
    perUnit.description = QStringLiteral("Yearly SPIF, Privileged only");
    QTest::newRow("per unit") << perUnit;
    SpifCampaign perLine = privilegedSpif();
    perLine.bonusKind = SpifBonusKind::PerLine;
    perLine.amount = Money { 1234, QStringLiteral("EUR") };
    perLine.tiers.clear();
    perLine.productLines = { QStringLiteral("ti"), QStringLiteral("ting") };
    perLine.renewals = false;
    QTest::newRow("per line, every tier, two lines, no renewals") << perLine;
    SpifCampaign percent = privilegedSpif();
    percent.bonusKind = SpifBonusKind::Percent;
    percent.amount = Money {};
    percent.percent = Rate { 250 };
    percent.programs << QStringLiteral("revenue-band");
    QTest::newRow("percent, two programs") << percent;
}

void TestSpif::roundTrip()
{
    QFETCH(SpifCampaign, campaign);
    const QByteArray json = spifToJson(campaign);
    SpifCampaign back;
    const QList<SpifIssue> issues = validateSpifJson(json, &back);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).path + u' ' + issues.value(0).message));
    QVERIFY(back == campaign);
    QCOMPARE(spifToJson(back), json);
}

void TestSpif::problemsByPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says"); // a part of the message
    QTest::newRow("unknown key") << withChange(QStringLiteral("colour"), QStringLiteral("red")) << "$.colour" << "not a field";
    QTest::newRow("bad key") << withChange(QStringLiteral("key"), QStringLiteral("Big Key")) << "$.key" << "Big Key";
    QTest::newRow("no key") << withChange(QStringLiteral("key"), QJsonValue::Undefined) << "$.key" << "required";
    QTest::newRow("bad date") << withChange(QStringLiteral("from"), QStringLiteral("2026-13-01")) << "$.from" << "2026-13-01";
    QTest::newRow("date in another format") << withChange(QStringLiteral("until"), QStringLiteral("31.12.2026")) << "$.until"
                                            << "31.12.2026";
    QTest::newRow("until before from") << withChange(QStringLiteral("until"), QStringLiteral("2025-12-31")) << "$.until"
                                       << "2025-12-31";
    QTest::newRow("empty programs") << withChange(QStringLiteral("programs"), QJsonArray {}) << "$.programs" << "program";
    QTest::newRow("no programs") << withChange(QStringLiteral("programs"), QJsonValue::Undefined) << "$.programs"
                                 << "program";
    QTest::newRow("programs not a list") << withChange(QStringLiteral("programs"), QStringLiteral("reseller-status"))
                                         << "$.programs" << "list";
    QTest::newRow("a program that is no key") << withChange(QStringLiteral("programs"), QJsonArray { 5 })
                                              << "$.programs[0]" << "key";
    QTest::newRow("a tier twice") << withChange(QStringLiteral("tiers"), QJsonArray { QStringLiteral("a"), QStringLiteral("a") })
                                  << "$.tiers[1]" << "twice";
    QTest::newRow("renewals not a boolean") << withChange(QStringLiteral("renewals"), QStringLiteral("yes")) << "$.renewals"
                                            << "true";
    QTest::newRow("format 2") << withChange(QStringLiteral("format"), 2) << "$.format" << "2";
    const auto bonus = [](const QJsonObject &b) { return withChange(QStringLiteral("bonus"), b); };
    QTest::newRow("unknown currency")
        << bonus({ { "kind", "perUnit" }, { "amount", "50.00" }, { "currency", "XYZ" } }) << "$.bonus.currency" << "XYZ";
    QTest::newRow("negative amount")
        << bonus({ { "kind", "perLine" }, { "amount", "-50.00" }, { "currency", "RUB" } }) << "$.bonus.amount" << "negative";
    QTest::newRow("amount not a number")
        << bonus({ { "kind", "perLine" }, { "amount", "fifty" }, { "currency", "RUB" } }) << "$.bonus.amount" << "fifty";
    QTest::newRow("percent above 100") << bonus({ { "kind", "percent" }, { "percent", "100.5" } }) << "$.bonus.percent"
                                       << "100";
    QTest::newRow("negative percent") << bonus({ { "kind", "percent" }, { "percent", -2 } }) << "$.bonus.percent" << "0";
    QTest::newRow("percent with an amount")
        << bonus({ { "kind", "percent" }, { "percent", "2" }, { "amount", "1.00" } }) << "$.bonus.amount" << "field";
    QTest::newRow("unknown kind") << bonus({ { "kind", "perDeal" }, { "amount", "1.00" }, { "currency", "RUB" } })
                                  << "$.bonus.kind" << "perDeal";
    QTest::newRow("no bonus") << withChange(QStringLiteral("bonus"), QJsonValue::Undefined) << "$.bonus" << "required";
    QTest::newRow("not JSON") << QByteArray("{\"format\": 1,\n  \"key\": }") << "$" << "line 2";
    QTest::newRow("not an object") << QByteArray("[1]") << "$" << "object";
}

void TestSpif::problemsByPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, says);
    SpifCampaign c;
    const QList<SpifIssue> issues = validateSpifJson(json, &c);
    QCOMPARE(paths(issues), QStringList { path });
    QVERIFY2(issues.first().message.contains(says), qPrintable(issues.first().message));
    const auto read = spifFromJson(json, QStringLiteral("spif.json"));
    QVERIFY(!read);
    QVERIFY2(read.error().message.startsWith(QStringLiteral("spif.json:") + path), qPrintable(read.error().message));
}

void TestSpif::everyProblemAtOnce()
{
    const QByteArray json = R"({"format": 1, "key": "X", "name": "", "from": "2026-02-30", "until": "2026-01-01",
        "programs": [], "extra": 1, "bonus": {"kind": "perUnit", "amount": "-1.00", "currency": "RUB"}})";
    QCOMPARE(paths(validateSpifJson(json)),
             (QStringList { "$.extra", "$.key", "$.name", "$.from", "$.programs", "$.bonus.amount" }));
}

void TestSpif::sizeLimit()
{
    QByteArray json = spifToJson(privilegedSpif());
    json += QByteArray(kMaxSpifBytes - json.size(), ' ');
    QVERIFY(validateSpifJson(json).isEmpty());
    json += ' ';
    const QList<SpifIssue> issues = validateSpifJson(json);
    QCOMPARE(paths(issues), QStringList { "$" });
    QVERIFY(issues.first().message.contains(QString::number(kMaxSpifBytes)));
}

void TestSpif::bonuses_data()
{
    QTest::addColumn<SpifCampaign>("campaign");
    QTest::addColumn<StatementLine>("line");
    QTest::addColumn<QString>("program");
    QTest::addColumn<qint64>("bonus"); // minor units; 0: none

    const SpifCampaign spif = privilegedSpif();
    const StatementLine privileged = soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 2490000, 3);
    // The reseller program's yearly SPIF (§1): Privileged only.
    QTest::newRow("§1 Privileged earns 3 × 500.00") << spif << privileged << kReseller << qint64(150000);
    QTest::newRow("§1 Certified earns nothing")
        << spif << soldLine(QStringLiteral("certified"), QStringLiteral("ti"), 2490000, 3) << kReseller << qint64(0);
    QTest::newRow("§1 Authorized earns nothing")
        << spif << soldLine(QStringLiteral("authorized"), QStringLiteral("ting"), 100, 1) << kReseller << qint64(0);
    QTest::newRow("another program") << spif << privileged << QStringLiteral("revenue-band") << qint64(0);
    QTest::newRow("first day") << spif << soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 100, 1, QDate(2026, 1, 1))
                               << kReseller << qint64(50000);
    QTest::newRow("last day") << spif << soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 100, 1, QDate(2026, 12, 31))
                              << kReseller << qint64(50000);
    QTest::newRow("the day after") << spif
                                   << soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 100, 1, QDate(2027, 1, 1))
                                   << kReseller << qint64(0);
    QTest::newRow("per unit in another currency: nothing, never converted")
        << spif << soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 100, 2, QDate(2026, 8, 10), QStringLiteral("EUR"))
        << kReseller << qint64(0);
    StatementLine voided = privileged;
    voided.sale.voided.at = QDateTime(QDate(2026, 9, 1), QTime(10, 0), QTimeZone::utc());
    voided.sale.voided.by = QStringLiteral("test");
    QTest::newRow("voided line") << spif << voided << kReseller << qint64(0);

    SpifCampaign lines = spif;
    lines.productLines = { QStringLiteral("ting"), QStringLiteral("depo_ti") };
    QTest::newRow("product line not paid") << lines << privileged << kReseller << qint64(0);
    QTest::newRow("product line paid")
        << lines << soldLine(QStringLiteral("privileged"), QStringLiteral("ting"), 100, 2) << kReseller << qint64(100000);

    SpifCampaign noRenewals = spif;
    noRenewals.renewals = false;
    const StatementLine renewal = soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 100, 1, QDate(2026, 8, 10),
                                           QStringLiteral("RUB"), true);
    QTest::newRow("renewal, campaign without renewals") << noRenewals << renewal << kReseller << qint64(0);
    QTest::newRow("renewal, campaign with renewals") << spif << renewal << kReseller << qint64(50000);

    SpifCampaign everyTier = spif;
    everyTier.tiers.clear();
    QTest::newRow("empty tiers: every tier")
        << everyTier << soldLine(QStringLiteral("authorized"), QStringLiteral("ti"), 100, 1) << kReseller << qint64(50000);

    SpifCampaign perLine = spif;
    perLine.bonusKind = SpifBonusKind::PerLine;
    perLine.amount = Money { 100000, QStringLiteral("RUB") };
    QTest::newRow("per line: once, whatever the quantity") << perLine << privileged << kReseller << qint64(100000);

    SpifCampaign percent = spif;
    percent.bonusKind = SpifBonusKind::Percent;
    percent.percent = Rate { 250 };
    // 3 × 24,900.00 = 74,700.00; 2.5 % = 1,867.50
    QTest::newRow("percent") << percent << privileged << kReseller << qint64(186750);
    // 0.30 × 2.5 % = 0.0075 -> 0.01 (half away from zero)
    QTest::newRow("percent rounded half away from zero")
        << percent << soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 30, 1) << kReseller << qint64(1);
    QTest::newRow("percent in any currency")
        << percent << soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 10000, 1, QDate(2026, 8, 10), QStringLiteral("EUR"))
        << kReseller << qint64(250);

    // A return is judged on its original line's date: sold in the period, returned after it.
    const StatementLine sold = soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 2490000, 3, QDate(2026, 12, 20));
    QTest::newRow("return after the period takes back") << spif << returnOf(sold, 1, QDate(2027, 1, 15)) << kReseller
                                                        << qint64(-50000);
    const StatementLine before = soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), 2490000, 3, QDate(2025, 12, 20));
    QTest::newRow("return in the period of a line sold before it") << spif << returnOf(before, 1, QDate(2026, 1, 15))
                                                                   << kReseller << qint64(0);
    QTest::newRow("per-line return: 1,000.00 × 1 / 3 = 333.33") << perLine << returnOf(sold, 1, QDate(2027, 1, 15))
                                                                 << kReseller << qint64(-33333);
    QTest::newRow("per-line return: 1,000.00 × 2 / 3 = 666.67") << perLine << returnOf(sold, 2, QDate(2027, 1, 15))
                                                                 << kReseller << qint64(-66667);
    QTest::newRow("percent return") << percent << returnOf(sold, 1, QDate(2027, 1, 15)) << kReseller << qint64(-62250);
}

void TestSpif::bonuses()
{
    QFETCH(SpifCampaign, campaign);
    QFETCH(StatementLine, line);
    QFETCH(QString, program);
    QFETCH(qint64, bonus);
    SpifCampaign other = campaign;
    other.key = QStringLiteral("other");
    other.programs = { QStringLiteral("activation-credits") }; // never applies here
    const QList<SpifBonus> got = spifBonuses(line, program, { other, campaign });
    QCOMPARE(got.size(), bonus == 0 ? 0 : 1);
    QCOMPARE(spifOf(got, campaign.key), bonus);
    if (bonus != 0) {
        QCOMPARE(got.first().campaignName, campaign.name);
        QCOMPARE(got.first().amount.currency, line.sale.unitPrice.currency);
    }
}

void TestSpif::returnsTakeBackTheirShare_data()
{
    QTest::addColumn<SpifBonusKind>("kind");
    QTest::addColumn<qint64>("amount"); // the campaign's amount (per unit, per line) or percent in bp
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QList<int>>("returned");
    QTest::addColumn<qint64>("earned");
    QTest::addColumn<QList<qint64>>("takenBack");
    // Per line, 100.00 on 3 units returned one by one: 33.33 each, never more than 100.00.
    QTest::newRow("per line, thirds") << SpifBonusKind::PerLine << qint64(10000) << qint64(100) << 3 << QList<int> { 1, 1, 1 }
                                      << qint64(10000) << QList<qint64> { -3333, -3333, -3333 };
    QTest::newRow("per line, two then one") << SpifBonusKind::PerLine << qint64(10000) << qint64(100) << 3 << QList<int> { 2, 1 }
                                            << qint64(10000) << QList<qint64> { -6667, -3333 };
    // 0.01 per line on 2 units: each half rounds to 0.01, the second is limited to what is left.
    QTest::newRow("per line, limited to what it earned")
        << SpifBonusKind::PerLine << qint64(1) << qint64(100) << 2 << QList<int> { 1, 1 } << qint64(1) << QList<qint64> { -1, 0 };
    QTest::newRow("per unit") << SpifBonusKind::PerUnit << qint64(50000) << qint64(100) << 3 << QList<int> { 1, 2 }
                              << qint64(150000) << QList<qint64> { -50000, -100000 };
    // 2.5 % of 0.30 × 2 = 0.015 -> 0.02; each return 0.0075 -> 0.01, both together never above 0.02.
    QTest::newRow("percent, limited") << SpifBonusKind::Percent << qint64(250) << qint64(30) << 2 << QList<int> { 1, 1 }
                                      << qint64(2) << QList<qint64> { -1, -1 };
    // 2.5 % of 0.20 × 3 = 0.015 -> 0.02; returns of 0.005 -> 0.01 each: the third gets nothing.
    QTest::newRow("percent, third return limited")
        << SpifBonusKind::Percent << qint64(250) << qint64(20) << 3 << QList<int> { 1, 1, 1 } << qint64(2)
        << QList<qint64> { -1, -1, 0 };
}

void TestSpif::returnsTakeBackTheirShare()
{
    QFETCH(SpifBonusKind, kind);
    QFETCH(qint64, amount);
    QFETCH(qint64, unit);
    QFETCH(int, quantity);
    QFETCH(QList<int>, returned);
    QFETCH(qint64, earned);
    QFETCH(QList<qint64>, takenBack);
    SpifCampaign c = privilegedSpif();
    c.bonusKind = kind;
    if (kind == SpifBonusKind::Percent)
        c.percent = Rate { int(amount) };
    else
        c.amount = Money { amount, QStringLiteral("RUB") };
    StatementLine original = soldLine(QStringLiteral("privileged"), QStringLiteral("ti"), unit, quantity);
    original.spif = spifBonuses(original, kReseller, { c });
    QCOMPARE(spifOf(original.spif), earned);
    QList<StatementLine> returns;
    for (qsizetype i = 0; i < returned.size(); ++i) {
        returns << returnOf(original, returned.at(i), QDate(2026, 9, 1 + int(i)));
        returns.last().spif = spifBonuses(returns.last(), kReseller, { c });
    }
    limitSpifTakeBacks(original, returns);
    QList<qint64> got;
    for (const StatementLine &r : std::as_const(returns))
        got << spifOf(r.spif);
    QCOMPARE(got, takenBack);

    // A voided original earned nothing, so its returns take nothing back.
    StatementLine voided = original;
    voided.sale.voided.at = QDateTime(QDate(2026, 9, 1), QTime(10, 0), QTimeZone::utc());
    voided.spif = spifBonuses(voided, kReseller, { c });
    QVERIFY(voided.spif.isEmpty());
    QList<StatementLine> again = returns;
    for (StatementLine &r : again)
        r.spif = spifBonuses(r, kReseller, { c });
    limitSpifTakeBacks(voided, again);
    for (const StatementLine &r : std::as_const(again))
        QVERIFY(r.spif.isEmpty());
}

void TestSpif::storeChecksPrograms()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db);
    QVERIFY(Store(**db).installBuiltinPrograms());
    SpifStore store(**db);
    SpifCampaign c = privilegedSpif();
    c.programs = { kReseller, QStringLiteral("no-such-program") };
    c.tiers = { QStringLiteral("privileged"), QStringLiteral("gold") };
    c.productLines = { QStringLiteral("ti"), QStringLiteral("cloud") };
    const auto issues = store.check(c);
    QVERIFY(issues);
    QCOMPARE(paths(*issues), (QStringList { "$.programs[1]", "$.tiers[1]", "$.productLines[1]" }));
    QVERIFY(issues->at(0).message.contains(QStringLiteral("no-such-program")));
    QVERIFY(issues->at(1).message.contains(QStringLiteral("gold")));
    QVERIFY(issues->at(2).message.contains(QStringLiteral("cloud")));
    const auto saved = store.save(c);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::InvalidInput);
    QVERIFY2(saved.error().message.contains(QStringLiteral("$.tiers[1]")), qPrintable(saved.error().message));
    // An invalid definition is refused before the programs are looked at.
    SpifCampaign backwards = privilegedSpif();
    backwards.until = QDate(2025, 1, 1);
    const auto refused = store.save(backwards);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("$.until")), qPrintable(refused.error().message));
    // Nothing was written.
    QCOMPARE(store.campaigns().value_or(QList<SpifCampaign> { privilegedSpif() }).size(), 0);
}

void TestSpif::storeSavesAndReplaces()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db);
    QVERIFY(Store(**db).installBuiltinPrograms());
    SpifStore store(**db);
    SpifCampaign later = privilegedSpif();
    later.key = QStringLiteral("a-later");
    later.from = QDate(2026, 6, 1);
    QVERIFY(store.save(later));
    QVERIFY(store.save(privilegedSpif()));
    SpifCampaign changed = privilegedSpif();
    changed.name = QStringLiteral("Renamed");
    changed.amount = Money { 60000, QStringLiteral("RUB") };
    QVERIFY(store.save(changed));
    const auto all = store.campaigns();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).key, changed.key); // by start date, then key
    QVERIFY(all->at(0) == changed);
    QVERIFY(all->at(1) == later);
    const auto one = store.campaign(changed.key);
    QVERIFY(one && *one == changed);
    const auto missing = store.campaign(QStringLiteral("nope"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(store.remove(later.key));
    QCOMPARE(store.campaigns()->size(), 1);
    QCOMPARE(store.remove(later.key).error().code, Error::Code::NotFound);
}

void TestSpif::removeRefusedOnceAClosedQuarterOverlaps()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db);
    QVERIFY(Store(**db).installBuiltinPrograms());
    SpifStore store(**db);
    SpifCampaign old = privilegedSpif();
    old.key = QStringLiteral("q1-only");
    old.from = QDate(2026, 2, 1);
    old.until = QDate(2026, 3, 31);
    SpifCampaign next = privilegedSpif();
    next.key = QStringLiteral("from-q2");
    next.from = QDate(2026, 4, 1);
    QVERIFY(store.save(old));
    QVERIFY(store.save(next));
    QVERIFY(sql::exec(**db, QStringLiteral("INSERT INTO quarter_closes (quarter, closed_at, closed_by) "
                                           "VALUES ('2026-Q1', '2026-04-02T09:00:00Z', 'test')")));
    const auto refused = store.remove(old.key);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("2026-Q1")), qPrintable(refused.error().message));
    QVERIFY(store.campaign(old.key));
    QVERIFY(store.remove(next.key)); // starts after the closed quarter
    QCOMPARE(store.campaigns()->size(), 1);
}

void TestSpif::statementShowsBonuses()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto f = fixture(dir.filePath(QStringLiteral("spif.pddb")));
    QVERIFY(f);
    // Q3 2026: one line while Certified (no SPIF), one while Privileged, returned in part.
    QVERIFY(addSale(*f, QDate(2026, 7, 15), 2490000, 2, QStringLiteral("INV-1")));
    const qint64 privileged = addSale(*f, QDate(2026, 8, 10), 2490000, 3, QStringLiteral("INV-2"));
    QVERIFY(privileged);
    QVERIFY(addSale(*f, QDate(2026, 9, 5), 2490000, -1, QStringLiteral("CN-1"), privileged));
    QVERIFY(SpifStore(*f->db).save(privilegedSpif()));

    Store records(*f->db);
    const auto st = buildStatement(records, f->partner, *Quarter::parse(QStringLiteral("2026-Q3")));
    QVERIFY2(st, st ? "" : qPrintable(st.error().message));
    QCOMPARE(st->lines.size(), 3);
    QVERIFY(st->lines.at(0).spif.isEmpty());
    QCOMPARE(spifOf(st->lines.at(1).spif), qint64(150000));
    QCOMPARE(st->lines.at(1).spif.first().campaignName, QStringLiteral("Privileged SPIF 2026"));
    QCOMPARE(spifOf(st->lines.at(2).spif), qint64(-50000));
    QCOMPARE(st->totals.size(), 1);
    QCOMPARE(st->totals.first().spif, (Money { 100000, QStringLiteral("RUB") }));
    // rewards 30 % × 49,800.00 + 35 % × 74,700.00 - 35 % × 24,900.00 = 32,370.00; rebate 5 % of
    // 99,600.00 = 4,980.00; SPIF 1,000.00
    QCOMPARE(st->totals.first().earned().value_or(Money {}), (Money { 3835000, QStringLiteral("RUB") }));

    const QJsonObject json = statementToJson(*st);
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    QVERIFY(!lines.at(0).toObject().contains(QStringLiteral("spif")));
    const QJsonArray spif = lines.at(1).toObject().value(QStringLiteral("spif")).toArray();
    QCOMPARE(spif.size(), 1);
    QCOMPARE(spif.at(0).toObject().value(QStringLiteral("campaign")).toString(), QStringLiteral("privileged-2026"));
    QCOMPARE(spif.at(0).toObject().value(QStringLiteral("amount")).toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("1500.00"));
    QCOMPARE(lines.at(2).toObject().value(QStringLiteral("spif")).toArray().at(0).toObject().value(QStringLiteral("amount"))
                 .toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("-500.00"));
    QCOMPARE(json.value(QStringLiteral("totals")).toArray().at(0).toObject().value(QStringLiteral("spif")).toString(),
             QStringLiteral("1000.00"));

    // Removed, the campaign pays nothing any more (no quarter is closed).
    QVERIFY(SpifStore(*f->db).remove(QStringLiteral("privileged-2026")));
    const auto without = buildStatement(records, f->partner, *Quarter::parse(QStringLiteral("2026-Q3")));
    QVERIFY(without);
    QCOMPARE(without->totals.first().spif.minor, 0);
}

QTEST_GUILESS_MAIN(TestSpif)
#include "tst_spif.moc"
