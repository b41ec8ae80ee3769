#include "partnerfilterproxy.h"

#include "partnertablemodel.h"

#include <algorithm>

namespace pd::ui {

namespace {

QStringList wordsOf(const QString &text)
{
    return text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Whether `hay` contains `word`: a plain scan for the first character, then a compare. Qt's
// QString::contains sets up a rolling hash on every call, which costs more than the search itself
// for names of twenty characters; the filter calls this up to twice per partner per keystroke.
bool containsWord(QStringView hay, QStringView word)
{
    const qsizetype m = word.size();
    const qsizetype last = hay.size() - m;
    if (m == 0)
        return true;
    const char16_t *h = hay.utf16();
    const char16_t *w = word.utf16();
    const char16_t first = w[0];
    for (qsizetype i = 0; i <= last; ++i) {
        if (h[i] != first)
            continue;
        qsizetype j = 1;
        while (j < m && h[i + j] == w[j])
            ++j;
        if (j == m)
            return true;
    }
    return false;
}

// True when every old word is part of some new word: nothing the old filter refused can pass.
bool narrows(const QStringList &oldWords, const QStringList &newWords)
{
    for (const QString &o : oldWords) {
        if (!std::any_of(newWords.begin(), newWords.end(), [&](const QString &n) { return n.contains(o); }))
            return false;
    }
    return true;
}

} // namespace

PartnerFilterProxy::PartnerFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void PartnerFilterProxy::setPartnerModel(PartnerTableModel *model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    m_generation = ~quint64(0);
    if (model) {
        // The source re-sorts itself; data changes never move rows here. Quick filters that
        // depend on the evaluation are refreshed on statusesMerged().
        connect(model, &PartnerTableModel::statusesMerged, this, [this] { refresh(false); });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &PartnerFilterProxy::onSourceAboutToReset);
        connect(model, &QAbstractItemModel::modelReset, this, &PartnerFilterProxy::onSourceReset);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &PartnerFilterProxy::onSourceLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &PartnerFilterProxy::onSourceLayoutChanged);
        connect(model, &QAbstractItemModel::dataChanged, this, &PartnerFilterProxy::onSourceDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        // The partner table inserts and removes no rows (a new table is a reset); should it
        // ever, the proxy starts over.
        for (auto about : { &QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved,
                            &QAbstractItemModel::columnsAboutToBeInserted, &QAbstractItemModel::columnsAboutToBeRemoved })
            connect(model, about, this, &PartnerFilterProxy::onSourceAboutToReset);
        for (auto done : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
                           &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved })
            connect(model, done, this, &PartnerFilterProxy::onSourceReset);
        connect(model, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_model = nullptr;
            m_rows.clear();
            m_accepted.clear();
            endResetModel();
        });
        recompute(false);
        m_rows = acceptedRows();
    } else {
        m_rows.clear();
        m_accepted.clear();
    }
    endResetModel();
}

void PartnerFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const QStringList words = wordsOf(text);
    const bool narrowOnly = narrows(m_words, words);
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    refresh(narrowOnly);
}

void PartnerFilterProxy::setQuickFilter(QuickFilter filter)
{
    if (filter == m_quick)
        return;
    const bool narrowOnly = m_quick == QuickFilter::None;
    m_quick = filter;
    refresh(narrowOnly);
}

QModelIndex PartnerFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || std::size_t(row) >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PartnerFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex PartnerFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int PartnerFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool PartnerFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QVariant PartnerFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles stay when no row matches (QAbstractProxyModel maps them through row 0).
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    if (section < 0 || std::size_t(section) >= m_rows.size())
        return {};
    return m_model->headerData(m_rows[std::size_t(section)], orientation, role);
}

QModelIndex PartnerFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || std::size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_model->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PartnerFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    // The shown rows keep the source's order, so a source row is found by bisection.
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sourceIndex.row());
    if (it == m_rows.end() || *it != sourceIndex.row())
        return {};
    return index(int(it - m_rows.begin()), sourceIndex.column());
}

void PartnerFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sort(column, order);
}

void PartnerFilterProxy::refresh(bool narrowOnly)
{
    if (!m_model)
        return;
    if (flagsStale())
        narrowOnly = false;
    // A keystroke that leaves every row where it was (another letter of a word every shown name
    // contains) changes nothing: the rows and the view stay as they are.
    if (!recompute(narrowOnly))
        return;
    showRows(narrowOnly ? shownRowsStillAccepted() : acceptedRows());
}

std::vector<int> PartnerFilterProxy::acceptedRows() const
{
    std::vector<int> rows;
    if (!m_model)
        return rows;
    const int n = m_model->rowCount();
    rows.reserve(std::size_t(n));
    for (int row = 0; row < n; ++row) {
        if (m_accepted[std::size_t(m_model->stableIndex(row))])
            rows.push_back(row);
    }
    return rows;
}

std::vector<int> PartnerFilterProxy::shownRowsStillAccepted() const
{
    std::vector<int> rows;
    rows.reserve(m_rows.size());
    for (const int row : m_rows) {
        if (m_accepted[std::size_t(m_model->stableIndex(row))])
            rows.push_back(row);
    }
    return rows;
}

