#pragma once

#include "program.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace pd::ui {

class ProgramDraft;

// Rates by product line and tier: one row per product line (and one for renewals), a kind
// column (reward, discount or commission per unit) and one column per tier. A cell reads as the
// formatting locale writes percentages ("25%", a range "10%–15%" in English; "25 %", "10 %–15 %"
// in Spanish), optionally followed by a note in parentheses, or only a note ("negotiated"); empty:
// no rate. In a commission row a cell is an amount per unit in the program's currency ("250.00",
// "250,00" in Spanish), optionally with a note; a note alone is a commission negotiated per partner.
class RatesModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int KindColumn = 0;

    explicit RatesModel(ProgramDraft *draft, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The cell syntax, both ways (pure; tested on its own).
    static QString ruleText(const RateRule &rule);
    // `currency`: the program's, for a commission's amount.
    static Result<RateRule> parseRule(const QString &text, RateKind kind, const QString &currency = {});

signals:
    void editRejected(const QString &message);

private:
    QString lineKey(int row) const;
    RateKind rowKind(int row) const;

    ProgramDraft *m_draft;
};

} // namespace pd::ui
