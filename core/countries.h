#pragma once

#include <QString>

namespace pd {

// A country's name in the application's language, from its ISO 3166-1 alpha-2 code: "ES" is
// "Spain", "España" or "Испания". Qt names territories in English only, so the countries of
// PartnerDesk's markets are translated here (context "Country"); any other code gets Qt's
// English name, and a code Qt does not know is shown as it is.
QString countryDisplayName(const QString &isoCode);

// Whether `code` is an ISO 3166-1 alpha-2 country code as PartnerDesk stores it: two upper-case
// ASCII letters that Qt knows as a territory, CLDR's groupings (EU, UN, ...) excluded. The one
// list that the profile form, the import and the store accept.
bool isCountryCode(const QString &code);

} // namespace pd
