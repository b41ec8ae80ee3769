// init, generate, import, export, check
#include "cli.h"

#include "dates.h"
#include "generate/generator.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/store.h"

#include <QDate>
#include <QLocale>

namespace pd::cli {

namespace {

// --today defaults to the current date; tests pass it to get the same data every day.
std::optional<QDate> todayOption(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("today")))
        return QDate::currentDate();
    const QDate d = parseIsoDate(c.parser.value(QStringLiteral("today")));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<quint32> seedOption(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("seed")))
        return 1;
    bool ok = false;
    const uint seed = c.parser.value(QStringLiteral("seed")).toUInt(&ok);
    return ok ? std::optional<quint32>(seed) : std::nullopt;
}

void printSummary(Context &c, const GenerateSummary &s)
{
    c.out << Tr::tr("%n partner(s)", nullptr, int(s.partners)) << ", " << Tr::tr("%n customer(s)", nullptr, int(s.customers))
          << ", " << Tr::tr("%n sale(s)", nullptr, int(s.sales)) << ", " << Tr::tr("%n compliance event(s)", nullptr, int(s.events))
          << ", " << Tr::tr("%n exchange rate(s)", nullptr, int(s.fxRates)) << '\n';
}

// The KIND of "import KIND FILE" and "export KIND FILE"; a usage error gives its exit status.
std::expected<CsvKind, int> kindArgument(Context &c, const QString &usage)
{
    if (c.args.size() != 2)
        return std::unexpected(c.usage(usage));
    const auto kind = csvKindFromKey(c.args.at(0));
    if (!kind)
        return std::unexpected(c.usage(Tr::tr("Unknown kind \"%1\"; use one of: %2.")
                                           .arg(c.args.at(0), csvKindKeys().join(QStringLiteral(", ")))));
    return *kind;
}

} // namespace

int runInit(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Tr::tr("init takes no arguments."));
    const auto today = todayOption(c);
    const auto seed = seedOption(c);
    if (!today)
        return c.usage(Tr::tr("--today needs a date as YYYY-MM-DD."));
    if (!seed)
        return c.usage(Tr::tr("--seed needs a whole number."));
    auto db = c.open(true);
    if (!db)
        return BadInput;
    Store store(*db);
    if (auto r = store.installBuiltinPrograms(); !r)
        return c.fail(r.error());
    if (c.parser.isSet(QStringLiteral("demo"))) {
        const auto count = store.partnerCount();
        if (!count)
            return c.fail(count.error());
        if (*count > 0) {
            c.err << Tr::tr("%1 already holds partners; demo data goes into a new database.").arg(c.dbPath) << '\n';
            return BadInput;
        }
        GenerateOptions options;
        options.demo = true;
        options.seed = *seed;
        options.today = *today;
        const auto summary = generate(store, options);
        if (!summary)
            return c.fail(summary.error());
        printSummary(c, *summary);
    }
    c.out << Tr::tr("Database ready: %1").arg(c.dbPath) << '\n';
    return Ok;
}

int runGenerate(Context &c)
{
    bool okPartners = false, okSales = false;
    const int partners = c.parser.value(QStringLiteral("partners")).toInt(&okPartners);
    const qint64 sales = c.parser.value(QStringLiteral("sales")).toLongLong(&okSales);
    if (!okPartners || !okSales || partners < 1 || sales < 0)
        return c.usage(Tr::tr("generate needs --partners N (1 or more) and --sales M (0 or more)."));
    const auto today = todayOption(c);
    const auto seed = seedOption(c);
    if (!today || !seed)
        return c.usage(Tr::tr("--today needs a date as YYYY-MM-DD and --seed a whole number."));
    auto db = c.open(true);
    if (!db)
        return BadInput;
    Store store(*db);
    GenerateOptions options;
    options.partners = partners;
    options.sales = sales;
    options.seed = *seed;
    options.today = *today;
    const auto summary = generate(store, options);
    if (!summary)
        return c.fail(summary.error());
    printSummary(c, *summary);
    return Ok;
}

// Lines already in the database (same reference and content) are skipped and counted.
void printImported(Context &c, const ImportResult &result, bool update)
{
    if (update) {
        //: the three counts of an import with --update: "3 updated, 997 unchanged, 10 added."
        c.out << Tr::tr("%1, %2, %3.")
                     .arg(Tr::tr("%n updated", nullptr, int(result.updated)),
                          Tr::tr("%n unchanged", nullptr, int(result.unchanged)),
                          Tr::tr("%n added", nullptr, int(result.rows)))
              << '\n';
        return;
    }
    const int present = int(qMin<qint64>(result.alreadyPresent, INT_MAX));
    if (present == 0)
        c.out << Tr::tr("Imported %n record(s).", nullptr, int(result.rows)) << '\n';
    else if (result.rows == 0)
        c.out << Tr::tr("Nothing new was imported: %Ln record(s) already present.", nullptr, present) << '\n';
    else
        c.out << Tr::tr("%1 imported, %Ln already present.", nullptr, present).arg(QLocale().toString(result.rows))
              << '\n';
}

int runImport(Context &c)
{
    const auto kind = kindArgument(c, Tr::tr("import needs KIND and FILE.csv."));
    if (!kind)
        return kind.error();
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    Importer importer(store);
    const bool update = c.parser.isSet(QStringLiteral("update"));
    importer.setOptions(ImportOptions { update, c.author() });
    const auto result = importer.importFile(*kind, c.args.at(1));
    if (!result)
        return c.fail(result.error());
    printImported(c, *result, update);
    return Ok;
}

int runExport(Context &c)
{
    const auto kind = kindArgument(c, Tr::tr("export needs KIND and FILE.csv."));
    if (!kind)
        return kind.error();
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    Exporter exporter(store);
    const auto result = exporter.exportFile(*kind, c.args.at(1));
    if (!result)
        return c.fail(result.error());
    c.out << Tr::tr("Exported %n record(s).", nullptr, int(*result)) << '\n';
    return Ok;
}

int runCheck(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Tr::tr("check takes no arguments."));
    auto db = c.open();
    if (!db)
        return BadInput;
    const auto problems = checkIntegrity(*db);
    if (!problems)
        return c.fail(problems.error());
    for (const QString &p : *problems)
        c.out << p << '\n';
    if (!problems->isEmpty()) {
        c.err << Tr::tr("%n problem(s) found.", nullptr, int(problems->size())) << '\n';
        return BadInput;
    }
    c.out << Tr::tr("No problems found.") << '\n';
    return Ok;
}

} // namespace pd::cli
