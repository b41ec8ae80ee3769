#pragma once

#include "checkeddialog.h"
#include "licensing/entitlements.h"
#include "licensing/nfrservice.h"

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace pd::ui {

// The terms of a new NFR key: product, add-on modules, issue date and, when the tier sets none
// or the manager wants others, the validity and add-on days. The product and validity are marked
// once the user has touched them; OK stays disabled while either is missing.
class NfrIssueDialog final : public CheckedDialog
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
    void revalidate() override;

    NfrEntitlement m_entitlement;
    QLineEdit *m_product;
    QLineEdit *m_modules;
    QDateEdit *m_issued;
    QSpinBox *m_months;
    QSpinBox *m_addonDays;
    QString m_issue; // why OK is disabled
};

} // namespace pd::ui
