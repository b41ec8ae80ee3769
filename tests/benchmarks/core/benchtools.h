#pragma once
// What bench_core's SQLite and PostgreSQL runs share: printing a figure, timing the sqlite3 shell
// and child programs, reading this process's peak memory.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <utility>
#include <vector>

namespace bench {

inline void print(const char *what, double seconds, const QString &extra = {})
{
    std::printf("%-46s %9.3f s%s\n", what, seconds, extra.isEmpty() ? "" : qPrintable(u"  " + extra));
    std::fflush(stdout);
}

// Runs the sqlite3 shell on a database with the given input; returns seconds or -1.
inline double timeSqlite(const QString &db, const QStringList &args, const QByteArray &input)
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        return -1;
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), QStringList { db } + args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    return p.exitCode() == 0 ? t.nsecsElapsed() / 1e9 : -1;
}

// Runs a program to its end with its output thrown away; returns seconds and its peak resident
// memory (KB), or -1 seconds when it could not run or failed.
inline std::pair<double, long> timeChild(const QStringList &args)
{
    std::vector<QByteArray> bytes;
    for (const QString &a : args)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return { -1, 0 };
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    const double seconds = t.nsecsElapsed() / 1e9;
    return { WIFEXITED(status) && WEXITSTATUS(status) == 0 ? seconds : -1, usage.ru_maxrss };
}

inline qint64 peakMemoryKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace bench
