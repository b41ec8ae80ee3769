#pragma once

#include "program.h"
#include "textcontext.h"

#include <QStringList>

namespace pd {

// A built-in program (resources/programs) as shown to the user: its names, descriptions, notes
// and benefit labels in the application's language (context "Preset" of the .ts files). Texts
// the user has changed since are no preset's and stay as typed; other programs are returned as
// they are. For display only: the program editor, exports and the database keep the English
// definition.
Program translatedPreset(const Program &program);
Program translatedPreset(const Program &program, const TextContext &context); // in its language

// One text as shown: translated when it is a built-in program's own text (a requirement note
// that reaches a view through an evaluation), else as it is.
QString presetText(const QString &text);
QString presetText(const QString &text, const TextContext &context);

// Every preset text lupdate sees (tests: each text of the built-in programs must be here).
QStringList presetSourceTexts();

} // namespace pd
