#pragma once

#include "report/qbrbatch.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace pd::ui {

class Session;

// File › Export Quarterly Review: one partner (into a file), all partners of a program or the
// partners of the browser's current filter (into a folder); quarter, language (independent of the
// window's), paper (remembered) and destination; progress with cancel. The reviews are written on
// every core while the window stays responsive. With ReportKind::Statement it writes the partner
// statements instead (File › Partner Statements…).
class QbrDialog final : public QDialog {
    Q_OBJECT

public:
    QbrDialog(Session *session, qint64 currentPartnerId, QWidget *parent = nullptr, ReportKind kind = ReportKind::Review);

    // The partners the browser shows under its current filter (optional; adds a choice).
    void setFilteredPartners(const QList<qint64> &ids);
    // Opens the PDF (one review) or the folder when done; on by default, off in tests.
    void setOpenWhenDone(bool open) { m_openWhenDone = open; }
    bool isRunning() const { return m_running; }
    QStringList writtenFiles() const { return m_written; }

    void reject() override;

signals:
    void exportFinished(bool cancelled);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void exportReviews();
    void updateState();
    void updateDestination();
    void browse();
    QString defaultFileName() const;
    Result<QList<qint64>> chosenPartners();
    void setInputsEnabled(bool enabled);

    Session *m_session;
    ReportKind m_kind;
    qint64 m_partnerId;
    QString m_partnerCode; // of m_partnerId, read once for the proposed file name
    QString m_partnerName;
    QList<qint64> m_filtered;
    QRadioButton *m_one;
    QRadioButton *m_program;
    QRadioButton *m_filter;
    QComboBox *m_programs;
    QComboBox *m_quarter;
    QComboBox *m_language;
    QComboBox *m_paper;
    QLabel *m_destinationLabel;
    QLineEdit *m_destination;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QString m_folder;       // where batches go and beside which a single review is proposed
    bool m_customFile = false; // the user chose the single review's file name
    bool m_openWhenDone = true;
    bool m_running = false;
    bool m_cancel = false;
    QStringList m_written;
};

} // namespace pd::ui
