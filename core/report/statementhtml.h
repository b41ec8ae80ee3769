#pragma once

#include "statementdata.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd::ui {

// The text of a partner statement as HTML for QTextDocument. Numbers, dates and money are formatted
// in `locale`; the texts come from tr() in the language installed while it runs (see QbrLanguage).
class StatementHtml {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::StatementHtml)

public:
    StatementHtml(const StatementData &data, const QLocale &locale);

    QString html() const;
    QString footer(int page, int pages) const;

    // "owed", "approved", "paid", "carried forward" in the current language (the review uses it too).
    static QString stateName(PayoutState state);
    // One payable's status in a sentence: "Paid on 15 Oct 2026, reference TX-1: $1,234.50".
    static QString payoutStatus(const Payable &p, const QLocale &locale);

private:
    QString header() const;
    QString lines() const;
    QString spif() const;
    QString adjustments() const;
    QString totals() const;
    QString payouts() const;
    QString money(const Money &m) const;
    QString date(const QDate &d) const;

    const StatementData &m_data;
    QLocale m_locale;
};

} // namespace pd::ui
