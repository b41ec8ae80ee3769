#pragma once

#include "cli.h"

namespace pd::cli {

// The passphrase that protects an exported key: $PARTNERDESK_KEY_PASSPHRASE (for scripts), else
// asked on the terminal without echo; `confirm` asks twice and refuses two different answers.
// `prompt` is the (translated) question. Fails when no passphrase can be had, or it is empty.
Result<QString> askPassphrase(Context &c, const QString &prompt, bool confirm);

} // namespace pd::cli