void PartnerFilterProxy::showRows(std::vector<int> rows)
{
    // New statuses re-test every row; most often the same rows pass, and the view is left alone.
    if (rows == m_rows)
        return;
    // One layout change, as a sort would make: cheaper for a view over 100,000 rows than one
    // removal per scattered range, and the selection and current row follow their partners.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &i : persistent)
        sourceRows.push_back(m_rows[std::size_t(i.row())]);
    m_rows = std::move(rows);
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const QModelIndex now = mapFromSource(m_model->index(sourceRows[std::size_t(i)], persistent.at(i).column()));
        changePersistentIndex(persistent.at(i), now);
    }
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void PartnerFilterProxy::onSourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &,
                                                        QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    for (const QModelIndex &i : std::as_const(m_layoutProxy))
        m_layoutSource << QPersistentModelIndex(mapToSource(i));
}

void PartnerFilterProxy::onSourceLayoutChanged(const QList<QPersistentModelIndex> &,
                                               QAbstractItemModel::LayoutChangeHint hint)
{
    // The source sorted its rows (or renamed one and moved it): the flags are by stable index,
    // so only the order of the shown rows changes, unless the rows themselves did.
    if (flagsStale())
        recompute(false);
    m_rows = acceptedRows();
    for (qsizetype i = 0; i < m_layoutProxy.size(); ++i)
        changePersistentIndex(m_layoutProxy.at(i), mapFromSource(m_layoutSource.at(i)));
    m_layoutProxy.clear();
    m_layoutSource.clear();
    emit layoutChanged({}, hint);
}

void PartnerFilterProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    const auto first = std::lower_bound(m_rows.begin(), m_rows.end(), topLeft.row());
    const auto last = std::upper_bound(first, m_rows.end(), bottomRight.row());
    if (first == last)
        return;
    emit dataChanged(index(int(first - m_rows.begin()), topLeft.column()),
                     index(int(last - m_rows.begin()) - 1, bottomRight.column()), roles);
}

void PartnerFilterProxy::onSourceAboutToReset()
{
    beginResetModel();
}

void PartnerFilterProxy::onSourceReset()
{
    recompute(false);
    m_rows = acceptedRows();
    endResetModel();
}

bool PartnerFilterProxy::flagsStale() const
{
    return m_generation != m_model->generation() || m_accepted.size() != m_model->table().rows.size();
}

bool PartnerFilterProxy::recompute(bool narrowOnly)
{
    const PartnerTable &table = m_model->table();
    const std::size_t n = table.rows.size();
    bool changed = false;
    if (flagsStale()) {
        narrowOnly = false;
        changed = true;
        m_accepted.assign(n, 1);
    }
    m_generation = m_model->generation();

    // Programs, tiers and countries are few: match the words against them once, not per row.
    const qsizetype wordCount = m_words.size();
    const auto words = std::size_t(wordCount);
    std::vector<std::vector<char>> programHit(words);
    std::vector<std::vector<char>> countryHit(words);
    std::vector<std::vector<std::vector<char>>> tierHit(words);
    for (qsizetype w = 0; w < wordCount; ++w) {
        const QString &word = m_words.at(w);
        for (const ProgramInfo &p : table.programs) {
            programHit[std::size_t(w)].push_back(p.name.toLower().contains(word) || p.key.contains(word));
            std::vector<char> tiers;
            for (const QString &t : p.tierNames)
                tiers.push_back(t.toLower().contains(word));
            tierHit[std::size_t(w)].push_back(std::move(tiers));
        }
        for (const CountryInfo &c : table.countries)
            countryHit[std::size_t(w)].push_back(c.code.toLower().contains(word) || c.name.toLower().contains(word));
    }

    // The text test reads only the contiguous search text; a row itself is read only for a
    // quick filter or when neither its name nor its code has the word.
    const SearchText &search = table.search;
    for (std::size_t i = 0; i < n; ++i) {
        if (narrowOnly && !m_accepted[i])
            continue;
        bool ok = true;
        if (m_quick != QuickFilter::None) {
            const BrowserRow &r = table.rows[i];
            const bool rated = r.evaluated && r.error.isEmpty();
            ok = m_quick == QuickFilter::RenewalsDue          ? r.renewalDue
                : m_quick == QuickFilter::QualifiesForUpgrade ? rated && r.move == TierMove::Upgrade
                                                              : rated && r.move == TierMove::Demotion;
        }
        const SearchText::Key &key = search.key(i);
        const QStringView text = search.text(key);
        for (qsizetype w = 0; ok && w < wordCount; ++w) {
            const std::size_t ws = std::size_t(w);
            ok = containsWord(text, m_words.at(w)) || (key.country >= 0 && countryHit[ws][std::size_t(key.country)])
                || (key.program >= 0
                    && (programHit[ws][std::size_t(key.program)]
                        || (key.tier >= 0 && tierHit[ws][std::size_t(key.program)][std::size_t(key.tier)])));
        }
        const char accepted = ok ? 1 : 0;
        changed = changed || m_accepted[i] != accepted;
        m_accepted[i] = accepted;
    }
    return changed;
}

} // namespace pd::ui
