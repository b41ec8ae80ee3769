#include "statementhtml.h"

#include "dates.h"
#include "reporthtml.h"

#include <QMap>
#include <functional>

namespace pd::ui {

using namespace Qt::StringLiterals;
using namespace reporthtml;

namespace {

QString num(const QString &text)
{
    return cell(text, u"class='num'"_s);
}

QString nowrap(const QString &text)
{
    return cell(text, u"class='nowrap'"_s);
}

} // namespace

StatementHtml::StatementHtml(const StatementData &data, const QLocale &locale)
    : m_data(data)
    , m_locale(locale)
{
}

QString StatementHtml::money(const Money &m) const
{
    return m.display(m_locale);
}

QString StatementHtml::date(const QDate &d) const
{
    return displayDate(d, m_locale);
}

QString StatementHtml::stateName(PayoutState state)
{
    switch (state) {
    case PayoutState::Carried:
        return tr("carried forward");
    case PayoutState::Owed:
        return tr("owed");
    case PayoutState::Approved:
        return tr("approved");
    case PayoutState::Paid:
        return tr("paid");
    }
    return {};
}

QString StatementHtml::payoutStatus(const Payable &p, const QLocale &locale)
{
    const QString amount = p.amount().display(locale);
    switch (p.state) {
    case PayoutState::Carried:
        return tr("nothing to pay; %1 carried forward")
            .arg(Money { p.carriedOutMinor, p.currency }.display(locale));
    case PayoutState::Owed:
        return tr("owed: %1, not approved yet").arg(amount);
    case PayoutState::Approved:
        return tr("approved on %1 by %2: %3").arg(displayDate(p.approvedAt.date(), locale), p.approvedBy, amount);
    case PayoutState::Paid:
        return tr("paid on %1, reference %2: %3").arg(displayDate(p.paidOn, locale), p.paymentReference, amount);
    }
    return {};
}

QString StatementHtml::footer(int page, int pages) const
{
    return tr("%1 · Partner statement %2 · page %3 of %4")
        .arg(m_data.statement.partner.name, m_data.statement.quarter.text(), groupedNumber(page, m_locale),
             groupedNumber(pages, m_locale));
}

QString StatementHtml::header() const
{
    const QuarterStatement &st = m_data.statement;
    QString html = u"<table width='100%' cellpadding='12' cellspacing='0' bgcolor='#1f3b5c'><tr><td>"_s;
    html += u"<p style='color:#b9cbe0; font-size:10pt; font-weight:bold; margin-bottom:2px'>"_s
        + esc(tr("Partner statement")) + u" · "_s + esc(st.quarter.text()) + u"</p>"_s;
    html += u"<p style='color:#ffffff; font-size:20pt; font-weight:bold; margin-top:0px; margin-bottom:2px'>"_s
        + esc(st.partner.name) + u"</p>"_s;
    html += u"<p style='color:#dbe4ef; font-size:10pt; margin-top:0px'>"_s + esc(m_data.program.name) + u" · "_s
        + esc(m_data.tierName) + u"</p>"_s;
    html += u"</td></tr></table>"_s;
    const auto pair = [](const QString &label, const QString &value) -> QString {
        return u"<td class='label' width='22%'>"_s + esc(label) + u"</td><td><b>"_s + esc(value) + u"</b></td>"_s;
    };
    const QString status = st.closed
        ? tr("closed on %1 by %2").arg(date(st.closedAt.date()), st.closedBy)
        : tr("provisional: the quarter is open");
    html += u"<table width='100%' cellpadding='3' cellspacing='0'>"_s;
    html += u"<tr>"_s + pair(tr("Partner"), tr("%1 (%2)").arg(st.partner.name, st.partner.code)) + u"</tr>"_s;
    html += u"<tr>"_s + pair(tr("Program"), m_data.program.name) + u"</tr>"_s;
    html += u"<tr>"_s
        + pair(tr("Quarter"), tr("%1 (%2 – %3)").arg(st.quarter.text(), date(st.quarter.first()), date(st.quarter.last())))
        + u"</tr>"_s;
    html += u"<tr>"_s + pair(tr("Tier at quarter end"), m_data.tierName) + u"</tr>"_s;
    html += u"<tr>"_s + pair(tr("Statement"), status) + u"</tr>"_s;
    html += u"</table>"_s;
    for (const QString &w : m_data.warnings)
        html += u"<p class='warn'>"_s + esc(w) + u"</p>"_s;
    return html;
}

QString StatementHtml::lines() const
{
    const QuarterStatement &st = m_data.statement;
    QString html = u"<h2>"_s + esc(tr("Sales and returns")) + u"</h2>"_s;
    if (st.lines.isEmpty())
        return html + u"<p>"_s + esc(tr("No sales in this quarter.")) + u"</p>"_s;
    const bool anySpif = std::any_of(st.lines.begin(), st.lines.end(), [](const StatementLine &l) { return !l.spif.isEmpty(); });
    QStringList titles { tr("Date"), tr("Reference"), tr("Product line"), tr("Quantity × unit price"), tr("Amount"),
                         tr("Rate"), tr("Reward") };
    QList<int> widths { 11, 15, 18, 16, 13, 7, 12 };
    if (anySpif) {
        titles << tr("SPIF");
        widths << 11;
    }
    QString rows = headerRow(titles, widths);
    for (const StatementLine &l : st.lines) {
        QString line = esc(m_data.productLineName(l.sale.productLine));
        if (l.sale.renewal)
            line += u"<br/>"_s + esc(tr("renewal"));
        rows += u"<tr>"_s + nowrap(esc(date(l.sale.soldOn))) + cell(esc(l.sale.reference)) + cell(line)
            + num(esc(tr("%1 × %2").arg(groupedNumber(l.sale.quantity, m_locale), money(l.sale.unitPrice))))
            + num(esc(money(l.amount))) + num(esc(percentDisplay(l.rate.bp, m_locale))) + num(esc(money(l.reward)))
            + (anySpif ? num(l.spif.isEmpty() ? QString() : esc(money(l.spifTotal()))) : QString()) + u"</tr>"_s;
        // The line's notes on a row of their own, across the table.
        QStringList notes;
        if (l.sale.isReturn())
            notes << tr("return of %1 (%2)").arg(l.returnsReference, date(l.returnsSoldOn));
        if (!l.note.isEmpty())
            notes << l.note;
        for (const SpifBonus &b : l.spif)
            notes << tr("SPIF %1: %2").arg(b.campaignName, money(b.amount));
        if (!notes.isEmpty())
            rows += u"<tr>"_s + cell(esc(notes.join(u"; "_s)), u"class='linenote' colspan='%1'"_s.arg(titles.size()))
                + u"</tr>"_s;
    }
    return html + table(rows, u"grid lines"_s);
}

// The SPIF bonuses of the quarter by campaign and currency.
QString StatementHtml::spif() const
{
    QMap<std::pair<QString, QString>, qint64> byCampaign;
    for (const StatementLine &l : m_data.statement.lines) {
        for (const SpifBonus &b : l.spif)
            byCampaign[{ b.campaignName, b.amount.currency }] += b.amount.minor;
    }
    if (byCampaign.isEmpty())
        return {};
    QString rows = headerRow({ tr("SPIF campaign"), tr("Bonus") });
    for (auto it = byCampaign.cbegin(); it != byCampaign.cend(); ++it)
        rows += u"<tr>"_s + cell(esc(it.key().first)) + num(esc(money(Money { it.value(), it.key().second })))
            + u"</tr>"_s;
    return u"<h2>"_s + esc(tr("SPIF bonuses")) + u"</h2>"_s + table(rows);
}

QString StatementHtml::adjustments() const
{
    const QuarterStatement &st = m_data.statement;
    if (st.adjustments.isEmpty())
        return {};
    QString rows = headerRow({ tr("Change"), tr("Quarter"), tr("Date"), tr("Reference"), tr("Amount"), tr("Reward"),
                               tr("Rebate"), tr("SPIF") });
    for (const StatementAdjustment &a : st.adjustments) {
        QString kind;
        if (a.kind == AdjustmentKind::Void)
            kind = tr("voided after the close");
        else if (a.line.sale.isReturn())
            kind = tr("late return of %1").arg(a.line.returnsReference);
        else
            kind = tr("late sale");
        rows += u"<tr>"_s + cell(esc(kind)) + nowrap(esc(a.fromQuarter.text())) + nowrap(esc(date(a.line.sale.soldOn)))
            + nowrap(esc(a.line.sale.reference)) + num(esc(money(a.line.amount))) + num(esc(money(a.reward)))
            + num(esc(money(a.rebate))) + num(esc(money(a.spif))) + u"</tr>"_s;
    }
    return u"<h2>"_s + esc(tr("Adjustments for closed quarters")) + u"</h2>"_s + u"<p class='note'>"_s
        + esc(tr("Changes dated in a quarter that was already closed: their effect is booked on this statement."))
        + u"</p>"_s + table(rows, u"grid lines"_s);
}

// One column per currency (amounts of different currencies are never added), one row per figure.
QString StatementHtml::totals() const
{
    const QuarterStatement &st = m_data.statement;
    QString html = u"<h2>"_s + esc(tr("Totals")) + u"</h2>"_s;
    if (st.totals.isEmpty())
        return html + u"<p>"_s + esc(tr("Nothing earned in this quarter.")) + u"</p>"_s;
    QStringList titles { QString() };
    for (const StatementTotal &t : st.totals)
        titles << t.currency;
    QString rows = headerRow(titles, { 40 });
    const auto row = [&](const QString &label, const std::function<QString(const StatementTotal &)> &value, bool bold = false) {
        rows += u"<tr>"_s + cell(bold ? u"<b>"_s + esc(label) + u"</b>"_s : esc(label));
        for (const StatementTotal &t : st.totals)
            rows += num(bold ? u"<b>"_s + esc(value(t)) + u"</b>"_s : esc(value(t)));
        rows += u"</tr>"_s;
    };
    row(tr("Lines"), [&](const StatementTotal &t) { return groupedNumber(t.lines, m_locale); });
    row(tr("Sales, net of returns"), [&](const StatementTotal &t) { return money(t.sales); });
    row(tr("Rewards"), [&](const StatementTotal &t) { return money(t.rewards); });
    row(st.rebateRate.bp > 0 ? tr("Rebate %1").arg(percentDisplay(st.rebateRate.bp, m_locale)) : tr("Rebate"),
        [&](const StatementTotal &t) { return money(t.rebate); });
    row(tr("SPIF bonuses"), [&](const StatementTotal &t) { return money(t.spif); });
    row(tr("Adjustments for closed quarters"), [&](const StatementTotal &t) { return money(t.adjustments); });
    row(tr("Earned in the quarter"), [&](const StatementTotal &t) {
        const auto earned = t.earned();
        return earned ? money(*earned) : earned.error().message;
    }, true);
    return html + table(rows);
}

QString StatementHtml::payouts() const
{
    const StatementData &d = m_data;
    QString html = u"<h2>"_s + esc(tr("Payout")) + u"</h2>"_s;
    if (d.payouts.isEmpty()) {
        return html + u"<p>"_s
            + esc(d.statement.closed ? tr("No payable was created for this quarter.")
                                     : tr("The payout is set when the quarter is closed."))
            + u"</p>"_s;
    }
    QString rows = headerRow({ tr("Currency"), tr("Status"), tr("Carried in"), tr("To pay"), tr("Carried out"),
                               tr("Approved"), tr("Paid") });
    for (const Payable &p : d.payouts) {
        const QString approved = p.approvedAt.isValid()
            ? tr("%1 by %2").arg(date(p.approvedAt.date()), p.approvedBy)
            : QString();
        const QString paid = p.paidOn.isValid() ? tr("%1, reference %2").arg(date(p.paidOn), p.paymentReference) : QString();
        rows += u"<tr>"_s + cell(esc(p.currency)) + cell(u"<b>"_s + esc(stateName(p.state)) + u"</b>"_s)
            + num(esc(money(Money { p.carriedInMinor, p.currency }))) + num(u"<b>"_s + esc(money(p.amount())) + u"</b>"_s)
            + num(esc(money(Money { p.carriedOutMinor, p.currency }))) + cell(esc(approved)) + cell(esc(paid))
            + u"</tr>"_s;
    }
    return html + table(rows);
}

QString StatementHtml::html() const
{
    return header() + lines() + spif() + adjustments() + totals() + payouts();
}

} // namespace pd::ui
