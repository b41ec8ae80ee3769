// The data generator: determinism, requested counts, validity of every record against its
// program, a complete exchange-rate table, the mix of tier results, and cancellation.
#include "fxrates.h"
#include "generate/generator.h"
#include "payouts/spif.h"
#include "program.h"
#include "statement.h"
#include "storage/database.h"
#include "storage/store.h"
#include "tierengine.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace pd;

namespace {

const QDate kToday(2026, 3, 15);

struct Generated {
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    Result<GenerateSummary> summary = GenerateSummary {};
};

Generated generateInto(const GenerateOptions &options, const ProgressFn &progress = {})
{
    Generated g;
    auto db = Database::open(QStringLiteral(":memory:"));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    g.db = std::move(*db);
    g.store = std::make_unique<Store>(*g.db);
    g.summary = generate(*g.store, options, progress);
    return g;
}

GenerateOptions options(int partners, qint64 sales, quint32 seed = 1, bool demo = false)
{
    GenerateOptions o;
    o.partners = partners;
    o.sales = sales;
    o.seed = seed;
    o.today = kToday;
    o.demo = demo;
    return o;
}

// A copy of the value: a range-for over `r.value()` of a temporary would dangle.
template<typename T>
T valueOf(Result<T> r)
{
    return std::move(r).value();
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename T>
QByteArray why(const Result<T> &r)
{
    return r ? QByteArray() : r.error().message.toUtf8();
}

QList<Sale> allSales(const Store &store, qint64 partnerId)
{
    return store.sales(partnerId, QDate(1990, 1, 1), QDate(2100, 1, 1)).value_or(QList<Sale>());
}

// A digest of everything the generator writes (tier history without its wall-clock stamp).
QByteArray fingerprint(const Store &store)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&](const QStringList &fields) { h.addData(QByteArray(fields.join(u'|').toUtf8() + '\n')); };
    const auto iso = [](const QDate &d) { return d.toString(Qt::ISODate); };
    for (const Partner &p : valueOf(store.partners())) {
        add({ p.code, p.name, p.country, p.region, categoryKey(p.category), p.subcategory, p.programKey, p.tierKey,
              iso(p.tierSince), iso(p.joinedOn), p.territory, p.brand, p.website });
        for (const Contact &c : valueOf(store.contacts(p.id)))
            add({ c.name, c.role, c.email, c.phone });
        for (const StaffMember &s : valueOf(store.staff(p.id)))
            add({ s.name, s.email, QString::number(int(s.role)) });
        for (const Certification &c : valueOf(store.certifications(p.id)))
            add({ c.certificate, iso(c.passedOn), iso(c.expiresOn) });
        for (const Customer &c : valueOf(store.customers(p.id)))
            add({ c.code, c.name, c.country });
        for (const Sale &s : allSales(store, p.id))
            add({ iso(s.soldOn), s.productLine, s.unitPrice.plainText(), s.unitPrice.currency,
                  QString::number(s.quantity), QString::number(s.renewal) });
        for (const ComplianceEvent &e : valueOf(store.events(p.id)))
            add({ eventKey(e.kind), iso(e.occurredOn), e.note });
        for (const Score &s : valueOf(store.scores(p.id)))
            add({ metricKey(s.metric), iso(s.measuredOn), QString::number(s.value.bp) });
        for (const TierChange &c : valueOf(store.tierHistory(p.id)))
            add({ c.fromTier, c.toTier, iso(c.effectiveOn), c.reason });
    }
    for (const FxRate &r : valueOf(store.fxRates()))
        add({ iso(r.date), r.base, r.quote, QString::number(r.micros) });
    return h.result().toHex();
}

QHash<QString, qint64> salesByCurrency(const Store &store)
{
    QHash<QString, qint64> out;
    for (const PartnerRow &p : valueOf(store.partnerRows())) {
        for (const Sale &s : allSales(store, p.id))
            out[s.unitPrice.currency] += s.amount().value().minor;
    }
    return out;
}

qint64 salesCount(const Store &store)
{
    qint64 n = 0;
    for (const PartnerRow &p : valueOf(store.partnerRows()))
        n += allSales(store, p.id).size();
    return n;
}

} // namespace

