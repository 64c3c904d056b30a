#pragma once
// Internal: turns the "rules" object of a rulebook document into RulebookParameters.
#include "parameter_spec.h"
#include "parameters.h"
#include "scenario/json_reader.h"

namespace creditpath::detail {

// Records a problem (with its field path) for each missing or malformed parameter, and, when
// `specs` is given, what each parameter is, in reading order.
RulebookParameters readParameters(const Json& rules, std::vector<Problem>& problems,
                                  std::vector<ParameterSpec>* specs = nullptr);

} // namespace creditpath::detail
