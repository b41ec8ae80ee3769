#pragma once

#include "licence.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace pd {

// Which partner a customer was with on a date, from its recorded moves: a customer moved on D
// from P1 to P2 was with P1 before D and with P2 from D on. Loaded once
// (LicenceStore::customerOwners) for checks over many records.
class CustomerOwners {
public:
    CustomerOwners() = default;
    // `moves` in the order they were recorded.
    explicit CustomerOwners(const QList<CustomerMove> &moves);

    // currentPartnerId: the customer's partner now (customers.partner_id), its owner after its
    // last move or when it never moved.
    qint64 ownerOn(qint64 customerId, qint64 currentPartnerId, const QDate &on) const;
    bool hasMoves(qint64 customerId) const { return m_moves.contains(customerId); }

private:
    QHash<qint64, QList<CustomerMove>> m_moves; // by customer, in recording order
};

} // namespace pd
