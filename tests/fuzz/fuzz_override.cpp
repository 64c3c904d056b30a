// libFuzzer entry point: rulebook override text -> reader -> the reference evaluation under it.
// A refused override (InvalidDocument) is fine; anything else escaping is a bug.
#include "evaluation/evaluator.h"
#include "evaluation/timeline.h"
#include "fuzz_reference.h"
#include "output/evaluation_json.h"
#include "rulebook/rulebook.h"
#include "scenario/file_io.h"
#include "scenario/problems.h"
#include "scenario/scenario_json.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace creditpath;
    Rulebook rulebook = Rulebook::builtIn();
    try {
        rulebook.applyOverride(std::string_view(reinterpret_cast<const char*>(data), size),
                               "fuzz.json");
    } catch (const InvalidDocument&) {
        return 0;
    }
    try {
        (void)evaluationToJson(
            evaluate(fuzz::referenceScenario(), rulebook, {*parseIsoDate("2026-11-26")}));
    } catch (const InvalidDocument&) {
        return 0;
    }
    return 0;
}
