#include "fieldcheck.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPalette>

namespace pd::ui {

namespace {
const QColor kInvalidBase(0xfd, 0xe2, 0xe1);
const QColor kErrorText(0xa0, 0x1c, 0x1c);
} // namespace

void markField(QWidget *editor, const QString &why)
{
    QPalette p = editor->palette();
    p.setColor(QPalette::Base, why.isEmpty() ? QPalette().color(QPalette::Base) : kInvalidBase);
    editor->setPalette(p);
    editor->setToolTip(why);
    editor->setAccessibleDescription(why);
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Grows with the form's field column rather than wrapping at the label's own guess of a width.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, kErrorText);
    label->setPalette(p);
    return label;
}

void growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalMinimumSize().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void setUpDateEdit(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    edit->setDisplayFormat(format);
}

QString licensingText(const char *sourceText)
{
    return QCoreApplication::translate("pd::Licensing", sourceText);
}

} // namespace pd::ui
