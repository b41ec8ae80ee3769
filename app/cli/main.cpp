// partnerdesk-cli: the command-line tool. Argument parsing and dispatch only; the work is in core.
#include "cli.h"

#include "logging.h"
#include "storage/database.h"
#include "translations.h"

#ifdef PD_WITH_QBR
#include <QGuiApplication>
#endif
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
    bool needsDb = true; // nfr verify and keys work without a database
};

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

QList<Command> commands()
{
    const QString json = QStringLiteral("json");
    return {
        { "init", runInit, { QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("today") } },
        { "generate", runGenerate,
          { QStringLiteral("partners"), QStringLiteral("sales"), QStringLiteral("seed"), QStringLiteral("today") } },
        { "import", runImport, { QStringLiteral("update"), QStringLiteral("by") } },
        { "export", runExport, {} },
        { "check", runCheck, {} },
        { "programs", runPrograms, {} },
        { "spif", runSpif, {} },
        { "evaluate", runEvaluate, { QStringLiteral("as-of"), json, QStringLiteral("program") } },
        { "apply", runApply, { QStringLiteral("partner"), QStringLiteral("as-of"), QStringLiteral("reason"),
                               QStringLiteral("by") } },
        { "statement", runStatement,
          { QStringLiteral("partner"), QStringLiteral("quarter"), json, QStringLiteral("pdf"), QStringLiteral("all"),
            QStringLiteral("program"), QStringLiteral("out"), QStringLiteral("paper") } },
        { "fx", runFx, {} },
        { "admin", runAdmin, names({ "before", "days" }) },
        { "offline", runOffline, names({ "territory", "program", "country", "replace" }) },
        { "notes", runNotes, { QStringLiteral("partner") } },
        { "history", runHistory, { QStringLiteral("partner") } },
        { "nfr", runNfr,
          names({ "partner", "product", "modules", "on", "months", "addon-days", "override", "by", "reason", "as-of",
                  "public-key", "key-dir", "json" }),
          false },
        { "keys", runKeys, names({ "public", "key-dir" }), false },
        { "licences", runLicences,
          names({ "partner", "customer", "internal", "line", "product", "edition", "modules", "seats", "start", "end", "sold",
                  "price", "currency", "renews", "note", "voided" }) },
        { "void", runVoid, names({ "reason" }) },
        { "correct", runCorrect,
          names({ "reason", "date", "customer", "product-line", "unit-price", "currency", "quantity", "renewal", "line",
                  "product", "edition", "modules", "seats", "start", "end", "sold", "price", "renews", "note", "kind",
                  "certificate", "passed", "expires", "metric", "value" }) },
        { "restore", runRestore, names({ "reason" }) },
        { "close", runClose, names({ "quarter", "preview", "today", "by" }) },
        { "records", runRecords, names({ "partner", "voided" }) },
        { "renewals", runRenewals, names({ "partner", "days", "as-of" }) },
        { "credits", runCredits,
          names({ "partner", "credits", "discount", "customer", "on", "by", "note", "paid", "corrects", "reason" }) },
        { "customer", runCustomer, names({ "to", "on", "reason", "by" }) },
        { "certifications", runCertifications,
          names({ "partner", "days", "as-of", "level", "on", "expires", "by", "note" }) },
        { "payouts", runPayouts, names({ "state", "quarter", "currency", "owner", "partner", "by", "date", "reference" }) },
        { "rates", runRates, names({ "partner", "line", "from", "percent", "per-unit", "currency", "program-rate", "reason",
                                     "by" }) },
#ifdef PD_WITH_QBR
        { "qbr", runQbr, names({ "partner", "all", "program", "quarter", "out", "paper", "today" }) },
#endif
    };
}

