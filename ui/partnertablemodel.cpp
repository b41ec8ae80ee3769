#include "partnertablemodel.h"

#include "countries.h"

#include <QBrush>
#include <QCollator>
#include <QColor>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace pd::ui {

namespace {

// Ranks a handful of display names (programs, countries) in collation order.
std::vector<int> rankNames(const QStringList &names, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<int> order(std::size_t(names.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return collator.compare(names.at(a), names.at(b)) < 0; });
    std::vector<int> rank(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        rank[std::size_t(order[i])] = int(i);
    return rank;
}

// Amounts of programs with different minor units compare in major units.
std::vector<double> programScales(const QList<ProgramInfo> &programs)
{
    std::vector<double> scale;
    for (const ProgramInfo &p : programs) {
        const auto c = Currency::find(p.currency);
        scale.push_back(std::pow(10.0, c ? c->digits : 2));
    }
    return scale;
}

// The indexes 0..size-1 whose first `count` come first by `less` in `order`, in that order: a
// heap of `count` indexes, so nearly every other one costs a single comparison with its top.
template<typename Less>
std::vector<int> firstIndexes(std::size_t size, std::size_t count, Qt::SortOrder order, Less less)
{
    std::vector<int> chosen(size);
    std::iota(chosen.begin(), chosen.end(), 0);
    count = std::min(count, size);
    const auto middle = chosen.begin() + std::ptrdiff_t(count);
    if (order == Qt::AscendingOrder)
        std::partial_sort(chosen.begin(), middle, chosen.end(), less);
    else
        std::partial_sort(chosen.begin(), middle, chosen.end(), [&](int a, int b) { return less(b, a); });
    chosen.resize(count);
    return chosen;
}

} // namespace

PartnerTableModel::PartnerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartnerTableModel::tierName(int program, int tier) const
{
    if (program < 0 || tier < 0)
        return {};
    const ProgramInfo &p = m_table.programs.at(program);
    return tier < p.tierNames.size() ? p.tierNames.at(tier) : QString();
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BrowserRow &r = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return r.name;
        case Code:
            return r.code;
        case Country:
            return r.country < 0 ? QString() : m_table.countries.at(r.country).name;
        case Program:
            return r.program < 0 ? QString() : m_table.programs.at(r.program).name;
        case Tier:
            return tierName(r.program, r.tier);
        case Revenue:
            if (!r.evaluated)
                return QStringLiteral("…");
            if (!r.error.isEmpty())
                return tr("no rate");
            return Money { r.revenueMinor, m_table.programs.at(r.program).currency }.display(m_table.locale);
        case Proposed:
            if (!r.evaluated)
                return QStringLiteral("…");
            return tierName(r.program, r.proposed);
        case Gap:
            return r.evaluated ? r.gapText : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Country:
            return r.country < 0 ? QString() : m_table.countries.at(r.country).code;
        case Revenue:
        case Proposed:
        case Gap:
            if (!r.evaluated)
                return tr("Evaluating…");
            if (!r.error.isEmpty())
                return r.error;
            if (column == Proposed && r.move == TierMove::Upgrade)
                return tr("Qualifies for an upgrade from %1").arg(tierName(r.program, r.tier));
            if (column == Proposed && r.move == TierMove::Demotion)
                return tr("No longer meets the requirements of %1").arg(tierName(r.program, r.tier));
            if (column == Gap)
                return r.gapText;
            return {};
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Revenue)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!r.evaluated)
            return {};
        if (!r.error.isEmpty() && column >= Revenue)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (column == Proposed && r.move == TierMove::Upgrade)
            return QBrush(QColor(0x1b, 0x7a, 0x2e));
        if (column == Proposed && r.move == TierMove::Demotion)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case PartnerIdRole:
        return r.id;
    case MoveRole:
        return r.evaluated ? int(r.move) : -1;
    }
    return {};
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Code");
    case Country:
        return tr("Country");
    case Program:
        return tr("Program");
    case Tier:
        return tr("Tier");
    case Revenue:
        return tr("12-month revenue");
    case Proposed:
        return tr("Proposed tier");
    case Gap:
        return tr("Gap to next tier");
    }
    return {};
}

