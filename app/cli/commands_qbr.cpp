// partnerdesk-cli qbr: quarterly business reviews as PDF (rendering is in ui/report).
#include "cli.h"

#include "report/qbrbatch.h"
#include "report/qbrdata.h"
#include "report/qbrlanguage.h"
#include "report/qbrwriter.h"
#include "storage/database.h"
#include "storage/store.h"
#include "translations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace pd::cli {

namespace {

Result<Partner> partnerByOption(Store &store, const QString &value)
{
    const auto byCode = store.partnerByCode(value);
    if (byCode)
        return byCode;
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok ? store.partner(id) : byCode;
}

// The language of the review: --lang when it is one PartnerDesk ships, else the locale's, else en.
QString reviewLanguage(Context &c)
{
    const QString lang = c.parser.isSet(QStringLiteral("lang")) ? QLocale(c.parser.value(QStringLiteral("lang"))).name().left(2)
                                                                 : QLocale().name().left(2);
    return availableLanguages().contains(lang) ? lang : QStringLiteral("en");
}

} // namespace

int runQbr(Context &c)
{
    const bool all = c.parser.isSet(QStringLiteral("all"));
    const bool one = c.parser.isSet(QStringLiteral("partner"));
    if (!c.args.isEmpty() || all == one || !c.parser.isSet(QStringLiteral("quarter")) || !c.parser.isSet(QStringLiteral("out")))
        return c.usage(Tr::tr("qbr needs --partner ID or --all, --quarter YYYY-QN and --out PATH."));
    if (one && c.parser.isSet(QStringLiteral("program")))
        return c.usage(Tr::tr("--program applies to qbr --all only."));
    const auto quarter = Quarter::parse(c.parser.value(QStringLiteral("quarter")));
    if (!quarter)
        return c.usage(Tr::tr("\"%1\" is not a quarter like 2026-Q3.").arg(c.parser.value(QStringLiteral("quarter"))));
    if (c.parser.isSet(QStringLiteral("lang")) && !availableLanguages().contains(QLocale(c.parser.value(QStringLiteral("lang"))).name().left(2)))
        return c.usage(Tr::tr("The review's language must be one of: %1.").arg(availableLanguages().join(QStringLiteral(", "))));
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
    QDate issuedOn = QDate::currentDate();
    if (c.parser.isSet(QStringLiteral("today"))) {
        issuedOn = parseIsoDate(c.parser.value(QStringLiteral("today")));
        if (!issuedOn.isValid())
            return c.usage(Tr::tr("--today takes a date like 2026-10-05."));
    }
    const QString out = c.parser.value(QStringLiteral("out"));
    const QString language = reviewLanguage(c);

    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    QElapsedTimer timer;
    timer.start();

    if (one) {
        const auto partner = partnerByOption(store, c.parser.value(QStringLiteral("partner")));
        if (!partner)
            return c.fail(partner.error());
        const ui::QbrLanguage scope(language);
        const ExchangeRates rates(store.fxRates().value_or(QList<FxRate> {}));
        const auto data = ui::QbrCollector::collect(store, rates, partner->id, *quarter, issuedOn);
        if (!data)
            return c.fail(data.error());
        // A path ending in .pdf is the file; anything else is the folder to write it into.
        const bool isFile = out.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive);
        const QString folder = isFile ? QFileInfo(out).absolutePath() : out;
        if (!QDir().mkpath(folder))
            return c.fail(Error { Error::Code::Storage, Tr::tr("Could not create the folder %1.").arg(folder) });
        const QString path
            = isFile ? out : QDir(out).filePath(ui::QbrBatch::fileNameFor(partner->code, partner->name, *quarter));
        const auto written = ui::QbrWriter::write(*data, scope.locale(), paper.value_or(ui::QbrWriter::defaultPaper(scope.locale())), path);
        if (!written)
            return c.fail(written.error());
        c.out << path << '\n';
        c.err << Tr::tr("1 review written in %1 ms.").arg(timer.elapsed()) << '\n';
        return Ok;
    }

    const auto ids = ui::QbrBatch::partnersOf(store, c.parser.value(QStringLiteral("program")));
    if (!ids)
        return c.fail(ids.error());
    if (ids->isEmpty())
        return c.fail(Error { Error::Code::NotFound, Tr::tr("No partners to export.") });
    db.reset(); // the workers open their own connections
    ui::QbrRequest request;
    request.database = c.dbPath;
    request.partnerIds = *ids;
    request.quarter = *quarter;
    request.language = language;
    request.paper = paper;
    request.issuedOn = issuedOn;
    request.outDir = out;
    const auto result = ui::QbrBatch::run(request);
    if (!result)
        return c.fail(result.error());
    for (const QString &e : result->errors)
        c.err << e << '\n';
    c.out << Tr::tr("%n review(s) written to %1", nullptr, int(result->files.size())).arg(QDir::toNativeSeparators(out))
          << '\n';
    c.err << Tr::tr("Time: %1 s").arg(QString::number(timer.elapsed() / 1000.0, 'f', 2)) << '\n';
    return result->errors.isEmpty() ? Ok : BadInput;
}

} // namespace pd::cli
