#include "money.h"

#include "translations.h"
#include "worlddata/worlddata.h"

#include <QLocale>
#include <QRegularExpression>
#include <QtNumeric>
#include <algorithm>
#include <cmath>
#include <optional>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Money)
};

// |v| without overflow for the smallest qint64 (a damaged stored amount may hold it).
quint64 magnitude(qint64 v)
{
    return v < 0 ? 0 - quint64(v) : quint64(v);
}

qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

// An amount split into its parts: the sign, the whole digits and the fraction digits.
struct AmountParts {
    bool negative = false;
    QStringView whole;
    QStringView fraction; // empty when there is none
};

// The common case of a large import, "-1234.56" in ASCII digits, without the regular expression.
// Anything else (other scripts' digits, mistakes) is left to the expression and its messages.
std::optional<AmountParts> asciiAmount(QStringView text)
{
    const auto digitsFrom = [text](qsizetype from) {
        while (from < text.size() && text[from] >= u'0' && text[from] <= u'9')
            ++from;
        return from;
    };
    AmountParts parts;
    parts.negative = text.startsWith(u'-');
    const qsizetype begin = parts.negative ? 1 : 0;
    const qsizetype wholeEnd = digitsFrom(begin);
    if (wholeEnd == begin || wholeEnd - begin > 15)
        return std::nullopt;
    parts.whole = text.sliced(begin, wholeEnd - begin);
    if (wholeEnd == text.size())
        return parts;
    if (text[wholeEnd] != u'.' && text[wholeEnd] != u',')
        return std::nullopt;
    if (digitsFrom(wholeEnd + 1) != text.size() || wholeEnd + 1 == text.size())
        return std::nullopt;
    parts.fraction = text.sliced(wholeEnd + 1);
    return parts;
}

} // namespace

Result<Currency> Currency::find(const QString &code)
{
    if (const int digits = world::currencyDigits(code); digits >= 0)
        return Currency { code, digits };
    return fail(Error::Code::InvalidInput,
                Tr::tr("unknown currency \"%1\" (expected an ISO 4217 code such as USD, EUR, RUB)").arg(code));
}

QStringList Currency::codes()
{
    return world::currencyCodes();
}

Result<Money> Money::parse(const QString &amount, const QString &currency)
{
    const auto cur = Currency::find(currency.trimmed().toUpper());
    if (!cur)
        return std::unexpected(cur.error());
    return parse(amount, *cur);
}

Result<Money> Money::parse(const QString &amount, const Currency &currency)
{
    const Currency *cur = &currency;
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,15})(?:[.,](\\d+))?$"));
    const QString text = amount.trimmed();
    QRegularExpressionMatch m; // owns what `parts` views when the expression is used
    AmountParts parts;
    if (const auto ascii = asciiAmount(text)) {
        parts = *ascii;
    } else {
        m = re.match(text);
        if (!m.hasMatch())
            return fail(Error::Code::InvalidInput, Tr::tr("\"%1\" is not an amount").arg(text));
        parts = AmountParts { !m.capturedView(1).isEmpty(), m.capturedView(2), m.capturedView(3) };
    }
    const QStringView frac = parts.fraction;
    if (frac.size() > cur->digits)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("\"%1\" has more decimals than %2 allows (%3)").arg(text, cur->code).arg(cur->digits));
    qint64 minor = parts.whole.toLongLong() * pow10(cur->digits);
    if (!frac.isEmpty())
        minor += frac.toLongLong() * pow10(cur->digits - int(frac.size()));
    if (minor > kMaxMinor) // at most 15 whole digits and 2 decimals: no overflow before this
        return std::unexpected(amountOutOfRange(u'"' + text + u'"', cur->code));
    if (parts.negative)
        minor = -minor;
    return Money { minor, cur->code };
}

int Money::digits() const
{
    const auto cur = Currency::find(currency);
    return cur ? cur->digits : 2;
}

QString Money::plainText() const
{
    char text[kPlainAmountMax];
    return QString::fromLatin1(text, plainAmount(minor, digits(), text));
}

