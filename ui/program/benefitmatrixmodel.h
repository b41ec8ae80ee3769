#pragma once

#include <QAbstractTableModel>
#include <QJsonValue>

namespace pd::ui {

class ProgramDraft;

// The benefit matrix as an editable grid: one row per benefit (key, label, unit) and one column
// per tier. A cell is yes/no, a number, a text, or empty (not offered).
class BenefitMatrixModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Key, Label, Unit, FirstTier };

    explicit BenefitMatrixModel(ProgramDraft *draft, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Cell text both ways: "yes", "no", "" (null), a number in the user's locale, or text.
    static QString cellText(const QJsonValue &value);
    static QJsonValue parseCell(const QString &text);

private:
    ProgramDraft *m_draft;
};

} // namespace pd::ui
