#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QSizeF>
#include <QTextDocument>
#include <functional>

class QPdfWriter;

namespace pd::ui {

// The page set-up, pagination and printing that the review and the partner statement share: an
// HTML text (QTextDocument, in the bundled fonts) laid out on pages of one paper size with a footer
// line, headings kept with what follows them and short tables never cut.
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::ReportPdf)

public:
    // Sets up `writer` (paper, margins, title) and the document on it.
    ReportPdf(QPdfWriter &writer, QPageSize::PageSizeId paper, const QString &title);

    QTextDocument &document() { return m_doc; }
    QSizeF body() const { return m_body; }

    // Moves headings, short tables and paragraphs that a page end would cut to the next page; call
    // after the document's content is complete.
    void paginate();
    // Paints every page with its footer line, footer(page, pages) counted from 1.
    void print(const std::function<QString(int page, int pages)> &footer);

    // Renders a PDF into memory with `paint` (which builds a ReportPdf on the writer); fails when
    // the bundled fonts are missing (the PDF would have no text) or nothing was written.
    static Result<QByteArray> render(const std::function<void(QPdfWriter &)> &paint, const QString &whatFailed);
    // Writes the bytes to `path` atomically: a failed or interrupted write leaves no partial file.
    static Result<void> save(const QByteArray &bytes, const QString &path);

private:
    QPdfWriter &m_writer;
    QTextDocument m_doc;
    QRectF m_page;
    qreal m_footerHeight;
    QSizeF m_body;
};

} // namespace pd::ui
