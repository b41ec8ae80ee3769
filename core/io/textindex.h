#pragma once
// Internal to core/io: numbers distinct texts in the order they are added (issue 17: the
// references of a million-line file, without a node, a QString and two lookups per line).

#include <QString>
#include <QStringView>
#include <vector>

namespace pd::importing {

// The texts live in one buffer; an open-addressing table finds them, its slots holding a part
// of the text's hash so that a miss rarely reads a text. The hash is seeded per index, so that
// no file can be made to collide on purpose.
class TextIndex {
public:
    TextIndex();
    void reserve(qsizetype count);

    // Where `text` is, or would be added: valid until the next add().
    struct Probe {
        qsizetype number = -1; // -1: not in the index
        size_t slot = 0;
        quint32 tag = 0;
    };
    Probe find(QStringView text) const;
    // Adds the text a probe did not find; returns its number (size() before).
    qsizetype add(const Probe &probe, QStringView text);
    qsizetype size() const { return qsizetype(m_at.size()); }
    QStringView text(qsizetype number) const;

private:
    size_t hashOf(QStringView text) const;
    void grow();
    void rehash(size_t slotCount); // a power of two

    quint64 m_seed;
    QString m_texts;              // every text, one after another
    std::vector<qsizetype> m_at;  // where text n starts in m_texts (its end: the next one's start)
    std::vector<quint64> m_slots; // (tag << 32) | (number + 1); 0: free
};

} // namespace pd::importing
