#pragma once

#include "qbrdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPicture>

namespace pd::ui {

// Renders a quarterly business review into a PDF: the text through QTextDocument (selectable,
// searchable, in the bundled DejaVu fonts) and the revenue chart as vector graphics inside the
// text flow. Needs no widgets; safe to call from worker threads.
class QbrWriter {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::QbrWriter)

public:
    // A4, or US Letter where the locale measures in US units.
    static QPageSize::PageSizeId defaultPaper(const QLocale &locale);

    // Paints the revenue chart into a picture (vector), with QPainter alone (chartpainter.h).
    static QPicture paintChart(const QuarterlyRevenueData &data);
    static QSizeF chartSize();

    static Result<void> write(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper,
                              const QString &path);
    // The same into memory (tests, previews).
    static Result<QByteArray> render(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper);
};

} // namespace pd::ui
