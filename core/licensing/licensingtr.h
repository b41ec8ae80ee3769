#pragma once

// Internal to core/licensing: the translation context every licensing message shares. Not for
// other modules.

#include <QCoreApplication>

namespace pd {

struct LicensingTr {
    Q_DECLARE_TR_FUNCTIONS(pd::Licensing)
};

} // namespace pd
