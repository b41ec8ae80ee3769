#pragma once

#include <QAbstractTableModel>

namespace pd::ui {

class ProgramDraft;

// The program's product lines: key and name, editable. Renaming a key renames it in the rates
// and requirements that use it.
class ProductLinesModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Key, Name, ColumnCount };

    explicit ProductLinesModel(ProgramDraft *draft, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProgramDraft *m_draft;
};

} // namespace pd::ui