class TestGenerate final : public QObject {
    Q_OBJECT
private slots:
    void determinism_data();
    void determinism();
    void differentSeedDiffers();
    void requestedCounts_data();
    void requestedCounts();
    void recordsValidForProgram_data();
    void recordsValidForProgram();
    void everyCurrencyPairHasRate();
    void tierMix();
    void demoShowcase();
    void cancel_data();
    void cancel();
    void rejects_data();
    void rejects();
    void refusesNonEmptyDatabase();
};

void TestGenerate::determinism_data()
{
    QTest::addColumn<int>("partners");
    QTest::addColumn<qint64>("sales");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("demo");
    QTest::newRow("synthetic") << 60 << qint64(3000) << 1u << false;
    QTest::newRow("demo") << 40 << qint64(2000) << 7u << true;
    QTest::newRow("few sales") << 30 << qint64(10) << 3u << false;
}

void TestGenerate::determinism()
{
    QFETCH(int, partners);
    QFETCH(qint64, sales);
    QFETCH(quint32, seed);
    QFETCH(bool, demo);
    const Generated a = generateInto(options(partners, sales, seed, demo));
    const Generated b = generateInto(options(partners, sales, seed, demo));
    QVERIFY2(a.summary.has_value(), why(a.summary).constData());
    QVERIFY2(b.summary.has_value(), why(b.summary).constData());
    QCOMPARE(a.summary->customers, b.summary->customers);
    QCOMPARE(a.summary->staff, b.summary->staff);
    QCOMPARE(a.summary->certifications, b.summary->certifications);
    QCOMPARE(a.summary->events, b.summary->events);
    QCOMPARE(a.summary->scores, b.summary->scores);
    QCOMPARE(a.summary->fxRates, b.summary->fxRates);
    QCOMPARE(salesByCurrency(*a.store), salesByCurrency(*b.store));
    QCOMPARE(fingerprint(*a.store), fingerprint(*b.store));
}

void TestGenerate::differentSeedDiffers()
{
    const Generated a = generateInto(options(60, 3000, 1));
    const Generated b = generateInto(options(60, 3000, 2));
    QVERIFY(a.summary && b.summary);
    QVERIFY(salesByCurrency(*a.store) != salesByCurrency(*b.store));
    QVERIFY(fingerprint(*a.store) != fingerprint(*b.store));
}

void TestGenerate::requestedCounts_data()
{
    QTest::addColumn<int>("partners");
    QTest::addColumn<qint64>("sales");
    QTest::addColumn<bool>("demo");
    QTest::newRow("no partners") << 0 << qint64(0) << false;
    QTest::newRow("one partner, no sales") << 1 << qint64(0) << false;
    QTest::newRow("fewer sales than partners") << 50 << qint64(7) << false;
    QTest::newRow("many sales per partner") << 10 << qint64(20000) << false;
    QTest::newRow("typical") << 120 << qint64(4000) << false;
    QTest::newRow("demo") << 30 << qint64(1500) << true;
}

void TestGenerate::requestedCounts()
{
    QFETCH(int, partners);
    QFETCH(qint64, sales);
    QFETCH(bool, demo);
    const Generated g = generateInto(options(partners, sales, 11, demo));
    QVERIFY2(g.summary.has_value(), why(g.summary).constData());
    QCOMPARE(g.summary->partners, qint64(partners));
    QCOMPARE(g.summary->sales, sales);
    QCOMPARE(g.store->partnerCount().value(), qint64(partners));
    QCOMPARE(salesCount(*g.store), sales);
    qint64 customers = 0, staff = 0, events = 0;
    for (const PartnerRow &p : valueOf(g.store->partnerRows())) {
        customers += g.store->customers(p.id)->size();
        staff += g.store->staff(p.id)->size();
        events += g.store->events(p.id)->size();
    }
    QCOMPARE(customers, g.summary->customers);
    QCOMPARE(staff, g.summary->staff);
    QCOMPARE(events, g.summary->events);
    QCOMPARE(qint64(g.store->fxRates()->size()), g.summary->fxRates);
}

