#pragma once

#include "qbrdata.h"
#include "textcontext.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd::ui {

// The text of a quarterly business review as HTML for QTextDocument, in two parts around the
// revenue chart (which is drawn as vector graphics between them; see QbrWriter). Numbers, dates
// and money are formatted in `locale`, and the requirement checks' sentences are rendered in its
// language (TextContext::forLocale); the review's own texts come from tr() in the language
// installed while it runs (see QbrLanguage).
class QbrHtml {
    Q_DECLARE_TR_FUNCTIONS(pd::ui::QbrHtml)

public:
    QbrHtml(const QbrData &data, const QLocale &locale);

    QString beforeChart() const; // cover, scorecard, chart heading
    QString afterChart() const;  // tier status, licences, credits, actions
    QStringList actions() const; // "actions for next quarter", derived from gaps and due dates
    QString footer(int page, int pages) const;

    QString date(const QDate &d) const;
    QString percent(qint64 basisPoints, bool sign = false) const;
    QString money(const Money &m) const;
    QString number(qint64 n) const;

private:
    QString cover() const;
    QString scorecard() const;
    QString returns() const;
    QString tierStatus() const;
    QString tierTable(const TierCheck &check) const;
    QString licensing() const;
    QString credits() const;
    QString actionsSection() const;
    const TierCheck *tierCheck(const QString &tierKey) const;
    const RequirementCheck *findCheck(Metric metric, int periodMonths) const;
    QString checkCells(const RequirementCheck *check) const;
    QString gapOr(const RequirementCheck &check, const QString &otherwise) const;

    const QbrData &m_data;
    QLocale m_locale;
    TextContext m_text;
};

} // namespace pd::ui
