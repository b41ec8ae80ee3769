#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <vector>

namespace pd::ui {

class PartnerTableModel;

// Filters the partner browser by text (every word must match the name, code, country, program
// or tier) and by a quick filter. Sorting is delegated to PartnerTableModel, which sorts on
// precomputed keys; this proxy keeps the source order, so a keystroke costs one pass over
// lower-cased strings and no sort. When the new text only narrows the old one (the user typed
// another letter), only rows that passed before are tested again.
class PartnerFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class QuickFilter { None, QualifiesForUpgrade, BelowCurrentTier, RenewalsDue };

    explicit PartnerFilterProxy(QObject *parent = nullptr);

    void setPartnerModel(PartnerTableModel *model);
    PartnerTableModel *partnerModel() const { return m_model; }

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setQuickFilter(QuickFilter filter);
    QuickFilter quickFilter() const { return m_quick; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Returns whether any row's acceptance changed (always true when the flags were rebuilt).
    bool recompute(bool narrowOnly) const;
    void refresh(bool narrowOnly);

    PartnerTableModel *m_model = nullptr;
    QString m_text;
    QStringList m_words;
    QuickFilter m_quick = QuickFilter::None;
    // Accepted flags by stable row index (independent of the source's sort order).
    mutable std::vector<char> m_accepted;
    mutable quint64 m_generation = ~quint64(0);
};

} // namespace pd::ui