QString helpText()
{
    return Tr::tr("Usage: partnerdesk-cli --db FILE COMMAND [ARGUMENTS] [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  init [--demo] [--seed S]             create the database (with demo data)\n"
                  "  import KIND FILE.csv                 import records, all or nothing\n"
                  "  import partners|customers FILE.csv --update [--by NAME]\n"
                  "                                       also update existing records by code, each\n"
                  "                                       changed field logged in the partner's history\n"
                  "  export KIND FILE.csv                 export records\n"
                  "      KIND: partners, certifications, customers, moves, sales, events, scores, fxrates\n"
                  "  programs list                        list the programs\n"
                  "  programs show KEY                    show a program's tiers and requirements\n"
                  "  programs export KEY FILE.json        write a program definition\n"
                  "  programs import FILE.json            add or replace a program definition\n"
                  "  spif list | spif show KEY            SPIF campaigns (bonuses on statements)\n"
                  "  spif import FILE.json | spif export KEY FILE.json | spif remove KEY\n"
                  "                                       add or replace, write, remove a campaign\n"
                  "  evaluate [--as-of DATE] [--program KEY] [--json]\n"
                  "                                       current and proposed tier, gaps to the next tier\n"
                  "  apply --partner ID --reason TEXT [--as-of DATE] [--by NAME]\n"
                  "                                       apply the proposed tier change and record it\n"
                  "  statement --partner ID --quarter 2026-Q3 [--json]\n"
                  "                                       sales, rewards and rebate of a quarter\n"
                  "  statement --partner ID --quarter 2026-Q3 --pdf FILE [--paper a4|letter] [--lang en|es|ru]\n"
                  "  statement --all [--program KEY] --quarter 2026-Q3 --out DIR\n"
                  "                                       the partner statement as PDF (one per partner)\n"
                  "  close --quarter 2026-Q3 [--preview] [--today DATE] [--by NAME]\n"
                  "                                       freeze the quarter's statements, book late changes\n"
                  "                                       as adjustments and create the payables; quarters\n"
                  "                                       close in order, once, after they end\n"
                  "  close list                           the closed quarters, when and by whom\n"
                  "  fx list | fx set DATE BASE QUOTE RATE exchange rates (1 BASE = RATE QUOTE)\n"
                  "  generate --partners N --sales M [--seed S]\n"
                  "                                       add a synthetic data set for scale work\n"
                  "  check                                check the database's integrity\n"
                  "\n"
                  "Voids and corrections (records are never deleted; KIND: sale, licence, event,\n"
                  "certification, score):\n"
                  "  void KIND ID --reason TEXT           void a record: it leaves metrics and statements\n"
                  "  correct KIND ID --reason TEXT --FIELD VALUE ...\n"
                  "                                       void a record and add its corrected copy; fields:\n"
                  "      sale: --date --customer --product-line --unit-price --currency --quantity --renewal\n"
                  "      licence: the options of licences add; event: --kind --date --note\n"
                  "      certification: --certificate --passed --expires; score: --metric --date --value\n"
                  "  restore KIND ID --reason TEXT        undo a void: a live copy of the voided record\n"
                  "  records KIND --partner ID [--voided] a partner's records, with the voided ones and\n"
                  "                                       who voided them, when and why\n"
                  "\n"
                  "Licences, NFR keys, activation credits and certifications:\n"
                  "  licences list [--partner ID] [--voided]\n"
                  "                                       licences sold through partners\n"
                  "  licences add --partner ID (--customer CODE | --internal) --line KEY --product NAME\n"
                  "      --start DATE --price AMOUNT [--seats N] [--end DATE] [--renews ID] [--sold DATE]\n"
                  "      [--edition E] [--modules A,B] [--currency C] [--note TEXT]\n"
                  "                                       record a licence sale (or an internal-use licence)\n"
                  "  renewals [--partner ID] [--days 30|60|90] [--as-of DATE]\n"
                  "                                       licences due for renewal\n"
                  "  nfr issue --partner ID --product NAME [--modules A,B] [--on DATE] [--months N]\n"
                  "      [--addon-days N] [--override REASON] [--by NAME]\n"
                  "                                       issue a signed not-for-resale demo key\n"
                  "  nfr list [--partner ID] [--as-of DATE] | nfr revoke SERIAL --reason TEXT\n"
                  "  nfr verify KEY|@FILE|- [--as-of DATE] [--public-key FILE] [--json]\n"
                  "                                       check a key offline (--db also checks revocation);\n"
                  "                                       exit status 0 only for a valid key\n"
                  "  keys show | keys export FILE [--public] | keys import FILE [--key-dir DIR]\n"
                  "                                       the vendor signing key (outside the database)\n"
                  "  credits buy --partner ID --credits N [--discount PCT]\n"
                  "  credits consume --partner ID --credits N --customer CODE\n"
                  "  credits correct --partner ID --corrects ENTRY --credits N [--paid AMOUNT] --reason TEXT\n"
                  "  credits balance|ledger --partner ID  the activation-credit ledger (append-only)\n"
                  "  customer move CODE --to PARTNER --reason TEXT [--on DATE]\n"
                  "                                       move a customer to another partner (no credits)\n"
                  "  certifications expiring [--days 90] [--partner ID] [--as-of DATE]\n"
                  "  certifications levels --partner ID | award --partner ID --level KEY [--on DATE] [--expires DATE]\n"
                  "  rates list --partner ID              a partner's negotiated rates (dated, append-only)\n"
                  "  rates set --partner ID --line KEY --from DATE --reason TEXT [--by NAME]\n"
                  "      (--percent P | --per-unit AMOUNT [--currency C] | --program-rate)\n"
                  "                                       a reward rate or a commission per unit for one\n"
                  "                                       product line (or renewal) from DATE, or back to\n"
                  "                                       the program's rate\n"
                  "\n"
                  "Payouts (one payable per partner and currency of a closed quarter):\n"
                  "  payouts list [--state owed|approved|paid|carried] [--quarter Q] [--currency C]\n"
                  "      [--owner NAME] [--partner ID]    payables, with totals per currency and state\n"
                  "  payouts approve ID [--by NAME]       an owed payable is approved for payment\n"
                  "  payouts pay ID --date YYYY-MM-DD --reference TEXT [--by NAME]\n"
                  "                                       record the payment of an approved payable\n"
                  "  payouts export FILE.csv [filters]    the listed payables as CSV\n"
                  "\n"
                  "Quarterly business reviews (PDF):\n"
                  "  qbr (--partner ID | --all [--program KEY]) --quarter 2026-Q3 --out PATH [--lang en|es|ru]\n"
                  "      [--paper a4|letter] [--today DATE]\n"
                  "                                       one PDF (PATH.pdf or a folder) or one per partner\n"
                  "                                       into the folder PATH, on all cores\n"
                  "\n"
                  "Team database (--db postgresql://USER@HOST:PORT/DATABASE[?sslmode=require]):\n"
                  "  admin roles                          create the manager and rep roles and their rights\n"
                  "  admin grant USER manager|rep         give a database user one of the roles\n"
                  "  admin prune-changes --before DATE | --days N\n"
                  "                                       remove older change-log entries (offline copies\n"
                  "                                       last refreshed before then must be taken again)\n"
                  "  history --partner ID                 a partner's tier changes and re-synced fields\n"
                  "  notes --partner ID | notes add --partner ID TEXT\n"
                  "                                       a partner's notes (reps may add notes only)\n"
                  "  offline take FILE [--territory T] [--program KEY] [--country CC] [--replace]\n"
                  "                                       copy the partners a rep needs into a file; it\n"
                  "                                       replaces another database's offline copy only with --replace\n"
                  "  offline refresh | info | verify      (--db FILE) bring the copy up to date; show where it\n"
                  "                                       comes from; compare it with its source\n"
                  "\n"
                  "Exit status: 0 success, 1 bad input or data, 2 usage error.\n")
        + Tr::tr("\n"
                 "Log (for support): --verbose prints it to stderr, debug lines included;\n"
                 "--log-file FILE writes it to FILE (renewed at 1 MB, five files kept).\n");
}

