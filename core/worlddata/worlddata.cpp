#include "worlddata.h"

#include <algorithm>
#include <iterator>

namespace pd::world {

namespace {

struct WorldCurrency {
    const char *code;
    int digits;
    const char *en;
    const char *es;
    const char *ru;
};

struct WorldCountry {
    const char *code;
    const char *en;
    const char *es;
    const char *ru;
};

// The table generated from ICU in the build tree, or the checked-in copy when the build has no
// ICU (core/worlddata/CMakeLists.txt chooses).
#include PD_WORLDDATA_TABLE

template<typename Row, std::size_t N>
const Row *findRow(const Row (&rows)[N], QStringView code)
{
    const auto it = std::lower_bound(std::begin(rows), std::end(rows), code, [](const Row &row, QStringView c) {
        return QLatin1StringView(row.code) < c;
    });
    return it != std::end(rows) && QLatin1StringView(it->code) == code ? it : nullptr;
}

template<typename Row, std::size_t N>
QStringList codesOf(const Row (&rows)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const Row &row : rows)
        out << QString::fromLatin1(row.code);
    return out;
}

template<typename Row>
QString nameIn(const Row *row, const QLocale &locale)
{
    if (!row)
        return {};
    switch (locale.language()) {
    case QLocale::Spanish:
        return QString::fromUtf8(row->es);
    case QLocale::Russian:
        return QString::fromUtf8(row->ru);
    default:
        return QString::fromUtf8(row->en);
    }
}

} // namespace

int currencyDigits(QStringView code)
{
    const WorldCurrency *row = findRow(kWorldCurrencies, code);
    return row ? row->digits : -1;
}

QStringList currencyCodes()
{
    return codesOf(kWorldCurrencies);
}

QString currencyName(QStringView code, const QLocale &locale)
{
    return nameIn(findRow(kWorldCurrencies, code), locale);
}

bool isCountry(QStringView code)
{
    return findRow(kWorldCountries, code) != nullptr;
}

QStringList countryCodes()
{
    return codesOf(kWorldCountries);
}

QString countryName(QStringView code, const QLocale &locale)
{
    return nameIn(findRow(kWorldCountries, code), locale);
}

} // namespace pd::world
