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
    // Marks exactly these partners as having renewals due (the "Renewals due" quick filter).
    void setRenewalsDue(const QList<qint64> &partnerIds);
    // Refreshes one partner after an edit or a tier change.
    void updatePartner(const Partner &partner);
    void updatePrograms(const QList<StoredProgram> &programs);

    // The first `count` rows of `table` in the order sort(column, order) would give it, as a
    // table of their own with their keys built. Found with one collator comparison per row
    // instead of ranking every name: the first screenful of a large file is shown while the
    // keys of the others are built (worker thread). Column -1 keeps the store order.
    static PartnerTable firstRows(const PartnerTable &table, int column, Qt::SortOrder order, std::size_t count);
    // Whether rows nobody has evaluated yet sort by name alone (or by id, for -1) on `column`;
    // then the first rows can be chosen from ids and names alone, with firstIds().
    static bool unevaluatedOrderIsByName(int column);
    // The ids of the `count` partners that come first on such a column (names: by id).
    static QList<qint64> firstIds(const std::vector<std::pair<qint64, QString>> &names, const QLocale &locale,
                                  int column, Qt::SortOrder order, std::size_t count);

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
    // After mergeStatuses() or setRenewalsDue(): quick filters that depend on the evaluation must be recomputed.
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
    // Collation ranks of the few program and country names, and the programs' minor units.
    struct SortContext {
        std::vector<int> programRank;     // program index -> rank of its name
        std::vector<int> countryRank;     // country index -> rank of its name
        std::vector<double> programScale; // program index -> minor units per major unit
        void setPrograms(const QList<ProgramInfo> &programs, const QLocale &locale);
        void setCountries(const QList<CountryInfo> &countries, const QLocale &locale);
    };
    static SortKey sortKey(const SortContext &context, const BrowserRow &row, int column);
    void applySort(bool emitLayout);

    PartnerTable m_table;
    std::vector<int> m_order;           // view row -> index into m_table.rows
    std::vector<int> m_rowOfStable;     // index into m_table.rows -> view row
    QHash<qint64, int> m_stableById;
    SortContext m_sort;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_evaluatedCount = 0;
    quint64 m_generation = 0;
};

} // namespace pd::ui
