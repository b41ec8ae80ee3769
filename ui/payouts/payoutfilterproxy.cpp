#include "payoutfilterproxy.h"

#include "payouttablemodel.h"

namespace pd::ui
{

PayoutFilterProxy::PayoutFilterProxy(PayoutTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

// Each filter change drops the mapping (invalidate) instead of updating it (invalidateFilter):
// on 100,000 rows the update removes scattered ranges one by one and takes seconds, the
// rebuild one pass.
void PayoutFilterProxy::setStateFilter(std::optional<PayoutState> state)
{
    m_state = state;
    invalidate();
}

void PayoutFilterProxy::setQuarterFilter(std::optional<Quarter> quarter)
{
    m_quarter = quarter;
    invalidate();
}

void PayoutFilterProxy::setCurrencyFilter(const QString &currency)
{
    m_currency = currency;
    invalidate();
}

void PayoutFilterProxy::setOwnerFilter(std::optional<QString> owner)
{
    m_owner = std::move(owner);
    invalidate();
}

const Payable &PayoutFilterProxy::payableAt(int proxyRow) const
{
    return m_source->payableAt(mapToSource(index(proxyRow, 0)).row());
}

void PayoutFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_source->sort(column, order);
}

bool PayoutFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return accepts(m_source->payableAt(sourceRow));
}

bool PayoutFilterProxy::accepts(const Payable &p) const
{
    if (m_state && p.state != *m_state)
        return false;
    if (m_quarter && (p.quarter.year != m_quarter->year || p.quarter.number != m_quarter->number))
        return false;
    if (!m_currency.isEmpty() && p.currency != m_currency)
        return false;
    return !m_owner || p.owner == *m_owner;
}

} // namespace pd::ui