void TestGenerate::recordsValidForProgram_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("synthetic") << false;
    QTest::newRow("demo") << true;
}

// The rules CSV import applies: known currencies, non-negative prices, product lines and tiers of
// the partner's program, valid dates; plus the generator's own promises (owned customers, brands).
void TestGenerate::recordsValidForProgram()
{
    QFETCH(bool, demo);
    const Generated g = generateInto(options(150, 6000, 5, demo));
    QVERIFY2(g.summary.has_value(), why(g.summary).constData());
    QHash<QString, Program> programs;
    for (const StoredProgram &sp : valueOf(g.store->programs()))
        programs.insert(sp.program.key, sp.program);
    const QSet<QString> countries { QStringLiteral("RU"), QStringLiteral("ES"), QStringLiteral("MX"),
                                    QStringLiteral("CL"), QStringLiteral("US") };
    const QRegularExpression email(QStringLiteral("^[a-z0-9.\\-]+@[a-z0-9.\\-]+\\.[a-z]+$"));
    int withWebsite = 0;
    QSet<QString> programsUsed;
    QHash<QString, QSet<QString>> ownersByCountry; // issue 16: a few channel managers per market
    const QList<Partner> partners = g.store->partners().value();
    for (const Partner &p : partners) {
        QVERIFY2(programs.contains(p.programKey), qPrintable(p.code));
        const Program &program = programs.value(p.programKey);
        programsUsed.insert(p.programKey);
        QVERIFY2(program.tierIndex(p.tierKey) >= 0, qPrintable(p.code + u' ' + p.tierKey));
        QVERIFY(countries.contains(p.country));
        QVERIFY(!p.name.trimmed().isEmpty());
        QVERIFY(!p.region.isEmpty());
        QVERIFY(subcategoryKeys(p.category).contains(p.subcategory));
        QVERIFY(p.joinedOn.isValid() && p.joinedOn <= kToday);
        QVERIFY(p.tierSince.isValid() && p.tierSince >= p.joinedOn && p.tierSince <= kToday);
        if (program.brands.isEmpty()) {
            QVERIFY(p.brand.isEmpty());
        } else {
            QVERIFY2(std::any_of(program.brands.begin(), program.brands.end(), [&](const Brand &b) { return b.key == p.brand; }),
                     qPrintable(p.brand));
            const QString expected = p.country == QLatin1StringView("US")   ? QStringLiteral("north_america")
                                     : p.country == QLatin1StringView("ES") ? QStringLiteral("europe")
                                                                            : QStringLiteral("latam");
            QCOMPARE(p.brand, expected);
        }
        if (p.programKey == QLatin1StringView("reseller-status"))
            QVERIFY(p.country == QLatin1StringView("RU") || p.country == QLatin1StringView("ES"));
        withWebsite += p.website.isEmpty() ? 0 : 1;
        QVERIFY2(!p.owner.isEmpty(), qPrintable(p.code));
        ownersByCountry[p.country].insert(p.owner);

        const QList<Contact> contacts = g.store->contacts(p.id).value();
        QVERIFY(contacts.size() >= 1 && contacts.size() <= 3);
        for (const Contact &c : contacts)
            QVERIFY2(email.match(c.email).hasMatch(), qPrintable(c.email));
        QSet<qint64> staffIds;
        for (const StaffMember &s : valueOf(g.store->staff(p.id))) {
            QVERIFY2(email.match(s.email).hasMatch(), qPrintable(s.email));
            staffIds.insert(s.id);
        }
        QVERIFY(!staffIds.isEmpty());
        for (const Certification &c : valueOf(g.store->certifications(p.id))) {
            QVERIFY(staffIds.contains(c.staffId));
            QVERIFY(c.passedOn.isValid() && c.passedOn <= kToday);
            QVERIFY(c.expiresOn.isValid() && c.expiresOn > c.passedOn);
        }
        QSet<qint64> customers;
        for (const Customer &c : valueOf(g.store->customers(p.id)))
            customers.insert(c.id);
        for (const Sale &s : allSales(*g.store, p.id)) {
            QVERIFY2(program.hasProductLine(s.productLine), qPrintable(s.productLine));
            QVERIFY(Currency::find(s.unitPrice.currency).has_value());
            QVERIFY(s.unitPrice.minor > 0);
            QVERIFY(s.quantity > 0);
            QVERIFY(customers.contains(s.customerId));
            QVERIFY(s.soldOn.isValid() && s.soldOn <= kToday && s.soldOn > kToday.addMonths(-24));
            if (p.country == QLatin1StringView("RU"))
                QCOMPARE(s.unitPrice.currency, QStringLiteral("RUB"));
        }
        for (const ComplianceEvent &e : valueOf(g.store->events(p.id)))
            QVERIFY(e.occurredOn.isValid() && e.occurredOn >= p.joinedOn && e.occurredOn <= kToday);
        for (const Score &s : valueOf(g.store->scores(p.id))) {
            QCOMPARE(p.programKey, QStringLiteral("revenue-band"));
            QVERIFY(s.value.bp >= -10000 && s.value.bp <= 10000);
        }
    }
    QCOMPARE(programsUsed.size(), 4);
    QVERIFY(withWebsite > partners.size() * 3 / 4);
    QVERIFY(ownersByCountry.value(QStringLiteral("RU")).size() >= 2);
    QVERIFY(ownersByCountry.value(QStringLiteral("RU")).contains(QStringLiteral("Ирина Волкова")));
    QVERIFY(!ownersByCountry.value(QStringLiteral("ES")).intersects(ownersByCountry.value(QStringLiteral("RU"))));
}

