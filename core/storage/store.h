#pragma once

#include "../program.h"
#include "../records.h"
#include "../result.h"
#include "database.h"

#include <QHash>
#include <QList>
#include <memory>
#include <utility>
#include <vector>

namespace pd {

struct StoredProgram {
    qint64 id = 0;
    bool builtin = false;
    Program program;
};

// A partner as the browser lists it: the identity columns, without its records.
struct PartnerRow {
    qint64 id = 0;
    QString code;
    QString name;
    QString country;
    QString programKey;
    QString tierKey;
};

// The partner browser's rows in their leanest form, read at start-up for every partner: the
// program by id (no join), and country codes and tier keys (a few values repeated on every row)
// as indexes into lists of the distinct values, so no row holds a string of its own for them.
struct PartnerListing {
    struct Row {
        qint64 id = 0;
        qint64 programId = 0;
        QString code;
        QString name;
        int country = -1; // index into countries
        int tier = -1;    // index into tiers
    };
    QStringList countries;
    QStringList tiers;
    std::vector<Row> rows; // by id
};

// A note on a partner record. On a team database sales reps may add notes and change nothing else.
struct PartnerNote {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString author;
    QDateTime writtenAt; // UTC
    QString body;
};

// One field of a partner or customer changed by a re-sync (import with update): record_changes,
// which is append-only. Tier changes are in the tier history instead.
struct RecordChange {
    enum class Kind { Partner, Customer };
    qint64 id = 0;
    qint64 partnerId = 0; // the partner whose history shows it (a customer's partner)
    Kind kind = Kind::Partner;
    qint64 recordId = 0;
    QString recordCode; // the partner's or customer's code (read, not stored)
    QString field; // the CSV column: "name", "country", ...
    QString oldValue;
    QString newValue;
    QString changedBy;
    QDateTime changedAt; // UTC
    QString source;      // the file the change came from
};

// Reads and writes every record kind. All SQL of PartnerDesk lives behind this class and the
// other classes of core/storage.
class Store {
public:
    explicit Store(Database &db);
    Database &database() const { return m_db; }

    // Programs. Saving a program that removes a tier still held by partners is refused.
    Result<QList<StoredProgram>> programs() const;
    Result<StoredProgram> program(const QString &key) const;
    Result<qint64> saveProgram(const Program &program, bool builtin = false);
    Result<void> installBuiltinPrograms(); // adds the presets that are missing

    // Partners.
    Result<QList<PartnerRow>> partnerRows() const;
    // The same partners for the browser (see PartnerListing); with `ids`, only those partners.
    Result<PartnerListing> partnerListing(const QList<qint64> &ids = {}) const;
    // Every partner's id and name, by id: the least the browser reads to find which partners
    // come first in name order.
    Result<std::vector<std::pair<qint64, QString>>> partnerNames() const;
    // The ids of a program's partners (every partner's when programKey is empty), in code order.
    Result<QList<qint64>> partnerIds(const QString &programKey = {}) const;
    Result<QList<Partner>> partners() const;
    // Caps this connection's SQLite page cache (the default set on open is 64 MiB), for a
    // worker that reads a large file once; nothing on PostgreSQL.
    Result<void> limitPageCache(int kibibytes) const;
    // At most `limit` partners with ids above `afterId`, by id: a large file read in slices.
    Result<QList<Partner>> partnersAfter(qint64 afterId, int limit) const;
    Result<Partner> partner(qint64 id) const;
    Result<Partner> partnerByCode(const QString &code) const;
    Result<qint64> insertPartner(const Partner &p);
    // Fails with Error::Code::Conflict when the stored row version differs from p.rowVersion.
    Result<qint64> updatePartner(const Partner &p);
    Result<QHash<QString, qint64>> partnerIdsByCode() const;
    struct PartnerRef {
        qint64 id = 0;
        QString programKey;
    };
    Result<QHash<QString, PartnerRef>> partnerRefsByCode() const;
    Result<qint64> partnerCount() const;

    // Tier changes: the partner's tier and the history entry are written together.
    Result<void> applyTierChange(qint64 partnerId, const QString &toTier, const QDate &effectiveOn,
                                 const QString &reason, const QString &changedBy, qint64 expectedRowVersion);
    // The same inside a transaction the caller holds (an import), which commits or rolls back.
    Result<void> writeTierChange(qint64 partnerId, const QString &toTier, const QDate &effectiveOn,
                                 const QString &reason, const QString &changedBy, qint64 expectedRowVersion);
    Result<QList<TierChange>> tierHistory(qint64 partnerId) const;
    Result<QHash<qint64, QList<TierChange>>> allTierHistory() const;

    // People.
    Result<QList<Contact>> contacts(qint64 partnerId) const;
    Result<qint64> insertContact(const Contact &c);
    Result<QList<StaffMember>> staff(qint64 partnerId) const;
    Result<qint64> insertStaff(const StaffMember &s);
    Result<qint64> findStaff(qint64 partnerId, const QString &name, const QString &email) const; // 0: none
    // Record readers leave voided records out unless asked (a partner's history shows them).
    Result<QList<Certification>> certifications(qint64 partnerId, Voided voided = Voided::Excluded) const;
    Result<Certification> certification(qint64 id) const; // voided or not; NotFound when missing
    Result<qint64> insertCertification(const Certification &c);

    // Customers and sales.
    Result<QList<Customer>> customers(qint64 partnerId) const;
    Result<qint64> insertCustomer(const Customer &c);
    struct CustomerRef {
        qint64 id = 0;
        qint64 partnerId = 0;
    };
    Result<QHash<QString, CustomerRef>> customerRefsByCode() const;
    Result<QHash<QString, Customer>> customersByCode() const;
    // Writes the name and country of `updated`; fails with Error::Code::Conflict when the stored
    // customer no longer has the name, country and partner of `stored` (customers have no row
    // version: the values read before are the version). store_changes.cpp.
    Result<void> updateCustomer(const Customer &stored, const Customer &updated);
    Result<QList<Sale>> sales(qint64 partnerId, const QDate &from, const QDate &to,
                              Voided voided = Voided::Excluded) const; // inclusive
    Result<Sale> sale(qint64 id) const;
    Result<qint64> insertSale(const Sale &s); // a line without a reference gets "S-" + a UUID
    // For statements and reviews (store_statement.cpp): the lines with these ids (voided ones
    // too) with every live return of them, by date and id.
    Result<QList<Sale>> returnedSales(const QList<qint64> &ids) const;

    // Compliance events and scores.
    Result<QList<ComplianceEvent>> events(qint64 partnerId, Voided voided = Voided::Excluded) const;
    Result<ComplianceEvent> event(qint64 id) const;
    Result<qint64> insertEvent(const ComplianceEvent &e);
    Result<QList<Score>> scores(qint64 partnerId, Voided voided = Voided::Excluded) const;
    Result<Score> score(qint64 id) const;
    Result<qint64> insertScore(const Score &s);

    // Notes on a partner, newest first (store_notes.cpp). An empty author is the database user.
    Result<QList<PartnerNote>> notes(qint64 partnerId) const;
    Result<qint64> addNote(qint64 partnerId, const QString &body, const QString &author = {});

    // Fields changed by re-syncs (store_changes.cpp): the partner's own and its customers', oldest first.
    Result<QList<RecordChange>> recordChanges(qint64 partnerId) const;
    Result<void> addRecordChange(const RecordChange &change);

    // Exchange rates.
    Result<QList<FxRate>> fxRates() const;
    Result<void> setFxRate(const FxRate &rate);

private:
    Database &m_db;
};

} // namespace pd
