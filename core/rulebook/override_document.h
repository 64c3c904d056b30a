#pragma once
// Override documents (the shape --rulebook-override reads) built and combined in code: the
// window's parameter edits, a scenario's embedded "rulebook_overrides", an edition switch.
// Every change is validated by Rulebook::applyOverride, the same code that reads a file.
#include "rulebook.h"
#include "scenario/problems.h"
#include "scenario/scenario.h"

#include <string>
#include <string_view>

namespace creditpath {

// `overrides` (empty: none yet) with rule.params.key set to `valueJson` (a JSON value such as
// "\"200000.00\"", "24", "[18, 21]", "true"). Throws InvalidDocument when valueJson or the
// document is not JSON; the figure itself is checked by applyOverride.
std::string withOverrideParameter(std::string_view overrides, const std::string& rule,
                                  const std::string& key, std::string_view valueJson);

// `over` laid on `under`: every rule field and parameter of `over` wins; its edition name
// wins when it has one. Either may be empty.
std::string composeOverrides(std::string_view under, std::string_view over);

// The override document's own "edition" name, empty when it has none or is empty.
std::string overrideEditionName(std::string_view overrides);

// The problems applyOverride finds in `overrides` over the seed edition, with field paths
// under `prefix` ("rulebook_overrides."); empty when it applies.
std::vector<Problem> overrideProblems(std::string_view overrides, const std::string& prefix);

// `base` with the scenario's embedded overrides laid over it (origin "scenario"). Throws
// InvalidDocument with paths under "rulebook_overrides." when they do not apply.
Rulebook withScenarioOverrides(const Rulebook& base, const Scenario& scenario);

} // namespace creditpath
