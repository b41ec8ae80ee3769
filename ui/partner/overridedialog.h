#pragma once

#include "licences/checkeddialog.h"
#include "payouts/overrides.h"
#include "program.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace pd::ui {

// Add negotiated rate… of the partner page: a dated override of the program's rate for one product
// line (or renewals), with a reason (issue 16). Kinds: a reward percentage, a commission per unit
// (in a currency, the program's by default), or back to the program's rate. Percentages and amounts
// are read as the formatting locale writes them ("12,5" in Spanish). After OK the submitter writes
// it; a refusal of core is shown and the dialog stays open with nothing written.
class OverrideDialog final : public CheckedDialog {
    Q_OBJECT

public:
    OverrideDialog(const Program &program, const QDate &today, QWidget *parent = nullptr);

    // The override as entered (partnerId and recordedBy left to the caller); an error when the
    // value is not a percentage or an amount.
    Result<RateOverride> value() const;
    QString problem() const;

    using Submitter = std::function<Result<RateOverride>(const RateOverride &)>;
    void setSubmitter(Submitter submit) { m_submit = std::move(submit); }
    void accept() override;

protected:
    void revalidate() override;

private:
    void kindChanged();

    QString m_programCurrency;
    QComboBox *m_line;
    QDateEdit *m_from;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QLabel *m_valueLabel;
    QComboBox *m_currency;
    QLineEdit *m_reason;
    QString m_issue;
    Submitter m_submit;
};

} // namespace pd::ui
