#include "qbrwriter.h"

#include "chartpainter.h"
#include "qbrhtml.h"
#include "reportpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace pd::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
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

void paint(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper, QPdfWriter &writer)
{
    ReportPdf pdf(writer, paper, QbrWriter::tr("Quarterly business review %1: %2").arg(data.quarter.text(), data.partner.name));
    QTextDocument &doc = pdf.document();
    auto *chart = new ChartObject(QbrWriter::paintChart(data.chart), pdf.body().width());
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
    pdf.paginate();
    pdf.print([&html](int page, int pages) { return html.footer(page, pages); });
}

} // namespace

QSizeF QbrWriter::chartSize()
{
    return kChartLogical;
}

QPicture QbrWriter::paintChart(const QuarterlyRevenueData &data)
{
    QPicture picture;
    QPainter painter(&picture);
    ChartPainter::paintQuarterlyRevenue(painter, QRectF(QPointF(0, 0), kChartLogical), data);
    painter.end();
    return picture;
}

QPageSize::PageSizeId QbrWriter::defaultPaper(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

Result<QByteArray> QbrWriter::render(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper)
{
    return ReportPdf::render([&](QPdfWriter &writer) { paint(data, locale, paper, writer); },
                             tr("The review of %1 could not be rendered.").arg(data.partner.name));
}

Result<void> QbrWriter::write(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper,
                              const QString &path)
{
    auto bytes = render(data, locale, paper);
    if (!bytes)
        return std::unexpected(bytes.error());
    return ReportPdf::save(*bytes, path);
}

} // namespace pd::ui

#include "qbrwriter.moc"
