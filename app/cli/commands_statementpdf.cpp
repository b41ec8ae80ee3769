// partnerdesk-cli statement --pdf / --all: partner statements as PDF (rendering is in ui/report).
#include "cli.h"

#include "report/qbrbatch.h"
#include "report/qbrlanguage.h"
#include "report/qbrwriter.h"
#include "report/statementdata.h"
#include "report/statementwriter.h"
#include "storage/database.h"
#include "storage/store.h"
#include "translations.h"

#include <QDir>
#include <QFileInfo>

namespace pd::cli {

namespace {

Result<Partner> partnerByOption(Store &store, const QString &value)
{
    const auto byCode = store.partnerByCode(value);
    if (byCode || byCode.error().code != Error::Code::NotFound)
        return byCode;
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok ? store.partner(id) : byCode;
}

} // namespace

int runStatementPdf(Context &c)
{
    const bool all = c.parser.isSet(QStringLiteral("all"));
    const bool one = c.parser.isSet(QStringLiteral("partner"));
    const bool pdf = c.parser.isSet(QStringLiteral("pdf"));
    const bool out = c.parser.isSet(QStringLiteral("out"));
    if (!c.args.isEmpty() || all == one || !c.parser.isSet(QStringLiteral("quarter")) || (one && (!pdf || out))
        || (all && (pdf || !out)) || c.parser.isSet(QStringLiteral("json")))
        return c.usage(Tr::tr("statement as PDF needs --partner ID --pdf FILE, or --all --out DIR, and --quarter YYYY-QN."));
    if (one && c.parser.isSet(QStringLiteral("program")))
        return c.usage(Tr::tr("--program applies to statement --all only."));
    const auto quarter = Quarter::parse(c.parser.value(QStringLiteral("quarter")));
    if (!quarter)
        return c.usage(Tr::tr("\"%1\" is not a quarter; write it as 2026-Q3.").arg(c.parser.value(QStringLiteral("quarter"))));
    const QString lang = c.parser.isSet(QStringLiteral("lang")) ? QLocale(c.parser.value(QStringLiteral("lang"))).name().left(2)
                                                                : QLocale().name().left(2);
    if (c.parser.isSet(QStringLiteral("lang")) && !availableLanguages().contains(lang))
        return c.usage(Tr::tr("The statement's language must be one of: %1.").arg(availableLanguages().join(QStringLiteral(", "))));
    const QString language = availableLanguages().contains(lang) ? lang : QStringLiteral("en");
    std::optional<QPageSize::PageSizeId> paper;
    if (c.parser.isSet(QStringLiteral("paper"))) {
        const QString p = c.parser.value(QStringLiteral("paper")).toLower();
        if (p == QLatin1StringView("a4"))
            paper = QPageSize::A4;
        else if (p == QLatin1StringView("letter"))
            paper = QPageSize::Letter;
        else
            return c.usage(Tr::tr("--paper is a4 or letter."));
    }

    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    if (one) {
        const auto partner = partnerByOption(store, c.parser.value(QStringLiteral("partner")));
        if (!partner)
            return c.fail(partner.error());
        const QString path = c.parser.value(QStringLiteral("pdf"));
        const ui::QbrLanguage scope(language);
        const auto data = ui::StatementCollector::collect(store, partner->id, *quarter);
        if (!data)
            return c.fail(data.error());
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return c.fail(Error { Error::Code::Storage, Tr::tr("Could not create the folder %1.").arg(folder) });
        const auto written
            = ui::StatementWriter::write(*data, scope.locale(), paper.value_or(ui::QbrWriter::defaultPaper(scope.locale())), path);
        if (!written)
            return c.fail(written.error());
        c.out << path << '\n';
        return Ok;
    }

    const auto ids = ui::QbrBatch::partnersOf(store, c.parser.value(QStringLiteral("program")));
    if (!ids)
        return c.fail(ids.error());
    if (ids->isEmpty())
        return c.fail(Error { Error::Code::NotFound, Tr::tr("No partners to export.") });
    db.reset(); // the workers open their own connections
    ui::QbrRequest request;
    request.kind = ui::ReportKind::Statement;
    request.database = c.dbPath;
    request.partnerIds = *ids;
    request.quarter = *quarter;
    request.language = language;
    request.paper = paper;
    request.outDir = c.parser.value(QStringLiteral("out"));
    const auto result = ui::QbrBatch::run(request);
    if (!result)
        return c.fail(result.error());
    for (const QString &e : result->errors)
        c.err << e << '\n';
    c.out << Tr::tr("%n statement(s) written to %1", nullptr, int(result->files.size()))
                 .arg(QDir::toNativeSeparators(request.outDir))
          << '\n';
    return result->errors.isEmpty() ? Ok : BadInput;
}

} // namespace pd::cli
