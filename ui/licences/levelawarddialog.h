#pragma once

#include "checkeddialog.h"
#include "licensing/certificationlevels.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace pd::ui {

// Awards one of the partner's certification levels (Certified, Advanced, Elite). The dates are
// checked as the user types; OK hands the award to `award` (CertificationLevels, through
// CertificationsView), and a refusal from core (the level below not held, too few months) is
// shown in the dialog, which stays open with nothing written.
class LevelAwardDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    struct Award {
        QString levelKey;
        QDate on;
        QDate expiresOn; // null: does not expire
        QString note;
    };
    using Awarder = std::function<Result<PartnerCertification>(const Award &)>;

    LevelAwardDialog(const QString &partnerName, QList<LevelStatus> levels, const QDate &today, Awarder award,
        QWidget *parent = nullptr);

    Award award() const;
    QString dateIssue() const; // why the dates are not acceptable; empty when they are
    QString refusal() const;

    void accept() override;

private:
    void levelChanged();
    void revalidate() override;

    QList<LevelStatus> m_levels;
    Awarder m_award;
    QFormLayout *m_form;
    QComboBox *m_level;
    QLabel *m_status;
    QLabel *m_requires;
    QDateEdit *m_on;
    QLabel *m_onError;
    QCheckBox *m_expires;
    QDateEdit *m_expiresOn;
    QLabel *m_expiresError;
    QLineEdit *m_note;
};

} // namespace pd::ui
