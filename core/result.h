#pragma once

#include <QString>
#include <expected>

namespace pd {

// Errors crossing core's public edge are values: a machine-readable code and a message that is
// already translated for the current language.
struct Error {
    enum class Code {
        InvalidInput,     // bad user data: a CSV row, a program definition, an amount
        NotFound,         // a referenced record does not exist
        Storage,          // the database failed (I/O, constraint, driver)
        NotADatabase,     // the file is not a PartnerDesk database
        NewerDatabase,    // written by a newer PartnerDesk
        MissingRate,      // no exchange rate for a currency pair and date
        Conflict,         // someone else changed the record
        Cancelled,        // the user stopped long work; nothing was written
        PermissionDenied, // the database server's grants refuse this user the change
        Busy,             // another program kept the database locked for writing; nothing was changed
        WriteFailed,      // the database file cannot be written (disk full, read-only, I/O error)
        Damaged,          // the database file is damaged (truncated or overwritten)
        FolderReadOnly,   // a write-ahead-log database in a folder where its -wal/-shm cannot be made
        InterruptedWrite, // an interrupted change (a hot journal) must be rolled back, and cannot be here
    };
    Code code = Code::InvalidInput;
    QString message;
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(Error::Code code, QString message)
{
    return std::unexpected(Error { code, std::move(message) });
}

} // namespace pd
