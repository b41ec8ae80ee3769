#pragma once
// The HTML pieces the review and the partner statement are written with (QTextDocument's subset).

#include <QList>
#include <QString>
#include <QStringList>

namespace pd::ui::reporthtml {

inline QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

inline QString cell(const QString &text, const QString &attributes = {})
{
    return QStringLiteral("<td") + (attributes.isEmpty() ? QString() : QStringLiteral(" ") + attributes)
        + QStringLiteral(">") + text + QStringLiteral("</td>");
}

// In a <thead>, so a table split over two pages repeats its header. `widths`: the columns' shares
// of the table in percent (none: the layout decides), so long words are not broken in narrow ones.
inline QString headerRow(const QStringList &titles, const QList<int> &widths = {})
{
    QString row = QStringLiteral("<thead><tr class='head'>");
    for (qsizetype i = 0; i < titles.size(); ++i) {
        row += (i < widths.size() ? QStringLiteral("<th width='%1%'>").arg(widths.at(i)) : QStringLiteral("<th>"))
            + esc(titles.at(i)) + QStringLiteral("</th>");
    }
    return row + QStringLiteral("</tr></thead>");
}

inline QString table(const QString &rows, const QString &cssClass = QStringLiteral("grid"))
{
    return QStringLiteral("<table class='") + cssClass + QStringLiteral("' width='100%' cellspacing='0' cellpadding='4'>")
        + rows + QStringLiteral("</table>");
}

} // namespace pd::ui::reporthtml
