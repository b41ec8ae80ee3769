#pragma once
// Field-for-field comparison of statements and evaluations (QCOMPARE inside: check
// QTest::currentTestFailed() after a call).

#include "statement.h"
#include "tierengine.h"

#include <QTest>

namespace pd::test {

inline void compareSale(const Sale &a, const Sale &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.partnerId, b.partnerId);
    QCOMPARE(a.customerId, b.customerId);
    QCOMPARE(a.soldOn, b.soldOn);
    QCOMPARE(a.productLine, b.productLine);
    QCOMPARE(a.unitPrice, b.unitPrice);
    QCOMPARE(a.quantity, b.quantity);
    QCOMPARE(a.renewal, b.renewal);
    QCOMPARE(a.reference, b.reference);
    QCOMPARE(a.returnsId, b.returnsId);
    QCOMPARE(a.correctsId, b.correctsId);
    QCOMPARE(a.voided.at, b.voided.at);
    QCOMPARE(a.voided.by, b.voided.by);
    QCOMPARE(a.voided.reason, b.voided.reason);
}

inline void compareLine(const StatementLine &a, const StatementLine &b)
{
    compareSale(a.sale, b.sale);
    QCOMPARE(a.returnsReference, b.returnsReference);
    QCOMPARE(a.returnsSoldOn, b.returnsSoldOn);
    QCOMPARE(a.amount, b.amount);
    QCOMPARE(a.tierKey, b.tierKey);
    QCOMPARE(a.rate.bp, b.rate.bp);
    QCOMPARE(a.reward, b.reward);
    QCOMPARE(a.note, b.note);
    QCOMPARE(a.overrideId, b.overrideId);
    QCOMPARE(a.spif.size(), b.spif.size());
    for (qsizetype i = 0; i < a.spif.size(); ++i) {
        QCOMPARE(a.spif.at(i).campaignKey, b.spif.at(i).campaignKey);
        QCOMPARE(a.spif.at(i).campaignName, b.spif.at(i).campaignName);
        QCOMPARE(a.spif.at(i).amount, b.spif.at(i).amount);
    }
}

