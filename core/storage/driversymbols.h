#pragma once
// Internal to core/storage: functions of the library a Qt SQL driver runs on (SQLite for QSQLITE,
// libpq for QPSQL), found in the loaded driver plugin and what it loaded, never linked: they are
// by construction the copy that opened the connection.

class QSqlDriver;

namespace pd::sql {

// The address of `name` in the module that holds `driver`'s code or in the libraries it loaded;
// null when it cannot be found (a platform without dlopen, symbols kept hidden). `windowsLibrary`
// names the DLL to look in on Windows, where a module's lookup does not reach its dependencies
// (for example "libpq.dll"); null looks in the driver's own module.
void *driverSymbol(const QSqlDriver *driver, const char *name, const wchar_t *windowsLibrary = nullptr);

// Sets `function` to driverSymbol(...) and clears `complete` when it was not found.
template<typename F>
void resolveDriverSymbol(const QSqlDriver *driver, F &function, const char *name, bool &complete,
                         const wchar_t *windowsLibrary = nullptr)
{
    function = reinterpret_cast<F>(driverSymbol(driver, name, windowsLibrary));
    complete &= function != nullptr;
}

} // namespace pd::sql
