#pragma once

#include <QtGlobal>
#include <functional>

namespace pd {

// Long work reports progress through this callback; returning false asks it to stop: the work
// then rolls back what it wrote and returns an error with Error::Code::Cancelled.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

inline bool reportProgress(const ProgressFn &fn, qint64 done, qint64 total)
{
    return !fn || fn(done, total);
}

} // namespace pd
