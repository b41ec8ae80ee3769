#pragma once

#include "qbrdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPicture>
#include <functional>

namespace pd::ui {

// Renders a quarterly business review into a PDF: the text through QTextDocument (selectable,
// searchable, in the bundled DejaVu fonts) and the revenue chart as vector graphics inside the
// text flow. Safe to call from worker threads (charts are painted one at a time).
class QbrWriter {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::QbrWriter)

public:
    // A4, or US Letter where the locale measures in US units.
    static QPageSize::PageSizeId defaultPaper(const QLocale &locale);

    // Paints the revenue chart into a picture (vector). Qt Charts lives on QGraphicsScene, which
    // belongs to the GUI thread: workers pass a function that has the GUI thread paint it.
    using ChartPainter = std::function<QPicture(const QuarterlyRevenueData &)>;
    static QPicture paintChart(const QuarterlyRevenueData &data); // on the GUI thread only
    static QSizeF chartSize();

    static Result<void> write(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper,
                              const QString &path, const ChartPainter &chart = paintChart);
    // The same into memory (tests, previews).
    static Result<QByteArray> render(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper,
                                     const ChartPainter &chart = paintChart);
};

} // namespace pd::ui
