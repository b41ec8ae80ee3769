#pragma once

#include <QString>

namespace pd {

// The operating-system user running the program ($USER, else $USERNAME on Windows); empty when
// neither is set. Recorded as the author of notes, tier changes and licensing entries.
QString currentUserName();

} // namespace pd
