#pragma once

// Internal to core/licensing: the translation context every licensing message shares, and the
// error for bad input that the services return. Not for other modules.

#include "../result.h"

#include <QCoreApplication>

namespace pd {

struct LicensingTr {
    Q_DECLARE_TR_FUNCTIONS(pd::Licensing)
};

inline Error invalidInput(const QString &message)
{
    return Error { Error::Code::InvalidInput, message };
}

} // namespace pd
