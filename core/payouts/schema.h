#pragma once
// Schema version 8 (issue 16): closed quarters, payouts, SPIF campaigns and negotiated terms.
// Each part's statements live beside the code that uses them; migrations.cpp runs them in
// this order in one transaction with the version number.

#include "../storage/dialect.h"

#include <QStringList>

namespace pd::schema {

QStringList closingSchema(const sql::Dialect &dialect); // quarter_closes, closed_statements, closed_lines
QStringList payoutSchema(const sql::Dialect &dialect);  // payables, payout_events
QStringList termsSchema(const sql::Dialect &dialect);   // spif_campaigns, rate_overrides, partners.owner

// The checks of payout events on PostgreSQL (a trigger and its function), made again by version
// 10, which turns paid_on into a date.
QStringList payoutEventChecksPostgres();

// The tables version 8 adds that only ever get rows (their triggers refuse UPDATE, DELETE and,
// on PostgreSQL, TRUNCATE); team managers may only insert into them.
const QStringList &version8AppendOnly();

} // namespace pd::schema
