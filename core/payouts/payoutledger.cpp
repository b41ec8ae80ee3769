#include "payoutledger.h"

#include "../storage/database.h"

namespace pd {

QString payoutStateKey(PayoutState state)
{
    switch (state) {
    case PayoutState::Carried:
        return QStringLiteral("carried");
    case PayoutState::Owed:
        return QStringLiteral("owed");
    case PayoutState::Approved:
        return QStringLiteral("approved");
    case PayoutState::Paid:
        return QStringLiteral("paid");
    }
    return {};
}

std::optional<PayoutState> payoutStateFromKey(const QString &key)
{
    for (const PayoutState s : { PayoutState::Carried, PayoutState::Owed, PayoutState::Approved, PayoutState::Paid }) {
        if (payoutStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

// Foundation stub (issue 16): the payouts branch implements the ledger.
PayoutLedger::PayoutLedger(Database &db)
    : m_db(db)
{
}

} // namespace pd
