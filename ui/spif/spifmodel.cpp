#include "spifmodel.h"

#include "formatting.h"

namespace pd::ui {

SpifModel::SpifModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SpifModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int SpifModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SpifModel::bonusText(const SpifCampaign &c)
{
    switch (c.bonusKind) {
    case SpifBonusKind::PerUnit:
        return tr("%1 per unit").arg(formatMoney(c.amount));
    case SpifBonusKind::PerLine:
        return tr("%1 per line").arg(formatMoney(c.amount));
    case SpifBonusKind::Percent:
        return tr("%1 of the line").arg(formatPercentBp(c.percent.bp));
    }
    return {};
}

QVariant SpifModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_campaigns.size() || role != Qt::DisplayRole)
        return {};
    const SpifCampaign &c = m_campaigns.at(index.row());
    switch (index.column()) {
    case Name:
        return c.name;
    case Key:
        return c.key;
    case Period:
        //: A campaign's period: first and last day
        return tr("%1 – %2").arg(formatDate(c.from), formatDate(c.until));
    case Programs:
        return c.programs.join(QStringLiteral(", "));
    case Tiers:
        return c.tiers.isEmpty() ? tr("all") : c.tiers.join(QStringLiteral(", "));
    case Bonus:
        return bonusText(c);
    }
    return {};
}

QVariant SpifModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Key:
        return tr("Key");
    case Period:
        return tr("Period");
    case Programs:
        return tr("Programs");
    case Tiers:
        return tr("Tiers");
    case Bonus:
        return tr("Bonus");
    }
    return {};
}

void SpifModel::setCampaigns(QList<SpifCampaign> campaigns)
{
    beginResetModel();
    m_campaigns = std::move(campaigns);
    endResetModel();
}

int SpifModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_campaigns.size(); ++i) {
        if (m_campaigns.at(i).key == key)
            return int(i);
    }
    return -1;
}

} // namespace pd::ui
