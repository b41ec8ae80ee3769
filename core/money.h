#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>
#include <optional>

QT_BEGIN_NAMESPACE
class QLocale;
QT_END_NAMESPACE

namespace pd {

// An ISO 4217 currency in use, with the number of digits of its minor unit (ISO 4217's: see
// worlddata/worlddata.h). find() refuses any other code.
struct Currency {
    QString code;
    int digits = 2;
    static Result<Currency> find(const QString &code);
    static QStringList codes();
};

// The largest amount PartnerDesk reads, stores or computes, in minor units of either sign:
// 10^15 - 1, so 9,999,999,999,999.99 in a currency of two decimals (999,999,999,999,999 yen).
// qint64 holds about 9,223 such amounts, so products and sums are computed exactly and then
// checked against this bound; a result beyond it is an error, never a wrapped number.
inline constexpr qint64 kMaxMinor = 999'999'999'999'999;
constexpr bool inMoneyRange(qint64 minor)
{
    return minor >= -kMaxMinor && minor <= kMaxMinor;
}

// An amount of money: an exact integer count of minor units (cents, kopecks) and its currency.
// Amounts of different currencies are never combined: see ExchangeRates for conversion.
struct Money {
    qint64 minor = 0;
    QString currency;

    // Refuses text that is not an amount and amounts beyond kMaxMinor.
    static Result<Money> parse(const QString &amount, const QString &currency);
    // The same with the currency found already (bulk reads; the result shares its code).
    static Result<Money> parse(const QString &amount, const Currency &currency);
    // "1234.50" style decimal text with exactly the currency's digits, no grouping.
    QString plainText() const;
    // Grouped in the given locale, with the currency as a reader of its language writes it:
    // "$1,234.50", "RUB 1,234.50" (en); "1.234,50 €", "1234,50 RUB" (es); "1 234,50 ₽" (ru).
    // The symbol only where it is unambiguous in the language, else the ISO code. For people,
    // never for files: those take plainText() and the code.
    QString display(const QLocale &locale) const;
    QString display() const;
    int digits() const;

    friend bool operator==(const Money &, const Money &) = default;
};

// Money::plainText() of `minor` units in a currency of `digits` decimals, as ASCII: the bulk
// exports write it without a QString. Returns the text's length in `out`.
inline constexpr int kPlainAmountMax = 32;
int plainAmount(qint64 minor, int digits, char (&out)[kPlainAmountMax]);

// A whole number grouped in thousands as the locale does (see display()).
QString groupedNumber(qint64 value, const QLocale &locale);

// A number given in hundredths as the locale writes it, without trailing zeros: 500 -> "5",
// 1250 -> "12.5" (en), "12,5" (es, ru); 120000 -> "1,200" (en), "1200" (es). What percentDisplay
// writes before its percent sign.
QString hundredthsDisplay(qint64 hundredths, const QLocale &locale);

// A percentage given in basis points as the locale writes it (CLDR): "12.5%", "1,200%" (en);
// "12,5 %", "1200 %" (es); "12,5 %" (ru). With `plusSign`, a positive value takes the locale's
// plus sign (a change: "+4.5%").
QString percentDisplay(qint64 basisPoints, const QLocale &locale, bool plusSign = false);
// A range of percentages: "10%–15%" (en), "10 %–15 %" (es, ru).
QString percentRangeDisplay(qint64 minBp, qint64 maxBp, const QLocale &locale);

// An exact rate in basis points (1 bp = 0.01 %), so 12.5 % is 1250.
struct Rate {
    qint32 bp = 0;
    static Result<Rate> parsePercent(const QString &text);
    static Rate percent(int whole) { return Rate { whole * 100 }; }
    QString percentText() const; // "12.5", "30"
    friend auto operator<=>(const Rate &, const Rate &) = default;
};

// Checked arithmetic on qint64: nullopt when the exact result does not fit.
std::optional<qint64> checkedMul(qint64 a, qint64 b);
std::optional<qint64> checkedAdd(qint64 a, qint64 b);

// Rounding rule (stated once, used everywhere): a product of money and a rate, or a conversion,
// is rounded to the nearest minor unit, halves away from zero (0.5 cent -> 1 cent,
// -0.5 cent -> -1 cent). Each sale line is rounded on its own; totals are sums of rounded lines.
// mulDivRounded computes value * mul / div exactly (div > 0), without a 128-bit type (MSVC has
// none); nullopt when value * mul / div or |value % div * mul| does not fit in qint64.
std::optional<qint64> mulDivRounded(qint64 value, qint64 mul, qint64 div);

// The change from `before` to `now` in basis points of `before` (> 0), both within kMaxMinor.
qint64 changeBp(qint64 now, qint64 before);

// Money arithmetic, every result checked against kMaxMinor; an error says what did not fit.
Result<Money> multiplied(const Money &unit, qint64 count); // a unit price × a quantity
Result<Money> applyRate(const Money &amount, Rate rate);
Result<Money> sum(const Money &a, const Money &b); // same currency
Result<Money> afterDiscount(const Money &list, Rate discount); // list less list × discount
// The error of an amount beyond kMaxMinor; `what` names it ("2 × 9999999999999.99").
Error amountOutOfRange(const QString &what, const QString &currency);

} // namespace pd
