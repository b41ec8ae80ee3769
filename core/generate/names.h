#pragma once

#include "random.h"

#include <QString>

namespace pd::gen {

// Believable names built from fragment lists: Russian (in Cyrillic) for Russia, Spanish for
// Spain, Mexico and Chile, English for the USA. No external data.

struct CompanyName {
    QString name;   // with its legal form: «ООО «Сетевые решения»», "Redes Integrales S.L."
    QString domain; // "setevye-resheniya.ru"
};

struct PersonName {
    QString name;       // "Ольга Смирнова", "María García López"
    QString emailLocal; // "olga.smirnova"
};

CompanyName companyName(const QString &country, Random &rng);
// A plain, numbered company name ("Partner 000123 LLC") for large synthetic data sets.
CompanyName numberedCompanyName(const QString &country, qint64 number);
PersonName personName(const QString &country, Random &rng);
QString customerName(const QString &country, Random &rng);
QString region(const QString &country, Random &rng);
QString countryName(const QString &country);
QString phoneNumber(const QString &country, Random &rng);
QString contactRole(const QString &country, int index);
// The vendor's channel manager who owns the partner's account: one of a small team per language,
// chosen by the partner's number (no random draw, so adding owners changed no other generated value).
QString accountOwner(const QString &country, qint64 partnerNumber);

// Lower-case ASCII for domains and e-mail addresses: Cyrillic transliterated, accents dropped,
// anything else turned into single hyphens.
QString slug(const QString &text);

} // namespace pd::gen
