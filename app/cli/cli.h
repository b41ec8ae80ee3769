#pragma once

#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace pd {
class Database;
}

namespace pd::cli {

enum Exit { Ok = 0, BadInput = 1, Usage = 2 };

// What every command gets: the parsed command line, its own arguments and the output streams.
struct Context {
    QCommandLineParser &parser;
    QStringList args; // positional arguments after the command name
    QTextStream &out;
    QTextStream &err;
    QString dbPath;

    // Opens the database named by --db; prints the error and returns null on failure.
    std::unique_ptr<Database> open(bool create = false) const;
    // Warns on stderr when --db is a server URL that carries a password.
    void warnAboutPasswordInLocation() const;
    int fail(const Error &e) const;         // prints the message, returns BadInput
    int usage(const QString &message) const; // prints the message and a hint, returns Usage
    // Who is recorded as making a change: --by, else the user running the tool, else "cli".
    QString author() const;
};

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(partnerdesk_cli)
};

// --db, --lang, --verbose and --log-file apply to every command.
bool isGlobalOption(const QString &name);
// The log as the options ask: --verbose prints it to stderr (debug lines included), --log-file
// writes it to a rotating file; without either the tool logs nothing.
void setUpLogging(const QCommandLineParser &parser);

int runInit(Context &c);
int runGenerate(Context &c);
int runImport(Context &c);
int runExport(Context &c);
int runCheck(Context &c);
int runPrograms(Context &c);
int runSpif(Context &c);   // commands_spif.cpp
int runEvaluate(Context &c);
int runApply(Context &c);
int runStatement(Context &c);
int runFx(Context &c);
int runAdmin(Context &c);   // commands_team.cpp
int runOffline(Context &c);
int runNotes(Context &c);
int runHistory(Context &c); // commands_history.cpp
int runNfr(Context &c);
int runKeys(Context &c);
int runLicences(Context &c);
int runRenewals(Context &c);
int runCredits(Context &c);
int runCustomer(Context &c);
int runCertifications(Context &c);
int runVoid(Context &c);    // commands_corrections.cpp
int runCorrect(Context &c);
int runRestore(Context &c);
int runClose(Context &c);   // commands_close.cpp
int runRecords(Context &c);
int runPayouts(Context &c); // commands_payouts.cpp
int runRates(Context &c);   // commands_terms.cpp
int runQbr(Context &c);     // commands_qbr.cpp; needs a QApplication (offscreen)
int runStatementPdf(Context &c); // commands_statementpdf.cpp: statement --pdf / --all; the same

} // namespace pd::cli
