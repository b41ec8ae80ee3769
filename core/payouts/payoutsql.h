#pragma once
// Internal to the payout ledger: how payables are read (one query, their state from their events).

#include "../storage/sql.h"
#include "payoutledger.h"

#include <QCoreApplication>

namespace pd::payoutsql
{

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::PayoutLedger)
};

// SELECT of every payable column with its partner, program and events; add WHERE / ORDER BY.
const QString &selectPayables();
Payable payableFrom(const QSqlQuery &q);
// A WHERE condition (over selectPayables' aliases) true for the payables in `state`.
QString stateCondition(PayoutState state);

} // namespace pd::payoutsql
