#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

// The world data PartnerDesk knows: ISO 4217 currencies with their minor digits and ISO 3166-1
// alpha-2 countries, each named in English, Spanish and Russian. It comes from CLDR through
// ICU, as a table generated at build time (core/worlddata/generate.cpp); core itself does not
// link ICU. Names in another language are the English ones.
namespace pd::world {

// The minor digits of the ISO 4217 currency `code` (upper case: "KWD" is 3, "JPY" 0), or -1
// when it is not a current ISO 4217 currency.
int currencyDigits(QStringView code);
// Every currency's code, in alphabetical order.
QStringList currencyCodes();
// The currency's name in the locale's language ("dólar estadounidense"); empty when unknown.
QString currencyName(QStringView code, const QLocale &locale);

// Whether `code` is an ISO 3166-1 alpha-2 country code (upper case): CLDR's other territories
// (Kosovo's XK, Ceuta and Melilla's EA, ...) and groupings (EU, UN) are not.
bool isCountry(QStringView code);
// Every country's code, in alphabetical order.
QStringList countryCodes();
// The country's name in the locale's language ("DE": "Germany", "Alemania", "Германия"); empty
// when `code` is not a country code.
QString countryName(QStringView code, const QLocale &locale);

} // namespace pd::world
