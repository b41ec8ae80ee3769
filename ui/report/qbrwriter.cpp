#include "qbrwriter.h"

#include "charts/chartbuilder.h"
#include "charts/chartrender.h"
#include "qbrhtml.h"
#include "reportfonts.h"
#include "reportpdf.h"

#include <QAbstractAxis>
#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <memory>

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

void paint(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper, QPdfWriter &writer,
           const QbrWriter::ChartPainter &chartPainter)
{
    ReportPdf pdf(writer, paper, QbrWriter::tr("Quarterly business review %1: %2").arg(data.quarter.text(), data.partner.name));
    QTextDocument &doc = pdf.document();
    auto *chart = new ChartObject(chartPainter(data.chart), pdf.body().width());
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
    return ReportPdf::render([&](QPdfWriter &writer) { paint(data, locale, paper, writer, chart); },
                             tr("The review of %1 could not be rendered.").arg(data.partner.name));
}

Result<void> QbrWriter::write(const QbrData &data, const QLocale &locale, QPageSize::PageSizeId paper,
                              const QString &path, const ChartPainter &chart)
{
    auto bytes = render(data, locale, paper, chart);
    if (!bytes)
        return std::unexpected(bytes.error());
    return ReportPdf::save(*bytes, path);
}

} // namespace pd::ui

#include "qbrwriter.moc"