void PartnerTableModel::setTable(PartnerTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_order.resize(m_table.rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    m_stableById.clear();
    m_stableById.reserve(qsizetype(m_table.rows.size()));
    m_evaluatedCount = 0;
    for (std::size_t i = 0; i < m_table.rows.size(); ++i) {
        m_stableById.insert(m_table.rows[i].id, int(i));
        m_evaluatedCount += m_table.rows[i].evaluated ? 1 : 0;
    }
    m_sort.setPrograms(m_table.programs, m_table.locale);
    m_sort.setCountries(m_table.countries, m_table.locale);
    applySort(false);
    ++m_generation;
    endResetModel();
}

void PartnerTableModel::clear()
{
    setTable(PartnerTable {});
}

int PartnerTableModel::rowOfPartner(qint64 partnerId) const
{
    const auto it = m_stableById.constFind(partnerId);
    return it == m_stableById.cend() ? -1 : m_rowOfStable[std::size_t(*it)];
}

void PartnerTableModel::mergeStatuses(const QList<PartnerStatus> &statuses)
{
    if (m_table.rows.empty())
        return;
    for (const PartnerStatus &s : statuses) {
        const auto it = m_stableById.constFind(s.partnerId);
        if (it == m_stableById.cend())
            continue;
        BrowserRow &r = m_table.rows[std::size_t(*it)];
        if (!r.evaluated)
            ++m_evaluatedCount;
        r.evaluated = true;
        r.revenueMinor = s.revenueMinor;
        r.move = s.move;
        r.gapCount = qint16(std::min(s.gapCount, 32767));
        r.gapMinor = s.gapMinor;
        r.gapText = s.gapText;
        r.error = s.error;
        r.proposed = r.program < 0 ? qint16(-1)
                                   : qint16(m_table.programs.at(r.program).tierKeys.indexOf(s.proposedTier));
    }
    ++m_generation;
    emit dataChanged(index(0, Revenue), index(rowCount() - 1, Gap));
    if (m_sortColumn >= Revenue)
        applySort(true);
    emit statusesMerged();
}

void PartnerTableModel::setRenewalsDue(const QList<qint64> &partnerIds)
{
    std::vector<char> due(m_table.rows.size(), 0);
    for (const qint64 id : partnerIds) {
        const auto it = m_stableById.constFind(id);
        if (it != m_stableById.cend())
            due[std::size_t(*it)] = 1;
    }
    bool changed = false;
    for (std::size_t i = 0; i < due.size(); ++i) {
        changed = changed || m_table.rows[i].renewalDue != bool(due[i]);
        m_table.rows[i].renewalDue = due[i];
    }
    // The same partners as before: the filter and the view stay as they are.
    if (!changed)
        return;
    ++m_generation;
    emit statusesMerged();
}

void PartnerTableModel::updatePartner(const Partner &partner)
{
    const auto it = m_stableById.constFind(partner.id);
    if (it == m_stableById.cend())
        return;
    const std::size_t stable = std::size_t(*it);
    BrowserRow &r = m_table.rows[stable];
    const bool renamed = r.name != partner.name;
    const bool recoded = r.code != partner.code;
    r.code = partner.code;
    r.name = partner.name;
    r.program = qint16(m_table.programIndex(partner.programKey));
    r.tier = r.program < 0 ? qint16(-1) : qint16(m_table.programs.at(r.program).tierKeys.indexOf(partner.tierKey));
    int country = m_table.countryIndex(partner.country);
    if (country < 0) {
        m_table.countries << CountryInfo { partner.country, countryDisplayName(partner.country) };
        country = int(m_table.countries.size() - 1);
        m_sort.setCountries(m_table.countries, m_table.locale);
    }
    r.country = qint16(country);
    if (renamed || recoded)
        m_table.search.set(stable, r);
    else
        m_table.search.setIndexes(stable, r);
    if (renamed)
        m_table.rerankName(stable);
    ++m_generation;
    const int row = m_rowOfStable[stable];
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_sortColumn >= 0)
        applySort(true);
}

