#pragma once

namespace pd {

// A hook for crash-consistency tests (tests/crash): when $PARTNERDESK_CRASH_AT is "NAME" or
// "NAME:N", the process kills itself (SIGKILL: no clean-up, no flush, as kill -9 or a power cut)
// the first, or the N-th, time it reaches crashPoint("NAME"). Unset, it costs a check of one
// flag: the variable is read once per process.
void crashPoint(const char *name);

} // namespace pd
