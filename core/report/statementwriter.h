#pragma once

#include "statementdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

namespace pd::ui {

// Renders a partner statement into a PDF (text only, paginated like the review: long tables
// continue on the next page under their repeated header). Safe on worker threads.
class StatementWriter {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::StatementWriter)

public:
    static Result<void> write(const StatementData &data, const QLocale &locale, QPageSize::PageSizeId paper,
                              const QString &path);
    static Result<QByteArray> render(const StatementData &data, const QLocale &locale, QPageSize::PageSizeId paper);
};

} // namespace pd::ui
