#pragma once
// Test helpers for the files of SQLite databases: another program holding a lock, a disk that
// fills up, file modes.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pd::test {

// The sqlite3 tool holding `path` locked (as another program would) until the process ends.
inline std::unique_ptr<QProcess> lockWithSqlite3(const QString &path)
{
    auto p = std::make_unique<QProcess>();
    p->start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), { path });
    p->write("PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT 'locked';\n");
    QByteArray out;
    while (!out.contains("locked") && p->waitForReadyRead(10000))
        out += p->readAllStandardOutput();
    return out.contains("locked") ? std::move(p) : nullptr;
}

#ifdef Q_OS_UNIX
// While alive, files this process writes cannot grow past `bytes`: a disk that is full.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_signal = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_signal);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old {};
    void (*m_signal)(int) = nullptr;
};

// The permission bits of a file (0644, 0600), or -1 when it does not exist.
inline int fileMode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

inline bool runningAsRoot()
{
    return ::geteuid() == 0;
}
#endif

} // namespace pd::test
