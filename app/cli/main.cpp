// partnerdesk-cli: the command-line tool. Argument parsing and dispatch only; the work is in core.
#include "cli.h"

#include "storage/database.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <cstdio>

using namespace pd;
using namespace pd::cli;

namespace {

struct Command {
    const char *name;
    int (*run)(Context &);
    QStringList options; // the command-specific options it accepts
};

QList<Command> commands()
{
    const QString json = QStringLiteral("json");
    return {
        { "init", runInit, { QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("today") } },
        { "generate", runGenerate,
          { QStringLiteral("partners"), QStringLiteral("sales"), QStringLiteral("seed"), QStringLiteral("today") } },
        { "import", runImport, {} },
        { "export", runExport, {} },
        { "check", runCheck, {} },
        { "programs", runPrograms, {} },
        { "evaluate", runEvaluate, { QStringLiteral("as-of"), json, QStringLiteral("program") } },
        { "apply", runApply, { QStringLiteral("partner"), QStringLiteral("as-of"), QStringLiteral("reason"),
                               QStringLiteral("by") } },
        { "statement", runStatement, { QStringLiteral("partner"), QStringLiteral("quarter"), json } },
        { "fx", runFx, {} },
    };
}

QString helpText()
{
    return Tr::tr("Usage: partnerdesk-cli --db FILE COMMAND [ARGUMENTS] [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  init [--demo] [--seed S]             create the database (with demo data)\n"
                  "  import KIND FILE.csv                 import records, all or nothing\n"
                  "  export KIND FILE.csv                 export records\n"
                  "      KIND: partners, certifications, customers, sales, events, scores, fxrates\n"
                  "  programs list                        list the programs\n"
                  "  programs show KEY                    show a program's tiers and requirements\n"
                  "  programs export KEY FILE.json        write a program definition\n"
                  "  programs import FILE.json            add or replace a program definition\n"
                  "  evaluate [--as-of DATE] [--program KEY] [--json]\n"
                  "                                       current and proposed tier, gaps to the next tier\n"
                  "  apply --partner ID --reason TEXT [--as-of DATE] [--by NAME]\n"
                  "                                       apply the proposed tier change and record it\n"
                  "  statement --partner ID --quarter 2026-Q3 [--json]\n"
                  "                                       sales, rewards and rebate of a quarter\n"
                  "  fx list | fx set DATE BASE QUOTE RATE exchange rates (1 BASE = RATE QUOTE)\n"
                  "  generate --partners N --sales M [--seed S]\n"
                  "                                       add a synthetic data set for scale work\n"
                  "  check                                check the database's integrity\n"
                  "\n"
                  "Exit status: 0 success, 1 bad input or data, 2 usage error.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // --lang is looked at before parsing so that parse errors are translated too.
    QLocale locale;
    const QStringList raw = app.arguments();
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (raw.at(i) == QLatin1StringView("--lang") && i + 1 < raw.size())
            locale = QLocale(raw.at(i + 1));
        else if (raw.at(i).startsWith(QLatin1StringView("--lang=")))
            locale = QLocale(raw.at(i).mid(7));
    }
    installTranslations(locale);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), Tr::tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption({ QStringLiteral("db"), Tr::tr("The database file."), Tr::tr("FILE") });
    parser.addOption({ QStringLiteral("lang"), Tr::tr("Language of messages (en, es, ru)."), Tr::tr("LANG") });
    parser.addOption({ QStringLiteral("demo"), Tr::tr("Fill a new database with demo data.") });
    parser.addOption({ QStringLiteral("json"), Tr::tr("Write JSON instead of text.") });
    for (const char *name : { "seed", "today", "partners", "sales", "as-of", "program", "partner", "quarter", "reason", "by" })
        parser.addOption({ QString::fromLatin1(name), QString(), Tr::tr("VALUE") });
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("The command to run."));

    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << '\n' << Tr::tr("Run partnerdesk-cli --help for usage.") << '\n';
        return Usage;
    }
    if (parser.isSet(version)) {
        out << "partnerdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(help) ? err : out) << helpText();
        return parser.isSet(help) ? Ok : Usage;
    }

    Context context { parser, positional.mid(1), out, err, parser.value(QStringLiteral("db")) };
    for (const Command &command : commands()) {
        if (positional.first() != QLatin1StringView(command.name))
            continue;
        for (const QString &name : parser.optionNames()) {
            const bool global = name == QLatin1StringView("db") || name == QLatin1StringView("lang");
            if (!global && !command.options.contains(name))
                return context.usage(Tr::tr("The option --%1 does not apply to \"%2\".").arg(name, positional.first()));
        }
        if (context.dbPath.isEmpty())
            return context.usage(Tr::tr("Name the database with --db FILE."));
        return command.run(context);
    }
    return context.usage(Tr::tr("Unknown command \"%1\".").arg(positional.first()));
}
