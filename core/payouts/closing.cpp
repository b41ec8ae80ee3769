#include "closing.h"

#include "../storage/store.h"

namespace pd {

// Foundation stub (issue 16): the close branch implements closing.
QuarterClosing::QuarterClosing(Store &store)
    : m_store(store)
{
}

Result<std::optional<QuarterStatement>> QuarterClosing::frozenStatement(qint64, const Quarter &) const
{
    return std::optional<QuarterStatement> {};
}

Result<QList<StatementAdjustment>> QuarterClosing::pendingAdjustments(const RewardContext &) const
{
    return QList<StatementAdjustment> {};
}

} // namespace pd
