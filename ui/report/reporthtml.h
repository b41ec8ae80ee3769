#pragma once
// The HTML pieces the review and the partner statement are written with (QTextDocument's subset).

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

// In a <thead>, so a table split over two pages repeats its header.
inline QString headerRow(const QStringList &titles)
{
    QString row = QStringLiteral("<thead><tr class='head'>");
    for (const QString &t : titles)
        row += QStringLiteral("<th>") + esc(t) + QStringLiteral("</th>");
    return row + QStringLiteral("</tr></thead>");
}

inline QString table(const QString &rows, const QString &cssClass = QStringLiteral("grid"))
{
    return QStringLiteral("<table class='") + cssClass + QStringLiteral("' width='100%' cellspacing='0' cellpadding='4'>")
        + rows + QStringLiteral("</table>");
}

} // namespace pd::ui::reporthtml
