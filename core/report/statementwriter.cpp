#include "statementwriter.h"

#include "reportpdf.h"
#include "statementhtml.h"

#include <QPdfWriter>

namespace pd::ui {

Result<QByteArray> StatementWriter::render(const StatementData &data, const QLocale &locale, QPageSize::PageSizeId paper)
{
    const QuarterStatement &st = data.statement;
    return ReportPdf::render(
        [&](QPdfWriter &writer) {
            ReportPdf pdf(writer, paper, tr("Partner statement %1: %2").arg(st.quarter.text(), st.partner.name));
            const StatementHtml html(data, locale);
            pdf.document().setHtml(html.html());
            pdf.paginate();
            pdf.print([&html](int page, int pages) { return html.footer(page, pages); });
        },
        tr("The statement of %1 could not be rendered.").arg(st.partner.name));
}

Result<void> StatementWriter::write(const StatementData &data, const QLocale &locale, QPageSize::PageSizeId paper,
                                    const QString &path)
{
    auto bytes = render(data, locale, paper);
    if (!bytes)
        return std::unexpected(bytes.error());
    return ReportPdf::save(*bytes, path);
}

} // namespace pd::ui
