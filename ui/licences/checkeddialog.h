#pragma once

#include "result.h"

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pd::ui {

// OK and Cancel for `dialog`, wired to its accept() and reject(); OK says `okText` unless empty.
QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &okText = {});

// The base of the licensing dialogs whose input is checked as the user types. OK stays disabled
// while a check fails. A field the user must fill in (watch()) is tinted, and its message shown,
// only once the user has changed or left it or tried OK, so that a new dialog does not open
// covered in complaints; its tool tip always says what is missing. After OK, a refusal from core
// is shown in the problem label above the buttons and the dialog stays open with nothing written.
class CheckedDialog : public QDialog
{
    Q_OBJECT

public:
    // Closes the dialog unless OK is disabled (see readyToAccept()).
    void accept() override;

protected:
    explicit CheckedDialog(QWidget *parent);

    // Ends the dialog's layout with the problem label, a stretch and OK/Cancel.
    void addFooter(QVBoxLayout *layout, const QString &okText);
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

    // Runs the checks and marks the fields; called again when a watched field is first touched.
    virtual void revalidate() = 0;
    // `editor` must be filled in: its mark waits until the user touches it (or tries OK). Call
    // before the first revalidate().
    void watch(QWidget *editor);
    // Whether a check's message about `editor` is shown now (see watch()).
    bool isShown(const QWidget *editor) const;
    // Marks `editor` with why it fails its check (empty: it passes) as isShown() allows; the tool
    // tip and accessible description always carry `why`. Returns whether a mark is shown.
    bool mark(QWidget *editor, const QString &why);
    // Shows `text` in the problem label (hidden when empty).
    void showProblem(const QString &text);
    // Ends revalidate(): OK enabled when acceptable, the window grown to fit its messages.
    void checked(bool acceptable);

    // For accept(): false while OK is disabled, after showing every field's mark.
    bool readyToAccept();
    // For accept(): shows the refusal of core and returns true when `result` is an error.
    template<typename T>
    bool refused(const Result<T> &result)
    {
        if (result)
            return false;
        showProblem(result.error().message);
        return true;
    }

    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void touch(QWidget *editor);

    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    QSet<const QWidget *> m_watched;
    QSet<const QWidget *> m_touched;
    bool m_triedOk = false;
};

} // namespace pd::ui