void PartnerTableModel::updatePrograms(const QList<StoredProgram> &programs)
{
    QList<ProgramInfo> updated = m_table.programs;
    for (const StoredProgram &sp : programs) {
        const ProgramInfo info = PartnerTable::programInfo(sp.program);
        const int i = m_table.programIndex(sp.program.key);
        if (i < 0) {
            updated << info;
            continue;
        }
        // Tiers may have been reordered: rows keep indices, so translate them by key.
        const ProgramInfo &old = m_table.programs.at(i);
        for (std::size_t row = 0; row < m_table.rows.size(); ++row) {
            BrowserRow &r = m_table.rows[row];
            if (r.program != i)
                continue;
            if (r.tier >= 0)
                r.tier = qint16(info.tierKeys.indexOf(old.tierKeys.value(r.tier)));
            if (r.proposed >= 0)
                r.proposed = qint16(info.tierKeys.indexOf(old.tierKeys.value(r.proposed)));
            m_table.search.setIndexes(row, r);
        }
        updated[i] = info;
    }
    m_table.programs = updated;
    m_sort.setPrograms(m_table.programs, m_table.locale);
    ++m_generation;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (m_sortColumn >= 0)
        applySort(true);
}

void PartnerTableModel::SortContext::setPrograms(const QList<ProgramInfo> &programs, const QLocale &locale)
{
    QStringList names;
    for (const ProgramInfo &p : programs)
        names << p.name;
    programRank = rankNames(names, locale);
    programScale = programScales(programs);
}

void PartnerTableModel::SortContext::setCountries(const QList<CountryInfo> &countries, const QLocale &locale)
{
    QStringList names;
    for (const CountryInfo &c : countries)
        names << c.name;
    countryRank = rankNames(names, locale);
}

PartnerTableModel::SortKey PartnerTableModel::sortKey(const SortContext &context, const BrowserRow &r, int column)
{
    // Rows sort by (primary, amount, name rank, id): a flat key per row, built once per sort,
    // so the sort compares numbers instead of looking through rows, programs and currencies.
    const qint64 programRank = r.program < 0 ? -1 : context.programRank[std::size_t(r.program)];
    const double scale = r.program < 0 ? 1.0 : context.programScale[std::size_t(r.program)];
    // Partners not evaluated yet (or without a rate) sort after every evaluated one.
    const qint64 pending = r.evaluated && r.error.isEmpty() ? 0 : 1;
    SortKey k { 0, 0.0, r.nameRank, r.id };
    switch (column) {
    case Country:
        k.primary = r.country < 0 ? -1 : context.countryRank[std::size_t(r.country)];
        break;
    case Program:
        k.primary = programRank;
        break;
    case Tier:
        k.primary = programRank * 65536 + r.tier;
        break;
    case Revenue:
        k.primary = pending;
        k.amount = double(r.revenueMinor) / scale;
        break;
    case Proposed:
        k.primary = (pending << 40) + programRank * 65536 + r.proposed;
        break;
    case Gap:
        k.primary = (pending << 40) + r.gapCount;
        k.amount = double(r.gapMinor) / scale;
        break;
    default:
        break;
    }
    return k;
}

