#pragma once

#include "report/chartdata.h"
#include "dates.h"
#include "licensing/licence.h"
#include "payouts/payoutledger.h"
#include "program.h"
#include "records.h"
#include "result.h"
#include "statement.h"
#include "tierengine.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace pd {
class Store;
}

namespace pd::ui {

// Everything one quarterly business review shows, gathered from one database connection.
// Money is in the program currency unless stated otherwise; texts from core are translated in the
// language installed while collecting (see QbrLanguage).
// A closed quarter's review reads what was frozen at the close (core/payouts/closing.h): the
// statement, the tier at the quarter's end and its evaluation, and the sales as they stood then, so
// later rate changes, back-dated tier changes and late lines leave it as it was.
struct QbrData {
    Partner partner;
    Program program;
    Quarter quarter;
    QDate asOf;          // the quarter's last day: every figure is as of this day
    QDate issuedOn;
    QString tierName;     // the partner's tier (of a closed quarter: at the quarter's end, as frozen)
    QString nextTierName; // empty at the top

    // Scorecard.
    Money revenueQuarter;
    Money revenueTrailing;       // trailing 12 months at the quarter's end
    Money revenueYearAgo;        // the same quarter one year before
    std::optional<qint64> growthBp; // none when the year-ago quarter had no revenue
    QList<StatementTotal> totals;   // rewards, rebate, SPIF and adjustments, per currency
    QList<Payable> payouts;         // the quarter's payables (none before the quarter is closed)
    Rate rebateRate;
    qint64 activeCustomers = 0;  // customers with a net purchase in the quarter (activeCustomers())
    QList<StatementLine> returns; // the statement's return lines of the quarter
    std::optional<Rate> nps;     // the latest recorded by the quarter's end
    std::optional<Rate> retention;

    Evaluation evaluation;       // as of asOf
    QuarterlyRevenueData chart;  // 8 quarters ending with this one

    // Licensing, the quarter after this one.
    Quarter nextQuarter;
    QList<LicenceListing> renewals;
    QList<NfrKey> nfrKeys;       // not revoked and still valid at the quarter's start
    QList<ExpiringCertification> certificationsExpiring;

    // Activation credits (programs that use them).
    qint64 creditOpening = 0;
    qint64 creditClosing = 0;
    QList<CreditEntry> creditMoves; // entries of the quarter, oldest first

    QStringList warnings; // parts that could not be read, shown in the review
};

class QbrCollector {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::QbrCollector)

public:
    // Collects the review of one partner; `rates` are the database's exchange rates (read once per
    // batch). Only the partner's own records are read, so it costs the same at any database size.
    static Result<QbrData> collect(Store &store, const ExchangeRates &rates, qint64 partnerId, const Quarter &quarter,
                                   const QDate &issuedOn);
};

} // namespace pd::ui
