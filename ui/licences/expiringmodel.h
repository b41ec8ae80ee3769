#pragma once

#include "licensing/licence.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace pd::ui {

// Staff certificates and partner certification levels that expire soon, soonest first.
class ExpiringModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Expires, DaysLeft, Partner, Holder, Certificate, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ExpiringModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<ExpiringCertification> rows, const QDate &asOf);
    const ExpiringCertification &at(int row) const { return m_rows.at(row); }

private:
    QList<ExpiringCertification> m_rows;
    QDate m_asOf;
};

} // namespace pd::ui
