#pragma once

#include <QLocale>
#include <QString>

namespace pd {

// A country's name from its ISO 3166-1 alpha-2 code in the locale's language (CLDR, see
// worlddata/worlddata.h): "ES" is "Spain", "España" or "Испания"; English for languages other
// than Spanish and Russian. A code that is not a country's is shown as it is.
QString countryDisplayName(const QString &isoCode, const QLocale &locale);
// The same in the language of the application's texts (translationsLocale()).
QString countryDisplayName(const QString &isoCode);

// Whether `code` is an ISO 3166-1 alpha-2 country code as PartnerDesk stores it: two upper-case
// ASCII letters of a country, CLDR's other territories and groupings (EU, UN, XK, ...) excluded.
// The one list that the profile form, the import and the store accept.
bool isCountryCode(const QString &code);

} // namespace pd
