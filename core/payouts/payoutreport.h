#pragma once
// What the payouts list shows beside its rows, and its CSV file: shared by the command-line tool
// and the window's Payouts view.

#include "payoutledger.h"

class QIODevice;

namespace pd
{

// One currency's payables of a list, summed by state. Amounts of different currencies are never
// added together.
struct PayoutTotal {
    QString currency;
    qint64 payables = 0;
    qint64 owedMinor = 0;
    qint64 approvedMinor = 0;
    qint64 paidMinor = 0;
    qint64 carriedOutMinor = 0; // <= 0: the negative balances the list's payables carry forward
};

// By currency code; an error when a sum goes beyond the largest amount.
Result<QList<PayoutTotal>> payoutTotals(const QList<Payable> &payables);

// The columns of the payouts CSV, in order: id, partner_code, partner_name, owner, program,
// quarter, currency, rewards, rebate, spif, adjustments, carried_in, amount, carried_out, state,
// approved_at, approved_by, paid_on, payment_reference. Amounts are plain decimal text
// ("-12.50"), states their keys ("owed"), times ISO 8601 UTC; text cells are guarded against
// spreadsheet formulas (csvEscapeText).
QStringList payoutCsvColumns();
// Writes the header and one row per payable; returns the number of rows.
Result<qint64> writePayoutCsv(const QList<Payable> &payables, QIODevice *device);
// The same into a file, replaced only once it is complete.
Result<qint64> exportPayoutCsv(const QList<Payable> &payables, const QString &path);

} // namespace pd
