#pragma once

#include <QString>

namespace pd {

// A country's name in the application's language, from its ISO 3166-1 alpha-2 code: "ES" is
// "Spain", "España" or "Испания". Qt names territories in English only, so the countries of
// PartnerDesk's markets are translated here (context "Country"); any other code gets Qt's
// English name, and a code Qt does not know is shown as it is.
QString countryDisplayName(const QString &isoCode);

} // namespace pd
