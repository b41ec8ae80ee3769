#pragma once

#include "dates.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageSize>
#include <QStringList>
#include <functional>
#include <optional>

namespace pd {
class Store;
}

namespace pd::ui {

// What a batch writes for each partner.
enum class ReportKind {
    Review,    // the quarterly business review (QbrWriter)
    Statement, // the partner statement of the quarter (StatementWriter)
};

struct QbrRequest {
    ReportKind kind = ReportKind::Review;
    QString database;            // the location to open one connection per worker on
    QList<qint64> partnerIds;
    Quarter quarter;
    QString language = QStringLiteral("en");
    std::optional<QPageSize::PageSizeId> paper; // none: from the language's locale
    QDate issuedOn;              // null: today
    QString outDir;              // one PDF per partner, named by fileNameFor()
    QString outFile;             // with one partner: this file instead of one in outDir
    int threads = 0;             // 0: every core
};

struct QbrBatchResult {
    QStringList files;
    QStringList errors;  // "P-000123: message", one per partner that failed
    bool cancelled = false;
};

// Exports quarterly reviews or partner statements, one PDF per partner, on all cores: each worker thread opens its own
// database connection (one at a time, see workerdatabase.h) and renders its partners.
class QbrBatch {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::QbrBatch)

public:
    // Called on the calling thread about every 50 ms and at the end with the partners done so far;
    // returning false cancels (partners under way finish, no new ones start).
    using Progress = std::function<bool(int done, int total)>;

    // Blocks until done or cancelled. The review's language is installed for the duration.
    static Result<QbrBatchResult> run(const QbrRequest &request, const Progress &progress = {});

    // The partners of a program (all programs when programKey is empty), in code order.
    static Result<QList<qint64>> partnersOf(Store &store, const QString &programKey);

    // "P-000123_Acme_Corp_2026-Q3.pdf" (a statement: "..._2026-Q3_statement.pdf", so the two may
    // share a folder): letters, digits, '-' and '_' only, no reserved device names, short enough for
    // every file system; unique per partner because codes are.
    static QString fileNameFor(const QString &code, const QString &name, const Quarter &quarter,
                               ReportKind kind = ReportKind::Review);
};

} // namespace pd::ui
