#include "importer.h"

#include "../crashpoint.h"
#include "../logging.h"
#include "../storage/store.h"
#include "csvreader.h"
#include "importhandlers.h"
#include "rowsource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace pd {

namespace {
bool isDatabaseFailure(const Error &e)
{
    return e.code == Error::Code::Busy || e.code == Error::Code::WriteFailed;
}
} // namespace

QString ImportIssue::text() const
{
    QString out = file + u':' + QString::number(line) + QStringLiteral(": ");
    if (!column.isEmpty())
        out += column + QStringLiteral(": ");
    return out + reason;
}

Importer::Importer(Store &store)
    : m_store(store)
{
}

void Importer::addIssue(const QString &file, qint64 line, const QString &column, const QString &reason)
{
    ++m_issueCount;
    if (m_issues.size() < kKeptIssues)
        m_issues.append(ImportIssue { file, line, column, reason });
}

QString Importer::failureMessage(const QString &file) const
{
    QStringList lines;
    lines << tr("Nothing was imported from %1: %n problem(s) found.", nullptr, int(qMin<qint64>(m_issueCount, INT_MAX)))
                 .arg(file);
    for (qsizetype i = 0; i < m_issues.size() && i < kListedIssues; ++i)
        lines << m_issues.at(i).text();
    if (m_issueCount > kListedIssues)
        lines << tr("... and %n more.", nullptr, int(qMin<qint64>(m_issueCount - kListedIssues, INT_MAX)));
    return lines.join(u'\n');
}

std::unexpected<Error> Importer::refused(const QString &source, qint64 line, const Error &error) const
{
    return fail(error.code, tr("%1:%2: the database refused the record: %3\nNothing was imported.")
                                .arg(source)
                                .arg(line)
                                .arg(error.message));
}

Result<ImportResult> Importer::importFile(CsvKind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound,
                    tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return importDevice(kind, &file, QDir::toNativeSeparators(path));
}

Result<ImportResult> Importer::importDevice(CsvKind kind, QIODevice *device, const QString &source)
{
    qCInfo(lcImport).noquote() << "Import of" << csvKindKey(kind) << "from" << source << "started"
                               << (m_options.update ? "(with update)" : "");
    QElapsedTimer timer;
    timer.start();
    Result<ImportResult> outcome = importRows(kind, device, source);
    logOutcome(kind, source, outcome, timer.elapsed());
    return outcome;
}

void Importer::logOutcome(CsvKind kind, const QString &source, const Result<ImportResult> &outcome, qint64 ms) const
{
    if (outcome) {
        qCInfo(lcImport).noquote() << "Import of" << csvKindKey(kind) << "from" << source << "finished in" << ms
                                   << "ms:" << outcome->rows << "added," << outcome->updated << "updated,"
                                   << outcome->unchanged << "unchanged," << outcome->alreadyPresent << "already present";
        return;
    }
    if (m_issueCount == 0) {
        qCWarning(lcImport).noquote() << "Import of" << csvKindKey(kind) << "from" << source << "stopped after" << ms
                                      << "ms, nothing imported:" << outcome.error().message;
        return;
    }
    // The refused rows: the first few name line, column and reason; the message has more.
    qCWarning(lcImport).noquote() << "Import of" << csvKindKey(kind) << "from" << source << "refused after" << ms
                                  << "ms, nothing imported:" << m_issueCount << "problem(s)";
    constexpr qsizetype kLogged = 20;
    for (qsizetype i = 0; i < m_issues.size() && i < kLogged; ++i)
        qCWarning(lcImport).noquote() << "  refused:" << m_issues.at(i).text();
    if (m_issueCount > kLogged)
        qCWarning(lcImport).noquote() << "  ... and" << m_issueCount - kLogged << "more";
}

