// Closing a quarter (issue 16, points 1 and 2): what may close, what freezes, the adjustments of
// late changes, the payable drafts, and the frozen document read back field for field.
#include "closingfixture.h"
#include "payouts/frozenjson.h"
#include "reportjson.h"
#include "statementcompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace pd;
using namespace pd::test;

namespace {

struct Fixture {
    std::unique_ptr<Database> owned;
    ClosingData data;
};

std::unique_ptr<Fixture> seeded(const QString &path = QStringLiteral(":memory:"))
{
    auto f = std::make_unique<Fixture>();
    auto db = path == QLatin1String(":memory:") ? Database::open(path) : Database::create(path);
    if (!db)
        return nullptr;
    f->owned = std::move(*db);
    f->data.db = f->owned.get();
    if (!f->data.seed())
        return nullptr;
    return f;
}

QByteArray jsonBytes(const QuarterStatement &s)
{
    return QJsonDocument(statementToJson(s)).toJson();
}

} // namespace

class TestClosing final : public QObject {
    Q_OBJECT
private slots:
    void frozenDocumentRoundTrip();
    void nextToClose();
    void refusalsWriteNothing();
    void cancelledCloseWritesNothing();
    void seedFiguresThroughClose();
    void closedStatementNeverChanges();
    void adjustmentsOnTheFirstOpenQuarter_data();
    void adjustmentsOnTheFirstOpenQuarter();
    void adjustmentsAreBookedOnce();
    void salesAsClosed();
    void appendOnlyInTheDatabase();

private:
    // Closed 2026-Q3, then the late changes; built once.
    Fixture &afterLateChanges();
    std::unique_ptr<Fixture> m_late;
    QHash<qint64, QuarterStatement> m_frozenBefore;
    QHash<qint64, QByteArray> m_jsonBefore;
};

Fixture &TestClosing::afterLateChanges()
{
    if (!m_late) {
        m_late = seeded();
        Q_ASSERT(m_late);
        ClosingData &d = m_late->data;
        const auto closed = QuarterClosing(*d.store).close(kQ3, kAfterQ3, QStringLiteral("manager"));
        if (!closed)
            qFatal("close failed: %s", qPrintable(closed.error().message));
        for (const qint64 id : { d.privileged, d.certified }) {
            const auto st = buildStatement(*d.store, id, kQ3);
            m_frozenBefore.insert(id, *st);
            m_jsonBefore.insert(id, jsonBytes(*st));
        }
        if (!d.lateChanges())
            qFatal("the late changes failed");
    }
    return *m_late;
}

