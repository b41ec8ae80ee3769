// Import of customer moves: the partners customers were with before their partner now.
#include "../storage/licencestore.h"
#include "../storage/store.h"
#include "importhandlers.h"

#include <QSet>
#include <algorithm>

namespace pd::importing {

namespace {

// A file's moves are the whole history of customers that have none in the database yet: each
// customer's moves are in date order, each starts from the partner the previous one ended with,
// and the last ends with the partner the customer is with now. Nothing else changes.
class MoveRows final : public RowHandler {
public:
    enum Column { CustomerCode, FromPartner, ToPartner, MovedOn, Reason, MovedBy };
    using RowHandler::RowHandler;

    Result<void> prepare() override
    {
        auto customers = m_store.customerRefsByCode();
        if (!customers)
            return std::unexpected(customers.error());
        m_customers = *customers;
        auto partners = m_store.partnerIdsByCode();
        if (!partners)
            return std::unexpected(partners.error());
        m_partners = *partners;
        for (auto it = m_partners.cbegin(); it != m_partners.cend(); ++it)
            m_partnerCodes.insert(it.value(), it.key());
        auto owners = LicenceStore(m_store.database()).customerOwners();
        if (!owners)
            return std::unexpected(owners.error());
        m_owners = *owners;
        return {};
    }

    void handle(Row &row, bool write) override
    {
        CustomerMove m;
        const Store::CustomerRef *customer = nullptr;
        if (row.requireText(CustomerCode)) {
            const auto it = m_customers.constFind(row[CustomerCode]);
            if (it == m_customers.cend())
                row.fail(CustomerCode, Tr::tr("there is no customer \"%1\"").arg(row[CustomerCode]));
            else if (m_owners.hasMoves(it->id))
                row.fail(CustomerCode, Tr::tr("customer \"%1\" already has moves in the database; moves are imported "
                                              "only for customers without any")
                                           .arg(row[CustomerCode]));
            else
                customer = &*it;
        }
        m.fromPartnerId = partner(row, FromPartner);
        m.toPartnerId = partner(row, ToPartner);
        if (m.fromPartnerId != 0 && m.fromPartnerId == m.toPartnerId)
            row.fail(ToPartner, Tr::tr("a customer moves to another partner, not to the one it leaves"));
        m.movedOn = row.date(MovedOn);
        m.reason = row[Reason];
        row.requireText(Reason);
        m.movedBy = row[MovedBy];
        row.requireText(MovedBy);
        if (customer && row.ok())
            followPrevious(row, *customer, m);
        if (customer && !row.ok())
            m_refused.insert(customer->id); // its last move is no longer known
        if (!row.ok() || !write)
            return;
        m.customerId = customer->id;
        if (auto id = LicenceStore(m_store.database()).insertCustomerMove(m); !id)
            row.storageError = id.error();
    }

    QList<LateIssue> finish() override
    {
        QList<LateIssue> out;
        for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) {
            const Last &last = *it;
            if (last.toPartnerId != last.partnerNow && !m_refused.contains(it.key()))
                out << LateIssue { last.line, { ToPartner, Tr::tr("customer \"%1\" is with partner %2 now, so its last "
                                                                  "move must be to %2, not to %3")
                                                               .arg(last.code, m_partnerCodes.value(last.partnerNow),
                                                                    m_partnerCodes.value(last.toPartnerId)) } };
        }
        std::sort(out.begin(), out.end(), [](const LateIssue &a, const LateIssue &b) { return a.line < b.line; });
        return out;
    }

private:
    // The customer's previous move in this file.
    struct Last {
        QString code;
        qint64 toPartnerId = 0;
        QDate movedOn;
        qint64 line = 0;
        qint64 partnerNow = 0;
    };

    qint64 partner(Row &row, int column)
    {
        if (!row.requireText(column))
            return 0;
        const qint64 id = m_partners.value(row[column]);
        if (id == 0)
            row.fail(column, Tr::tr("there is no partner \"%1\"").arg(row[column]));
        return id;
    }

    void followPrevious(Row &row, const Store::CustomerRef &customer, const CustomerMove &m)
    {
        if (const auto last = m_last.constFind(customer.id); last != m_last.cend()) {
            if (last->toPartnerId != m.fromPartnerId)
                row.fail(FromPartner, Tr::tr("customer \"%1\" was with partner %2 after its move on line %3, not with %4")
                                          .arg(last->code, m_partnerCodes.value(last->toPartnerId))
                                          .arg(last->line)
                                          .arg(row[FromPartner]));
            else if (m.movedOn < last->movedOn)
                row.fail(MovedOn, Tr::tr("customer \"%1\" moved on %2 (line %3); its moves must be in date order")
                                      .arg(last->code, last->movedOn.toString(Qt::ISODate))
                                      .arg(last->line));
        }
        if (row.ok())
            m_last.insert(customer.id, Last { row[CustomerCode], m.toPartnerId, m.movedOn, row.line, customer.partnerId });
    }

    QHash<QString, Store::CustomerRef> m_customers;
    QHash<QString, qint64> m_partners;
    QHash<qint64, QString> m_partnerCodes;
    CustomerOwners m_owners;
    QHash<qint64, Last> m_last; // by customer id
    QSet<qint64> m_refused;     // customers with a refused move
};

} // namespace

std::unique_ptr<RowHandler> makeMoveRows(Store &store)
{
    return std::make_unique<MoveRows>(store);
}

} // namespace pd::importing