// Tier evaluation converts every sale into its program's currency: no pair may be missing, on
// the as-of day or on any earlier day the data covers.
void TestGenerate::everyCurrencyPairHasRate()
{
    const Generated g = generateInto(options(150, 5000, 9));
    QVERIFY(g.summary.has_value());
    const ExchangeRates rates(g.store->fxRates().value());
    QHash<QString, QString> programCurrency;
    for (const StoredProgram &sp : valueOf(g.store->programs()))
        programCurrency.insert(sp.program.key, sp.program.currency);
    QSet<QString> pairs;
    for (const PartnerRow &p : valueOf(g.store->partnerRows())) {
        for (const Sale &s : allSales(*g.store, p.id)) {
            const QString to = programCurrency.value(p.programKey);
            pairs.insert(s.unitPrice.currency + u'/' + to);
            for (const QDate &on : { s.soldOn, kToday, kToday.addMonths(-12) }) {
                const auto converted = rates.convert(s.unitPrice, to, on);
                QVERIFY2(converted.has_value(), why(converted).constData());
                QVERIFY(converted->minor >= 0);
            }
        }
    }
    for (const char *pair : { "RUB/RUB", "MXN/USD", "CLP/USD", "EUR/USD", "USD/USD" })
        QVERIFY2(pairs.contains(QString::fromLatin1(pair)), pair);
    // Every currency used, against every program currency, over the whole period.
    for (const QString &from : { QStringLiteral("RUB"), QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("MXN"), QStringLiteral("CLP") }) {
        for (const QString &to : { QStringLiteral("RUB"), QStringLiteral("USD") }) {
            for (const QDate &on : { kToday, kToday.addMonths(-24) }) {
                const auto converted = rates.convert(Money { 100000, from }, to, on);
                QVERIFY2(converted.has_value(), why(converted).constData());
            }
        }
    }
    TierEngine engine(*g.store);
    const auto evaluations = engine.evaluateAll(kToday);
    QVERIFY(evaluations.has_value());
    for (const Evaluation &e : *evaluations)
        QVERIFY2(!e.error, qPrintable(e.partnerCode + u' ' + (e.error ? e.error->message : QString())));
}

