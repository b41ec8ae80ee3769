#pragma once

#include "payouts/overrides.h"
#include "records.h"
#include "result.h"
#include "storage/store.h"
#include "tierengine.h"

#include <QDate>
#include <QList>

namespace pd::ui {

// What the partner page shows of one partner, read in one go (on the page's read thread, see
// PartnerPage::requestRead). The parts say which of the lists were read; the partner is always.
struct PartnerPageData {
    enum Part {
        Profile = 0x1,    // contacts (with the partner: the profile form)
        Records = 0x2,    // staff, certifications, customers, sales, events, scores (and the chart)
        History = 0x4,    // tier changes and field changes
        Evaluation = 0x8, // the tier status
        Rates = 0x10,     // negotiated rates
        All = 0x1f
    };
    int parts = 0;
    Partner partner;
    QList<Contact> contacts;
    // Voided records included: the tables show them behind "Show voided".
    QList<StaffMember> staff;
    QList<Certification> certifications;
    QList<Customer> customers;
    QList<Sale> sales;
    QList<ComplianceEvent> events;
    QList<Score> scores;
    QList<TierChange> history;
    QList<RecordChange> changes;
    // An evaluation's own error is shown in the Tier Status tab; any other failed read fails all.
    Result<pd::Evaluation> evaluation;
    QList<RateOverride> overrides;
};

// Reads the partner (unless `known` gives it) and `parts` of what the page shows of it.
Result<PartnerPageData> readPartnerPage(Store &store, qint64 partnerId, const QDate &today, int parts,
                                        const Partner *known = nullptr);

} // namespace pd::ui
