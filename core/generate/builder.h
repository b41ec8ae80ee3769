#pragma once

#include "catalog.h"
#include "fxrates.h"
#include "profile.h"
#include "program.h"
#include "random.h"
#include "records.h"

#include <QList>

namespace pd::gen {

// What the planning pass decided about one partner before any record is built.
struct PartnerSeed {
    qint64 number = 0; // 1-based; the partner code is "P-" and six digits
    int program = 0;   // index into the generator's program list
    Market market;
    ProfilePlan plan;
    bool recent = false; // joined within the last year
    int trailingLines = 0;
    int previousLines = 0;
    bool tierHistory = false; // demo: record how it reached its tier
};

struct PlannedStaff {
    StaffMember member;
    QList<Certification> certifications;
};

// One partner and all its records; ids of customers in sales are indexes into `customers`.
struct PartnerBundle {
    Partner partner;
    QList<Contact> contacts;
    QList<PlannedStaff> staff;
    QList<Customer> customers;
    QList<Sale> sales;
    QList<ComplianceEvent> events;
    QList<Score> scores;
    QString previousTier; // non-empty: a tier change from it to partner.tierKey on partner.tierSince
};

struct BuildContext {
    const Program *program = nullptr;
    const ExchangeRates *rates = nullptr;
    QDate today;
    bool demo = false;
};

// Builds the records of one partner. `nextCustomer` numbers customers across partners.
PartnerBundle buildPartner(const PartnerSeed &seed, const BuildContext &context, const QString &companyName,
                           const QString &domain, qint64 &nextCustomer, Random &rng);

} // namespace pd::gen
