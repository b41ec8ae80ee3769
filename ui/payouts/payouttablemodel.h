#pragma once

#include "payouts/payoutledger.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <vector>

namespace pd::ui
{

// The payables the Payouts view lists, with what sorting needs computed once (on the loading
// thread for a large ledger): each row's partner name and owner as collation ranks, so sorting
// 100,000 rows compares integers, never strings.
struct PayoutTable {
    QList<Payable> payables;
    std::vector<int> nameRank; // by the index of payables
    std::vector<int> ownerRank; // an empty owner sorts first

    static PayoutTable build(QList<Payable> payables, const QLocale &locale);
};

// Every payable of the ledger, one row each: in the ledger's order (quarter, partner code,
// currency) until sort() orders a permutation of them by plain keys (no QVariant, no QModelIndex
// per comparison), so the filter proxy on top never sorts. Read-only: state changes go through
// PayoutLedger and come back as updatePayable().
class PayoutTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        QuarterColumn,
        Partner,
        Code,
        Owner,
        State,
        Currency,
        Amount, // the amounts, Amount to CarriedOut, stay together
        Rewards,
        Rebate,
        Spif,
        Adjustments,
        CarriedIn,
        CarriedOut,
        ApprovedOn,
        ApprovedBy,
        PaidOn,
        Reference,
        ColumnCount
    };
    enum Role {
        PayableIdRole = Qt::UserRole + 1,
        PartnerIdRole,
        StateRole, // int(PayoutState)
    };

    explicit PayoutTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1: the ledger's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setTable(PayoutTable table);
    void clear();
    // After an approval or a payment: the row of p.id shows the payable as it is now.
    void updatePayable(const Payable &p);

    const Payable &payableAt(int row) const { return m_table.payables.at(m_order[std::size_t(row)]); }
    int rowOfPayable(qint64 id) const;
    // Every payable in the ledger's order, whatever the sort.
    const QList<Payable> &payables() const { return m_table.payables; }

private:
    // Whether payable a comes before payable b (indexes into the ledger's order) on `column`,
    // ascending; ties keep the ledger's order.
    bool lessThan(int a, int b, int column) const;
    void applySort();

    PayoutTable m_table;
    std::vector<int> m_order; // row -> index into m_table.payables
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace pd::ui
