#include "reportpdf.h"

#include "reportfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

namespace pd::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kResolution = 300; // of the PDF's coordinate system; the output stays vector

QString styleSheet()
{
    return u"body { color: #222; }"
           "h1 { font-size: 20pt; font-weight: bold; color: #1f3b5c; margin-top: 4px; margin-bottom: 12px; }"
           "h2 { font-size: 13pt; font-weight: bold; color: #1f3b5c; margin-top: 16px; margin-bottom: 6px; }"
           "h3 { font-size: 10.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }"
           "p { margin-top: 2px; margin-bottom: 4px; }"
           "p.kicker { font-size: 11pt; color: #4e79a7; font-weight: bold; }"
           "p.note { font-size: 8pt; color: #555; }"
           "p.warn { font-size: 8.5pt; color: #b23b3b; }"
           "td.label { color: #555; }"
           "table.grid { border-collapse: collapse; border: 1px solid #c8ced6; }"
           "table.grid td { border: 1px solid #c8ced6; }"
           "table.grid th { border: 1px solid #c8ced6; background-color: #e8edf3; text-align: left; font-weight: bold; }"
           "td.num { text-align: right; white-space: nowrap; }"
           "td.nowrap { white-space: nowrap; }"
           "td.linenote { color: #555; }"
           "table.lines td { font-size: 8pt; }"
           "table.lines th { font-size: 8pt; }"_s;
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

// The block a page break before `block` should go to: the headings directly above it go along.
QTextBlock withHeadings(QTextBlock block)
{
    for (QTextBlock previous = block.previous(); previous.isValid() && previous.blockFormat().headingLevel() > 0;
         previous = previous.previous())
        block = previous;
    return block;
}

bool breakBefore(QTextBlock block)
{
    QTextBlockFormat format = block.blockFormat();
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
    return true;
}

// QTextDocument breaks pages line by line, also inside table cells: a heading can end a page and
// a table row be cut in two. One pass moves the first offender to the next page: a table that fits
// on one page together with the headings above it, a heading together with what follows it, a
// paragraph or list item whole, or the chart together with its heading and note. Returns false
// when nothing had to move.
bool keepTogether(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QRectF box = layout->frameBoundingRect(table);
        if (box.height() >= pageHeight * 0.8 || pageOf(box.top(), pageHeight) == pageOf(box.bottom() - 1, pageHeight))
            continue;
        const QTextBlock before = doc.findBlock(table->firstPosition() - 1);
        if (before.isValid() && before.blockFormat().headingLevel() > 0 && breakBefore(withHeadings(before)))
            return true;
        if (table->firstPosition() > 1) {
            // No heading above: the table itself starts the next page.
            QTextFrameFormat format = table->frameFormat();
            if (!(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFrameFormat(format);
                return true;
            }
        }
    }
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentTable())
            continue;
        const bool heading = block.blockFormat().headingLevel() > 0;
        const bool chart = block.text().contains(QChar::ObjectReplacementCharacter);
        if (!heading && !chart) {
            // A paragraph or list item cut by the page end: the layout draws all its lines on
            // both pages, the clip hiding them, so the PDF would hold hidden copies of the text.
            const QRectF box = layout->blockBoundingRect(block);
            if (box.height() < pageHeight / 2 && pageOf(box.top(), pageHeight) != pageOf(box.bottom() - 1, pageHeight)
                && breakBefore(withHeadings(block)))
                return true;
            continue;
        }
        QTextBlock next = block.next();
        if (heading) {
            // A heading's content: the next block outside a table, or the table that follows.
            while (next.isValid() && next.blockFormat().headingLevel() > 0)
                next = next.next();
            if (!next.isValid())
                continue;
        }
        QTextBlock anchor = block;
        qreal followingTop = 0;
        if (chart) {
            // The chart goes with the heading and note two blocks above it.
            const QTextBlock note = block.previous();
            if (!note.isValid() || !note.previous().isValid())
                continue;
            followingTop = layout->blockBoundingRect(block).top();
            anchor = note.previous();
            if (anchor.blockFormat().headingLevel() == 0)
                continue;
        } else if (QTextTable *table = QTextCursor(next).currentTable()) {
            followingTop = layout->frameBoundingRect(table).top() + 1;
        } else {
            followingTop = layout->blockBoundingRect(next).top();
        }
        const qreal headingTop = layout->blockBoundingRect(anchor).top();
        if (pageOf(headingTop, pageHeight) != pageOf(followingTop, pageHeight) && breakBefore(withHeadings(anchor)))
            return true;
    }
    return false;
}

} // namespace

ReportPdf::ReportPdf(QPdfWriter &writer, QPageSize::PageSizeId paper, const QString &title)
    : m_writer(writer)
{
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(paper));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(u"PartnerDesk"_s);

    m_page = writer.pageLayout().paintRectPixels(kResolution);
    m_footerHeight = kResolution * 0.3;
    m_body = QSizeF(m_page.width(), m_page.height() - m_footerHeight);

    m_doc.setUndoRedoEnabled(false);
    m_doc.documentLayout()->setPaintDevice(&writer);
    m_doc.setDefaultFont(reportFont(9.5));
    m_doc.setDefaultStyleSheet(styleSheet());
    m_doc.setPageSize(m_body); // paginates the layout (and keeps Qt from adding its page numbers)
    m_doc.setDocumentMargin(0);
}

void ReportPdf::paginate()
{
    // Each pass moves one block and lays out the rest again; a report needs a handful at most.
    for (int pass = 0; pass < 12; ++pass) {
        if (!keepTogether(m_doc, m_body.height()))
            break;
    }
}

void ReportPdf::print(const std::function<QString(int page, int pages)> &footer)
{
    QPainter painter(&m_writer);
    const int pages = m_doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            m_writer.newPage();
        painter.save();
        painter.translate(0, -i * m_body.height());
        m_doc.drawContents(&painter, QRectF(QPointF(0, i * m_body.height()), m_body));
        painter.restore();
        painter.setFont(reportFont(7.5));
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(QRectF(0, m_page.height() - m_footerHeight * 0.8, m_page.width(), m_footerHeight * 0.8),
                         Qt::AlignRight | Qt::AlignBottom, footer(i + 1, pages));
    }
    painter.end();
}

Result<QByteArray> ReportPdf::render(const std::function<void(QPdfWriter &)> &paint, const QString &whatFailed)
{
    if (reportFontFamily().isEmpty())
        return fail(Error::Code::Storage, tr("The bundled fonts could not be loaded."));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        paint(writer);
    }
    if (bytes.isEmpty())
        return fail(Error::Code::Storage, whatFailed);
    return bytes;
}

Result<void> ReportPdf::save(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Code::Storage, tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pd::ui