// Most partners hold the tier their records earn; a realistic share could move up or down, and
// some reseller partners sit just below a sales threshold.
void TestGenerate::tierMix()
{
    const Generated g = generateInto(options(400, 16000, 21));
    QVERIFY(g.summary.has_value());
    TierEngine engine(*g.store);
    const auto evaluations = engine.evaluateAll(kToday);
    QVERIFY(evaluations.has_value());
    int same = 0, up = 0, down = 0, near = 0;
    for (const Evaluation &e : *evaluations) {
        same += e.move == TierMove::None ? 1 : 0;
        up += e.move == TierMove::Upgrade ? 1 : 0;
        down += e.move == TierMove::Demotion ? 1 : 0;
        if (e.programKey == QLatin1StringView("reseller-status") && e.trailingRevenue.currency == QLatin1StringView("RUB")) {
            const qint64 rub = e.trailingRevenue.minor / 100;
            if ((rub >= 450000 && rub < 500000) || (rub >= 900000 && rub < 1000000))
                ++near;
        }
    }
    const int total = int(evaluations->size());
    QVERIFY2(same >= total * 70 / 100 && same <= total * 92 / 100,
             qPrintable(QStringLiteral("%1 of %2 keep their tier").arg(same).arg(total)));
    QVERIFY2(up >= total * 4 / 100, qPrintable(QStringLiteral("%1 upgrades").arg(up)));
    QVERIFY2(down >= total * 4 / 100, qPrintable(QStringLiteral("%1 demotions").arg(down)));
    QVERIFY2(near >= 3, qPrintable(QStringLiteral("%1 near a threshold").arg(near)));
}

// The first demo partners show the typical results of an evaluation.
void TestGenerate::demoShowcase()
{
    const Generated g = generateInto(options(300, 20000, 1, true));
    QVERIFY2(g.summary.has_value(), why(g.summary).constData());
    const Partner first = g.store->partnerByCode(QStringLiteral("P-000001")).value();
    QCOMPARE(first.programKey, QStringLiteral("reseller-status"));
    QCOMPARE(first.country, QStringLiteral("RU"));
    QVERIFY2(first.name.contains(QRegularExpression(QStringLiteral("^(ООО|АО) «[А-ЯЁа-яё\\- ]+»$"))), qPrintable(first.name));
    TierEngine engine(*g.store);
    const Evaluation nearCertified = engine.evaluate(first.id, kToday).value();
    QCOMPARE(nearCertified.proposedTier, QStringLiteral("authorized"));
    QCOMPARE(nearCertified.move, TierMove::None);
    QVERIFY2(nearCertified.trailingRevenue.minor >= 47000000 && nearCertified.trailingRevenue.minor < 50000000,
             qPrintable(nearCertified.trailingRevenue.plainText()));
    const Evaluation upgrade = engine.evaluate(g.store->partnerByCode(QStringLiteral("P-000002"))->id, kToday).value();
    QCOMPARE(upgrade.move, TierMove::Upgrade);
    QCOMPARE(upgrade.proposedTier, QStringLiteral("privileged"));
    const Evaluation promotion = engine.evaluate(g.store->partnerByCode(QStringLiteral("P-000003"))->id, kToday).value();
    QCOMPARE(promotion.move, TierMove::Demotion);
    const auto privileged = std::find_if(promotion.tiers.begin(), promotion.tiers.end(),
                                         [](const TierCheck &t) { return t.tierKey == QLatin1StringView("privileged"); });
    QVERIFY(privileged != promotion.tiers.end());
    QVERIFY(std::any_of(privileged->requirements.begin(), privileged->requirements.end(), [](const RequirementCheck &c) {
        return !c.met && c.requirement.metric == Metric::Event && c.requirement.event == EventKind::JointPromotion;
    }));
    // Names by country, and a few tier-history entries.
    int cyrillic = 0, russian = 0, history = 0;
    for (const Partner &p : valueOf(g.store->partners())) {
        if (p.country == QLatin1StringView("RU")) {
            ++russian;
            cyrillic += p.name.contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))) ? 1 : 0;
        }
        if (p.country == QLatin1StringView("US"))
            QVERIFY2(p.name.contains(QRegularExpression(QStringLiteral(" (LLC|Inc\\.|Corp\\.)$"))), qPrintable(p.name));
        if (p.country == QLatin1StringView("MX"))
            QVERIFY2(p.name.contains(QStringLiteral("de C.V.")), qPrintable(p.name));
        const QList<TierChange> changes = g.store->tierHistory(p.id).value();
        history += int(changes.size());
        for (const TierChange &c : changes) {
            QCOMPARE(c.toTier, p.tierKey);
            QCOMPARE(c.effectiveOn, p.tierSince);
        }
        for (const Customer &c : valueOf(g.store->customers(p.id)))
            QVERIFY(!c.name.startsWith(QLatin1StringView("Customer ")));
    }
    QVERIFY(russian > 50);
    QCOMPARE(cyrillic, russian);
    QVERIFY2(history >= 5 && history <= 60, qPrintable(QString::number(history)));

    // Issue 16: the reseller program's yearly SPIF for Privileged, so that statements show earnings.
    const QList<SpifCampaign> campaigns = valueOf(SpifStore(*g.db).campaigns());
    QCOMPARE(campaigns.size(), 1);
    QCOMPARE(campaigns.first().tiers, QStringList { QStringLiteral("privileged") });
    QCOMPARE(campaigns.first().from, QDate(2025, 4, 1));
    QCOMPARE(campaigns.first().until, QDate(2026, 3, 31));
    qint64 earning = 0;
    for (const Partner &p : valueOf(g.store->partners())) {
        if (p.tierKey != QLatin1StringView("privileged") || p.programKey != QLatin1StringView("reseller-status"))
            continue;
        const QuarterStatement st = valueOf(buildStatement(*g.store, p.id, Quarter::containing(kToday).previous()));
        // the quarter before today's, inside the campaign's year
        for (const StatementTotal &t : st.totals)
            earning += t.spif.minor > 0 ? 1 : 0;
    }
    QVERIFY2(earning > 0, "no Privileged reseller earns the demo SPIF");
}

