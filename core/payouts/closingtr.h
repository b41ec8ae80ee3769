#pragma once
// The translation context of closing's messages (closing*.cpp, frozenjson.cpp).

#include <QCoreApplication>

namespace pd {

struct ClosingTr {
    Q_DECLARE_TR_FUNCTIONS(pd::QuarterClosing)
};

} // namespace pd
