#pragma once
// Internal to core/storage: SQLite's result codes (sqlite3.h), which Qt reports as the native
// error code. An extended code keeps its primary code in the low byte.

namespace pd::sqlite
{

constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoErr = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kNotADb = 26;
constexpr int kReadOnlyRecovery = kReadOnly | (1 << 8);
constexpr int kReadOnlyCantLock = kReadOnly | (2 << 8);
constexpr int kReadOnlyRollback = kReadOnly | (3 << 8);
constexpr int kReadOnlyCantInit = kReadOnly | (5 << 8);
constexpr int kReadOnlyDirectory = kReadOnly | (6 << 8);

constexpr int primary(int code)
{
    return code & 0xff;
}

} // namespace pd::sqlite