void TestClosing::frozenDocumentRoundTrip()
{
    QuarterStatement st;
    st.partner = Partner { 7, "P-7", "Name", "ES", "Madrid", PartnerCategory::Technology, "sub", "reseller-status",
                           "certified", QDate(2025, 2, 3), QDate(2024, 4, 5), "North", "Brand", "https://x.example",
                           "ana", 4 };
    st.programName = "Reseller";
    st.quarter = kQ3;
    st.tierAtQuarterEnd = "privileged";
    st.rebateRate = Rate { 500 };
    StatementLine line;
    line.sale = Sale { 11, 7, 3, QDate(2026, 8, 1), "ti", Money { 12345, "EUR" }, -2, true, "R-1", 9, 8,
                       Voiding { QDateTime::fromString("2026-12-01T10:00:00.123Z", Qt::ISODateWithMs), "bob", "typo" } };
    line.returnsReference = "ORIG";
    line.returnsSoldOn = QDate(2026, 7, 2);
    line.amount = Money { -24690, "EUR" };
    line.tierKey = "certified";
    line.rate = Rate { 3050 };
    line.reward = Money { -7530, "EUR" };
    line.note = "a note";
    line.overrideId = 42;
    line.spif = { SpifBonus { "spring", "Spring SPIF", Money { -100, "EUR" } }, SpifBonus { "b", "B", Money { 5, "EUR" } } };
    st.lines = { line, StatementLine {} };
    st.adjustments = { StatementAdjustment { AdjustmentKind::Void, Quarter { 2026, 2 }, line, Money { -3, "EUR" },
                                             Money { -4, "EUR" }, Money { -5, "EUR" } },
                       StatementAdjustment { AdjustmentKind::LateLine, kQ3, line, Money { 6, "EUR" }, Money { 7, "EUR" },
                                             Money { 8, "EUR" } } };
    st.totals = { StatementTotal { "EUR", 3, Money { 999999999999999, "EUR" }, Money { -7, "EUR" }, Money { 8, "EUR" },
                                   Money { 9, "EUR" }, Money { 10, "EUR" } } };
    st.closed = true;
    st.closedAt = QDateTime::fromString("2026-10-15T09:30:12.345Z", Qt::ISODateWithMs);
    st.closedBy = "manager";

    Evaluation e;
    e.partnerId = 7;
    e.partnerCode = "P-7";
    e.partnerName = "Name";
    e.programKey = "reseller-status";
    e.asOf = QDate(2026, 9, 30);
    e.currentTier = "certified";
    e.proposedTier = "privileged";
    e.move = TierMove::Upgrade;
    e.nextTier = "top";
    RequirementCheck check;
    check.requirement = Requirement { Metric::Sales, Comparison::MoreThan, Money { 5000000, "RUB" }, 3, Rate { 250 }, 6,
                                      { "ti", "ting" }, EventKind::ContractSigned, Cadence::Quarterly, Condition::Always, "n" };
    check.met = false;
    check.actual = 1234;
    check.gap = 66;
    check.unknown = true;
    check.notApplicable = true;
    check.eventOn = QDate(2026, 5, 4);
    check.missingPeriods = { QDate(2026, 1, 1), QDate(2026, 4, 1) };
    e.gaps = { check };
    e.nextTierAdmission = Admission::Review;
    e.nextTierName = "Top";
    e.tiers = { TierCheck { "authorized", true, { check }, {} }, TierCheck { "certified", false, {}, { check, check } } };
    e.trailingRevenue = Money { 777, "RUB" };
    e.error = Error { Error::Code::MissingRate, "no rate" };

    const auto back = frozenFromJson(frozenToJson(st, e));
    QVERIFY(back.has_value());
    compareStatements(back->statement, st);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(back->evaluation.has_value());
    compareEvaluations(*back->evaluation, e);
    QVERIFY(!QTest::currentTestFailed());

    const auto without = frozenFromJson(frozenToJson(QuarterStatement {}, std::nullopt));
    QVERIFY(without.has_value());
    QVERIFY(!without->evaluation.has_value());
    QVERIFY(!without->statement.closedAt.isValid());

    const auto damaged = frozenFromJson("{\"evaluation\": {}}");
    QVERIFY(!damaged.has_value());
    QCOMPARE(damaged.error().code, Error::Code::InvalidInput);
}

