// Program definitions in JSON (core/programjson.cpp). Properties: the validator and the parser
// agree on whether a definition is valid, and a valid definition written back with
// programToJson() reads back to the same JSON.
#include "fuzzcheck.h"
#include "program.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = pd::fuzz::input(data, size);
    const auto program = pd::programFromJson(json, QStringLiteral("fuzz.json"));
    PD_FUZZ_CHECK(program.has_value() == pd::validateProgramJson(json).isEmpty());
    if (!program)
        return 0;
    const QByteArray written = pd::programToJson(*program);
    const auto again = pd::programFromJson(written);
    PD_FUZZ_CHECK(again.has_value());
    PD_FUZZ_CHECK(pd::programToJson(*again) == written);
    return 0;
}
