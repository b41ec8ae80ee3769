#pragma once

#include <QAbstractTableModel>

namespace pd::ui {

class ProgramDraft;

// The program's tiers, lowest first: key, name, admission (automatic, review, invitation only),
// territory and description. Renaming a key renames it in the benefit matrix.
class TiersModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Key, Name, Admission, Territory, Description, ColumnCount };

    explicit TiersModel(ProgramDraft *draft, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QStringList admissionLabels();
    static QStringList territoryLabels();

private:
    ProgramDraft *m_draft;
};

} // namespace pd::ui
