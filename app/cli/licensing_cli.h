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
}

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

} // namespace pd::cli::lic
