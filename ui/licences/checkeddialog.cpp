#include "checkeddialog.h"

#include "fieldcheck.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    if (!okText.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

CheckedDialog::CheckedDialog(QWidget *parent)
    : QDialog(parent)
    , m_problem(makeErrorLabel(this))
{
    m_problem->hide();
}

void CheckedDialog::addFooter(QVBoxLayout *layout, const QString &okText)
{
    QDialogButtonBox *buttons = okCancelButtons(this, okText);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void CheckedDialog::watch(QWidget *editor)
{
    m_watched.insert(editor);
    editor->installEventFilter(this);
    const auto touched = [this, editor] { touch(editor); };
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, touched);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, touched);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, touched);
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(editor))
        connect(real, &QDoubleSpinBox::valueChanged, this, touched);
    else if (auto *date = qobject_cast<QDateTimeEdit *>(editor))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, touched);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, touched);
}

bool CheckedDialog::isShown(const QWidget *editor) const
{
    return m_triedOk || !m_watched.contains(editor) || m_touched.contains(editor);
}

bool CheckedDialog::mark(QWidget *editor, const QString &why)
{
    const bool shown = !why.isEmpty() && isShown(editor);
    markField(editor, shown ? why : QString());
    editor->setToolTip(why);
    editor->setAccessibleDescription(why);
    return shown;
}

void CheckedDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    growToFit(this);
}

void CheckedDialog::checked(bool acceptable)
{
    m_ok->setEnabled(acceptable);
    growToFit(this);
}

bool CheckedDialog::readyToAccept()
{
    if (m_ok->isEnabled())
        return true;
    if (!m_triedOk) {
        m_triedOk = true;
        revalidate();
    }
    return false;
}

void CheckedDialog::accept()
{
    if (readyToAccept())
        QDialog::accept();
}

void CheckedDialog::touch(QWidget *editor)
{
    if (m_touched.contains(editor))
        return;
    m_touched.insert(editor);
    revalidate();
}

bool CheckedDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // Leaving the field, not the window or into a popup of the field.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason) {
            if (auto *editor = qobject_cast<QWidget *>(watched); editor && m_watched.contains(editor))
                touch(editor);
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CheckedDialog::keyPressEvent(QKeyEvent *event)
{
    // Return or Enter with OK disabled does nothing in QDialog: show what stands in the way.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        readyToAccept();
    QDialog::keyPressEvent(event);
}

} // namespace pd::ui
