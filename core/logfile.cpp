#include "logfile.h"

#include <QDir>
#include <QFileInfo>

namespace pd::log {

RotatingFile::RotatingFile(FileOptions options)
    : m_options(std::move(options))
{
}

QString RotatingFile::errorString() const
{
    const QMutexLocker lock(&m_mutex);
    return m_error;
}

bool RotatingFile::failLocked(const QString &why)
{
    m_failed = true;
    m_error = why;
    m_file.close();
    return false;
}

bool RotatingFile::openLocked()
{
    const QFileInfo info(m_options.path);
    if (!QDir().mkpath(info.absolutePath()))
        return failLocked(QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    m_file.setFileName(m_options.path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return failLocked(m_file.errorString());
    return true;
}

bool RotatingFile::rotateLocked()
{
    m_file.close();
    const QString &path = m_options.path;
    const int keep = qMax(1, m_options.keep);
    if (keep == 1) {
        QFile::remove(path);
        return openLocked();
    }
    const auto older = [&path](int n) { return QStringLiteral("%1.%2").arg(path).arg(n); };
    QFile::remove(older(keep - 1));
    for (int n = keep - 2; n >= 1; --n) {
        if (QFile::exists(older(n)))
            QFile::rename(older(n), older(n + 1));
    }
    if (!QFile::rename(path, older(1)))
        QFile::remove(path); // cannot keep it (another program holds it): start afresh all the same
    return openLocked();
}

bool RotatingFile::write(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    const QMutexLocker lock(&m_mutex);
    if (m_failed)
        return false;
    if (!m_file.isOpen() && !openLocked())
        return false;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_options.maxBytes && !rotateLocked())
        return false;
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        return failLocked(m_file.errorString());
    return true;
}

} // namespace pd::log
