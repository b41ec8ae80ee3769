#include "qbrhtml.h"

#include "dates.h"
#include "metric.h"
#include "reporthtml.h"
#include "requirementtext.h"
#include "statementhtml.h"

#include <algorithm>

namespace pd::ui {

using namespace Qt::StringLiterals;
using namespace reporthtml;

namespace {

QString section(int number, const QString &title)
{
    return u"<h2>"_s + QString::number(number) + u". "_s + esc(title) + u"</h2>"_s;
}

const QString kMet = u"<span style='color:#2e7d32'>"_s;
const QString kOpen = u"<span style='color:#b23b3b'>"_s;
const QString kEnd = u"</span>"_s;

} // namespace

QbrHtml::QbrHtml(const QbrData &data, const QLocale &locale)
    : m_data(data)
    , m_locale(locale)
    , m_text(TextContext::forLocale(locale))
{
}

QString QbrHtml::gapOr(const RequirementCheck &check, const QString &otherwise) const
{
    const QString gap = gapText(check, m_text);
    return gap.isEmpty() ? otherwise : gap;
}

QString QbrHtml::date(const QDate &d) const
{
    return displayDate(d, m_locale);
}

QString QbrHtml::percent(qint64 bp, bool sign) const
{
    return percentDisplay(bp, m_locale, sign);
}

QString QbrHtml::money(const Money &m) const
{
    return m.display(m_locale); // core's exact digits, grouping and currency sign
}

QString QbrHtml::number(qint64 n) const
{
    return groupedNumber(n, m_locale);
}

QString QbrHtml::footer(int page, int pages) const
{
    return tr("%1 · Quarterly business review %2 · page %3 of %4")
        .arg(m_data.partner.name, m_data.quarter.text(), number(page), number(pages));
}

const TierCheck *QbrHtml::tierCheck(const QString &tierKey) const
{
    for (const TierCheck &t : m_data.evaluation.tiers) {
        if (t.tierKey == tierKey)
            return &t;
    }
    return nullptr;
}

const RequirementCheck *QbrHtml::findCheck(Metric metric, int periodMonths) const
{
    const TierCheck *t = tierCheck(m_data.partner.tierKey);
    if (!t)
        return nullptr;
    for (const QList<RequirementCheck> *list : { &t->requirements, &t->targets }) {
        for (const RequirementCheck &c : *list) {
            if (c.requirement.metric == metric && (periodMonths == 0 || c.requirement.periodMonths == periodMonths))
                return &c;
        }
    }
    return nullptr;
}

QString QbrHtml::checkCells(const RequirementCheck *check) const
{
    if (!check)
        return cell(u"<span style='color:#777'>"_s + esc(tr("no target")) + kEnd) + cell(QString());
    QString status;
    if (check->unknown)
        status = esc(tr("no data"));
    else if (check->met)
        status = kMet + esc(tr("met")) + kEnd;
    else
        status = kOpen + esc(gapOr(*check, tr("not met"))) + kEnd;
    return cell(esc(requirementText(check->requirement, m_text))) + cell(status);
}

QString QbrHtml::cover() const
{
    // A title block rather than a cover page: a review is two or three pages, and the first should
    // already show figures.
    const QbrData &d = m_data;
    QString html = u"<table width='100%' cellpadding='12' cellspacing='0' bgcolor='#1f3b5c'><tr><td>"_s;
    html += u"<p style='color:#b9cbe0; font-size:10pt; font-weight:bold; margin-bottom:2px'>"_s
        + esc(tr("Quarterly business review")) + u" · "_s + esc(d.quarter.text()) + u"</p>"_s;
    html += u"<p style='color:#ffffff; font-size:20pt; font-weight:bold; margin-top:0px; margin-bottom:2px'>"_s
        + esc(d.partner.name) + u"</p>"_s;
    html += u"<p style='color:#dbe4ef; font-size:10pt; margin-top:0px'>"_s + esc(d.program.name) + u" · "_s
        + esc(d.tierName) + u"</p>"_s;
    html += u"</td></tr></table>"_s;
    // The left pair holds the long labels ("Date of issue"), the right one the long value (the quarter).
    const auto pair = [&](const QString &label, const QString &value, bool left = true) -> QString {
        return u"<td class='label' width='"_s + (left ? u"18%"_s : u"12%"_s) + u"'>"_s + esc(label) + u"</td><td width='"_s
            + (left ? u"30%"_s : u"40%"_s) + u"'><b>"_s + esc(value) + u"</b></td>"_s;
    };
    html += u"<table width='100%' cellpadding='3' cellspacing='0' class='facts'>"_s;
    html += u"<tr>"_s + pair(tr("Partner"), d.partner.code)
        + pair(tr("Quarter"), tr("%1 (%2 – %3)").arg(d.quarter.text(), date(d.quarter.first()), date(d.quarter.last())),
               false)
        + u"</tr>"_s;
    html += u"<tr>"_s + pair(tr("Program"), d.program.name) + pair(tr("Tier"), d.tierName, false) + u"</tr>"_s;
    html += u"<tr>"_s + pair(tr("Date of issue"), date(d.issuedOn)) + u"<td></td><td></td></tr>"_s;
    html += u"</table><p style='font-size:5pt; margin:0px'>&nbsp;</p>"_s;
    return html;
}

QString QbrHtml::scorecard() const
{
    const QbrData &d = m_data;
    struct Row {
        QString label;
        QString value;
        const RequirementCheck *check;
    };
    QList<Row> list;
    const auto row = [&](const QString &label, const QString &value, const RequirementCheck *check) {
        list.append(Row { label, value, check });
    };
    row(tr("Revenue %1").arg(d.quarter.text()), money(d.revenueQuarter), findCheck(Metric::Sales, 3));
    row(tr("Revenue, trailing 12 months"), money(d.revenueTrailing), findCheck(Metric::Sales, 12));
    const Quarter yearAgo = d.quarter.previous().previous().previous().previous();
    row(tr("Growth against %1 (%2)").arg(yearAgo.text(), money(d.revenueYearAgo)),
        d.growthBp ? percent(*d.growthBp, true) : tr("no revenue a year ago"), findCheck(Metric::Growth, 0));
    if (d.totals.isEmpty()) {
        row(tr("Rewards earned"), money(Money { 0, d.program.currency }), nullptr);
    }
    for (const StatementTotal &t : d.totals)
        row(tr("Rewards earned (%1)").arg(t.currency), money(t.rewards), nullptr);
    if (d.rebateRate.bp > 0) {
        for (const StatementTotal &t : d.totals)
            row(tr("Rebate %1 (%2)").arg(percent(d.rebateRate.bp), t.currency), money(t.rebate), nullptr);
    }
    // SPIF bonuses, adjustments for closed quarters and the payout where there are any.
    for (const StatementTotal &t : d.totals) {
        if (t.spif.minor != 0)
            row(tr("SPIF bonuses (%1)").arg(t.currency), money(t.spif), nullptr);
    }
    for (const StatementTotal &t : d.totals) {
        if (t.adjustments.minor != 0)
            row(tr("Adjustments for closed quarters (%1)").arg(t.currency), money(t.adjustments), nullptr);
    }
    for (const Payable &p : d.payouts)
        row(tr("Payout (%1)").arg(p.currency), StatementHtml::payoutStatus(p, m_locale), nullptr);
    row(tr("Active customers"), number(d.activeCustomers), findCheck(Metric::ActiveCustomers, 0));
    // The value the tier's target is checked against where there is one (retention is computed
    // from the customers, not recorded), else the latest recorded score.
    const auto measured = [&](const std::optional<Rate> &score, const RequirementCheck *check) {
        if (check && !check->unknown)
            return actualText(*check, m_text);
        return score ? percent(score->bp) : tr("not recorded");
    };
    const RequirementCheck *nps = findCheck(Metric::Nps, 0);
    if (d.nps || nps)
        row(tr("Net Promoter Score"), measured(d.nps, nps), nps);
    const RequirementCheck *retention = findCheck(Metric::Retention, 0);
    if (d.retention || retention)
        row(tr("Customer retention"), measured(d.retention, retention), retention);
    // The target columns only where the tier defines a target for one of the measures.
    const bool targets = std::any_of(list.begin(), list.end(), [](const Row &r) { return r.check != nullptr; });
    QString rows = targets ? headerRow({ tr("Measure"), tr("Value"), tr("Target of the tier %1").arg(d.tierName),
                                         tr("Status") })
                           : headerRow({ tr("Measure"), tr("Value") });
    for (const Row &r : list) {
        rows += u"<tr>"_s + cell(esc(r.label), targets ? QString() : u"width='60%'"_s)
            + cell(u"<b>"_s + esc(r.value) + u"</b>"_s, u"class='num'"_s) + (targets ? checkCells(r.check) : QString())
            + u"</tr>"_s;
    }
    QString html = section(1, tr("Scorecard")) + table(rows) + returns();
    html += u"<p class='note'>"_s
        + esc(tr("Amounts in %1 converted at the recorded exchange rates; targets and status as of %2.")
                  .arg(d.program.currency, date(d.asOf)))
        + u"</p>"_s;
    for (const QString &w : d.warnings)
        html += u"<p class='warn'>"_s + esc(w) + u"</p>"_s;
    return html;
}

// The quarter's returns: negative lines naming the line they return, whose rate claws back.
QString QbrHtml::returns() const
{
    const QbrData &d = m_data;
    if (d.returns.isEmpty())
        return {};
    QString rows = headerRow({ tr("Date"), tr("Reference"), tr("Returned line"), tr("Amount"), tr("Reward") });
    for (const StatementLine &l : d.returns) {
        rows += u"<tr>"_s + cell(esc(date(l.sale.soldOn))) + cell(esc(l.sale.reference))
            + cell(esc(tr("%1 of %2").arg(l.returnsReference, date(l.returnsSoldOn))))
            + cell(esc(money(l.amount)), u"class='num'"_s) + cell(esc(money(l.reward)), u"class='num'"_s)
            + u"</tr>"_s;
    }
    return u"<h3>"_s + esc(tr("Returns in %1").arg(d.quarter.text())) + u"</h3>"_s + table(rows);
}

QString QbrHtml::tierTable(const TierCheck &check) const
{
    QString rows = headerRow({ tr("Requirement"), tr("Partner has"), tr("Status") });
    for (const RequirementCheck &r : check.requirements) {
        QString status;
        if (r.unknown)
            status = esc(tr("no data"));
        else if (r.met)
            status = kMet + esc(tr("met")) + kEnd;
        else
            status = kOpen + esc(gapOr(r, tr("not met"))) + kEnd;
        rows += u"<tr>"_s + cell(esc(requirementText(r.requirement, m_text))) + cell(esc(actualText(r, m_text))) + cell(status)
            + u"</tr>"_s;
    }
    if (check.requirements.isEmpty())
        rows += u"<tr>"_s + cell(esc(tr("This tier has no requirements.")), u"colspan='3'"_s) + u"</tr>"_s;
    return table(rows);
}

QString QbrHtml::tierStatus() const
{
    const QbrData &d = m_data;
    QString html = section(3, tr("Tier status"));
    const Evaluation &e = d.evaluation;
    if (e.move == TierMove::Upgrade || e.move == TierMove::Demotion) {
        const Tier *proposed = d.program.tier(e.proposedTier);
        const QString name = proposed ? proposed->name : e.proposedTier;
        html += u"<p>"_s
            + esc(e.move == TierMove::Upgrade ? tr("The records of the quarter qualify for %1.").arg(name)
                                              : tr("The records of the quarter no longer meet %1; they meet %2.")
                                                    .arg(d.tierName, name))
            + u"</p>"_s;
    }
    if (const TierCheck *current = tierCheck(d.partner.tierKey)) {
        html += u"<h3>"_s + esc(tr("Current tier: %1").arg(d.tierName)) + u"</h3>"_s + tierTable(*current);
    }
    const int index = d.program.tierIndex(d.partner.tierKey);
    if (index >= 0 && index + 1 < d.program.tiers.size()) {
        const Tier &next = d.program.tiers.at(index + 1);
        if (const TierCheck *check = tierCheck(next.key)) {
            html += u"<h3>"_s + esc(tr("Next tier: %1").arg(next.name)) + u"</h3>"_s + tierTable(*check);
            if (next.admission == Admission::Invitation)
                html += u"<p class='note'>"_s + esc(tr("%1 is by invitation only.").arg(next.name)) + u"</p>"_s;
            else if (next.admission == Admission::Review)
                html += u"<p class='note'>"_s + esc(tr("%1 is decided by the vendor after a review.").arg(next.name))
                    + u"</p>"_s;
        }
    } else {
        html += u"<p>"_s + esc(tr("%1 is the highest tier of the program.").arg(d.tierName)) + u"</p>"_s;
    }
    return html;
}

QString QbrHtml::licensing() const
{
    const QbrData &d = m_data;
    QString html = section(4, tr("Licences, NFR keys and certifications"));
    html += u"<h3>"_s + esc(tr("Licences renewing in %1").arg(d.nextQuarter.text())) + u"</h3>"_s;
    if (d.renewals.isEmpty()) {
        html += u"<p>"_s + esc(tr("No licence ends in %1.").arg(d.nextQuarter.text())) + u"</p>"_s;
    } else {
        QString rows = headerRow({ tr("Customer"), tr("Product"), tr("Seats"), tr("Ends on"), tr("List amount") });
        for (const LicenceListing &l : d.renewals) {
            const QString customer = l.customerName.isEmpty() ? tr("internal use") : l.customerName;
            const auto list = l.licence.listAmount(); // an error only for a damaged row
            rows += u"<tr>"_s + cell(esc(customer)) + cell(esc(l.licence.product + u' ' + l.licence.edition).trimmed())
                + cell(number(l.licence.seats), u"class='num'"_s) + cell(date(l.licence.endsOn))
                + cell(list ? money(*list) : esc(list.error().message), u"class='num'"_s) + u"</tr>"_s;
        }
        html += table(rows);
    }
    html += u"<h3>"_s + esc(tr("NFR keys")) + u"</h3>"_s;
    if (d.nfrKeys.isEmpty()) {
        html += u"<p>"_s + esc(tr("No NFR key valid in %1.").arg(d.quarter.text())) + u"</p>"_s;
    } else {
        QString rows = headerRow({ tr("Serial"), tr("Product"), tr("Issued on"), tr("Valid until"), tr("Status") });
        for (const NfrKey &k : d.nfrKeys) {
            QString status;
            if (k.validUntil <= d.asOf)
                status = kOpen + esc(tr("expired")) + kEnd;
            else if (k.validUntil <= d.nextQuarter.last())
                status = kOpen + esc(tr("expires in %1").arg(d.nextQuarter.text())) + kEnd;
            else
                status = kMet + esc(tr("valid")) + kEnd;
            rows += u"<tr>"_s + cell(esc(k.serial)) + cell(esc(k.product)) + cell(date(k.issuedOn))
                + cell(date(k.validUntil)) + cell(status) + u"</tr>"_s;
        }
        html += table(rows);
    }
    html += u"<h3>"_s + esc(tr("Certifications expiring by %1").arg(date(d.nextQuarter.last()))) + u"</h3>"_s;
    if (d.certificationsExpiring.isEmpty()) {
        html += u"<p>"_s + esc(tr("No certification expires by %1.").arg(date(d.nextQuarter.last()))) + u"</p>"_s;
    } else {
        QString rows = headerRow({ tr("Holder"), tr("Certificate"), tr("Expires on") });
        for (const ExpiringCertification &c : d.certificationsExpiring) {
            rows += u"<tr>"_s + cell(esc(c.holder)) + cell(esc(c.certificate)) + cell(date(c.expiresOn)) + u"</tr>"_s;
        }
        html += table(rows);
    }
    return html;
}

QString QbrHtml::credits() const
{
    const QbrData &d = m_data;
    QString html = section(5, tr("Activation credits"));
    if (!d.program.usesCredits)
        return html + u"<p>"_s + esc(tr("Program \"%1\" does not use activation credits.").arg(d.program.name)) + u"</p>"_s;
    html += u"<p>"_s + esc(tr("Balance on %1: %2 credits").arg(date(d.quarter.first()), number(d.creditOpening)))
        + u"</p>"_s;
    if (d.creditMoves.isEmpty()) {
        html += u"<p>"_s + esc(tr("No movements in %1.").arg(d.quarter.text())) + u"</p>"_s;
    } else {
        QString rows = headerRow({ tr("Date"), tr("Movement"), tr("Customer"), tr("Credits"), tr("Paid"), tr("Balance") });
        qint64 balance = d.creditOpening;
        for (const CreditEntry &e : d.creditMoves) {
            balance += e.credits;
            const QString credits = (e.credits > 0 ? m_locale.positiveSign() : QString()) + number(e.credits);
            rows += u"<tr>"_s + cell(date(e.entryOn)) + cell(esc(creditEntryKindLabel(e.kind)))
                + cell(esc(e.customerCode)) + cell(credits, u"class='num'"_s)
                + cell(e.paid.currency.isEmpty() || e.paid.minor == 0 ? QString() : money(e.paid), u"class='num'"_s)
                + cell(number(balance), u"class='num'"_s) + u"</tr>"_s;
        }
        html += table(rows);
    }
    html += u"<p><b>"_s + esc(tr("Balance on %1: %2 credits").arg(date(d.asOf), number(d.creditClosing)))
        + u"</b></p>"_s;
    return html;
}

QStringList QbrHtml::actions() const
{
    const QbrData &d = m_data;
    QStringList out;
    if (d.evaluation.move == TierMove::Upgrade) {
        const Tier *proposed = d.program.tier(d.evaluation.proposedTier);
        out << tr("Apply for %1: the records of the quarter meet its requirements.")
                   .arg(proposed ? proposed->name : d.evaluation.proposedTier);
    }
    if (const TierCheck *current = tierCheck(d.partner.tierKey)) {
        for (const RequirementCheck &r : current->requirements) {
            if (!r.met && !r.unknown)
                out << tr("Keep %1: %2").arg(d.tierName, gapOrRequirementText(r, m_text));
        }
    }
    const int index = d.program.tierIndex(d.partner.tierKey);
    if (index >= 0 && index + 1 < d.program.tiers.size()) {
        const Tier &next = d.program.tiers.at(index + 1);
        if (const TierCheck *check = tierCheck(next.key)) {
            for (const RequirementCheck &r : check->requirements) {
                if (!r.met && !r.unknown)
                    out << tr("Reach %1: %2").arg(next.name, gapOrRequirementText(r, m_text));
            }
        }
    }
    for (const LicenceListing &l : d.renewals) {
        const QString customer = l.customerName.isEmpty() ? tr("internal use") : l.customerName;
        out << tr("Renew %1 for %2 (%n seat(s)) before %3.", nullptr, l.licence.seats)
                   .arg(l.licence.product, customer, date(l.licence.endsOn));
    }
    for (const NfrKey &k : d.nfrKeys) {
        if (k.validUntil > d.asOf && k.validUntil <= d.nextQuarter.last())
            out << tr("NFR key %1 (%2) expires on %3: request a new key if the demo is still needed.")
                       .arg(k.serial, k.product, date(k.validUntil));
    }
    for (const ExpiringCertification &c : d.certificationsExpiring)
        out << tr("Renew the certification %1 of %2 before %3.").arg(c.certificate, c.holder, date(c.expiresOn));
    if (d.program.usesCredits && d.creditClosing == 0)
        out << tr("The credit balance is zero: buy credits before onboarding new customers.");
    return out;
}

QString QbrHtml::actionsSection() const
{
    QString html = section(6, tr("Actions for next quarter"));
    const QStringList list = actions();
    if (list.isEmpty())
        return html + u"<p>"_s + esc(tr("No open gaps or due dates.")) + u"</p>"_s;
    html += u"<ol>"_s;
    for (const QString &a : list)
        html += u"<li>"_s + esc(a) + u"</li>"_s;
    return html + u"</ol>"_s;
}

QString QbrHtml::beforeChart() const
{
    return cover() + scorecard() + section(2, tr("Revenue by quarter")) + u"<p class='note'>"_s
        + esc(tr("Bars: revenue per quarter; line: trailing 12 months; dashed lines: the sales thresholds of the tiers."))
        + u"</p>"_s;
}

QString QbrHtml::afterChart() const
{
    return tierStatus() + licensing() + credits() + actionsSection();
}

} // namespace pd::ui
