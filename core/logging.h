#pragma once

#include <QLoggingCategory>
#include <QString>

class QDateTime;

// PartnerDesk's log: one category per layer, and where its lines go.
//
// Log lines are for support and stay in English (they are not user interface); what a user reads
// is in the error values and translated messages. Every category logs info and above by default;
// debug is off unless enabled (QT_LOGGING_RULES="pd.storage.debug=true", or the CLI's --verbose).
namespace pd {

Q_DECLARE_LOGGING_CATEGORY(lcCore)    // pd.core: start-up, settings, keys
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // pd.storage: databases opened, upgraded, closed
Q_DECLARE_LOGGING_CATEGORY(lcImport)  // pd.import: imports and exports of CSV files
Q_DECLARE_LOGGING_CATEGORY(lcEngine)  // pd.engine: tier evaluation, statements, closing
Q_DECLARE_LOGGING_CATEGORY(lcReport)  // pd.report: reviews and statement PDFs
Q_DECLARE_LOGGING_CATEGORY(lcTeam)    // pd.team: team databases, offline copies
Q_DECLARE_LOGGING_CATEGORY(lcUi)      // pd.ui: the window
Q_DECLARE_LOGGING_CATEGORY(lcCli)     // pd.cli: the command-line tool

namespace log {

// One log line, without its end of line: ISO time with the UTC offset, level, category, thread
// and the message; the lines of a message of several lines after the first are indented.
//   2026-12-08T01:02:03.456+01:00 info pd.storage [main] Database opened: ...
QString formatLine(QtMsgType type, const char *category, const QString &message, const QDateTime &when,
                   const QString &thread);

// The name of the calling thread in a log line: its QThread object name, else its id.
QString currentThreadName();

// The folder of the log file: the application's local data folder + "/logs".
QString defaultFolder();
// defaultFolder() + "/partnerdesk.log"
QString defaultPath();

struct FileOptions {
    QString path;                       // the current file; older ones are PATH.1 (newest) to PATH.N
    qint64 maxBytes = 1 << 20;          // a line that would make the file larger starts a new one
    int keep = 5;                       // files kept, the current one included
};

// Installs a message handler (qInstallMessageHandler) that writes every message reaching it to a
// rotating log file. When the file cannot be written the lines go to stderr instead, saying so
// once. With echoWarnings, warnings and worse also go to the handler installed before (Qt's, to
// the terminal). Call once at start-up, before other threads log.
void installFile(const FileOptions &options, bool echoWarnings);

// Installs a message handler that writes every message to stderr in the log's line format.
void installStderr();

// Both: the file, and every line to stderr as well (the CLI's --verbose with --log-file).
void installFileAndStderr(const FileOptions &options);

// Which pd.* lines are logged; QT_LOGGING_RULES, when set, still decides over these.
enum class Verbosity {
    Silent, // none (the CLI without --verbose): its output stays what users and scripts read
    Normal, // info and above
    Debug,  // every line
};
void setVerbosity(Verbosity verbosity);

} // namespace log
} // namespace pd
