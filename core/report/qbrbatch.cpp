#include "qbrbatch.h"

#include "fxrates.h"
#include "logging.h"
#include "qbrdata.h"
#include "qbrlanguage.h"
#include "qbrwriter.h"
#include "statementdata.h"
#include "statementwriter.h"
#include "storage/store.h"
#include "workers/workerdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <atomic>

namespace pd::ui {

using namespace Qt::StringLiterals;

namespace {

struct Shared {
    Shared(const QbrRequest &r, const QbrLanguage &l, QPageSize::PageSizeId p, const QDate &issued)
        : request(r)
        , language(l)
        , locale(l.locale())
        , paper(p)
        , issuedOn(issued)
    {
    }
    const QbrRequest &request;
    const QbrLanguage &language;
    QLocale locale;
    QPageSize::PageSizeId paper;
    QDate issuedOn;
    std::atomic<int> next { 0 };
    std::atomic<int> done { 0 };
    std::atomic<bool> cancel { false };
    QMutex mutex; // guards files and errors
    QStringList files;
    QStringList errors;

    // Stops the batch: a worker could not read what every review needs.
    void fail(const QString &message)
    {
        const QMutexLocker lock(&mutex);
        errors << message;
        cancel = true;
    }
};

QString outPath(const Shared &s, const Partner &partner)
{
    return s.request.partnerIds.size() == 1 && !s.request.outFile.isEmpty()
        ? s.request.outFile
        : QDir(s.request.outDir).filePath(QbrBatch::fileNameFor(partner.code, partner.name, s.request.quarter, s.request.kind));
}

void writeReview(Shared &s, Store &store, const ExchangeRates &rates, qint64 id, QString &file, QString &error)
{
    auto data = QbrCollector::collect(store, rates, id, s.request.quarter, s.issuedOn);
    if (!data) {
        error = QbrBatch::tr("Partner %1: %2").arg(id).arg(data.error().message);
        return;
    }
    file = outPath(s, data->partner);
    auto written = QbrWriter::write(*data, s.locale, s.paper, file);
    if (!written) {
        error = QbrBatch::tr("%1: %2").arg(data->partner.code, written.error().message);
        file.clear();
    }
}

void writeStatement(Shared &s, Store &store, qint64 id, QString &file, QString &error)
{
    auto data = StatementCollector::collect(store, id, s.request.quarter);
    if (!data) {
        error = QbrBatch::tr("Partner %1: %2").arg(id).arg(data.error().message);
        return;
    }
    file = outPath(s, data->statement.partner);
    auto written = StatementWriter::write(*data, s.locale, s.paper, file);
    if (!written) {
        error = QbrBatch::tr("%1: %2").arg(data->statement.partner.code, written.error().message);
        file.clear();
    }
}

void work(Shared &s)
{
    auto opened = openDatabase(s.request.database, Database::Access::ReadOnly);
    if (!opened) {
        s.fail(opened.error().message);
        return;
    }
    {
        const QbrLanguage::ThreadScope translate(s.language);
        ScopedDatabase db(std::move(*opened));
        Store store(*db);
        // A review without the exchange rates would convert nothing: the batch stops instead.
        auto fxRates = s.request.kind == ReportKind::Review ? store.fxRates() : Result<QList<FxRate>>(QList<FxRate> {});
        if (!fxRates) {
            s.fail(fxRates.error().message);
            return;
        }
        const ExchangeRates rates(*fxRates);
        const qsizetype total = s.request.partnerIds.size();
        for (int i = s.next++; i < total && !s.cancel; i = s.next++) {
            const qint64 id = s.request.partnerIds.at(i);
            QString file;
            QString error;
            if (s.request.kind == ReportKind::Statement)
                writeStatement(s, store, id, file, error);
            else
                writeReview(s, store, rates, id, file, error);
            {
                const QMutexLocker lock(&s.mutex);
                if (!file.isEmpty())
                    s.files << file;
                if (!error.isEmpty())
                    s.errors << error;
            }
            ++s.done;
        }
    }
}

} // namespace

Result<QbrBatchResult> QbrBatch::run(const QbrRequest &request, const Progress &progress)
{
    const QString folder = request.outFile.isEmpty() ? request.outDir : QFileInfo(request.outFile).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(Error::Code::Storage, tr("Could not create the folder %1.").arg(folder));
    // Only the workers speak the review's language: the calling thread may be the window's, which
    // keeps its own.
    const QbrLanguage language(request.language, QbrLanguage::Bind::ScopesOnly);
    Shared s(request, language, request.paper.value_or(QbrWriter::defaultPaper(language.locale())),
               request.issuedOn.isValid() ? request.issuedOn : QDate::currentDate());
    const int total = int(request.partnerIds.size());
    const int threads = std::max(1, std::min(request.threads > 0 ? request.threads : QThread::idealThreadCount(),
                                             std::max(total, 1)));
    const char *kindName = request.kind == ReportKind::Review ? "reviews" : "statements";
    qCInfo(lcReport).noquote() << "Export of" << total << kindName << "of" << request.quarter.text() << "in"
                               << request.language << "to" << folder << "started on" << threads << "threads";
    QElapsedTimer clock;
    clock.start();
    // The workers render whole reviews, chart included; this thread only reports progress.
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t)
        pool.start([&s] { work(s); });
    while (!pool.waitForDone(50)) {
        if (progress && !progress(s.done, total))
            s.cancel = true;
    }
    if (progress)
        progress(s.done, total);
    QbrBatchResult result;
    result.files = s.files;
    result.files.sort();
    result.errors = s.errors;
    result.cancelled = s.cancel && s.done < total;
    qCInfo(lcReport).noquote() << "Export of" << kindName << "finished in" << clock.elapsed() << "ms:"
                               << result.files.size() << "written," << result.errors.size()
                               << (result.cancelled ? "failed (cancelled)" : "failed");
    for (const QString &error : std::as_const(result.errors))
        qCWarning(lcReport).noquote() << error;
    return result;
}

Result<QList<qint64>> QbrBatch::partnersOf(Store &store, const QString &programKey)
{
    return store.partnerIds(programKey);
}

QString QbrBatch::fileNameFor(const QString &code, const QString &name, const Quarter &quarter, ReportKind kind)
{
    QString base = code + u'_' + name;
    QString safe;
    for (const QChar c : base) {
        // Letters of any script are fine on Windows and macOS; punctuation is not always.
        safe += c.isLetterOrNumber() || c == u'-' ? c : u'_';
    }
    static const QRegularExpression runs(u"_+"_s);
    safe.replace(runs, u"_"_s);
    while (safe.startsWith(u'_') || safe.startsWith(u'-'))
        safe.remove(0, 1);
    while (safe.endsWith(u'_'))
        safe.chop(1);
    safe = safe.left(80);
    static const QRegularExpression reserved(u"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (safe.isEmpty() || reserved.match(safe).hasMatch())
        safe = u"partner_"_s + safe;
    return safe + u'_' + quarter.text() + (kind == ReportKind::Statement ? u"_statement"_s : QString()) + u".pdf"_s;
}

} // namespace pd::ui
