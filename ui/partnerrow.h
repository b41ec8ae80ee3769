#pragma once

#include "storage/store.h"
#include "tierengine.h"

#include <QCollator>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <vector>

namespace pd::ui {

// A program as the browser needs it: names for display and the tier order for sorting.
struct ProgramInfo {
    QString key;
    QString name;
    QString currency;
    QStringList tierKeys;  // lowest first
    QStringList tierNames;
};

struct CountryInfo {
    QString code;
    QString name; // English, as QLocale names territories
};

// The evaluation summary of one partner, reduced from pd::Evaluation on the worker thread so
// that 100,000 partners cost a few megabytes, not the full requirement checks.
struct PartnerStatus {
    qint64 partnerId = 0;
    qint64 revenueMinor = 0;
    QString currency;
    QString proposedTier;
    TierMove move = TierMove::None;
    int gapCount = 0;     // unmet requirements of the next tier
    qint64 gapMinor = 0;  // money missing for the next tier's sales requirements
    QString gapText;
    QString error;        // set when the partner could not be evaluated
};

// The gaps' sentences are in the language of `text`.
PartnerStatus summarizeEvaluation(const Evaluation &e, const TextContext &text);

// One line of the partner browser. Filter and sort keys are computed once when the table is
// built, so a keystroke in the filter box never lower-cases or collates a name again.
struct BrowserRow {
    qint64 id = 0;
    QString code;
    QString name;
    qint64 nameRank = 0;     // position in collation order, spaced so a rename fits in between
    qint16 program = -1;     // index into PartnerTable::programs
    qint16 tier = -1;        // index into the program's tiers
    qint16 country = -1;     // index into PartnerTable::countries
    // Filled when the evaluation arrives.
    bool evaluated = false;
    qint16 proposed = -1;
    TierMove move = TierMove::None;
    qint16 gapCount = 0;
    qint64 revenueMinor = 0;
    qint64 gapMinor = 0;
    QString gapText;
    QString error;
    // A licence, NFR key or certificate to renew soon (PartnerTableModel::setRenewalsDue).
    bool renewalDue = false;
};

// How partner names compare in `locale`: case-insensitive, digits as numbers ("Partner 9" before
// "Partner 10"). Every name order of the browser (ranks, first rows, renames) uses it.
QCollator nameCollator(const QLocale &locale);

// What the filter box matches, for every row, in two compact arrays: the lower-cased name and
// code back to back in one block of text, and the program, tier and country indexes. A keystroke
// scans contiguous memory instead of chasing a row and two heap strings per partner. A row's
// text is "name", U+FFFF, "code": a typed word never contains U+FFFF, so no match spans both.
class SearchText {
public:
    struct Key {
        qint32 begin = 0; // into the text
        qint32 size = 0;
        qint16 program = -1;
        qint16 tier = -1;
        qint16 country = -1;
    };

    void clear();
    void reserve(std::size_t rows, qsizetype characters);
    // Sets row `row`'s text and indexes from the row; rows may be set in any order, and again
    // after an edit.
    void set(std::size_t row, const BrowserRow &r);
    // After the program, tier or country of the row changed, but not its name or code.
    void setIndexes(std::size_t row, const BrowserRow &r);
    const Key &key(std::size_t row) const { return m_keys[row]; }
    QStringView text(const Key &key) const { return QStringView(m_text).sliced(key.begin, key.size); }

private:
    QString m_text;
    std::vector<Key> m_keys;
    qsizetype m_live = 0; // characters still referenced; the rest were replaced by edits
};

struct PartnerTable {
    QList<ProgramInfo> programs;
    QList<CountryInfo> countries;
    std::vector<BrowserRow> rows; // in Store order (by id)
    SearchText search;            // by the same index as rows; filled by buildKeys()
    QLocale locale;               // the collation and display language the keys were built for

    int programIndex(const QString &key) const;
    int countryIndex(const QString &code) const;

    // Builds the table with its filter and sort keys from full partner rows (through
    // fromListing() and buildKeys(), as the window does).
    static PartnerTable build(const QList<PartnerRow> &rows, const QList<StoredProgram> &programs,
                              const QLocale &locale);
    // The same rows from the lean listing, without their keys yet (buildKeys() adds them): the
    // first screenful can be chosen and shown before the keys of every row are built.
    static PartnerTable fromListing(PartnerListing &&listing, const QList<StoredProgram> &programs,
                                    const QLocale &locale);
    // Fills the search text and the name ranks; runs on a worker thread for large files.
    void buildKeys();
    static ProgramInfo programInfo(const Program &p);
    // Assigns name ranks by collating every name (QCollator for `locale`).
    void rankNames();
    // Gives one row a rank after its name changed, without collating every name again.
    void rerankName(std::size_t stableIndex);
};

} // namespace pd::ui
