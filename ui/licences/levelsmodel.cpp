#include "levelsmodel.h"

#include "formatting.h"

#include <QFont>

namespace pd::ui {

LevelsModel::LevelsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int LevelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int LevelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LevelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LevelStatus &s = m_levels.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Level:
            return s.level.name;
        case Months:
            return tr("%n month(s)", nullptr, s.level.monthsInPartnership);
        case EligibleFrom:
            return formatDate(s.eligibleFrom);
        case Status:
            if (s.held)
                return s.award.expiresOn.isValid()
                    ? tr("held since %1, until %2")
                          .arg(formatDate(s.award.awardedOn), formatDate(s.award.expiresOn))
                    : tr("held since %1").arg(formatDate(s.award.awardedOn));
            if (s.award.id > 0)
                return tr("lapsed on %1").arg(formatDate(s.award.expiresOn));
            if (s.monthsInPartnership < s.level.monthsInPartnership)
                return tr("not yet eligible");
            // Each level requires the one below it (or a higher one) to be held.
            if (index.row() > 0 && !belowHeld(index.row()))
                return tr("months reached; requires %1 first").arg(m_levels.at(index.row() - 1).level.name);
            return tr("eligible, not awarded");
        case Requires:
            return s.level.requires_;
        }
        return {};
    }
    if (role == Qt::FontRole && s.held && index.column() == Level) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Requires)
        return s.level.requires_;
    return {};
}

QVariant LevelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Level:
        return tr("Level");
    case Months:
        return tr("In the partnership");
    case EligibleFrom:
        return tr("Eligible from");
    case Status:
        return tr("Status");
    case Requires:
        return tr("Requires");
    }
    return {};
}

bool LevelsModel::belowHeld(int row) const
{
    for (qsizetype i = row - 1; i < m_levels.size(); ++i) {
        if (i != row && m_levels.at(i).held)
            return true;
    }
    return false;
}

void LevelsModel::setLevels(QList<LevelStatus> levels)
{
    beginResetModel();
    m_levels = std::move(levels);
    endResetModel();
}

} // namespace pd::ui
