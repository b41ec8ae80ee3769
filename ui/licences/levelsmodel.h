#pragma once

#include "licensing/certificationlevels.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

// A partner's certification levels (Certified, Advanced, Elite): months needed, eligibility and
// whether the level is held on the date.
class LevelsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Level, Months, EligibleFrom, Status, Requires, ColumnCount };

    explicit LevelsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLevels(QList<LevelStatus> levels);
    const LevelStatus &at(int row) const { return m_levels.at(row); }

private:
    bool belowHeld(int row) const;
    QList<LevelStatus> m_levels;
};

} // namespace pd::ui