int plainAmount(qint64 minor, int digits, char (&out)[kPlainAmountMax])
{
    // Written backwards: the currency's decimals, the point, the whole part, the sign.
    char reversed[kPlainAmountMax];
    int n = 0;
    quint64 rest = magnitude(minor);
    const int decimals = std::min(digits, kPlainAmountMax - 22); // room for 20 digits, point and sign
    for (int i = 0; i < decimals; ++i, rest /= 10)
        reversed[n++] = char('0' + rest % 10);
    if (decimals > 0)
        reversed[n++] = '.';
    do {
        reversed[n++] = char('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    if (minor < 0)
        reversed[n++] = '-';
    for (int i = 0; i < n; ++i)
        out[i] = reversed[n - 1 - i];
    return n;
}

QString groupedNumber(qint64 value, const QLocale &locale)
{
    // By hand, because Qt 6.4 groups Spanish wrongly ("1200.000"); Spanish (CLDR) leaves
    // four-digit numbers ungrouped.
    const QString digits = QString::number(magnitude(value));
    const int minimumToGroup = locale.language() == QLocale::Spanish ? 5 : 4;
    QString out;
    if (digits.size() < minimumToGroup || locale.numberOptions().testFlag(QLocale::OmitGroupSeparator)) {
        out = digits;
    } else {
        for (qsizetype i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0)
                out += locale.groupSeparator();
            out += digits.at(i);
        }
    }
    return value < 0 ? locale.negativeSign() + out : out;
}

QString hundredthsDisplay(qint64 hundredths, const QLocale &locale)
{
    const quint64 a = magnitude(hundredths);
    QString s = groupedNumber(qint64(a / 100), locale);
    if (const qint64 f = qint64(a % 100); f != 0)
        s += locale.decimalPoint() + (f % 10 == 0 ? QString::number(f / 10) : QStringLiteral("%1").arg(f, 2, 10, QLatin1Char('0')));
    return hundredths < 0 ? locale.negativeSign() + s : s;
}

QString percentDisplay(qint64 basisPoints, const QLocale &locale, bool plusSign)
{
    QString s = hundredthsDisplay(basisPoints, locale);
    if (plusSign && basisPoints > 0)
        s.prepend(locale.positiveSign());
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    return s + (english ? QStringLiteral("%") : QStringLiteral("\u00A0%"));
}

QString percentRangeDisplay(qint64 minBp, qint64 maxBp, const QLocale &locale)
{
    return percentDisplay(minBp, locale) + u'\u2013' + percentDisplay(maxBp, locale);
}

namespace {

struct CurrencySign {
    QString text; // with its no-break space where the language puts one
    bool before = false;
};

// The currency as a reader of the language writes it (CLDR): the symbol where it is unambiguous
// in that language, else the ISO code; before the number in English, after it in Spanish and
// Russian. Spanish readers in the Americas call many currencies "$": the US dollar is "US$" there.
CurrencySign currencySign(const QString &iso, QLocale::Language language)
{
    if (language == QLocale::English || language == QLocale::C) {
        if (iso == u"USD")
            return { QStringLiteral("$"), true };
        if (iso == u"EUR")
            return { QStringLiteral("\u20AC"), true };
        if (iso == u"GBP")
            return { QStringLiteral("\u00A3"), true };
        return { iso + u'\u00A0', true };
    }
    if (iso == u"EUR")
        return { QStringLiteral("\u00A0\u20AC"), false };
    if (iso == u"GBP")
        return { QStringLiteral("\u00A0\u00A3"), false };
    if (iso == u"USD")
        return { language == QLocale::Russian ? QStringLiteral("\u00A0$") : QStringLiteral("\u00A0US$"), false };
    if (iso == u"RUB" && language == QLocale::Russian)
        return { QStringLiteral("\u00A0\u20BD"), false };
    return { u'\u00A0' + iso, false };
}

} // namespace

QString Money::display(const QLocale &locale) const
{
    const int d = digits();
    const qint64 scale = pow10(d);
    const quint64 absMinor = magnitude(minor);
    QString number = groupedNumber(qint64(absMinor / quint64(scale)), locale);
    if (d > 0)
        number += locale.decimalPoint() + QStringLiteral("%1").arg(absMinor % quint64(scale), d, 10, QLatin1Char('0'));
    const CurrencySign sign = currencySign(currency, locale.language());
    const QString negative = minor < 0 ? locale.negativeSign() : QString();
    return sign.before ? negative + sign.text + number : negative + number + sign.text;
}

QString Money::display() const
{
    return display(formattingLocale());
}

Result<Rate> Rate::parsePercent(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return fail(Error::Code::InvalidInput,
                    Tr::tr("\"%1\" is not a percentage with at most two decimals").arg(text.trimmed()));
    int bp = m.captured(1).toInt() * 100;
    const QString frac = m.captured(2);
    if (!frac.isEmpty())
        bp += frac.size() == 1 ? frac.toInt() * 10 : frac.toInt();
    if (bp > 100 * 100)
        return fail(Error::Code::InvalidInput, Tr::tr("%1 is more than %2")
                                                   .arg(percentDisplay(bp, formattingLocale()),
                                                        percentDisplay(100 * 100, formattingLocale())));
    return Rate { bp };
}

QString Rate::percentText() const
{
    QString s = QString::number(bp / 100);
    if (const int f = bp % 100; f != 0)
        s += u'.' + (f % 10 == 0 ? QString::number(f / 10) : QStringLiteral("%1").arg(f, 2, 10, QLatin1Char('0')));
    return s;
}

std::optional<qint64> checkedMul(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qMulOverflow(a, b, &r))
        return std::nullopt;
    return r;
}

