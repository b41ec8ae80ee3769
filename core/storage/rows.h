#pragma once
// Internal to core/storage: the INSERT statement and bound values of each record kind, shared by
// Store (one row at a time) and RecordWriter (many rows through prepared statements).

#include "../records.h"

#include <QString>
#include <QVariantList>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

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

// A nullable id column: 0 is stored as NULL.
QVariant idOrNull(qint64 id);

// Voids and corrections (schema version 7). voidColumns() lists voided_at, voided_by,
// void_reason and corrects_id (prefixed with "alias." when given) for a SELECT; voidingOf() and
// correctsOf() read them back from the query, `first` being the index of voided_at.
QString voidColumns(const QString &alias = {});
Voiding voidingOf(const QSqlQuery &q, int first);
qint64 correctsOf(const QSqlQuery &q, int first);
// " AND alias.voided_at IS NULL" for Voided::Excluded, nothing for Voided::Included.
QString liveOnly(const QString &alias, Voided voided);

// Every column of a sale line, for Store's readers: the SELECT up to "FROM sales " and the
// record it reads.
QString saleSelect();
Sale saleFrom(const QSqlQuery &q);

} // namespace pd::rows
