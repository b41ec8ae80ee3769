#pragma once

#include "partnerrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <compare>
#include <vector>

namespace pd::ui {

// Every partner of the open database, one row each. The identity columns come from
// Store::partnerRows(); revenue, proposed tier and gap arrive later from the evaluation job and
// are merged in. Sorting reorders a permutation over precomputed keys (collation ranks, integer
// amounts), so the filter proxy on top never sorts.
class PartnerTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Code, Country, Program, Tier, Revenue, Proposed, Gap, ColumnCount };
    enum Role {
        PartnerIdRole = Qt::UserRole + 1,
        MoveRole, // int(TierMove); -1 until evaluated
    };

    explicit PartnerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setTable(PartnerTable table);
    void clear();
    // Merges evaluation summaries; partners not in the list keep what they had.
    void mergeStatuses(const QList<PartnerStatus> &statuses);
    // Refreshes one partner after an edit or a tier change.
    void updatePartner(const Partner &partner);
    void updatePrograms(const QList<StoredProgram> &programs);

    const PartnerTable &table() const { return m_table; }
    const BrowserRow &rowAt(int row) const { return m_table.rows[std::size_t(m_order[std::size_t(row)])]; }
    int stableIndex(int row) const { return m_order[std::size_t(row)]; }
    int rowOfPartner(qint64 partnerId) const;
    bool isEvaluated() const { return m_evaluatedCount > 0; }
    int evaluatedCount() const { return m_evaluatedCount; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Bumped whenever rows, their keys or their statuses change; filters cache against it.
    quint64 generation() const { return m_generation; }

signals:
    // After mergeStatuses(): quick filters that depend on the evaluation must be recomputed.
    void statusesMerged();

private:
    QString tierName(int program, int tier) const;
    struct SortKey {
        qint64 primary;
        double amount;
        qint64 nameRank;
        qint64 id;
        friend auto operator<=>(const SortKey &, const SortKey &) = default;
    };
    SortKey sortKey(const BrowserRow &row, int column) const;
    void applySort(bool emitLayout);

    PartnerTable m_table;
    std::vector<int> m_order;           // view row -> index into m_table.rows
    std::vector<int> m_rowOfStable;     // index into m_table.rows -> view row
    QHash<qint64, int> m_stableById;
    std::vector<int> m_programRank;     // program index -> rank of its name
    std::vector<int> m_countryRank;     // country index -> rank of its name
    std::vector<double> m_programScale; // program index -> minor units per major unit
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_evaluatedCount = 0;
    quint64 m_generation = 0;
};

} // namespace pd::ui
