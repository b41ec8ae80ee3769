#pragma once
// The rules of a partner's profile, the one place the window, the import and the store check
// them. validatePartner speaks in codes and values; partnerProblemText turns one into a sentence.

#include "records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

struct Program;

// The fields of a partner's profile that the user edits (and a CSV file fills).
enum class PartnerField { Code, Name, Country, Region, Category, Subcategory, JoinedOn, Territory, Brand, Website,
                          Owner };

struct PartnerProblem {
    enum class Code {
        Missing,
        TooLong,         // limit: the most characters allowed
        HasSpaces,       // a code
        BadCharacters,   // a code: only letters, digits, '.', '_' and '-', a letter or digit first
        InFuture,        // a date after today
        AfterTierSince,  // joined after getting its current tier (date: tier since)
        UnknownCountry,  // not an ISO 3166-1 alpha-2 country (countries.h)
        NotASubcategory, // of the partner's category
        NoTerritory,     // the tier (subject) holds no territory
        NoBrands,        // the program (subject) has no brands
        UnknownBrand,    // not a brand of the program (subject); allowed: its brands
        BadWebsite,      // not an http(s) address with a host name
    };
    PartnerField field = PartnerField::Code;
    Code code = Code::Missing;
    int limit = 0;
    QString value;       // what was entered, when the sentence quotes it
    QString subject;     // the tier's or program's name
    QStringList allowed; // the keys that would be accepted
    QDate date;
};

inline constexpr int kMaxPartnerCode = 32;
inline constexpr int kMaxPartnerName = 200; // the name and the account owner
inline constexpr int kMaxPartnerText = 100; // the region and the territory

// Every problem of `partner`, in field order. Without `program` the checks that need it (the
// tier's territory, the brand) are skipped. `today` bounds the joining date.
QList<PartnerProblem> validatePartner(const Partner &partner, const Program *program, const QDate &today);

// A problem as a sentence in the application's language, such as "Enter the partner's name."
QString partnerProblemText(const PartnerProblem &problem);

} // namespace pd
