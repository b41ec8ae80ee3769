#pragma once

#include "logging.h"

#include <QFile>
#include <QMutex>

namespace pd::log {

// A log file that starts a new file when the next line would make it larger than maxBytes,
// keeping the last `keep` files: PATH (current), PATH.1 (the one before), ... PATH.<keep-1>.
// Thread-safe: lines of concurrent writers never mix. Each line is flushed, so a crash loses none.
class RotatingFile {
public:
    explicit RotatingFile(FileOptions options);
    RotatingFile(const RotatingFile &) = delete;
    RotatingFile &operator=(const RotatingFile &) = delete;

    // Appends `line` and an end of line. False when the file cannot be created or written (then
    // errorString() says why, and every later write fails at once rather than retrying).
    bool write(const QString &line);
    QString errorString() const;
    QString path() const { return m_options.path; }

private:
    bool openLocked();
    bool rotateLocked();
    bool failLocked(const QString &why);

    const FileOptions m_options;
    mutable QMutex m_mutex;
    QFile m_file;
    bool m_failed = false;
    QString m_error;
};

} // namespace pd::log
