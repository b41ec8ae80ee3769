#pragma once
// Correct… of the record tabs: a record's fields, prefilled, and the reason. The replacement is
// checked by core (Corrections) when it is written; a refusal is shown in the dialog, opened
// again with the user's values.

#include "program.h"
#include "reasondialog.h"
#include "records.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace pd::ui {

class SaleCorrectionDialog final : public ReasonDialog {
    Q_OBJECT

public:
    SaleCorrectionDialog(const Sale &sale, const QString &what, const QList<Customer> &customers,
        const Program *program, QWidget *parent = nullptr);
    // The replacement: the original with the edited fields (its reference and returned line kept).
    Sale sale() const;

private:
    QString fieldProblem() const override;
    Result<Money> unitPrice() const;

    Sale m_original;
    QComboBox *m_customer;
    QComboBox *m_line;
    QDateEdit *m_soldOn;
    QSpinBox *m_quantity;
    QLineEdit *m_price;
    QCheckBox *m_renewal;
};

class EventCorrectionDialog final : public ReasonDialog {
    Q_OBJECT

public:
    EventCorrectionDialog(const ComplianceEvent &event, const QString &what, QWidget *parent = nullptr);
    ComplianceEvent event() const;

private:
    ComplianceEvent m_original;
    QComboBox *m_kind;
    QDateEdit *m_occurredOn;
    QLineEdit *m_note;
};

class CertificationCorrectionDialog final : public ReasonDialog {
    Q_OBJECT

public:
    CertificationCorrectionDialog(
        const Certification &certification, const QString &what, QWidget *parent = nullptr);
    Certification certification() const;

private:
    Certification m_original;
    QLineEdit *m_certificate;
    QDateEdit *m_passedOn;
    QCheckBox *m_expires;
    QDateEdit *m_expiresOn;
};

class ScoreCorrectionDialog final : public ReasonDialog {
    Q_OBJECT

public:
    ScoreCorrectionDialog(const Score &score, const QString &what, QWidget *parent = nullptr);
    Score score() const;

private:
    QString fieldProblem() const override;
    Result<Rate> value() const;

    Score m_original;
    QComboBox *m_metric;
    QDateEdit *m_measuredOn;
    QLineEdit *m_value;
};

} // namespace pd::ui
