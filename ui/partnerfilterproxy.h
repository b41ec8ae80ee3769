#pragma once

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <QStringList>
#include <vector>

namespace pd::ui {

class PartnerTableModel;

// Filters the partner browser by text (every word must match the name, code, country, program
// or tier) and by a quick filter. Sorting is delegated to PartnerTableModel, which sorts on
// precomputed keys; this proxy keeps the source order and holds its rows in one vector, so a
// keystroke costs one pass over the compact search text (PartnerTable::search) and one over the
// shown rows, never a sort or a hash. When the new text only narrows the old one (the user
// typed another letter), only the rows shown before are tested again.
class PartnerFilterProxy final : public QAbstractProxyModel {
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

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // Tests the rows again (only those shown, when narrowOnly) and shows the result.
    void refresh(bool narrowOnly);
    // Whether the source's rows or their statuses changed since the flags were computed.
    bool flagsStale() const;
    // Needs a model. Returns whether any row's acceptance changed (always true when the flags were rebuilt).
    bool recompute(bool narrowOnly);
    // The shown rows, in the source's order, from the accepted flags: of every row, or of
    // those shown now (after a narrowing recompute, which tested no other row).
    std::vector<int> acceptedRows() const;
    std::vector<int> shownRowsStillAccepted() const;
    // Replaces the shown rows in one layout change that keeps the selection and current row.
    void showRows(std::vector<int> rows);

    void onSourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents,
                                        QAbstractItemModel::LayoutChangeHint hint);
    void onSourceLayoutChanged(const QList<QPersistentModelIndex> &parents, QAbstractItemModel::LayoutChangeHint hint);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceAboutToReset();
    void onSourceReset();

    PartnerTableModel *m_model = nullptr;
    QString m_text;
    QStringList m_words;
    QuickFilter m_quick = QuickFilter::None;
    // Accepted flags by stable row index (independent of the source's sort order).
    std::vector<char> m_accepted;
    quint64 m_generation = ~quint64(0);
    std::vector<int> m_rows; // proxy row -> source row, ascending (the source's order)
    // Across a layout change: the persistent indexes and where they point in the source.
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
};

} // namespace pd::ui
