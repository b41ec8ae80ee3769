#pragma once

#include "program.h"
#include "records.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

// Asks which tier a partner moves to, from when, and why. OK stays disabled until a different
// tier and a reason are given; the reason is written to the tier history.
class TierChangeDialog final : public QDialog {
    Q_OBJECT

public:
    TierChangeDialog(const Program &program, const Partner &partner, const QString &proposedTier, const QDate &today,
                     QWidget *parent = nullptr);

    QString tierKey() const;
    QDate effectiveOn() const;
    QString reason() const;

private:
    void update();

    const Program &m_program;
    Partner m_partner;
    QComboBox *m_tier;
    QDateEdit *m_effective;
    QPlainTextEdit *m_reason;
    QLabel *m_note;
    QPushButton *m_ok;
};

} // namespace pd::ui
