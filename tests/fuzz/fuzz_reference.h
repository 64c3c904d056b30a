#pragma once
// The reference scenario the fuzz targets evaluate their inputs against, read once per process.
#include "scenario/file_io.h"
#include "scenario/scenario_json.h"

namespace creditpath::fuzz {

inline const Scenario& referenceScenario() {
    static const Scenario s = parseScenario(readTextFile(CREDITPATH_FUZZ_REFERENCE_SCENARIO));
    return s;
}

} // namespace creditpath::fuzz
