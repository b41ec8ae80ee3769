#pragma once

#include <QStyledItemDelegate>

namespace pd::ui {

// Edits cells that offer a fixed list of choices with a combo box. A model marks such a cell by
// answering ChoicesRole with the labels; EditRole then reads and writes the chosen index.
class ChoiceDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int ChoicesRole = Qt::UserRole + 50;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace pd::ui
