#pragma once

#include "partnerrow.h"

#include <QLocale>
#include <QString>
#include <memory>

class QObject;

namespace pd::ui {

class BackgroundJob;

// Reads the browser's rows (Store::partnerRows) and builds their filter and collation keys on a
// worker thread with its own connection to `location`. The result lands in *out.
BackgroundJob *createPartnerLoadJob(const QString &location, const QLocale &locale,
                                    std::shared_ptr<PartnerTable> out, QObject *parent);

// The same work, synchronously on the calling thread's store (tests, small files).
Result<PartnerTable> loadPartnerTable(const Store &store, const QLocale &locale);

} // namespace pd::ui
