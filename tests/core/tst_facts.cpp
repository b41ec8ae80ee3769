// The evaluation facts and the evaluations built on them agree whichever way they are read:
// FactsQuery's single scans against the per-fact GROUP BY queries they replaced (factsoracle.h),
// for all partners, a range and one partner; through the driver's own SQLite and through
// QSqlQuery; and the set-based evaluation of every partner against each partner evaluated alone.
// On the demo and on generated data with returns (whole and partial, some later returned again),
// voided lines, voided events and scores, on as-of dates at month ends (issue 17).
#include "factsoracle.h"
#include "generate/generator.h"
#include "reportjson.h"
#include "storage/database.h"
#include "storage/factsquery.h"
#include "storage/sqlitedirect.h"
#include "storage/store.h"
#include "tierengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pd;

namespace {

const QDate kToday(2026, 3, 15);

// One line per fact, sorted: a readable difference when two gatherings disagree.
QStringList dump(const QHash<qint64, PartnerFacts> &all)
{
    QStringList out;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const PartnerFacts &f = it.value();
        const QString p = QString::number(it.key());
        for (auto w = f.windows.cbegin(); w != f.windows.cend(); ++w) {
            const QString at = p + u" w" + QString::number(w.key());
            for (const auto &[list, name] : { std::pair(&w->sales, u"cur"), std::pair(&w->previousSales, u"prev") }) {
                for (const SalesAggregate &a : *list)
                    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7").arg(at, name, a.currency, a.productLine)
                               .arg(a.renewal).arg(a.amountMinor).arg(a.lines);
            }
            out << QStringLiteral("%1 customers %2 %3 %4").arg(at).arg(w->activeCustomers).arg(w->previousCustomers)
                       .arg(w->retainedCustomers);
        }
        out << QStringLiteral("%1 certified %2 %3").arg(p).arg(f.certifiedTechnical).arg(f.certifiedSales);
        for (auto e = f.eventMonths.cbegin(); e != f.eventMonths.cend(); ++e) {
            QList<int> months(e->begin(), e->end());
            std::sort(months.begin(), months.end());
            for (const int m : months)
                out << QStringLiteral("%1 event %2 month %3").arg(p, eventKey(e.key())).arg(m);
        }
        for (auto e = f.firstEvent.cbegin(); e != f.firstEvent.cend(); ++e)
            out << QStringLiteral("%1 event %2 first %3 last %4").arg(p, eventKey(e.key()), e->toString(Qt::ISODate),
                                                                     f.lastEvent.value(e.key()).toString(Qt::ISODate));
        QList<int> months(f.salesMonths.begin(), f.salesMonths.end());
        std::sort(months.begin(), months.end());
        for (const int m : months)
            out << QStringLiteral("%1 sales month %2").arg(p).arg(m);
        for (auto s = f.latestScores.cbegin(); s != f.latestScores.cend(); ++s)
            out << QStringLiteral("%1 score %2 %3 %4").arg(p, metricKey(s.key()), s->first.toString(Qt::ISODate))
                       .arg(s->second.bp);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray json(const Evaluation &e)
{
    return evaluationJson(e, TextContext::application());
}

} // namespace

class TestFacts : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        m_db = std::move(*db);
        m_store = std::make_unique<Store>(*m_db);
    }

    void cleanup()
    {
        sql::DirectStatement::setEnabled(true);
        m_store.reset();
        m_db.reset();
    }

    void factsAgree_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<bool>("direct");
        for (const bool demo : { false, true }) {
            for (const QDate &asOf : { kToday, QDate(2026, 2, 28), QDate(2025, 8, 31), QDate(2025, 12, 31) }) {
                for (const bool direct : { true, false }) {
                    QTest::addRow("%s %s %s", demo ? "demo" : "generated", qPrintable(asOf.toString(Qt::ISODate)),
                                  direct ? "direct" : "QSqlQuery")
                        << demo << asOf << direct;
                }
            }
        }
    }

    void factsAgree()
    {
        QFETCH(bool, demo);
        QFETCH(QDate, asOf);
        QFETCH(bool, direct);
        fill(demo);
        sql::DirectStatement::setEnabled(direct);
        FactsRequest request;
        request.asOf = asOf;
        request.windowMonths = { 3, 6, 12, 24 };
        request.recentMonths = 13;
        request.needSalesMonths = true;

        const auto oracle = oracle::oracleFacts(*m_db, request, {}, {});
        QVERIFY(oracle);
        QVERIFY(oracle->size() > 20);
        FactsQuery query(*m_db);
        const auto all = query.run(request);
        QVERIFY(all);
        QCOMPARE(dump(*all), dump(*oracle));

        // A range of ids, and single partners (with sales and without).
        const auto range = query.runRange(request, 5, 40);
        const auto rangeOracle = oracle::oracleFacts(
            *m_db, request, QStringLiteral(" AND partner_id >= ? AND partner_id <= ?"), { 5, 40 });
        QVERIFY(range && rangeOracle);
        QCOMPARE(dump(*range), dump(*rangeOracle));
        for (const qint64 id : { 1, 2, 17, 33 }) {
            const auto one = query.run(request, id);
            const auto oneOracle = oracle::oracleFacts(*m_db, request, QStringLiteral(" AND partner_id = ?"), { id });
            QVERIFY(one && oneOracle);
            QCOMPARE(dump(*one), dump(*oneOracle));
        }
    }

    void setBasedEvaluationsAgreeWithSingle_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<bool>("direct");
        QTest::newRow("generated, direct") << false << true;
        QTest::newRow("generated, QSqlQuery") << false << false;
        QTest::newRow("demo, direct") << true << true;
    }

    void setBasedEvaluationsAgreeWithSingle()
    {
        QFETCH(bool, demo);
        QFETCH(bool, direct);
        fill(demo);
        sql::DirectStatement::setEnabled(direct);
        TierEngine engine(*m_store);
        int evaluated = 0, moves = 0;
        const auto done = engine.evaluateEach(kToday, [&](Evaluation &&e) {
            ++evaluated;
            moves += e.move != TierMove::None;
            const auto alone = engine.evaluate(e.partnerId, kToday);
            QVERIFY(alone);
            QCOMPARE(json(*alone), json(e));
            // Written directly, exactly as QJsonDocument writes the same document.
            const QByteArray written = json(e);
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(parsed.toJson(QJsonDocument::Indented), written + '\n');
            const QByteArray nested = QJsonDocument(QJsonArray { parsed.object() }).toJson(QJsonDocument::Indented);
            QCOMPARE(nested, "[\n    " + evaluationJson(e, TextContext::application(), 1) + "\n]\n");
        });
        QVERIFY(done);
        QCOMPARE(evaluated, int(m_store->partnerCount().value_or(-1)));
        QVERIFY(moves > 0); // the data set exercises proposals, not only partners that stay
    }

