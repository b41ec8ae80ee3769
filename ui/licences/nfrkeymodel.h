#pragma once

#include "licensing/licence.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace pd::ui {

// NFR keys issued, newest first, with their state on a date. Sort through a
// QSortFilterProxyModel on SortRole.
class NfrKeyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Serial, Partner, Product, Issued, ValidUntil, Modules, State, Override, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int SerialRole = Qt::UserRole + 2;
    static constexpr int TokenRole = Qt::UserRole + 3;

    explicit NfrKeyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setKeys(QList<NfrKey> keys, const QDate &today);
    const NfrKey &at(int row) const { return m_keys.at(row); }
    // Keys valid on the model's date (what the entitlement counts).
    int activeCount() const;

private:
    QString state(const NfrKey &k) const;

    QList<NfrKey> m_keys;
    QDate m_today;
};

} // namespace pd::ui