void TestClosing::nextToClose()
{
    auto f = seeded();
    QVERIFY(f);
    QuarterClosing closing(*f->data.store);
    QCOMPARE(closing.nextToClose(kAfterQ3)->text(), QStringLiteral("2026-Q3"));
    QVERIFY(closing.close(kQ3, kAfterQ3, QStringLiteral("manager")).has_value());
    QCOMPARE(closing.nextToClose(QDate(2030, 1, 1))->text(), QStringLiteral("2026-Q4"));
    const auto closed = closing.closedQuarters();
    QCOMPARE(closed->size(), 1);
    QCOMPARE(closed->first().quarter.text(), QStringLiteral("2026-Q3"));
    QCOMPARE(closed->first().closedBy, QStringLiteral("manager"));
    QCOMPARE(closed->first().lastSaleId, f->data.sale.value(QStringLiteral("A-OLD")));
    QVERIFY(qAbs(closed->first().closedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(closing.closeInfo(kQ3)->has_value());
    QVERIFY(!closing.closeInfo(kQ4)->has_value());
}

void TestClosing::refusalsWriteNothing()
{
    auto f = seeded();
    QVERIFY(f);
    ClosingData &d = f->data;
    QuarterClosing closing(*d.store);
    // Not ended: the quarter's last day is not before today.
    auto r = closing.close(kQ3, QDate(2026, 9, 30), QStringLiteral("m"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY2(r.error().message.contains(QStringLiteral("2026-Q3")), qPrintable(r.error().message));
    QCOMPARE(d.written(), QList<qint64>({ 0, 0, 0, 0 }));
    QVERIFY(!closing.preview(kQ3, QDate(2026, 9, 30)));

    QVERIFY(closing.close(kQ3, kAfterQ3, QStringLiteral("m")).has_value());
    const QList<qint64> after = d.written();
    QCOMPARE(after.at(0), 1);
    QCOMPARE(after.at(1), 2); // every partner's statement

    struct Case {
        Quarter quarter;
        QDate today;
        const char *named;
    };
    for (const Case &c : { Case { kQ3, kAfterQ4, "2026-Q3" },                  // twice
                           Case { Quarter { 2027, 1 }, QDate(2027, 5, 1), "2026-Q4" }, // out of order
                           Case { Quarter { 2026, 2 }, kAfterQ4, "2026-Q2" },         // before the ledger
                           Case { kQ4, QDate(2026, 12, 31), "2026-Q4" } }) {          // not ended
        const auto refused = closing.close(c.quarter, c.today, QStringLiteral("m"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.contains(QLatin1String(c.named)), qPrintable(refused.error().message));
        QVERIFY(!closing.preview(c.quarter, c.today));
        QCOMPARE(d.written(), after);
    }
}

void TestClosing::cancelledCloseWritesNothing()
{
    auto f = seeded();
    QVERIFY(f);
    QuarterClosing closing(*f->data.store);
    qint64 calls = 0;
    const auto r = closing.close(kQ3, kAfterQ3, QStringLiteral("m"), [&](qint64 done, qint64 total) {
        ++calls;
        return done < total; // stop after the last partner: everything but the commit was written
    });
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QVERIFY(calls >= 3);
    QCOMPARE(f->data.written(), QList<qint64>({ 0, 0, 0, 0 }));
    QVERIFY(!closing.closeInfo(kQ3)->has_value());
    QVERIFY(!buildStatement(*f->data.store, f->data.privileged, kQ3)->closed);
}

void TestClosing::seedFiguresThroughClose()
{
    auto f = seeded();
    QVERIFY(f);
    ClosingData &d = f->data;
    QuarterClosing closing(*d.store);
    const auto preview = closing.preview(kQ3, kAfterQ3);
    QVERIFY(preview.has_value());
    QCOMPARE(d.written(), QList<qint64>({ 0, 0, 0, 0 }));
    const auto closed = closing.close(kQ3, kAfterQ3, QStringLiteral("manager"));
    QVERIFY2(closed.has_value(), closed ? "" : qPrintable(closed.error().message));
    for (const ClosePreview &p : { *preview, *closed }) {
        QCOMPARE(p.partners, 2);
        QCOMPARE(p.totals.size(), 1);
        const CloseTotal &t = p.totals.first();
        QCOMPARE(t.programKey, QStringLiteral("reseller-status"));
        QCOMPARE(t.currency, QStringLiteral("RUB"));
        QCOMPARE(t.partners, 2);
        QCOMPARE(t.lines, 9);
        QCOMPARE(t.sales.minor, 56000003);
        QCOMPARE(t.rewards.minor, 15150001); // 98,500.01 + 53,000.00
        QCOMPARE(t.rebate.minor, 1750000);   // 5 % of 350,000.03 on Privileged only
        QCOMPARE(t.spif.minor, 0);
        QCOMPARE(t.adjustments.minor, 0);
    }
    QCOMPARE(closed->payables, 2);

    // Per line: TI 35 %, TING 25 %, DEPO 25 %, renewal 35 %, 0.03 -> 0.01; Certified 30/20/20/30.
    const QHash<QString, qint64> reward { { "A-TI", 3500000 }, { "A-TING", 5000000 }, { "A-DEPO", 1000000 },
                                          { "A-REN", 350000 },  { "A-CENT", 1 },       { "B-TI", 3000000 },
                                          { "B-TING", 1000000 }, { "B-DEPO", 1000000 }, { "B-REN", 300000 } };
    const QHash<QString, qint64> rebate { { "A-TI", 500000 }, { "A-TING", 1000000 }, { "A-DEPO", 200000 },
                                          { "A-REN", 50000 },  { "A-CENT", 0 } };
    sql::Statement rows(*d.db, QStringLiteral("SELECT s.reference, c.kind, c.quarter, c.sale_quarter, c.currency, "
                                              "c.reward_minor, c.rebate_minor, c.spif_minor FROM closed_lines c "
                                              "JOIN sales s ON s.id = c.sale_id ORDER BY c.id"));
    QVERIFY(rows.run({}).has_value());
    int count = 0;
    while (rows.query().next()) {
        const QString ref = rows.query().value(0).toString();
        QCOMPARE(rows.query().value(1).toString(), QStringLiteral("line"));
        QCOMPARE(rows.query().value(2).toString(), QStringLiteral("2026-Q3"));
        QCOMPARE(rows.query().value(3).toString(), QStringLiteral("2026-Q3"));
        QCOMPARE(rows.query().value(4).toString(), QStringLiteral("RUB"));
        QCOMPARE(rows.query().value(5).toLongLong(), reward.value(ref, -1));
        QCOMPARE(rows.query().value(6).toLongLong(), rebate.value(ref, 0));
        QCOMPARE(rows.query().value(7).toLongLong(), 0);
        ++count;
    }
    QCOMPARE(count, 9); // A-OLD (Q2) is before the ledger

    const auto payables = PayoutLedger(*d.db).list();
    QVERIFY(payables.has_value());
    QCOMPARE(payables->size(), 2);
    for (const Payable &p : *payables) {
        QCOMPARE(p.quarter.text(), QStringLiteral("2026-Q3"));
        QCOMPARE(p.currency, QStringLiteral("RUB"));
        QCOMPARE(p.createdBy, QStringLiteral("manager"));
        if (p.partnerId == d.privileged) {
            QCOMPARE(p.rewardsMinor, 9850001);
            QCOMPARE(p.rebateMinor, 1750000);
            QCOMPARE(p.amountMinor, 11600001);
        } else {
            QCOMPARE(p.partnerId, d.certified);
            QCOMPARE(p.rewardsMinor, 5300000);
            QCOMPARE(p.rebateMinor, 0);
            QCOMPARE(p.amountMinor, 5300000);
        }
        QCOMPARE(p.spifMinor, 0);
        QCOMPARE(p.adjustmentsMinor, 0);
    }

    const auto st = buildStatement(*d.store, d.privileged, kQ3);
    QVERIFY(st->closed);
    QCOMPARE(st->closedBy, QStringLiteral("manager"));
    QCOMPARE(st->closedAt, closing.closeInfo(kQ3)->value().closedAt);
    QCOMPARE(st->rebateRate.bp, 500);
    QCOMPARE(*st->totals.first().earned(), (Money { 11600001, QStringLiteral("RUB") }));
    const auto evaluation = closing.frozenEvaluation(d.privileged, kQ3);
    QVERIFY(evaluation->has_value());
    QCOMPARE((*evaluation)->asOf, kQ3.last());
    QCOMPARE((*evaluation)->currentTier, QStringLiteral("privileged"));
    QVERIFY(!closing.frozenEvaluation(d.privileged, kQ4)->has_value());
}

void TestClosing::closedStatementNeverChanges()
{
    Fixture &f = afterLateChanges();
    ClosingData &d = f.data;
    // The live figures did change: the computed statement differs from the frozen one.
    const auto ctx = rewardContext(*d.store, d.certified);
    QVERIFY(jsonBytes(*computeStatement(*d.store, *ctx, kQ3)) != m_jsonBefore.value(d.certified));
    for (const qint64 id : { d.privileged, d.certified }) {
        const auto now = buildStatement(*d.store, id, kQ3);
        QVERIFY(now.has_value());
        compareStatements(*now, m_frozenBefore.value(id));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(jsonBytes(*now), m_jsonBefore.value(id));
        QVERIFY(now->closed);
        QVERIFY(now->adjustments.isEmpty());
    }
}

void TestClosing::adjustmentsOnTheFirstOpenQuarter_data()
{
    expectedAdjustmentsData();
}

void TestClosing::adjustmentsOnTheFirstOpenQuarter()
{
    QFETCH(QString, partner);
    QFETCH(int, index);
    QFETCH(QString, kind);
    QFETCH(QString, reference);
    QFETCH(qint64, reward);
    QFETCH(qint64, rebate);
    QFETCH(qint64, spif);
    Fixture &f = afterLateChanges();
    ClosingData &d = f.data;
    const qint64 id = partner == QLatin1String("P-1") ? d.privileged : d.certified;
    const auto st = buildStatement(*d.store, id, kQ4);
    QVERIFY(st.has_value());
    QVERIFY(!st->closed);
    QCOMPARE(st->adjustments.size(), id == d.privileged ? 2 : 3);
    const StatementAdjustment &a = st->adjustments.at(index);
    QCOMPARE(a.kind == AdjustmentKind::Void ? QStringLiteral("void") : QStringLiteral("late"), kind);
    QCOMPARE(a.fromQuarter.text(), QStringLiteral("2026-Q3"));
    QCOMPARE(a.line.sale.reference, reference);
    QCOMPARE(a.reward, (Money { reward, QStringLiteral("RUB") }));
    QCOMPARE(a.rebate, (Money { rebate, QStringLiteral("RUB") }));
    QCOMPARE(a.spif, (Money { spif, QStringLiteral("RUB") }));

    // The totals: P-1 has its own Q4 line (1,000.00 TI at 40 % and 5 % rebate); P-2 adjustments only.
    QCOMPARE(st->totals.size(), 1);
    const StatementTotal &t = st->totals.first();
    QCOMPARE(t.adjustments.minor, id == d.privileged ? 400000 + 50000 - 5000000 - 1000000 : -1000000 - 1000000 + 2500000);
    QCOMPARE(t.rewards.minor, id == d.privileged ? 40000 : 0);
    QCOMPARE(t.rebate.minor, id == d.privileged ? 5000 : 0);
    QCOMPARE(t.lines, id == d.privileged ? 1 : 0);

    // Only the first open quarter: a later open quarter and one before the ledger show none.
    QVERIFY(buildStatement(*d.store, id, Quarter { 2027, 1 })->adjustments.isEmpty());
    QVERIFY(buildStatement(*d.store, id, Quarter { 2026, 2 })->adjustments.isEmpty());
    // JSON of the open statement names them.
    const QJsonObject json = statementToJson(*st);
    QCOMPARE(json.value("adjustments").toArray().size(), st->adjustments.size());
}

void TestClosing::adjustmentsAreBookedOnce()
{
    auto f = seeded();
    QVERIFY(f);
    ClosingData &d = f->data;
    QuarterClosing closing(*d.store);
    QVERIFY(closing.close(kQ3, kAfterQ3, QStringLiteral("m")).has_value());
    QVERIFY(d.lateChanges());
    const auto q4 = closing.close(kQ4, kAfterQ4, QStringLiteral("m"));
    QVERIFY2(q4.has_value(), q4 ? "" : qPrintable(q4.error().message));
    QCOMPARE(q4->totals.first().adjustments.minor, -5550000 + 500000);
    // The frozen Q4 statement keeps its adjustments; nothing is pending any more.
    QCOMPARE(buildStatement(*d.store, d.certified, kQ4)->adjustments.size(), 3);
    QVERIFY(buildStatement(*d.store, d.certified, Quarter { 2027, 1 })->adjustments.isEmpty());
    QVERIFY(buildStatement(*d.store, d.privileged, Quarter { 2027, 1 })->adjustments.isEmpty());
    const auto rows = sql::scalar(*d.db, QStringLiteral("SELECT count(*) FROM closed_lines WHERE quarter = '2026-Q4' "
                                                        "AND sale_quarter = '2026-Q3' AND kind IN ('late', 'void')"));
    QCOMPARE(rows->toLongLong(), 5);
    // P-1's Q4 is negative (the return's clawback): carried, not paid; P-2 is owed 5,000.00.
    const auto payables = PayoutLedger(*d.db).list(PayoutFilter { std::nullopt, kQ4, {}, {}, 0 });
    QCOMPARE(payables->size(), 2);
    for (const Payable &p : *payables) {
        if (p.partnerId == d.privileged) {
            QCOMPARE(p.adjustmentsMinor, -5550000);
            QCOMPARE(p.amountMinor, 0);
            QCOMPARE(p.carriedOutMinor, 40000 + 5000 - 5550000);
        } else {
            QCOMPARE(p.adjustmentsMinor, 500000);
            QCOMPARE(p.amountMinor, 500000);
        }
    }

    // A late line booked on Q4, voided afterwards: a void on 2027-Q1 taking back what Q4 gave it.
    QVERIFY(Corrections(*d.db).voidRecord(RecordKind::Sale, d.sale.value(QStringLiteral("A-LATE")), QStringLiteral("dup")));
    const auto q1 = buildStatement(*d.store, d.privileged, Quarter { 2027, 1 });
    QCOMPARE(q1->adjustments.size(), 1);
    QCOMPARE(q1->adjustments.first().kind, AdjustmentKind::Void);
    QCOMPARE(q1->adjustments.first().fromQuarter.text(), QStringLiteral("2026-Q3"));
    QCOMPARE(q1->adjustments.first().reward.minor, -400000);
    QCOMPARE(q1->adjustments.first().rebate.minor, -50000);
    QCOMPARE(q1->adjustments.first().line.rate.bp, 4000); // as the Q4 statement froze it
}

void TestClosing::salesAsClosed()
{
    Fixture &f = afterLateChanges();
    ClosingData &d = f.data;
    QuarterClosing closing(*d.store);
    const auto info = closing.closeInfo(kQ3);
    QVERIFY(info->has_value());
    QStringList refs;
    const auto certified = closing.salesAsClosed(d.certified, kQ3.first(), kQ3.last(), **info);
    QVERIFY(certified.has_value());
    for (const Sale &s : *certified) {
        refs << s.reference;
        QVERIFY(!s.voided.isVoid());
    }
    // The voided DEPO line and the corrected TING line count as they stood; the correction is later.
    QCOMPARE(refs, QStringList({ "B-TI", "B-TING", "B-DEPO", "B-REN" }));
    QStringList late;
    const auto privileged = closing.salesAsClosed(d.privileged, kQ3.first(), kQ3.last(), **info);
    QVERIFY(privileged.has_value());
    for (const Sale &s : *privileged)
        late << s.reference;
    QVERIFY(!late.contains(QStringLiteral("A-LATE")));
    QVERIFY(!late.contains(QStringLiteral("A-RET")));
}

void TestClosing::appendOnlyInTheDatabase()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("closing.sqlite"));
    {
        auto f = seeded(path);
        QVERIFY(f);
        QVERIFY(QuarterClosing(*f->data.store).close(kQ3, kAfterQ3, QStringLiteral("m")).has_value());
    }
    for (const char *statement : { "UPDATE quarter_closes SET closed_by = 'x';", "DELETE FROM quarter_closes;",
                                   "UPDATE closed_statements SET document = '{}';", "DELETE FROM closed_statements;",
                                   "UPDATE closed_lines SET reward_minor = 0;", "DELETE FROM closed_lines;" }) {
        QProcess shell;
        shell.start(sqlite3, { path, QString::fromLatin1(statement) });
        QVERIFY(shell.waitForFinished(60000));
        QVERIFY2(shell.exitCode() != 0, statement);
        QVERIFY(shell.readAllStandardError().contains("append-only"));
    }
    auto db = Database::open(path);
    QVERIFY(db.has_value());
    QCOMPARE(sql::scalar(**db, QStringLiteral("SELECT count(*) FROM closed_lines"))->toLongLong(), 9);
    QCOMPARE(sql::scalar(**db, QStringLiteral("SELECT sum(reward_minor) FROM closed_lines"))->toLongLong(), 15150001);
    QCOMPARE(sql::scalar(**db, QStringLiteral("SELECT closed_by FROM quarter_closes"))->toString(), QStringLiteral("m"));
    QCOMPARE(sql::scalar(**db, QStringLiteral("SELECT count(*) FROM closed_statements"))->toLongLong(), 2);
}

QTEST_GUILESS_MAIN(TestClosing)
#include "tst_closing.moc"
