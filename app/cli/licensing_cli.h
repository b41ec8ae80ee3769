#pragma once
// Helpers shared by the licensing commands (nfr, keys, licences, renewals, credits, customer,
// certifications): option parsing that every one of them needs.

#include "cli.h"
#include "dates.h"
#include "money.h"
#include "records.h"

#include <QDate>
#include <optional>

namespace pd {
class Store;
struct LicenceListing;
}

namespace pd::cli {
// "  corrects #12  VOIDED 2026-12-07T04:00:00Z by ana: typo": what a listed record's line ends
// with when it corrects another or is voided (commands_corrections.cpp); empty otherwise.
QString voidMark(const Voiding &v, qint64 correctsId);
} // namespace pd::cli

namespace pd::cli::lic {

// --partner takes the partner's code or its numeric id.
Result<Partner> partner(Context &c, Store &store);
// A customer by its code (or numeric id).
Result<Customer> customer(Store &store, const QString &codeOrId);
// A date option; `fallback` (today) when absent, nullopt when malformed.
std::optional<QDate> date(Context &c, const QString &name, const QDate &fallback = QDate::currentDate());
// A whole-number option; nullopt when absent or malformed.
std::optional<qint64> number(Context &c, const QString &name);
// --key-dir, or empty (then $PARTNERDESK_KEY_DIR or the application data folder).
QString keyDir(Context &c);
QStringList list(Context &c, const QString &name); // comma-separated values
QString value(Context &c, const QString &name);
bool isSet(Context &c, const QString &name);
// One line of `licences list` (commands_licences.cpp).
void printLicence(Context &c, const LicenceListing &row);

} // namespace pd::cli::lic
