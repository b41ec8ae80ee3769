#include "qbrwriter.h"

#include "charts/chartbuilder.h"
#include "charts/chartrender.h"
#include "qbrhtml.h"
#include "reportfonts.h"

#include <QAbstractAxis>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>
#include <memory>

namespace pd::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kResolution = 300;  // of the PDF's coordinate system; the output stays vector
const QSizeF kChartLogical(760, 360); // the chart's own layout size, scaled into the page

// Draws the revenue chart (a recorded picture, so vector in the PDF) where the document holds its
// object character.
class ChartObject final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const QPicture &picture, qreal width)
        : m_picture(picture)
        , m_width(width)
    {
    }
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override
    {
        return QSizeF(m_width, m_width * kChartLogical.height() / kChartLogical.width());
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override
    {
        // The layout also draws the block when only its top margin reaches into the page before
        // the chart's; the picture replaces the painter's clip with its own, so it would print
        // below that page's footer. It is drawn on the page that holds it only.
        if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.center()))
            return;
        painter->save();
        painter->translate(rect.topLeft());
        // QPicture::play scales its content by the target device's resolution over the picture's;
        // undo that so the chart fills exactly `rect`.
        const qreal dpi = qreal(m_picture.logicalDpiX()) / painter->device()->logicalDpiX();
        painter->scale(dpi * rect.width() / kChartLogical.width(), dpi * rect.height() / kChartLogical.height());
        painter->drawPicture(QPointF(0, 0), m_picture);
        painter->restore();
    }

private:
    QPicture m_picture;
    qreal m_width;
};

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
           "td.num { text-align: right; }"_s;
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

void paint(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper, QPdfWriter &writer,
           const QbrWriter::ChartPainter &chartPainter)
{
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(paper));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(QbrWriter::tr("Quarterly business review %1: %2").arg(data.quarter.text(), data.partner.name));
    writer.setCreator(u"PartnerDesk"_s);

    const QRectF page = writer.pageLayout().paintRectPixels(kResolution);
    const qreal footerHeight = kResolution * 0.3;
    const QSizeF body(page.width(), page.height() - footerHeight);

    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(reportFont(9.5));
    doc.setDefaultStyleSheet(styleSheet());
    doc.setPageSize(body); // paginates the layout (and keeps Qt from adding its page numbers)
    doc.setDocumentMargin(0);

    auto *chart = new ChartObject(chartPainter(data.chart), body.width());
    chart->setParent(&doc);
    doc.documentLayout()->registerHandler(kChartObject, chart);

    const QbrHtml html(data, locale);
    doc.setHtml(html.beforeChart());
    QTextCursor cursor(&doc);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    QTextCharFormat object;
    object.setObjectType(kChartObject);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    cursor.insertBlock();
    cursor.insertHtml(html.afterChart());
    // Each pass moves one block and lays out the rest again; a review needs a handful at most.
    for (int pass = 0; pass < 12; ++pass) {
        if (!keepTogether(doc, body.height()))
            break;
    }

    QPainter painter(&writer);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * body.height());
        doc.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
        painter.restore();
        painter.setFont(reportFont(7.5));
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(QRectF(0, page.height() - footerHeight * 0.8, page.width(), footerHeight * 0.8),
                         Qt::AlignRight | Qt::AlignBottom, html.footer(i + 1, pages));
    }
    painter.end();
}

} // namespace

QSizeF QbrWriter::chartSize()
{
    return kChartLogical;
}

QPicture QbrWriter::paintChart(const QuarterlyRevenueData &data)
{
    ChartBuilder::Options options;
    options.interactive = false;
    options.animated = false;
    std::unique_ptr<QChart> chart(ChartBuilder::quarterlyRevenue(data, options));
    chart->setTitleFont(reportFont(11, true));
    chart->legend()->setFont(reportFont(8));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(reportFont(8));
        axis->setTitleFont(reportFont(8));
    }
    // The labels on the threshold lines too: every glyph of the PDF in the bundled font.
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            label->setFont(reportFont(7));
    }
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    // Qt 6.4 groups Spanish numbers wrongly on the axis ("2000.000"); German writes them the same
    // way (1.234,5) and is grouped right.
    if (chart->locale().language() == QLocale::Spanish)
        chart->setLocale(QLocale(QLocale::German, QLocale::Germany));
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    renderChart(chart.get(), &painter, QRectF(QPointF(0, 0), kChartLogical));
    painter.end();
    return picture;
}

QPageSize::PageSizeId QbrWriter::defaultPaper(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

Result<QByteArray> QbrWriter::render(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper,
                                     const ChartPainter &chart)
{
    if (reportFontFamily().isEmpty())
        return fail(Error::Code::Storage, tr("The bundled fonts could not be loaded."));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        paint(data, locale, paper, writer, chart);
    }
    if (bytes.isEmpty())
        return fail(Error::Code::Storage, tr("The review of %1 could not be rendered.").arg(data.partner.name));
    return bytes;
}

Result<void> QbrWriter::write(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper,
                              const QString &path, const ChartPainter &chart)
{
    auto bytes = render(data, locale, paper, chart);
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(Error::Code::Storage, tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pd::ui

#include "qbrwriter.moc"
