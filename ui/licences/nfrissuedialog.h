#pragma once

#include "licensing/entitlements.h"
#include "licensing/nfrservice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

// The terms of a new NFR key: product, add-on modules, issue date and, when the tier sets none
// or the manager wants others, the validity and add-on days.
class NfrIssueDialog final : public QDialog
{
    Q_OBJECT

public:
    NfrIssueDialog(const QString &partnerName, const NfrEntitlement &entitlement, const QDate &today,
        QWidget *parent = nullptr);
    // The request without the partner, issuer or override.
    NfrIssueRequest request() const;
    // Why OK is disabled; empty when it is not.
    QString problem() const;

private:
    void update();

    NfrEntitlement m_entitlement;
    QLineEdit *m_product;
    QLineEdit *m_modules;
    QDateEdit *m_issued;
    QSpinBox *m_months;
    QSpinBox *m_addonDays;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace pd::ui
