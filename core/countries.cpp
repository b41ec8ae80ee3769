#include "countries.h"

#include "translations.h"
#include "worlddata/worlddata.h"

namespace pd {

bool isCountryCode(const QString &code)
{
    return world::isCountry(code);
}

QString countryDisplayName(const QString &isoCode, const QLocale &locale)
{
    const QString name = world::countryName(isoCode.trimmed().toUpper(), locale);
    return name.isEmpty() ? isoCode : name;
}

QString countryDisplayName(const QString &isoCode)
{
    return countryDisplayName(isoCode, translationsLocale());
}

} // namespace pd
