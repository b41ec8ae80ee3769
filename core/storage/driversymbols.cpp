#include "driversymbols.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace pd::sql {

void *driverSymbol(const QSqlDriver *driver, const char *name, const wchar_t *windowsLibrary)
{
    // The driver object's vtable lives in the plugin (or wherever the driver was built in).
    const void *code = *reinterpret_cast<void *const *>(driver);
#if defined(Q_OS_UNIX)
    Q_UNUSED(windowsLibrary);
    Dl_info info {};
    if (!dladdr(code, &info) || !info.dli_fname)
        return nullptr;
    // The plugin is loaded already: NOLOAD only hands out another reference to it, which is kept
    // (plugins stay loaded for the process anyway). dlsym on it searches what it loaded too.
    void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    return plugin ? dlsym(plugin, name) : nullptr;
#elif defined(Q_OS_WIN)
    HMODULE module = nullptr;
    if (windowsLibrary)
        module = GetModuleHandleW(windowsLibrary);
    else if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                                 static_cast<LPCWSTR>(code), &module))
        return nullptr;
    return module ? reinterpret_cast<void *>(GetProcAddress(module, name)) : nullptr;
#else
    Q_UNUSED(code);
    Q_UNUSED(name);
    Q_UNUSED(windowsLibrary);
    return nullptr;
#endif
}

} // namespace pd::sql
