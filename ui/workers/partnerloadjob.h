#pragma once

#include "partnerrow.h"

#include <QLocale>
#include <QString>
#include <memory>

class QObject;

namespace pd::ui {

class BackgroundJob;

// The first screenful of the browser, shown while the keys of every other row are built.
struct FirstRows {
    int column = -1; // the table's sort column and order when the load started
    Qt::SortOrder order = Qt::AscendingOrder;
    std::size_t count = 0;    // 0: none
    PartnerTable table;       // the rows, with their keys
    std::size_t totalRows = 0; // rows in the whole table
};

// Reads the browser's rows (Store::partnerListing) and builds their filter and collation keys on
// a worker thread with its own connection to `location`. The result lands in *out. With a
// `first` whose count is set, the job first fills first->table and first->totalRows and emits
// partialResult(), before it builds the keys.
BackgroundJob *createPartnerLoadJob(const QString &location, const QLocale &locale,
                                    std::shared_ptr<PartnerTable> out, QObject *parent,
                                    std::shared_ptr<FirstRows> first = {});

} // namespace pd::ui
