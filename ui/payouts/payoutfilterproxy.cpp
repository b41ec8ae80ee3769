#include "payoutfilterproxy.h"

#include "payouttablemodel.h"

namespace pd::ui {

PayoutFilterProxy::PayoutFilterProxy(PayoutTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

void PayoutFilterProxy::setStateFilter(std::optional<PayoutState> state)
{
    m_state = state;
    invalidateFilter();
}

void PayoutFilterProxy::setQuarterFilter(std::optional<Quarter> quarter)
{
    m_quarter = quarter;
    invalidateFilter();
}

void PayoutFilterProxy::setCurrencyFilter(const QString &currency)
{
    m_currency = currency;
    invalidateFilter();
}

void PayoutFilterProxy::setOwnerFilter(std::optional<QString> owner)
{
    m_owner = std::move(owner);
    invalidateFilter();
}

QList<Payable> PayoutFilterProxy::visiblePayables() const
{
    QList<Payable> out;
    out.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        out << payableAt(row);
    return out;
}

const Payable &PayoutFilterProxy::payableAt(int proxyRow) const
{
    return m_source->payableAt(mapToSource(index(proxyRow, 0)).row());
}

bool PayoutFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Payable &p = m_source->payableAt(sourceRow);
    if (m_state && p.state != *m_state)
        return false;
    if (m_quarter && (p.quarter.year != m_quarter->year || p.quarter.number != m_quarter->number))
        return false;
    if (!m_currency.isEmpty() && p.currency != m_currency)
        return false;
    return !m_owner || p.owner == *m_owner;
}

bool PayoutFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_source->lessThan(left.row(), right.row(), left.column());
}

} // namespace pd::ui
