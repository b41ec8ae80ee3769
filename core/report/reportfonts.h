#pragma once

#include <QFont>
#include <QString>

namespace pd::ui {

// The fonts bundled with PartnerDesk (DejaVu Sans: Latin and Cyrillic), registered once from the
// resources so a PDF looks the same on every machine and its text stays text. Thread-safe.
// Returns the family name, empty when the resources could not be loaded.
QString reportFontFamily();
QFont reportFont(qreal pointSize, bool bold = false);

} // namespace pd::ui
