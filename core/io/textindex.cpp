#include "textindex.h"

#include <QRandomGenerator>
#include <cstring>

namespace pd::importing {

namespace {

constexpr size_t kFirstSlots = 1024;
constexpr quint64 kMultiplier = 0x9E3779B97F4A7C15ull;

quint64 mix(quint64 h)
{
    h ^= h >> 32;
    h *= kMultiplier;
    return h ^ (h >> 29);
}

} // namespace

TextIndex::TextIndex()
    : m_seed(QRandomGenerator::global()->generate64())
    , m_slots(kFirstSlots, 0)
{
}

void TextIndex::reserve(qsizetype count)
{
    constexpr qsizetype kTypicalLength = 16;
    m_at.reserve(size_t(count));
    m_texts.reserve(count * kTypicalLength);
    size_t wanted = m_slots.size();
    while (wanted < size_t(count) * 2)
        wanted *= 2;
    if (wanted > m_slots.size())
        rehash(wanted); // once: doubling step by step zeroed every smaller table on the way
}

size_t TextIndex::hashOf(QStringView text) const
{
    // Four UTF-16 units at a time.
    const char *p = reinterpret_cast<const char *>(text.utf16());
    size_t bytes = size_t(text.size()) * sizeof(char16_t);
    quint64 h = m_seed ^ bytes;
    for (; bytes >= 8; bytes -= 8, p += 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        h = mix(h ^ v);
    }
    if (bytes > 0) {
        quint64 v = 0;
        std::memcpy(&v, p, bytes);
        h = mix(h ^ v);
    }
    return size_t(mix(h));
}

TextIndex::Probe TextIndex::find(QStringView text) const
{
    const size_t hash = hashOf(text);
    const size_t mask = m_slots.size() - 1;
    Probe probe { -1, hash & mask, quint32(hash >> 32) };
    for (;; probe.slot = (probe.slot + 1) & mask) {
        const quint64 entry = m_slots[probe.slot];
        if (entry == 0)
            return probe;
        if (quint32(entry >> 32) == probe.tag) {
            const qsizetype number = qsizetype(quint32(entry)) - 1;
            if (this->text(number) == text) {
                probe.number = number;
                return probe;
            }
        }
    }
}

qsizetype TextIndex::add(const Probe &probe, QStringView text)
{
    const qsizetype number = size();
    m_at.push_back(m_texts.size());
    m_texts.append(text);
    m_slots[probe.slot] = (quint64(probe.tag) << 32) | quint64(number + 1);
    if (size_t(size()) * 2 > m_slots.size())
        grow();
    return number;
}

QStringView TextIndex::text(qsizetype number) const
{
    const qsizetype begin = m_at[size_t(number)];
    const qsizetype end = number + 1 < size() ? m_at[size_t(number + 1)] : m_texts.size();
    return QStringView(m_texts).mid(begin, end - begin);
}

void TextIndex::grow()
{
    rehash(m_slots.size() * 2);
}

void TextIndex::rehash(size_t slotCount)
{
    std::vector<quint64> table(slotCount, 0);
    const size_t mask = table.size() - 1;
    for (qsizetype n = 0; n < size(); ++n) {
        const size_t hash = hashOf(text(n));
        size_t slot = hash & mask;
        while (table[slot] != 0)
            slot = (slot + 1) & mask;
        table[slot] = (quint64(quint32(hash >> 32)) << 32) | quint64(n + 1);
    }
    m_slots = std::move(table);
}

} // namespace pd::importing
