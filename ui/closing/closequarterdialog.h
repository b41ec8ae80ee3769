#pragma once
// File › Close Quarter… (issue 16): the quarter to close (the next one by default), a preview of
// what closing freezes per program and currency, and the close itself, run in the background
// with progress and cancel. Refusals show the core's message; nothing is written then.

#include "dates.h"
#include "payouts/closing.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pd::ui {

class BackgroundJob;
class Session;

class CloseQuarterDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CloseQuarterDialog(Session *session, QWidget *parent = nullptr);

    Quarter quarter() const;
    void setQuarter(const Quarter &quarter);
    // Start the preview or the close in the background (the buttons call these); the running job,
    // for tests, or nullptr when nothing was started.
    BackgroundJob *preview();
    BackgroundJob *closeQuarter();
    // What the dialog says under the table: the result, a refusal or a cancellation.
    QString message() const;
    int previewRows() const;
    bool isClosed() const { return m_closed; }

signals:
    void quarterClosed(const Quarter &quarter);

private:
    BackgroundJob *run(bool close);
    void showTotals(const ClosePreview &preview);
    void setMessage(const QString &text);

    Session *m_session;
    QComboBox *m_quarter;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_previewButton;
    QPushButton *m_closeButton;
    QDialogButtonBox *m_buttons;
    bool m_closed = false;
};

} // namespace pd::ui
