#pragma once

#include "payouts/payoutledger.h"
#include "program.h"
#include "result.h"
#include "statement.h"

#include <QCoreApplication>

namespace pd {
class Store;
}

namespace pd::ui {

// Everything a partner statement shows (issue 16, point 6): the quarter's statement (the frozen one
// of a closed quarter, see buildStatement) and the payout status of the quarter. Texts from core are
// translated in the language installed while collecting (see QbrLanguage).
struct StatementData {
    QuarterStatement statement;
    Program program;          // in the statement's language (built-in programs translated)
    QString tierName;         // of statement.tierAtQuarterEnd
    QList<Payable> payouts;   // the quarter's payables, one per currency; none before the close
    QStringList warnings;     // parts that could not be read, shown in the statement

    QString productLineName(const QString &key) const;
    QString tierNameOf(const QString &key) const;
};

class StatementCollector {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::StatementCollector)

public:
    static Result<StatementData> collect(Store &store, qint64 partnerId, const Quarter &quarter);
};

// The payables of one partner's quarter (the review shows them too), by currency.
Result<QList<Payable>> quarterPayouts(Store &store, qint64 partnerId, const Quarter &quarter);

} // namespace pd::ui
