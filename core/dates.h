#pragma once

#include <QDate>
#include <QString>
#include <optional>

QT_BEGIN_NAMESPACE
class QLocale;
QT_END_NAMESPACE

namespace pd {

// A half-open date window (from, to]: "the trailing 12 months as of D" is (D - 12 months, D].
struct DateWindow {
    QDate after;  // exclusive
    QDate until;  // inclusive
    static DateWindow trailingMonths(const QDate &asOf, int months);
    DateWindow previous() const; // the window of the same length just before this one
    bool contains(const QDate &d) const { return d > after && d <= until; }
};

struct Quarter {
    int year = 0;
    int number = 0; // 1..4
    static std::optional<Quarter> parse(const QString &text); // "2026-Q3"
    static Quarter containing(const QDate &d);
    QDate first() const;
    QDate last() const;
    Quarter previous() const;
    QString text() const; // "2026-Q3"
};

// ISO 8601 calendar date "YYYY-MM-DD" only; anything else is invalid.
QDate parseIsoDate(const QString &text);
QString isoDate(const QDate &d);

// A date for people: the locale's short format (its order and separators) with a four-digit
// year, "3/31/2026" (en), "31/3/2026" (es), "31.03.2026" (ru); empty for an invalid date.
QString displayDate(const QDate &d, const QLocale &locale);

} // namespace pd
