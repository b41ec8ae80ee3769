#include "dates.h"

#include <QLocale>
#include <QRegularExpression>

namespace pd {

DateWindow DateWindow::trailingMonths(const QDate &asOf, int months)
{
    return DateWindow { asOf.addMonths(-months), asOf };
}

DateWindow DateWindow::previous() const
{
    const int months = (until.year() - after.year()) * 12 + until.month() - after.month();
    return DateWindow { after.addMonths(-months), after };
}

std::optional<Quarter> Quarter::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return Quarter { m.captured(1).toInt(), m.captured(2).toInt() };
}

Quarter Quarter::containing(const QDate &d)
{
    return Quarter { d.year(), (d.month() - 1) / 3 + 1 };
}

QDate Quarter::first() const
{
    return QDate(year, (number - 1) * 3 + 1, 1);
}

QDate Quarter::last() const
{
    return first().addMonths(3).addDays(-1);
}

Quarter Quarter::previous() const
{
    return number == 1 ? Quarter { year - 1, 4 } : Quarter { year, number - 1 };
}

QString Quarter::text() const
{
    return QStringLiteral("%1-Q%2").arg(year).arg(number);
}

QDate parseIsoDate(const QString &text)
{
    // The common shape (ASCII digits, nothing to trim) without a regular expression: a
    // million-line import parses a date per line.
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        int value[3] = { 0, 0, 0 };
        bool digits = true;
        for (qsizetype i = 0; i < 10 && digits; ++i) {
            if (i == 4 || i == 7)
                continue;
            const char16_t c = text.at(i).unicode();
            digits = c >= u'0' && c <= u'9';
            int &v = value[i < 4 ? 0 : i < 7 ? 1 : 2];
            v = v * 10 + (c - u'0');
        }
        if (digits)
            return QDate(value[0], value[1], value[2]);
    }
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    if (!re.match(t).hasMatch())
        return {};
    return QDate::fromString(t, Qt::ISODate);
}

QString isoDate(const QDate &d)
{
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 1 || year > 9999)
        return d.toString(Qt::ISODate);
    // The same text as QDate::toString(Qt::ISODate), which is slow enough to show in a
    // million-row import.
    const auto digit = [](int v) { return QChar(char16_t(u'0' + v % 10)); };
    const QChar text[10] = { digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), u'-',
                             digit(month / 10),  digit(month),      u'-',            digit(day / 10), digit(day) };
    return QString(text, 10);
}

QString displayDate(const QDate &d, const QLocale &locale)
{
    if (!d.isValid())
        return QString();
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Short formats of some locales have two-digit years ("3/31/26"); a year must not be guessed.
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(d, format);
}

} // namespace pd
