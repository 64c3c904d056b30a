#pragma once
// Scenario files, format "creditpath-scenario" version 1 (FORMATS.md).
#include "scenario.h"

#include <string>
#include <string_view>

namespace creditpath {

inline constexpr int kScenarioFormatVersion = 1;

// Parses and validates; throws InvalidDocument listing every problem with its field path.
Scenario parseScenario(std::string_view jsonText);

// Writes the scenario as JSON (two-space indent, trailing newline). Known fields are laid over
// scenario.sourceDocument, so unknown fields and their order survive, and a file this program
// wrote comes back byte for byte.
std::string serializeScenario(const Scenario& scenario);

} // namespace creditpath
