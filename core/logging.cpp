#include "logging.h"

#include "logfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <memory>

namespace pd {

Q_LOGGING_CATEGORY(lcCore, "pd.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "pd.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "pd.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "pd.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "pd.report", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTeam, "pd.team", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pd.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "pd.cli", QtInfoMsg)

namespace log {

namespace {

QLatin1StringView levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1StringView("debug");
    case QtInfoMsg:
        return QLatin1StringView("info");
    case QtWarningMsg:
        return QLatin1StringView("warning");
    case QtCriticalMsg:
        return QLatin1StringView("critical");
    case QtFatalMsg:
        return QLatin1StringView("fatal");
    }
    return QLatin1StringView("unknown");
}

// Where the installed handler writes. Made once at start-up and never destroyed, so that a
// message logged while the program ends (a static's destructor) still finds it.
struct Sink {
    std::unique_ptr<RotatingFile> file;
    bool toStderr = false;
    bool echoWarnings = false;
    QtMessageHandler previous = nullptr;
    std::atomic_bool fellBack = false;
};

Sink *g_sink = nullptr;

void writeStderr(const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &sink = *g_sink;
    const QString line = formatLine(type, context.category, message, QDateTime::currentDateTime(), currentThreadName());
    bool toStderr = sink.toStderr;
    if (sink.file && !sink.file->write(line)) {
        // The folder is read-only, the disk full: say so once, then keep the lines on stderr.
        if (!sink.fellBack.exchange(true))
            writeStderr(QStringLiteral("PartnerDesk: the log file %1 cannot be written (%2); logging to stderr instead.")
                            .arg(QDir::toNativeSeparators(sink.file->path()), sink.file->errorString()));
        toStderr = true;
    }
    if (toStderr)
        writeStderr(line);
    else if (sink.echoWarnings && type != QtDebugMsg && type != QtInfoMsg && sink.previous)
        sink.previous(type, context, message);
}

void install(std::unique_ptr<RotatingFile> file, bool toStderr, bool echoWarnings)
{
    auto *sink = new Sink; // never deleted: see Sink
    sink->file = std::move(file);
    sink->toStderr = toStderr;
    sink->echoWarnings = echoWarnings;
    g_sink = sink;
    sink->previous = qInstallMessageHandler(handle);
}

} // namespace

QString formatLine(QtMsgType type, const char *category, const QString &message, const QDateTime &when,
                   const QString &thread)
{
    QString text = message;
    text.replace(u'\n', QStringLiteral("\n    "));
    const QDateTime local = when.toOffsetFromUtc(when.offsetFromUtc());
    return local.toString(Qt::ISODateWithMs) + u' ' + levelName(type) + u' '
        + QLatin1StringView(category && *category ? category : "default") + QStringLiteral(" [") + thread
        + QStringLiteral("] ") + text;
}

QString currentThreadName()
{
    const QThread *thread = QThread::currentThread();
    if (!thread->objectName().isEmpty())
        return thread->objectName();
    if (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread())
        return QStringLiteral("main");
    return QString::number(quintptr(QThread::currentThreadId()), 16);
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

QString defaultPath()
{
    return defaultFolder() + QStringLiteral("/partnerdesk.log");
}

void installFile(const FileOptions &options, bool echoWarnings)
{
    install(std::make_unique<RotatingFile>(options), false, echoWarnings);
}

void installStderr()
{
    install(nullptr, true, false);
}

void installFileAndStderr(const FileOptions &options)
{
    install(std::make_unique<RotatingFile>(options), true, false);
}

void setVerbosity(Verbosity verbosity)
{
    switch (verbosity) {
    case Verbosity::Silent:
        QLoggingCategory::setFilterRules(QStringLiteral("pd.*=false"));
        return;
    case Verbosity::Normal:
        QLoggingCategory::setFilterRules(QString());
        return;
    case Verbosity::Debug:
        QLoggingCategory::setFilterRules(QStringLiteral("pd.*.debug=true"));
        return;
    }
}

} // namespace log
} // namespace pd
