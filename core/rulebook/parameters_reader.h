#pragma once
// Internal: turns the "rules" object of a rulebook document into RulebookParameters.
#include "parameters.h"
#include "scenario/json_reader.h"

namespace creditpath::detail {

// Records a problem (with its field path) for each missing or malformed parameter.
RulebookParameters readParameters(const Json& rules, std::vector<Problem>& problems);

} // namespace creditpath::detail
