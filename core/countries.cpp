#include "countries.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd {

namespace {

struct Country {
    const char *code;
    const char *name;
};

// The markets of the built-in programs and the demo data, and their neighbours.
constexpr Country kCountries[] = {
    { "AR", QT_TRANSLATE_NOOP("Country", "Argentina") },
    { "BO", QT_TRANSLATE_NOOP("Country", "Bolivia") },
    { "BR", QT_TRANSLATE_NOOP("Country", "Brazil") },
    { "BY", QT_TRANSLATE_NOOP("Country", "Belarus") },
    { "CA", QT_TRANSLATE_NOOP("Country", "Canada") },
    { "CL", QT_TRANSLATE_NOOP("Country", "Chile") },
    { "CO", QT_TRANSLATE_NOOP("Country", "Colombia") },
    { "CR", QT_TRANSLATE_NOOP("Country", "Costa Rica") },
    { "DE", QT_TRANSLATE_NOOP("Country", "Germany") },
    { "EC", QT_TRANSLATE_NOOP("Country", "Ecuador") },
    { "ES", QT_TRANSLATE_NOOP("Country", "Spain") },
    { "FR", QT_TRANSLATE_NOOP("Country", "France") },
    { "GB", QT_TRANSLATE_NOOP("Country", "United Kingdom") },
    { "GT", QT_TRANSLATE_NOOP("Country", "Guatemala") },
    { "IT", QT_TRANSLATE_NOOP("Country", "Italy") },
    { "KZ", QT_TRANSLATE_NOOP("Country", "Kazakhstan") },
    { "MX", QT_TRANSLATE_NOOP("Country", "Mexico") },
    { "PE", QT_TRANSLATE_NOOP("Country", "Peru") },
    { "PT", QT_TRANSLATE_NOOP("Country", "Portugal") },
    { "PY", QT_TRANSLATE_NOOP("Country", "Paraguay") },
    { "RU", QT_TRANSLATE_NOOP("Country", "Russia") },
    { "US", QT_TRANSLATE_NOOP("Country", "United States") },
    { "UY", QT_TRANSLATE_NOOP("Country", "Uruguay") },
    { "UZ", QT_TRANSLATE_NOOP("Country", "Uzbekistan") },
    { "VE", QT_TRANSLATE_NOOP("Country", "Venezuela") },
};

} // namespace

bool isCountryCode(const QString &code)
{
    const bool shape = code.size() == 2 && code.at(0) >= u'A' && code.at(0) <= u'Z' && code.at(1) >= u'A'
        && code.at(1) <= u'Z';
    // Qt also knows CLDR groupings that are not countries: a partner is in one country.
    static const QStringList kNotCountries { QStringLiteral("EU"), QStringLiteral("EZ"), QStringLiteral("UN"),
                                             QStringLiteral("QO") };
    return shape && QLocale::codeToTerritory(code) != QLocale::AnyTerritory && !kNotCountries.contains(code);
}

QString countryDisplayName(const QString &isoCode)
{
    const QString code = isoCode.trimmed().toUpper();
    for (const Country &c : kCountries) {
        if (code == QLatin1StringView(c.code))
            return QCoreApplication::translate("Country", c.name);
    }
    const QLocale::Territory territory = code.size() == 2 ? QLocale::codeToTerritory(code) : QLocale::AnyTerritory;
    return territory == QLocale::AnyTerritory ? isoCode : QLocale::territoryToString(territory);
}

} // namespace pd
