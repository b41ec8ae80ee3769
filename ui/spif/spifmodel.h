#pragma once

#include "payouts/spif.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

// The SPIF campaigns of the database: name, key, period, programs, tiers and bonus.
class SpifModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Key, Period, Programs, Tiers, Bonus, ColumnCount };

    explicit SpifModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCampaigns(QList<SpifCampaign> campaigns);
    const SpifCampaign &at(int row) const { return m_campaigns.at(row); }
    int rowOf(const QString &key) const; // -1 when absent

    // "500.00 RUB per unit", "2.5% of the line": the bonus as the list and the CLI show it.
    static QString bonusText(const SpifCampaign &campaign);

private:
    QList<SpifCampaign> m_campaigns;
};

} // namespace pd::ui
