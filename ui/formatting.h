#pragma once

#include "money.h"

#include <QDate>
#include <QString>

namespace pd::ui {

// Display formats of the window, all in the user's locale (QLocale()).
QString formatDate(const QDate &date); // the locale's order, four-digit year (core's displayDate)
QString formatMoney(const Money &money);
QString formatMoney(qint64 minor, const QString &currency);
QString formatNumber(qint64 value); // grouped as core's groupedNumber() does
QString formatPercentBp(qint64 basisPoints); // 1250 -> "12.5%" (en), "12,5 %" (es, ru)
// What follows the number in a percentage, for spin boxes: "%" (en), " %" (es, ru).
QString formatPercentSuffix();
QString formatPercentRangeBp(qint64 minBp, qint64 maxBp); // "10%–15%" (en), "10 %–15 %" (es, ru)

} // namespace pd::ui
