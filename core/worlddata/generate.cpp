// Writes PartnerDesk's world data table (worlddata_table.inc) from CLDR through ICU: the ISO 4217
// currencies in use with their minor digits, and the ISO 3166-1 alpha-2 countries, each with its
// name in English, Spanish and Russian. Built and run by CMake at build time; core compiles the
// table and never links ICU. Usage: pd_worlddata_generate OUTPUT_FILE
//
// A plain C++ program on ICU's C API (no Qt): the table must come out the same on every machine
// with the same ICU, byte for byte (tests compare it with the checked-in copy).

#include <unicode/uclean.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/uregion.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr const char *kLanguages[] = { "en", "es", "ru" };

// Money must use ISO 4217's minor units; CLDR's default digits (what ICU's
// ucurr_getDefaultFractionDigits returns) differ for these, where CLDR states the digits people
// use in practice (Iraqi dinar prices without fils, Serbian dinar without para). ISO 4217 wins.
// The other currencies agree (JPY 0, KWD 3, BHD 3, HUF 2, ISK 0, CLP 0, RUB 2, COP 2).
constexpr std::pair<std::string_view, int> kIsoDigits[] = {
    { "AFN", 2 }, { "ALL", 2 }, { "IQD", 3 }, { "IRR", 2 }, { "KPW", 2 }, { "LAK", 2 }, { "LBP", 2 },
    { "MGA", 2 }, { "MMK", 2 }, { "RSD", 2 }, { "SLL", 2 }, { "SOS", 2 }, { "SYP", 2 }, { "YER", 2 },
};

// Codes ICU 72 (CLDR 42) still lists as common but ISO 4217 has withdrawn: the Croatian kuna
// (euro since 2023-01-01) and the Venezuelan bolívar fuerte (VES since 2018).
constexpr std::string_view kWithdrawn[] = { "HRK", "VEF" };

// CLDR territories that are not ISO 3166-1 alpha-2 country codes (exceptionally or
// indeterminately reserved, or user-assigned as Kosovo's XK): a partner is in a country.
constexpr std::string_view kNotIsoCountries[] = { "AC", "CP", "CQ", "DG", "EA", "IC", "TA", "XK" };

[[noreturn]] void die(const std::string &what, UErrorCode status)
{
    std::fprintf(stderr, "pd_worlddata_generate: %s: %s\n", what.c_str(), u_errorName(status));
    std::exit(1);
}

std::string utf8(const UChar *text, int32_t length)
{
    UErrorCode status = U_ZERO_ERROR;
    std::string out(std::size_t(length) * 4 + 1, '\0');
    int32_t written = 0;
    u_strToUTF8(out.data(), int32_t(out.size()), &written, text, length, &status);
    if (U_FAILURE(status))
        die("UTF-8 conversion", status);
    out.resize(std::size_t(written));
    return out;
}

