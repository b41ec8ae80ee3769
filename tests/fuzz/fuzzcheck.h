#pragma once
// Shared by the fuzz targets: a failed property aborts, which libFuzzer reports as a crash and
// keeps the input that caused it.

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define PD_FUZZ_CHECK(condition)                                                                          \
    do {                                                                                                   \
        if (!(condition)) {                                                                                \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition);        \
            std::abort();                                                                                  \
        }                                                                                                  \
    } while (false)

namespace pd::fuzz {

// The input without a copy; valid while LLVMFuzzerTestOneInput runs.
inline QByteArray input(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace pd::fuzz
