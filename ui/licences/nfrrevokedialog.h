#pragma once

#include "checkeddialog.h"
#include "licensing/licence.h"
#include "result.h"

#include <functional>

class QLineEdit;

namespace pd::ui {

// Asks why an NFR key is revoked (a reason is required and kept with the key). OK hands the
// reason to `revoke` (NfrService, through NfrKeysView); a refusal from core is shown in the
// dialog, which stays open.
class NfrRevokeDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    using Revoker = std::function<Result<NfrKey>(const QString &reason)>;
    NfrRevokeDialog(const QString &serial, Revoker revoke, QWidget *parent = nullptr);

    QString reason() const;
    // Why OK is disabled, or the refusal of the last OK; empty when neither.
    QString problem() const;

    void accept() override;

private:
    void revalidate() override;

    Revoker m_revoke;
    QLineEdit *m_reason;
    QString m_issue; // why OK is disabled
};

} // namespace pd::ui
