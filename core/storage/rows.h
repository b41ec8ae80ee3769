#pragma once
// Internal to core/storage: the INSERT statement and bound values of each record kind, shared by
// Store (one row at a time) and RecordWriter (many rows through prepared statements).

#include "../records.h"

#include <QString>
#include <QVariantList>

namespace pd::rows {

// Each statement ends without RETURNING; callers append it when they need the new id.
QString partnerInsert(); // binds the program id, not its key
QVariantList partnerValues(const Partner &p, qint64 programId);
QString contactInsert();
QVariantList contactValues(const Contact &c);
QString staffInsert();
QVariantList staffValues(const StaffMember &s);
QString certificationInsert();
QVariantList certificationValues(const Certification &c);
QString customerInsert();
QVariantList customerValues(const Customer &c);
QString saleInsert();
QVariantList saleValues(const Sale &s);
QString eventInsert();
QVariantList eventValues(const ComplianceEvent &e);
QString scoreInsert();
QVariantList scoreValues(const Score &s);
QString tierChangeInsert();
QVariantList tierChangeValues(const TierChange &c);

} // namespace pd::rows
