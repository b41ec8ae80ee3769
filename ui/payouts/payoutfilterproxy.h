#pragma once

#include "dates.h"
#include "payouts/payoutledger.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace pd::ui
{

class PayoutTableModel;

// The Payouts view's filters (state, quarter, currency, owner) over a PayoutTableModel. They read
// the payables themselves, never display strings; sorting is the model's own (sort() passes it
// on), so 100,000 rows are filtered and sorted in well under a second. The filters mean what
// PayoutFilter means to PayoutLedger::list, with one addition: an owner of "" is the partners
// without one.
class PayoutFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PayoutFilterProxy(PayoutTableModel *source, QObject *parent = nullptr);

    void setStateFilter(std::optional<PayoutState> state);
    void setQuarterFilter(std::optional<Quarter> quarter);
    void setCurrencyFilter(const QString &currency); // empty: any
    void setOwnerFilter(std::optional<QString> owner); // nullopt: any; "": no owner

    bool accepts(const Payable &p) const;
    const Payable &payableAt(int proxyRow) const;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    PayoutTableModel *m_source;
    std::optional<PayoutState> m_state;
    std::optional<Quarter> m_quarter;
    QString m_currency;
    std::optional<QString> m_owner;
};

} // namespace pd::ui
