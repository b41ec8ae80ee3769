#include "formatting.h"

#include "translations.h"

#include <QLocale>

namespace pd::ui {

QString formatDate(const QDate &date)
{
    return date.isValid() ? formattingLocale().toString(date, QLocale::ShortFormat) : QString();
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
    const QLocale locale = formattingLocale();
    return QStringLiteral("%1 %").arg(locale.toString(double(basisPoints) / 100.0, 'g', 6));
}

} // namespace pd::ui
