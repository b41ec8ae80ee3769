// Update mode of the import: partners and customers re-synced by code, each changed field logged.
#include "../dates.h"
#include "../licensing/licenceservice.h"
#include "../storage/store.h"
#include "importhandlers.h"

namespace pd::importing
{

namespace
{

struct FieldChange {
    QString field; // the CSV column
    QString oldValue;
    QString newValue;
};

void compare(QList<FieldChange> &out, const char *field, const QString &stored, const QString &incoming)
{
    if (stored != incoming)
        out << FieldChange { QString::fromLatin1(field), stored, incoming };
}

QString resyncReason(const RowHandler::Updates &updates)
{
    return Tr::tr("re-sync from %1").arg(updates.source);
}

// A refusal the import reports on the record's line (another writer got there first); anything
// else stops the import.
void report(Row &row, int column, const Error &error)
{
    if (error.code == Error::Code::Conflict || error.code == Error::Code::InvalidInput)
        row.fail(column, error.message);
    else
        row.storageError = error;
}

Result<void> logChanges(Store &store, const RowHandler::Updates &updates, RecordChange::Kind kind,
    qint64 partnerId, qint64 recordId, const QList<FieldChange> &changes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const FieldChange &c : changes) {
        if (auto r = store.addRecordChange(RecordChange { 0, partnerId, kind, recordId, {}, c.field,
                c.oldValue, c.newValue, updates.changedBy, now, updates.source });
            !r)
            return r;
    }
    return {};
}

} // namespace

void updatePartner(Store &store, const RowHandler::Updates &updates, Row &row, const Partner &stored,
    const Partner &incoming, bool write)
{
    using C = PartnerColumns;
    if (const QString &version = row[C::RowVersion];
        !version.isEmpty() && version.toLongLong() >= 1 && version.toLongLong() != stored.rowVersion) {
        row.fail(C::RowVersion,
            Tr::tr("partner \"%1\" is at row version %2, not %3: it was changed after this file "
                   "was written; export it again, or leave row_version empty to update it anyway")
                .arg(stored.code)
                .arg(stored.rowVersion)
                .arg(version));
    }
    // The window changes neither the program nor the tier's date by editing a partner: a tier
    // changes through the tier history, and a program not at all.
    if (!incoming.programKey.isEmpty() && incoming.programKey != stored.programKey)
        row.fail(C::ProgramKey,
            Tr::tr("partner \"%1\" is in program %2; an update does not move a partner to "
                   "another program")
                .arg(stored.code, stored.programKey));
    const bool tierChanges = !incoming.tierKey.isEmpty() && incoming.tierKey != stored.tierKey;
    if (!tierChanges && incoming.tierSince.isValid() && incoming.tierSince != stored.tierSince)
        row.fail(C::TierSince,
            Tr::tr("partner \"%1\" has held tier %2 since %3; the date changes only with the "
                   "tier")
                .arg(stored.code, stored.tierKey, isoDate(stored.tierSince)));

    QList<FieldChange> changes;
    compare(changes, "name", stored.name, incoming.name);
    compare(changes, "country", stored.country, incoming.country);
    compare(changes, "region", stored.region, incoming.region);
    compare(changes, "category", categoryKey(stored.category), categoryKey(incoming.category));
    compare(changes, "subcategory", stored.subcategory, incoming.subcategory);
    compare(changes, "joined_on", isoDate(stored.joinedOn), isoDate(incoming.joinedOn));
    compare(changes, "territory", stored.territory, incoming.territory);
    compare(changes, "brand", stored.brand, incoming.brand);
    compare(changes, "website", stored.website, incoming.website);
    // A file from before owners existed (no owner column) leaves them as they are.
    const QString owner = row.has(C::Owner) ? incoming.owner : stored.owner;
    compare(changes, "owner", stored.owner, owner);
    row.outcome = changes.isEmpty() && !tierChanges ? Row::Outcome::Unchanged : Row::Outcome::Updated;
    if (!row.ok() || !write || row.outcome == Row::Outcome::Unchanged)
        return;

    qint64 version = stored.rowVersion;
    if (!changes.isEmpty()) {
        Partner updated = stored;
        updated.name = incoming.name;
        updated.country = incoming.country;
        updated.region = incoming.region;
        updated.category = incoming.category;
        updated.subcategory = incoming.subcategory;
        updated.joinedOn = incoming.joinedOn;
        updated.territory = incoming.territory;
        updated.brand = incoming.brand;
        updated.website = incoming.website;
        updated.owner = owner;
        const auto next = store.updatePartner(updated);
        if (!next)
            return report(row, C::Code, next.error());
        version = *next;
        if (auto r = logChanges(store, updates, RecordChange::Kind::Partner, stored.id, stored.id, changes);
            !r)
            return report(row, C::Code, r.error());
    }
    if (tierChanges) {
        if (auto r = store.writeTierChange(stored.id, incoming.tierKey, incoming.tierSince,
                resyncReason(updates), updates.changedBy, version);
            !r)
            return report(row, C::TierKey, r.error());
    }
}

void updateCustomer(Store &store, const RowHandler::Updates &updates, Row &row, const Customer &stored,
    const Customer &incoming, const QHash<qint64, QString> &partnerCodes, bool write)
{
    using C = CustomerColumns;
    QList<FieldChange> changes;
    compare(changes, "name", stored.name, incoming.name);
    compare(changes, "country", stored.country, incoming.country);
    const bool moves = incoming.partnerId != 0 && incoming.partnerId != stored.partnerId;
    if (moves)
        changes << FieldChange { QStringLiteral("partner"), partnerCodes.value(stored.partnerId),
            partnerCodes.value(incoming.partnerId) };
    row.outcome = changes.isEmpty() ? Row::Outcome::Unchanged : Row::Outcome::Updated;
    if (!row.ok() || !write || changes.isEmpty())
        return;
    Customer updated = stored;
    updated.name = incoming.name;
    updated.country = incoming.country;
    if (updated.name != stored.name || updated.country != stored.country) {
        if (auto r = store.updateCustomer(stored, updated); !r)
            return report(row, C::Code, r.error());
    }
    // A new partner is a customer move, as `customer move` makes it: its sales stay with the
    // partner that made them.
    if (moves) {
        const auto moved = LicenceService(store).writeCustomerMove(
            stored.id, incoming.partnerId, QDate::currentDate(), resyncReason(updates), updates.changedBy);
        if (!moved)
            return report(row, C::PartnerCode, moved.error());
    }
    // The history of the partner the customer is with now.
    if (auto r
        = logChanges(store, updates, RecordChange::Kind::Customer, incoming.partnerId, stored.id, changes);
        !r)
        report(row, C::Code, r.error());
}

} // namespace pd::importing
