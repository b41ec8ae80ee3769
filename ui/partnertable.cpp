#include "partnerrow.h"

#include "countries.h"

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

PartnerStatus summarizeEvaluation(const Evaluation &e)
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
    QStringList gaps;
    for (const RequirementCheck &c : e.gaps) {
        if (c.met)
            continue;
        ++s.gapCount;
        if (c.requirement.metric == Metric::Sales)
            s.gapMinor += c.gap;
        gaps << (c.gapText.isEmpty() ? c.description : c.gapText);
    }
    s.gapText = gaps.join(QStringLiteral("; "));
    if (!e.nextTierNote.isEmpty())
        s.gapText = s.gapText.isEmpty() ? e.nextTierNote : e.nextTierNote + QStringLiteral("; ") + s.gapText;
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
    PartnerTable table;
    table.locale = locale;
    QHash<QString, int> programByKey;
    for (const StoredProgram &sp : programs) {
        programByKey.insert(sp.program.key, int(table.programs.size()));
        table.programs << programInfo(sp.program);
    }
    QHash<QString, int> countryByCode;
    table.rows.reserve(std::size_t(rows.size()));
    for (const PartnerRow &r : rows) {
        BrowserRow b;
        b.id = r.id;
        b.code = r.code;
        b.name = r.name;
        b.nameLower = r.name.toLower();
        b.codeLower = r.code.toLower();
        const auto program = programByKey.constFind(r.programKey);
        if (program != programByKey.cend()) {
            b.program = qint16(*program);
            b.tier = qint16(table.programs.at(*program).tierKeys.indexOf(r.tierKey));
        }
        auto country = countryByCode.constFind(r.country);
        if (country == countryByCode.cend()) {
            country = countryByCode.insert(r.country, int(table.countries.size()));
            table.countries << CountryInfo { r.country, countryName(r.country) };
        }
        b.country = qint16(*country);
        table.rows.push_back(std::move(b));
    }
    table.rankNames();
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
    for (BrowserRow &b : rows) {
        b.nameLower = b.name.toLower();
        b.codeLower = b.code.toLower();
    }
    rankNames();
}

void PartnerTable::rankNames()
{
    // Sort keys are built once per name; comparing keys is much cheaper than collating pairs.
    // Building them is most of the cost, so large tables use two threads (a QCollator each:
    // one instance must not be shared between threads).
    std::vector<std::optional<QCollatorSortKey>> keySlots(rows.size());
    auto makeKeys = [this, &keySlots](std::size_t from, std::size_t to) {
        QCollator collator(locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
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
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
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
