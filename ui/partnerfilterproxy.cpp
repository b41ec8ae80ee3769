#include "partnerfilterproxy.h"

#include "partnertablemodel.h"

namespace pd::ui {

namespace {

QStringList wordsOf(const QString &text)
{
    return text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
    : QSortFilterProxyModel(parent)
{
    // The source re-sorts itself; data changes never move rows here. Quick filters that
    // depend on the evaluation are refreshed on statusesMerged().
    setDynamicSortFilter(false);
}

void PartnerFilterProxy::setPartnerModel(PartnerTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_generation = ~quint64(0);
    setSourceModel(model);
    if (model)
        connect(model, &PartnerTableModel::statusesMerged, this, [this] { refresh(false); });
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

void PartnerFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sort(column, order);
}

void PartnerFilterProxy::refresh(bool narrowOnly)
{
    // A keystroke that leaves every row where it was (another letter of a word every shown name
    // contains) changes nothing: the mapping and the view stay as they are.
    if (!recompute(narrowOnly))
        return;
    // invalidate() rebuilds the mapping in one layout change; invalidateFilter() would emit one
    // removal per scattered range, which is far slower for a view over 100,000 rows.
    invalidate();
}

bool PartnerFilterProxy::recompute(bool narrowOnly) const
{
    if (!m_model) {
        m_accepted.clear();
        return true;
    }
    const PartnerTable &table = m_model->table();
    const std::size_t n = table.rows.size();
    bool changed = false;
    if (m_accepted.size() != n || m_generation != m_model->generation()) {
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

    for (std::size_t i = 0; i < n; ++i) {
        if (narrowOnly && !m_accepted[i])
            continue;
        const BrowserRow &r = table.rows[i];
        bool ok = true;
        switch (m_quick) {
        case QuickFilter::None:
            break;
        case QuickFilter::RenewalsDue:
            ok = r.renewalDue;
            break;
        case QuickFilter::QualifiesForUpgrade:
            ok = r.evaluated && r.error.isEmpty() && r.move == TierMove::Upgrade;
            break;
        case QuickFilter::BelowCurrentTier:
            ok = r.evaluated && r.error.isEmpty() && r.move == TierMove::Demotion;
            break;
        }
        for (qsizetype w = 0; ok && w < wordCount; ++w) {
            const QString &word = m_words.at(w);
            const std::size_t ws = std::size_t(w);
            ok = r.nameLower.contains(word) || r.codeLower.contains(word)
                || (r.country >= 0 && countryHit[ws][std::size_t(r.country)])
                || (r.program >= 0
                    && (programHit[ws][std::size_t(r.program)]
                        || (r.tier >= 0 && tierHit[ws][std::size_t(r.program)][std::size_t(r.tier)])));
        }
        const char accepted = ok ? 1 : 0;
        changed = changed || m_accepted[i] != accepted;
        m_accepted[i] = accepted;
    }
    return changed;
}

bool PartnerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    if (m_generation != m_model->generation() || m_accepted.size() != m_model->table().rows.size())
        recompute(false);
    return m_accepted[std::size_t(m_model->stableIndex(sourceRow))] != 0;
}

} // namespace pd::ui
