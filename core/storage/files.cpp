#include "files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pd::files
{

namespace
{

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Database)
};

const char *const kSideSuffixes[] = { "-journal", "-wal", "-shm" };

} // namespace

Result<void> createPrivate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return fail(Error::Code::Storage,
                    Tr::tr("%1 could not be created: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void removeWithSideFiles(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : kSideSuffixes)
        QFile::remove(path + QLatin1StringView(suffix));
}

bool hasPendingChange(const QString &path)
{
    for (const char *suffix : { "-journal", "-wal" }) {
        if (QFileInfo(path + QLatin1StringView(suffix)).size() > 0)
            return true;
    }
    return false;
}

void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

} // namespace pd::files
