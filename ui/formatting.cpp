#include "formatting.h"

#include "dates.h"
#include "translations.h"

#include <QLocale>

namespace pd::ui {

QString formatDate(const QDate &date)
{
    return displayDate(date, formattingLocale());
}

QString formatMoney(const Money &money)
{
    return money.display(formattingLocale());
}

QString formatMoney(qint64 minor, const QString &currency)
{
    return Money { minor, currency }.display(formattingLocale());
}

QString formatNumber(qint64 value)
{
    return groupedNumber(value, formattingLocale()); // Qt 6.4 groups Spanish wrongly
}

QString formatPercentBp(qint64 basisPoints)
{
    return percentDisplay(basisPoints, formattingLocale());
}

QString formatPercentRangeBp(qint64 minBp, qint64 maxBp)
{
    return percentRangeDisplay(minBp, maxBp, formattingLocale());
}

QString formatPercentSuffix()
{
    return formatPercentBp(0).remove(formattingLocale().zeroDigit());
}

} // namespace pd::ui
