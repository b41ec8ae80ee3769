#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

// Shown when an NFR key goes beyond the entitlement: the reasons, and the manager's written
// reason to issue it anyway, which is kept with the key.
class NfrOverrideDialog final : public QDialog
{
    Q_OBJECT

public:
    NfrOverrideDialog(const QString &refusal, QWidget *parent = nullptr);
    QString reason() const;

private:
    QPlainTextEdit *m_reason;
    QPushButton *m_ok = nullptr;
};

} // namespace pd::ui
