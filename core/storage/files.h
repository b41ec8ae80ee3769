#pragma once
// Internal to core/storage: the files of SQLite databases beside their main file.

#include "../result.h"

#include <QString>

namespace pd::files
{

// Creates an empty file that only its owner may read and write (0600 on Unix); SQLite then gives
// the database's -journal, -wal and -shm files the same permissions. Fails if the file exists.
Result<void> createPrivate(const QString &path);
// Removes `path` and the -journal, -wal and -shm files beside it (a file this process made).
void removeWithSideFiles(const QString &path);
// True when a non-empty -journal or -wal file lies beside `path`: a change that SQLite would
// apply or roll back on the next open.
bool hasPendingChange(const QString &path);
// Makes a rename or removal in the folder of `path` durable (fsync of the folder on Unix).
void syncFolder(const QString &path);

} // namespace pd::files
