#pragma once

#include "licensing/licence.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

// A partner's activation-credit ledger, oldest entry first. Read-only: the ledger is
// append-only, so the model has no setData.
class CreditLedgerModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Entry,
        Date,
        Kind,
        Credits,
        Balance,
        Discount,
        Paid,
        Customer,
        Note,
        RecordedBy,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int EntryIdRole = Qt::UserRole + 2;

    explicit CreditLedgerModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(QList<CreditEntry> entries);
    const CreditEntry &at(int row) const { return m_entries.at(row); }
    qint64 balance() const { return m_entries.isEmpty() ? 0 : m_entries.last().balanceAfter; }

private:
    QList<CreditEntry> m_entries;
};

} // namespace pd::ui
