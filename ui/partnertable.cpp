#include "partnerrow.h"

#include "countries.h"
#include "requirementtext.h"

#include <QCollator>
#include <QHash>
#include <algorithm>
#include <numeric>
#include <optional>
#include <thread>

namespace pd::ui {

namespace {
// Name ranks are spaced so that a renamed partner usually gets a free rank between its new
// neighbours; the whole table is renumbered only when no gap is left.
constexpr qint64 kRankSpacing = qint64(1) << 20;

QString countryName(const QString &code)
{
    return countryDisplayName(code);
}
} // namespace

QCollator nameCollator(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

PartnerStatus summarizeEvaluation(const Evaluation &e, const TextContext &text)
{
    PartnerStatus s;
    s.partnerId = e.partnerId;
    s.revenueMinor = e.trailingRevenue.minor;
    s.currency = e.trailingRevenue.currency;
    s.proposedTier = e.proposedTier;
    s.move = e.move;
    if (e.error) {
        s.error = e.error->message;
        return s;
    }
    for (const RequirementCheck &c : e.gaps) {
        if (c.met)
            continue;
        ++s.gapCount;
        if (c.requirement.metric == Metric::Sales)
            s.gapMinor += c.gap;
    }
    s.gapText = nextTierGaps(e, text).join(QStringLiteral("; "));
    return s;
}

ProgramInfo PartnerTable::programInfo(const Program &p)
{
    ProgramInfo info { p.key, p.name, p.currency, {}, {} };
    for (const Tier &t : p.tiers) {
        info.tierKeys << t.key;
        info.tierNames << t.name;
    }
    return info;
}

int PartnerTable::programIndex(const QString &key) const
{
    for (qsizetype i = 0; i < programs.size(); ++i) {
        if (programs.at(i).key == key)
            return int(i);
    }
    return -1;
}

int PartnerTable::countryIndex(const QString &code) const
{
    for (qsizetype i = 0; i < countries.size(); ++i) {
        if (countries.at(i).code == code)
            return int(i);
    }
    return -1;
}

PartnerTable PartnerTable::build(const QList<PartnerRow> &rows, const QList<StoredProgram> &programs,
                                 const QLocale &locale)
{
    // The listing's shape: programs by id, countries and tiers as indexes into their lists.
    QHash<QString, qint64> programIdByKey;
    for (const StoredProgram &sp : programs)
        programIdByKey.insert(sp.program.key, sp.id);
    PartnerListing listing;
    listing.rows.reserve(std::size_t(rows.size()));
    // The index of `value` in `list`, appended when new (-1 for an empty value).
    const auto indexIn = [](QStringList &list, const QString &value) {
        if (value.isEmpty())
            return -1;
        qsizetype i = list.indexOf(value);
        if (i < 0) {
            i = list.size();
            list << value;
        }
        return int(i);
    };
    for (const PartnerRow &r : rows) {
        listing.rows.push_back({ r.id, programIdByKey.value(r.programKey, 0), r.code, r.name,
                                 indexIn(listing.countries, r.country), indexIn(listing.tiers, r.tierKey) });
    }
    PartnerTable table = fromListing(std::move(listing), programs, locale);
    table.buildKeys();
    return table;
}

PartnerTable PartnerTable::fromListing(PartnerListing &&listing, const QList<StoredProgram> &programs,
                                       const QLocale &locale)
{
    PartnerTable table;
    table.locale = locale;
    QHash<qint64, int> programById;
    for (const StoredProgram &sp : programs) {
        programById.insert(sp.id, int(table.programs.size()));
        table.programs << programInfo(sp.program);
    }
    // Listing indexes map to table indexes once per distinct value, not once per row.
    for (const QString &code : std::as_const(listing.countries))
        table.countries << CountryInfo { code, countryName(code) };
    const std::size_t tierCount = std::size_t(listing.tiers.size());
    std::vector<qint16> tierOf(std::size_t(table.programs.size()) * tierCount, -1);
    for (qsizetype p = 0; p < table.programs.size(); ++p) {
        for (std::size_t t = 0; t < tierCount; ++t)
            tierOf[std::size_t(p) * tierCount + t] = qint16(table.programs.at(p).tierKeys.indexOf(listing.tiers.at(qsizetype(t))));
    }
    table.rows.resize(listing.rows.size());
    int lastProgram = -1;
    qint64 lastProgramId = 0;
    for (std::size_t i = 0; i < listing.rows.size(); ++i) {
        PartnerListing::Row &r = listing.rows[i];
        BrowserRow &b = table.rows[i];
        b.id = r.id;
        b.code = std::move(r.code);
        b.name = std::move(r.name);
        if (r.programId != lastProgramId || lastProgram < 0) {
            lastProgramId = r.programId;
            lastProgram = programById.value(r.programId, -1);
        }
        b.program = qint16(lastProgram);
        if (b.program >= 0 && r.tier >= 0)
            b.tier = tierOf[std::size_t(b.program) * tierCount + std::size_t(r.tier)];
        b.country = qint16(r.country);
    }
    listing.rows.clear();
    listing.rows.shrink_to_fit();
    return table;
}

void PartnerTable::buildKeys()
{
    search.clear();
    qsizetype characters = 0;
    for (const BrowserRow &b : rows)
        characters += b.name.size() + b.code.size() + 1;
    search.reserve(rows.size(), characters);
    for (std::size_t i = 0; i < rows.size(); ++i)
        search.set(i, rows[i]);
    rankNames();
}

void SearchText::clear()
{
    m_text.clear();
    m_keys.clear();
    m_live = 0;
}

void SearchText::reserve(std::size_t rows, qsizetype characters)
{
    m_keys.reserve(rows);
    m_text.reserve(characters);
}

void SearchText::set(std::size_t row, const BrowserRow &r)
{
    if (row >= m_keys.size())
        m_keys.resize(row + 1);
    m_live -= m_keys[row].size;
    m_keys[row].size = 0;
    // Replaced texts stay behind as garbage until they outweigh the live ones.
    if (m_text.size() > 2 * m_live + 4096) {
        QString compact;
        compact.reserve(m_live + r.name.size() + r.code.size() + 1);
        for (Key &k : m_keys) {
            const QStringView old = text(k);
            k.begin = qint32(compact.size());
            compact += old;
        }
        m_text = std::move(compact);
    }
    const qsizetype begin = m_text.size();
    m_text += r.name.toLower();
    m_text += QChar(0xFFFF);
    m_text += r.code.toLower();
    m_keys[row].begin = qint32(begin);
    m_keys[row].size = qint32(m_text.size() - begin);
    m_live += m_keys[row].size;
    setIndexes(row, r);
}

void SearchText::setIndexes(std::size_t row, const BrowserRow &r)
{
    Key &k = m_keys[row];
    k.program = r.program;
    k.tier = r.tier;
    k.country = r.country;
}

void PartnerTable::rankNames()
{
    // Sort keys are built once per name; comparing keys is much cheaper than collating pairs.
    // Building them is most of the cost, so large tables use two threads (a QCollator each:
    // one instance must not be shared between threads).
    std::vector<std::optional<QCollatorSortKey>> keySlots(rows.size());
    auto makeKeys = [this, &keySlots](std::size_t from, std::size_t to) {
        const QCollator collator = nameCollator(locale);
        for (std::size_t i = from; i < to; ++i)
            keySlots[i] = collator.sortKey(rows[i].name);
    };
    const std::size_t half = rows.size() > 20000 ? rows.size() / 2 : rows.size();
    std::thread second;
    if (half < rows.size())
        second = std::thread(makeKeys, half, rows.size());
    makeKeys(0, half);
    if (second.joinable())
        second.join();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(rows.size());
    for (auto &k : keySlots)
        keys.push_back(std::move(*k));
    keySlots.clear();
    std::vector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    auto less = [&keys](int a, int b) { return keys[std::size_t(a)].compare(keys[std::size_t(b)]) < 0; };
    // The halves sort on two threads and are merged; the order is the same as one stable sort.
    const auto middle = order.begin() + std::ptrdiff_t(half);
    std::thread sorter;
    if (half < rows.size())
        sorter = std::thread([&] { std::stable_sort(middle, order.end(), less); });
    std::stable_sort(order.begin(), middle, less);
    if (sorter.joinable()) {
        sorter.join();
        std::inplace_merge(order.begin(), middle, order.end(), less);
    }
    qint64 rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        // Equal names share a rank, so the code decides their order in a stable sort.
        if (i > 0 && keys[order[i]].compare(keys[order[i - 1]]) != 0)
            rank += kRankSpacing;
        rows[order[i]].nameRank = rank;
    }
}

void PartnerTable::rerankName(std::size_t stableIndex)
{
    if (rows.size() <= 1) {
        rows[stableIndex].nameRank = 0;
        return;
    }
    const QCollator collator = nameCollator(locale);
    std::vector<int> order;
    order.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i != stableIndex)
            order.push_back(int(i));
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) { return rows[a].nameRank < rows[b].nameRank; });
    const QString &name = rows[stableIndex].name;
    const auto pos = std::lower_bound(order.begin(), order.end(), name, [&](int row, const QString &n) {
        return collator.compare(rows[row].name, n) < 0;
    });
    if (pos != order.end() && collator.compare(rows[*pos].name, name) == 0) {
        rows[stableIndex].nameRank = rows[*pos].nameRank;
        return;
    }
    const qint64 below = pos == order.begin() ? rows[order.front()].nameRank - 2 * kRankSpacing
                                              : rows[*(pos - 1)].nameRank;
    const qint64 above = pos == order.end() ? (order.empty() ? 0 : rows[order.back()].nameRank) + 2 * kRankSpacing
                                            : rows[*pos].nameRank;
    if (above - below >= 2) {
        rows[stableIndex].nameRank = below + (above - below) / 2;
        return;
    }
    rankNames();
}

} // namespace pd::ui
