#pragma once

#include "result.h"

#include <QString>

namespace pd::ui {

// The passwords of team databases, keyed by the database's URL (which never holds a password).
// Between runs they live in the operating system's keychain (QtKeychain) and nowhere else: never
// in QSettings. Within a run, workerdatabase.h keeps the one in use in memory for the worker
// connections. The keychain calls wait for the keychain's answer in a local event loop.
class PasswordStore {
public:
    // False when PartnerDesk was built without QtKeychain.
    static bool keychainAvailable();
    // The saved password, or an empty string when none is saved (or there is no keychain).
    // An error says why the keychain could not be read.
    static Result<QString> read(const QString &location);
    static Result<void> write(const QString &location, const QString &password);
    static void forget(const QString &location);
};

} // namespace pd::ui