PartnerTable PartnerTableModel::firstRows(const PartnerTable &table, int column, Qt::SortOrder order, std::size_t count)
{
    PartnerTable page;
    page.programs = table.programs;
    page.countries = table.countries;
    page.locale = table.locale;
    const auto &rows = table.rows;
    std::vector<int> chosen;
    if (column >= 0 && column < ColumnCount && count < rows.size()) {
        SortContext context;
        context.setPrograms(table.programs, table.locale);
        context.setCountries(table.countries, table.locale);
        const QCollator collator = nameCollator(table.locale);
        // The order applySort() gives, with the name compared where the rank would be (equal
        // ranks are exactly the names the collator finds equal).
        chosen = firstIndexes(rows.size(), count, order, [&](int a, int b) {
            const BrowserRow &x = rows[std::size_t(a)];
            const BrowserRow &y = rows[std::size_t(b)];
            if (column == Code) {
                const int c = QString::compare(x.code, y.code);
                return c != 0 ? c < 0 : x.id < y.id;
            }
            SortKey kx = sortKey(context, x, column);
            SortKey ky = sortKey(context, y, column);
            if (kx.primary != ky.primary)
                return kx.primary < ky.primary;
            if (kx.amount != ky.amount)
                return kx.amount < ky.amount;
            const int c = collator.compare(x.name, y.name);
            return c != 0 ? c < 0 : x.id < y.id;
        });
    } else {
        chosen.resize(std::min(count, rows.size()));
        std::iota(chosen.begin(), chosen.end(), 0);
    }
    std::sort(chosen.begin(), chosen.end()); // the store order, as every table keeps its rows
    page.rows.reserve(chosen.size());
    for (const int i : chosen)
        page.rows.push_back(rows[std::size_t(i)]);
    page.buildKeys();
    return page;
}

bool PartnerTableModel::unevaluatedOrderIsByName(int column)
{
    // See sortKey(): before the evaluation every row is pending with no amount and no gap, so
    // these columns fall through to the name rank; Proposed still orders by program.
    return column == -1 || column == Name || column == Revenue || column == Gap;
}

QList<qint64> PartnerTableModel::firstIds(const std::vector<std::pair<qint64, QString>> &names, const QLocale &locale,
                                          int column, Qt::SortOrder order, std::size_t count)
{
    Q_ASSERT(unevaluatedOrderIsByName(column));
    std::vector<int> chosen;
    if (column >= 0) {
        const QCollator collator = nameCollator(locale);
        chosen = firstIndexes(names.size(), count, order, [&](int a, int b) {
            const auto &x = names[std::size_t(a)];
            const auto &y = names[std::size_t(b)];
            const int c = collator.compare(x.second, y.second);
            return c != 0 ? c < 0 : x.first < y.first;
        });
    } else {
        chosen.resize(std::min(count, names.size()));
        std::iota(chosen.begin(), chosen.end(), 0);
    }
    QList<qint64> ids;
    ids.reserve(qsizetype(chosen.size()));
    for (const int i : chosen)
        ids << names[std::size_t(i)].first;
    return ids;
}

void PartnerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort(true);
}

void PartnerTableModel::applySort(bool emitLayout)
{
    QModelIndexList persistent;
    std::vector<int> persistentStable;
    if (emitLayout) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        persistent = persistentIndexList();
        for (const QModelIndex &i : persistent)
            persistentStable.push_back(m_order[std::size_t(i.row())]);
    }
    std::iota(m_order.begin(), m_order.end(), 0);
    const auto &rows = m_table.rows;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == Code) {
        auto less = [&](int a, int b) {
            const int c = QString::compare(rows[std::size_t(a)].code, rows[std::size_t(b)].code);
            return c != 0 ? c < 0 : rows[std::size_t(a)].id < rows[std::size_t(b)].id;
        };
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return ascending ? less(a, b) : less(b, a); });
    } else if (m_sortColumn >= 0) {
        std::vector<SortKey> keys;
        keys.reserve(rows.size());
        for (const BrowserRow &r : rows)
            keys.push_back(sortKey(m_sort, r, m_sortColumn));
        if (ascending)
            std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return keys[std::size_t(a)] < keys[std::size_t(b)]; });
        else
            std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return keys[std::size_t(b)] < keys[std::size_t(a)]; });
    }
    m_rowOfStable.resize(m_order.size());
    for (std::size_t i = 0; i < m_order.size(); ++i)
        m_rowOfStable[std::size_t(m_order[i])] = int(i);
    if (emitLayout) {
        for (qsizetype i = 0; i < persistent.size(); ++i)
            changePersistentIndex(persistent.at(i),
                                  index(m_rowOfStable[std::size_t(persistentStable[std::size_t(i)])],
                                        persistent.at(i).column()));
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
}

} // namespace pd::ui
