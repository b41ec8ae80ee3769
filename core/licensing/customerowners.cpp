#include "customerowners.h"

namespace pd {

CustomerOwners::CustomerOwners(const QList<CustomerMove> &moves)
{
    for (const CustomerMove &m : moves)
        m_moves[m.customerId].append(m);
}

qint64 CustomerOwners::ownerOn(qint64 customerId, qint64 currentPartnerId, const QDate &on) const
{
    const auto it = m_moves.constFind(customerId);
    if (it == m_moves.cend())
        return currentPartnerId;
    // The first move after the date says whom the customer left then.
    for (const CustomerMove &m : *it) {
        if (m.movedOn > on)
            return m.fromPartnerId;
    }
    return currentPartnerId;
}

} // namespace pd