// Only qbr and statement --pdf draw (fonts, charts): they alone get a QGuiApplication, on the
// offscreen platform unless the user names one, so the tool still runs without a display.
#ifdef PD_WITH_QBR
bool needsGui(int argc, char *argv[])
{
    bool statement = false;
    bool pdf = false; // statement --pdf FILE / --all: the partner statement PDF
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "qbr") == 0)
            return true;
        statement = statement || qstrcmp(argv[i], "statement") == 0;
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0 || qstrcmp(argv[i], "--all") == 0;
    }
    return statement && pdf;
}
#endif

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef PD_WITH_QBR
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
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
    parser.addOption({ QStringLiteral("db"), Tr::tr("The database file, or a postgresql:// address."), Tr::tr("FILE") });
    parser.addOption({ QStringLiteral("lang"), Tr::tr("Language of messages (en, es, ru)."), Tr::tr("LANG") });
    parser.addOption({ QStringLiteral("verbose"), Tr::tr("Print the log (debug lines too) to stderr.") });
    parser.addOption({ QStringLiteral("log-file"), Tr::tr("Also write the log to this file."), Tr::tr("FILE") });
    parser.addOption({ QStringLiteral("demo"), Tr::tr("Fill a new database with demo data.") });
    parser.addOption({ QStringLiteral("json"), Tr::tr("Write JSON instead of text.") });
    parser.addOption({ QStringLiteral("internal"), Tr::tr("An internal-use licence.") });
    parser.addOption({ QStringLiteral("public"), Tr::tr("Only the public part of the key.") });
    parser.addOption({ QStringLiteral("all"), Tr::tr("Every partner (of --program, when given).") });
    parser.addOption({ QStringLiteral("replace"), Tr::tr("Replace an offline copy of another database.") });
    parser.addOption({ QStringLiteral("voided"), Tr::tr("List voided records too.") });
    parser.addOption({ QStringLiteral("preview"), Tr::tr("Show what closing would freeze; write nothing.") });
    for (const char *name : { "date", "product-line", "unit-price", "quantity", "renewal", "kind", "certificate", "passed",
                              "metric", "value" })
        parser.addOption({ QString::fromLatin1(name), QString(), Tr::tr("VALUE") });
    parser.addOption({ QStringLiteral("update"), Tr::tr("Update existing partners and customers by code.") });
    for (const char *name : { "out", "paper", "pdf" })
        parser.addOption({ QString::fromLatin1(name), QString(), Tr::tr("VALUE") });
    for (const char *name : { "territory", "country" })
        parser.addOption({ QString::fromLatin1(name), QString(), Tr::tr("VALUE") });
    for (const char *name : { "seed", "today", "partners", "sales", "as-of", "program", "partner", "quarter", "reason", "by" })
        parser.addOption({ QString::fromLatin1(name), QString(), Tr::tr("VALUE") });
    for (const char *name : { "customer", "line", "product", "edition", "modules", "seats", "start", "end", "sold", "price",
                              "currency", "renews", "note", "days", "credits", "discount", "paid", "corrects", "on",
                              "months", "addon-days", "override", "public-key", "key-dir", "to", "level", "expires", "before" })
        parser.addOption({ QString::fromLatin1(name), QString(), Tr::tr("VALUE") });
    for (const char *name : { "state", "owner", "reference", "from", "percent", "per-unit" })
        parser.addOption({ QString::fromLatin1(name), QString(), Tr::tr("VALUE") });
    parser.addOption({ QStringLiteral("program-rate"), Tr::tr("Back to the program's rate.") });
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("The command to run."));

    log::setVerbosity(log::Verbosity::Silent); // until the options say otherwise: no log lines among the output
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

    setUpLogging(parser);
    Context context { parser, positional.mid(1), out, err, parser.value(QStringLiteral("db")) };
    context.warnAboutPasswordInLocation();
    for (const Command &command : commands()) {
        if (positional.first() != QLatin1StringView(command.name))
            continue;
        for (const QString &name : parser.optionNames()) {
            if (!isGlobalOption(name) && !command.options.contains(name))
                return context.usage(Tr::tr("The option --%1 does not apply to \"%2\".").arg(name, positional.first()));
        }
        if (command.needsDb && context.dbPath.isEmpty())
            return context.usage(Tr::tr("Name the database with --db FILE."));
        return command.run(context);
    }
    return context.usage(Tr::tr("Unknown command \"%1\".").arg(positional.first()));
}
