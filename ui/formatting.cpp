#include "formatting.h"

#include <QLocale>

namespace pd::ui {

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString formatMoney(const Money &money)
{
    return money.display(QLocale());
}

QString formatMoney(qint64 minor, const QString &currency)
{
    return Money { minor, currency }.display(QLocale());
}

QString formatNumber(qint64 value)
{
    return QLocale().toString(value);
}

QString formatPercentBp(qint64 basisPoints)
{
    const QLocale locale;
    return QStringLiteral("%1 %").arg(locale.toString(double(basisPoints) / 100.0, 'g', 6));
}

} // namespace pd::ui
