#pragma once
// SQL of licensing records: licences, NFR keys, customer moves and partner certification levels.
// The activation-credit ledger has its own class (creditledger.h).
//
// These methods run no transaction of their own: the services in core/licensing wrap each
// action in Database::transaction, and the demo generator calls them inside its bulk transaction.

#include "../licensing/customerowners.h"
#include "../licensing/licence.h"
#include "../records.h"
#include "../result.h"
#include "database.h"

#include <QList>

namespace pd {

class LicenceStore
{
public:
    explicit LicenceStore(Database &db);
    Database &database() const { return m_db; }

    // Licences. A resale licence is written with its sale (product line, seats as quantity, the
    // unit price, renewal when it renews another licence), so rewards come from the statement
    // like any other sale; l.saleId, l.paid and l.id are set. Nothing is validated here beyond
    // the schema's constraints: see LicenceService.
    Result<qint64> insertLicence(Licence &l);
    Result<Licence> licence(qint64 id) const;
    // partnerId 0: every partner. Matches the licence's partner or the customer's current one.
    // Voided licences only with Voided::Included; licence(id) reads any.
    Result<QList<LicenceListing>> licences(qint64 partnerId, Voided voided = Voided::Excluded) const;
    // Live licences ending in [from, to] that no later live licence renews, of partners whose
    // customers they are now (partnerId 0: all), soonest first. Voided licences count nowhere:
    // not here, not in the seats below, not as a renewal (renewedById).
    Result<QList<LicenceListing>> renewalsDue(qint64 partnerId, const QDate &from, const QDate &to) const;
    // Seats of the partner's live internal-use licences whose term overlaps [from, to] (to null:
    // open-ended), leaving out one licence (the one being renewed, or 0).
    Result<qint64> internalSeatsOverlapping(
        qint64 partnerId, const QDate &from, const QDate &to, qint64 exceptId) const;

    // NFR keys.
    Result<qint64> insertNfrKey(const NfrKey &k);
    Result<NfrKey> nfrKey(const QString &serial) const;
    Result<QList<NfrKey>> nfrKeys(qint64 partnerId) const; // 0: all, newest first
    Result<qint64> activeNfrKeys(qint64 partnerId, const QDate &on, qint64 exceptId = 0) const;
    Result<void> setNfrOverrideReason(qint64 id, const QString &reason);
    Result<void> revokeNfrKey(qint64 id, const QDate &on, const QString &reason, const QString &by);

    // Customers by id or code (NotFound when there is none).
    Result<Customer> customer(qint64 id) const;
    Result<Customer> customerByCode(const QString &code) const;

    // Customer moves: the customer's partner changes and the move is recorded; its sales,
    // licences and credit entries keep the partner they were made with.
    Result<qint64> moveCustomer(const CustomerMove &m);
    Result<QList<CustomerMove>> customerMoves(qint64 customerId) const;
    // The date of the customer's last sale made by the partner (invalid when there is none).
    Result<QDate> lastSale(qint64 customerId, qint64 partnerId) const;
    // Every move, by customer and in recording order (for export), and the owners they give.
    Result<QList<CustomerMove>> allCustomerMoves() const;
    Result<CustomerOwners> customerOwners() const;
    // Records a past move without changing the customer's partner: an import of moves exported
    // from another database, whose customers are already with their last partner.
    Result<qint64> insertCustomerMove(const CustomerMove &m);

    // Partner certification levels and certificates that expire.
    Result<qint64> insertPartnerCertification(const PartnerCertification &c);
    Result<QList<PartnerCertification>> partnerCertifications(qint64 partnerId) const;
    // Live staff certificates and partner levels with an expiry in (asOf, asOf + days], soonest first.
    Result<QList<ExpiringCertification>> certificationsExpiring(
        const QDate &asOf, int days, qint64 partnerId) const;

    // Partners with something to renew in the `days` days after asOf, in one set-based query:
    // a licence ending in [asOf, asOf + days] that no later licence renews (its customer's
    // current partner), an NFR key valid until a day in that window and not revoked by asOf, or a
    // staff certificate or partner certification level expiring in (asOf, asOf + days].
    Result<QList<qint64>> partnersWithRenewalsDue(const QDate &asOf, int days) const;

private:
    Database &m_db;
};

} // namespace pd
