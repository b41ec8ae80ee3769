#pragma once
// How a field that fails its check is shown (the partner profile, the licensing dialogs), and the
// words of core's licensing checks.

#include <QString>

class QDateEdit;
class QLabel;
class QWidget;

namespace pd::ui {

// Marks the editor (tinted background, tool tip, accessible description) with why it is not
// acceptable; an empty `why` clears the mark.
void markField(QWidget *editor, const QString &why);
// A word-wrapped label in the error colour, for the line under a field or above the buttons.
QLabel *makeErrorLabel(QWidget *parent);
// Makes a shown dialog taller when its messages need more room (never narrower or shorter): a
// window does not follow the heights of its word-wrapped labels by itself.
void growToFit(QWidget *window);
// A calendar popup and the locale's short date format with a four-digit year (a two-digit year
// cannot be edited safely).
void setUpDateEdit(QDateEdit *edit);
// A message of core/licensing's own checks, in its translation context (pd::Licensing): the
// dialog then says what the command-line tool says for the same input, in the same translation.
// tst_licenceviews compares them with the services' refusals.
QString licensingText(const char *sourceText);

} // namespace pd::ui