private:
    // Generated (or demo) data, then returns, voids and voided events and scores written as the
    // corrections and the import write them.
    void fill(bool demo)
    {
        GenerateOptions o; // the demo as `init --demo` makes it, or a smaller generated set
        if (!demo) {
            o.partners = 120;
            o.sales = 4000;
        }
        o.seed = 7;
        o.today = kToday;
        o.demo = demo;
        const auto summary = generate(*m_store, o);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        const QString live = QStringLiteral("returns_id IS NULL AND voided_at IS NULL AND quantity > 1 AND date(sold_on, '+20 days') <= '%1'")
                                 .arg(kToday.toString(Qt::ISODate));
        const QString insert = QStringLiteral(
            "INSERT INTO sales (partner_id, customer_id, sold_on, product_line, unit_price_minor, currency, quantity, "
            "renewal, amount_minor, reference, returns_id) SELECT partner_id, customer_id, date(sold_on, '%1'), "
            "product_line, unit_price_minor, currency, %2, renewal, %3, '%4-' || id, id FROM sales WHERE ");
        // Whole returns, partial returns, and a second return that empties a partial one.
        QVERIFY(sql::exec(*m_db, insert.arg(u"+10 days", u"-quantity", u"-amount_minor", u"RW") + live + u" AND id % 7 = 0"));
        QVERIFY(sql::exec(*m_db, insert.arg(u"+5 days", u"-1", u"-unit_price_minor", u"RP") + live + u" AND id % 5 = 0"));
        QVERIFY(sql::exec(*m_db, insert.arg(u"+20 days", u"-(quantity - 1)", u"-(amount_minor - unit_price_minor)", u"RR")
                                     + live + u" AND id % 10 = 0"));
        const QString voided = QStringLiteral("SET voided_at = '2026-03-01T10:00:00.000Z', voided_by = 'test', void_reason = 'typo'");
        QVERIFY(sql::exec(*m_db, u"UPDATE sales " + voided + u" WHERE id % 11 = 0 AND returns_id IS NULL "
                                                               u"AND id NOT IN (SELECT returns_id FROM sales WHERE returns_id IS NOT NULL)"));
        QVERIFY(sql::exec(*m_db, u"UPDATE sales " + voided + u" WHERE returns_id IS NOT NULL AND id % 3 = 0"));
        QVERIFY(sql::exec(*m_db, u"UPDATE compliance_events " + voided + u" WHERE id % 13 = 0"));
        QVERIFY(sql::exec(*m_db, u"UPDATE scores " + voided + u" WHERE id % 4 = 0"));
        const auto returns = sql::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sales WHERE returns_id IS NOT NULL"));
        QVERIFY(returns && returns->toInt() > 50);
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestFacts)
#include "tst_facts.moc"
