#pragma once
// Voids and corrections (issue 15): records are never deleted nor rewritten. Voiding marks a
// record with who voided it, when and why; it then leaves every metric and statement and stays
// in the partner's history. A correction voids a record and adds its replacement, whose
// correctsId names it, in one transaction. Undoing a void is a correction equal to the voided
// record (restore).

#include "../licensing/licence.h"
#include "../records.h"
#include "../result.h"

#include <QString>
#include <optional>

namespace pd {

class Database;

enum class RecordKind { Sale, Licence, Event, Certification, Score };
QString recordKindKey(RecordKind kind); // "sale", "licence", "event", "certification", "score"
std::optional<RecordKind> recordKindFromKey(const QString &key);

// Voided (whether a reader returns voided records too) is declared in records.h.

class Corrections {
public:
    explicit Corrections(Database &db);

    // Errors: NotFound (no such record), Conflict (already voided), InvalidInput (empty reason,
    // or a replacement that fails the kind's checks), PermissionDenied (a role that may not).
    // Who is the database user (username() on SQLite); when is now, UTC.
    Result<void> voidRecord(RecordKind kind, qint64 id, const QString &reason);

    // Each returns the id of the replacement. The replacement's partner is the original's.
    Result<qint64> correctSale(qint64 id, const Sale &replacement, const QString &reason);
    Result<qint64> correctLicence(qint64 id, const Licence &replacement, const QString &reason);
    Result<qint64> correctEvent(qint64 id, const ComplianceEvent &replacement, const QString &reason);
    Result<qint64> correctCertification(qint64 id, const Certification &replacement, const QString &reason);
    Result<qint64> correctScore(qint64 id, const Score &replacement, const QString &reason);

    // Undo of a void: a live copy of the voided record, correcting it.
    Result<qint64> restore(RecordKind kind, qint64 voidedId, const QString &reason);

private:
    Database &m_db;
};

} // namespace pd
