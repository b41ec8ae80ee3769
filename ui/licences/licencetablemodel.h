#pragma once

#include "licensing/licence.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace pd::ui {

// Licences of a partner (or all), or the renewals due: one row per licence. Sort through a
// QSortFilterProxyModel on SortRole. A voided licence (listed for the history) is grey, struck
// through, and its tool tip says who voided it, when and why.
class LicenceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Partner, Customer, Product, Seats, Starts, Ends, DaysLeft, Paid, Renewal, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int LicenceIdRole = Qt::UserRole + 2;
    static constexpr int VoidedRole = Qt::UserRole + 3; // bool: drawn grey and struck through

    explicit LicenceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // asOf: the day "days left" counts from.
    void setLicences(QList<LicenceListing> rows, const QDate &asOf);
    const LicenceListing &at(int row) const { return m_rows.at(row); }

private:
    QVariant display(const LicenceListing &row, int column) const;
    QVariant sortKey(const LicenceListing &row, int column) const;

    QList<LicenceListing> m_rows;
    QDate m_asOf;
};

} // namespace pd::ui