void TestGenerate::cancel_data()
{
    QTest::addColumn<qint64>("stopAfter");
    QTest::newRow("before writing") << qint64(0);
    QTest::newRow("midway") << qint64(128);
}

void TestGenerate::cancel()
{
    QFETCH(qint64, stopAfter);
    qint64 calls = 0;
    const Generated g = generateInto(options(300, 5000, 4), [&](qint64 done, qint64 total) {
        ++calls;
        return done < stopAfter && total == 300;
    });
    QVERIFY(!g.summary.has_value());
    QCOMPARE(g.summary.error().code, Error::Code::Cancelled);
    QVERIFY(!g.summary.error().message.isEmpty());
    QVERIFY(calls >= 1);
    QCOMPARE(g.store->partnerCount().value(), qint64(0));
    QVERIFY(g.store->fxRates()->isEmpty());
    QVERIFY(g.store->customerRefsByCode()->isEmpty());
    // The same store takes a complete run afterwards.
    const auto again = generate(*g.store, options(20, 100, 4));
    QVERIFY2(again.has_value(), why(again).constData());
    QCOMPARE(again->partners, qint64(20));
}

void TestGenerate::rejects_data()
{
    QTest::addColumn<int>("partners");
    QTest::addColumn<qint64>("sales");
    QTest::addColumn<QDate>("today");
    QTest::newRow("no date") << 10 << qint64(10) << QDate();
    QTest::newRow("negative partners") << -1 << qint64(10) << kToday;
    QTest::newRow("negative sales") << 10 << qint64(-5) << kToday;
    QTest::newRow("sales without partners") << 0 << qint64(5) << kToday;
}

void TestGenerate::rejects()
{
    QFETCH(int, partners);
    QFETCH(qint64, sales);
    QFETCH(QDate, today);
    GenerateOptions o = options(partners, sales);
    o.today = today;
    const Generated g = generateInto(o);
    QVERIFY(!g.summary.has_value());
    QCOMPARE(g.summary.error().code, Error::Code::InvalidInput);
    QCOMPARE(g.store->partnerCount().value(), qint64(0));
}

void TestGenerate::refusesNonEmptyDatabase()
{
    Generated g = generateInto(options(5, 50));
    QVERIFY(g.summary.has_value());
    const auto second = generate(*g.store, options(5, 50));
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().code, Error::Code::InvalidInput);
    QCOMPARE(g.store->partnerCount().value(), qint64(5));
}

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
