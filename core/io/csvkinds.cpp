#include "csvkinds.h"

#include "../partnerrules.h"

#include <array>
#include <utility>

namespace pd {

namespace {

constexpr std::array kKindKeys {
    std::pair { CsvKind::Partners, "partners" },
    std::pair { CsvKind::Certifications, "certifications" },
    std::pair { CsvKind::Customers, "customers" },
    std::pair { CsvKind::Moves, "moves" },
    std::pair { CsvKind::Sales, "sales" },
    std::pair { CsvKind::Events, "events" },
    std::pair { CsvKind::Scores, "scores" },
    std::pair { CsvKind::FxRates, "fxrates" },
};

constexpr int kShort = 64; // codes, keys, dates, numbers
constexpr int kName = 200;
constexpr int kEmail = 254; // RFC 5321's longest path
constexpr int kText = 2000; // notes, web addresses

CsvColumn req(const char *name, int maxLength = kShort)
{
    return CsvColumn { QString::fromLatin1(name), true, maxLength };
}

CsvColumn opt(const char *name, int maxLength = kShort)
{
    return CsvColumn { QString::fromLatin1(name), false, maxLength };
}

// Dates, amounts, quantities, rates and scores: written as they are, even when negative.
CsvColumn num(CsvColumn column)
{
    column.value = CsvValue::Number;
    return column;
}

char16_t unit(QChar c)
{
    return c.unicode();
}

// The characters that matter are ASCII, so a UTF-8 byte stands for itself.
char16_t unit(char c)
{
    return static_cast<unsigned char>(c);
}

bool startsFormula(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True when `text` is zero or more apostrophes followed by a character that starts a formula.
template<typename Text>
bool guardedByApostrophes(Text text)
{
    qsizetype i = 0;
    while (i < text.size() && unit(text[i]) == u'\'')
        ++i;
    return i < text.size() && startsFormula(unit(text[i]));
}

} // namespace

QString csvKindKey(CsvKind kind)
{
    for (const auto &[k, key] : kKindKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<CsvKind> csvKindFromKey(const QString &key)
{
    for (const auto &[k, text] : kKindKeys) {
        if (key == QLatin1StringView(text))
            return k;
    }
    return std::nullopt;
}

QString csvEscapeText(const QString &value)
{
    return guardedByApostrophes(QStringView(value)) ? u'\'' + value : value;
}

bool csvNeedsFormulaGuard(QByteArrayView utf8)
{
    return guardedByApostrophes(utf8);
}

QString csvUnescapeText(const QString &cell)
{
    return cell.startsWith(u'\'') && guardedByApostrophes(QStringView(cell)) ? cell.mid(1) : cell;
}

QList<CsvKind> csvKinds()
{
    QList<CsvKind> out;
    for (const auto &entry : kKindKeys)
        out << entry.first;
    return out;
}

QStringList csvKindKeys()
{
    QStringList out;
    for (const auto &entry : kKindKeys)
        out << QString::fromLatin1(entry.second);
    return out;
}

bool csvKindUpdatable(CsvKind kind)
{
    return kind == CsvKind::Partners || kind == CsvKind::Customers;
}

// The order here is the column order of the row handlers in importhandlers.h: keep them together.
QList<CsvColumn> csvColumns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Partners:
        // The limits of the profile's rules (partnerrules.h), so that a file holds what the window may.
        return { req("code", kMaxPartnerCode), req("name", kMaxPartnerName), req("country"),
                 opt("region", kMaxPartnerText), req("category"), opt("subcategory"), req("program"), req("tier"),
                 num(req("tier_since")), num(req("joined_on")), opt("territory", kMaxPartnerText), opt("brand", kName),
                 opt("website", kText), opt("owner", kMaxPartnerName),
                 num(opt("row_version")) };
    case CsvKind::Certifications:
        return { req("partner"), req("staff_name", kName), opt("staff_email", kEmail), req("role"),
                 req("certificate", kName), num(req("passed_on")), num(opt("expires_on")) };
    case CsvKind::Customers:
        return { req("code"), req("partner"), req("name", kName), opt("country") };
    case CsvKind::Sales:
        return { num(req("date")), req("partner"), req("customer"), req("product_line"), num(req("unit_price")),
                 req("currency"), num(req("quantity")), opt("renewal"), opt("reference"), opt("returns") };
    case CsvKind::Events:
        return { req("partner"), req("kind"), num(req("date")), opt("note", kText) };
    case CsvKind::Scores:
        return { req("partner"), req("metric"), num(req("date")), num(req("value")) };
    case CsvKind::FxRates:
        return { num(req("date")), req("base"), req("quote"), num(req("rate")) };
    case CsvKind::Moves:
        return { req("customer"), req("from_partner"), req("to_partner"), num(req("moved_on")), req("reason", kText),
                 req("moved_by", kName) };
    }
    return {};
}

QStringList csvColumnNames(CsvKind kind)
{
    QStringList out;
    for (const CsvColumn &c : csvColumns(kind))
        out << c.name;
    return out;
}

} // namespace pd
