#pragma once

#include "dates.h"
#include "payouts/payoutledger.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace pd::ui {

class PayoutTableModel;

// The Payouts view's filters (state, quarter, currency, owner) and sorting over a
// PayoutTableModel. Both read the payables themselves, never display strings: filtering and
// sorting 100,000 rows stay well under a second. The filters mean what PayoutFilter means to
// PayoutLedger::list, with one addition: an owner of "" is the partners without one.
class PayoutFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit PayoutFilterProxy(PayoutTableModel *source, QObject *parent = nullptr);

    void setStateFilter(std::optional<PayoutState> state);
    void setQuarterFilter(std::optional<Quarter> quarter);
    void setCurrencyFilter(const QString &currency); // empty: any
    void setOwnerFilter(std::optional<QString> owner); // nullopt: any; "": no owner

    // The listed payables, in the listed order.
    QList<Payable> visiblePayables() const;
    const Payable &payableAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PayoutTableModel *m_source;
    std::optional<PayoutState> m_state;
    std::optional<Quarter> m_quarter;
    QString m_currency;
    std::optional<QString> m_owner;
};

} // namespace pd::ui
