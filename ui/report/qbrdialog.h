#pragma once

#include <QDialog>
#include <QList>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace pd::ui {

class Session;

// File › Export quarterly review: one partner, all partners of a program, or the partners of the
// browser's current filter; quarter, language, paper and folder; progress with cancel.
class QbrDialog final : public QDialog {
    Q_OBJECT

public:
    QbrDialog(Session *session, qint64 currentPartnerId, QWidget *parent = nullptr);

    // The partners the browser shows under its current filter (optional; adds a choice).
    void setFilteredPartners(const QList<qint64> &ids);

private:
    void exportReviews();
    void updateState();
    QList<qint64> chosenPartners();

    Session *m_session;
    qint64 m_partnerId;
    QList<qint64> m_filtered;
    QRadioButton *m_one;
    QRadioButton *m_program;
    QRadioButton *m_filter;
    QComboBox *m_programs;
    QComboBox *m_quarter;
    QComboBox *m_language;
    QComboBox *m_paper;
    QLineEdit *m_folder;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
    bool m_cancel = false;
};

} // namespace pd::ui