std::optional<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qAddOverflow(a, b, &r))
        return std::nullopt;
    return r;
}

std::optional<qint64> mulDivRounded(qint64 value, qint64 mul, qint64 div)
{
    Q_ASSERT(div > 0);
    const qint64 q = value / div; // truncates toward zero
    const qint64 r = value % div; // same sign as value
    const auto part = checkedMul(r, mul);
    const auto whole = checkedMul(q, mul);
    if (!part || !whole)
        return std::nullopt;
    qint64 rounded = *part / div;
    const qint64 rest = *part % div;
    // 2 * |rest| < 2 * div; compared as rest >= div - rest to stay in range
    if ((rest < 0 ? -rest : rest) >= div - (rest < 0 ? -rest : rest))
        rounded += *part < 0 ? -1 : 1; // halves away from zero
    return checkedAdd(*whole, rounded);
}

qint64 changeBp(qint64 now, qint64 before)
{
    Q_ASSERT(before > 0 && inMoneyRange(now) && inMoneyRange(before));
    if (const auto exact = mulDivRounded(now - before, 10000, before))
        return *exact;
    // Only a `before` above 9.2 * 10^14 gets here; long double keeps 64 bits of mantissa.
    return std::llround(static_cast<long double>(now - before) * 10000 / before);
}

Error amountOutOfRange(const QString &what, const QString &currency)
{
    return Error { Error::Code::InvalidInput,
                   Tr::tr("%1 is beyond the largest amount PartnerDesk handles (%2 %3)")
                       .arg(what, Money { kMaxMinor, currency }.plainText(), currency) };
}

Result<Money> multiplied(const Money &unit, qint64 count)
{
    const auto r = checkedMul(unit.minor, count);
    if (!r || !inMoneyRange(*r))
        return std::unexpected(amountOutOfRange(QStringLiteral("%1 \u00D7 %2").arg(unit.plainText()).arg(count), unit.currency));
    return Money { *r, unit.currency };
}

Result<Money> applyRate(const Money &amount, Rate rate)
{
    const auto r = mulDivRounded(amount.minor, rate.bp, 10000);
    if (!r || !inMoneyRange(*r))
        return std::unexpected(amountOutOfRange(QStringLiteral("%1 \u00D7 %2%").arg(amount.plainText(), rate.percentText()),
                                                amount.currency));
    return Money { *r, amount.currency };
}

Result<Money> afterDiscount(const Money &list, Rate discount)
{
    const auto off = applyRate(list, discount);
    if (!off)
        return off;
    return sum(list, Money { -off->minor, list.currency });
}

Result<Money> sum(const Money &a, const Money &b)
{
    Q_ASSERT(a.currency == b.currency);
    const auto r = checkedAdd(a.minor, b.minor);
    if (!r || !inMoneyRange(*r))
        return std::unexpected(amountOutOfRange(QStringLiteral("%1 + %2").arg(a.plainText(), b.plainText()), a.currency));
    return Money { *r, a.currency };
}

} // namespace pd