inline void compareStatements(const QuarterStatement &a, const QuarterStatement &b)
{
    const Partner &p = a.partner, &q = b.partner;
    QCOMPARE(p.id, q.id);
    QCOMPARE(p.code, q.code);
    QCOMPARE(p.name, q.name);
    QCOMPARE(p.country, q.country);
    QCOMPARE(p.region, q.region);
    QCOMPARE(int(p.category), int(q.category));
    QCOMPARE(p.subcategory, q.subcategory);
    QCOMPARE(p.programKey, q.programKey);
    QCOMPARE(p.tierKey, q.tierKey);
    QCOMPARE(p.tierSince, q.tierSince);
    QCOMPARE(p.joinedOn, q.joinedOn);
    QCOMPARE(p.territory, q.territory);
    QCOMPARE(p.brand, q.brand);
    QCOMPARE(p.website, q.website);
    QCOMPARE(p.owner, q.owner);
    QCOMPARE(p.rowVersion, q.rowVersion);
    QCOMPARE(a.programName, b.programName);
    QCOMPARE(a.quarter.text(), b.quarter.text());
    QCOMPARE(a.tierAtQuarterEnd, b.tierAtQuarterEnd);
    QCOMPARE(a.rebateRate.bp, b.rebateRate.bp);
    QCOMPARE(a.lines.size(), b.lines.size());
    for (qsizetype i = 0; i < a.lines.size(); ++i) {
        compareLine(a.lines.at(i), b.lines.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(a.adjustments.size(), b.adjustments.size());
    for (qsizetype i = 0; i < a.adjustments.size(); ++i) {
        const StatementAdjustment &x = a.adjustments.at(i), &y = b.adjustments.at(i);
        QCOMPARE(int(x.kind), int(y.kind));
        QCOMPARE(x.fromQuarter.text(), y.fromQuarter.text());
        compareLine(x.line, y.line);
        QCOMPARE(x.reward, y.reward);
        QCOMPARE(x.rebate, y.rebate);
        QCOMPARE(x.spif, y.spif);
    }
    QCOMPARE(a.totals.size(), b.totals.size());
    for (qsizetype i = 0; i < a.totals.size(); ++i) {
        const StatementTotal &x = a.totals.at(i), &y = b.totals.at(i);
        QCOMPARE(x.currency, y.currency);
        QCOMPARE(x.lines, y.lines);
        QCOMPARE(x.sales, y.sales);
        QCOMPARE(x.rewards, y.rewards);
        QCOMPARE(x.rebate, y.rebate);
        QCOMPARE(x.spif, y.spif);
        QCOMPARE(x.adjustments, y.adjustments);
    }
    QCOMPARE(a.closed, b.closed);
    QCOMPARE(a.closedAt, b.closedAt);
    QCOMPARE(a.closedBy, b.closedBy);
}

inline void compareChecks(const QList<RequirementCheck> &a, const QList<RequirementCheck> &b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const RequirementCheck &x = a.at(i), &y = b.at(i);
        const Requirement &r = x.requirement, &s = y.requirement;
        QCOMPARE(int(r.metric), int(s.metric));
        QCOMPARE(int(r.comparison), int(s.comparison));
        QCOMPARE(r.money, s.money);
        QCOMPARE(r.count, s.count);
        QCOMPARE(r.percent.bp, s.percent.bp);
        QCOMPARE(r.periodMonths, s.periodMonths);
        QCOMPARE(r.productLines, s.productLines);
        QCOMPARE(int(r.event), int(s.event));
        QCOMPARE(int(r.cadence), int(s.cadence));
        QCOMPARE(int(r.condition), int(s.condition));
        QCOMPARE(r.note, s.note);
        QCOMPARE(x.met, y.met);
        QCOMPARE(x.actual, y.actual);
        QCOMPARE(x.gap, y.gap);
        QCOMPARE(x.unknown, y.unknown);
        QCOMPARE(x.notApplicable, y.notApplicable);
        QCOMPARE(x.eventOn, y.eventOn);
        QCOMPARE(x.missingPeriods, y.missingPeriods);
    }
}

inline void compareEvaluations(const Evaluation &a, const Evaluation &b)
{
    QCOMPARE(a.partnerId, b.partnerId);
    QCOMPARE(a.partnerCode, b.partnerCode);
    QCOMPARE(a.partnerName, b.partnerName);
    QCOMPARE(a.programKey, b.programKey);
    QCOMPARE(a.asOf, b.asOf);
    QCOMPARE(a.currentTier, b.currentTier);
    QCOMPARE(a.proposedTier, b.proposedTier);
    QCOMPARE(int(a.move), int(b.move));
    QCOMPARE(a.nextTier, b.nextTier);
    compareChecks(a.gaps, b.gaps);
    QCOMPARE(int(a.nextTierAdmission), int(b.nextTierAdmission));
    QCOMPARE(a.nextTierName, b.nextTierName);
    QCOMPARE(a.tiers.size(), b.tiers.size());
    for (qsizetype i = 0; i < a.tiers.size(); ++i) {
        QCOMPARE(a.tiers.at(i).tierKey, b.tiers.at(i).tierKey);
        QCOMPARE(a.tiers.at(i).qualifies, b.tiers.at(i).qualifies);
        compareChecks(a.tiers.at(i).requirements, b.tiers.at(i).requirements);
        compareChecks(a.tiers.at(i).targets, b.tiers.at(i).targets);
    }
    QCOMPARE(a.trailingRevenue, b.trailingRevenue);
    QCOMPARE(a.error.has_value(), b.error.has_value());
    if (a.error) {
        QCOMPARE(int(a.error->code), int(b.error->code));
        QCOMPARE(a.error->message, b.error->message);
    }
}

} // namespace pd::test
