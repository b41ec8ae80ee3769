#pragma once
// The activation-credit ledger (PROGRAMS.md §2): append-only entries per partner and the balance
// they add up to. All SQL of the ledger lives here.

#include "../licensing/licence.h"
#include "../result.h"
#include "database.h"

#include <QList>
#include <QStringList>

namespace pd {

class CreditLedger
{
public:
    explicit CreditLedger(Database &db);

    // Appends an entry and moves the partner's balance by its credits, in one transaction. An
    // entry that would take the balance below zero is refused with the shortfall, and nothing is
    // written. Two connections appending at once are serialised by the database: neither entry
    // is lost and the check cannot be passed twice on the same credits. Returns the stored entry
    // (id, recording time, balance after it).
    Result<CreditEntry> append(const CreditEntry &e);
    // The same inside a transaction the caller already holds (the demo generator's).
    Result<CreditEntry> appendWithin(const CreditEntry &e);

    Result<qint64> balance(qint64 partnerId) const;
    Result<QList<CreditEntry>> entries(qint64 partnerId) const; // oldest first
    Result<CreditEntry> entry(qint64 id) const;
    // Problems found, none when every balance equals the sum of its partner's entries and every
    // entry's balance-after is the running sum.
    Result<QStringList> audit() const;

private:
    Database &m_db;
};

} // namespace pd