Result<ImportResult> Importer::importRows(CsvKind kind, QIODevice *device, const QString &source)
{
    m_issues.clear();
    m_issueCount = 0;
    if (m_store.database().isReadOnly())
        return fail(Error::Code::Storage, tr("The database is open read-only; nothing can be imported."));
    if (m_options.update && !csvKindUpdatable(kind))
        return fail(Error::Code::InvalidInput,
                    tr("Only partners and customers can update existing records; %1 are only added.")
                        .arg(csvKindKey(kind)));

    const QList<CsvColumn> columns = csvColumns(kind);
    CsvReader reader(device);
    CsvRecord record;
    if (!reader.readHeader(record)) {
        addIssue(source, 1, {}, tr("the file is empty; its first line must name the columns (%1)")
                                    .arg(csvColumnNames(kind).join(QStringLiteral(", "))));
        return fail(Error::Code::InvalidInput, failureMessage(source));
    }
    if (!record.isValid()) {
        addIssue(source, record.errorLine, {}, record.error);
        return fail(Error::Code::InvalidInput, failureMessage(source));
    }

    // Map the header's positions to the kind's columns.
    QList<int> columnAt(record.fields.size(), -1);
    QList<bool> present(columns.size(), false);
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed().toLower();
        qsizetype c = 0;
        while (c < columns.size() && columns.at(c).name != name)
            ++c;
        if (name.isEmpty())
            addIssue(source, record.line, {}, tr("column %1 of the header has no name").arg(i + 1));
        else if (c == columns.size())
            addIssue(source, record.line, record.fields.at(i).trimmed(),
                     tr("unknown column (the columns of %1 are: %2)")
                         .arg(csvKindKey(kind), csvColumnNames(kind).join(QStringLiteral(", "))));
        else if (present.at(c))
            addIssue(source, record.line, name, tr("the column appears twice in the header"));
        else {
            present[c] = true;
            columnAt[i] = int(c);
        }
    }
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c).required && !present.at(c))
            addIssue(source, record.line, columns.at(c).name, tr("required column is missing from the header"));
    }
    if (m_issueCount > 0)
        return fail(Error::Code::InvalidInput, failureMessage(source));

    const qint64 total = qMax<qint64>(0, reader.totalBytes());
    ImportResult counts { kind };
    const Result<void> outcome = m_store.database().transaction([&]() -> Result<void> {
        const std::unique_ptr<importing::RowHandler> handler = importing::makeRowHandler(kind, m_store);
        handler->setUpdates({ m_options.update, QFileInfo(source).fileName(),
                              m_options.changedBy.isEmpty() ? m_store.database().userName() : m_options.changedBy });
        handler->setInputBytes(total);
        handler->setBulk(m_bulk);
        if (auto r = handler->prepare(); !r)
            return r;
        // Files are read ahead on a second thread; a sequential device (a pipe, a socket) is read
        // on this one, which it belongs to.
        importing::RowSource rows(reader, columns, columnAt, present, *handler, !device->isSequential());
        qint64 records = 0;
        while (importing::SourceRecord *next = rows.next()) {
            if (!next->error.isEmpty()) {
                addIssue(source, next->errorLine, {}, next->error);
            } else {
                importing::Row &row = next->row;
                const bool write = m_issueCount == 0;
                handler->handle(row, write);
                // A locked, full or unwritable database is not the record's fault.
                if (row.storageError && isDatabaseFailure(*row.storageError))
                    return std::unexpected(*row.storageError);
                if (row.storageError)
                    return refused(source, handler->refusedLine() ? handler->refusedLine() : row.line,
                                   *row.storageError);
                for (const importing::Row::Issue &issue : std::as_const(row.issues))
                    addIssue(source, row.line, issue.column >= 0 ? columns.at(issue.column).name : QString(), issue.reason);
                if (write && row.ok())
                    ++(row.outcome == importing::Row::Outcome::Added       ? counts.rows
                       : row.outcome == importing::Row::Outcome::Updated   ? counts.updated
                       : row.outcome == importing::Row::Outcome::Unchanged ? counts.unchanged
                                                                           : counts.alreadyPresent);
                crashPoint("import.row");
            }
            if (++records % kProgressEvery == 0 && !reportProgress(m_progress, rows.bytesRead(), total))
                return fail(Error::Code::Cancelled, tr("The import of %1 was cancelled; nothing was imported.").arg(source));
        }
        if (!reportProgress(m_progress, rows.bytesRead(), total))
            return fail(Error::Code::Cancelled, tr("The import of %1 was cancelled; nothing was imported.").arg(source));
        for (const auto &late : handler->finish())
            addIssue(source, late.line, late.issue.column >= 0 ? columns.at(late.issue.column).name : QString(),
                     late.issue.reason);
        if (m_issueCount > 0)
            return fail(Error::Code::InvalidInput, failureMessage(source));
        if (auto r = handler->complete(); !r) {
            if (handler->refusedLine() && !isDatabaseFailure(r.error()))
                return refused(source, handler->refusedLine(), r.error());
            return r;
        }
        return {};
    });
    if (!outcome && isDatabaseFailure(outcome.error()))
        return fail(outcome.error().code, tr("Nothing was imported from %1.\n%2").arg(source, outcome.error().message));
    if (!outcome)
        return std::unexpected(outcome.error());
    return counts;
}

} // namespace pd
