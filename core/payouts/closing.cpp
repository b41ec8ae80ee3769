// Closed quarters (closing.h): the rules of what may close, and the frozen statements read back.
// closing_close.cpp closes a quarter; closing_adjust.cpp finds the adjustments of late changes.
#include "closing.h"

#include "../storage/sql.h"
#include "../storage/store.h"
#include "../translations.h"
#include "closingtr.h"
#include "frozenjson.h"

namespace pd {

namespace {

QuarterCloseInfo infoFrom(const QSqlQuery &q)
{
    QuarterCloseInfo info;
    info.quarter = Quarter::parse(q.value(0).toString()).value_or(Quarter {});
    info.closedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    info.closedBy = q.value(2).toString();
    info.lastSaleId = q.value(3).toLongLong();
    return info;
}

const QString kInfoColumns = QStringLiteral("SELECT quarter, closed_at, closed_by, last_sale_id FROM quarter_closes");

} // namespace

Quarter quarterAfter(const Quarter &quarter)
{
    return Quarter::containing(quarter.last().addDays(1));
}

QuarterClosing::QuarterClosing(Store &store)
    : m_store(store)
{
}

Result<QList<QuarterCloseInfo>> QuarterClosing::closedQuarters() const
{
    // "2026-Q3" text sorts in time order.
    return sql::selectAll<QuarterCloseInfo>(m_store.database(), kInfoColumns + QStringLiteral(" ORDER BY quarter"), {},
                                            infoFrom);
}

Result<std::optional<QuarterCloseInfo>> QuarterClosing::closeInfo(const Quarter &quarter) const
{
    const auto rows = sql::selectAll<QuarterCloseInfo>(m_store.database(), kInfoColumns + QStringLiteral(" WHERE quarter = ?"),
                                                       { quarter.text() }, infoFrom);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<QuarterCloseInfo> {};
    return std::optional<QuarterCloseInfo> { rows->constFirst() };
}

Result<Quarter> QuarterClosing::nextToClose(const QDate &today) const
{
    const auto closed = closedQuarters();
    if (!closed)
        return std::unexpected(closed.error());
    if (closed->isEmpty())
        return Quarter::containing(today).previous();
    return quarterAfter(closed->constLast().quarter);
}

Result<void> QuarterClosing::checkClosable(const Quarter &quarter, const QDate &today) const
{
    const QLocale locale = formattingLocale();
    const auto info = closeInfo(quarter);
    if (!info)
        return std::unexpected(info.error());
    if (*info)
        return fail(Error::Code::InvalidInput, ClosingTr::tr("Quarter %1 is closed already: it was closed on %2 by %3.")
                                                   .arg(quarter.text(), displayDate((*info)->closedAt.toUTC().date(), locale),
                                                        (*info)->closedBy));
    if (quarter.last() >= today)
        return fail(Error::Code::InvalidInput,
                    ClosingTr::tr("Quarter %1 has not ended yet: it ends on %2, so it can be closed from %3 on.")
                        .arg(quarter.text(), displayDate(quarter.last(), locale), displayDate(quarter.last().addDays(1), locale)));
    const auto closed = closedQuarters();
    if (!closed)
        return std::unexpected(closed.error());
    if (closed->isEmpty())
        return {};
    const Quarter first = closed->constFirst().quarter;
    const Quarter next = quarterAfter(closed->constLast().quarter);
    if (quarter.first() < first.first())
        return fail(Error::Code::InvalidInput,
                    ClosingTr::tr("Quarter %1 is before %2, the first closed quarter: quarters before the ledger are "
                                  "never closed. The next quarter to close is %3.")
                        .arg(quarter.text(), first.text(), next.text()));
    if (quarter.text() != next.text())
        return fail(Error::Code::InvalidInput,
                    ClosingTr::tr("Quarter %1 cannot be closed yet: quarters close in order, and %2 must be closed first.")
                        .arg(quarter.text(), next.text()));
    return {};
}

namespace {

// The partner's stored document of a closed quarter; nullopt when there is none.
Result<std::optional<FrozenDocument>> frozenDocument(Store &store, qint64 partnerId, const Quarter &quarter)
{
    const auto doc = sql::scalar(store.database(),
                                 QStringLiteral("SELECT document FROM closed_statements WHERE partner_id = ? AND quarter = ?"),
                                 { partnerId, quarter.text() });
    if (!doc)
        return std::unexpected(doc.error());
    if (doc->isNull())
        return std::optional<FrozenDocument> {};
    auto read = frozenFromJson(doc->toString().toUtf8());
    if (!read)
        return std::unexpected(read.error());
    return std::optional<FrozenDocument> { *read };
}

} // namespace

Result<std::optional<QuarterStatement>> QuarterClosing::frozenStatement(qint64 partnerId, const Quarter &quarter) const
{
    const auto doc = frozenDocument(m_store, partnerId, quarter);
    if (!doc)
        return std::unexpected(doc.error());
    if (*doc)
        return std::optional<QuarterStatement> { (*doc)->statement };
    const auto info = closeInfo(quarter);
    if (!info)
        return std::unexpected(info.error());
    if (!*info)
        return std::optional<QuarterStatement> {};
    // A partner added after the close: closed with nothing on it (its lines dated in the quarter
    // are late lines, adjusted on the first open quarter).
    const auto ctx = rewardContext(m_store, partnerId);
    if (!ctx)
        return std::unexpected(ctx.error());
    QuarterStatement st;
    st.partner = ctx->partner;
    st.programName = ctx->program.name;
    st.quarter = quarter;
    st.tierAtQuarterEnd = tierOn(ctx->partner, ctx->history, quarter.last());
    st.rebateRate = rebateRateOf(ctx->program, st.tierAtQuarterEnd);
    st.closed = true;
    st.closedAt = (*info)->closedAt;
    st.closedBy = (*info)->closedBy;
    return std::optional<QuarterStatement> { st };
}

Result<std::optional<Evaluation>> QuarterClosing::frozenEvaluation(qint64 partnerId, const Quarter &quarter) const
{
    const auto doc = frozenDocument(m_store, partnerId, quarter);
    if (!doc)
        return std::unexpected(doc.error());
    if (!*doc)
        return std::optional<Evaluation> {};
    return (*doc)->evaluation;
}

Result<QList<Sale>> QuarterClosing::salesAsClosed(qint64 partnerId, const QDate &from, const QDate &until,
                                                  const QuarterCloseInfo &close) const
{
    const auto sales = m_store.sales(partnerId, from, until, Voided::Included);
    if (!sales)
        return std::unexpected(sales.error());
    QList<Sale> out;
    for (Sale s : *sales) {
        if (s.id > close.lastSaleId)
            continue; // added after the close
        if (s.voided.isVoid()) {
            if (s.voided.at <= close.closedAt)
                continue; // voided before the close
            s.voided = Voiding {}; // voided after it: live as it stood then
        }
        out << s;
    }
    return out;
}

} // namespace pd