// A C++ string literal of UTF-8 text (the sources are compiled as UTF-8, MSVC with /utf-8).
std::string literal(const std::string &text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

std::vector<std::string> enumerate(UEnumeration *list, UErrorCode status, const char *what)
{
    if (U_FAILURE(status))
        die(what, status);
    std::vector<std::string> out;
    while (const char *item = uenum_next(list, nullptr, &status))
        out.emplace_back(item);
    if (U_FAILURE(status))
        die(what, status);
    uenum_close(list);
    std::sort(out.begin(), out.end());
    return out;
}

struct Row {
    std::string code;
    int digits = -1; // currencies only
    std::string names[3];
};

std::vector<Row> currencies()
{
    UErrorCode status = U_ZERO_ERROR;
    // COMMON excludes funds, metals and testing codes (BOV, CLF, XAU, XTS, ...): not legal tender.
    UEnumeration *list = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    std::vector<Row> rows;
    for (const std::string &code : enumerate(list, status, "ISO currencies")) {
        if (std::find(std::begin(kWithdrawn), std::end(kWithdrawn), code) != std::end(kWithdrawn))
            continue;
        UChar iso[4];
        u_charsToUChars(code.c_str(), iso, 4);
        Row row { code, -1, {} };
        status = U_ZERO_ERROR;
        row.digits = ucurr_getDefaultFractionDigits(iso, &status);
        if (U_FAILURE(status))
            die("digits of " + code, status);
        for (const auto &[isoCode, digits] : kIsoDigits) {
            if (isoCode == code)
                row.digits = digits;
        }
        for (int i = 0; i < 3; ++i) {
            status = U_ZERO_ERROR;
            UBool choice = false;
            int32_t length = 0;
            const UChar *name = ucurr_getName(iso, kLanguages[i], UCURR_LONG_NAME, &choice, &length, &status);
            if (U_FAILURE(status) || (i == 0 && status == U_USING_DEFAULT_WARNING))
                die(std::string("name of ") + code + " in " + kLanguages[i], status);
            // CLDR 42 names a few new currencies (SLE) in English only: they keep that name.
            row.names[i] = status == U_USING_DEFAULT_WARNING ? row.names[0] : utf8(name, length);
        }
        rows.push_back(row);
    }
    return rows;
}

std::vector<Row> countries()
{
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *list = uregion_getAvailable(URGN_TERRITORY, &status);
    std::vector<Row> rows;
    for (const std::string &code : enumerate(list, status, "territories")) {
        if (code.size() != 2
            || std::find(std::begin(kNotIsoCountries), std::end(kNotIsoCountries), code) != std::end(kNotIsoCountries))
            continue;
        Row row { code, -1, {} };
        const std::string locale = "und_" + code;
        for (int i = 0; i < 3; ++i) {
            status = U_ZERO_ERROR;
            UChar name[256];
            const int32_t length = uloc_getDisplayCountry(locale.c_str(), kLanguages[i], name, 256, &status);
            if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING)
                die("name of " + code + " in " + kLanguages[i], status);
            row.names[i] = utf8(name, length);
            if (row.names[i] == code)
                die("no name for " + code + " in " + kLanguages[i], status);
        }
        rows.push_back(row);
    }
    return rows;
}

std::string table()
{
    UVersionInfo icu;
    u_getVersion(icu);
    char icuVersion[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu, icuVersion);
    std::ostringstream out;
    out << "// World data from CLDR through ICU " << icuVersion << ", written by core/worlddata/generate.cpp.\n"
        << "// Do not edit: `cmake --build build --target update_worlddata` refreshes the checked-in copy\n"
        << "// (core/worlddata/worlddata_table.inc), which builds without ICU use.\n"
        << "// clang-format off\n\n"
        << "// ISO 4217 code, minor digits (ISO 4217's), name in English, Spanish, Russian; by code.\n"
        << "inline constexpr WorldCurrency kWorldCurrencies[] = {\n";
    for (const Row &r : currencies()) {
        out << "    { \"" << r.code << "\", " << r.digits;
        for (const std::string &name : r.names)
            out << ", " << literal(name);
        out << " },\n";
    }
    out << "};\n\n"
        << "// ISO 3166-1 alpha-2 code, name in English, Spanish, Russian; by code.\n"
        << "inline constexpr WorldCountry kWorldCountries[] = {\n";
    for (const Row &r : countries()) {
        out << "    { \"" << r.code << '"';
        for (const std::string &name : r.names)
            out << ", " << literal(name);
        out << " },\n";
    }
    out << "};\n";
    return out.str();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "Use: pd_worlddata_generate OUTPUT_FILE\n");
        return 2;
    }
    const std::string text = table();
    u_cleanup(); // ICU's caches, so that a leak checker (PD_FUZZ builds) sees none
    std::ofstream file(argv[1], std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) {
        std::fprintf(stderr, "pd_worlddata_generate: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
